"""Telling when two names, or two organizations, are the same one — across scripts (Qt-free).

A name becomes a list of :class:`Token`: each word (a run of Chinese characters split at the
words the glossary knows) with a Latin form (``anyascii``, so Cyrillic and Chinese become
Latin and pinyin), a consonant skeleton (how Arabic is written: "markaz" and مركز are both
"mrkz") and, when the word is one a CSO name is commonly made of, a *concept* shared by its
translations (centre, مركز, центр and 中心 are all ``center``) or the country it names.
Two names are compared token by token (:func:`name_similarity`): concepts by identity,
words written in Arabic script by skeleton, other words by their Latin form, with
``rapidfuzz`` for spelling variants; a country named in one name and another country in the
other makes them different chapters of one network, never the same organization.

:func:`compare` adds what else two records share (website or e-mail domain, phone,
acronym, registration number, city) into a score in [0, 1] with the reasons as codes;
:data:`REASONS` gives each code's English text, marked for Qt's translation tools.
:func:`blocking_keys` gives the keys under which a record is filed so that a registry of
100,000 organizations is compared only with records that share something rare.
"""

from __future__ import annotations

import functools
import re
from itertools import combinations
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from anyascii import anyascii
from rapidfuzz.distance import Indel

from lookingbeyond_desktop.domain import reference
from lookingbeyond_desktop.domain.textsearch import arabic_stem, consonant_skeleton, fold


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (the name lupdate looks for)
    """Mark ``text`` for translation in ``context``; returns it unchanged."""
    return text


#: The translation context of the reasons.
CONTEXT = "duplicates"

#: Why two records look like one organization: code → English text (translate in CONTEXT).
REASONS: dict[str, str] = {
    "name": QT_TRANSLATE_NOOP("duplicates", "same or similar name"),
    "script": QT_TRANSLATE_NOOP("duplicates", "name in another script"),
    "acronym": QT_TRANSLATE_NOOP("duplicates", "same acronym"),
    "website": QT_TRANSLATE_NOOP("duplicates", "same website domain"),
    "email": QT_TRANSLATE_NOOP("duplicates", "same e-mail domain"),
    "phone": QT_TRANSLATE_NOOP("duplicates", "same phone"),
    "registration": QT_TRANSLATE_NOOP("duplicates", "same registration number"),
    "city": QT_TRANSLATE_NOOP("duplicates", "same city"),
}

#: From this score a pair is reported as a likely duplicate (chosen on the tune half of
#: tests/data/duplicates_labelled.json; docs/duplicates.md).
THRESHOLD = 0.75

