"""Typing one's name or town redrafts the letter at each key; the session
fills a letter drafted once per shape of sender (core/letters/skeleton.py)
instead of drafting it in full each time. Each letter it shows is the one a
full draft gives, character for character."""

import dataclasses
import datetime as dt

import pytest

from ua_desktop.core.case.casefile import load_case
from ua_desktop.core.letters.drafting import LetterDrafter, LetterRequest
from ua_desktop.core.letters.letter import Sender
from ua_desktop.core.letters.session import LetterSession
from ua_desktop.paths import sample_case_path

DAY = dt.date(2010, 7, 1)
TYPED = {
    "en": ("Anna Schmidt", "Lyon"),
    "ru": ("Анна Шмидт", "Лион"),
    "ky": ("Айгүл Өмүрова", "Бишкек"),
    "fr": ("Zoé d'Arcy-Lefèvre", "Saint-Étienne"),
    "de": ("Jürgen Groß", "Köln"),
    "es": ("María José Núñez", "Cádiz"),
    "ar": ("فاطمة أحمد", "عمان"),
}


class CountingDrafter(LetterDrafter):
    drafts = 0

    def draft(self, request):
        CountingDrafter.drafts += 1
        return super().draft(request)


@pytest.mark.parametrize("language", sorted(TYPED))
def test_each_keystroke_shows_the_letter_a_full_draft_gives(language):
    case = load_case(sample_case_path())
    drafter, reference = CountingDrafter(), LetterDrafter()
    session = LetterSession(drafter, case, language=language, letter_date=DAY)
    assert session.language == language
    name, town = TYPED[language]
    CountingDrafter.drafts = 0
    keys = 0
    for typed_name, typed_town in [(name[:n], "") for n in range(1, len(name) + 1)] + \
                                  [(name, town[:n]) for n in range(1, len(town) + 1)]:
        sender = Sender(typed_name, typed_town, "France")
        session.set_sender(sender)
        keys += 1
        full = reference.draft(LetterRequest(case, 0, language, sender, DAY))
        assert session.letter == full, (language, typed_name, typed_town)
    assert CountingDrafter.drafts <= keys // 2, f"{language}: {CountingDrafter.drafts} full drafts for {keys} keys"


def test_a_new_case_starts_its_own_skeletons():
    case = load_case(sample_case_path())
    other = dataclasses.replace(case, ua_number="UA 999/10")
    session = LetterSession(LetterDrafter(), case, language="en", letter_date=DAY)
    for name in ("Ann", "Anna", "Annab"):
        session.set_sender(Sender(name, "", ""))
    session.open_case(other)
    session.set_sender(Sender("Annabel", "", ""))
    full = LetterDrafter().draft(LetterRequest(other, 0, session.language, Sender("Annabel", "", ""), DAY))
    assert session.letter == full
