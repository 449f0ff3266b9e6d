"""The architecture's boundaries: the core never imports Qt."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
REPORTS = ROOT / "lookingbeyond_desktop" / "reports"
# The core, and the report modules that compute and export without Qt (reports/pdf.py draws
# with Qt and is left out).
CORE = [ROOT / "lookingbeyond_desktop" / "domain", ROOT / "lookingbeyond_desktop" / "store", ROOT / "sync"]
PURE_FILES = [REPORTS / name for name in
              ("__init__.py", "model.py", "indicators.py", "rates.py", "tables.py", "worldmap.py")]


def _core_files() -> list[Path]:
    return [path for folder in CORE for path in folder.rglob("*.py")] + [
        path for path in PURE_FILES if path.exists()]


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
    """No module under domain/, store/ or sync/, nor the report modules that compute and
    export without Qt, imports PySide6, PyQt or shiboken."""
    offenders = [
        str(path.relative_to(ROOT))
        for path in _core_files()
        if any(name.split(".")[0] in {"PySide6", "PyQt5", "PyQt6", "shiboken6"}
               for name in _imported_modules(path))
    ]
    assert offenders == []


def test_importing_the_core_loads_no_qt() -> None:
    """Importing every core module (and running the CLI parser) leaves Qt unloaded."""
    modules = sorted(
        ".".join(path.relative_to(ROOT).with_suffix("").parts)
        for path in _core_files()
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
