"""Write files so that a failure never leaves a half-written or lost file.

The data goes to a temporary file in the same folder, is flushed to disk,
and only then replaces the target in one rename. If anything fails, the old
file (if any) is untouched and the temporary file is removed.
`write_all_or_nothing` does the same for several files at once (a batch of
letters with its envelopes and labels).
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from ua_desktop.core.storage.leftovers import saves_under_way, temp_prefix
from ua_desktop.i18n import _
from ua_desktop.core.log import logger


class SaveError(Exception):
    """A file could not be written; the message is for the user."""


def write_atomically(path: Path, write: Callable[[BinaryIO], None]) -> None:
    """Call `write` with a binary file object, then move it into place."""
    path = Path(path)
    if not path.parent.is_dir():
        raise SaveError(_("The folder {folder} does not exist. Choose another folder.").format(folder=path.parent))
    with saves_under_way([path.parent]):  # a temporary file left by a crash is removed at the next start
        tmp_name = _write_beside(path, write)
        try:
            os.replace(tmp_name, path)
        except OSError as error:
            _remove_quietly(tmp_name)
            raise SaveError(describe_save_error(error, path)) from error


def _write_beside(path: Path, write: Callable[[BinaryIO], None]) -> str:
    """A temporary file beside `path`, written by `write` and flushed to
    disk, with the permissions `path` has (or would get); its name."""
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=temp_prefix(path), suffix=".tmp", dir=path.parent)
    except OSError as error:
        raise SaveError(describe_save_error(error, path)) from error
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
    except BaseException as error:
        _remove_quietly(tmp_name)
        if isinstance(error, OSError):
            raise SaveError(describe_save_error(error, path)) from error
        raise
    return tmp_name


def _remove_quietly(name: str) -> None:
    try:
        os.unlink(name)
    except OSError:
        pass


def write_bytes_atomically(path: Path, data: bytes) -> None:
    write_atomically(path, lambda handle: handle.write(data))


def write_text_atomically(path: Path, text: str) -> None:
    write_bytes_atomically(path, text.encode("utf-8"))


def write_all_or_nothing(files: dict[Path, bytes]) -> None:
    """Write each file in full to a temporary file beside it, then move them
    all into place. If any cannot be written or moved, none is: a file
    already moved is put back as it was (the old file, or no file)."""
    staged: list[tuple[str, Path]] = []
    with saves_under_way([Path(path).parent for path in files]):
        try:
            for path, data in files.items():
                path = Path(path)
                staged.append((_write_beside(path, lambda handle, data=data: handle.write(data)), path))
            _move_all_into_place(staged)
        except BaseException:
            for tmp, _path in staged:
                _remove_quietly(tmp)
            raise


def _move_all_into_place(staged: list[tuple[str, Path]]) -> None:
    """Move each temporary file onto its target. The old targets are kept
    aside (a hard link, or a copy where the disk has none) until every move
    has worked; if one fails, the moved ones are undone."""
    kept: dict[Path, str | None] = {}  # target -> its old file kept aside, or None if there was none
    moved: list[Path] = []
    try:
        for _tmp, path in staged:
            try:
                kept[path] = _keep_aside(path) if path.exists() else None
            except OSError as error:
                raise SaveError(describe_save_error(error, path)) from error
        for tmp, path in staged:
            try:
                os.replace(tmp, path)
            except OSError as error:
                raise SaveError(describe_save_error(error, path)) from error
            moved.append(path)
    except BaseException:
        for path in moved:
            aside = kept.pop(path, None)
            try:
                if aside:
                    os.replace(aside, path)
                else:
                    os.unlink(path)
            except OSError:  # the old contents stay in `aside`, which is then not removed
                logger(__name__).exception("Could not undo writing %s; its old contents are in %s", path,
                                           aside or "no file")
        raise
    finally:
        for aside in kept.values():
            if aside:
                _remove_quietly(aside)


def _keep_aside(path: Path) -> str:
    fd, aside = tempfile.mkstemp(prefix=temp_prefix(path), suffix=".old", dir=path.parent)
    os.close(fd)
    os.unlink(aside)
    try:
        os.link(path, aside)
    except OSError:
        shutil.copy2(path, aside)
    return aside


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def describe_save_error(error: OSError, path: Path) -> str:
    """What went wrong writing `path`, in plain words for the person saving."""
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
