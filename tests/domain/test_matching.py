"""Matching names and organizations across scripts (domain/matching.py)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from lookingbeyond_desktop.domain import matching
from lookingbeyond_desktop.domain.matching import (
    REASONS,
    compare,
    domain_of,
    email_domain,
    initials,
    name_similarity,
    person_similarity,
    phone_key,
    profile,
)

SURE = 0.85


def test_latin_spellings_of_arabic_match_the_arabic() -> None:
    """A Latin spelling with vowels matches the Arabic name written without them."""
    assert name_similarity("Markaz", "مركز") == 1.0
    assert name_similarity("Markaz al-Quds lil-Dirasat", "مركز القدس للدراسات") >= SURE
    assert name_similarity("Jamiyat al-Amal", "جمعية الأمل") >= SURE
    assert name_similarity("Shabakat li-Huquq al-Mar'a", "شبكة لحقوق المرأة") >= SURE


def test_english_words_written_in_arabic_and_a_country_in_another_language() -> None:
    """'Transparency Maroc' is ترانسبرانسي المغرب: a transliteration and a country name."""
    assert name_similarity("Transparency Maroc", "ترانسبرانسي المغرب") >= SURE
    assert name_similarity("Moroccan Association against Corruption",
                           "الجمعية المغربية لمحاربة الرشوة") >= SURE


def test_translations_through_the_glossary() -> None:
    """Names made of common CSO words match their translations in Russian, Arabic, Chinese."""
    assert name_similarity("Civil Society Development Forum",
                           "Форум развития гражданского общества") >= SURE
    assert name_similarity("Civil Society Development Forum",
                           "منتدى تنمية المجتمع المدني") >= SURE
    assert name_similarity("Anti-Corruption Foundation", "Фонд противодействия коррупции") >= SURE
    assert name_similarity("Forum for Human Rights", "人权论坛") >= SURE


def test_cyrillic_and_pinyin_transliterations() -> None:
    """Latin spellings of Russian and pinyin of Chinese match the original script."""
    assert name_similarity("Fond protivodeystviya korruptsii", "Фонд противодействия коррупции") == 1.0
    assert name_similarity("Touming Guoji Zhongguo Lianluochu", "透明国际中国联络处") >= SURE
    assert name_similarity("Beijing Rule of Law Research Center", "北京法治研究中心") >= SURE


def test_national_chapters_are_different_organizations() -> None:
    """Names that name two different countries are two chapters, whatever else they share."""
    assert name_similarity("Transparency International Kenya",
                           "Transparency International Uganda") == 0.0
    assert name_similarity("Integrity Watch Kazakhstan", "Интегрити Уотч Россия") == 0.0


def test_different_bodies_on_one_topic_stay_apart() -> None:
    """Another kind of body, or another word, on one topic scores below the threshold."""
    assert name_similarity("Association for Justice", "Association for Transparency") < 0.5
    assert name_similarity("Centre for Fighting Corruption – Gulu",
                           "Association for Fighting Corruption – Gulu") < matching.THRESHOLD
    assert name_similarity("Raduga Centre for Refugees", "Nadezhda Centre for Refugees") < \
        matching.THRESHOLD


def test_acronyms_and_aliases_count() -> None:
    """'CSDF' as a name matches the full name whose initials it is; an alias matches."""
    assert initials("Civil Society Development Forum") == "CSDF"
    short = profile({"id": "1", "name": "CSDF", "country": "KE"})
    full = profile({"id": "2", "name": "Civil Society Development Forum", "country": "KE"})
    assert compare(short, full).score >= SURE
    aliased = profile({"id": "3", "name": "Форум развития гражданского общества",
                       "aliases": ["CSDF Kenya office"], "country": "KE"})
    named = profile({"id": "4", "name": "CSDF Kenya office", "country": "KE"})
    assert compare(aliased, named).score == 1.0


def test_same_acronym_different_names_is_not_enough() -> None:
    """One acronym for two bodies with different names is a reason, not a match."""
    a = profile({"name": "Civil Society Development Forum", "acronym": "CSDF", "country": "KE"})
    b = profile({"name": "Centre for Sustainable Development Finance", "acronym": "CSDF",
                 "country": "KE"})
    match = compare(a, b)
    assert "acronym" in match.reasons
    assert match.score < matching.THRESHOLD


def test_contact_details_add_reasons() -> None:
    """A shared website domain, e-mail domain, phone and city are reasons and raise the score."""
    a = profile({"name": "Centre for Integrity", "country": "KE", "cities": ["Nairobi"],
                 "website": "https://www.integrity.or.ke/about", "email": "info@integrity.or.ke",
                 "phone": "+254 20 123 4567", "registration": "OP.218/051/2009"})
    b = profile({"name": "مركز النزاهة", "country": "KE", "cities": ["Nairobi"],
                 "website": "integrity.or.ke", "email": "director@integrity.or.ke",
                 "phone": "020 123 4567", "registration": "op 218 051 2009"})
    match = compare(a, b)
    assert match.score == 1.0
    assert set(match.reasons) == {"script", "website", "email", "phone", "registration", "city"}
    assert all(code in REASONS for code in match.reasons)


def test_free_mail_and_addresses_normalised() -> None:
    """Free mail services say nothing; domains and phones are compared in one form."""
    assert email_domain("someone@gmail.com") == ""
    assert email_domain("info@tikenya.org") == "tikenya.org"
    assert domain_of("https://www.tikenya.org/contact?x=1") == "tikenya.org"
    assert domain_of("http://ti.org.ke") == "ti.org.ke"
    assert phone_key("+254 (0)20 123-4567") == phone_key("020 1234567")


def test_people_match_across_scripts_and_name_order() -> None:
    """Contacts' names match in Arabic, Cyrillic and Chinese, in either order."""
    assert person_similarity("Mohammed Ali", "محمد علي") >= SURE
    assert person_similarity("Youssef Benali", "يوسف بن علي") >= SURE
    assert person_similarity("Fatima Zahra", "فاطمة الزهراء") >= SURE
    assert person_similarity("Ivan Petrov", "Иван Петров") >= SURE
    assert person_similarity("Wang Wei", "王伟") >= SURE
    assert person_similarity("Wei Wang", "王伟") >= SURE
    assert person_similarity("John Smith", "Jane Smith") < SURE


