"""Autosave and recovery: a killed app's letter comes back at the next start."""

from __future__ import annotations

import datetime as dt
import json
import os
import signal
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from ua_desktop.core.storage.autosave import Draft, RecoveryStore, draft_from_dict
from ua_desktop.core.case.casefile import load_case
from ua_desktop.core.letters.letter import Sender
from ua_desktop.paths import sample_case_path

from safety_helpers import type_at_end

ROOT = Path(__file__).resolve().parents[2]
CHILD = Path(__file__).with_name("autosave_child.py")


@pytest.fixture
def case():
    return load_case(sample_case_path())


def a_draft(case, **changes) -> Draft:
    values = dict(case=case, recipient_index=2, language="ru",
                  sender=Sender("Анна", "Lyon", "France", ("1 rue X",)),
                  letter_text="Уважаемая госпожа Президент!\n\nМоё письмо.\n", case_path="/tmp/case.json")
    values.update(changes)
    return Draft(**values)


def left_behind(store: RecoveryStore, draft: Draft, pid: int = 999_999_99) -> Path:
    """A record as a process that has ended would have left it."""
    other = RecoveryStore(store.folder, pid=pid)
    assert other.save(draft)
    return other.path


# ---------------------------------------------------------------- the store


def test_a_left_behind_draft_is_found_whole(tmp_path, case):
    store = RecoveryStore(tmp_path)
    draft = a_draft(case)
    left_behind(store, draft)
    found = store.load()
    assert found == draft
    assert found.saved_at is not None and found.source.exists()
    store.discard(found)
    assert store.load() is None


def test_own_draft_and_running_processes_are_not_offered(tmp_path, case):
    store = RecoveryStore(tmp_path)
    store.save(a_draft(case))
    assert store.load() is None  # our own record
    RecoveryStore(tmp_path, pid=os.getppid()).save(a_draft(case))
    assert store.load() is None  # a running app's record
    store.clear()
    assert not store.path.exists()


def test_the_newest_draft_wins(tmp_path, case):
    store = RecoveryStore(tmp_path)
    RecoveryStore(tmp_path, pid=999_999_01).save(a_draft(case, letter_text="old\n"),
                                                 now=dt.datetime(2026, 1, 1, tzinfo=dt.timezone.utc))
    RecoveryStore(tmp_path, pid=999_999_02).save(a_draft(case, letter_text="new\n"),
                                                 now=dt.datetime(2026, 1, 2, tzinfo=dt.timezone.utc))
    assert store.load().letter_text == "new\n"


def test_private_mode_writes_and_offers_nothing(tmp_path, case):
    store = RecoveryStore(tmp_path, private=True)
    assert store.save(a_draft(case)) is False
    assert list(tmp_path.iterdir()) == []
    left_behind(RecoveryStore(tmp_path), a_draft(case))
    assert store.load() is None


def test_the_draft_is_readable_by_its_owner_only(tmp_path, case):
    store = RecoveryStore(tmp_path)
    store.save(a_draft(case))
    if sys.platform != "win32":
        assert stat.S_IMODE(store.path.stat().st_mode) == 0o600
    store.save(a_draft(case, letter_text="again\n"))
    if sys.platform != "win32":
        assert stat.S_IMODE(store.path.stat().st_mode) == 0o600
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


@pytest.mark.parametrize("content", [b"", b"{", b"[]", b'{"format": "ua-desktop-draft", "version": 99}',
                                     b'{"format": "ua-desktop-draft", "version": 1, "case": {}}',
                                     b"\xff\xfe\x00", b"[" * 100_000])
def test_damaged_drafts_are_set_aside_and_reported(tmp_path, content):
    bad = tmp_path / "draft-99999998.json"
    bad.write_bytes(content)
    store = RecoveryStore(tmp_path)
    assert store.load() is None
    assert not bad.exists()
    copies = list(tmp_path.glob("draft-99999998.json.*.damaged"))
    if content.strip():  # something to keep: a dated copy, and the user is told where
        assert len(copies) == 1 and copies[0].read_bytes() == content
        assert [str(copies[0]) in notice.message for notice in store.damage_notices] == [True]
    else:
        assert copies == [] and store.damage_notices == []
    assert RecoveryStore(tmp_path).load() is None, "a copy set aside is not offered again"


