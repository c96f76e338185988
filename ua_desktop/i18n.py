"""UI message translation through gettext catalogs made with Babel.

Catalogs live in ``translations/<lang>/LC_MESSAGES/ua_desktop.mo``; their
sources are the ``.po`` files beside them (``tools/update_translations.py``
extracts, updates and compiles them). There is no Qt here: the core's error
messages are translated with the same catalogs, and the GUI additionally
loads Qt's own ``qtbase_*.qm`` for built-in dialog buttons.

Nothing happens at import time: the language is English until `set_language`
is called.
"""

from __future__ import annotations

import gettext as _gettext
from pathlib import Path

DOMAIN = "ua_desktop"
#: The language the messages are written in. Its catalog translates every
#: message to itself (tests/test_translations.py checks), so it is not read:
#: 220 kB and a millisecond off the window's start.
SOURCE_LANGUAGE = "en"

_translation: _gettext.NullTranslations = _gettext.NullTranslations()
_language = "en"


def set_language(language: str, localedir: Path | None = None) -> str:
    """Switch UI messages to `language`; fall back to English safely.

    Returns the language actually in use.
    """
    global _translation, _language
    if language == SOURCE_LANGUAGE:  # the messages are written in English: nothing to read
        _translation, _language = _gettext.NullTranslations(), SOURCE_LANGUAGE
        return _language
    if localedir is None:
        from ua_desktop.paths import translations_dir

        localedir = translations_dir()
    try:
        _translation = _catalog(Path(localedir), language)
        _language = language
    except (OSError, ValueError):
        _translation = _gettext.NullTranslations()
        _language = "en"
    return _language


_catalogs: dict[Path, _gettext.GNUTranslations] = {}


def _catalog(localedir: Path, language: str) -> _gettext.GNUTranslations:
    """The catalog of `language`, read straight from the file where our
    catalogs keep it (and kept for the next switch, as gettext keeps it).
    gettext's own search first normalises the code through the `locale`
    module (about 1 ms, on the window's start path); it is still asked for
    any other spelling of a language ("de_DE") or a catalog we do not have."""
    path = localedir / language / "LC_MESSAGES" / f"{DOMAIN}.mo"
    if not language.replace("_", "").isalnum() or not path.is_file():
        return _gettext.translation(DOMAIN, localedir=str(localedir), languages=[language])
    if path not in _catalogs:
        with open(path, "rb") as file:
            _catalogs[path] = _gettext.GNUTranslations(file)
    return _catalogs[path]


def current_language() -> str:
    return _language


#: The Babel/CLDR locale for dates in the window, by UI language. English
#: dates are written the way the case sheets write them ("30 July 2010").
_BABEL_LOCALES = {"en": "en_GB"}


def babel_locale() -> str:
    return _BABEL_LOCALES.get(_language, _language)


def _(message: str) -> str:
    """Translate a UI message."""
    return _translation.gettext(message)


def ngettext(singular: str, plural: str, n: int) -> str:
    return _translation.ngettext(singular, plural, n)


def N_(message: str) -> str:
    """Mark a message for extraction without translating it yet."""
    return message


def pgettext(context: str, message: str) -> str:
    """Translate a UI message given in a context: the same words may need
    another translation there. The main window's buttons and fields use the
    context "main window": each carries an Alt-key letter (&) unique in that
    window with its menu bar, chosen per language, apart from the letter the
    menu entry of the same words has."""
    return _translation.pgettext(context, message)
