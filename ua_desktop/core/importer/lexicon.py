"""Language names in a sheet's "write in ..." phrase. The names themselves
(from Babel's CLDR data plus the spellings sheets use) live in
`ua_desktop.core.locales`, as do country names. A language whose lexicon
(`resources/importer/lexicon/<lang>.json`) gives `language_name_forms` also
has its own names for languages read in the forms its sheets write them
("на русском языке", "по-русски"), from Babel's nominatives."""

from __future__ import annotations

import re
from functools import lru_cache

from ua_desktop.core.locales.languages import sheet_language_code
from ua_desktop.core.text import fold, fold_phrase, strip_accents

from .keywords import entries, lexicons

@lru_cache(maxsize=1)
def _not_language_words() -> frozenset[str]:
    """Words of a "write in ..." phrase that name no language ("your", "own", "oder", "oficial")."""
    return frozenset(fold_phrase(w) for w in entries("not_language_words"))


@lru_cache(maxsize=1)
def _inflected_names() -> dict[str, str]:
    """Language names in the grammatical forms of each lexicon that gives `language_name_forms`:
    Babel's nominatives and the lexicon's aliases, each with its endings replaced ("русский" ->
    "русском", "русского", "русски"). Built on the first word a sheet's own names may hold."""
    from babel import Locale, UnknownLocaleError

    table: dict[str, str] = {}
    for lang, lexicon in lexicons().items():
        rules = lexicon.get("language_name_forms")
        if not rules:
            continue
        try:
            names = {fold_phrase(name): code for code, name in Locale.parse(lang).languages.items() if len(code) == 2}
        except (UnknownLocaleError, ValueError, LookupError):
            names = {}
        names.update({fold_phrase(name): code for name, code in lexicon.get("language_name_aliases", {}).items()})
        for name, code in names.items():
            table.setdefault(name, code)
            for rule in rules if " " not in name else ():
                ending = fold(rule["ending"])
                if name.endswith(ending):
                    for form in rule["forms"]:
                        table.setdefault(name[:-len(ending)] + fold(form), code)
    return table


def _language_code(word: str) -> str | None:
    """The code of a one-word language name, in a sheet language or in a form a lexicon derives;
    "по-русски" is looked up whole, then as its last part."""
    code = sheet_language_code(word)
    if code or strip_accents(word).isascii():  # the derived forms are all in other scripts
        return code
    key = fold_phrase(word)
    return _inflected_names().get(key) or _inflected_names().get(key.rsplit("-", 1)[-1])


def languages_in(phrase: str) -> list[str]:
    """ISO 639-1 codes of the language names in a phrase like
    "in Russian, Kyrgyz, English or your own language"."""
    words = re.findall(r"[^\W\d_]+(?:[-'][^\W\d_]+)?", phrase)
    codes: list[str] = []
    i = 0
    while i < len(words):
        two = fold_phrase(" ".join(words[i:i + 2])) if i + 1 < len(words) else ""
        one = fold_phrase(words[i])
        if two and sheet_language_code(two) and two.split()[0] not in _not_language_words():
            code = sheet_language_code(two)
            i += 2
        elif one not in _not_language_words() and (words[i][0].isupper() or len(one) > 3) and _language_code(words[i]):
            code = _language_code(words[i])
            i += 1
        else:
            i += 1
            continue
        if code not in codes:
            codes.append(code)
    return codes
