"""A letter starts in the language the writer reads (the window's) when
the case asks for it or welcomes the writer's own language."""

import datetime as dt

import pytest

from ua_desktop.core.case.casefile import load_case
from ua_desktop.core.events.event import EventLetterSession
from ua_desktop.core.letters.drafting import LetterDrafter
from ua_desktop.core.letters.session import LetterSession
from ua_desktop.paths import sample_case_path

CASE = load_case(sample_case_path())
DRAFTER = LetterDrafter()


@pytest.mark.parametrize("welcome, writer, expected", [
    (True, "de", "de"), (True, "ar", "ar"), (True, "ky", "ky"), (True, None, "ru"),
    (False, "de", "ru"), (False, "en", "en"), (False, "ky", "ky"),
    (True, "xx", "ru"),  # no such letter language: the case's first
])
def test_the_first_letter_language(welcome, writer, expected):
    case = CASE.with_changes(own_language_welcome=welcome)
    session = LetterSession(DRAFTER, case, writer_language=writer, letter_date=dt.date(2010, 7, 20))
    assert session.language == expected
    assert session.letter.language == expected


def test_a_language_asked_for_by_the_caller_wins():
    session = LetterSession(DRAFTER, CASE, language="fr", writer_language="de")
    assert session.language == "fr"


def test_the_next_case_opened_follows_the_writer_the_letter_on_screen_stays():
    session = LetterSession(DRAFTER, CASE, writer_language="de")
    session.choose_language("es")
    session.set_writer_language("fr")
    assert session.language == "es"
    session.open_case(CASE.with_changes(own_language_welcome=False))
    assert session.language == "ru"
    session.open_case(CASE)
    assert session.language == "fr"


def test_an_event_starts_each_case_in_the_writers_language():
    session = EventLetterSession(CASE, writer_language="de")
    assert session.language == "de" and "Sehr geehrte" in session.letter.text
