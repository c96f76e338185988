"""What a letter asks for: recognised requests written in the letter's
language and voice, the sheet's words only in its own language (without
the campaigner's lead-in) or marked as untranslated, reminders left out."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from pathlib import Path

import pytest

from ua_desktop.core.case.model import Ask, Case, Gender, Person, Recipient, RecipientRole
from ua_desktop.core.importer import import_file
from ua_desktop.core.letters.ask_phrases import ask_phrases, asks_needing_translation, untranslated_parts
from ua_desktop.core.letters.drafting import LetterDrafter, LetterRequest
from ua_desktop.core.letters.letter import Sender
from ua_desktop.core.letters.requests.model import UnrecognisedRequest

FIXTURES = Path(__file__).parents[1] / "importer" / "fixtures"
SHEETS = sorted(p for p in FIXTURES.glob("*.txt") if import_file(p).case.asks and import_file(p).case.recipients)
LANGUAGES = ("en", "ru", "ky", "fr", "es", "de", "ar")
_WORD = re.compile(r"\w+")


@pytest.fixture(scope="module")
def drafter():
    return LetterDrafter()


def _case(asks: tuple[Ask, ...], language: str = "en", people=(Person("Noor Salem", Gender.FEMALE),)) -> Case:
    return Case(title="T", country="Egypt", people=people, asks=asks, source_language=language,
                recipients=(Recipient(RecipientRole.TARGET, "Minister", country="Egypt"),))


def _runs(text: str, size: int = 5) -> set[tuple[str, ...]]:
    words = [w.casefold() for w in _WORD.findall(text)]
    return {tuple(words[i:i + size]) for i in range(len(words) - size + 1)}


@pytest.mark.parametrize("sheet", SHEETS, ids=[p.stem for p in SHEETS])
def test_a_letter_in_another_language_carries_no_sheet_words_it_does_not_mark(drafter, sheet):
    case = import_file(sheet).case
    for language in LANGUAGES:
        if language == case.source_language:
            continue
        letter = drafter.draft(LetterRequest(case, 0, language, Sender("Anna", "Lyon", "France"), dt.date(2020, 1, 1)))
        allowed = set().union(*(_runs(u) for u in letter.untranslated)) if letter.untranslated else set()
        name_words = {w.casefold() for person in case.people for w in _WORD.findall(person.name)}
        for ask in case.asks:
            leaked = {run for run in (_runs(ask.text) & _runs(letter.text)) - allowed
                      if not set(run) <= name_words}  # "Atnaf Berahane, Natnail Feleke, ...": names, not sheet words
            assert not leaked, (sheet.stem, language, ask.text, sorted(leaked)[:3])


def test_most_fixture_requests_are_written_natively_in_every_language():
    total = native = 0
    for sheet in SHEETS:
        case = import_file(sheet).case
        for language in LANGUAGES:
            for ask in case.asks:
                total += 1
                native += not untranslated_parts(ask, case, language)
    assert total and native / total >= 0.8


def test_in_the_sheets_own_language_the_campaigner_voice_is_gone():
    asks = (Ask("Calling on the authorities to release Noor Salem immediately"),
            Ask("Calling on the authorities to rename the main square after the victims"))
    phrases = ask_phrases(_case(asks), "en")
    assert phrases.untranslated == ()
    assert phrases.phrases[1] == "rename the main square after the victims"
    assert not any(p.lower().startswith(("calling", "urging", "i urge")) for p in phrases.phrases)
    # a whole sentence with its own lead-in is not stacked under the letter's
    german = ask_phrases(_case((Ask("Ich fordere Sie auf, das Denkmal für die Opfer wieder aufzustellen"),), "de"), "de")
    assert german.phrases == ("das Denkmal für die Opfer wieder aufzustellen",)


def test_in_another_language_an_unrecognised_part_is_marked(drafter):
    ask = Ask("release Noor Salem and allow her to travel abroad for surgery")
    asked = ask_phrases(_case((ask,)), "fr")
    assert asked.phrases[0].startswith("libérer Noor Salem")
    assert asked.untranslated == ("allow her to travel abroad for surgery",)
    letter = drafter.draft(LetterRequest(_case((ask,)), 0, "fr", date=dt.date(2020, 1, 1)))
    assert letter.untranslated == ("allow her to travel abroad for surgery",)
    assert asks_needing_translation(_case((ask,)), "fr") == (ask,)
    assert asks_needing_translation(_case((ask,)), "en") == ()


def test_the_users_own_words_come_first_and_reminders_are_left_out():
    typed = Ask("release Noor Salem", translations={"de": "Noor Salem freizulassen, bitte"})
    reminder = Ask("I remind you that the state is party to the Convention against Torture")
    asked = ask_phrases(_case((typed, reminder)), "de")
    assert asked.phrases == ("Noor Salem freizulassen, bitte",)
    stored = Ask("whatever the sheet said", requests=(UnrecognisedRequest("rename the square", "whatever"),))
    assert ask_phrases(_case((stored,)), "es").untranslated == ("rename the square",)
    assert ask_phrases(_case((dataclasses.replace(stored, requests=()),)), "es").phrases == ()
