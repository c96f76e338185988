"""The one bounded reader: every file a person may have put there is read through it."""

import ast
from pathlib import Path

import pytest

from ua_desktop.core.storage.bounded import FileTooLargeError, read_bounded

PACKAGE = Path(__file__).resolve().parents[2] / "ua_desktop"


def test_reads_a_file_up_to_the_limit_and_refuses_a_larger_one(tmp_path):
    path = tmp_path / "case.json"
    path.write_bytes(b"x" * 10)
    assert read_bounded(path, 10) == b"x" * 10
    with pytest.raises(FileTooLargeError) as refused:
        read_bounded(path, 9)
    assert refused.value.size == 10 and refused.value.limit == 9 and isinstance(refused.value, ValueError)
    with pytest.raises(FileNotFoundError):
        read_bounded(tmp_path / "none.json", 10)


def test_a_file_whose_size_is_not_reported_is_cut_off_past_the_limit():
    with pytest.raises(FileTooLargeError) as refused:
        read_bounded("/dev/zero", 1000)
    assert refused.value.size == 1001


def test_no_module_reads_a_whole_file_on_its_own():
    """Path.read_bytes()/read_text() outright only for data the app ships
    (modules that find it with ``ua_desktop.paths.resource``) and its own sign-up list."""
    allowed = {"core/letters/ask_catalog.py", "core/events/event.py"}
    found = []
    for path in PACKAGE.rglob("*.py"):
        where = path.relative_to(PACKAGE).as_posix()
        source = path.read_text(encoding="utf-8")
        if "resource(" in source or where in allowed:
            continue
        for node in ast.walk(ast.parse(source)):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                    and node.func.attr in ("read_bytes", "read_text")):
                found.append(f"{where}:{node.lineno}")
    assert not found, f"read these through core.storage.bounded.read_bounded: {found}"
