"""Who a recipient line names: office words, the shape of a personal name,
a title run together with the name ("Minister of Justice Ana Pérez"), and
courtesy titles and honorifics before it. The words of each language are lexicon
data (`resources/importer/lexicon/<lang>.json`)."""

from __future__ import annotations

import re
from functools import lru_cache

from ua_desktop.core.locales.countries import sheet_country_code as country_code
from ua_desktop.core.text import fold_phrase as fold

from .keywords import entries


def _alternation(words: list[str]) -> str:
    return "|".join(f"(?:{w})" for w in words) or "(?!)"


def _with_extraction_spellings(words: set[str]) -> frozenset[str]:
    """The words also as extraction leaves them: accents stripped ("ministere") or accented letters
    dropped ("rpublique")."""
    return frozenset(words | {re.sub(r"[^\x00-\x7f]", "", w) for w in words} | {fold(w) for w in words})


@lru_cache(maxsize=1)
def office_words() -> frozenset[str]:
    """Words of an office or institution ("ministry", "посольство"): a line with one names no person."""
    return _with_extraction_spellings(set(entries("office_words")))


@lru_cache(maxsize=1)
def title_words() -> frozenset[str]:
    """Words that open an official's title before the name ("Minister", "Fiscal", "Richterin")."""
    return _with_extraction_spellings(set(entries("title_words")))


@lru_cache(maxsize=1)
def joins_next_line() -> re.Pattern:
    """A title line ending in a word that goes on in the next line ("Minister of")."""
    words = [re.escape(w) for w in entries("joins_next_line")]
    return re.compile(r"\b(?:" + _alternation(words) + r")$", re.IGNORECASE)


@lru_cache(maxsize=1)
def joins_previous_line() -> re.Pattern:
    """A line starting with a word that goes on from the line before ("of the Interior")."""
    words = [re.escape(w) for w in entries("joins_previous_line")]
    return re.compile(r"^(?:" + _alternation(words) + r")\b")


@lru_cache(maxsize=1)
def address_words() -> re.Pattern:
    """A word of a postal address ("street", "calle", "Postfach")."""
    return re.compile(r"\b(?:" + _alternation(entries("address_words")) + r")\b", re.IGNORECASE)


@lru_cache(maxsize=1)
def honorific() -> re.Pattern:
    """An honorific before a name or title ("H.E.", "Su Excelencia", "The Honourable")."""
    return re.compile(r"^(?:" + _alternation(entries("honorifics")) + r")\s+", re.IGNORECASE)


@lru_cache(maxsize=1)
def _rank_words() -> frozenset[str]:
    """Military ranks: a name may start with one ("General ...") though a rank is also an office word."""
    return frozenset(entries("rank_words"))


@lru_cache(maxsize=1)
def _courtesy() -> re.Pattern:
    """A courtesy title before a name, male ("Mr", "Señor") or female ("Mme", "Frau")."""
    male, female = entries("courtesy_titles", "male"), entries("courtesy_titles", "female")
    return re.compile(r"^(?:(?P<m>" + _alternation(male) + r")|(?P<f>" + _alternation(female) + r"))\s+")


_PARTICLES = {"de", "da", "del", "della", "di", "do", "dos", "das", "du", "des", "la", "le", "van", "von", "der", "den",
              "ter", "al", "el", "bin", "ibn", "bint", "y", "e", "ben", "abu", "zu", "af", "st."}


def _words(line: str) -> list[str]:
    return line.replace(",", " ").split()


def has_office_word(line: str) -> bool:
    return any(w.strip(".,;:()").lower() in office_words() for w in _words(line))


def looks_like_name(line: str) -> bool:
    """A personal name: 1-6 capitalised words (particles allowed), no digits,
    no office or address words, not a country."""
    line = honorific().sub("", line).strip()
    had_courtesy = bool(_courtesy().match(line))
    line = _courtesy().sub("", line).strip()
    if not line or any(ch.isdigit() for ch in line) or ":" in line or "@" in line or len(line) > 60:
        return False
    if address_words().search(line) or country_code(line):
        return False
    words = line.split()
    if not (2 <= len(words) <= 6 or (had_courtesy and len(words) >= 1)):
        return False
    capitals = 0
    for i, word in enumerate(words):
        bare = word.strip(".,()’'\"")
        low = bare.lower()
        if low in office_words() and not (low in _rank_words() and i == 0):
            return False
        if low in _PARTICLES or re.fullmatch(r"(?:al|el|ad|ar|as|az|ash)-\w+", low):
            continue
        if not bare or not (bare[0].isupper() or bare[0] in "'’"):
            return False
        capitals += 1
    return capitals >= (1 if had_courtesy else 2) or (capitals >= 1 and len(words) >= 2)


def split_title_from_name(line: str) -> tuple[list[str], str] | None:
    """'Public Prosecutor Juan Pérez' -> (['Public Prosecutor'], 'Juan Pérez')."""
    title = honorific().match(line)
    prefix_titles: list[str] = []
    if title:
        prefix_titles.append(title.group(0).strip())
        line = line[title.end():]
    words = line.split()
    for k in range(1, len(words) - 1):
        head, rest = " ".join(words[:k]), " ".join(words[k:])
        if joins_next_line().search(head) or words[k][0].islower():
            continue  # "Head of the | Judiciary ..." cannot be the split point
        if has_office_word(head) and looks_like_name(rest) and not has_office_word(rest):
            head = head.rstrip(",")
            return prefix_titles + [head], rest
    if prefix_titles and looks_like_name(line):
        return prefix_titles, line
    return None


def strip_courtesy(name: str) -> tuple[str, str]:
    m = _courtesy().match(name)
    if m:
        return name[m.end():].strip(), m.group(0)
    return name, ""
