"""The case a start opens is remembered, so the next start shows it before
the library is read (`ua_desktop.gui.library.start_memo`), and only while
the library has not changed since."""

import datetime as dt
import os

from library_helpers import make_case
from ua_desktop.core.case.casefile import save_case
from ua_desktop.gui.app_paths import AppPaths
from ua_desktop.gui.library.setup import case_at_start, ensure_library
from ua_desktop.gui.library.start_memo import StartMemo

TODAY = dt.date(2026, 11, 28)


def remembered_start(library, memo_path):
    case, entry_id = case_at_start(library)
    memo = StartMemo(memo_path, library.folder)
    memo.remember(case, library.cases_dir / f"{entry_id}.json", example=True)
    return memo, case, entry_id


def start_once(qtbot):
    """A start whose first frame is painted: it remembers its case."""
    from ua_desktop.gui.app import build_main_window, create_application

    create_application()
    window = build_main_window(None, today=lambda: TODAY)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(AppPaths.for_this_user().start_memo_file.exists, timeout=5000)
    return window


def start_again(qtbot):
    """The next start (not shown yet)."""
    from ua_desktop.gui.app import build_main_window

    window = build_main_window(None, today=lambda: TODAY)
    qtbot.addWidget(window)
    return window


def test_the_remembered_case_comes_back_while_the_library_is_unchanged(_private_home, tmp_path):
    library = ensure_library()
    memo, case, entry_id = remembered_start(library, tmp_path / "memo.json")
    assert memo.recall() == (case, library.cases_dir / f"{entry_id}.json", True)


def test_a_memo_of_another_version_of_the_app_is_not_used(_private_home, tmp_path, monkeypatch):
    import ua_desktop.gui.library.start_memo as start_memo

    library = ensure_library()
    memo, _case, _entry_id = remembered_start(library, tmp_path / "memo.json")
    monkeypatch.setattr(start_memo, "__version__", "99.0")  # a new version may bring another example case
    assert memo.recall() is None


def test_any_change_to_the_library_or_the_case_file_forgets_it(_private_home, tmp_path):
    library = ensure_library()
    memo, _case, entry_id = remembered_start(library, tmp_path / "memo.json")
    library.last_worked_on = library.add(make_case("Majid Kazemi", "Iran", "UA 61/23")).entry.id
    assert memo.recall() is None  # another case worked on: the index changed
    memo, _case, entry_id = remembered_start(library, tmp_path / "memo.json")
    case_file = library.cases_dir / f"{entry_id}.json"
    save_case(make_case("Majid Kazemi", "Iran", "UA 61/23 (update)"), case_file)  # saved by hand
    assert memo.recall() is None


def test_a_missing_or_damaged_memo_is_no_memo(_private_home, tmp_path):
    library = ensure_library()
    memo = StartMemo(tmp_path / "memo.json", library.folder)
    assert memo.recall() is None
    for damage in (b"", b"{not json", b"[]", b'{"index": 1}', os.urandom(300)):
        memo.path.write_bytes(damage)
        assert memo.recall() is None
    remembered_start(library, memo.path)
    text = memo.path.read_text(encoding="utf-8")
    memo.path.write_text(text.replace('"format"', '"formats"'), encoding="utf-8")  # not a case any more
    assert memo.recall() is None
    memo.forget()
    assert not memo.path.exists()


def test_the_next_start_shows_the_case_before_reading_the_library(qtbot, answers):
    library = ensure_library()
    library.last_worked_on = library.add(make_case("Majid Kazemi", "Iran", "UA 61/23")).entry.id
    start_once(qtbot)
    second = start_again(qtbot)
    hook = second.library_hook
    assert second.session.case.people_names == "Majid Kazemi"
    assert hook._library is None  # not read before the first frame
    assert second.case_panel.deadline.property("state") != "example"
    second.show()
    qtbot.waitUntil(lambda: hook._library is not None, timeout=5000)
    assert hook.library.entry(hook.current_id).people_names == "Majid Kazemi"
    assert hook.library.last_worked_on == hook.current_id and answers.choices == []


def test_a_library_changed_since_is_read_before_the_window(qtbot, answers):
    ensure_library()
    start_once(qtbot)
    library = ensure_library()
    library.last_worked_on = library.add(make_case("Majid Kazemi", "Iran", "UA 61/23")).entry.id
    second = start_again(qtbot)
    assert second.session.case.people_names == "Majid Kazemi"
    assert second.library_hook._library is not None


def test_a_library_that_cannot_be_opened_after_the_first_frame_is_said_plainly(qtbot, answers, monkeypatch):
    import ua_desktop.gui.library.setup as setup
    from ua_desktop.core.library.store import LibraryError

    ensure_library()
    start_once(qtbot)

    def broken(paths=None):
        raise LibraryError("the disk is full")

    monkeypatch.setattr(setup, "ensure_library", broken)
    second = start_again(qtbot)
    told = []
    monkeypatch.setattr(second, "tell", told.append)
    assert second.library_hook.show_library() is None
    assert told and "could not be opened" in told[0]
    assert second.session.case is not None  # the letter stays


def test_the_example_case_is_known_as_the_example_without_reading_it_again(qtbot, answers, monkeypatch):
    """The memo keeps whether the case is the app's example (its deadline
    line says so), so the next start need not read the example's file."""
    import ua_desktop.gui.main_window.start_panel as start_panel

    start_once(qtbot)  # a first run: the example case
    monkeypatch.setattr(start_panel, "_known", {})

    def not_read():
        raise AssertionError("the example's file was read")

    monkeypatch.setattr(start_panel, "_example_case", not_read)
    second = start_again(qtbot)
    assert second.case_panel.deadline.property("state") == "example"
