import datetime as dt

import pytest

from ua_desktop.core.case.casefile import load_case
from ua_desktop.core.case.deadline import DeadlineState, deadline_status
from ua_desktop.core.letters.drafting import LetterDrafter
from ua_desktop.core.letters.letter import Sender
from ua_desktop.core.letters.session import LetterSession
from ua_desktop.paths import sample_case_path


@pytest.fixture
def session():
    return LetterSession(LetterDrafter(), load_case(sample_case_path()), letter_date=dt.date(2010, 7, 1))


def test_starts_on_first_recipient_in_first_asked_language(session):
    assert session.language == "ru"
    assert [lang.code for lang, asked in session.languages() if asked] == ["ru", "ky", "en"]
    assert "Уважаемый господин министр!" in session.letter.text


def test_choices_redraft_until_the_user_edits(session):
    seen = []
    session.subscribe(seen.append)
    session.choose_recipient(2)
    assert "Р. Отунбаевой" in session.letter.text
    session.choose_language("en")
    session.set_sender(Sender("Anna", "Lyon", "France"))
    assert "Dear Madam President," in session.letter.text and "Anna" in session.letter.text
    assert len(seen) == 3 and not any(state.out_of_date for state in seen)


def test_edits_survive_a_change_of_choice(session):
    mine = session.letter.text.replace("Призываю Вас:", "Я прошу Вас:")
    session.record_edit(mine)
    session.choose_recipient(1)
    assert session.letter.text == mine
    assert session.state.out_of_date and session.state.edited
    session.redraft()
    assert "Уважаемый господин Бекназаров!" in session.letter.text
    assert not session.state.edited and not session.state.out_of_date


def test_typing_back_to_the_draft_is_not_an_edit(session):
    draft = session.letter.text
    session.record_edit(draft + "x")
    assert session.edited
    session.record_edit(draft)
    assert not session.edited


def test_drafting_problem_keeps_last_letter(session, monkeypatch):
    from ua_desktop.core.letters.drafting import DraftingError

    before = session.letter.text

    def broken(request):
        raise DraftingError("template broken")

    monkeypatch.setattr(session._drafter, "draft", broken)
    session.choose_recipient(1)
    assert session.letter.text == before
    assert session.state.problem == "template broken"


@pytest.mark.parametrize("deadline, state, words", [
    (dt.date(2010, 7, 30), DeadlineState.PASSED, "The deadline (30 July 2010) has passed. Check with your section"),
    (dt.date(2026, 11, 28), DeadlineState.TODAY, "Today"),
    (dt.date(2026, 11, 29), DeadlineState.DUE_SOON, "1 day left"),
    (dt.date(2026, 12, 28), DeadlineState.OPEN, "30 days left to send letters (deadline 28 December 2026)"),
    (None, DeadlineState.NONE, "no deadline"),
])
def test_deadline_status(deadline, state, words):
    status = deadline_status(deadline, dt.date(2026, 11, 28))
    assert status.state is state
    assert words in status.message
