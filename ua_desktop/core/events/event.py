"""A letter-writing event: one computer, many writers, one after another.

`LetterEvent` holds what lasts for the whole event: the cases on offer,
the writer counter (which drives the wording, so consecutive writers get
different letters), the recipients added at the event (an embassy that is
not on the sheet: not personal, so kept for the next writer and, if there
is a data folder, across restarts), and the optional sign-up list (only
when the organiser switches it on, and only for writers who agree).

What belongs to one writer (which recipients they covered, their personal
sentence) is forgotten by `next_writer`. The writer's name and town never
reach this module except through an explicit sign-up.

No Qt here: the window is ``ua_desktop.gui.event.window``.
"""

from __future__ import annotations

import csv
import io
import json
import logging
from dataclasses import dataclass, replace
from pathlib import Path

from ua_desktop.core.storage.atomic import write_bytes_atomically, write_text_atomically
from ua_desktop.core.case.model import Case, Gender, Recipient, RecipientRole
from ua_desktop.core.letters.drafting import LetterDrafter
from ua_desktop.core.letters.letter import Sender
from ua_desktop.core.letters.session import LetterSession
from ua_desktop.core.events.tally import case_key
from ua_desktop.core.storage.bounded import read_bounded
from ua_desktop.core.storage.damaged import DamageNotice, report_damaged
from ua_desktop.core.text import clean_line
from ua_desktop.i18n import _, ngettext

log = logging.getLogger(__name__)

MAX_PERSONAL_CHARS = 300
EXTRA_RECIPIENTS_FILE = "event-recipients.json"
EXTRA_FORMAT = "ua-desktop-event-recipients"
SIGNUP_FILE = "event-signups.csv"
MAX_EXTRA_BYTES = 1024 * 1024
MAX_SIGNUP_BYTES = 20 * 1024 * 1024


