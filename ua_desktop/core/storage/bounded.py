"""Reading a file that may be far larger than it should be, without loading it.

Every file the app reads that a person (or a damaged disk) may have put
there -- a case, a file of cases, a sheet, a signer list, a draft, an event's
counts -- goes through `read_bounded`: a file over the limit is refused
before it is read, and one that grows while it is read, or whose size the
system does not report, is cut off one byte past the limit.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import BinaryIO


class FileTooLargeError(ValueError):
    """The file holds more than the reader allows; `size` is what was seen
    (at least ``limit + 1``)."""

    def __init__(self, path: Path | None, limit: int, size: int):
        super().__init__(f"{path.name if path else 'the data'} holds more than {limit} bytes")
        self.path, self.limit, self.size = path, limit, size


def read_handle_bounded(handle: BinaryIO, limit: int) -> bytes:
    """All that is left in `handle` when it is at most `limit` bytes."""
    data = handle.read(limit + 1)
    if len(data) > limit:
        raise FileTooLargeError(None, limit, len(data))
    return data


def read_bounded(path: Path | str, limit: int) -> bytes:
    """The bytes of the file at `path` when it holds at most `limit` of them.

    Raises `FileTooLargeError` (a ValueError) for a larger file, and the
    OSError that opening or reading raises (FileNotFoundError,
    IsADirectoryError, PermissionError...)."""
    path = Path(path)
    with open(path, "rb") as handle:
        size = os.fstat(handle.fileno()).st_size
        if size > limit:
            raise FileTooLargeError(path, limit, size)
        data = handle.read(limit + 1)
    if len(data) > limit:
        raise FileTooLargeError(path, limit, len(data))
    return data
