"""Temporary files of an interrupted save or batch are removed at the next
start: only ours, only older than a few minutes, never a user's file; and
the journal of folders keeps no trace of a finished save."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

from ua_desktop.core.storage import leftovers
from ua_desktop.core.storage.atomic import write_all_or_nothing, write_text_atomically
from ua_desktop.core.storage.leftovers import journal_path, remove_leftovers

ROOT = Path(__file__).resolve().parents[2]
LATER = time.time() + 3600

#: Killed while writing a big file, after the temporary file was flushed.
CHILD = """
import os, sys, time
from pathlib import Path
from ua_desktop.core.storage.atomic import write_atomically

def write(handle):
    handle.write(b"x" * 4_000_000)
    handle.flush()
    print("WRITING", flush=True)
    time.sleep(60)

write_atomically(Path(sys.argv[1]), write)
"""


def test_a_killed_save_leaves_a_file_that_the_next_start_removes(tmp_path):
    folder = tmp_path / "letters"
    folder.mkdir()
    (folder / "mine.docx").write_bytes(b"the user's own file")
    child = subprocess.Popen([sys.executable, "-c", CHILD, str(folder / "batch.docx")], cwd=ROOT,
                             env=dict(os.environ, PYTHONPATH=str(ROOT)), stdout=subprocess.PIPE, text=True)
    try:
        assert child.stdout.readline().strip() == "WRITING"
    finally:
        child.kill()
        child.wait(timeout=30)
        child.stdout.close()
    [left] = [p for p in folder.iterdir() if p.name != "mine.docx"]
    assert left.stat().st_size == 4_000_000 and str(folder.resolve()) in journal_path().read_text()

    assert remove_leftovers() == [], "a few minutes old at most: it may be a save under way"
    assert left.exists()
    assert remove_leftovers(now=LATER) == [left]
    assert sorted(p.name for p in folder.iterdir()) == ["mine.docx"]
    assert not journal_path().exists(), "nothing left to look for"


def test_only_our_own_names_are_removed(tmp_path):
    folder = tmp_path / "letters"
    folder.mkdir()
    dead = 2 ** 22 + 12345  # no such process
    ours = [folder / f".letter.docx.ua-desktop-{dead}-abc123.tmp", folder / f".a.docx.ua-desktop-{dead}-x_9.old"]
    users = [folder / ".letter.docx.abc123.tmp", folder / f"letter.docx.ua-desktop-{dead}-abc.tmp",
             folder / f".letter.docx.ua-desktop-{dead}-abc.tmp.docx", folder / "notes.tmp",
             folder / f".letter.docx.ua-desktop-{os.getpid()}-abc.tmp"]  # a process still running
    for path in ours + users:
        path.write_bytes(b"x")
    link = folder / f".link.ua-desktop-{dead}-abc.tmp"
    link.symlink_to(users[0])
    journal_path().parent.mkdir(parents=True, exist_ok=True)
    journal_path().write_text(f"{folder}\n{tmp_path / 'gone'}\n", encoding="utf-8")
    assert sorted(remove_leftovers(now=LATER)) == sorted(ours)
    assert all(path.exists() for path in users) and link.is_symlink()


def test_a_finished_save_leaves_no_trace_in_the_journal(tmp_path):
    """At an event, the folder a letter went to may name its writer."""
    folder = tmp_path / "Zoltan Quixby"
    folder.mkdir()
    write_text_atomically(folder / "letter.txt", "Dear Minister")
    write_all_or_nothing({folder / "a.docx": b"a", tmp_path / "b.docx": b"b"})
    assert not journal_path().exists() or "Zoltan" not in journal_path().read_text()
    assert sorted(p.name for p in folder.iterdir()) == ["a.docx", "letter.txt"]


def test_a_journal_that_cannot_be_written_never_stops_a_save(tmp_path, monkeypatch):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    monkeypatch.setattr(leftovers, "journal_path", lambda: blocker / "journal.txt")
    write_text_atomically(tmp_path / "letter.txt", "Dear Minister")
    assert (tmp_path / "letter.txt").read_text() == "Dear Minister"
