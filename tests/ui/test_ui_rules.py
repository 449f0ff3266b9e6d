"""Architecture rules that keep the core usable without Qt."""

from __future__ import annotations

import subprocess
import sys


def test_domain_store_sync_never_import_qt() -> None:
    """Importing every module of domain/, store/ (browse included) and sync/ loads no Qt."""
    code = (
        "import pkgutil, importlib, sys\n"
        "import lookingbeyond_desktop.domain as d, lookingbeyond_desktop.store as s, sync\n"
        "for pkg in (d, s, sync):\n"
        "    for m in pkgutil.walk_packages(pkg.__path__, pkg.__name__ + '.'):\n"
        "        if '.migrations' in m.name: continue\n"
        "        importlib.import_module(m.name)\n"
        "qt = sorted(n for n in sys.modules if n.startswith(('PySide6', 'shiboken6')))\n"
        "print(','.join(qt))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == ""


def test_every_visible_string_of_the_ui_goes_through_tr() -> None:
    """No QLabel/QPushButton/setText/setWindowTitle in ui/ is given a bare string literal:
    visible text goes through self.tr() or QCoreApplication.translate."""
    import pathlib
    import re

    import lookingbeyond_desktop.ui as ui

    bare = re.compile(r"(QLabel|QPushButton|QCheckBox|setText|setWindowTitle|setPlaceholderText"
                      r"|setToolTip|addTab)\(\s*['\"][A-Za-z]")
    offenders = [
        f"{path.name}:{number}"
        for path in pathlib.Path(ui.__file__).parent.rglob("*.py")
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
        if bare.search(line)
    ]
    assert offenders == []


def test_every_translated_message_keeps_its_class_context() -> None:
    """No message of the translation source sits in an empty context: pyside6-lupdate puts
    a class's self.tr() strings there when some code before the class confuses its parser
    (a nested function did, in export_dialog.py), and at run time Qt then looks them up
    under the class name and finds nothing (the window showed "2000 record(s)")."""
    import pathlib
    import xml.etree.ElementTree as ET

    ts = pathlib.Path(__file__).resolve().parents[2] / "resources" / "translations" / "lookingbeyond_en.ts"
    lost = [
        f"{location.get('filename')}:{location.get('line')}"
        for context in ET.parse(ts).getroot().iter("context")
        if not (context.findtext("name") or "").strip()
        for message in context.iter("message")
        if (message.find("translation") is None
            or message.find("translation").get("type") != "vanished")
        for location in message.iter("location")
    ]
    assert lost == []