@pytest.mark.parametrize("cut", [1, 5, 40])
def test_a_draft_cut_short_gives_back_the_letter(tmp_path, case, cut):
    """A crash-recovery draft cut by a few bytes still holds the typed
    letter: it is offered back, and the damaged file is kept."""
    typed = "Dear Minister,\nPlease release him.\nЯ учитель из Лиона.\nAnna Schmidt\n"
    path = left_behind(RecoveryStore(tmp_path), a_draft(case, letter_text=typed))
    path.write_bytes(path.read_bytes()[:-cut])
    store = RecoveryStore(tmp_path)
    draft = store.load()
    assert draft is not None and draft.recovered and draft.case == case
    if cut <= 5:
        assert draft.letter_text.rstrip("\n") == typed.rstrip("\n"), "the typed letter is complete"
    else:
        assert typed.startswith(draft.letter_text) and len(draft.letter_text) > len(typed) - cut
    [copy] = tmp_path.glob(path.name + ".*.damaged")
    assert len(store.damage_notices) == 1 and str(copy) in store.damage_notices[0].message


def test_hostile_draft_fields_are_cleaned(tmp_path, case):
    path = left_behind(RecoveryStore(tmp_path), a_draft(case))
    data = json.loads(path.read_text(encoding="utf-8"))
    data["sender"] = {"name": "Ann\x00a\u202e", "town": 5, "address_lines": ["a\x07b", None]}
    data["recipient_index"] = 40
    data["letter_text"] = "Hi\x00 there\x1b\n"
    path.write_text(json.dumps(data), encoding="utf-8")
    draft = RecoveryStore(tmp_path).load()
    assert draft.sender.name == "Anna\u202e" and draft.sender.town == "" and draft.sender.address_lines == ("ab",)
    assert draft.recipient_index == 0
    assert draft.letter_text == "Hi there\n"


def test_a_failed_autosave_is_logged_not_raised(tmp_path, case, caplog):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    store = RecoveryStore(blocker / "recovery")
    assert store.save(a_draft(case)) is False
    assert "Autosave failed" in caplog.text


def test_draft_records_round_trip_through_json(case):
    draft = a_draft(case, letter_text=None)
    again = draft_from_dict(json.loads(json.dumps(draft.to_dict(dt.datetime(2026, 11, 28, 12, 0)))))
    assert again == draft and again.saved_at == dt.datetime(2026, 11, 28, 12, 0)


# ---------------------------------------------------------------- the timer


def test_the_timer_writes_only_what_changed(qtbot, tmp_path, case):
    from ua_desktop.gui.main_window.autosave_timer import AutosaveTimer

    state = {"draft": a_draft(case, letter_text=None)}
    store = RecoveryStore(tmp_path)
    timer = AutosaveTimer(store, lambda: state["draft"], interval_ms=10)
    assert timer.tick() is False and not store.path.exists()  # the start needs no record
    state["draft"] = a_draft(case, letter_text="mine\n")
    assert timer.tick() is True and store.path.exists()
    before = store.path.stat().st_mtime_ns
    assert timer.tick() is False and store.path.stat().st_mtime_ns == before  # unchanged: not rewritten
    state["draft"] = None  # saved to a file: nothing to lose
    assert timer.tick() is False and not store.path.exists()
    state["draft"] = a_draft(case, letter_text="more\n")
    timer.start()
    qtbot.waitUntil(lambda: store.path.exists(), timeout=5000)
    timer.finish()
    assert not store.path.exists()


def test_a_failing_state_callable_does_not_break_autosave(qtbot, tmp_path, case, caplog):
    from ua_desktop.gui.main_window.autosave_timer import AutosaveTimer

    def broken():
        raise ValueError("boom")

    timer = AutosaveTimer(RecoveryStore(tmp_path), broken)
    assert timer.tick() is False
    assert "Could not collect the draft" in caplog.text


# ---------------------------------------------------------------- the window


