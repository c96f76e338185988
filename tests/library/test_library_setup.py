"""The library in the app: first run, the case to open at start, and the
window's Library menu (with the hook the main window uses)."""

import datetime as dt

import pytest
from PySide6.QtCore import QSettings

from library_helpers import make_case
from ua_desktop.core.case.casefile import save_case
from ua_desktop.core.library.store import CaseLibrary
from ua_desktop.gui.app_paths import AppPaths
from ua_desktop.gui.library.hook import LibraryHook
from ua_desktop.gui.library.setup import case_at_start, ensure_library, library_folder

TODAY = dt.date(2026, 11, 28)


def test_first_run_adds_the_sample_case_and_opens_it(_private_home):
    paths = AppPaths.for_this_user()
    library = ensure_library(paths)
    assert library.folder == library_folder(paths) == _private_home / "data" / "library"
    assert [e.people_names for e in library.current_entries()] == ["Azimzhan Askarov"]
    case, entry_id = case_at_start(library)
    assert case.people_names == "Azimzhan Askarov" and entry_id == library.last_worked_on


def test_the_sample_is_added_only_once(_private_home):
    library = ensure_library()
    sample = library.current_entries()[0]
    library.set_archived(sample.id)
    again = ensure_library()
    assert again.current_entries() == [] and len(again) == 1


def test_the_app_opens_on_the_case_last_worked_on(_private_home):
    library = ensure_library()
    other = library.add(make_case("Majid Kazemi", "Iran", "UA 61/23")).entry
    library.last_worked_on = other.id
    case, entry_id = case_at_start(ensure_library())
    assert case.people_names == "Majid Kazemi" and entry_id == other.id


def test_nothing_to_open_when_the_last_case_is_gone(library):
    assert case_at_start(library) is None


@pytest.fixture
def window_with_library(qtbot, answers):
    from ua_desktop.gui.app import build_main_window, create_application

    create_application()
    window = build_main_window(None, today=lambda: TODAY)
    qtbot.addWidget(window)
    window.show()
    paths = AppPaths.for_this_user()
    hook = getattr(window, "library_hook", None)  # the app's own, once the app attaches the library
    if hook is None:
        hook = LibraryHook(window, ensure_library(paths), paths.settings_file, today=lambda: TODAY)
    yield window, hook
    window.session._edited_text = None  # let the window close without asking


def test_the_library_is_one_click_away_and_opens_a_case_in_the_window(window_with_library, qtbot):
    window, hook = window_with_library
    hook.library.add(make_case("Majid Kazemi", "Iran", "UA 61/23"))
    assert hook.action in window.findChildren(type(hook.action))
    hook.action.trigger()
    view = hook.dialog.view
    assert hook.dialog.isVisible() and view.model.rowCount() == 2
    view.search.setText("kazemi")
    view.open_selected()
    assert window.session.case.people_names == "Majid Kazemi"
    assert "Majid Kazemi" in window.windowTitle()
    assert not hook.dialog.isVisible()
    assert hook.library.last_worked_on == hook.current_id
    assert CaseLibrary(hook.library.folder).last_worked_on == hook.current_id


def test_unsaved_words_are_not_lost_by_opening_from_the_library(window_with_library, answers):
    window, hook = window_with_library
    hook.library.add(make_case("Majid Kazemi", "Iran", "UA 61/23"))
    window.session.record_edit("My own words.")
    window.letter_actions.last_saved_text = None
    answers.yes = False
    hook.show_library().view.search.setText("kazemi")
    before = hook.library.last_worked_on
    hook.dialog.view.open_selected()
    assert "If you open another case, your changes will be lost" in answers.questions[-1]
    assert window.session.case.people_names == "Azimzhan Askarov"
    assert hook.library.last_worked_on == before


def test_a_case_opened_from_a_file_is_kept_and_an_update_is_linked(window_with_library, tmp_path):
    window, hook = window_with_library
    first = make_case("Majid Kazemi", "Iran", "UA 61/23", recipients=("Head of the Judiciary",))
    assert hook.case_opened(first, "kazemi.json") == first
    assert [e.people_names for e in hook.library.search("kazemi")] == ["Majid Kazemi"]
    update = make_case("Majid Kazemi", "Iran", "UA 61/23", title="Further information on UA 61/23",
                       issued=dt.date(2023, 6, 1), recipients=())
    shown = hook.case_opened(update, "fi.json")
    assert [r.name for r in shown.recipients] == ["Head of the Judiciary"]  # from the first sheet
    assert len(hook.library.history(hook.current_id)) == 2


