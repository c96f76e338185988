"""Country names as people type them, in any of several languages, and
their ISO codes.

One lookup for the whole app: the importer's table of the sheet languages
(English, French, Spanish, German, with the spellings sheets use; saved in
`locales/names_data.py`, so it costs nothing to load) answers first. Only
a name it does not know ("Кыргызстан", "Francia", "ألمانيا") builds the
wider table from Babel's CLDR names in the languages writers and
recipients use, once (about 0.1 s).
"""

from __future__ import annotations

from functools import cache

from ua_desktop.core.events.signers import _key

#: Names CLDR does not list, reduced as `_key` does.
_EXTRA_COUNTRY_NAMES = {
    "uk": "GB", "greatbritain": "GB", "england": "GB", "scotland": "GB", "wales": "GB", "usa": "US", "us": "US",
    "unitedstatesofamerica": "US", "america": "US", "kyrgyzrepublic": "KG", "kirghizia": "KG", "киргизия": "KG",
    "кыргызскаяреспублика": "KG", "кыргызреспубликасы": "KG", "россия": "RU", "рф": "RU", "deutschland": "DE",
    "holland": "NL", "russia": "RU", "russianfederation": "RU",
}
_WIDER_LOCALES = ("en", "fr", "es", "de", "ru", "ky", "it", "pt", "nl", "pl", "uz", "ar", "tr", "zh", "ja")


def country_code(name: str) -> str | None:
    """The ISO code of the country `name` names ("France", "KIRGHIZISTAN",
    "Кыргызстан", "fr"), or None."""
    key = _key(name)
    if not key:
        return None
    from ua_desktop.core.importer.lexicon import country_code as sheet_country_code

    found = sheet_country_code(name)
    if found is not None:
        return found
    table = _wider_table()
    if key in table:
        return table[key]
    stripped = name.strip()
    if len(stripped) == 2 and stripped.isalpha() and stripped.upper() in table.values():
        return stripped.upper()
    return None


def same_country(a: str, b: str) -> bool:
    """Whether two country names (in any of several languages, or ISO
    codes) name the same country: "Kyrgyzstan", "KIRGHIZISTAN", "Кыргызстан"."""
    if _key(a) == _key(b):
        return True
    code_a, code_b = country_code(a), country_code(b)
    return code_a is not None and code_a == code_b


@cache
def _wider_table() -> dict[str, str]:
    table = dict(_EXTRA_COUNTRY_NAMES)
    try:
        from babel import Locale
    except ImportError:  # pragma: no cover
        return table
    for locale in _WIDER_LOCALES:
        try:
            territories = Locale.parse(locale).territories
        except (ValueError, LookupError):
            continue
        for code, territory in territories.items():
            if len(code) == 2 and code.isalpha():
                table.setdefault(_key(territory), code)
    return table


def country_name_in(name: str, locale: str) -> str:
    """The country `name` as `locale` writes it ("France" in a Spanish
    letter: "Francia"), or `name` as given when it is not a country this
    module knows, or CLDR's name for it is not one for running text
    ("Congo - Kinshasa", "Hong Kong SAR China")."""
    code = country_code(name)
    if code is None:
        return name
    try:
        from babel import Locale

        local = Locale.parse(locale).territories.get(code)
    except (ValueError, LookupError):
        return name
    if not local or "(" in local or " - " in local or "SAR" in local:
        return name
    return local
