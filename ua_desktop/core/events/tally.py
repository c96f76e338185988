"""Counts of letters written at events, for the section office.

One count per case, recipient, letter language and action ("printed",
"saved", "emailed"). The counts live in a small JSON file in the app's data
folder, written atomically after every change, so they survive a restart
or a crash. Nothing about the writers is kept: no names, no towns, no
letter text.

No Qt here: the organiser's table is ``ua_desktop.gui.event.tally_view``.
"""

from __future__ import annotations

import csv
import io
import json
import logging
from dataclasses import dataclass
from pathlib import Path

from ua_desktop.core.storage.damaged import report_damaged
from ua_desktop.core.storage.atomic import (
    SaveError,
    write_bytes_atomically,
    write_text_atomically,
)
from ua_desktop.core.case.model import Case
from ua_desktop.core.storage.bounded import read_bounded
from ua_desktop.core.text import clean_line
from ua_desktop.i18n import _

log = logging.getLogger(__name__)

TALLY_FILE = "event-tally.json"
TALLY_FORMAT = "ua-desktop-event-tally"
TALLY_VERSION = 1
ACTIONS = ("printed", "saved", "emailed")
#: A tally file larger than this is not a tally (it is set aside, not read).
MAX_TALLY_BYTES = 5 * 1024 * 1024


def case_key(case: Case) -> str:
    """How a case is named in the counts: its UA number, else its index
    number, else its country and the people at risk."""
    for key in (case.ua_number, case.index_number):
        if clean_line(key):
            return clean_line(key)
    return clean_line(" — ".join(part for part in (case.country, case.people_names) if part)) or _("Case")


@dataclass(frozen=True, order=True)
class TallyRow:
    case: str
    recipient: str
    language: str
    printed: int = 0
    saved: int = 0
    emailed: int = 0

    @property
    def total(self) -> int:
        return self.printed + self.saved + self.emailed


class Tally:
    """The counts kept in `folder` (the app's data folder)."""

    def __init__(self, folder: Path):
        self.folder = Path(folder)
        self.path = self.folder / TALLY_FILE
        self._counts: dict[tuple[str, str, str, str], int] = {}
        self.problem = ""  # set when the file could not be read at start
        self.damage = None  # the DamageNotice when the file was damaged
        self._load()

    # ------------------------------------------------------------ reading
    def rows(self) -> list[TallyRow]:
        """One row per case, recipient and language, sorted."""
        grouped: dict[tuple[str, str, str], dict[str, int]] = {}
        for (case, recipient, language, action), count in self._counts.items():
            grouped.setdefault((case, recipient, language), {})[action] = count
        return sorted(TallyRow(*key, **counts) for key, counts in grouped.items())

    def total(self, action: str | None = None) -> int:
        return sum(count for key, count in self._counts.items() if action in (None, key[3]))

    def count(self, case: str, recipient: str, language: str, action: str) -> int:
        return self._counts.get((case, recipient, language, action), 0)

    # ------------------------------------------------------------ changing
    def record(self, case: str, recipient: str, language: str, action: str, count: int = 1) -> None:
        """Count `count` letters; written to disk at once. Raises
        SaveError (with a message for the user) if the file cannot be
        written; the count is still kept in memory for this session."""
        if action not in ACTIONS:
            raise ValueError(f"unknown action {action!r}")
        key = (clean_line(case), clean_line(recipient), clean_line(language), action)
        self._counts[key] = self._counts.get(key, 0) + max(0, int(count))
        self._save()

    def reset(self) -> None:
        self._counts.clear()
        self._save()

    # ------------------------------------------------------------ export
    def csv_text(self) -> str:
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\r\n")
        writer.writerow([_("Case"), _("Recipient"), _("Language"), _("Printed"), _("Saved"), _("Emailed"),
                         _("Total")])
        for row in self.rows():
            writer.writerow([_spreadsheet_safe(row.case), _spreadsheet_safe(row.recipient), row.language,
                             row.printed, row.saved, row.emailed, row.total])
        writer.writerow([_("All letters"), "", "", self.total("printed"), self.total("saved"),
                         self.total("emailed"), self.total()])
        return out.getvalue()

    def export_csv(self, path: Path) -> None:
        """UTF-8 with a byte-order mark, so spreadsheets read the accents."""
        write_bytes_atomically(Path(path), self.csv_text().encode("utf-8-sig"))

    # ------------------------------------------------------------ the file
    def _load(self) -> None:
        if not self.path.exists():
            return
        try:
            data = json.loads(read_bounded(self.path, MAX_TALLY_BYTES).decode("utf-8"))
            if not isinstance(data, dict) or data.get("format") != TALLY_FORMAT:
                raise ValueError("not a tally file")
            for item in data.get("counts", []):
                action = item.get("action")
                count = item.get("count")
                if action not in ACTIONS or not isinstance(count, int) or count < 0:
                    continue
                key = (clean_line(str(item.get("case", ""))), clean_line(str(item.get("recipient", ""))),
                       clean_line(str(item.get("language", ""))), action)
                self._counts[key] = self._counts.get(key, 0) + count
        except (OSError, ValueError, AttributeError, TypeError) as error:
            log.warning("Event tally %s could not be read: %s", self.path, error)
            self._counts.clear()
            self._set_aside()

    def _set_aside(self) -> None:
        """Keep a damaged file for someone to look at; start from zero."""
        self.damage = report_damaged(
            self.path,
            _("The letter counts on this computer were damaged and start again from zero. "
              "The old file was kept as {name}."),
            _("The letter counts on this computer could not be read and start again from zero."))
        self.problem = self.damage.message

    def _save(self) -> None:
        data = {
            "format": TALLY_FORMAT,
            "version": TALLY_VERSION,
            "counts": [{"case": c, "recipient": r, "language": lang, "action": a, "count": n}
                       for (c, r, lang, a), n in sorted(self._counts.items()) if n],
        }
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise SaveError(_("The letter counts could not be kept: {reason}").format(
                reason=error.strerror or error)) from error
        write_text_atomically(self.path, json.dumps(data, ensure_ascii=False, indent=1))


def _spreadsheet_safe(text: str) -> str:
    """A cell a spreadsheet will not read as a formula."""
    return "'" + text if text[:1] in ("=", "+", "-", "@") else text
