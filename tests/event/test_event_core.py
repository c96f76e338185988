"""The event's state without a window: wordings that move on, recipients
covered and added, the sign-up list only when switched on."""

from __future__ import annotations

import csv
import io

from event_helpers import sample_case

from ua_desktop.core.case.model import Recipient, RecipientRole
from ua_desktop.core.events.event import (
    EXTRA_RECIPIENTS_FILE,
    EventLetterSession,
    LetterEvent,
    SignUp,
)
from ua_desktop.core.letters.letter import Sender

CASE = sample_case()
EMBASSY = Recipient(RecipientRole.COPY, "H.E. the Ambassador of the Kyrgyz Republic",
                    title_lines=("Embassy of the Kyrgyz Republic",),
                    address_lines=("Bd. Général Jacques 133", "1050 Brussels"), country="Belgium",
                    office="ambassador")


def test_each_writer_and_each_different_wording_gets_a_new_wording():
    event = LetterEvent([CASE])
    seen = [event.wording]
    seen.append(event.different_wording())
    event.next_writer()
    seen.append(event.wording)
    event.next_writer()
    seen.append(event.wording)
    assert len(set(seen)) == 4
    assert event.writer_number == 3


def test_recipients_covered_are_forgotten_for_the_next_writer():
    event = LetterEvent([CASE])
    target = CASE.recipients[0]
    event.mark_covered(CASE, target)
    assert event.is_covered(CASE, target)
    assert event.not_covered(CASE) == list(CASE.recipients[1:])
    event.set_covered(CASE, target, False)
    assert not event.is_covered(CASE, target)
    event.mark_covered(CASE, target)
    event.next_writer()
    assert not event.is_covered(CASE, target)


def test_added_recipient_stays_for_the_next_writer_and_after_a_restart(tmp_path):
    event = LetterEvent([CASE], tmp_path)
    updated = event.add_recipient(CASE, EMBASSY)
    assert updated.recipients[-1] == EMBASSY
    event.next_writer()
    assert event.cases[0].recipients[-1] == EMBASSY
    assert (tmp_path / EXTRA_RECIPIENTS_FILE).exists()
    again = LetterEvent([CASE], tmp_path)
    assert again.cases[0].recipients == CASE.recipients + (EMBASSY,)
    assert again.remove_recipient(CASE, EMBASSY).recipients == CASE.recipients
    assert LetterEvent([CASE], tmp_path).cases[0].recipients == CASE.recipients


def test_added_recipient_is_cleaned_and_added_once(tmp_path):
    event = LetterEvent([CASE], tmp_path)
    messy = Recipient(RecipientRole.COPY, "  Ambassador\x07 of\nKyrgyzstan ", address_lines=(" Street 1 ", "", "x"))
    event.add_recipient(CASE, messy)
    event.add_recipient(CASE, messy)
    extras = event.extra_recipients(CASE)
    assert len(extras) == 1
    assert extras[0].name == "Ambassador of Kyrgyzstan" and extras[0].address_lines == ("Street 1", "x")


def test_a_letter_to_an_added_embassy_can_be_drafted():
    event = LetterEvent([CASE])
    case = event.add_recipient(CASE, EMBASSY)
    session = EventLetterSession(case, recipient_index=len(case.recipients) - 1, language="fr")
    assert "Embassy of the Kyrgyz Republic" in session.letter.text
    assert "l’expression de ma haute considération" in session.letter.text  # an ambassador's closing


def test_damaged_recipient_file_is_ignored(tmp_path):
    (tmp_path / EXTRA_RECIPIENTS_FILE).write_text("[1, 2", encoding="utf-8")
    assert LetterEvent([CASE], tmp_path).cases[0] == CASE


def test_sign_up_list_is_written_only_when_switched_on(tmp_path):
    event = LetterEvent([CASE], tmp_path)
    assert not event.add_signup(SignUp("Anna Schmidt", "Lyon", "France", "fr"))
    assert not (tmp_path / "event-signups.csv").exists()
    event.signups_enabled = True
    assert not event.add_signup(SignUp("  ", "Lyon")), "no name, no entry"
    assert event.add_signup(SignUp("Anna Schmidt", "Lyon", "France", "fr"))
    assert event.add_signup(SignUp("Олжас", "Бишкек", "Кыргызстан", "ky"))
    assert event.signups() == [SignUp("Anna Schmidt", "Lyon", "France", "fr"),
                               SignUp("Олжас", "Бишкек", "Кыргызстан", "ky")]
    out = tmp_path / "list.csv"
    event.export_signups(out)
    rows = list(csv.reader(io.StringIO(out.read_bytes().decode("utf-8-sig"))))
    assert rows == [["Name", "Town", "Country", "Language"], ["Anna Schmidt", "Lyon", "France", "fr"],
                    ["Олжас", "Бишкек", "Кыргызстан", "ky"]]
    event.delete_signups()
    assert event.signups() == [] and not (tmp_path / "event-signups.csv").exists()


def test_session_start_writer_forgets_sender_sentence_and_edits():
    session = EventLetterSession(CASE, language="en")
    session.set_sender(Sender("Anna Schmidt", "Lyon", "France"))
    session.set_personal("I am a teacher in Lyon.")
    assert "I am a teacher in Lyon." in session.letter.text
    session.record_edit(session.letter.text + "\nP.S. Anna\n")
    session.start_writer(5)
    assert session.sender == Sender() and session.personal == "" and not session.edited
    assert session.wording == 5
    assert "Anna" not in session.letter.text and "teacher" not in session.letter.text


def test_personal_sentence_change_redrafts_the_letter():
    session = EventLetterSession(CASE, language="de")
    states = []
    session.subscribe(states.append)
    session.set_personal("Ich bin Lehrerin in Köln.")
    assert states and "Ich bin Lehrerin in Köln." in states[-1].letter.text
    session.set_personal("Ich bin Lehrerin in Köln.")
    assert len(states) == 1, "no redraft when nothing changed"


def test_a_damaged_sign_up_list_is_set_aside_and_the_names_kept(tmp_path):
    """A damaged list was read as empty and the next writer's entry then
    replaced it: every earlier name lost. Now the damaged file is kept as a
    dated copy, the names that can be read stay, and the user is told."""
    event = LetterEvent([CASE], tmp_path)
    event.signups_enabled = True
    for name in ("Anna Schmidt", "Олжас", "Jean Dupont"):
        assert event.add_signup(SignUp(name, "Lyon", "France", "fr"))
    path = tmp_path / "event-signups.csv"
    damaged = path.read_bytes() + b"\xff\xfe\x00garbage,\x00\n"
    path.write_bytes(damaged)
    again = LetterEvent([CASE], tmp_path)
    again.signups_enabled = True
    assert [s.name for s in again.signups()] == ["Anna Schmidt", "Олжас", "Jean Dupont"]
    [copy] = tmp_path.glob("event-signups.csv.*.damaged")
    assert copy.read_bytes() == damaged
    [notice] = again.damage_notices
    assert str(copy) in notice.message and "3 names" in notice.message
    assert again.add_signup(SignUp("Aigul", "Bishkek", "Kyrgyzstan", "ky"))
    assert [s.name for s in LetterEvent([CASE], tmp_path).signups()] == ["Anna Schmidt", "Олжас", "Jean Dupont",
                                                                         "Aigul"]