# -- the glossary: words CSO names are made of, in the six UN languages (and Portuguese) ----
# A form ending in "*" matches words that start with it (Latin and Cyrillic inflect).
# Kinds of body weigh less than what a body works on: "Association for Justice" and
# "Association for Transparency" share only their kind.
_KINDS: dict[str, tuple[str, ...]] = {
    "center": ("center", "centre", "centro", "центр*", "مركز", "中心", "markaz", "tsentr"),
    "association": ("association", "asociacion", "associacao", "associazione", "ассоциац*",
                    "جمعيه", "协会", "促进会", "jamiya", "jamiyat", "jamiyya"),
    "network": ("network*", "reseau*", "red", "redes", "rede", "сеть", "сети", "شبكه", "网络",
                "shabaka", "shabakat"),
    "foundation": ("foundation", "fondation", "fundacion", "fundacao", "фонд", "مؤسسه",
                   "基金会", "muassasa", "muassasat"),
    "forum": ("forum", "foro", "форум", "منتدي", "论坛", "muntada"),
    "institute": ("institut*", "институт*", "معهد", "研究所", "mahad"),
    "organization": ("organi?ation*", "organizacion*", "organizacao", "организац*", "منظمه",
                     "组织", "munazzama", "munazzamat"),
    "observatory": ("observator*", "observatoire", "обсерватор*", "مرصد", "观察"),
    "coalition": ("coalition", "coalicion", "коалиц*", "ائتلاف", "联盟"),
    "alliance": ("alliance", "alianza", "alianca", "альянс*", "تحالف"),
    "union": ("union", "союз*", "اتحاد", "联合会"),
    "council": ("council", "conseil", "consejo", "conselho", "совет*", "مجلس", "理事会"),
    "committee": ("committee", "comite", "комитет*", "لجنه", "委员会"),
    "collective": ("collecti*", "colectivo", "coletivo", "коллектив*"),
    "office": ("office", "bureau", "oficina", "бюро", "مكتب", "联络处", "办公室"),
}
_TOPICS: dict[str, tuple[str, ...]] = {
    "corruption": ("corrupt*", "corrup*", "коррупц*", "антикоррупц*", "فساد", "رشوه", "腐败",
                   "廉政"),
    "anti": ("anti", "against", "fight*", "combat*", "lutte", "contre", "lucha", "contra",
             "противодейств*", "против", "борьб*", "مكافحه", "محاربه", "反"),
    "transparency": ("transparen*", "transparên*", "прозрачн*", "شفافيه", "透明"),
    "integrity": ("integrit*", "integridad*", "integridade", "честност*", "نزاهه", "廉洁"),
    "society": ("societ*", "sociedad*", "sociedade", "общест*", "مجتمع", "社会"),
    "civil": ("civil*", "гражданск*", "مدني", "公民", "民间"),
    "development": ("develop*", "developpement", "desarrollo", "desenvolvimento", "развит*",
                    "تنميه", "发展"),
    "human": ("human*", "humain*", "humano*", "человек*", "انسان", "人权+rights"),
    "rights": ("rights", "droits", "derechos", "direitos", "прав", "права", "حقوق"),
    "women": ("women*", "woman", "femmes", "mujer*", "mulher*", "женщин*", "مراه", "نساء",
              "妇女"),
    "youth": ("youth", "jeunes*", "juventud", "jovenes", "juventude", "молодеж*", "شباب",
              "青年"),
    "drugs": ("drug*", "drogue*", "droga*", "наркот*", "наркомани*", "مخدرات", "禁毒", "毒品"),
    "trafficking": ("traffick*", "traite", "trata", "торговл*", "اتجار", "拐卖"),
    "justice": ("justice", "justicia", "justica", "правосуд*", "юстиц*", "عداله", "司法"),
    "law": ("law", "legal*", "juridique*", "juridic*", "droit", "derecho", "direito", "правов*",
            "закон*", "قانون", "قانوني", "法律", "法治"),
    "governance": ("governance", "gouvernance", "gobernanza", "governanca", "حكم", "治理"),
    "accountability": ("accountab*", "redevabilite", "rendicion", "подотчетн*", "مساءله",
                       "问责"),
    "prevention": ("prevent*", "prevention", "prevencion", "prevencao", "профилактик*",
                   "предупрежд*", "وقايه", "预防"),
    "victims": ("victim*", "victime*", "victima*", "vitima*", "жертв*", "ضحايا", "受害"),
    "health": ("health", "sante", "salud", "saude", "здоров*", "صحه", "健康"),
    "research": ("research*", "recherche*", "estudios", "estudos", "исследован*", "دراسات",
                 "بحوث", "研究"),
    "support": ("support", "soutien", "apoyo", "apoio", "поддержк*", "помощ*", "دعم",
                "援助"),
    "democracy": ("democra*", "демократ*", "ديمقراطيه", "民主"),
    "children": ("child*", "enfan*", "nino*", "ninez", "crianca*", "дет*", "اطفال", "儿童"),
    "peace": ("peace", "paix", "paz", "سلام", "和平"),
    "citizen": ("citizen*", "citoyen*", "ciudadan*", "cidada*", "граждан*", "مواطن*"),
    "national": ("national", "nacional", "nationale", "национальн*", "وطني", "全国"),
    "international": ("international*", "internacional*", "международн*", "دولي", "国际"),
    "volunteers": ("volunteer*", "volontaire*", "benevole*", "voluntari*", "волонт*", "متطوع*",
                   "志愿"),
    "promotion": ("promot*", "promoc*", "promoção", "содейств*", "تعزيز", "促进"),
    "media": ("media", "journalis*", "periodist*", "журналист*", "صحفي*", "记者"),
}
_KIND_WEIGHT = 0.4
_OTHER_KIND = 0.75
_OTHER_WORD = 0.85
_TOPIC_WEIGHT = 1.0
_COUNTRY_WEIGHT = 0.8
_WORD_WEIGHT = 1.0

_STOP = frozenset(
    "of for the and in on to a an at by with from "  # en
    "de du des la le les l pour et en au aux d sur "  # fr
    "del las los el por para y e con "  # es
    "da do das dos pela pelo na no em "  # pt
    "al el lil li wa wal bi bil fi fil min ila ala "  # Arabic transliterated
    "и в во по для на о об при "  # ru
    "في من على عن الي مع ضد".split()  # ar (folded)
)
_HAN_STOP = frozenset("与和的及之")
_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002fa1f]+")
_WORD = re.compile(r"[^\W_]+")
_ABJAD = re.compile(r"[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\u0590-\u05ff]")
_CAMEL = re.compile(r"[A-Z][a-z]*")
# French elision ("l'Intégrité") is a word apart; other apostrophes are inside a word
# ("Ri'ayat": an Arabic ʿayn written in Latin).
_ELISION = re.compile(r"(?<![^\W\d_])([ldjnstcLDJNSTC]|[Qq]u)['’]", re.UNICODE)
_APOSTROPHES = re.compile(r"['’`ʿʾ]")


