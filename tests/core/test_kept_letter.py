"""The first letter of the last start, kept so the next start shows it
without drafting: shown only when drafted from the same request, drafted
for real by `settle_draft`; kept with the writer's details only for the
same details, never with a personal sentence."""

import dataclasses
import datetime as dt
import json

from ua_desktop.core.case.casefile import load_case
from ua_desktop.core.letters.drafting import LetterDrafter, LetterRequest
from ua_desktop.core.letters.kept_letter import KeptLetter, draft_key
from ua_desktop.core.letters.letter import Sender
from ua_desktop.core.letters.session import LetterSession
from ua_desktop.paths import sample_case_path

DAY = dt.date(2026, 12, 3)


class CountingDrafter(LetterDrafter):
    def __init__(self):
        super().__init__()
        self.drafts = 0

    def draft(self, request):
        self.drafts += 1
        return super().draft(request)


def start(kept, drafter=None, day=DAY, sender=Sender(), case=None):
    drafter = drafter or CountingDrafter()
    case = case or load_case(sample_case_path())
    return LetterSession(drafter, case, sender=sender, language="en", letter_date=day, kept=kept), drafter


def test_the_next_start_shows_the_kept_letter_and_drafts_it_after_the_first_frame(tmp_path):
    kept = KeptLetter(tmp_path / "first-letter.json")
    first, drafter = start(kept)
    assert drafter.drafts == 1 and kept.path.is_file()
    seen = []
    second, drafter = start(kept)
    second.subscribe(seen.append)
    assert drafter.drafts == 0  # shown from the kept copy
    assert second.letter == first.letter and "Azimzhan Askarov" in second.letter.text
    second.settle_draft()
    assert drafter.drafts == 1 and seen == []  # drafted for real: the same letter, nothing to show again
    second.settle_draft()
    assert drafter.drafts == 1


def test_a_kept_letter_that_no_longer_matches_its_draft_is_replaced_at_once(tmp_path):
    kept = KeptLetter(tmp_path / "first-letter.json")
    start(kept)
    data = json.loads(kept.path.read_text(encoding="utf-8"))
    data["letter"]["text"] = "An outdated letter.\n"
    kept.path.write_text(json.dumps(data), encoding="utf-8")
    seen = []
    session, _drafter = start(kept)
    session.subscribe(seen.append)
    assert session.letter.text == "An outdated letter.\n"
    session.settle_draft()
    assert "Azimzhan Askarov" in session.letter.text
    assert len(seen) == 1 and seen[0].letter == session.letter
    assert start(kept)[0].letter == session.letter  # and the file now keeps the new draft


def test_another_day_case_or_language_is_drafted(tmp_path):
    kept = KeptLetter(tmp_path / "first-letter.json")
    start(kept)
    assert start(kept, day=DAY + dt.timedelta(days=1))[1].drafts == 1
    case = load_case(sample_case_path())
    assert start(kept, case=dataclasses.replace(case, title=case.title + " (2)"))[1].drafts == 1
    other = LetterSession(CountingDrafter(), case, language="fr", letter_date=DAY, kept=kept)
    assert other.language == "fr" and other._drafter.drafts == 1


def test_a_choice_made_before_the_first_frame_is_drafted_for_real(tmp_path):
    kept = KeptLetter(tmp_path / "first-letter.json")
    start(kept)
    session, drafter = start(kept)
    session.choose_recipient(1)
    assert drafter.drafts == 1
    session.settle_draft()  # nothing left to settle: the letter on screen was drafted
    assert drafter.drafts == 1


def test_a_letter_is_kept_with_the_writers_details_only_for_the_same_details(tmp_path):
    kept = KeptLetter(tmp_path / "first-letter.json")
    anna = Sender("Anna Beispiel", "Lyon", "France")
    session, drafter = start(kept, sender=anna)
    assert drafter.drafts == 1 and "Anna Beispiel" in session.letter.text
    again, drafter = start(kept, sender=anna)
    assert drafter.drafts == 0 and again.letter == session.letter
    other, drafter = start(kept, sender=Sender("Ben Muster", "Lyon", "France"))
    assert drafter.drafts == 1 and "Ben Muster" in other.letter.text and "Anna" not in other.letter.text


def test_a_letter_with_a_personal_sentence_is_never_kept(tmp_path):
    kept = KeptLetter(tmp_path / "first-letter.json")
    case = load_case(sample_case_path())
    session = LetterSession(CountingDrafter(), case, language="en", letter_date=DAY, kept=kept)
    session.set_personal("I write from Lyon.")
    assert not kept.path.exists() or "I write from Lyon" not in kept.path.read_text(encoding="utf-8")
    assert draft_key(LetterRequest(case, 0, "en", date=DAY, personal="I write from Lyon."), tmp_path) is None


def test_a_damaged_or_unwritable_kept_letter_is_no_kept_letter(tmp_path):
    kept = KeptLetter(tmp_path / "first-letter.json")
    for damage in (b"", b"{not json", b'{"key": 1}', b'{"key": "x", "letter": []}', b"\xff\xfe" * 10):
        kept.path.write_bytes(damage)
        session, drafter = start(kept)
        assert drafter.drafts == 1 and "Azimzhan Askarov" in session.letter.text
    folder = tmp_path / "not-a-folder"
    folder.write_text("a file where the folder should be")
    session, drafter = start(KeptLetter(folder / "first-letter.json"))
    assert drafter.drafts == 1 and "Azimzhan Askarov" in session.letter.text