names = st.text(
    alphabet=st.sampled_from(list("abcdefghijklmnopqrstuvwxyz ABCDEFG-'") +
                             list("مركزالقدسجمعيةشبكة") + list("центрфондсеть") +
                             list("透明国际中心协会")),
    min_size=1, max_size=40,
)


@settings(max_examples=200, deadline=None)
@given(names, names)
def test_similarity_is_symmetric_and_bounded(a: str, b: str) -> None:
    """Comparing a with b gives what comparing b with a gives, between 0 and 1."""
    forward, backward = name_similarity(a, b), name_similarity(b, a)
    assert abs(forward - backward) < 1e-9
    assert 0.0 <= forward <= 1.0
    assert abs(person_similarity(a, b) - person_similarity(b, a)) < 1e-9


@settings(max_examples=200, deadline=None)
@given(names)
def test_a_name_always_matches_itself(name: str) -> None:
    """Any name with a letter in it matches itself fully, as an organization too."""
    if not any(ch.isalpha() for ch in name):
        return
    assert name_similarity(name, name) == 1.0
    record = {"name": name, "country": "KE"}
    assert compare(profile(record), profile(record)).score >= matching.THRESHOLD


@settings(max_examples=100, deadline=None)
@given(names, names)
def test_organization_score_is_symmetric(a: str, b: str) -> None:
    """An organization compared with another scores what the other scores with it."""
    first = profile({"name": a, "country": "KE", "acronym": "AB"})
    second = profile({"name": b, "country": "KE", "website": "x.org"})
    assert compare(first, second).score == compare(second, first).score
