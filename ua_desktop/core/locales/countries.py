"""Country names and their ISO codes: the one source for the importer, the
letters (``country_name()`` in templates), the envelopes and the windows.

All names come from Babel's CLDR data plus the spellings people and sheets
use that CLDR does not list. Two indexes answer:

- the sheet index (`sheet_country_code`, `find_countries`): the names in the
  sheet languages (English, French, Spanish, German) and the usual short
  forms. It is strict on purpose -- a line "Jordan" under a headline is a
  country, "fr" is not -- and saved in `names_data.py`, so it costs nothing
  to load;
- the wide index (`country_code`, `same_country`): also the names in the
  languages writers and recipients use ("Кыргызстан", "Francia",
  "ألمانيا") and the ISO codes themselves, built from Babel on first need
  (about 0.1 s).

`country_name` and `country_name_in` give a name for running text.
"""

from __future__ import annotations

import re
from functools import cache

from ua_desktop.core.locales.names import name_tables
from ua_desktop.core.text import fold_compact, fold_phrase, strip_accents

#: Spellings sheets use that CLDR does not list (or lists differently).
_SHEET_ALIASES = {
    "usa": "US", "u.s.a.": "US", "united states of america": "US", "us": "US", "uk": "GB",
    "united kingdom of great britain and northern ireland": "GB", "great britain": "GB", "england": "GB",
    "burma": "MM", "myanmar": "MM", "russian federation": "RU", "russia": "RU", "viet nam": "VN",
    "turkey": "TR", "türkiye": "TR", "turkiye": "TR", "syria": "SY", "syrian arab republic": "SY",
    "kyrgyz republic": "KG", "kirghizia": "KG", "kirghizistan": "KG", "kirgisistan": "KG", "czech republic": "CZ", "drc": "CD",
    "democratic republic of the congo": "CD", "democratic republic of congo": "CD", "dr congo": "CD",
    "republic of the congo": "CG", "republic of congo": "CG", "ivory coast": "CI", "cote d'ivoire": "CI",
    "côte d'ivoire": "CI", "iran": "IR", "islamic republic of iran": "IR", "swaziland": "SZ", "eswatini": "SZ",
    "macedonia": "MK", "north macedonia": "MK", "palestine": "PS", "occupied palestinian territories": "PS",
    "south korea": "KR", "republic of korea": "KR", "north korea": "KP", "laos": "LA", "bolivia": "BO",
    "venezuela": "VE", "tanzania": "TZ", "moldova": "MD", "the gambia": "GM", "gambia": "GM",
    "hong kong": "HK", "macau": "MO", "taiwan": "TW", "vatican": "VA", "brasil": "BR", "méxico": "MX",
    "perú": "PE", "россия": "RU", "кыргызстан": "KG", "казахстан": "KZ", "україна": "UA",
}
#: Further names a writer may type for their own country (only the wide index:
#: on a sheet, "America" or "Holland" is not a country line).
_WRITER_ALIASES = {
    "scotland": "GB", "wales": "GB", "america": "US", "киргизия": "KG", "кыргызская республика": "KG",
    "кыргыз республикасы": "KG", "рф": "RU", "deutschland": "DE", "holland": "NL",
}
#: The languages whose country names the wide index knows.
_WIDER_LOCALES = ("en", "fr", "es", "de", "ru", "ky", "it", "pt", "nl", "pl", "uz", "ar", "tr", "zh", "ja")
#: Short names that are countries in running text although shorter than four letters.
_SHORT_NAMES = ("iran", "iraq", "oman", "peru", "cuba", "chad", "mali", "laos", "togo", "fiji")
#: English names for running text where CLDR's is a list entry ("Congo - Kinshasa").
_ENGLISH_NAMES = {"US": "USA", "GB": "United Kingdom", "MM": "Myanmar", "CD": "Democratic Republic of the Congo",
                  "CG": "Republic of the Congo", "HK": "Hong Kong", "PS": "Palestine", "MO": "Macau",
                  "CI": "Côte d'Ivoire", "TR": "Turkey"}


# ------------------------------------------------------------------ the sheet index

