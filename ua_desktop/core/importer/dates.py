"""Dates as sheets write them, in English, French, Spanish, German (and a few
more), including month names whose accented letters extraction dropped."""

from __future__ import annotations

import datetime as dt
import re

from ua_desktop.core.text import strip_accents

from .keywords import entries

#: The languages whose month names sheets are read with (CLDR, through Babel).
MONTH_LOCALES = ("en", "fr", "es", "de", "pt", "it", "nl", "ru")


def _build_month_table() -> dict[str, int]:
    """Month name -> number, from CLDR's wide and abbreviated names (format and
    stand-alone forms, so Russian «июля» and «июль») in the sheet languages."""
    from babel import Locale

    table: dict[str, int] = {}

    def add(name: str, number: int) -> None:
        name = name.lower().rstrip(".")
        for key in {name, strip_accents(name), re.sub(r"[^a-zа-я]", "", name)}:
            if key:
                table.setdefault(key, number)

    for code in MONTH_LOCALES:
        months = Locale.parse(code).months
        for context in ("format", "stand-alone"):
            for width in ("wide", "abbreviated"):
                for number, name in months[context][width].items():
                    add(name, number)
    for number in range(1, 13):  # spellings sheets use that CLDR does not list: the lexicons' `month_spellings`
        for name in entries("month_spellings", str(number)):
            add(name, number)
    return table


MONTHS = _build_month_table()
_MONTH_WORD = r"([A-Za-zÀ-ÿА-Яа-я]{3,10})\.?"
_DAY = r"(\d{1,2})(?:st|nd|rd|th|er|º|°|\.)?"
_YEAR = r"(\d{4})"
# 30 July 2010 / 30. Juli 2010 / 30 de julio de 2010 / 1er mars 2012 / 17June
_DMY = re.compile(r"(?<!\d)" + _DAY + r"\s*(?:de\s+)?" + _MONTH_WORD + r"(?:\s*,?\s*(?:de(?:l)?\s+)?" + _YEAR + r")?", re.IGNORECASE)
# September 2, 2021 / July 30 2010
_MDY = re.compile(r"\b" + _MONTH_WORD + r"\s+" + _DAY + r"(?!\d)(?:\s*,?\s*" + _YEAR + r")?", re.IGNORECASE)
_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
_NUMERIC = re.compile(r"\b(\d{1,2})[./](\d{1,2})[./](\d{4})\b")


def _month(word: str) -> int | None:
    word = word.lower().rstrip(".")
    if word in MONTHS:
        return MONTHS[word]
    bare = strip_accents(word)
    if bare in MONTHS:
        return MONTHS[bare]
    # accented letters dropped by extraction ("fvrier", "dcembre", "aot")
    for name, number in MONTHS.items():
        if len(name) >= 5 and len(bare) >= 3 and re.sub(r"[^a-z]", "", strip_accents(name)) != name:
            squeezed = "".join(ch for ch in name if ch.isascii())
            if bare == squeezed:
                return number
    return None


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def find_dates(text: str, default_year: int | None = None) -> list[tuple[int, dt.date, bool]]:
    """Every date in `text` as (position, date, year_was_guessed), in order."""
    found: dict[int, tuple[int, dt.date, bool]] = {}
    taken: list[tuple[int, int]] = []

    def free(m: re.Match) -> bool:
        return not any(a < m.end() and m.start() < b for a, b in taken)
    for m in _ISO.finditer(text):
        d = _safe_date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        if d:
            found[m.start()] = (m.start(), d, False)
            taken.append(m.span())
    for pattern, order in ((_DMY, "dmy"), (_MDY, "mdy")):
        for m in pattern.finditer(text):
            if not free(m):
                continue
            if order == "dmy":
                day, word, year = m.group(1), m.group(2), m.group(3)
            else:
                word, day, year = m.group(1), m.group(2), m.group(3)
            month = _month(word)
            if month is None:
                continue
            guessed = year is None
            if guessed:
                if default_year is None:
                    continue
                year = default_year
            d = _safe_date(int(year), month, int(day))
            if d:
                found[m.start()] = (m.start(), d, guessed)
                taken.append(m.span())
    for m in _NUMERIC.finditer(text):
        if not free(m):
            continue
        d = _safe_date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
        if d:
            found[m.start()] = (m.start(), d, False)
    return [found[k] for k in sorted(found)]


def first_date(text: str, default_year: int | None = None) -> tuple[dt.date, bool] | None:
    dates = find_dates(text, default_year)
    if not dates:
        return None
    return dates[0][1], dates[0][2]