def test_the_window_letter_is_restored_after_a_crash(make_window, dialog_recorder, tmp_path):
    from ua_desktop.gui.main_window.autosave_timer import start_autosave, window_draft

    first = make_window()
    first.recipients.select(1)
    first.languages.select("en")
    type_at_end(first.letter_panel.editor, "P.S. Ich bin Lehrerin.")
    lost = window_draft(first)
    assert lost.letter_text.endswith("P.S. Ich bin Lehrerin.\n")
    left_behind(RecoveryStore(tmp_path / "data" / "recovery"), lost)

    second = make_window()
    autosave = start_autosave(second, tmp_path / "data", interval_ms=60_000)
    assert any("closed unexpectedly" in q for q in dialog_recorder.questions)
    assert second.letter_panel.editor.toPlainText() == lost.letter_text
    assert second.session.recipient_index == 1 and second.session.language == "en"
    assert second.session.edited and second.has_unsaved_edits()
    # the rescued letter is kept safe again at once, under this run's name
    assert autosave.store.path.exists() and autosave.store.load() is None
    autosave.finish()
    assert not autosave.store.path.exists()


def test_declining_forgets_the_draft(make_window, dialog_recorder, tmp_path, case):
    from ua_desktop.gui.main_window.autosave_timer import start_autosave

    store = RecoveryStore(tmp_path / "recovery")
    left_behind(store, a_draft(case))
    dialog_recorder.answer_yes = False
    window = make_window()
    fresh = window.letter_panel.editor.toPlainText()
    autosave = start_autosave(window, tmp_path, interval_ms=60_000)
    assert dialog_recorder.questions and window.letter_panel.editor.toPlainText() == fresh
    assert store.load() is None
    autosave.finish()


def test_a_case_from_elsewhere_is_reopened_from_a_kept_copy(make_window, dialog_recorder, tmp_path, case):
    from ua_desktop.gui.main_window.autosave_timer import RECOVERED_CASE_NAME, start_autosave

    other = case.with_changes(title="Another case", country="Elsewhere")
    left_behind(RecoveryStore(tmp_path / "recovery"), a_draft(other, case_path=str(tmp_path / "gone.json")))
    window = make_window()
    start_autosave(window, tmp_path, interval_ms=60_000).finish()
    assert window.session.case == other
    assert window.case_path == tmp_path / "recovery" / RECOVERED_CASE_NAME
    assert "Моё письмо." in window.letter_panel.editor.toPlainText()
    assert window.sender_form.name.text() == "Анна"


def test_event_mode_offers_nothing(make_window, dialog_recorder, tmp_path, case):
    from ua_desktop.gui.main_window.autosave_timer import start_autosave

    left_behind(RecoveryStore(tmp_path / "recovery"), a_draft(case))
    window = make_window()
    autosave = start_autosave(window, tmp_path, private=True, interval_ms=10)
    assert dialog_recorder.questions == []
    type_at_end(window.letter_panel.editor, "secret")
    assert autosave.timer.tick() is False
    assert [p.name for p in (tmp_path / "recovery").iterdir()] == ["draft-99999999.json"]


def test_a_killed_app_letter_is_restored(make_window, dialog_recorder, tmp_path):
    """The real thing: a separate app process, typed into, killed with
    SIGKILL once autosave ran; the next window brings the letter back."""
    from ua_desktop.gui.app_paths import AppPaths
    from ua_desktop.gui.main_window.autosave_timer import start_autosave

    typed = "P.S. Я учитель из Лиона."
    env = dict(os.environ, UA_CHILD_TYPED=typed, PYTHONPATH=str(ROOT))
    child = subprocess.Popen([sys.executable, str(CHILD)], cwd=ROOT, env=env, stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, text=True)
    try:
        line = child.stdout.readline()  # blocks until autosave has written
        assert line.startswith("READY"), child.stderr.read() if child.poll() is not None else line
    finally:
        child.kill()  # SIGKILL on POSIX, TerminateProcess on Windows: no clean-up runs either way
        child.wait(timeout=30)
        child.stdout.close()
        child.stderr.close()
    assert child.returncode == (-signal.SIGKILL if os.name == "posix" else 1)

    window = make_window()
    assert typed not in window.letter_panel.editor.toPlainText()
    autosave = start_autosave(window, AppPaths.for_this_user().data_dir, interval_ms=60_000)
    assert any("closed unexpectedly" in q for q in dialog_recorder.questions)
    text = window.letter_panel.editor.toPlainText()
    assert text.rstrip().endswith(typed)
    assert "Урматтуу Президент айым!" in text  # Kyrgyz, to the third recipient
    assert window.session.recipient_index == 2 and window.session.language == "ky"
    assert window.sender_form.name.text() == "Anna Schmidt"
    assert window.session.letter.text == text
    autosave.finish()


