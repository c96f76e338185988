"""Autosave and recovery: the letter being written survives a crash.

While the window is open, a small JSON "draft" record (the case under
review, the chosen recipient and language, the sender's details and the
letter's words when the user has changed them) is written every few seconds
to the app's data folder, atomically. A clean exit removes it. If the app is
killed or crashes, the record is still there at the next start, which offers
to bring the letter back.

Each running copy of the app writes its own file (``draft-<pid>.json``), so
two windows never overwrite each other's drafts, and a draft is only offered
once the process that wrote it has ended.

In private mode (letter-writing events on a shared computer) nothing is
written at all, and nothing is offered.

No Qt here: the GUI side is ``ua_desktop.gui.main_window.autosave_timer``.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import logging
import os
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ua_desktop.core.storage.atomic import SaveError, write_text_atomically
from ua_desktop.core.case.model import Case
from ua_desktop.core.case.casefile import MAX_FILE_BYTES, CaseFileError, case_from_dict, case_to_dict
from ua_desktop.core.letters.letter import Sender
from ua_desktop.core.storage.bounded import read_bounded
from ua_desktop.core.storage.damaged import DamageNotice, report_damaged
from ua_desktop.core.storage.truncated_json import close_json
from ua_desktop.core.text import clean_line, clean_text
from ua_desktop.i18n import _

log = logging.getLogger(__name__)

DRAFT_FORMAT = "ua-desktop-draft"
DRAFT_VERSION = 1
DRAFT_PREFIX = "draft-"
#: A draft holds one case (at most a case file's size) plus one letter.
MAX_DRAFT_BYTES = MAX_FILE_BYTES + 1024 * 1024
MAX_LETTER_CHARS = 200_000


@dataclass(frozen=True)
class Draft:
    """What is needed to put the letter back on the screen."""

    case: Case
    recipient_index: int = 0
    language: str = ""
    sender: Sender = Sender()
    #: The letter's words if the user changed them; None when the letter is
    #: exactly the draft for the choices (it is then simply drafted again).
    letter_text: str | None = None
    #: Where the case was opened from, if anywhere (shown, and reopened
    #: when the file there is still the same case).
    case_path: str = ""
    #: Set when written; not part of what the draft *is*.
    saved_at: dt.datetime | None = field(default=None, compare=False)
    #: The file it was read from (set by `RecoveryStore.load`).
    source: Path | None = field(default=None, compare=False, repr=False)
    #: True when it was read back from a damaged (cut-short) record.
    recovered: bool = field(default=False, compare=False)

    def to_dict(self, saved_at: dt.datetime) -> dict[str, Any]:
        return {
            "format": DRAFT_FORMAT,
            "version": DRAFT_VERSION,
            "saved_at": saved_at.isoformat(timespec="seconds"),
            "pid": os.getpid(),
            "case_path": self.case_path,
            "case": case_to_dict(self.case),
            "recipient_index": self.recipient_index,
            "language": self.language,
            "sender": {"name": self.sender.name, "town": self.sender.town, "country": self.sender.country,
                       "address_lines": list(self.sender.address_lines)},
            "letter_text": self.letter_text,
        }


class DraftError(Exception):
    """A draft record is damaged; it is then ignored (never shown as a crash)."""


def draft_from_dict(data: Any, source: Path | None = None) -> Draft:
    """Read a draft record; anything unexpected raises `DraftError`."""
    if not isinstance(data, dict) or data.get("format") != DRAFT_FORMAT:
        raise DraftError("not a draft record")
    if data.get("version") != DRAFT_VERSION:
        raise DraftError("unknown draft version")
    try:
        case = case_from_dict(data.get("case"), source_name="draft")
    except CaseFileError as error:
        raise DraftError(str(error)) from None
    index = data.get("recipient_index", 0)
    if not isinstance(index, int) or isinstance(index, bool) or not 0 <= index < max(1, len(case.recipients)):
        index = 0
    sender_data = data.get("sender") or {}
    if not isinstance(sender_data, dict):
        raise DraftError("sender is not a record")
    sender = Sender(
        name=_line(sender_data.get("name")),
        town=_line(sender_data.get("town")),
        country=_line(sender_data.get("country")),
        address_lines=tuple(line for line in (_line(v) for v in _list(sender_data.get("address_lines"))) if line),
    )
    text = data.get("letter_text")
    if text is not None:
        if not isinstance(text, str) or len(text) > MAX_LETTER_CHARS:
            raise DraftError("letter text is not text")
        text = clean_text(text)
    saved_at = None
    if isinstance(data.get("saved_at"), str):
        try:
            saved_at = dt.datetime.fromisoformat(data["saved_at"])
        except ValueError:
            saved_at = None
    return Draft(case=case, recipient_index=index, language=_line(data.get("language")), sender=sender,
                 letter_text=text, case_path=_line(data.get("case_path")), saved_at=saved_at, source=source)


def _line(value: Any) -> str:
    return clean_line(value[:1000]) if isinstance(value, str) else ""


def _list(value: Any) -> list:
    return value[:50] if isinstance(value, list) else []


class RecoveryStore:
    """The draft records in one folder (the app's data folder).

    ``save(draft)`` writes this process's record; ``load()`` finds the newest
    record left behind by a process that has ended; ``clear()`` removes this
    process's record (on a clean exit, or once the letter is saved);
    ``discard(draft)`` removes a left-behind record once it was restored or
    declined. With ``private=True`` nothing is written or offered.
    """

    def __init__(self, folder: Path | str, *, private: bool = False, pid: int | None = None):
        self.folder = Path(folder)
        self.private = private
        self.pid = os.getpid() if pid is None else pid
        #: Damaged records found by `load`, each set aside with a dated copy.
        self.damage_notices: list[DamageNotice] = []

    @property
    def path(self) -> Path:
        return self.folder / f"{DRAFT_PREFIX}{self.pid}.json"

    # ------------------------------------------------------------ writing
    def save(self, draft: Draft, now: dt.datetime | None = None) -> bool:
        """Write the draft; False (and a log line) if it could not be written.

        Autosave never interrupts the user: a full disk is logged, not shown.
        """
        if self.private:
            return False
        record = draft.to_dict(now or dt.datetime.now().astimezone())
        record["pid"] = self.pid
        text = json.dumps(record, ensure_ascii=False, indent=1)
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            _create_owner_only(self.path)
            write_text_atomically(self.path, text)  # keeps the existing file's permissions
        except (SaveError, OSError) as error:
            log.warning("Autosave failed: %s", error)
            return False
        return True

    def clear(self) -> None:
        """Forget this process's draft (clean exit, or the letter was saved)."""
        _remove(self.path)

    def discard(self, draft: Draft) -> None:
        """Forget a left-behind draft once it was restored or declined."""
        if draft.source is not None:
            _remove(draft.source)

    # ------------------------------------------------------------ reading
    def load(self) -> Draft | None:
        """The newest draft left behind by an app that did not close
        cleanly, or None. Damaged records are removed and ignored."""
        if self.private:
            return None
        found: list[Draft] = []
        for path in self._records():
            pid = _pid_of(path)
            if pid == self.pid or (pid is not None and _process_running(pid)):
                continue
            try:
                raw = read_bounded(path, MAX_DRAFT_BYTES)
            except (OSError, ValueError) as error:
                log.warning("Ignoring a draft that cannot be read %s: %s", path.name, error)
                continue
            try:
                found.append(draft_from_dict(json.loads(raw.decode("utf-8")), source=path))
            except (ValueError, RecursionError, DraftError) as error:
                log.warning("A damaged draft %s: %s", path.name, error)
                recovered = self._set_aside(path, raw)
                if recovered is not None:
                    found.append(recovered)
        if not found:
            return None
        return max(found, key=lambda d: d.saved_at.timestamp() if d.saved_at else 0.0)

    def _set_aside(self, path: Path, raw: bytes) -> Draft | None:
        """Keep a damaged record as a dated copy and read back what it still
        holds (a record cut short keeps the case and the letter's words)."""
        if not raw.strip():
            _remove(path)  # an empty record holds nothing to keep
            return None
        try:
            draft = draft_from_dict(close_json(raw.decode("utf-8", "ignore")))
        except (ValueError, RecursionError, DraftError):
            draft = None
        if draft is not None:
            notice = report_damaged(path, _(
                "The letter you were writing when UA Desktop closed was damaged, but its words could be read and "
                "are offered back. The damaged file was kept as {copy}."), _(
                "The letter you were writing when UA Desktop closed was damaged, but its words could be read and "
                "are offered back."))
            draft = dataclasses.replace(draft, recovered=True)
        else:
            notice = report_damaged(path, _(
                "A letter kept when UA Desktop closed unexpectedly was damaged and could not be read. The damaged "
                "file was kept as {copy}."), _(
                "A letter kept when UA Desktop closed unexpectedly was damaged and could not be read."))
        self.damage_notices.append(notice)
        if notice.copy is None:
            _remove(path)
        return draft

    def _records(self) -> list[Path]:
        try:
            return sorted(self.folder.glob(f"{DRAFT_PREFIX}*.json"))
        except OSError:
            return []


def _pid_of(path: Path) -> int | None:
    digits = path.stem[len(DRAFT_PREFIX):]
    return int(digits) if digits.isdigit() else None


def _process_running(pid: int) -> bool:
    """Whether another process with this id is still running (POSIX). On
    Windows every other record counts as left behind."""
    if sys.platform == "win32" or pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    except OSError:
        return False
    return True


def _create_owner_only(path: Path) -> None:
    """The draft holds the user's name and letter: readable by them alone.
    Creating the file first with owner-only permissions means the atomic
    write (which keeps an existing file's permissions) never exposes it."""
    if path.exists():
        return
    try:
        os.close(os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
    except FileExistsError:
        pass


def _remove(path: Path) -> None:
    try:
        path.unlink()
    except FileNotFoundError:
        pass
    except OSError as error:
        log.warning("Could not remove the draft %s: %s", path, error)