def test_event_mode_is_remembered(window_with_library):
    window, hook = window_with_library
    hook.library.set_offered_at_event(hook.library.current_entries()[0].id)
    hook.library.add(make_case("Majid Kazemi", "Iran", "UA 61/23"))
    hook.event_action.setChecked(True)
    view = hook.show_library().view
    assert view.event_mode and view.model.rowCount() == 1
    assert QSettings(str(AppPaths.for_this_user().settings_file), QSettings.Format.IniFormat).value(
        "library/event_mode") in (True, "true")
    assert "Event mode is on" in window.statusBar().currentMessage()


def test_a_library_that_cannot_be_written_never_stops_a_case_from_opening(window_with_library, monkeypatch):
    from ua_desktop.core.library import store as library_module
    from ua_desktop.core.storage.atomic import SaveError

    window, hook = window_with_library

    def refuse(path, text):
        raise SaveError("UA Desktop is not allowed to save in the library folder.")

    monkeypatch.setattr(library_module, "write_text_atomically", refuse)
    case = make_case("Majid Kazemi", "Iran", "UA 61/23")
    assert hook.case_opened(case, "kazemi.json") == case
    assert "could not be kept in your library" in window.statusBar().currentMessage()


def test_a_case_file_saved_by_hand_in_the_library_folder_appears(library, tmp_path):
    save_case(make_case("Hand Made", "Chile", "UA 3/21"), library.cases_dir / "hand-made.json")
    assert [e.people_names for e in CaseLibrary(library.folder).current_entries()] == ["Hand Made"]


def test_starting_without_a_case_opens_the_last_one(_private_home, qtbot):
    from ua_desktop.gui.library.setup import open_library_at_start

    paths = AppPaths.for_this_user()
    first = open_library_at_start(paths, None)
    assert first.case.people_names == "Azimzhan Askarov" and first.path.parent == first.library.cases_dir
    other = first.library.add(make_case("Majid Kazemi", "Iran", "UA 61/23")).entry
    first.library.last_worked_on = other.id
    again = open_library_at_start(paths, None)
    assert again.entry_id == other.id and again.case.people_names == "Majid Kazemi"
    given = open_library_at_start(paths, paths.data_dir / "given.json")  # a file was named: open that one
    assert given.library is not None and given.case is None


def test_a_library_that_cannot_be_opened_does_not_stop_the_app(_private_home):
    from ua_desktop.gui.library.setup import open_library_at_start

    paths = AppPaths.for_this_user()
    paths.data_dir.mkdir(parents=True)
    (paths.data_dir / "library").write_text("a file where the folder should be")
    start = open_library_at_start(paths, None)
    assert start.library is None and start.case is None


def test_attach_library_keeps_the_start_file_quietly(qtbot, answers, tmp_path):
    from ua_desktop.gui.app import build_main_window, create_application
    from ua_desktop.gui.library.setup import attach_library, open_library_at_start

    create_application()
    path = tmp_path / "kazemi.json"
    save_case(make_case("Majid Kazemi", "Iran", "UA 61/23"), path)
    window = build_main_window(path, today=lambda: TODAY)
    qtbot.addWidget(window)
    paths = AppPaths.for_this_user()
    library = open_library_at_start(paths, path).library
    hook = attach_library(window, library, paths.settings_file, lambda: TODAY)
    assert window.library_hook is hook
    assert hook.library.entry(hook.current_id).people_names == "Majid Kazemi"
    assert hook.library.last_worked_on == hook.current_id and answers.choices == []
    # a window rebuilt around the same case (another window language) finds it again, adding nothing
    again = attach_library(window, library, paths.settings_file, lambda: TODAY)
    assert again.current_id == hook.current_id and len(library) == 2
    window.case_path = library.cases_dir / f"{hook.current_id}.json"
    assert attach_library(window, library, paths.settings_file, lambda: TODAY).current_id == hook.current_id
    assert attach_library(window, None, paths.settings_file) is None


def test_every_case_opened_in_the_window_is_kept_in_the_library(window_with_library, tmp_path):
    window, hook = window_with_library
    window.library_hook = hook
    path = tmp_path / "kazemi.json"
    save_case(make_case("Majid Kazemi", "Iran", "UA 61/23"), path)
    assert window.open_case(path)
    assert [e.people_names for e in hook.library.search("kazemi")] == ["Majid Kazemi"]
    assert hook.library.last_worked_on == hook.current_id


def test_the_app_starts_on_the_case_last_worked_on(qtbot, answers):
    from ua_desktop.gui.app import build_main_window, create_application

    create_application()
    library = ensure_library()
    library.last_worked_on = library.add(make_case("Majid Kazemi", "Iran", "UA 61/23")).entry.id
    window = build_main_window(None, today=lambda: TODAY)
    qtbot.addWidget(window)
    assert window.session.case.people_names == "Majid Kazemi"
    assert window.library_hook.library.last_worked_on == window.library_hook.current_id
