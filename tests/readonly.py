"""Make a folder or file read-only in a way that holds for every user, root
included (CI runs as root, and root ignores permission bits):

- a normal user: the permission bits (chmod a-w);
- root: the file system's immutable flag (``chattr +i``), which refuses
  writes even to root; where the file system has no such flag, a folder
  becomes a read-only tmpfs mounted over it.

If none of these can be done the test fails: a check that cannot run must
not pass silently.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import stat
import subprocess
from collections.abc import Iterator
from pathlib import Path


def _run(*command: str) -> bool:
    if shutil.which(command[0]) is None:
        return False
    return subprocess.run(command, capture_output=True).returncode == 0


@contextlib.contextmanager
def read_only(path: Path) -> Iterator[Path]:
    """While inside, nobody can write to `path` (a folder or a file)."""
    path = Path(path)
    if os.name != "posix" or os.geteuid() != 0:
        mode = path.stat().st_mode
        path.chmod(mode & ~(stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH))
        try:
            yield path
        finally:
            path.chmod(mode)
        return
    if _run("chattr", "+i", str(path)):
        try:
            yield path
        finally:
            _run("chattr", "-i", str(path))
        return
    if path.is_dir() and _run("mount", "-t", "tmpfs", "-o", "ro,size=64k", "tmpfs", str(path)):
        try:
            yield path
        finally:
            _run("umount", str(path))
        return
    raise AssertionError(f"could not make {path} read-only for root (no chattr +i, no mount)")


def is_really_read_only(path: Path) -> bool:
    """True when writing into the folder (or to the file) is refused now."""
    probe = path / ".probe" if path.is_dir() else path
    try:
        with open(probe, "ab"):
            pass
    except OSError:
        return True
    if path.is_dir():
        probe.unlink()
    return False