@dataclass(frozen=True, slots=True)
class Token:
    """One word of a name, in forms that compare across scripts."""

    latin: str  # lower-case ASCII, vowels kept ("tsentr", "touming")
    skeleton: str  # consonants as Arabic writes them ("mrkz")
    abjad: bool  # written in Arabic (or Hebrew) script: only the skeleton is reliable
    concept: str | None  # "center", "country:MA", … when the glossary knows the word
    weight: float
    construct: str  # the skeleton of a Latin "-at" word without its t ("shabakat": "shbk")

    @property
    def is_country(self) -> bool:
        """Whether the token names a country."""
        return bool(self.concept and self.concept.startswith("country:"))


def _build_glossary() -> tuple[dict[str, str], list[tuple[str, str]], dict[str, str]]:
    """(exact folded word → concept, [(prefix, concept)], Han term → concept)."""
    exact: dict[str, str] = {}
    prefixes: list[tuple[str, str]] = []
    han: dict[str, str] = {}
    for table in (_KINDS, _TOPICS):
        for concept, forms in table.items():
            for form in forms:
                if "+" in form:  # one Chinese word, two concepts: 人权 "human rights"
                    word, more = form.split("+")
                    han[word] = f"{concept}+{more}"
                elif _HAN.fullmatch(form):
                    han[form] = concept
                elif form.endswith("*"):
                    prefixes.append((fold(form[:-1]), concept))
                elif "?" in form:
                    for letter in "sz":
                        prefixes.append((fold(form.replace("?", letter).rstrip("*")), concept))
                else:
                    exact[fold(form)] = concept
    prefixes.sort(key=lambda item: -len(item[0]))
    return exact, prefixes, han


_EXACT, _PREFIXES, _HAN_TERMS = _build_glossary()


@functools.cache
def _countries() -> tuple[dict[str, str], dict[str, str], int]:
    """(folded country name → "country:XX", Han name → "country:XX", most words in a name)."""
    words: dict[str, str] = {}
    han: dict[str, str] = {}
    for code, country in reference.countries().items():
        names = {country.name, *(n for found in country.names.values() for n in found)}
        for name in names:
            if "," in name or "(" in name:
                continue  # "Russie, Fédération de": the other forms cover it
            if _HAN.fullmatch(name):
                han[name] = f"country:{code}"
                words.setdefault(anyascii(name).lower(), f"country:{code}")
            else:
                key = " ".join(_stemmed_words(name))
                words.setdefault(key, f"country:{code}")
    for alias, code in _COUNTRY_ALIASES.items():
        words.setdefault(" ".join(_stemmed_words(alias)), f"country:{code}")
    for key, concept in list(words.items()):
        stem = key[:-1] if key[-1:] in "aeiouy" else key
        if " " in key or len(stem) < 4 or not key.isascii():
            continue
        for suffix in ("an", "ian", "n", "ese", "i", "ean"):
            words.setdefault(stem + suffix, concept)  # "Kenyan", "Moroccan", "Chinese"
    longest = max(len(key.split()) for key in words)
    return words, han, min(longest, 5)


# Short names the ISO lists do not give (they say "Russian Federation").
_COUNTRY_ALIASES = {
    "Russia": "RU", "Russian": "RU", "Россия": "RU", "Rossiya": "RU", "Palestine": "PS",
    "Palestinian": "PS", "فلسطين": "PS", "Syria": "SY", "Iran": "IR", "Tanzania": "TZ",
    "Vietnam": "VN", "Britain": "GB", "British": "GB", "America": "US", "American": "US",
    "Lebanese": "LB", "Bolivia": "BO", "Venezuela": "VE", "Moldova": "MD", "Korea": "KR",
    "Kazakh": "KZ", "Kyrgyz": "KG", "Tajik": "TJ", "Uzbek": "UZ",
}


@functools.cache
def _skeleton_concepts() -> dict[str, str]:
    """Skeleton of a glossary word written in Arabic or Cyrillic → its concept, so that a
    transliteration ("markaz", "tsentr") finds the concept without being listed."""
    found: dict[str, str] = {}
    for form, concept in _EXACT.items():
        if not form.isascii():
            skeleton = _abjad_skeleton(_latin(form))
            if len(skeleton) >= 3:
                found.setdefault(skeleton, concept)
    for form, concept in _HAN_TERMS.items():
        found.setdefault("pinyin:" + anyascii(form).lower(), concept.split("+")[0])
    return found


def _latin(word: str) -> str:
    """Lower-case ASCII letters of ``word`` in any script."""
    return "".join(ch for ch in anyascii(word).lower() if ch.isalnum())


