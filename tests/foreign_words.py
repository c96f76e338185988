"""Finding words of another language in a letter, for every letter language.

Two checks, both driven by ``tests/data/function_words.json`` (test data):

- script: a Russian or Kyrgyz letter holds no Latin or Arabic word, an
  Arabic letter no Latin or Cyrillic word, a Latin-script letter no Cyrillic
  or Arabic word; a Russian letter holds no letter only Kyrgyz uses (ң ө ү);
- function words: a word listed for another language of the same script
  and not for the letter's own ("the" in a French letter, "y" or "de" in a
  German one, "и" in a Kyrgyz one).

Names, the sender's own words, postal addresses and asks the letter reports
as untranslated are taken out first (see ``lang_helpers.allowed_text``).
"""

from __future__ import annotations

import json
import re
import unicodedata
from functools import cache
from pathlib import Path

_DATA = Path(__file__).parent / "data" / "function_words.json"
_WORD = re.compile(r"[^\W\d_]+")  # "l’expression" is two words, "l" and "expression"


@cache
def _data() -> dict:
    return json.loads(_DATA.read_text(encoding="utf-8"))


def script_of(word: str) -> str:
    """Latin, Cyrillic or Arabic: the script of the word's first letter."""
    name = unicodedata.name(word[0], "")
    for script in ("LATIN", "CYRILLIC", "ARABIC"):
        if name.startswith(script):
            return script.capitalize()
    return "other"


def _words_foreign_to(language: str) -> dict[str, str]:
    """Each word that marks another language in a letter of `language`, with that language."""
    words = _data()["words"]
    own = {w.casefold() for w in words[language]}
    script = _data()["scripts"][language]
    foreign: dict[str, str] = {}
    for other, listed in words.items():
        if other == language or _data()["scripts"][other] != script:
            continue
        for word in listed:
            if word.casefold() not in own:
                foreign.setdefault(word.casefold(), other)
    return foreign


def foreign_words(text: str, language: str, allowed: list[str] = ()) -> list[str]:
    """The words of `text` that belong to another language than `language`."""
    for part in sorted(allowed, key=len, reverse=True):
        text = text.replace(part, " ")
    script = _data()["scripts"][language]
    marked = _words_foreign_to(language)
    only_in = {other: set(letters) for other, letters in _data()["letters_only_in"].items() if other != language}
    found = []
    for word in _WORD.findall(text):
        if len(word) == 1 and word.isupper():
            continue  # an initial ("А. Отунбаева") or a one-letter word starting a sentence
        if script_of(word) not in (script, "other"):
            found.append(word)
        elif word.casefold() in marked:
            found.append(word)
        elif any(set(word) & letters for letters in only_in.values()):
            found.append(word)
    return found
