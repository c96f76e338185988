"""Language names in a sheet's "write in ..." phrase. The names themselves
(from Babel's CLDR data plus the spellings sheets use) live in
`ua_desktop.core.locales`, as do country names."""

from __future__ import annotations

import re

from ua_desktop.core.locales.languages import sheet_language_code
from ua_desktop.core.text import fold_phrase

_LANGUAGE_STOP = {"your", "own", "language", "languages", "or", "and", "in", "en", "et", "y", "o", "ou", "und",
                  "oder", "the", "local", "votre", "propre", "langue", "su", "propio", "idioma", "ihrer",
                  "sprache", "auf", "eigenen", "also", "you", "can", "write", "preferably", "either", "any",
                  "other", "as", "well", "if", "possible", "des", "la", "le", "de", "autre", "otra", "andere",
                  "si", "sinon", "einer", "oficial"}


def languages_in(phrase: str) -> list[str]:
    """ISO 639-1 codes of the language names in a phrase like
    "in Russian, Kyrgyz, English or your own language"."""
    words = re.findall(r"[^\W\d_]+(?:[-'][^\W\d_]+)?", phrase)
    codes: list[str] = []
    i = 0
    while i < len(words):
        two = fold_phrase(" ".join(words[i:i + 2])) if i + 1 < len(words) else ""
        one = fold_phrase(words[i])
        if two and sheet_language_code(two) and two.split()[0] not in _LANGUAGE_STOP:
            code = sheet_language_code(two)
            i += 2
        elif sheet_language_code(one) and one not in _LANGUAGE_STOP and (words[i][0].isupper() or len(one) > 3):
            code = sheet_language_code(one)
            i += 1
        else:
            i += 1
            continue
        if code not in codes:
            codes.append(code)
    return codes
