"""Temporary files left by a save or batch that was interrupted (the app
killed, the computer switched off) are removed at the next start.

Every temporary file the app writes beside a target is named
``.<target name>.ua-desktop-<process id>-<random>.<kind>`` (kind ``tmp``,
``old`` or ``check``), and while a save is under way its folder is noted in
a small journal in the app's own data folder (and taken out again when the
save is over, so the journal keeps no trace of where a finished letter
went: at an event, a folder name may name the writer). At start,
`remove_leftovers` looks in the journaled folders for files with exactly
that kind of name, older than a few minutes, whose process is no longer
running, and removes them: only ours, never a file of the user's.
"""

from __future__ import annotations

import contextlib
import os
import re
import time
from collections.abc import Iterator
from pathlib import Path

from ua_desktop.core.storage.app_dirs import state_dir
from ua_desktop.core.log import logger


JOURNAL_NAME = "unfinished-saves.txt"
MARK = "ua-desktop"
#: A temporary file younger than this may belong to a save in progress.
MIN_AGE_SECONDS = 5 * 60
MAX_JOURNAL_FOLDERS = 200
_LEFTOVER = re.compile(r"^\..+\." + MARK + r"-(?P<pid>\d+)-[A-Za-z0-9_]+\.(?:tmp|old|check)$")

_under_way: dict[str, int] = {}


def temp_prefix(target: Path) -> str:
    """The start of a temporary file's name beside `target` (mkstemp adds the random part)."""
    return f".{target.name}.{MARK}-{os.getpid()}-"


def is_leftover_name(name: str) -> bool:
    return _LEFTOVER.match(name) is not None


def journal_path() -> Path:
    """The journal in the app's data folder (``UA_DESKTOP_HOME`` when set)."""
    return state_dir() / JOURNAL_NAME


@contextlib.contextmanager
def saves_under_way(folders) -> Iterator[None]:
    """While inside, the `folders` being written are in the journal; when
    the last save in a folder is over and left nothing of ours, it is taken
    out again."""
    keys = sorted({str(Path(folder).resolve()) for folder in folders})
    for key in keys:
        _under_way[key] = _under_way.get(key, 0) + 1
        if _under_way[key] == 1:
            _change_journal(add=key)
    try:
        yield
    finally:
        for key in keys:
            _under_way[key] -= 1
            if _under_way[key] == 0:
                del _under_way[key]
                if not _has_leftovers(Path(key)):
                    _change_journal(remove=key)


def _change_journal(add: str = "", remove: str = "") -> None:
    """Never a reason for a save to fail: a journal that cannot be written is logged."""
    journal = journal_path()
    try:
        folders = _journal_folders(journal)
        if add and add not in folders:
            journal.parent.mkdir(parents=True, exist_ok=True)
            with open(journal, "a", encoding="utf-8") as handle:
                handle.write(add + "\n")
        elif remove and remove in folders:
            _rewrite_journal(journal, [f for f in folders if f != remove])
    except OSError as error:
        logger(__name__).warning("Could not update %s: %s", journal, error)


def _has_leftovers(folder: Path) -> bool:
    try:
        return any(_LEFTOVER.match(entry.name) for entry in os.scandir(folder))
    except OSError:
        return False


def remove_leftovers(now: float | None = None) -> list[Path]:
    """Remove our interrupted temporary files in every journaled folder;
    returns what was removed. Folders with nothing left are forgotten."""
    now = time.time() if now is None else now
    journal = journal_path()
    removed, still = [], []
    for folder in _journal_folders(journal):
        if folder in _under_way:
            still.append(folder)
            continue
        found, waiting = _clean_folder(Path(folder), now)
        removed += found
        if waiting:
            still.append(folder)
    _rewrite_journal(journal, still)
    for path in removed:
        logger(__name__).info("Removed a temporary file left by an interrupted save: %s", path)
    return removed


def _clean_folder(folder: Path, now: float) -> tuple[list[Path], bool]:
    """(what was removed, whether something of ours may still need removing later)."""
    removed, waiting = [], False
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return [], False
    for entry in entries:
        match = _LEFTOVER.match(entry.name)
        if match is None:
            continue
        try:
            info = entry.stat(follow_symlinks=False)
            if not entry.is_file(follow_symlinks=False):
                continue
            if now - info.st_mtime < MIN_AGE_SECONDS or _running(int(match["pid"])):
                waiting = True
                continue
            os.unlink(entry.path)
            removed.append(Path(entry.path))
        except OSError:
            waiting = True
    return removed, waiting


def _running(pid: int) -> bool:
    if pid == os.getpid():
        return True
    if os.name != "posix":
        return False  # cannot ask cheaply; the age test alone decides
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True
    return True


def _journal_folders(journal: Path) -> list[str]:
    try:
        with open(journal, encoding="utf-8", errors="replace") as handle:
            lines = [line.strip() for line in handle.read(1024 * 1024).splitlines()]
    except FileNotFoundError:
        return []
    return list(dict.fromkeys(line for line in lines if line))[-MAX_JOURNAL_FOLDERS:]


def _rewrite_journal(journal: Path, folders: list[str]) -> None:
    try:
        if folders:
            journal.write_text("".join(f + "\n" for f in folders), encoding="utf-8")
        elif journal.exists():
            journal.unlink()
    except OSError as error:
        logger(__name__).warning("Could not update %s: %s", journal, error)
