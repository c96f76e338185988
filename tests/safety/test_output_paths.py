"""Impossible outputs get a plain message, and a read-only file at the
output path is not replaced unless the person says so (--replace on the
command line); the window keeps the letter and says why."""

from __future__ import annotations

import stat

import pytest

from safety_helpers import type_at_end
from ua_desktop.cli.batch import run_batch_command
from ua_desktop.cli.main import main
from ua_desktop.paths import sample_case_path

CASE = str(sample_case_path())


def read_only_file(path):
    path.write_bytes(b"the user's file, kept read-only on purpose")
    path.chmod(stat.S_IRUSR | stat.S_IRGRP | stat.S_IROTH)
    return path


@pytest.mark.parametrize("output,words", [
    ("", "No file name was given"),
    (".", "is a folder"),
    ("{tmp}", "is a folder"),
    ("{tmp}/", "is a folder"),
    ("{tmp}/gone/letter.docx", "does not exist"),
])
def test_impossible_outputs_are_a_plain_message(tmp_path, capsys, output, words):
    output = output.format(tmp=tmp_path)
    assert main(["letter", CASE, "-o", output]) == 1
    err = capsys.readouterr().err
    assert words in err and "Device or resource busy" not in err and "Errno" not in err
    csv = tmp_path / "signers.csv"
    csv.write_text("Name\nAnna\n", encoding="utf-8")
    assert run_batch_command(["--signers", str(csv), "-o", output]) == 1
    assert words in capsys.readouterr().err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["signers.csv"]


def test_a_read_only_file_is_replaced_only_when_asked(tmp_path, capsys):
    target = read_only_file(tmp_path / "letter.docx")
    assert main(["letter", CASE, "-o", str(target)]) == 1
    err = capsys.readouterr().err
    assert "read-only" in err and "--replace" in err
    assert target.read_bytes() == b"the user's file, kept read-only on purpose"
    assert main(["letter", CASE, "-o", str(target), "--replace"]) == 0
    assert target.read_bytes()[:2] == b"PK"


def test_a_batch_does_not_replace_a_read_only_file(tmp_path, capsys):
    csv = tmp_path / "signers.csv"
    csv.write_text("Name\nAnna\n", encoding="utf-8")
    labels = read_only_file(tmp_path / "letters - labels.docx")
    out = tmp_path / "letters.docx"
    assert run_batch_command(["--signers", str(csv), "-o", str(out), "--labels"]) == 1
    assert "read-only" in capsys.readouterr().err and not out.exists()
    assert labels.read_bytes() == b"the user's file, kept read-only on purpose"
    assert run_batch_command(["--signers", str(csv), "-o", str(out), "--labels", "--replace"]) == 0
    assert labels.read_bytes()[:2] == b"PK" and out.exists()


def test_the_window_does_not_replace_a_read_only_file(make_window, dialog_recorder, tmp_path):
    window = make_window()
    type_at_end(window.letter_panel.editor, "P.S. Мой текст.")
    target = read_only_file(tmp_path / "letter.docx")
    dialog_recorder.save_path = target
    assert window.letter_actions.save_letter() is None
    assert target.read_bytes() == b"the user's file, kept read-only on purpose"
    [error] = dialog_recorder.errors
    assert "read-only" in error and "Your letter is still on the screen." in error
    assert window.has_unsaved_edits()
