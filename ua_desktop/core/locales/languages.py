"""Language names: what a language is called, and which language a name means.

- `language_label(code, ui_language)` is how every window names a language:
  its name in the window's language, then its own name in brackets when that
  differs ("Russian (русский)" in an English window, "Русский" in a Russian
  one). One form everywhere, so a person learns it once.
- `sheet_language_code(name)` reads a language name as sheets write it
  ("Kirghiz", "russe", "Spanisch") into its ISO 639-1 code.
"""

from __future__ import annotations

from functools import cache

from ua_desktop.core.locales.names import name_tables
from ua_desktop.core.text import fold_phrase

#: Names sheets use that CLDR does not list.
_SHEET_LANGUAGE_ALIASES = {
    "farsi": "fa", "persian": "fa", "kirghiz": "ky", "kirgiz": "ky", "kyrgyz": "ky", "mandarin": "zh",
    "chinese": "zh", "castellano": "es", "castilian": "es", "brazilian portuguese": "pt",
    "kyrgyzisch": "ky", "kirgisisch": "ky", "kirghize": "ky", "kurdish": "ku", "sorani": "ckb",
    "uzbek": "uz", "ouzbek": "uz", "usbekisch": "uz", "tajik": "tg", "belarusian": "be", "burmese": "my",
}


@cache
def _sheet_language_table() -> dict[str, str]:
    table = dict(name_tables()[1])
    for alias, code in _SHEET_LANGUAGE_ALIASES.items():
        table[fold_phrase(alias)] = code
    return table


def sheet_language_code(name: str) -> str | None:
    """The ISO 639-1 code of a language name as a sheet writes it, or None."""
    return _sheet_language_table().get(fold_phrase(name))