def _abjad_skeleton(latin: str) -> str:
    """:func:`textsearch.consonant_skeleton` without the long vowels w and y after the first
    letter nor a final h (ta marbuta), which Latin spellings of Arabic write or not."""
    skeleton = consonant_skeleton(latin).replace("q", "k")
    head, tail = skeleton[:1], skeleton[1:].replace("w", "").replace("y", "")
    skeleton = head + tail
    if len(skeleton) > 2 and skeleton.endswith("h") and skeleton[-2] not in "kgsdtcz":
        skeleton = skeleton[:-1]
    return re.sub(r"(.)\1+", r"\1", skeleton)


def _phonetic(latin: str) -> str:
    """A Latin form with spelling variants of one sound made alike ("Transperensi" and
    "Transparency" come close)."""
    text = re.sub(r"c(?=[eiy])", "s", latin).replace("ph", "f").replace("ck", "k")
    text = re.sub(r"[ts]ion", "shn", text)  # "-tion" as Russian writes English: "-шн"
    text = text.replace("c", "k").replace("q", "k").replace("y", "i").replace("w", "v")
    return re.sub(r"(.)\1+", r"\1", text)


def _stemmed_words(text: str) -> list[str]:
    return [_stem(word) for word in _WORD.findall(fold(text))]


@functools.lru_cache(maxsize=65536)
def _stem(word: str) -> str:
    """An Arabic word without its joined article ("للدراسات" → "دراسات"); a single joined
    letter (and, with, for) only comes off when what is left is a glossary word, because
    also starts many words (فلسطين is not "so" + لسطين)."""
    if word in _EXACT:
        return word
    stem = arabic_stem(word)
    if stem == word or len(word) - len(stem) >= 2:
        return stem
    # "ل" (for) and "و" (and) before a long word; other letters only before a known one
    return stem if stem in _EXACT or (word[0] in "لو" and len(stem) >= 4) else word


@functools.lru_cache(maxsize=65536)
def _concept(word: str) -> str | None:
    """The glossary concept of one folded (Arabic: stemmed) word, if any."""
    if word in _EXACT:
        return _EXACT[word]
    if not _ABJAD.search(word):
        for prefix, concept in _PREFIXES:
            if len(prefix) >= 3 and word.startswith(prefix):
                return concept
    elif word.endswith("يه") and word[:-2] + "ه" in _EXACT:  # feminine nisba: "مدنيه"
        return _EXACT[word[:-2] + "ه"]
    return None


@functools.lru_cache(maxsize=65536)
def _token(word: str, concept: str | None) -> Token:
    abjad = bool(_ABJAD.search(word))
    latin = _latin(word[:-1] if abjad and word.endswith("ه") and len(word) > 3 else word)
    if concept is None and word.isascii():
        concept = _skeleton_concepts().get("pinyin:" + latin)
        if concept is None and len(latin) >= 5:
            concept = _skeleton_concepts().get(_abjad_skeleton(latin))
    if concept is None:
        weight = _WORD_WEIGHT
    elif concept.startswith("country:"):
        weight = _COUNTRY_WEIGHT
    else:
        weight = _KIND_WEIGHT if concept in _KINDS else _TOPIC_WEIGHT
    # Latin spellings of Arabic write a ta marbuta as "-at" before another word ("Shabakat
    # al-…"); Arabic script writes it as the same letter whatever follows.
    skeleton = _abjad_skeleton(latin)
    construct = skeleton
    if not abjad and len(latin) > 4 and latin.endswith("at"):
        construct = _abjad_skeleton(latin[:-1])  # or a plural: "mukhaddirat", مخدرات
    return Token(_phonetic(latin), skeleton, abjad, concept, weight, construct)


def _han_tokens(run: str) -> list[Token]:
    """Tokens of a run of Chinese characters: glossary terms and country names, and the
    characters between them as one word each (read in pinyin)."""
    _words, han_countries, _ = _countries()
    tokens: list[Token] = []
    rest = ""
    index = 0
    while index < len(run):
        for size in (5, 4, 3, 2, 1):
            piece = run[index : index + size]
            concept = _HAN_TERMS.get(piece) or han_countries.get(piece)
            if len(piece) == size and concept:
                break
        else:
            concept = None
        if concept or run[index] in _HAN_STOP:
            if rest:
                tokens.append(_token(rest, None))
                rest = ""
            if concept:
                tokens.extend(_token(piece, part) for part in concept.split("+"))
                index += len(piece)
                continue
            index += 1
            continue
        rest += run[index]
        index += 1
    if rest:
        tokens.append(_token(rest, None))
    return tokens


