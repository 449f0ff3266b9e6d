"""``sync/`` is a library that knows no schema: it reads the synced tables and fields from
its registry and is handed everything else (tables, validator, writer) by the application.
So no module of it imports the desktop application, statically or at run time: the device
side is handed tables, writer and validator by the desktop's adapter, headquarters the
registry, validator and places by ``lookingbeyond_desktop/headquarters.py``."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SYNC = ROOT / "sync"
APP = "lookingbeyond_desktop"


def _device_side() -> list[Path]:
    return sorted(path for path in SYNC.rglob("*.py") if "migrations" not in path.relative_to(SYNC).parts)


def _imports(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
        elif isinstance(node, ast.Call) and getattr(node.func, "attr", getattr(node.func, "id", "")) in (
                "import_module", "__import__") and node.args and isinstance(node.args[0], ast.Constant):
            names.add(str(node.args[0].value))
    return names


def test_no_sync_module_imports_the_desktop_application() -> None:
    """No module under sync/ (headquarters included) names lookingbeyond_desktop in
    an import, including imports inside functions and importlib calls."""
    modules = _device_side()
    assert SYNC / "replica.py" in modules and SYNC / "session.py" in modules
    assert SYNC / "server" / "service.py" in modules and SYNC / "server" / "app.py" in modules
    offenders = {str(path.relative_to(ROOT)): sorted(name for name in _imports(path)
                                                     if name.split(".")[0] == APP)
                 for path in modules}
    assert {path: names for path, names in offenders.items() if names} == {}


def test_importing_the_sync_library_loads_no_desktop_module() -> None:
    """Importing every sync module (device and headquarters) in a fresh interpreter loads
    nothing of the desktop application (nor Qt)."""
    names = [".".join(path.relative_to(ROOT).with_suffix("").parts).removesuffix(".__init__")
             for path in _device_side()]
    code = ("import importlib, sys\n"
            f"for name in {names!r}:\n"
            "    importlib.import_module(name)\n"
            f"print(sorted(m for m in sys.modules if m.startswith(({APP!r}, 'PySide6'))))\n")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=True, cwd=ROOT)
    assert result.stdout.strip() == "[]"
