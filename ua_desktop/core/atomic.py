"""Write files so that a failure never leaves a half-written or lost file.

The data goes to a temporary file in the same folder, is flushed to disk,
and only then replaces the target in one rename. If anything fails, the old
file (if any) is untouched and the temporary file is removed.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from ua_desktop.i18n import _


class SaveError(Exception):
    """A file could not be written; the message is for the user."""


def write_atomically(path: Path, write: Callable[[BinaryIO], None]) -> None:
    """Call `write` with a binary file object, then move it into place."""
    path = Path(path)
    folder = path.parent
    if not folder.is_dir():
        raise SaveError(_("The folder {folder} does not exist. Choose another folder.").format(folder=folder))
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    except OSError as error:
        raise SaveError(_describe(error, path)) from error
    try:
        with os.fdopen(fd, "wb") as handle:
            write(handle)
            handle.flush()
            os.fsync(handle.fileno())
        if path.exists():
            try:
                os.chmod(tmp_name, path.stat().st_mode & 0o777)
            except OSError:
                pass
        else:
            os.chmod(tmp_name, 0o666 & ~_umask())
        os.replace(tmp_name, path)
    except BaseException as error:
        try:
            os.unlink(tmp_name)
        except OSError:
            pass
        if isinstance(error, OSError):
            raise SaveError(_describe(error, path)) from error
        raise


def write_bytes_atomically(path: Path, data: bytes) -> None:
    write_atomically(path, lambda handle: handle.write(data))


def write_text_atomically(path: Path, text: str) -> None:
    write_bytes_atomically(path, text.encode("utf-8"))


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _describe(error: OSError, path: Path) -> str:
    import errno

    if error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return _(
            "UA Desktop is not allowed to save in {folder}. Choose another folder, "
            "for example your Documents folder."
        ).format(folder=path.parent)
    if error.errno == errno.ENOSPC:
        return _("The disk is full, so {name} could not be saved. Free some space or choose another drive.").format(
            name=path.name
        )
    return _("{name} could not be saved: {reason}").format(name=path.name, reason=error.strerror or error)
