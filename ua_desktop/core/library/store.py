"""The case library: every case opened, imported or handed over, kept in
the app's data folder, listed fast and linked to its follow-ups.

On disk (see docs/library.md)::

    library/cases/<id>.json   one case file each, with a "library" key for
                              the library's own facts (flags, links, dates)
    library/index.json        one summary row per case: a cache

The case files are the truth; the index only saves reading 1,000 files to
list them. Opening compares the index with the folder (one directory scan)
and rereads only files that changed; a missing or damaged index is rebuilt
from the case files, so a broken index never loses a case. Every write is
atomic: a case file first, the index last. No Qt.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import os
import re
from contextlib import contextmanager
from dataclasses import dataclass, replace
from enum import Enum
from pathlib import Path
from typing import Any

from ua_desktop.core.library import chains
from ua_desktop.core.storage.atomic import SaveError, write_text_atomically
from ua_desktop.core.case.model import Case
from ua_desktop.core.case.casefile import MAX_FILE_BYTES, CaseFileError, case_from_dict, case_to_dict
from ua_desktop.core.library.entry import LibraryEntry, content_hash, people_key
from ua_desktop.core.storage.damaged import DamageNotice, report_damaged
from ua_desktop.core.storage.bounded import FileTooLargeError, read_bounded
from ua_desktop.core.text import fold
from ua_desktop.core.case.ua_numbers import is_follow_up_wording, ua_key
from ua_desktop.i18n import _

log = logging.getLogger(__name__)

INDEX_FORMAT = "ua-desktop-library-index"
INDEX_VERSION = 1
#: Far more than the index of the largest library needs (10,000 cases is about 10 MB).
MAX_INDEX_BYTES = 200 * 1024 * 1024
META_KEY = "library"
_YEAR = re.compile(r"^(\d+)/(?:19|20)(\d\d)$")  # "135/2010" -> "135/10"


class LibraryError(Exception):
    """The library could not do what was asked; the message is for the user."""


class AddKind(str, Enum):
    NEW = "new"  # not in the library: added
    DUPLICATE = "duplicate"  # exactly this case is already there: nothing written
    FOLLOW_UP = "follow_up"  # an update of a case there (same UA number): added and linked
    CONFLICT = "conflict"  # like a case there but different: nothing written, ask the user


class Resolution(str, Enum):
    SKIP = "skip"  # keep the library as it is
    REPLACE = "replace"  # the new content replaces the case in the library
    KEEP_BOTH = "keep_both"  # add the new case beside the old one
    LINK = "link"  # add it as a follow-up of the old one


@dataclass(frozen=True)
class AddResult:
    kind: AddKind
    #: The case as stored (NEW, FOLLOW_UP) or the identical one (DUPLICATE).
    entry: LibraryEntry | None = None
    #: The case in the library it matched (DUPLICATE, FOLLOW_UP, CONFLICT).
    existing: LibraryEntry | None = None
    #: For a CONFLICT: what the app suggests.
    suggestion: Resolution = Resolution.SKIP
    message: str = ""

    @property
    def conflict(self) -> bool:
        return self.kind is AddKind.CONFLICT


class CaseLibrary:
    def __init__(self, folder: Path, clock=None):
        self.folder = Path(folder)
        self.cases_dir = self.folder / "cases"
        self.index_path = self.folder / "index.json"
        self._clock = clock or (lambda: dt.datetime.now(dt.timezone.utc))
        #: Damaged files found while opening (a case file, the index), each
        #: set aside with a dated copy; the window tells the user.
        self.damage_notices: list[DamageNotice] = []
        self._entries: dict[str, LibraryEntry] = {}
        self._last_worked_on = ""
        self._batch_depth = 0
        try:
            self.cases_dir.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise LibraryError(_("The case library in {folder} cannot be created: {reason}. "
                                 "Check that the folder can be written to.").format(
                folder=self.folder, reason=error.strerror or error)) from None
        self._load()

    # ================================================================ reading
    def entries(self, include_archived: bool = True) -> list[LibraryEntry]:
        """Every case in the library, every version, in no special order."""
        return [e for e in self._entries.values() if include_archived or not e.archived]

    def current_entries(self, include_archived: bool = False) -> list[LibraryEntry]:
        """One row per case: the newest sheet of each chain of follow-ups."""
        return [e for e in self._current if include_archived or not e.archived]

    def archived_entries(self) -> list[LibraryEntry]:
        return [e for e in self._current if e.archived]

    def offered_entries(self) -> list[LibraryEntry]:
        """The cases an organiser chose for the event (archived ones left out)."""
        return [e for e in self._current if e.offered and not e.archived]

    def search(self, text: str, entries: list[LibraryEntry] | None = None) -> list[LibraryEntry]:
        """Cases whose names, country, UA number or title hold every word
        typed, ignoring case and accents. Searches the given rows (default:
        the current, unarchived cases) and every sheet of their chain."""
        pool = self.current_entries() if entries is None else entries
        # numbers match from the start of a word: "22/10" finds UA 22/10, not UA 122/10
        words = [" " + _YEAR.sub(r"\1/\2", w) if w[0].isdigit() else w for w in fold(text).split()]
        if not words:
            return list(pool)
        keys = self._chain_keys
        return [e for e in pool if all(w in " " + keys.get(e.id, e.search_key) for w in words)]

    def entry(self, entry_id: str) -> LibraryEntry:
        try:
            return self._entries[entry_id]
        except KeyError:
            raise LibraryError(_("This case is no longer in the library.")) from None

    def __contains__(self, entry_id: str) -> bool:
        return entry_id in self._entries

    def __len__(self) -> int:
        return len(self._entries)

    def get(self, entry_id: str) -> Case:
        self.entry(entry_id)
        try:
            case, _meta = _read_case_file(self._path(entry_id))
        except CaseFileError as error:
            raise LibraryError(str(error)) from None
        return case

    def history(self, entry_id: str) -> list[LibraryEntry]:
        """The chain of sheets this case belongs to, the first sheet first."""
        self.entry(entry_id)
        return [self._entries[i] for i in self._chains[self._root[entry_id]]]

    def newest_in_chain(self, entry_id: str) -> LibraryEntry:
        return self.history(entry_id)[-1]

    def case_for_letters(self, entry_id: str) -> Case:
        """The newest sheet of the chain, to draft from. A follow-up often
        repeats only what changed: what it leaves out (requests, recipients,
        the names in other scripts) comes from the newest earlier sheet that has it."""
        chain = self.history(entry_id)
        case = self.get(chain[-1].id)
        for older in reversed(chain[:-1]):
            try:
                earlier = self.get(older.id)
            except LibraryError:
                continue
            case = chains.fill_gaps(case, earlier)
        return case

    @property
    def last_worked_on(self) -> str:
        """The id of the case last worked on ("" if none or gone)."""
        return self._last_worked_on if self._last_worked_on in self._entries else ""

    @last_worked_on.setter
    def last_worked_on(self, entry_id: str) -> None:
        if entry_id != self._last_worked_on:
            self._last_worked_on = entry_id
            self._write_index_quietly()

    # ================================================================ adding
    def check(self, case: Case, source_text: str = "") -> AddResult:
        """What `add` would do with this case, without writing anything."""
        digest = content_hash(case)
        for entry in self._entries.values():
            if entry.content_hash == digest:
                return AddResult(AddKind.DUPLICATE, entry, entry, message=_(
                    "This case is already in your library ({names}).").format(names=entry.people_names))
        number = ua_key(case.ua_number) or ua_key(case.title)
        follow_up = (case.status == "no_further_action" or is_follow_up_wording(case.title)
                     or is_follow_up_wording(case.ua_number) or is_follow_up_wording(source_text[:3000]))
        matches = [self.newest_in_chain(e.id) for e in self._entries.values() if number and e.ua_key == number]
        by_number = bool(matches)
        if not matches:
            people, country = people_key(case), fold(case.country)
            matches = [e for e in self._current if people and fold(e.country) == country
                       and self._chain_people(e.id) & {people}]
        if not matches:
            return AddResult(AddKind.NEW)
        existing = matches[0]
        if follow_up and by_number:
            return AddResult(AddKind.FOLLOW_UP, existing=existing, message=_(
                "This is an update of {number} ({names}); it was added to that case's history.").format(
                number=existing.ua_number, names=existing.people_names))
        if follow_up:
            return AddResult(AddKind.CONFLICT, existing=existing, suggestion=Resolution.LINK, message=_(
                "This looks like an update of the case of {names} ({country}), but its UA number does not "
                "match. Is it an update of that case?").format(names=existing.people_names,
                                                              country=existing.country))
        return AddResult(AddKind.CONFLICT, existing=existing, suggestion=Resolution.KEEP_BOTH, message=_(
            "Your library already has the case of {names} ({country}) with different content.").format(
            names=existing.people_names, country=existing.country))

    def add(self, case: Case, source_name: str = "", source_text: str = "") -> AddResult:
        """Add a case unless it is already there. A follow-up with the same
        UA number is linked to its case; anything unsure comes back as a
        CONFLICT with nothing written, for the user to decide (`resolve`)."""
        result = self.check(case, source_text)
        if result.kind is AddKind.NEW:
            return replace(result, entry=self.store(case, source_name))
        if result.kind is AddKind.FOLLOW_UP:
            return replace(result, entry=self.store(case, source_name, follows=result.existing.id))
        return result

    def resolve(self, case: Case, result: AddResult, resolution: Resolution,
                source_name: str = "") -> LibraryEntry | None:
        """Carry out the user's answer to a CONFLICT."""
        if resolution is Resolution.SKIP or result.existing is None:
            return None
        if resolution is Resolution.REPLACE:
            return self.replace(result.existing.id, case)
        follows = result.existing.id if resolution is Resolution.LINK else ""
        return self.store(case, source_name, follows=follows)

    def store(self, case: Case, source_name: str = "", *, follows: str = "", offered: bool = False,
              archived: bool = False) -> LibraryEntry:
        """Add the case as a new entry, whatever is already there."""
        now = self._now()
        meta = {"added": now, "updated": now, "archived": archived, "offered": offered, "follows": "",
                "source_name": source_name}
        successor = None
        if follows and follows in self._entries:
            chain = self.history(follows)
            meta["follows"], successor = chains.place_in_chain(chain, case)
            newest = chain[-1]
            meta["offered"] = offered or newest.offered
            meta["archived"] = archived or (newest.archived and case.status == "no_further_action")
        entry = self._write_case(self._new_id(case), case, meta)
        if successor is not None:  # the new sheet is older than some already there: slot it in
            self._write_meta(successor, follows=entry.id)
        self._commit()
        return entry

    def replace(self, entry_id: str, case: Case) -> LibraryEntry:
        """New content for a case already in the library (the user agreed)."""
        old = self.entry(entry_id)
        meta = old.meta() | {"updated": self._now()}
        entry = self._write_case(entry_id, case, meta)
        self._commit()
        return entry

    # ================================================================ flags
    def set_archived(self, entry_id: str, archived: bool = True) -> None:
        self._set_flag(entry_id, archived=archived)

    def set_offered_at_event(self, entry_id: str, offered: bool = True) -> None:
        self._set_flag(entry_id, offered=offered)

    def _set_flag(self, entry_id: str, **flag: bool) -> None:
        (name, value), = flag.items()
        changed = [e for e in self.history(entry_id) if getattr(e, name) != value]
        for entry in changed:
            self._write_meta(entry, **flag)
        if changed:
            self._commit()

    @contextmanager
    def batch(self):
        """Many changes, one index write at the end (also when one fails:
        what was written stays written and listed)."""
        self._batch_depth += 1
        try:
            yield self
        finally:
            self._batch_depth -= 1
            if self._batch_depth == 0:
                self._commit()

    # ================================================================ files
    def _path(self, entry_id: str) -> Path:
        return self.cases_dir / f"{entry_id}.json"

    def _write_case(self, entry_id: str, case: Case, meta: dict[str, Any]) -> LibraryEntry:
        data = case_to_dict(case)
        data[META_KEY] = meta
        path = self._path(entry_id)
        try:
            write_text_atomically(path, json.dumps(data, ensure_ascii=False, indent=2) + "\n")
            stamp = _stamp(path.stat())
        except SaveError as error:
            raise LibraryError(str(error) + "\n\n" + _("Nothing in your library was changed.")) from None
        except OSError as error:
            raise LibraryError(_("The case could not be saved in the library: {reason}").format(
                reason=error.strerror or error)) from None
        entry = LibraryEntry.from_case(entry_id, case, meta, stamp)
        self._entries[entry_id] = entry
        self._refresh_views()
        return entry

    def _write_meta(self, entry: LibraryEntry, **changes: Any) -> None:
        case = self.get(entry.id)
        self._write_case(entry.id, case, entry.meta() | changes)

    def _commit(self) -> None:
        if self._batch_depth == 0:
            self._write_index_quietly()

    def _write_index_quietly(self) -> None:
        """The index is a cache: when it cannot be written, the next opening
        rebuilds it from the case files, so this only logs."""
        document = {"format": INDEX_FORMAT, "version": INDEX_VERSION, "last_worked_on": self._last_worked_on,
                    "entries": [e.to_row() for e in self._entries.values()]}
        try:
            write_text_atomically(self.index_path, json.dumps(document, ensure_ascii=False, separators=(",", ":")))
        except SaveError as error:
            log.warning("Library index not written: %s", error)

    def _load(self) -> None:
        rows = self._read_index()
        changed = rows is None
        rows = rows or {}
        try:
            listing = [(d.name[:-5], d) for d in os.scandir(self.cases_dir)
                       if d.name.endswith(".json") and not d.name.startswith(".") and d.is_file()]
        except OSError as error:
            raise LibraryError(_("The case library in {folder} cannot be read: {reason}").format(
                folder=self.folder, reason=error.strerror or error)) from None
        for entry_id, dirent in listing:
            try:
                stamp = _stamp(dirent.stat())
            except OSError:
                continue
            row = rows.get(entry_id)
            if row is not None and row.stamp == stamp:
                self._entries[entry_id] = row
                continue
            changed = True
            try:
                case, meta = _read_case_file(Path(dirent.path))
            except CaseFileError as error:
                log.warning("Library case file %s unreadable: %s", dirent.path, error)
                self._set_aside_case(Path(dirent.path))
                continue
            self._entries[entry_id] = LibraryEntry.from_case(entry_id, case, meta, stamp)
        changed = changed or len(rows) != len(self._entries)
        self._refresh_views()
        if changed:
            self._write_index_quietly()

    def _read_index(self) -> dict[str, LibraryEntry] | None:
        """The index rows by id; None when it is missing or damaged."""
        try:
            document = json.loads(read_bounded(self.index_path, MAX_INDEX_BYTES).decode("utf-8"))
            if document.get("format") != INDEX_FORMAT or document.get("version") != INDEX_VERSION:
                return None
            rows = {}
            for raw in document["entries"]:
                entry = LibraryEntry.from_row(raw)
                rows[entry.id] = entry
            last = document.get("last_worked_on")
            self._last_worked_on = last if isinstance(last, str) else ""
            return rows
        except FileNotFoundError:
            return None
        except (ValueError, TypeError, KeyError, AttributeError, RecursionError) as error:
            log.warning("Library index damaged, rebuilding it from the case files: %s", error)
            self.damage_notices.append(report_damaged(
                self.index_path,
                _("The list of your case library was damaged. It was made again from the case files, so no case "
                  "was lost. The damaged list was kept as {copy}."),
                _("The list of your case library was damaged. It was made again from the case files, so no case "
                  "was lost.")))
            return None
        except OSError as error:
            log.warning("Library index unreadable, rebuilding it from the case files: %s", error)
            return None

    def _set_aside_case(self, path: Path) -> None:
        """A case file that cannot be read: kept as a dated copy (no longer
        listed), and the user is told which case and where the copy is."""
        self.damage_notices.append(report_damaged(
            path,
            _("A case in your library ({file}) was damaged and could not be read, so it is no longer listed. "
              "The damaged file was kept as {copy}."),
            _("A case in your library ({file}) was damaged and could not be read, so it is no longer listed."),
            file=path.name))

    # ================================================================ chains
    def _refresh_views(self) -> None:
        self._root, self._chains, self._current, self._chain_keys = chains.compute(self._entries)

    def _chain_people(self, entry_id: str) -> set[str]:
        return {people_key(self._entries[i].names) for i in self._chains[self._root[entry_id]]}

    def _new_id(self, case: Case) -> str:
        number = ua_key(case.ua_number) or ua_key(case.title)
        name = fold(case.people[0].name).split()[-1] if case.people and case.people[0].name.split() else "case"
        stem = "-".join(p for p in ("ua-" + number.replace("/", "-") if number else "", name) if p)
        stem = re.sub(r"[^a-z0-9-]+", "", stem)[:40].strip("-") or "case"
        while True:
            entry_id = f"{stem}-{os.urandom(3).hex()}"  # as secrets.token_hex, without loading hashlib (4 MB)
            if entry_id not in self._entries and not self._path(entry_id).exists():
                return entry_id

    def _now(self) -> str:
        return self._clock().isoformat(timespec="microseconds")


# ==================================================================== helpers
def _stamp(stat: os.stat_result) -> tuple[int, int, int]:
    return (stat.st_size, stat.st_mtime_ns, stat.st_ino)


def _read_case_file(path: Path) -> tuple[Case, dict[str, Any]]:
    try:
        raw = read_bounded(path, MAX_FILE_BYTES)
    except FileTooLargeError:
        raise CaseFileError(_("The file {name} is too large to be a case file.").format(name=path.name)) from None
    except OSError as error:
        raise CaseFileError(_("The case file {name} could not be opened: {reason}").format(
            name=path.name, reason=error.strerror or error)) from None
    try:
        data = json.loads(raw.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError):
        raise CaseFileError(_("{name} is damaged or is not a UA Desktop case file.").format(name=path.name)) from None
    case = case_from_dict(data, source_name=path.name)
    meta = data.get(META_KEY)
    return case, meta if isinstance(meta, dict) else {}
