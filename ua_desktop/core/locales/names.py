"""The country and language names of the sheet languages, from Babel's CLDR data.

`build_name_tables` reads them from Babel (loading four locales costs about
0.1 s); `names_data.py` is its result, saved, so that reading a first sheet
or addressing a first envelope costs nothing. After a Babel upgrade,
regenerate it with ``python3 tools/generate_names_data.py`` (a test checks
that it is current).
"""

from __future__ import annotations

import re
from functools import cache

from ua_desktop.core.text import fold_phrase

#: The languages sheets are written in.
SHEET_LOCALES = ("en", "fr", "es", "de")
_NOT_COUNTRIES = ("ZZ", "EU", "EZ", "UN", "QO", "XA", "XB")  # CLDR's groupings and test codes


def squeeze(value: str) -> str:
    """The name as text extraction leaves it when it drops accented letters
    ("español" -> "espaol")."""
    return " ".join(re.sub(r"[^\x00-\x7f]", "", value.lower().replace("’", "'")).split()).strip(" .,;:")


def build_name_tables() -> tuple[dict[str, str], dict[str, str], dict[str, str]]:
    """(country name -> code, language name -> code, code -> English country
    name): the names in every sheet language, keyed by `fold_phrase`."""
    from babel import Locale

    locales = [Locale.parse(code) for code in SHEET_LOCALES]
    countries: dict[str, str] = {}
    languages: dict[str, str] = {}
    for locale in locales:
        for code, name in sorted(locale.territories.items()):
            if code.isalpha() and len(code) == 2 and code not in _NOT_COUNTRIES:
                countries.setdefault(fold_phrase(name), code)
                plain = re.sub(r"\s*\(.*\)$", "", name)
                countries.setdefault(fold_phrase(plain), code)
                if len(squeeze(plain)) >= 5:
                    countries.setdefault(squeeze(plain), code)
        for code, name in sorted(locale.languages.items()):
            if len(code) == 2:
                languages.setdefault(fold_phrase(name), code)
                if len(squeeze(name)) >= 5 and squeeze(name) != fold_phrase(name):
                    languages.setdefault(squeeze(name), code)
    english = {code: name for code, name in sorted(locales[0].territories.items())
               if len(code) == 2 and code.isalpha()}
    return countries, languages, english


@cache
def name_tables() -> tuple[dict[str, str], dict[str, str], dict[str, str]]:
    """`build_name_tables`, from the saved copy."""
    from ua_desktop.core.locales import names_data

    return names_data.COUNTRIES, names_data.LANGUAGES, names_data.ENGLISH