@functools.lru_cache(maxsize=65536)
def name_tokens(name: str) -> tuple[Token, ...]:
    """The comparable tokens of a name (stop words dropped; acronyms in capitals left out:
    see :func:`acronyms_in`)."""
    country_words, _han, longest = _countries()
    name = _APOSTROPHES.sub("", _ELISION.sub(" ", name))
    pieces = _HAN.split(name)
    runs = _HAN.findall(name)
    tokens: list[Token] = []
    every = _WORD.findall(name)
    shouted = bool(every) and all(_is_acronym(w) or not w.isalpha() for w in every)
    for position, piece in enumerate(pieces):
        words = [w for w in _WORD.findall(piece) if shouted or not _is_acronym(w)]
        stemmed = [_stem(w) for w in _WORD.findall(fold(" ".join(words)))]
        index = 0
        while index < len(stemmed):
            for size in range(min(longest, len(stemmed) - index), 0, -1):
                country = country_words.get(" ".join(stemmed[index : index + size]))
                if country and not (size == 1 and stemmed[index] in _STOP):
                    break
            else:
                country, size = None, 1
            word = stemmed[index]
            if country is None and word.endswith("يه"):
                country = country_words.get(word[:-2])  # "مغربيه" (Moroccan): of a country
            if country:
                tokens.append(_token(" ".join(stemmed[index : index + size]), country))
            elif word not in _STOP and not _is_stop_latin(word):
                tokens.append(_token(word, _concept(word)))
            index += size
        if position < len(runs):
            tokens.extend(_han_tokens(runs[position]))
    return tuple(tokens)


def _is_stop_latin(word: str) -> bool:
    return len(word) == 1  # an initial, or "Р" for "Russia" in "ТИ-Р": too short to tell


def _is_acronym(word: str) -> bool:
    letters = [ch for ch in word if ch.isalpha()]
    return 2 <= len(word) <= 8 and len(letters) >= 2 and all(ch.isupper() for ch in letters)


def normalize_acronym(text: str | None) -> str:
    """An acronym as compared: Latin capitals and digits only ("ТИ-Р" → "TIR")."""
    if not text:
        return ""
    return "".join(ch for ch in anyascii(text).upper() if ch.isalnum())


def acronyms_in(name: str) -> set[str]:
    """Acronyms written in a name ("Civil Society Development Forum (CSDF)" → {"CSDF"})."""
    return {normalize_acronym(w) for w in _WORD.findall(name) if _is_acronym(w)}


def initials(name: str) -> str:
    """The initials of a name's words, stop words left out ("CSDF" for "Civil Society
    Development Forum"); empty for names not in Latin or Cyrillic letters."""
    if _HAN.search(name) or _ABJAD.search(name):
        return ""
    words = [w for w in _WORD.findall(name) if not _is_acronym(w)]
    letters = [_latin(w)[:1] for w in words if fold(w) not in _STOP and _latin(w)]
    return "".join(letters).upper() if len(letters) >= 2 else ""


# -- comparing names --------------------------------------------------------------------


def _ratio(a: str, b: str) -> float:
    if a == b:
        return 1.0
    if min(len(a), len(b)) <= 2:
        return 0.0
    return float(Indel.normalized_similarity(a, b))


def token_similarity(a: Token, b: Token) -> float:
    """How alike two tokens are, 0–1 (below 0.8 counts as 0)."""
    if a.concept and b.concept:
        return 1.0 if a.concept == b.concept else 0.0
    if a.is_country or b.is_country:
        return 0.0
    if a.abjad or b.abjad:
        score = max(_ratio(a.skeleton, b.skeleton), _ratio(a.construct, b.construct))
    else:
        score = max(_ratio(a.latin, b.latin), _ratio(a.skeleton, b.skeleton) - 0.1)
    return score if score >= 0.8 else 0.0


def _countries_of(tokens: Sequence[Token]) -> set[str]:
    return {t.concept for t in tokens if t.concept and t.is_country}


def countries_conflict(a: Sequence[Token], b: Sequence[Token]) -> bool:
    """Whether the names name different countries (chapters of one network)."""
    first, second = _countries_of(a), _countries_of(b)
    return bool(first and second and not first & second)


def token_set_similarity(a: Sequence[Token], b: Sequence[Token]) -> float:
    """Weighted overlap of two token lists, 0–1: each token pairs with at most one other,
    the most alike first; words count more than kinds of body ("Association")."""
    return _aligned(a, b)[0]


