"""Folding text for full-text search, the same way for what is stored and what is typed.

SQLite's ``unicode61`` tokenizer folds Latin accents but leaves Arabic hamza forms, final
letters and diacritics (harakat) distinct and keeps a run of Chinese characters as one
token.  Folding in Python first lets "transparéncia" find "Transparencia", an Arabic
name typed with or without hamza, harakat or a joined article find the stored one, and
a part of a Chinese name find the whole (each Han character becomes its own token; a query becomes a phrase).
"""

from __future__ import annotations

import functools
import re
import sys
import unicodedata
from collections.abc import Iterable

from anyascii import anyascii

_ARABIC = str.maketrans(
    {
        "أ": "ا",
        "إ": "ا",
        "آ": "ا",
        "ٱ": "ا",
        "ى": "ي",
        "ئ": "ي",
        "ی": "ي",  # Persian yeh
        "ة": "ه",
        "ؤ": "و",
        "ک": "ك",  # Persian keheh
        "ـ": None,  # tatweel (kashida) is only stretching
    }
)
# Characters written without spaces between words: each becomes its own token.
_UNSPACED = re.compile(
    r"([\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002fa1f])"
)
_TOKEN = re.compile(r"\w+")
_ARABIC_LETTER = re.compile(r"[\u0620-\u064a]")
# Arabic writes the article and some prepositions and conjunctions joined to the word
# ("للشفافية" = "for the transparency"): search compares words without them.
_ARABIC_PREFIXES = ("وال", "بال", "كال", "فال", "لل", "ال", "و", "ب", "ل", "ف", "ك")


@functools.cache
def _combining_marks() -> dict[int, None]:
    """Every combining character (canonical combining class above 0), to delete with
    ``str.translate``: one C-level pass instead of a test per character (made once, 60 ms)."""
    return {code: None for code in range(0x300, sys.maxunicode + 1)
            if unicodedata.combining(chr(code))}


def fold(text: str) -> str:
    """Lower-case, accent- and harakat-free, Arabic-normalized text with spaced Han characters."""
    if text.isascii():
        return text.lower()
    return _fold_other(text)


