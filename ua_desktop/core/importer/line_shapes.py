"""The shapes of a sheet's lines: capitals, reference lines (UA and index
numbers), the old "Name (m)" person lines, and whether a text looks like
an Urgent Action sheet at all."""

from __future__ import annotations

import re
from functools import lru_cache

from . import references
from . import sections as S
from .keywords import entries, lexicon_of
from ua_desktop.core.locales.countries import sheet_country_code as country_code

_OLD_PERSON_LINE = re.compile(r"([A-ZÀ-Ý][\w'’.-]+(?:\s+(?:[A-ZÀ-Ý][\w'’.-]+|de|da|del|van|von|al|el|bin)){1,5})\s*\(([mf])\)")


def old_person_matches(line: str) -> list[re.Match]:
    """"Umida Niazova (f)" matches; the cheap test first keeps long lines linear."""
    if "(m)" not in line and "(f)" not in line and "(m )" not in line and "( f)" not in line:
        return []
    return list(_OLD_PERSON_LINE.finditer(line))


def looks_like_a_sheet(text: str, zones: S.Zones) -> bool:
    """An "Urgent Action" heading with some structure, or people to write to and what to ask."""
    keyed = S.key(text)
    structure = bool(zones.targets or zones.copies or zones.asks or zones.letter or references.UA_NUMBER.search(text)
                     or references.INDEX_NUMBER.search(text) or S.NO_FURTHER.search(keyed))
    return (bool(S.UA_MARKER.search(keyed)) and structure) or bool(
        (zones.targets or zones.copies) and (zones.asks or zones.letter))


def is_caps(line: str) -> bool:
    letters = [c for c in line if c.isalpha()]
    return len(letters) >= 3 and all(c.isupper() for c in letters)


@lru_cache(maxsize=1)
def _date_word() -> re.Pattern:
    """A date label's word anywhere in a line (the lexicons' `date_labels`: "date", "Datum")."""
    return re.compile(r"\b(?:" + "|".join(map(re.escape, entries("date_labels"))) + r")\b", re.IGNORECASE)


@lru_cache(maxsize=1)
def _organisation() -> re.Pattern:
    """The organisation's name opening a line (the lexicons' `organisation_names`), on accent-free lower case."""
    return re.compile(r"^(?:" + "|".join(map(re.escape, entries("organisation_names"))) + r")\b")


def is_reference_line(line: str) -> bool:
    """'URGENT ACTION', 'FURTHER INFORMATION ON UA ...', 'UA 135/10 Index: ... Date: ...'."""
    k = S.key(line)
    if S.HEADER_LINE.match(k) or (S.FURTHER.search(k) and len(line) < 200):
        return True
    if len(line) < 200 and (references.UA_NUMBER.search(line) or references.INDEX_NUMBER.search(line)):
        prose = re.search(r"[a-z]{3,}\s+[a-z]{3,}\s+[a-z]{3,}\s+[a-z]{3,}\s+[a-z]{3,}", line)
        return not prose or bool(re.search(r"\bindex\b", line, re.IGNORECASE) or _date_word().search(line))
    if len(line) < 80 and _organisation().match(k):
        return True  # the organisation's name above a web page or email
    if len(line) < 40 and re.match(r"^(?:ua|au)\s*:?\s*\d{1,3}[./]\d{2,4}\s*$", k):
        return True
    return bool(re.match(r"^(?:name|gender m/f|nom|nombre|genre|género|geschlecht)\s*:", k))


def sentence_case(value: str, language: str = "en") -> str:
    """A headline in capitals in sentence case, in the way of its language: the lexicon's `acronyms` stay
    as written, and a language that lists `lower_case_words` (German) capitalises its other words."""
    lexicon = lexicon_of(language)
    acronyms = lexicon.get("acronyms", ())
    lower_case = lexicon.get("lower_case_words")
    words = value.split()
    out = []
    for i, word in enumerate(words):
        low = word.lower()
        core = low.strip(":,.;!?()\"'“”")
        if country_code(core) or core in acronyms:
            out.append(word.capitalize() if len(core) > 3 else word)
        elif lower_case is not None and core not in lower_case and len(core) > 2:
            out.append(low.capitalize())
        else:
            out.append(low)
    result = " ".join(out)
    return result[:1].upper() + result[1:]
