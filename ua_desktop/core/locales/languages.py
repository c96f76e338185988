"""Language names: what a language is called, and which language a name means.

- `language_label(code, ui_language)` is how every window names a language:
  its name in the window's language, then its own name in brackets when that
  differs ("Russian (русский)" in an English window, "Русский" in a Russian
  one). One form everywhere, so a person learns it once.
- `sheet_language_code(name)` reads a language name as sheets write it
  ("Kirghiz", "russe", "Spanisch") into its ISO 639-1 code;
- `LanguageResolver` reads what a person typed in a language column of a
  signer list ("ru", "RU-ru", "Russian", "russe", "русский") into one of the
  letter languages.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from functools import cache

from ua_desktop.core.locales.names import name_tables
from ua_desktop.core.text import fold, fold_compact, fold_phrase

def _cldr_name(code: str, locale: str) -> str:
    """CLDR's name of language `code` in `locale`; "" when CLDR knows neither."""
    from babel import Locale, UnknownLocaleError

    try:
        return Locale.parse(code.replace("-", "_")).get_display_name(locale) or ""
    except (UnknownLocaleError, ValueError, LookupError, TypeError):
        return ""


#: The languages whose labels are saved (`language_names_data`) in every
#: one of them as a window language: the letter and window languages. Their
#: labels are on screen at start, and reading them from CLDR would load the
#: data of every one of these locales (about 12 MB and 0.1 s).
SAVED_LABEL_LANGUAGES = ("en", "ru", "ky", "fr", "es", "de", "ar")
SAVED_LABEL_LOCALES = (*SAVED_LABEL_LANGUAGES, "en_GB")


@cache
def language_label(code: str, ui_language: str = "en") -> str:
    """How every window names a language: its name in `ui_language` with a
    capital, then its own name in brackets when that reads differently
    ("ru" in an English window: "Russian (русский)"; in a Russian window:
    "Русский"). A language CLDR does not know shows its name in English,
    or else the code as given. (`cldr_language_label`, read from the saved
    copy for the app's own languages.)"""
    if code in SAVED_LABEL_LANGUAGES and ui_language in SAVED_LABEL_LOCALES:
        from ua_desktop.core.locales.language_names_data import LABELS

        saved = LABELS.get((code, ui_language))
        if saved:
            return saved
    return cldr_language_label(code, ui_language)


def saved_language_labels() -> dict[tuple[str, str], str]:
    """What `language_names_data.LABELS` holds, from CLDR (for the generator
    and the test that the saved copy is current)."""
    return {(code, locale): cldr_language_label(code, locale)
            for code in SAVED_LABEL_LANGUAGES for locale in SAVED_LABEL_LOCALES}


def cldr_language_label(code: str, ui_language: str = "en") -> str:
    """`language_label` read from CLDR."""
    own = _cldr_name(code, code)
    name = _cldr_name(code, ui_language) or _cldr_name(code, "en") or own
    if not name:
        return code
    name = name[:1].upper() + name[1:]
    if own and fold(own) != fold(name):
        return f"{name} ({own})"
    return name


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


class LanguageResolver:
    """Turns what a person typed in a language column ("ru", "RU-ru",
    "Russian", "russe", "русский") into a letter-language code, or None."""

    def __init__(self, languages: Mapping | Iterable[str]):
        codes = list(languages.keys()) if isinstance(languages, Mapping) else list(languages)
        self._names: dict[str, str] = {}
        for code in codes:
            self._names[fold_compact(code)] = code
            language = languages[code] if isinstance(languages, Mapping) else None
            for attribute in ("english_name", "native_name"):
                if language is not None and getattr(language, attribute, ""):
                    self._names.setdefault(fold_compact(getattr(language, attribute)), code)
        self._babel_done = not codes

    def __call__(self, value: str) -> str | None:
        key = fold_compact(value)
        if not key:
            return None
        if key in self._names:
            return self._names[key]
        short = re.split(r"[-_ ]", value.strip().casefold())[0]
        if fold_compact(short) in self._names:
            return self._names[fold_compact(short)]
        if not self._babel_done:
            self._add_babel_names()
            return self._names.get(key)
        return None

    def _add_babel_names(self) -> None:
        self._babel_done = True
        from babel import Locale, UnknownLocaleError

        codes = set(self._names.values())
        for display in ("en", "fr", "es", "de", "ru", "ky", *codes):
            try:
                names = Locale.parse(display).languages
            except (UnknownLocaleError, ValueError, LookupError):
                continue
            for code in codes:
                if names.get(code):
                    self._names.setdefault(fold_compact(names[code]), code)