# Texts repeat from record to record (cities, countries' names, a snapshot's 50,000
# organizations' 7,800 texts in other scripts for 79,000 folds): each folded once while it
# stays among the last 16,384.
@functools.lru_cache(maxsize=1 << 14)
def _fold_other(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", unicodedata.normalize("NFKC", text).casefold())
    stripped = decomposed.translate(_combining_marks())
    folded = unicodedata.normalize("NFC", stripped).translate(_ARABIC)
    return _UNSPACED.sub(r" \1 ", folded)


def arabic_stem(token: str) -> str:
    """An Arabic word without a joined article or particle ("للشفافية" → "شفافيه" once folded)."""
    if not _ARABIC_LETTER.match(token):
        return token
    for prefix in _ARABIC_PREFIXES:
        if token.startswith(prefix) and len(token) - len(prefix) >= 3:
            return token[len(prefix):]
    return token


def _with_stems(folded: str) -> str:
    words = folded.split()
    if folded.isascii():  # no Arabic letter: no stem to add (the common case, and the cheap one)
        return " ".join(words)
    stems = [stem for word in words if (stem := arabic_stem(word)) != word]
    return " ".join(words + stems)


def transliterate(text: str) -> str:
    """An ASCII transliteration of non-Latin text (empty when the text is already ASCII)."""
    if text.isascii():
        return ""
    return _transliterated(text)


@functools.lru_cache(maxsize=1 << 14)
def _transliterated(text: str) -> str:
    latin = anyascii(text)
    return "" if latin == text else latin


def _latin_forms(part: str) -> list[str]:
    """What the index holds in Latin letters for a name in another script: its
    transliteration ("wlnzhh", "tsentr"); a Chinese name's syllables one by one instead of
    joined, so that the pinyin of a word inside the name finds it ("fan fu bai"); an Arabic
    word's transliteration without its joined article or particle ("nzhh"), and without the
    doubled letters that a Latin spelling writes once ("shffyh" → "shfyh")."""
    latin = transliterate(part)
    if not latin:
        return []
    if _UNSPACED.search(part):
        # Syllable by syllable only: joined ("womendejiayuan…") every English word the name
        # begins with would find it ("women"); search reads a typed word as pinyin when
        # nothing else matches (store/search.py organization_query).
        return [" ".join(anyascii(_UNSPACED.sub(r" \1 ", part)).split())]
    forms = [latin]
    if _ARABIC_LETTER.search(part):
        stems = [anyascii(stem) for word in fold(part).split()
                 if (stem := arabic_stem(word)) != word]
        forms += stems
        undoubled = [_DOUBLED.sub(r"\1", form) for form in (latin, *stems)]
        forms += [form for form in undoubled if form not in forms]
    return forms


def index_text(parts: Iterable[str | None], *, with_transliteration: bool = False) -> str:
    """The folded text stored in the full-text index for ``parts``."""
    words: list[str] = []
    for part in parts:
        if not part:
            continue
        words.append(_with_stems(fold(part)))
        if with_transliteration:
            words += [fold(latin) for latin in _latin_forms(part)]
    return " ".join(words)


@functools.cache
def _pinyin_syllables() -> frozenset[str]:
    """The Mandarin syllables the transliteration writes for Chinese characters ("fan",
    "zhuang"): those written for at least three characters, which leaves out the readings of
    a few characters in other languages ("gaa", "seki") and bare interjections ("m", "ng")."""
    counts: dict[str, int] = {}
    for code in range(0x4E00, 0xA000):
        syllable = anyascii(chr(code)).lower()
        if syllable.isascii() and syllable.isalpha() and len(syllable) <= 6:
            counts[syllable] = counts.get(syllable, 0) + 1
    return frozenset(s for s, n in counts.items() if n >= 3 and s not in _INTERJECTIONS)


_INTERJECTIONS = frozenset({"m", "n", "ng", "hm", "hng"})


def has_pinyin(text: str) -> bool:
    """Whether a word of ``text`` could be pinyin of several syllables (worth a second try)."""
    return any(pinyin_syllables(token) for token in _TOKEN.findall(fold(text)))


def pinyin_syllables(word: str) -> list[str] | None:
    """A typed Latin word cut into pinyin syllables, the last one possibly begun
    ("fanfubai" → fan fu bai, "fanfub" → fan fu b), in as few syllables as possible; None
    when it is not pinyin or is one syllable."""
    if not _LATIN_WORD.fullmatch(word) or len(word) < 4:
        return None
    syllables = _pinyin_syllables()
    best: list[list[str] | None] = [[]] + [None] * len(word)
    for end in range(1, len(word) + 1):
        for start in range(max(0, end - 6), end):
            before = best[start]
            piece = word[start:end]
            if before is None or piece not in syllables:
                continue
            if best[end] is None or len(before) + 1 < len(best[end] or []):
                best[end] = [*before, piece]
    whole = best[len(word)]
    if whole is None:  # the last syllable may be still being typed
        prefixes = {s[:n] for s in syllables for n in range(1, len(s))}
        for start in range(max(1, len(word) - 5), len(word)):
            before = best[start]
            if before and word[start:] in prefixes and (whole is None or len(before) + 1 < len(whole)):
                whole = [*before, word[start:]]
    return whole if whole is not None and len(whole) >= 2 else None


def sort_key(text: str) -> str:
    """A folded key to sort names alike across accents and case."""
    return " ".join(fold(text).split())


def consonant_skeleton(word: str) -> str:
    """The consonants of a Latin ``word`` the way :func:`anyascii` writes an Arabic word
    ("markaz" → "mrkz", "transparency" → "trnsbrnsy"): Arabic writes no short vowels, has
    no p, v or soft c, and marks a doubled letter (shadda) only with a sign folding removes.

    Long vowels (alef, waw, yeh) are written in Arabic; anyascii drops alef but keeps w and
    y, so a ``y`` is kept here and the vowels a, e, i, o, u are dropped.
    """
    word = word.lower()
    word = _SOFT_C.sub("s", word).replace("ph", "f").replace("ck", "k").replace("x", "ks")
    letters = word.translate(_ABJAD_LETTERS)
    skeleton = "".join(ch for ch in letters if ch not in "aeiou")
    return _DOUBLED.sub(r"\1", skeleton)


_SOFT_C = re.compile(r"c(?=[eiy])")
_ABJAD_LETTERS = str.maketrans({"p": "b", "v": "f", "c": "k", "'": None, "`": None})
_DOUBLED = re.compile(r"(.)\1+")
_LATIN_WORD = re.compile(r"[a-z]+")
# Written joined to the next word in Arabic ("al-Quds" is one word: القدس → "lqds").
_LATIN_ARTICLES = frozenset({"al", "el"})


def _skeleton_terms(token: str) -> list[str]:
    """Skeletons of a typed Latin word that can find its Arabic spelling's transliteration
    in the index: itself and with the joined article; none for short or vowel-less words."""
    if len(token) < 4 or not _LATIN_WORD.fullmatch(token):
        return []
    skeleton = consonant_skeleton(token)
    if len(skeleton) < 3 or skeleton == token:
        return []
    return [skeleton, "l" + skeleton]


def match_query(text: str, *, across_scripts: bool = False, pinyin: bool = False) -> str | None:
    """An FTS5 MATCH expression for what a person typed, or None when nothing is searchable.

    Every word must match (as a prefix, so results come as one types); consecutive Han
    characters must be adjacent, as a phrase.  With ``across_scripts``, a Latin word with
    vowels may also match the consonant skeleton that the index holds for Arabic names
    ("markaz" finds مركز, stored with its transliteration "mrkz"), and "al"/"el" before a
    word may be the article joined to it.  With ``pinyin`` too, a Latin word that cuts into
    pinyin syllables may be the syllables of a word inside a Chinese name ("fanfubai" finds
    高雄反腐败协会): many English words also cut into syllables ("women", "land"), so callers
    ask for it only when the query without it finds nothing (:func:`needs_pinyin`).
    """
    tokens = [arabic_stem(token) for token in _TOKEN.findall(fold(text))]
    if not tokens:
        return None
    terms: list[str] = []
    run: list[str] = []
    index = 0
    while index < len(tokens):
        token = tokens[index]
        index += 1
        if _UNSPACED.fullmatch(token):
            run.append(token)
            continue
        if run:
            terms.append('"' + " ".join(run) + '"*')
            run = []
        if not across_scripts:
            terms.append(f'"{token}"*')
            continue
        words = [token]
        if token in _LATIN_ARTICLES and index < len(tokens) and not _UNSPACED.fullmatch(
                tokens[index]):
            words.append(tokens[index])  # "al quds": the words as typed, or one Arabic word
            index += 1
        skeletons = _skeleton_terms(words[-1])
        typed = " AND ".join(f'"{word}"*' for word in words)
        if len(words) > 1:
            typed = f"({typed})"
        alternatives = [typed, *(f'"{skeleton}"*' for skeleton in skeletons)]
        syllables = pinyin_syllables(words[-1]) if pinyin and len(words) == 1 else None
        if syllables:  # "fanfubai": the syllables of 反腐败 one after the other, in a Chinese name
            alternatives.append('"' + " ".join(syllables) + '"*')
        terms.append(alternatives[0] if len(alternatives) == 1 else "(" + " OR ".join(alternatives) + ")")
    if run:
        terms.append('"' + " ".join(run) + '"*')
    # FTS5 joins bare phrases implicitly but a bracketed group only with an explicit AND.
    return (" AND " if across_scripts else " ").join(terms)
