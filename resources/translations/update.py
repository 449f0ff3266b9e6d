"""Refresh the translation sources and compile them.

    .venv/bin/python resources/translations/update.py

Runs ``pyside6-lupdate`` over the UI to update ``lookingbeyond_<lang>.ts``, fills the
English plural forms from the "(s)" source strings, then ``pyside6-lrelease`` writes the
``.qm`` files the application loads (``app.install_translators``).
"""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
BIN = Path(sys.executable).parent
LANGUAGES = ("en",)


def english_plurals(ts: Path) -> None:
    """English numerus forms: "%n organization(s)" → "%n organization" / "%n organizations"."""
    tree = ET.parse(ts)
    for message in tree.iter("message"):
        if message.get("numerus") != "yes":
            continue
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None:
            continue
        for child in list(translation):
            translation.remove(child)
        one = re.sub(r"\((?:s|ies)\)", "", source)
        many = re.sub(r"y\(ies\)", "ies", source).replace("(s)", "s")
        for form in (one, many):
            ET.SubElement(translation, "numerusform").text = form
        translation.attrib.pop("type", None)
    tree.write(ts, encoding="utf-8", xml_declaration=True)


def main() -> int:
    sources = sorted(str(p) for p in (ROOT / "lookingbeyond_desktop" / "ui").rglob("*.py"))
    sources.append(str(ROOT / "lookingbeyond_desktop" / "app.py"))
    # The report's words, marked with QT_TRANSLATE_NOOP("report", …) in modules without Qt.
    sources += sorted(str(p) for p in (ROOT / "lookingbeyond_desktop" / "reports").glob("*.py"))
    for language in LANGUAGES:
        ts = HERE / f"lookingbeyond_{language}.ts"
        subprocess.run([str(BIN / "pyside6-lupdate"), *sources, "-ts", str(ts)], check=True)
        if language == "en":
            english_plurals(ts)
        subprocess.run([str(BIN / "pyside6-lrelease"), str(ts), "-qm",
                        str(ts.with_suffix(".qm"))], check=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