def _aligned(a: Sequence[Token], b: Sequence[Token]) -> tuple[float, set[int], set[int]]:
    """The overlap of :func:`token_set_similarity`, and the positions paired on each side."""
    total = sum(t.weight for t in a) + sum(t.weight for t in b)
    if not total:
        return 0.0, set(), set()
    pairs = sorted(
        ((token_similarity(x, y), i, j) for i, x in enumerate(a) for j, y in enumerate(b)),
        reverse=True,
    )
    used_a: set[int] = set()
    used_b: set[int] = set()
    matched = 0.0
    for score, i, j in pairs:
        if score <= 0:
            break
        if i in used_a or j in used_b:
            continue
        used_a.add(i)
        used_b.add(j)
        matched += score * (a[i].weight + b[j].weight)
    return matched / total, used_a, used_b


@functools.lru_cache(maxsize=262144)
def name_similarity(a: str, b: str) -> float:
    """How alike two names are, 0–1, in any scripts (symmetric; 1 for the same name)."""
    if fold(a).split() == fold(b).split():
        return 1.0 if a.strip() else 0.0
    first, second = name_tokens(a), name_tokens(b)
    if countries_conflict(first, second):
        return 0.0
    score, used_a, used_b = _aligned(first, second)
    score = max(score, _compact_similarity(first, second))
    kinds_a = {t.concept for t in first if t.concept in _KINDS}
    kinds_b = {t.concept for t in second if t.concept in _KINDS}
    if kinds_a and kinds_b and not kinds_a & kinds_b:
        score *= _OTHER_KIND  # a network and a foundation on one topic are two bodies
    if _words_left(first, used_a) and _words_left(second, used_b):
        score *= _OTHER_WORD  # a word in each that the other lacks: "… – Cali", "… – Medellín"
    return score


def _words_left(tokens: Sequence[Token], used: set[int]) -> bool:
    return any(i not in used and t.concept is None for i, t in enumerate(tokens))


def _compact_similarity(a: Sequence[Token], b: Sequence[Token]) -> float:
    """The names' Latin letters without spaces, for pinyin written in one word or apart
    ("Touming Guoji" and 透明国际); only when neither has a concept the other lacks."""
    if not a or not b or {t.concept for t in a} != {t.concept for t in b}:
        return 0.0
    left = "".join(t.latin for t in a)
    right = "".join(t.latin for t in b)
    if len(left) < 6 or len(right) < 6:
        return 0.0
    score = _ratio(left, right)
    return score if score >= 0.9 else 0.0


@functools.lru_cache(maxsize=65536)  # asked for each pair compared: 60% of a check's time
def scripts_of(text: str) -> frozenset[str]:
    """The writing systems of a text's letters: "latin", "arabic", "cyrillic", "han", …"""
    found = set()
    for ch in text:
        if not ch.isalpha():
            continue
        if ch.isascii():
            found.add("latin")
            continue
        label = unicodedata.name(ch, "")
        if label.startswith("CJK"):
            found.add("han")
        else:
            found.add(label.split(" ")[0].lower() if label else "other")
    return frozenset(found)


# -- people -------------------------------------------------------------------------------


@functools.lru_cache(maxsize=65536)
def person_tokens(name: str, *, particles: bool = False) -> tuple[Token, ...]:
    """A person's name as tokens (a Chinese name's syllables one each: 王伟 → wang, wei);
    "al", "bin", "abu" and the like only with ``particles``."""
    tokens: list[Token] = []
    for word in _WORD.findall(fold(name)):
        if _HAN.fullmatch(word):
            tokens.extend(_token(s, None) for s in _CAMEL.findall(anyascii(word)) or [word])
        elif particles or word not in _NAME_PARTICLES:
            bare = word[2:] if word.startswith("ال") and len(word) > 4 else word
            tokens.append(_token(bare if particles is False else word, None))
    return tuple(tokens)


_NAME_PARTICLES = frozenset("al el ibn bin ben abu bint بن ابن ابو بنت".split())


def person_similarity(a: str, b: str) -> float:
    """How alike two people's names are, 0–1, in any scripts and in any order of names
    ("Mohammed Ali" and محمد علي; "Wang Wei" and 王伟; "Ivan Petrov" and Иван Петров)."""
    first, second = person_tokens(a), person_tokens(b)
    if not first or not second:
        return 0.0
    score = token_set_similarity(first, second)
    abjad = any(t.abjad for t in (*first, *second))
    whole = person_tokens(a, particles=True), person_tokens(b, particles=True)
    for ordered in (False, True):  # written as one word or apart ("Benali", "بن علي")
        left, right = (_squashed(tokens, abjad, ordered) for tokens in whole)
        if min(len(left), len(right)) >= 4 and _ratio(left, right) >= 0.9:
            score = max(score, _ratio(left, right))
    return score


def _squashed(tokens: Sequence[Token], abjad: bool, ordered: bool) -> str:
    parts = [t.skeleton if abjad else t.latin for t in tokens]
    return "".join(sorted(parts) if ordered else parts)


