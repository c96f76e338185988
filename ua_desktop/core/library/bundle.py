"""Handing cases around: a set of cases as one file (a "case bundle"), to
carry on a USB stick to another laptop before an event.

A bundle is a ZIP file (extension ``.uacases``) holding ``manifest.json``
and one case file per case under ``cases/`` (format in docs/library.md).
Importing is in two steps, so the user sees what will happen first:

1. `read_bundle` checks the file (size limits, a real bundle, no tricks
   with names or compressed sizes) and reads every case; `plan_import`
   compares them with the library: new, already there (identical), an
   update of a case there, or a different version of a case there.
2. After the user agreed, `apply_import` writes: one atomic case file at a
   time, the library's index last. Nothing is overwritten unless the user
   chose to replace.

No Qt.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from ua_desktop import __version__
from ua_desktop.core.storage.atomic import SaveError, write_bytes_atomically
from ua_desktop.core.storage.bounded import FileTooLargeError, read_bounded
from ua_desktop.core.storage.zipcheck import ArchiveDamagedError, ArchiveLimitError, ZipLimits, check_zip, read_member
from ua_desktop.core.case.model import Case
from ua_desktop.core.case.casefile import MAX_FILE_BYTES, CaseFileError, case_from_json, case_to_json
from ua_desktop.core.library.store import AddKind, CaseLibrary, LibraryEntry, LibraryError, Resolution
from ua_desktop.core.library.entry import content_hash
from ua_desktop.i18n import _, ngettext

BUNDLE_FORMAT = "ua-desktop-bundle"
BUNDLE_VERSION = 1
BUNDLE_SUFFIX = ".uacases"
MAX_BUNDLE_BYTES = 50 * 1024 * 1024
MAX_BUNDLE_CASES = 5000
MAX_MANIFEST_BYTES = 5 * 1024 * 1024
MAX_UNCOMPRESSED_BYTES = 200 * 1024 * 1024
BUNDLE_LIMITS = ZipLimits(max_members=MAX_BUNDLE_CASES + 10, max_total=MAX_UNCOMPRESSED_BYTES, max_part=MAX_FILE_BYTES,
                          part_limits=(("manifest.json", MAX_MANIFEST_BYTES),))


class BundleError(Exception):
    """A bundle could not be read or written; the message is for the user."""


@dataclass(frozen=True)
class BundledCase:
    case: Case
    bundle_id: str
    follows: str = ""
    offered: bool = False
    archived: bool = False
    source_name: str = ""


@dataclass(frozen=True)
class Bundle:
    name: str
    cases: tuple[BundledCase, ...]
    #: Plain-words notes on cases in the file that were damaged and left out.
    problems: tuple[str, ...] = ()


@dataclass
class PlannedCase:
    item: BundledCase
    kind: AddKind
    existing: LibraryEntry | None = None
    #: bundle_id of the earlier sheet in the same file this one follows up.
    follows_in_bundle: str = ""
    message: str = ""


@dataclass
class ImportPlan:
    bundle: Bundle
    items: list[PlannedCase] = field(default_factory=list)

    def count(self, kind: AddKind) -> int:
        return sum(1 for p in self.items if p.kind is kind)

    @property
    def conflicts(self) -> list[PlannedCase]:
        return [p for p in self.items if p.kind is AddKind.CONFLICT]

    def summary(self) -> str:
        """What importing would do, in plain words."""
        parts = [ngettext("The file holds {n} case.", "The file holds {n} cases.", len(self.items)).format(
            n=len(self.items))]
        counts = [
            (AddKind.NEW, ngettext("{n} is new.", "{n} are new.", self.count(AddKind.NEW))),
            (AddKind.FOLLOW_UP, ngettext("{n} is an update of a case you have; it will be added to its history.",
                                         "{n} are updates of cases you have; they will be added to their history.",
                                         self.count(AddKind.FOLLOW_UP))),
            (AddKind.DUPLICATE, ngettext("{n} is already in your library and will be left as it is.",
                                         "{n} are already in your library and will be left as they are.",
                                         self.count(AddKind.DUPLICATE))),
            (AddKind.CONFLICT, ngettext("{n} differs from the version in your library.",
                                        "{n} differ from the versions in your library.",
                                        self.count(AddKind.CONFLICT))),
        ]
        parts += [text.format(n=self.count(kind)) for kind, text in counts if self.count(kind)]
        parts += list(self.bundle.problems)
        return " ".join(parts)


@dataclass
class ImportReport:
    added: int = 0
    linked: int = 0
    replaced: int = 0
    kept_both: int = 0
    unchanged: int = 0
    entry_ids: list[str] = field(default_factory=list)

    def summary(self) -> str:
        parts = []
        if self.added + self.kept_both:
            n = self.added + self.kept_both
            parts.append(ngettext("{n} case was added.", "{n} cases were added.", n).format(n=n))
        if self.linked:
            parts.append(ngettext("{n} update was added to its case.", "{n} updates were added to their cases.",
                                  self.linked).format(n=self.linked))
        if self.replaced:
            parts.append(ngettext("{n} case was replaced.", "{n} cases were replaced.",
                                  self.replaced).format(n=self.replaced))
        if self.unchanged:
            parts.append(ngettext("{n} case was already there and was left as it is.",
                                  "{n} cases were already there and were left as they are.",
                                  self.unchanged).format(n=self.unchanged))
        return " ".join(parts) or _("Nothing was imported.")


# ==================================================================== export
def export_bundle(library: CaseLibrary, entry_ids: list[str], path: Path) -> int:
    """Write the chosen cases, each with its whole history of follow-ups,
    to one bundle file. Returns how many sheets were written."""
    chosen: list[LibraryEntry] = []
    seen: set[str] = set()
    for entry_id in entry_ids:
        for entry in library.history(entry_id):
            if entry.id not in seen:
                seen.add(entry.id)
                chosen.append(entry)
    if not chosen:
        raise BundleError(_("Choose at least one case to export."))
    manifest_cases = []
    buffer = io.BytesIO()
    try:
        with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
            for number, entry in enumerate(chosen, start=1):
                member = f"cases/{number:04d}.json"
                archive.writestr(member, case_to_json(library.get(entry.id)))
                manifest_cases.append({"file": member, "id": entry.id, "follows": entry.follows if entry.follows in seen
                                       else "", "offered": entry.offered, "archived": entry.archived,
                                       "source_name": entry.source_name, "hash": entry.content_hash})
            manifest = {"format": BUNDLE_FORMAT, "version": BUNDLE_VERSION, "app_version": __version__,
                        "created": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
                        "cases": manifest_cases}
            archive.writestr("manifest.json", json.dumps(manifest, ensure_ascii=False, indent=2))
    except LibraryError as error:
        raise BundleError(str(error)) from None
    try:
        write_bytes_atomically(Path(path), buffer.getvalue())
    except SaveError as error:
        raise BundleError(str(error)) from None
    return len(chosen)


# ==================================================================== reading
def read_bundle(path: Path) -> Bundle:
    """Read and check a bundle file; raises BundleError with a message."""
    path = Path(path)
    name = path.name
    try:
        raw = read_bounded(path, MAX_BUNDLE_BYTES)
    except FileTooLargeError:
        raise BundleError(_("{name} is too large to be a file of cases (more than 50 MB).").format(name=name)) from None
    except FileNotFoundError:
        raise BundleError(_("The file {name} was not found. It may have been moved or renamed.").format(
            name=name)) from None
    except IsADirectoryError:
        raise BundleError(_("{name} is a folder, not a file of cases.").format(name=name)) from None
    except OSError as error:
        raise BundleError(_("The file {name} could not be opened: {reason}").format(
            name=name, reason=error.strerror or error)) from None
    return bundle_from_bytes(raw, name)


def bundle_from_bytes(raw: bytes, name: str) -> Bundle:
    not_bundle = _("{name} is not a UA Desktop file of cases. Choose a file exported with "
                   "\"Export cases…\" (it ends in .uacases).").format(name=name)
    damaged = _("{name} is damaged: it could not be read completely. Export the cases again "
                "and copy the file once more.").format(name=name)
    if len(raw) > MAX_BUNDLE_BYTES:
        raise BundleError(_("{name} is too large to be a file of cases (more than 50 MB).").format(name=name))
    try:
        archive = zipfile.ZipFile(io.BytesIO(raw))
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, OSError):
        raise BundleError(not_bundle if not raw.startswith(b"PK") else damaged) from None
    with archive:
        infos = {info.filename: info for info in archive.infolist()}
        if "manifest.json" not in infos:
            raise BundleError(not_bundle)
        try:
            check_zip(archive, BUNDLE_LIMITS, name)
        except ArchiveLimitError as error:
            raise BundleError(str(error)) from None
        try:
            manifest = json.loads(_read_member(archive, infos["manifest.json"], MAX_MANIFEST_BYTES))
        except (ValueError, RecursionError):
            raise BundleError(damaged) from None
        if not isinstance(manifest, dict) or manifest.get("format") != BUNDLE_FORMAT:
            raise BundleError(not_bundle)
        version = manifest.get("version")
        if not isinstance(version, int) or isinstance(version, bool) or not isinstance(manifest.get("cases"), list):
            raise BundleError(damaged)
        if version > BUNDLE_VERSION:
            raise BundleError(_("{name} was made by a newer version of UA Desktop. Update UA Desktop to "
                                "import it.").format(name=name))
        listed = manifest["cases"]
        if len(listed) > MAX_BUNDLE_CASES:
            raise BundleError(_("{name} holds more than {limit} cases, which is more than UA Desktop can "
                                "import at once.").format(name=name, limit=MAX_BUNDLE_CASES))
        cases, problems, used = [], [], set()
        for number, record in enumerate(listed, start=1):
            try:
                cases.append(_bundled_case(archive, infos, record, number, used))
            except (CaseFileError, BundleError) as error:
                problems.append(str(error))
    if problems and not cases:
        raise BundleError(damaged)
    notes = ()
    if problems:
        notes = (ngettext("{n} case in the file is damaged and was left out.",
                          "{n} cases in the file are damaged and were left out.", len(problems)).format(
            n=len(problems)),)
    return Bundle(name, tuple(cases), notes)


def _bundled_case(archive: zipfile.ZipFile, infos: dict, record, number: int, used: set) -> BundledCase:
    where = _("case {number} of the file").format(number=number)
    if not isinstance(record, dict) or not isinstance(record.get("file"), str):
        raise BundleError(_("{where} is damaged.").format(where=where))
    member = record["file"]
    # only plain names inside cases/: no "..", no absolute paths, no backslashes
    parts = member.split("/")
    if (len(parts) != 2 or parts[0] != "cases" or not parts[1].endswith(".json") or parts[1].startswith(".")
            or "\\" in member or ":" in member or member in used or member not in infos):
        raise BundleError(_("{where} is damaged.").format(where=where))
    used.add(member)
    case = case_from_json(_read_member(archive, infos[member], MAX_FILE_BYTES), source_name=where)

    def text(key: str) -> str:
        value = record.get(key)
        return value[:200] if isinstance(value, str) else ""

    return BundledCase(case, text("id") or member, text("follows"), record.get("offered") is True,
                       record.get("archived") is True, text("source_name"))


def _read_member(archive: zipfile.ZipFile, info: zipfile.ZipInfo, limit: int) -> bytes:
    """At most `limit` bytes, whatever the ZIP header claims (see core/storage/zipcheck.py)."""
    try:
        return read_member(archive, info, limit, info.filename)
    except ArchiveLimitError:
        raise BundleError(_("A case in the file is too large.")) from None
    except ArchiveDamagedError:
        raise BundleError(_("A case in the file is damaged.")) from None


# ==================================================================== importing
def plan_import(library: CaseLibrary, bundle: Bundle) -> ImportPlan:
    """What importing the bundle would do; writes nothing."""
    plan = ImportPlan(bundle)
    in_bundle: dict[str, PlannedCase] = {}
    hashes: dict[str, PlannedCase] = {}
    for item in bundle.cases:
        digest = content_hash(item.case)
        if digest in hashes:  # the same case twice in one file
            in_bundle.setdefault(item.bundle_id, hashes[digest])
            continue
        result = library.check(item.case)
        planned = PlannedCase(item, result.kind, result.existing, message=result.message)
        if item.follows in in_bundle and result.kind is not AddKind.DUPLICATE:
            planned.kind, planned.existing = AddKind.FOLLOW_UP, None
            planned.follows_in_bundle = in_bundle[item.follows].item.bundle_id
        plan.items.append(planned)
        hashes[digest] = planned
        in_bundle.setdefault(item.bundle_id, planned)
    return plan


def apply_import(library: CaseLibrary, plan: ImportPlan,
                 conflicts: Resolution = Resolution.SKIP) -> ImportReport:
    """Write what the plan says; `conflicts` is the user's answer for cases
    that differ from the library's version. Raises LibraryError if writing
    stops half-way: what was imported until then stays, complete."""
    report = ImportReport()
    library_id: dict[str, str] = {}  # bundle id -> id in the library
    done = 0
    try:
        with library.batch():
            for planned in plan.items:
                entry_id = _apply_one(library, planned, conflicts, library_id, report, plan.bundle.name)
                if entry_id:
                    library_id.setdefault(planned.item.bundle_id, entry_id)
                    report.entry_ids.append(entry_id)
                done += 1
    except LibraryError as error:
        raise LibraryError(_("The import stopped after {done} of {total} cases: {reason}").format(
            done=done, total=len(plan.items), reason=error) + "\n\n" + _(
            "The cases imported until then are in your library, complete; nothing else was changed.")) from None
    return report


def _apply_one(library: CaseLibrary, planned: PlannedCase, conflicts: Resolution,
               library_id: dict[str, str], report: ImportReport, bundle_name: str) -> str:
    item, kind = planned.item, planned.kind
    source = item.source_name or bundle_name
    if kind is AddKind.DUPLICATE:
        report.unchanged += 1
        if item.offered and not planned.existing.offered:
            library.set_offered_at_event(planned.existing.id, True)
        return planned.existing.id
    if kind is AddKind.NEW:
        report.added += 1
        return library.store(item.case, source, offered=item.offered, archived=item.archived).id
    if kind is AddKind.FOLLOW_UP:
        earlier = library_id.get(planned.follows_in_bundle) or (planned.existing.id if planned.existing else "")
        report.linked += 1 if earlier else 0
        report.added += 0 if earlier else 1
        return library.store(item.case, source, follows=earlier, offered=item.offered, archived=item.archived).id
    # a conflict: as the user said
    existing = planned.existing
    if conflicts is Resolution.REPLACE:
        report.replaced += 1
        return library.replace(existing.id, item.case).id
    if conflicts is Resolution.KEEP_BOTH:
        report.kept_both += 1
        return library.store(item.case, source, offered=item.offered).id
    if conflicts is Resolution.LINK:
        report.linked += 1
        return library.store(item.case, source, follows=existing.id, offered=item.offered).id
    report.unchanged += 1
    return existing.id
