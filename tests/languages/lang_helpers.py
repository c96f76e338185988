"""Shared helpers for the letter-language tests: the bundled cases, a
drafting shortcut and the English-word check for non-English letters."""

from __future__ import annotations

import datetime as dt
import re
from functools import cache

from ua_desktop.core.case.model import Case
from ua_desktop.core.case.casefile import load_case
from ua_desktop.core.letters.drafting import LetterDrafter, LetterRequest
from ua_desktop.core.letters.letter import Letter, Sender
from ua_desktop.paths import resource

DATE = dt.date(2010, 7, 20)
SENDER = Sender("Anna Schmidt", "Lyon", "France")
NEW_LANGUAGES = ("fr", "es", "de", "ar")

#: English words that no French, Spanish, German, Arabic, Russian or Kyrgyz
#: letter should contain (words that are also French/German/Spanish, such as
#: "in", "die", "on", "was", "torture" or "Minister", are left out).
ENGLISH_WORDS = frozenset(["the", "and", "of", "to", "for", "with", "that", "is", "are", "has", "have", "his", "their", "from", "by", "be", "this", "dear", "please", "release", "ensure", "immediately", "unconditionally", "sincerely", "yours", "allow", "investigation", "human", "rights", "defender", "defenders", "government", "interim", "deputy", "head", "president", "excellency", "lawyer", "family", "medical", "care", "access", "order", "return", "seized", "harassment", "authorities", "writing", "urge", "respectfully", "thank", "attention", "reply", "concern", "express", "deep"])

_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")


@cache
def drafter() -> LetterDrafter:
    return LetterDrafter()


def bundled_cases() -> list[tuple[str, Case]]:
    return [(path.stem, load_case(path)) for path in sorted(resource("cases").glob("*.json"))]


def draft(case: Case, index: int, language: str, sender: Sender = SENDER) -> Letter:
    return drafter().draft(LetterRequest(case, index, language, sender, DATE))


def allowed_text(case: Case, index: int, language: str, letter: Letter, sender: Sender = SENDER) -> list[str]:
    """What may stand in another language: names, the sender's own words,
    asks the letter reports as untranslated, and the postal address as the
    sheet prints it (it is read by the post office at the destination).
    When the case gives no address for this language, the addressee's title
    stays as printed too, for the same reason."""
    recipient = case.recipients[index]
    local = recipient.in_language(language)
    allowed = [p.name for p in case.people] + [recipient.name, *sender.lines, *letter.untranslated]
    allowed += list(local.address_lines or recipient.address_lines)
    allowed.append((local.country or recipient.country).upper())
    if not local.addressee_lines:
        allowed += list(recipient.title_lines)
    return [a for a in allowed if a]


def english_words(text: str, allowed: list[str]) -> list[str]:
    for part in sorted(allowed, key=len, reverse=True):
        text = text.replace(part, " ")
    return [w for w in _WORD.findall(text) if w.casefold().strip("'’") in ENGLISH_WORDS]
