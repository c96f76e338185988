"""One way to deal with a damaged file the app reads (a recovery draft, a
case in the library, the library's index, the settings, the event tally,
a sign-up list): keep a dated copy beside it, recover what can be
recovered (the caller's job), and tell the user in plain words what
happened and where the copy is.

The core never shows anything: it returns a `DamageNotice`; the window
shows its message through the dialog seam.
"""

from __future__ import annotations

import datetime as dt
import logging
import shutil
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger(__name__)

DAMAGED_SUFFIX = ".damaged"


@dataclass(frozen=True)
class DamageNotice:
    """What to tell the user about one damaged file."""

    message: str  # translated, plain words, says where the copy is
    original: Path
    copy: Path | None  # None when not even a copy could be made


def damaged_copy_path(path: Path, now: dt.datetime | None = None) -> Path:
    """``letter.json`` -> ``letter.json.2026-12-03-0931.damaged`` beside it
    (``-2``, ``-3`` … when that name is taken)."""
    stamp = (now or dt.datetime.now()).strftime("%Y-%m-%d-%H%M")
    candidate = path.with_name(f"{path.name}.{stamp}{DAMAGED_SUFFIX}")
    number = 2
    while candidate.exists():
        candidate = path.with_name(f"{path.name}.{stamp}-{number}{DAMAGED_SUFFIX}")
        number += 1
    return candidate


def set_aside_damaged(path: Path, keep_original: bool = False, now: dt.datetime | None = None) -> Path:
    """Move `path` (or copy it, with `keep_original`) to a dated
    ``.damaged`` file beside it; returns that file. Raises OSError."""
    path = Path(path)
    copy = damaged_copy_path(path, now)
    if keep_original:
        shutil.copy2(path, copy)
    else:
        path.replace(copy)
    log.warning("Damaged file %s set aside as %s", path, copy)
    return copy


def report_damaged(path: Path, told: str, told_without_copy: str, keep_original: bool = False,
                   **details: str) -> DamageNotice:
    """Set `path` aside and say so: `told` (translated, with ``{copy}`` for
    the copy's full path or ``{name}`` for its file name, and any `details`)
    or, when no copy could be made, `told_without_copy`."""
    try:
        copy = set_aside_damaged(path, keep_original)
    except OSError as error:
        log.warning("Damaged file %s could not be set aside: %s", path, error)
        return DamageNotice(told_without_copy.format(**details), Path(path), None)
    return DamageNotice(told.format(copy=copy, name=copy.name, **details), Path(path), copy)
