"""The reference facts of a sheet: its labelled fields, UA and index
numbers, date of issue, and the languages it asks letters in."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from functools import lru_cache

from . import sections as S
from .markers import marker
from .dates import find_dates
from .keywords import entries
from .lexicon import languages_in

# "UA 135/10", "AU: 60/2016", and the US section's "UA 61.22" / "Urgent Action 61.22"
UA_NUMBER = re.compile(r"(?:\b(?:UA|AU|EA)\b[\s:#.-]*(?:N[ºo°]\.?\s*|Nr\.?\s*)?(\d{1,3})\s*/\s*(\d{2}|\d{4})\b"
                       r"|\b(?:UA|Urgent Action)\s+(\d{1,3})\.(\d{2})\b(?!\.?\d))")
INDEX_NUMBER = re.compile(r"\b([A-Z]{3})\s?(\d{2})\s*/\s*(\d{3,4})\s*/\s*((?:19|20)\d{2})\b")
# "Preferred language: ...", "write ... in Russian, Kyrgyz or English": the words per language are data (markers.py)
# ("по-русски": a prefix glued to the name instead of a preposition)
_LANG_PHRASE = marker(r"{language_labels}\s*:?\s*(.+)"
                      r"|(?:{language_phrase_verbs})\b[^.:\n]{0,60}?\b(?:{language_prepositions}\s+|(?={language_adverb_prefixes}))(.+)")
_LANG_STOP = marker(r"\b(?:{language_phrase_stops}|:)")
_LANGUAGE_FIELD = marker(r"{language_field_words}")  # "PREFERRED LANGUAGE TO ADDRESS TARGET: ..."


def meta_fields(meta_lines: list[str], all_lines: list[str]) -> dict[str, str]:
    """Labelled fields ("Index number: ...") of the sheet's head, and any such line elsewhere."""
    fields: dict[str, str] = {}
    for line in meta_lines:
        m = re.match(r"^\s*([^:]{3,70}?)\s*:\s*(.*)$", line)
        if m:
            name = S.key(m.group(1))
            name = re.sub(r"\s*\(.*\)$", "", name)
            fields.setdefault(name, m.group(2).strip())
    for line in all_lines:  # labelled lines inside other zones
        m = re.match(r"^\s*(urgent action title|urgent action type and number|index number|publication date|ai index)\s*:\s*(.+)$", S.key(line))
        if m:
            fields.setdefault(m.group(1), line.split(":", 1)[1].strip())
    return fields

def ua_number(text: str, meta: dict[str, str]) -> str:
    """"UA 135/10" from "UA: 135/10", "AU 60/2016" and the like, or ""."""
    source = meta.get("urgent action type and number") or text[:3000]
    m = UA_NUMBER.search(source)
    if not m:
        m = UA_NUMBER.search(text)
    if not m:
        return ""
    number, year = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
    return f"UA {int(number)}/{year[-2:]}"

def index_number(text: str, meta: dict[str, str]) -> str:
    """"EUR 58/007/2010" and the like, or ""."""
    source = meta.get("index number") or meta.get("ai index") or text
    labelled = re.search(r"(?:index|[ií]ndice)(?:\s*(?:ai|number))?\s*:?\s*" + INDEX_NUMBER.pattern, text, re.IGNORECASE)
    m = INDEX_NUMBER.search(source) if source is not text else None
    if m is None and labelled:
        return f"{labelled.group(1).upper()} {labelled.group(2)}/{labelled.group(3)}/{labelled.group(4)}"
    m = m or INDEX_NUMBER.search(text)
    if not m:
        return ""
    return f"{m.group(1)} {m.group(2)}/{m.group(3)}/{m.group(4)}"

def issued(meta: dict[str, str], lines: list[str]) -> dt.date | None:
    """The sheet's date of issue, where it gives one."""
    for key_name in ("publication date", "date of issue", "issue date", "date de publication", "fecha de publicacion"):
        if meta.get(key_name):
            found = find_dates(meta[key_name])
            if found:
                return found[0][1]
    for line in lines:
        m = _date_label().search(line)
        if m and (INDEX_NUMBER.search(line) or UA_NUMBER.search(line)) and len(line) < 200:
            found = [d for d in find_dates(line[m.end():]) if not d[2]]
            if found:
                return found[0][1]
    return None

@lru_cache(maxsize=1)
def _date_label() -> re.Pattern:
    """The label of a header's or footer's date ("Date:", "Datum:", "Fecha:"): the lexicons' `date_labels`."""
    return re.compile(r"\b(?:" + "|".join(map(re.escape, entries("date_labels"))) + r")\s*:", re.IGNORECASE)


def year_hint(text: str, ua_number: str, index_number: str) -> int | None:
    """The year dates without one most likely belong to."""
    if index_number:
        return int(index_number[-4:])
    if ua_number:
        return 2000 + int(ua_number[-2:])
    years = Counter(re.findall(r"\b(20[0-4]\d|19[89]\d)\b", text))
    return int(years.most_common(1)[0][0]) if years else None


def languages_named(text: str) -> list[str]:
    """The languages named in a block that asks for letters in them, up to the request's lead-in
    ("Escribe inmediatamente en español o en tu propio idioma, pidiendo ..." -> ["es"])."""
    stop = _LANG_STOP.search(text)
    return languages_in(text[:stop.start()] if stop else text)


_OWN_LANGUAGE = marker(r"{own_language}")


def own_language_welcome(lines: list[str]) -> bool:
    """The sheet welcomes letters in the writer's own language ("... English or your own language")."""
    return any(_OWN_LANGUAGE.search(S.key(line)) for line in lines if len(line) < 600)


def write_languages(meta: dict[str, str], lines: list[str]) -> list[str]:
    """The languages the sheet asks letters in, as ISO 639-1 codes."""
    for key_name, value in meta.items():
        if _LANGUAGE_FIELD.search(key_name):
            codes = languages_in(value)
            if codes:
                return codes
    for i, line in enumerate(lines):
        m = _LANG_PHRASE.search(S.key(line)) if len(line) < 400 else None
        if not m:
            continue
        start = m.start(1) if m.group(1) is not None else m.start(2)
        phrase = line[start:]
        if not _LANG_STOP.search(phrase) and i + 1 < len(lines):
            phrase += " " + lines[i + 1]
        stop = _LANG_STOP.search(phrase)
        if stop:
            phrase = phrase[:stop.start()]
        codes = languages_in(phrase)
        if codes:
            return codes
    return []
