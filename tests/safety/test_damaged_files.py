"""The one mechanism for damaged files: a dated .damaged copy beside the
file, never over an earlier copy, and a notice in plain words saying where
it is (or that no copy could be made)."""

from __future__ import annotations

import datetime as dt

from readonly import read_only
from ua_desktop.core.storage.damaged import damaged_copy_path, report_damaged, set_aside_damaged

NOON = dt.datetime(2026, 12, 3, 12, 5)


def test_the_copy_is_dated_and_never_replaces_an_earlier_one(tmp_path):
    path = tmp_path / "index.json"
    path.write_text("{broken", encoding="utf-8")
    first = set_aside_damaged(path, keep_original=True, now=NOON)
    assert first.name == "index.json.2026-12-03-1205.damaged" and path.exists()
    second = set_aside_damaged(path, now=NOON)
    assert second.name == "index.json.2026-12-03-1205-2.damaged" and not path.exists()
    assert first.read_text(encoding="utf-8") == second.read_text(encoding="utf-8") == "{broken"
    assert damaged_copy_path(path, NOON).name == "index.json.2026-12-03-1205-3.damaged"


def test_the_notice_says_where_the_copy_is(tmp_path):
    path = tmp_path / "tally.json"
    path.write_text("{broken", encoding="utf-8")
    notice = report_damaged(path, "Damaged; kept as {copy} ({name}).", "Damaged; no copy.")
    assert notice.copy is not None and notice.copy.exists()
    assert notice.message == f"Damaged; kept as {notice.copy} ({notice.copy.name})."


def test_when_no_copy_can_be_made_the_notice_says_so(tmp_path):
    folder = tmp_path / "locked"
    folder.mkdir()
    path = folder / "tally.json"
    path.write_text("{broken", encoding="utf-8")
    with read_only(folder):
        notice = report_damaged(path, "kept as {copy}", "no copy could be made")
    assert notice.copy is None and notice.message == "no copy could be made"


def test_the_window_tells_about_a_damaged_case_in_the_library(dialog_recorder):
    """At start, a case file in the library that cannot be read is set
    aside and the user is told which and where, instead of it vanishing."""
    from ua_desktop.gui.app import build_main_window, create_application
    from ua_desktop.gui.library.setup import ensure_library

    create_application()
    library = ensure_library()
    [entry] = library.entries()
    (library.cases_dir / f"{entry.id}.json").write_text("{ cut short", encoding="utf-8")
    window = build_main_window(None)
    try:
        told = "\n".join(dialog_recorder.infos)
        assert f"{entry.id}.json" in told and ".damaged" in told, dialog_recorder.infos
        assert list(library.cases_dir.glob(f"{entry.id}.json.*.damaged"))
    finally:
        window.close()