# -- organizations ------------------------------------------------------------------------

_FREE_MAIL = frozenset(
    "gmail.com googlemail.com yahoo.com yahoo.fr yahoo.co.uk hotmail.com hotmail.fr "
    "outlook.com live.com msn.com aol.com icloud.com me.com mail.ru inbox.ru list.ru bk.ru "
    "yandex.ru yandex.com rambler.ru qq.com 163.com 126.com sina.com sohu.com gmx.de gmx.net "
    "web.de orange.fr wanadoo.fr laposte.net free.fr protonmail.com proton.me menara.ma "
    "yahoo.es terra.com.br uol.com.br bol.com.br".split()
)
_SECOND_LEVEL = frozenset("co com org net gov edu ac or ne go".split())


@dataclass(frozen=True, slots=True)
class Profile:
    """What is compared of one organization (built by :func:`profile`)."""

    id: str
    names: tuple[str, ...]  # name first, then aliases
    acronym: str
    acronyms: frozenset[str]  # the acronym and those written in names
    initials: frozenset[str]
    website: str
    email_domain: str
    phone: str
    registration: str
    country: str
    cities: tuple[str, ...]


def domain_of(address: str | None) -> str:
    """The registrable domain of a website or e-mail address ("https://www.tikenya.org/x"
    and "info@tikenya.org" → "tikenya.org"; "ti.org.ke" stays whole)."""
    if not address:
        return ""
    text = address.strip().lower()
    text = text.split("@")[-1] if "@" in text else re.sub(r"^[a-z]+://", "", text)
    host = re.split(r"[/?#:]", text, maxsplit=1)[0].strip(".")
    parts = [p for p in host.split(".") if p]
    if len(parts) < 2:
        return ""
    keep = 3 if len(parts) >= 3 and parts[-2] in _SECOND_LEVEL and len(parts[-1]) == 2 else 2
    return ".".join(parts[-keep:])


def email_domain(address: str | None) -> str:
    """The domain of an organization's e-mail address, except free mail services (one
    gmail.com address says nothing about who sent it)."""
    if not address or "@" not in address:
        return ""
    domain = domain_of(address)
    full = address.strip().lower().rsplit("@", 1)[-1]
    return "" if domain in _FREE_MAIL or full in _FREE_MAIL else domain


def phone_key(phone: str | None) -> str:
    """The last nine digits of a phone number (the same line written with or without the
    country code and trunk zero); empty when too short to tell."""
    digits = "".join(ch for ch in anyascii(phone or "") if ch.isdigit())
    return digits[-9:] if len(digits) >= 7 else ""


def _registration_key(text: str | None) -> str:
    return "".join(ch for ch in anyascii(text or "").upper() if ch.isalnum())


def profile(record: Mapping[str, Any]) -> Profile:
    """The profile of an organization record (fields as in ``organizations``; a
    ``registration`` number is used when the record has one)."""
    name = str(record.get("name") or "")
    aliases = [str(a) for a in (record.get("aliases") or []) if str(a).strip()]
    names = tuple(dict.fromkeys(n for n in (name, *aliases) if n.strip()))
    acronym = normalize_acronym(record.get("acronym"))
    written = {a for n in names for a in acronyms_in(n)}
    return Profile(
        id=str(record.get("id") or ""),
        names=names,
        acronym=acronym,
        acronyms=frozenset({acronym, *written} - {""}),
        initials=frozenset({initials(n) for n in names} - {""}),
        website=domain_of(record.get("website")),
        email_domain=email_domain(record.get("email")),
        phone=phone_key(record.get("phone")),
        registration=_registration_key(record.get("registration")),
        country=str(record.get("country") or "").upper(),
        cities=tuple(str(c) for c in (record.get("cities") or []) if str(c).strip()),
    )


@dataclass(frozen=True, slots=True)
class Match:
    """How alike two organizations are: a score in [0, 1] and reason codes (:data:`REASONS`)."""

    score: float
    reasons: tuple[str, ...]


def _acronym_only(name: str) -> str:
    words = _WORD.findall(name)
    return normalize_acronym(name) if len(words) == 1 and _is_acronym(words[0]) else ""


def _names_score(a: Profile, b: Profile) -> tuple[float, bool]:
    """The best name similarity of two profiles, and whether that pair is in two scripts."""
    best, across = 0.0, False
    for first in a.names:
        for second in b.names:
            score = name_similarity(first, second)
            alone = _acronym_only(first) or _acronym_only(second)
            if alone and (alone in (b.initials | b.acronyms if _acronym_only(first)
                                    else a.initials | a.acronyms)):
                score = max(score, 0.9)  # "CSDF" written as the name of the other
            if score > best:
                best = score
                across = not scripts_of(first) & scripts_of(second)
    return best, across


