"""The sheet's own salutation, made fit for a letter in a given language.

Sheets give one salutation per recipient, sometimes one per language in one
line ("Dear Minister/Estimado Señor Secretario de Seguridad"), sometimes one
in another language than the sheet's, and sometimes one cut short
("Sehr geehrter Herr," with the name missing). A letter takes the part in
its own language, complete, or none (the office's salutation from the
letter language's table is used then).
"""

from __future__ import annotations

import re

from ua_desktop.core.text import clean_line, fold

__all__ = ["salutation_language", "sheet_salutation"]

#: How a salutation starts, per letter language (folded: lower case, no accents).
_STARTS = {
    "en": re.compile(r"^(?:dear|your (?:excellency|majesty|highness|honou?r)|excellency)\b"),
    "fr": re.compile(r"^(?:monsieur|madame|mesdames|messieurs|excellence|majeste|votre (?:excellence|majeste|altesse)|cher|chere)\b"),
    "es": re.compile(r"^(?:estimad[oa]s?|senor|senora|senores|excelentisim[oa]|excelencia|distinguid[oa]|majestad|alteza|su excelencia)\b"),
    "de": re.compile(r"^(?:sehr geehrte[rn]?|exzellenz|eure (?:majestat|hoheit|exzellenz)|liebe[rn]?)\b"),
    "ru": re.compile(r"^(?:уважаем|глубокоуважаем|ваше (?:превосходительство|величество|высочество))"),
    "ky": re.compile(r"^(?:урматтуу|ардактуу)"),
}
_ARABIC = re.compile("[\u0600-\u06ff]")
#: Words that need a name after them: a salutation ending with one is cut short.
_NEEDS_A_NAME = frozenset(
    "dear mr mrs ms miss dr herr frau herrn sr sra sr. sra. don dona m. mme monsieur, "
    "господин госпожа уважаемый уважаемая мырза".split()
)
_SEPARATORS = re.compile(r"\s*(?:/|\||//)\s*")


def salutation_language(text: str) -> str | None:
    """The letter language a salutation is written in, or None if unsure."""
    if _ARABIC.search(text):
        return "ar"
    folded = fold(clean_line(text))
    for language, start in _STARTS.items():
        if start.match(folded):
            return language
    return None


def sheet_salutation(text: str, language: str, source_language: str) -> str:
    """The part of the sheet's salutation `text` for a letter in `language`,
    or "" when the sheet gives none in that language or gives it cut short.
    A part that does not say its language is taken to be in the sheet's."""
    text = clean_line(text).rstrip(" ,!:;")
    if not text:
        return ""
    parts = _SEPARATORS.split(text)
    languages = [salutation_language(part) for part in parts]
    if len(parts) > 1 and not (all(languages) and len(set(languages)) == len(parts)):
        parts, languages = [text], [salutation_language(text)]  # "Señor/a Fiscal": one salutation
    for part, part_language in zip(parts, languages):
        if (part_language or source_language) == language and _complete(part):
            return part.rstrip(" ,!:;")
    return ""


def _complete(salutation: str) -> bool:
    words = salutation.rstrip(" ,!:;").split()
    return bool(words) and fold(words[-1]) not in _NEEDS_A_NAME