def clean_personal(text: str) -> str:
    """The writer's one personal sentence: one line, at most
    MAX_PERSONAL_CHARS characters (cut at a word where possible)."""
    text = clean_line(text)
    if len(text) <= MAX_PERSONAL_CHARS:
        return text
    cut = text[:MAX_PERSONAL_CHARS]
    space = cut.rfind(" ")
    return (cut[:space] if space > MAX_PERSONAL_CHARS // 2 else cut).rstrip(" ,;:")


@dataclass(frozen=True)
class SignUp:
    """A writer who agreed to be on the list for a later batch."""

    name: str
    town: str = ""
    country: str = ""
    language: str = ""


class LetterEvent:
    def __init__(self, cases: list[Case], data_dir: Path | None = None, *, first_wording: int = 0):
        if not cases:
            raise ValueError("an event needs at least one case")
        self._cases = list(cases)
        self.data_dir = Path(data_dir) if data_dir else None
        self.writer_number = 1
        self._next_wording = first_wording
        self.wording = self.new_wording()
        self._covered: dict[str, set[str]] = {}
        self._extras: dict[str, list[Recipient]] = {}
        self.signups_enabled = False
        #: Damaged files found (the sign-up list), each set aside with a dated copy.
        self.damage_notices: list[DamageNotice] = []
        self._load_extras()

    # ------------------------------------------------------------ cases
    @property
    def cases(self) -> list[Case]:
        """The offered cases, each with the recipients added at the event."""
        return [self.case_with_extras(case) for case in self._cases]

    def case_with_extras(self, case: Case) -> Case:
        extras = [r for r in self._extras.get(case_key(case), []) if r not in case.recipients]
        return replace(case, recipients=case.recipients + tuple(extras)) if extras else case

    def extra_recipients(self, case: Case) -> list[Recipient]:
        return list(self._extras.get(case_key(case), []))

    def add_recipient(self, case: Case, recipient: Recipient) -> Case:
        """Add a recipient not on the sheet; kept for the next writers.
        Returns the case with it. Raises SaveError if it could not be kept
        on disk (it is still kept for this event)."""
        recipient = _clean_recipient(recipient)
        extras = self._extras.setdefault(case_key(case), [])
        if recipient not in extras:
            extras.append(recipient)
        self._save_extras()
        return self.case_with_extras(case)

    def remove_recipient(self, case: Case, recipient: Recipient) -> Case:
        extras = self._extras.get(case_key(case), [])
        if recipient in extras:
            extras.remove(recipient)
            self._save_extras()
        return self.case_with_extras(case)

    # ------------------------------------------------------------ the writer
    def new_wording(self) -> int:
        """A wording number not yet used at this event (for the next
        writer, or when a writer asks for different words)."""
        wording = self._next_wording
        self._next_wording += 1
        return wording

    def different_wording(self) -> int:
        self.wording = self.new_wording()
        return self.wording

    def mark_covered(self, case: Case, recipient: Recipient) -> None:
        self._covered.setdefault(case_key(case), set()).add(_recipient_key(recipient))

    def set_covered(self, case: Case, recipient: Recipient, covered: bool) -> None:
        keys = self._covered.setdefault(case_key(case), set())
        (keys.add if covered else keys.discard)(_recipient_key(recipient))

    def is_covered(self, case: Case, recipient: Recipient) -> bool:
        return _recipient_key(recipient) in self._covered.get(case_key(case), set())

    def not_covered(self, case: Case) -> list[Recipient]:
        return [r for r in self.case_with_extras(case).recipients if not self.is_covered(case, r)]

    def next_writer(self) -> None:
        """Forget everything about the writer who just left."""
        self._covered = {}
        self.writer_number += 1
        self.wording = self.new_wording()

    # ------------------------------------------------------------ sign-up list
    @property
    def signup_path(self) -> Path | None:
        return self.data_dir / SIGNUP_FILE if self.data_dir else None

    def add_signup(self, signup: SignUp) -> bool:
        """Add a writer who agreed to the list; only when the organiser
        switched the list on. Returns whether they were added. Raises
        SaveError when the list cannot be written."""
        name = clean_line(signup.name)
        if not self.signups_enabled or not name or self.signup_path is None:
            return False
        rows = self.signups()
        rows.append(SignUp(name, clean_line(signup.town), clean_line(signup.country), clean_line(signup.language)))
        self.data_dir.mkdir(parents=True, exist_ok=True)
        write_bytes_atomically(self.signup_path, _signup_csv(rows).encode("utf-8-sig"))
        return True

    def signups(self) -> list[SignUp]:
        """The writers on the list. A damaged list is set aside as a dated
        copy, the names that can still be read are kept in a new list, and
        `damage_notices` says so (the next writer never overwrites it)."""
        path = self.signup_path
        if path is None or not path.exists():
            return []
        try:
            raw = read_bounded(path, MAX_SIGNUP_BYTES)
        except ValueError:
            raw = None
        except OSError as error:
            log.warning("Sign-up list %s could not be read: %s", path, error)
            return []
        try:
            if raw is None:
                raise ValueError("too large")
            return _signup_rows(raw.decode("utf-8-sig"), strict=True)
        except (UnicodeDecodeError, csv.Error, ValueError) as error:
            log.warning("Sign-up list %s is damaged: %s", path, error)
            return self._set_aside_signups(path, raw or b"")

    def _set_aside_signups(self, path: Path, raw: bytes) -> list[SignUp]:
        rows = [row for row in _signup_rows(raw.decode("utf-8-sig", "replace").replace("\x00", ""), strict=False)
                if row.name and "\ufffd" not in row.name]
        count = len(rows)
        self.damage_notices.append(report_damaged(
            path,
            ngettext("The sign-up list was damaged. The {count} name that could still be read was kept; the "
                     "damaged list was kept as {copy}.",
                     "The sign-up list was damaged. The {count} names that could still be read were kept; the "
                     "damaged list was kept as {copy}.", count),
            ngettext("The sign-up list was damaged. The {count} name that could still be read was kept.",
                     "The sign-up list was damaged. The {count} names that could still be read were kept.", count),
            count=str(count)))
        write_bytes_atomically(path, _signup_csv(rows).encode("utf-8-sig"))
        return rows

    def export_signups(self, path: Path) -> None:
        write_bytes_atomically(Path(path), _signup_csv(self.signups()).encode("utf-8-sig"))

    def delete_signups(self) -> None:
        if self.signup_path is not None and self.signup_path.exists():
            self.signup_path.unlink()

    # ------------------------------------------------------------ the file of extra recipients
    def _load_extras(self) -> None:
        path = self.data_dir / EXTRA_RECIPIENTS_FILE if self.data_dir else None
        if path is None or not path.exists():
            return
        try:
            data = json.loads(read_bounded(path, MAX_EXTRA_BYTES).decode("utf-8"))
            if data.get("format") != EXTRA_FORMAT:
                raise ValueError("not an event recipients file")
            for key, items in data.get("cases", {}).items():
                self._extras[clean_line(str(key))] = [_recipient_from_dict(item) for item in items]
        except (OSError, ValueError, AttributeError, TypeError, KeyError) as error:
            log.warning("Event recipients %s could not be read: %s", path, error)
            self._extras = {}

    def _save_extras(self) -> None:
        if self.data_dir is None:
            return
        data = {"format": EXTRA_FORMAT, "version": 1,
                "cases": {key: [_recipient_to_dict(r) for r in items] for key, items in self._extras.items() if items}}
        self.data_dir.mkdir(parents=True, exist_ok=True)
        write_text_atomically(self.data_dir / EXTRA_RECIPIENTS_FILE, json.dumps(data, ensure_ascii=False, indent=1))


class EventLetterSession(LetterSession):
    """The letter session at an event: the personal sentence, and a clean
    start for each writer."""

    def __init__(self, case: Case, drafter: LetterDrafter | None = None, **kwargs):
        super().__init__(drafter or LetterDrafter(), case, **kwargs)

    def set_personal(self, text: str) -> None:
        super().set_personal(clean_personal(text))

    def start_writer(self, wording: int) -> None:
        """Forget the last writer: no sender, no personal sentence, no
        edits; a new wording."""
        self.set_sender(Sender())
        self.set_personal("")
        self.choose_wording(wording)
        self.redraft()


def _recipient_key(recipient: Recipient) -> str:
    return f"{recipient.role.value}\n{recipient.name}\n{recipient.title}"


def _clean_recipient(recipient: Recipient) -> Recipient:
    def lines(values) -> tuple[str, ...]:
        return tuple(line for line in (clean_line(v) for v in values) if line)

    return replace(recipient, name=clean_line(recipient.name), title_lines=lines(recipient.title_lines),
                   address_lines=lines(recipient.address_lines), country=clean_line(recipient.country),
                   fax=clean_line(recipient.fax), email=clean_line(recipient.email),
                   salutation=clean_line(recipient.salutation), office=clean_line(recipient.office) or "official",
                   note=clean_line(recipient.note))


def _recipient_to_dict(recipient: Recipient) -> dict:
    return {"role": recipient.role.value, "name": recipient.name, "title_lines": list(recipient.title_lines),
            "address_lines": list(recipient.address_lines), "country": recipient.country, "fax": recipient.fax,
            "email": recipient.email, "salutation": recipient.salutation, "gender": recipient.gender.value,
            "office": recipient.office, "note": recipient.note}


def _recipient_from_dict(item: dict) -> Recipient:
    return _clean_recipient(Recipient(
        role=RecipientRole(item.get("role", "copy")), name=str(item["name"]),
        title_lines=tuple(str(x) for x in item.get("title_lines", [])),
        address_lines=tuple(str(x) for x in item.get("address_lines", [])),
        country=str(item.get("country", "")), fax=str(item.get("fax", "")), email=str(item.get("email", "")),
        salutation=str(item.get("salutation", "")), gender=Gender(item.get("gender", "unknown")),
        office=str(item.get("office", "official")), note=str(item.get("note", ""))))


def _signup_rows(text: str, strict: bool) -> list[SignUp]:
    reader = csv.reader(io.StringIO(text, newline=""), strict=strict)
    rows = []
    for number, row in enumerate(reader):
        if number == 0 or not row:
            continue  # the heading
        if strict and (len(row) > 4 or any(any(ch < " " and ch not in "\t" for ch in cell) for cell in row)):
            raise ValueError(f"line {number + 1} is not a sign-up")
        rows.append(SignUp(*(clean_line(cell) for cell in (row + ["", "", "", ""])[:4])))
    return rows


def _signup_csv(rows: list[SignUp]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow([_("Name"), _("Town"), _("Country"), _("Language")])
    for row in rows:
        writer.writerow([_cell(row.name), _cell(row.town), _cell(row.country), _cell(row.language)])
    return out.getvalue()


def _cell(text: str) -> str:
    return "'" + text if text[:1] in ("=", "+", "-", "@") else text