def test_switching_event_mode_on_removes_the_record(make_window, dialog_recorder, tmp_path):
    from ua_desktop.gui.main_window.autosave_timer import start_autosave

    window = make_window()
    autosave = start_autosave(window, tmp_path, interval_ms=60_000)
    type_at_end(window.letter_panel.editor, "personal words")
    assert autosave.timer.tick() and autosave.store.path.exists()
    autosave.set_private(True)
    assert not autosave.store.path.exists()
    type_at_end(window.letter_panel.editor, " more")
    assert autosave.timer.tick() is False and not autosave.store.path.exists()
    autosave.set_private(False)
    assert autosave.timer.tick() is True and autosave.store.path.exists()
    autosave.finish()


def test_a_failed_autosave_is_tried_again(qtbot, tmp_path, case):
    from ua_desktop.gui.main_window.autosave_timer import AutosaveTimer

    blocker = tmp_path / "recovery"
    blocker.write_text("a file where the folder should be")
    store = RecoveryStore(blocker)
    state = {"draft": None}
    timer = AutosaveTimer(store, lambda: state["draft"])
    state["draft"] = a_draft(case)
    assert timer.tick() is False  # cannot write: logged, not shown
    blocker.unlink()
    assert timer.tick() is True and store.path.exists()


def test_autosave_follows_the_window_when_it_is_rebuilt(make_window, dialog_recorder, tmp_path, qtbot):
    """Changing the window language builds a new window around the same
    letter; autosave keeps saving what is on the new one."""
    from ua_desktop.gui.main_window.autosave_timer import start_autosave

    first = make_window()
    shell = first.shell
    autosave = start_autosave(first, tmp_path, interval_ms=60_000)
    shell.switch_language("ru")
    second = shell.window
    assert second is not first
    qtbot.addWidget(second)
    type_at_end(second.letter_panel.editor, "Написано после смены языка.")
    assert autosave.timer.tick() is True
    saved_text = json.loads(autosave.store.path.read_text(encoding="utf-8"))["letter_text"]
    assert saved_text.rstrip().endswith("Написано после смены языка.")
    autosave.finish()
    second.session._edited_text = None


def test_event_mode_in_the_library_keeps_autosave_private(qtbot, tmp_path):
    from ua_desktop.gui.app import build_main_window, create_application, event_mode_on, follow_event_mode
    from ua_desktop.gui.main_window.autosave_timer import start_autosave

    create_application()
    window = build_main_window(None)
    qtbot.addWidget(window)
    autosave = start_autosave(window, tmp_path, private=event_mode_on(window))
    follow_event_mode(window, autosave)
    assert not autosave.store.private
    window.library_hook.event_action.setChecked(True)
    assert autosave.store.private
    window.library_hook.event_action.setChecked(False)
    assert not autosave.store.private
    autosave.finish()


def test_the_window_brings_back_a_letter_from_a_cut_draft_and_says_so(make_window, dialog_recorder, case):
    from ua_desktop.gui.app_paths import AppPaths
    from ua_desktop.gui.main_window.autosave_timer import start_autosave

    folder = AppPaths.for_this_user().data_dir / "recovery"
    typed = "Уважаемая госпожа Президент!\n\nМоё письмо, набранное до сбоя.\nАнна\n"
    path = left_behind(RecoveryStore(folder), a_draft(case, letter_text=typed))
    path.write_bytes(path.read_bytes()[:-5])
    window = make_window()
    autosave = start_autosave(window, folder.parent, interval_ms=60_000)
    try:
        assert any("damaged" in info and ".damaged" in info for info in dialog_recorder.infos), dialog_recorder.infos
        assert any("closed unexpectedly" in q for q in dialog_recorder.questions)
        assert window.letter_panel.editor.toPlainText().rstrip("\n") == typed.rstrip("\n")
    finally:
        autosave.finish()
