"""Folding text for full-text search, the same way for what is stored and what is typed.

SQLite's ``unicode61`` tokenizer folds Latin accents but leaves Arabic hamza forms, final
letters and diacritics (harakat) distinct and keeps a run of Chinese characters as one
token.  Folding in Python first lets "transparéncia" find "Transparencia", an Arabic
name typed with or without hamza, harakat or a joined article find the stored one, and
a part of a Chinese name find the whole (each Han character becomes its own token; a query becomes a phrase).
"""

from __future__ import annotations

import re
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


def fold(text: str) -> str:
    """Lower-case, accent- and harakat-free, Arabic-normalized text with spaced Han characters."""
    if text.isascii():
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", unicodedata.normalize("NFKC", text).casefold())
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
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
    stems = [stem for word in words if (stem := arabic_stem(word)) != word]
    return " ".join(words + stems)


def transliterate(text: str) -> str:
    """An ASCII transliteration of non-Latin text (empty when the text is already ASCII)."""
    if text.isascii():
        return ""
    latin = anyascii(text)
    return "" if latin == text else latin


def index_text(parts: Iterable[str | None], *, with_transliteration: bool = False) -> str:
    """The folded text stored in the full-text index for ``parts``."""
    words: list[str] = []
    for part in parts:
        if not part:
            continue
        words.append(_with_stems(fold(part)))
        if with_transliteration:
            latin = transliterate(part)
            if latin:
                words.append(fold(latin))
    return " ".join(words)


def sort_key(text: str) -> str:
    """A folded key to sort names alike across accents and case."""
    return " ".join(fold(text).split())


def match_query(text: str) -> str | None:
    """An FTS5 MATCH expression for what a person typed, or None when nothing is searchable.

    Every word must match (as a prefix, so results come as one types); consecutive Han
    characters must be adjacent, as a phrase.
    """
    tokens = [arabic_stem(token) for token in _TOKEN.findall(fold(text))]
    if not tokens:
        return None
    terms: list[str] = []
    run: list[str] = []
    for token in tokens:
        if _UNSPACED.fullmatch(token):
            run.append(token)
            continue
        if run:
            terms.append('"' + " ".join(run) + '"*')
            run = []
        terms.append(f'"{token}"*')
    if run:
        terms.append('"' + " ".join(run) + '"*')
    return " ".join(terms)
