"""Checking where a file is to be written, before any work: a name is
given, it is not a folder, its folder exists, and a read-only file there is
not replaced unless the person said so."""

from __future__ import annotations

import os
import stat
from pathlib import Path

from ua_desktop.core.storage.atomic import SaveError
from ua_desktop.i18n import _


class ReadOnlyFileError(SaveError):
    """The file at the output path is read-only; replacing it needs the person's say-so."""


def check_output_path(path: Path | str | None, replace_read_only: bool = False) -> Path:
    """The path to write, or SaveError (ReadOnlyFileError for a read-only
    file) with a message in plain words."""
    text = "" if path is None else str(path)
    if not text.strip():
        raise SaveError(_("No file name was given. Give the name of the file to write, for example letter.docx."))
    path = Path(text)
    if path.is_dir() or text.endswith(("/", os.sep)):
        raise SaveError(_("{path} is a folder. Give a file name in it, for example {example}.").format(
            path=path, example=path / "letter.docx"))
    if not path.parent.is_dir():
        raise SaveError(_("The folder {folder} does not exist. Choose another folder.").format(folder=path.parent))
    if not replace_read_only and is_read_only(path):
        raise ReadOnlyFileError(_("{name} is read-only, so UA Desktop did not replace it. Choose another name, "
                                  "or make the file writable first.").format(name=path.name))
    return path


def is_read_only(path: Path) -> bool:
    """An existing file whose permissions allow no one to write it (also
    for root, who could write it anyway: the owner meant it to stay)."""
    try:
        mode = path.stat().st_mode
    except OSError:
        return False
    return stat.S_ISREG(mode) and not mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH)
