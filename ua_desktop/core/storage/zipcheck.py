"""One check for every ZIP file the app reads (DOCX sheets, .uacases bundles):
before anything is unpacked, each part's unpacked size, the total, the
number of parts and the compression ratio are held to limits, so a "zip
bomb" is refused without being unpacked. Reading a part never yields more
than the size its header declares (`zipfile` stops there and reports the
part as damaged), and `read_member` also stops at the part's limit.
No Qt."""

from __future__ import annotations

import fnmatch
import zipfile
import zlib
from dataclasses import dataclass

from ua_desktop.core.storage.bounded import FileTooLargeError, read_handle_bounded
from ua_desktop.i18n import _

MB = 1024 * 1024


class ArchiveLimitError(Exception):
    """A ZIP file holds more than it may; the message is for the user."""


class ArchiveDamagedError(Exception):
    """A part of a ZIP file could not be unpacked (damaged, or lying about its size)."""


@dataclass(frozen=True)
class ZipLimits:
    max_members: int = 2000
    max_total: int = 100 * MB  # all parts unpacked
    max_part: int = 30 * MB  # any part unpacked, unless `part_limits` names it
    part_limits: tuple[tuple[str, int], ...] = ()  # (name pattern, limit), first match wins
    max_ratio: float = 100.0  # unpacked size / packed size
    ratio_floor: int = 1 * MB  # parts smaller than this unpacked may compress as well as they like

    def limit_for(self, member: str) -> int:
        for pattern, limit in self.part_limits:
            if fnmatch.fnmatchcase(member, pattern):
                return limit
        return self.max_part


def check_zip(archive: zipfile.ZipFile, limits: ZipLimits, name: str) -> None:
    """Raise ArchiveLimitError if any part, or all together, would unpack beyond the limits."""
    infos = archive.infolist()
    if len(infos) > limits.max_members:
        raise ArchiveLimitError(_("{name} holds too many parts ({count}) to be read safely.").format(
            name=name, count=len(infos)))
    total = 0
    for info in infos:
        size = info.file_size
        if size > limits.limit_for(info.filename) or (
                size > limits.ratio_floor and size > limits.max_ratio * max(info.compress_size, 1)):
            raise too_large(name, info.filename)
        total += size
        if total > limits.max_total:
            raise ArchiveLimitError(_(
                "{name} would unpack to more than {limit} MB, far more than it should hold. It may be damaged or "
                "made to cause harm; it was not opened."
            ).format(name=name, limit=limits.max_total // MB))


def too_large(name: str, member: str) -> ArchiveLimitError:
    return ArchiveLimitError(_(
        "{name} holds a part ({part}) that would unpack to far more than it should. It may be damaged or made to "
        "cause harm; it was not opened."
    ).format(name=name, part=member))


def read_member(archive: zipfile.ZipFile, info: zipfile.ZipInfo, limit: int, name: str) -> bytes:
    """At most `limit` bytes of one part, whatever its header claims."""
    if info.file_size > limit:
        raise too_large(name, info.filename)
    try:
        with archive.open(info) as handle:
            return read_handle_bounded(handle, limit)
    except FileTooLargeError:
        raise too_large(name, info.filename) from None
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError, RuntimeError, NotImplementedError, ValueError):
        raise ArchiveDamagedError(info.filename) from None
