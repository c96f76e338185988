"""Shared helpers for the letter-language tests: the bundled cases, a
drafting shortcut and what a letter may hold in another language (the check
itself is foreign_words.py)."""

from __future__ import annotations

import datetime as dt
from functools import cache

from ua_desktop.core.case.model import Case
from ua_desktop.core.case.casefile import load_case
from ua_desktop.core.letters.drafting import LetterDrafter, LetterRequest
from ua_desktop.core.letters.letter import Letter, Sender
from ua_desktop.paths import resource

DATE = dt.date(2010, 7, 20)
SENDER = Sender("Anna Schmidt", "Lyon", "France")
NEW_LANGUAGES = ("fr", "es", "de", "ar")

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
    allowed = [p.name for p in case.people] + [recipient.name, *sender.lines, sender.town, sender.country,
                                                *letter.untranslated]
    allowed += list(local.address_lines or recipient.address_lines)
    allowed.append((local.country or recipient.country).upper())
    if not local.addressee_lines:
        allowed += list(recipient.title_lines)
    return [a for a in allowed if a]
