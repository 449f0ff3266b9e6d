"""The architecture's boundaries: the core never imports Qt."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORE = [ROOT / "lookingbeyond_desktop" / "domain", ROOT / "lookingbeyond_desktop" / "store", ROOT / "sync"]


def _imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_core_sources_never_import_qt() -> None:
    """No module under domain/, store/ or sync/ imports PySide6, PyQt or shiboken."""
    offenders = [
        str(path.relative_to(ROOT))
        for folder in CORE
        for path in folder.rglob("*.py")
        if any(name.split(".")[0] in {"PySide6", "PyQt5", "PyQt6", "shiboken6"}
               for name in _imported_modules(path))
    ]
    assert offenders == []


def test_importing_the_core_loads_no_qt() -> None:
    """Importing every core module (and running the CLI parser) leaves Qt unloaded."""
    modules = sorted(
        ".".join(path.relative_to(ROOT).with_suffix("").parts)
        for folder in CORE
        for path in folder.rglob("*.py")
        if "migrations" not in path.parts
    )
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name.removesuffix('.__init__'))\n"
        "import lookingbeyond_desktop.cli as cli; cli.build_parser()\n"
        "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken'))))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"
