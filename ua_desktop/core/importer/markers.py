"""The words of a sheet's headings and markers ("PLEASE SEND APPEALS TO:",
"Y copia a:", "Hintergrundinformationen"), by what they mark, from the
lexicon data files (`resources/importer/lexicon/<lang>.json`, key
"markers"): a new language is a new file. The shapes around the words (a
heading alone on its line, a label before a colon) stay in `sections.py`.

Entries are regular expressions on accent-free lower case (`sections.key`).
An accented letter in an entry, or "~", stands for a letter extraction may
have dropped ("ACCIN URGENTE"); a space may be missing in the sheet
("PLEASE SENDAPPEALS")."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from ua_desktop.core.text import fold

from .keywords import lexicons


def _entry(pattern: str) -> str:
    out = []
    for ch in pattern:
        if ch.isascii():
            out.append(ch)
        elif unicodedata.category(ch).startswith("L") and fold(ch).isascii():
            out.append("~")  # "é": e, or dropped by extraction
        else:
            out.append(fold(ch))  # other scripts: the folded letter ("й" -> "и")
    return "".join(out)


@lru_cache(maxsize=None)
def words(kind: str) -> tuple[str, ...]:
    """The entries of one kind ("targets", "copies", "background"...) of every language."""
    found: list[str] = []
    for lexicon in lexicons().values():
        for entry in lexicon.get("markers", {}).get(kind, []):
            if _entry(entry) not in found:
                found.append(_entry(entry))
    return tuple(found)


def alternation(kind: str) -> str:
    """'(?:a|b|c)' of the entries of one kind (never empty: a kind no lexicon has matches nothing)."""
    entries = words(kind)
    return "(?:" + "|".join(entries) + ")" if entries else "(?!)"


def marker(pattern: str) -> re.Pattern:
    """A marker pattern with `{kind}` placeholders filled with each kind's alternation. Extraction
    sometimes glues words, so every space is optional; "~" is a letter that may be missing."""
    filled = re.sub(r"\{([a-z_]+)\}", lambda m: alternation(m.group(1)), pattern)  # a kind, not a count ("\d{2}")
    return re.compile(filled.replace(" ", " ?").replace("~", "[a-z]?"), re.IGNORECASE)


def plain(kind: str) -> re.Pattern:
    """The entries of one kind as one pattern, searched in the sheet's own text (spaces as written)."""
    return re.compile(alternation(kind).replace("~", "[a-z]?"), re.IGNORECASE)


def raw(kind: str) -> str:
    """The entries of one kind as one alternation matched on the sheet's own text (case ignored by the
    caller): "é" matches "é" or "e"."""
    entries: list[str] = []
    for lexicon in lexicons().values():
        for entry in lexicon.get("markers", {}).get(kind, []):
            if _raw_entry(entry) not in entries:
                entries.append(_raw_entry(entry))
    return "(?:" + "|".join(entries) + ")" if entries else "(?!)"


def _raw_entry(pattern: str) -> str:
    """An entry matched on the sheet's own text: "é" matches "é" or "e"."""
    return "".join(f"[{ch}{fold(ch)}]" if not ch.isascii() and ch.isalpha() and fold(ch).isascii() and fold(ch)
                   else ch for ch in pattern)


def labels(kind: str) -> str:
    """The contact labels of one kind ("fax", "email", "phone", "social", "salutation", "web") of every
    language, as one alternation matched on the sheet's own text ("t[ée]l[ée]copie|telefax|...")."""
    entries: list[str] = []
    for lexicon in lexicons().values():
        for entry in lexicon.get("contact_labels", {}).get(kind, []):
            if _raw_entry(entry) not in entries:
                entries.append(_raw_entry(entry))
    return "|".join(entries) or "(?!)"
