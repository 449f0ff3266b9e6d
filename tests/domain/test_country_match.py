"""Finding a country as a person types it: by code or by name in the six UN languages,
names that start with the text first (domain/reference.py, no Qt)."""

from __future__ import annotations

import pytest

from lookingbeyond_desktop.domain import reference


@pytest.mark.parametrize("typed", ["Morocco", "Maroc", "Marruecos", "Марокко", "المغرب", "摩洛哥",
                                   "MA", "ma", "MAR", "morocco ", "MAROC"])
def test_morocco_in_every_un_language_and_by_code(typed: str) -> None:
    """Morocco is found first, and resolved, from its name in English, French, Spanish,
    Russian, Arabic and Chinese, and from its alpha-2 or alpha-3 code in any case."""
    assert reference.match_countries(typed)[0] == "MA"
    assert reference.resolve_country(typed) == "MA"


def test_prefix_matches_come_before_names_that_only_contain_the_text() -> None:
    """"Mor" lists Morocco (name starts with it) before Comoros (name contains it)."""
    found = reference.match_countries("Mor")
    assert found.index("MA") < found.index("KM")
    assert found[0] == "MA"


def test_ranks_code_then_prefix_then_word_then_contains() -> None:
    """A code beats a name prefix; a word of a name ("Korea" in "Republic of Korea")
    ranks before a name that merely contains the text."""
    assert reference.match_countries("ki")[0] == "KI"  # Kiribati's code first
    korea = reference.match_countries("Korea")
    assert set(korea[:2]) == {"KP", "KR"}
    assert reference.match_countries("Russia") == ["RU"]  # word prefix of "Russian Federation"


def test_accents_case_punctuation_and_spaces_are_ignored() -> None:
    """Typed without accents, in another case, without apostrophes or with spaces removed,
    a name still matches; Arabic letter variants and diacritics are ignored too."""
    assert reference.match_countries("cote d ivoire")[0] == "CI"
    assert reference.match_countries("CÔTE D’IVOIRE")[0] == "CI"
    assert reference.match_countries("vietnam")[0] == "VN"
    assert reference.match_countries("الصين")[0] == "CN"  # stored with a shadda: الصّين
    assert reference.fold("Fédération  de Russie,") == "federation de russie"


def test_natural_order_of_inverted_names() -> None:
    """Names written "Korea, Republic of" are also found in their natural order, in every
    language where the catalogue inverts them."""
    assert reference.resolve_country("Republic of Korea") == "KR"
    assert reference.resolve_country("Fédération de Russie") == "RU"
    assert reference.resolve_country("Islas Comores") == "KM"


def test_resolve_refuses_what_is_ambiguous_or_only_contained() -> None:
    """resolve_country gives one code or None: a whole name wins over names it starts
    ("Niger" is not Nigeria), several candidates or a mere substring give None."""
    assert reference.resolve_country("Niger") == "NE"
    assert reference.resolve_country("Nigeria") == "NG"
    assert reference.resolve_country("Korea") is None
    assert reference.resolve_country("Mor") is None
    assert reference.resolve_country("ssia") is None
    assert reference.resolve_country("") is None
    assert reference.resolve_country("Atlantis") is None
    assert reference.match_countries("   ") == []


def test_every_country_has_names_in_the_six_languages() -> None:
    """countries.json carries, for every country, at least one name in each UN language
    (from the iso-codes catalogues baked in by the build script)."""
    for code, country in reference.countries().items():
        for language in ("en", "fr", "es", "ru", "ar", "zh"):
            assert country.names.get(language), (code, language)
        assert country.names["en"][0] == country.name
