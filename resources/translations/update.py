"""Refresh the translation sources and compile them.

    .venv/bin/python resources/translations/update.py

Writes ``generated_strings.py`` (the words the window translates through variables:
``lookingbeyond_desktop/ui/dynamic_strings.py``), runs ``pyside6-lupdate`` over the UI, the
report and the domain modules to update ``lookingbeyond_<lang>.ts`` for the six languages
(strings no longer in the code are dropped), fills the English plural forms from the "(s)"
source strings, then ``pyside6-lrelease`` writes the ``.qm`` files the application loads
(``app.install_translators``).  The translations themselves are written in the ``.ts``
files (Qt Linguist, or any XML editor); ``tests/test_translations.py`` fails while one is
missing or unfinished.
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
LANGUAGES = ("en", "fr", "es", "ru", "ar", "zh_CN")
GENERATED = HERE / "generated_strings.py"


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


def generated_text() -> str:
    """What ``generated_strings.py`` holds: the vocabulary's, the reference data's and the
    fields' words as ``QT_TRANSLATE_NOOP`` calls."""
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    from lookingbeyond_desktop.ui.dynamic_strings import as_python, collect

    return as_python(collect())


def sources(generated: Path = GENERATED) -> list[str]:
    """The files ``lupdate`` reads: the window, the report's and the domain's marked words
    (``QT_TRANSLATE_NOOP`` in modules without Qt) and ``generated``."""
    package = ROOT / "lookingbeyond_desktop"
    found = sorted(str(p) for p in (package / "ui").rglob("*.py"))
    found.append(str(package / "app.py"))
    found += sorted(str(p) for p in (package / "reports").glob("*.py"))
    found += sorted(str(p) for p in (package / "domain").glob("*.py"))
    found += sorted(str(p) for p in (package / "store").glob("*.py"))
    found.append(str(generated))
    return found


def lupdate(ts: Path, language: str, files: list[str]) -> None:
    """Update ``ts`` (made when missing) from ``files``, dropping strings no longer used."""
    subprocess.run([str(BIN / "pyside6-lupdate"), *files, "-no-obsolete", "-silent",
                    "-target-language", language, "-ts", str(ts)], check=True)


def main() -> int:
    GENERATED.write_text(generated_text(), encoding="utf-8")
    files = sources()
    for language in LANGUAGES:
        ts = HERE / f"lookingbeyond_{language}.ts"
        lupdate(ts, language, files)
        if language == "en":
            english_plurals(ts)
        subprocess.run([str(BIN / "pyside6-lrelease"), "-silent", str(ts), "-qm",
                        str(ts.with_suffix(".qm"))], check=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
