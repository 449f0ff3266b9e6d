"""The six languages are kept complete: every string the window shows is in every
translation file, finished, with its placeholders and accelerator kept."""

from __future__ import annotations

import importlib.util
import re
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[1]
FOLDER = ROOT / "resources" / "translations"
#: The translated languages (English is the source) and how many plural forms Qt gives each.
PLURAL_FORMS = {"fr": 2, "es": 2, "ru": 3, "ar": 6, "zh_CN": 1}
PLACEHOLDER = re.compile(r"%L?\d|%n")


def _update_module() -> ModuleType:
    spec = importlib.util.spec_from_file_location("translations_update", FOLDER / "update.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _messages(ts: Path) -> list[tuple[str, ET.Element]]:
    """(context name, message element) of every message of ``ts``."""
    found = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        found += [(name, message) for message in context.iter("message")]
    return found


def _key(context: str, message: ET.Element) -> tuple[str, str, str]:
    return context, message.findtext("source") or "", message.findtext("comment") or ""


def _forms(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    assert translation is not None
    if message.get("numerus") == "yes":
        return [form.text or "" for form in translation.iter("numerusform")]
    return [translation.text or ""]


def _accelerators(text: str) -> int:
    """How many accelerator marks ``text`` has ("&&" is a literal ampersand)."""
    return len(re.findall(r"&(?!&)[^\s;]", text.replace("&&", "")))


def test_the_languages_the_window_offers_are_the_translated_ones() -> None:
    """File > Language offers English and the five translations, each with its file."""
    from lookingbeyond_desktop.app import LANGUAGES

    assert set(LANGUAGES) == {"en", *PLURAL_FORMS}
    for code in LANGUAGES:
        assert (FOLDER / f"lookingbeyond_{code}.ts").is_file()


def test_the_generated_strings_are_those_of_the_code() -> None:
    """``generated_strings.py`` (the vocabulary's, reference data's and fields' words that
    lupdate cannot see) is what update.py would write now."""
    update = _update_module()
    assert (FOLDER / "generated_strings.py").read_text(encoding="utf-8") == update.generated_text()


def test_every_translation_file_holds_every_string_of_the_code(tmp_path: Path) -> None:
    """lupdate run now over the code finds exactly the messages of each .ts file: a string
    added to the window without running update.py, or one left behind, fails here."""
    update = _update_module()
    generated = tmp_path / "generated_strings.py"
    generated.write_text(update.generated_text(), encoding="utf-8")
    fresh = tmp_path / "fresh.ts"
    update.lupdate(fresh, "fr", update.sources(generated))
    wanted = {_key(context, message) for context, message in _messages(fresh)}
    assert len(wanted) > 900
    for code in ("en", *PLURAL_FORMS):
        have = {_key(context, message) for context, message in _messages(
            FOLDER / f"lookingbeyond_{code}.ts")}
        assert sorted(wanted - have) == [], f"{code}: strings missing: run update.py"
        assert sorted(have - wanted) == [], f"{code}: strings no longer used: run update.py"


@pytest.mark.parametrize("code", sorted(PLURAL_FORMS))
def test_every_message_is_translated_and_finished(code: str) -> None:
    """No message of a translation is unfinished, empty or the English left as it was
    (a few words are the same in every language: names, acronyms, codes), and a plural
    message has the forms of its language."""
    same_allowed = {"Looking Beyond", "OK", "PDF", "CSV", "XLSX", "JSON", "ECOSOC", "USD", "ISO",
                    "M49", "RLO", "%1", "%1 (%2)", "%1 — %2", "%1: %2", "%1 %2", "…", "—", "–"}
    untranslated = []
    for context, message in _messages(FOLDER / f"lookingbeyond_{code}.ts"):
        translation = message.find("translation")
        assert translation is not None
        source = message.findtext("source") or ""
        assert translation.get("type") is None, f"{code}: {context}: {source!r} is {translation.get('type')}"
        forms = _forms(message)
        if message.get("numerus") == "yes":
            assert len(forms) == PLURAL_FORMS[code], f"{code}: {source!r}: {len(forms)} forms"
        assert all(form.strip() or not source.strip() for form in forms), f"{code}: {source!r}"
        letters = re.sub(r"%L?\d|%n|&", "", source)
        if (forms == [source] and re.search(r"[a-z]{3}", letters)
                and source not in same_allowed and context != "reference"):
            untranslated.append((context, source))
    # Proper names and codes may stay as they are; a handful is expected, not hundreds.
    assert len(untranslated) <= 40, f"{code}: left in English: {untranslated}"


@pytest.mark.parametrize("code", sorted(PLURAL_FORMS))
def test_placeholders_and_accelerators_are_kept(code: str) -> None:
    """Every %1, %2… of a source is in its translation (a plural form may spell the
    number out instead of %n), and a menu word's accelerator is kept, once."""
    problems = []
    for context, message in _messages(FOLDER / f"lookingbeyond_{code}.ts"):
        source = message.findtext("source") or ""
        wanted = sorted(set(PLACEHOLDER.findall(source)) - {"%n"})
        for form in _forms(message):
            if sorted(set(PLACEHOLDER.findall(form)) - {"%n"}) != wanted:
                problems.append((context, source, form))
            if _accelerators(source) == 1 and _accelerators(form) != 1:
                problems.append((context, source, form))
    assert problems == []
