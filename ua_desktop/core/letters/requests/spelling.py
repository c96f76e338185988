"""Spelling rules that depend on the next word, applied to a finished
phrase: English a → an before a vowel, French elision (de + voyelle → d’), Spanish y → e and o → u before
the same sound."""

from __future__ import annotations

import re

__all__ = ["polish"]

#: The word before is read too: after a capitalised word, "de", "la", "le"
#: belong to a name ("Maria de Oliveira", "Jean de La Fontaine") and stay.
_FR_ELISION = re.compile(r"(\w[\w'’-]* )?\b([dD]e|[qQ]ue|[jJ]e|[lL]e|[lL]a) (?=[AEIOUYÂÊÎÔÛÉÈaeiouyâêîôûéè])")
_EN_ARTICLE = re.compile(r"\b([aA]) (?=(?:[aeioAEIO]|un(?!i)|hour|honest))")
_ES_Y = re.compile(r" y (?=h?[iI](?![aeouáéó]))")
_ES_O = re.compile(r" o (?=h?[oO])")


def polish(text: str, language: str) -> str:
    if language == "en":
        return _EN_ARTICLE.sub(lambda m: m.group(1) + "n ", text)
    if language == "fr":
        return _FR_ELISION.sub(_elide, text)
    if language == "es":
        return _ES_O.sub(" u ", _ES_Y.sub(" e ", text))
    return text


def _elide(match: re.Match) -> str:
    before, word = match.group(1) or "", match.group(2)
    if before[:1].isupper():
        return match.group(0)
    return before + word[:-1] + "’"
