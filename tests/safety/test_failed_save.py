"""A save that fails (disk full, no permission, file locked, folder gone)
leaves the old file exactly as it was, says so in plain words, and keeps
the letter on the screen."""

from __future__ import annotations

import errno
import os

import pytest

from safety_helpers import type_at_end
from ua_desktop.core.storage import atomic
from ua_desktop.core.storage.atomic import SaveError, write_text_atomically
from ua_desktop.core.case.casefile import load_case, save_case
from ua_desktop.paths import sample_case_path

FAILURES = {
    "disk full": ("fsync", OSError(errno.ENOSPC, "No space left on device"), "The disk is full"),
    "no permission": ("replace", PermissionError(errno.EACCES, "Permission denied"), "not allowed to save"),
    "file locked": ("replace", PermissionError(errno.EPERM, "The process cannot access the file"),
                    "not allowed to save"),
    "device gone": ("fsync", OSError(errno.EIO, "Input/output error"), "could not be saved"),
}


def fail_in_os(monkeypatch, function: str, error: OSError) -> None:
    def failing(*args, **kwargs):
        raise error

    monkeypatch.setattr(atomic.os, function, failing)


@pytest.mark.parametrize("kind", FAILURES)
def test_a_failed_write_keeps_the_old_file(tmp_path, monkeypatch, kind):
    function, error, message = FAILURES[kind]
    target = tmp_path / "letter.txt"
    target.write_text("the old letter, safe\n", encoding="utf-8")
    fail_in_os(monkeypatch, function, error)
    with pytest.raises(SaveError) as caught:
        write_text_atomically(target, "the new letter\n")
    assert message in str(caught.value)
    assert target.read_text(encoding="utf-8") == "the old letter, safe\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["letter.txt"], "no temporary file left behind"


def test_a_missing_folder_or_a_folder_in_the_way_is_a_plain_message(tmp_path):
    with pytest.raises(SaveError, match="does not exist"):
        write_text_atomically(tmp_path / "gone" / "letter.txt", "x")
    (tmp_path / "letter.txt").mkdir()
    with pytest.raises(SaveError):
        write_text_atomically(tmp_path / "letter.txt", "x")
    assert (tmp_path / "letter.txt").is_dir()


def test_a_case_file_survives_a_failed_save(tmp_path, monkeypatch):
    case = load_case(sample_case_path())
    path = tmp_path / "case.json"
    save_case(case, path)
    before = path.read_bytes()
    fail_in_os(monkeypatch, "replace", PermissionError(errno.EACCES, "Permission denied"))
    with pytest.raises(SaveError):
        save_case(case.with_changes(title="changed"), path)
    assert path.read_bytes() == before


@pytest.mark.parametrize("suffix", [".docx", ".txt"])
@pytest.mark.parametrize("kind", ["disk full", "file locked"])
def test_the_window_keeps_the_letter_when_saving_fails(make_window, dialog_recorder, tmp_path, monkeypatch,
                                                       suffix, kind):
    window = make_window()
    type_at_end(window.letter_panel.editor, "P.S. Мой текст.")
    mine = window.letter_panel.editor.toPlainText()
    target = tmp_path / f"letter{suffix}"
    target.write_bytes(b"old bytes")
    dialog_recorder.save_path = target
    function, error, message = FAILURES[kind]
    with monkeypatch.context() as patch:
        fail_in_os(patch, function, error)
        assert window.letter_actions.save_letter() is None
    assert target.read_bytes() == b"old bytes"
    assert len(dialog_recorder.errors) == 1
    assert message in dialog_recorder.errors[0] and "Your letter is still on the screen." in dialog_recorder.errors[0]
    assert window.letter_panel.editor.toPlainText() == mine
    assert window.has_unsaved_edits(), "a failed save must not count as saved"
    # and once the problem is gone, the same save works
    assert window.letter_actions.save_letter() == target
    assert target.read_bytes() != b"old bytes" and not window.has_unsaved_edits()


def test_an_existing_file_keeps_its_permissions(tmp_path):
    target = tmp_path / "letter.txt"
    target.write_text("old", encoding="utf-8")
    os.chmod(target, 0o640)
    write_text_atomically(target, "new")
    assert target.stat().st_mode & 0o777 == 0o640