@cache
def _sheet_table() -> dict[str, str]:
    """`fold_phrase`d country name (any sheet language) -> ISO code."""
    table = dict(name_tables()[0])
    for alias, code in _SHEET_ALIASES.items():
        table[fold_phrase(alias)] = code
    return table


@cache
def _country_regex() -> re.Pattern:
    names = sorted((n for n in _sheet_table() if len(n) >= 4 or n in _SHORT_NAMES), key=len, reverse=True)
    return re.compile(r"\b(" + "|".join(re.escape(n) for n in names) + r")\b")


def sheet_country_code(name: str) -> str | None:
    """The ISO code of `name` when it is a country as a sheet writes it
    ("KYRGYZSTAN", "Kirghizistan", "Russian Federation"), or None."""
    return _sheet_table().get(fold_phrase(name))


def find_countries(text: str) -> list[tuple[int, str]]:
    """(position, code) of every country a sheet language names in `text`."""
    folded = fold_phrase(text) if len(strip_accents(text)) == len(text) else None
    if folded is None or len(folded) != len(text):  # positions must match `text`
        folded = strip_accents(text).lower()
    table = _sheet_table()
    return [(m.start(), table[m.group(1)]) for m in _country_regex().finditer(folded)]


# ------------------------------------------------------------------ the wide index

@cache
def _wide_table() -> dict[str, str]:
    from babel import Locale

    table = {fold_compact(alias): code for alias, code in (_SHEET_ALIASES | _WRITER_ALIASES).items()}
    for locale in _WIDER_LOCALES:
        try:
            territories = Locale.parse(locale).territories
        except (ValueError, LookupError):
            continue
        for code, territory in territories.items():
            if len(code) == 2 and code.isalpha():
                table.setdefault(fold_compact(territory), code)
    return table


def country_code(name: str) -> str | None:
    """The ISO code of the country `name` names, in any language the app
    knows or as the code itself ("France", "KIRGHIZISTAN", "Кыргызстан",
    "fr"), or None."""
    key = fold_compact(name)
    if not key:
        return None
    found = sheet_country_code(name)
    if found is not None:
        return found
    table = _wide_table()
    if key in table:
        return table[key]
    stripped = name.strip()
    if len(stripped) == 2 and stripped.isalpha() and stripped.upper() in table.values():
        return stripped.upper()
    return None


def same_country(a: str, b: str) -> bool:
    """Whether two country names (in any of several languages, or ISO
    codes) name the same country: "Kyrgyzstan", "KIRGHIZISTAN", "Кыргызстан"."""
    if fold_compact(a) == fold_compact(b):
        return True
    code_a, code_b = country_code(a), country_code(b)
    return code_a is not None and code_a == code_b


# ------------------------------------------------------------------ names for running text

def country_name(code: str) -> str:
    """The country's English name for running text ("KG" -> "Kyrgyzstan");
    the code itself when CLDR does not know it."""
    return _ENGLISH_NAMES.get(code) or name_tables()[2].get(code, code)


def country_name_in(name: str, locale: str) -> str:
    """The country `name` as `locale` writes it ("France" in a Spanish
    letter: "Francia"), or `name` as given when it is not a country this
    module knows, or CLDR's name for it is not one for running text
    ("Congo - Kinshasa", "Hong Kong SAR China"). The letter languages'
    names are saved in `running_names_data.py`."""
    code = country_code(name)
    if code is None:
        return name
    from ua_desktop.core.locales.running_names_data import RUNNING_NAMES

    saved = RUNNING_NAMES.get(locale)
    local = saved.get(code) if saved is not None else running_names(locale).get(code)
    return local or name


def running_names(locale: str) -> dict[str, str]:
    """{code: name} of every country whose CLDR name in `locale` is one for
    running text, from Babel ({} for a locale Babel does not know)."""
    from babel import Locale

    try:
        territories = Locale.parse(locale).territories
    except (ValueError, LookupError):
        return {}
    return {code: local for code, local in territories.items()
            if local and "(" not in local and " - " not in local and "SAR" not in local}