def _same_city(a: Profile, b: Profile) -> bool:
    return any(name_similarity(x, y) >= 0.85 for x in a.cities for y in b.cities)


def _name_countries(p: Profile) -> set[str]:
    return {c for n in p.names for c in _countries_of(name_tokens(n))}


def compare(a: Profile, b: Profile) -> Match:
    """How likely two organizations are one: the name's similarity, raised by what they
    share (website, e-mail domain, phone, registration number, acronym, city) and lowered
    when they are in different countries or their names name different countries."""
    name, across = _names_score(a, b)
    reasons: list[str] = []
    if name >= 0.6:
        reasons.append("script" if across else "name")
    shared = {
        "acronym": bool(a.acronyms & b.acronyms),
        "website": bool(a.website and a.website == b.website),
        # one's e-mail at the other's website domain counts as a shared e-mail domain
        "email": bool(a.email_domain and a.email_domain in (b.email_domain, b.website)
                      or b.email_domain and b.email_domain == a.website),
        "phone": bool(a.phone and a.phone == b.phone),
        "registration": bool(a.registration and a.registration == b.registration),
        "city": _same_city(a, b),
    }
    bonus = {"acronym": 0.08, "website": 0.3, "email": 0.2, "phone": 0.3,
             "registration": 0.45, "city": 0.05}
    score = name + sum(bonus[code] for code, same in shared.items() if same)
    reasons.extend(code for code, same in shared.items() if same)
    first, second = _name_countries(a), _name_countries(b)
    if first and second and not first & second:
        score *= 0.3  # national chapters of one network
    if a.country and b.country and a.country != b.country:
        score *= 0.6
    if a.registration and b.registration and a.registration != b.registration:
        score *= 0.5
    return Match(round(min(score, 1.0), 3), tuple(reasons))


def blocking_keys(p: Profile) -> set[str]:
    """Keys under which a profile is filed: records sharing no key are never compared
    (:func:`name_keys` and :func:`identity_keys`)."""
    return name_keys(p) | identity_keys(p)


def name_keys(p: Profile) -> set[str]:
    """Keys from the names: every word's skeleton (so a Latin spelling meets the Arabic
    one), every two and three words' skeletons or concepts in the country (to still meet
    when each word alone is common), the words without spaces (pinyin written apart meets
    the Chinese run), and the initials and acronyms of the names, in the country."""
    keys: set[str] = set()
    for name in p.names:
        tokens = name_tokens(name)
        parts = sorted({_block_part(t) for t in tokens})
        keys.update(f"w:{part}" for part in parts if not part.startswith("#") and len(part) > 2)
        # a known word's skeleton too: "Transparency" meets ترانسبرانسي, which no glossary has
        keys.update(f"w:{t.skeleton}" for t in tokens if len(t.skeleton) >= 3
                    and not t.is_country)
        # Two or three words together, in the country: common words ("centre", "drugs")
        # are rare together, and duplicates are filed under one country.
        keys.update(f"p:{'|'.join(both)}|{p.country}" for both in combinations(parts, 2))
        keys.update(f"t:{'|'.join(three)}|{p.country}" for three in combinations(parts[:8], 3))
        # and the same by skeletons alone, for a word only one side's glossary knows
        # ("Huquq" spelt in Latin, حقوق known as "rights")
        spelt = sorted({t.construct or t.latin for t in tokens if not t.is_country})
        keys.update(f"s:{'|'.join(both)}|{p.country}" for both in combinations(spelt, 2))
        if len(parts) == 1:
            keys.add(f"c:{parts[0]}|{p.country}")
        squashed = "".join(t.latin for t in tokens if t.concept is None)
        if len(squashed) >= 6:
            keys.add(f"k:{_abjad_skeleton(squashed)}|{p.country}")
    keys.update(f"a:{acronym}|{p.country}" for acronym in p.acronyms | p.initials)
    return keys


def identity_keys(p: Profile) -> set[str]:
    """Keys from what tells one record from another of the same name: its acronym in its
    country, the website and e-mail domains, the phone and the registration number."""
    keys = {f"a:{p.acronym}|{p.country}"} if p.acronym else set()
    for prefix, value in (("dom:", p.website), ("dom:", p.email_domain), ("tel:", p.phone),
                          ("reg:", p.registration)):
        if value:
            keys.add(prefix + value)
    return keys


def _block_part(token: Token) -> str:
    if token.concept:
        return "#" + token.concept
    return token.construct or token.latin


def exact_key(p: Profile) -> str:
    """Records with this key equal have the same name (folded) in the same country."""
    return p.country + "|" + " ".join(fold(p.names[0]).split()) if p.names else ""
