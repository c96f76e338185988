"""The library on screen: the table model without a window, and the view
driven as a user would (offscreen)."""

import datetime as dt

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from library_helpers import make_case
from ua_desktop.core.library.bundle import export_bundle
from ua_desktop.core.library.store import CaseLibrary
from ua_desktop.gui.library.model import (COUNTRY, DEADLINE, LANGUAGES, NUMBER, PERSON, EntryIdRole,
                                          LibraryTableModel)
from ua_desktop.gui.library.view import LibraryView

TODAY = dt.date(2026, 11, 28)


def type_text(widget, text):
    """Type any text, accents included (qtbot.keyClicks cannot)."""
    widget.setFocus()
    for ch in text:
        QApplication.sendEvent(widget, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_unknown,
                                                 Qt.KeyboardModifier.NoModifier, ch))


@pytest.fixture
def cases(library):
    day = TODAY
    ids = {
        "soon": library.add(make_case("Lucía Hernández Morales", "Mexico", "UA 203/26",
                                      deadline=day + dt.timedelta(days=3), languages=("es",))).entry.id,
        "later": library.add(make_case("Majid Kazemi", "Iran", "UA 61/26", deadline=day + dt.timedelta(days=30),
                                       languages=("en", "fr"))).entry.id,
        "passed": library.add(make_case("Azimzhan Askarov", "Kyrgyzstan", "UA 135/10")).entry.id,
        "none": library.add(make_case("Teresita Naul", "Philippines", "UA 160/19", deadline=None)).entry.id,
        "today": library.add(make_case("Ales Bjaljazki", "Belarus", "UA 2/26", deadline=day)).entry.id,
    }
    closed = library.add(make_case("Erlan Baltabay", "Kazakhstan", "UA 15/20", deadline=day + dt.timedelta(days=9)))
    ids["closed"] = library.add(make_case(
        "Erlan Baltabay", "Kazakhstan", "UA 15/20", title="Further information on UA 15/20: released",
        deadline=None, issued=dt.date(2020, 5, 1), status="no_further_action",
        status_note="Erlan Baltabay was released. No further action is needed.")).entry.id
    assert closed.entry.id != ids["closed"]
    return ids


def model_for(library):
    model = LibraryTableModel(lambda: TODAY)
    model.set_entries(library.current_entries())
    return model


def column(model, col, role=Qt.ItemDataRole.DisplayRole):
    return [model.data(model.index(row, col), role) for row in range(model.rowCount())]


# ------------------------------------------------------------------ the model
def test_the_model_lists_people_and_deadlines_in_words_most_urgent_first(library, cases):
    model = model_for(library)
    assert model.rowCount() == 6 and model.columnCount() == 6
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(6)] == [
        "Person at risk", "Country", "UA number", "Deadline", "Letters in", "At the event"]
    assert column(model, PERSON) == ["Ales Bjaljazki", "Lucía Hernández Morales", "Majid Kazemi", "Teresita Naul",
                                     "Azimzhan Askarov", "Erlan Baltabay"]
    assert column(model, DEADLINE) == ["Last day today", "Due soon: 3 days left", "30 days left", "No deadline",
                                       "Deadline passed", "No further action needed"]
    assert column(model, LANGUAGES)[1:3] == ["Spanish (español)", "English, French (français)"]
    assert column(model, NUMBER)[0] == "UA 2/26"
    assert column(model, PERSON, EntryIdRole)[1] == cases["soon"]
    tips = column(model, DEADLINE, Qt.ItemDataRole.ToolTipRole)
    assert "has passed" in tips[4] and tips[5] == "Erlan Baltabay was released. No further action is needed."
    colours = column(model, DEADLINE, Qt.ItemDataRole.ForegroundRole)
    assert colours[2] is None and colours[4].color().name() == "#8a1c12"


def test_the_model_sorts_by_any_column(library, cases):
    model = model_for(library)
    model.sort(PERSON, Qt.SortOrder.DescendingOrder)
    assert column(model, PERSON)[0] == "Teresita Naul"
    model.sort(COUNTRY)
    assert column(model, COUNTRY) == sorted(column(model, COUNTRY))
    model.sort(NUMBER)
    assert column(model, NUMBER) == ["UA 135/10", "UA 160/19", "UA 15/20", "UA 2/26", "UA 61/26", "UA 203/26"]
    model.sort(DEADLINE, Qt.SortOrder.DescendingOrder)
    assert column(model, DEADLINE)[0] == "No further action needed"
    model.set_entries(library.search("iran"))  # new rows keep the chosen order
    assert column(model, PERSON) == ["Majid Kazemi"]


# ------------------------------------------------------------------ the view
@pytest.fixture
def view(qtbot, library, cases, answers):
    widget = LibraryView(library, lambda: TODAY)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def shown(view):
    return column(view.model, PERSON)


def test_search_filters_as_you_type(view):
    type_text(view.search, "hernán")
    assert shown(view) == ["Lucía Hernández Morales"]
    assert view.count.text() == "1 of 6 cases match"
    assert view.people.text() == "Lucía Hernández Morales"
    view.search.clear()
    type_text(view.search, "UA 1")
    assert shown(view) == ["Teresita Naul", "Azimzhan Askarov", "Erlan Baltabay"]
    type_text(view.search, "35/10")
    assert shown(view) == ["Azimzhan Askarov"]
    view.search.clear()
    type_text(view.search, "nobody at all")
    assert shown(view) == [] and not view.open_button.isEnabled()
    assert view.people.text() == "No case matches your search."


def test_open_emits_the_case_to_write_from(view, qtbot, library, cases):
    type_text(view.search, "kazemi")
    with qtbot.waitSignal(view.case_chosen) as signal:
        qtbot.mouseClick(view.open_button, Qt.MouseButton.LeftButton)
    case, entry_id = signal.args
    assert entry_id == cases["later"] and case.people_names == "Majid Kazemi"


def test_a_case_needing_no_further_action_says_so_before_anyone_writes(view, qtbot, cases, answers):
    type_text(view.search, "baltabay")
    assert view.status.text() == "Erlan Baltabay was released. No further action is needed."
    assert view.history.count() == 2 and "no further action needed" in view.history.item(1).text()
    answers.yes = False
    emitted = []
    view.case_chosen.connect(lambda case, entry_id: emitted.append(entry_id))
    view.open_selected()
    assert emitted == [] and "You do not need to write about this case any more" in answers.questions[0]
    answers.yes = True
    view.open_selected()
    assert emitted == [cases["closed"]]


def test_archive_and_bring_back(view, library, cases):
    type_text(view.search, "naul")
    assert view.archive_button.text() == "Archive"
    view.archive_button.click()
    assert shown(view) == [] and library.entry(cases["none"]).archived
    view.search.clear()
    view.show_choice.setCurrentIndex(2)  # archived cases
    assert shown(view) == ["Teresita Naul"] and view.archive_button.text() == "Bring back"
    view.archive_button.click()
    assert shown(view) == [] and not library.entry(cases["none"]).archived


def test_the_organiser_chooses_the_cases_the_event_offers(view, library, cases):
    for name in ("kazemi", "askarov"):
        view.search.clear()
        type_text(view.search, name)
        view.offer_button.click()
    assert view.offer_button.text() == "Stop offering at the event"
    view.search.clear()
    view.set_event_mode(True)
    assert sorted(shown(view)) == ["Azimzhan Askarov", "Majid Kazemi"]
    assert view.heading.text() == "Cases at this event"
    assert not view.archive_button.isVisible() and not view.import_button.isVisible()
    assert view.open_button.isVisible()
    type_text(view.search, "lucia")  # not offered: not found in event mode
    assert shown(view) == []
    view.search.clear()
    view.set_event_mode(False)
    assert len(shown(view)) == 6


def test_event_mode_with_nothing_chosen_explains_itself(view):
    view.set_event_mode(True)
    assert shown(view) == [] and "No cases have been chosen for this event" in view.people.text()


def test_export_and_import_through_the_view(view, qtbot, library, cases, answers, tmp_path):
    type_text(view.search, "iran")
    answers.save_path = tmp_path / "for-the-event"
    view.export_cases()
    bundle = tmp_path / "for-the-event.uacases"
    assert bundle.exists() and "1 case was saved in for-the-event.uacases" in answers.infos[-1]

    laptop = CaseLibrary(tmp_path / "laptop")
    laptop.add(make_case("Majid Kazemi", "Iran", "UA 61/26", asks=("stop the execution",)))
    export_bundle(library, [e.id for e in library.current_entries()], tmp_path / "all.uacases")
    other = LibraryView(laptop, lambda: TODAY)
    qtbot.addWidget(other)
    answers.open_path = tmp_path / "all.uacases"
    answers.choice = "replace"
    other.import_cases()
    assert "The file holds 7 cases. 5 are new. 1 is an update" in answers.questions[-1]
    assert "Majid Kazemi" in answers.choices[-1][0] and answers.choices[-1][1] == ["skip", "replace", "keep_both"]
    assert "1 case was replaced" in answers.infos[-1]
    assert len(shown(other)) == 6 and [a.text for a in laptop.get(laptop.search("kazemi")[0].id).asks] == [
        "release him"]

    other.import_cases()  # the same file again: nothing to do
    assert "7 are already in your library" in answers.infos[-1]


def test_a_bad_file_gives_a_plain_message(view, answers, tmp_path):
    answers.open_path = tmp_path / "holiday.uacases"
    answers.open_path.write_bytes(b"not a zip at all")
    view.import_cases()
    assert "holiday.uacases is not a UA Desktop file of cases" in answers.errors[-1]


def test_importing_a_single_case_file_asks_about_a_conflict(view, library, answers, tmp_path):
    from ua_desktop.core.case.casefile import save_case

    path = tmp_path / "kazemi.json"
    save_case(make_case("Majid Kazemi", "Iran", "UA 61/26", asks=("another ask",)), path)
    answers.open_path = path
    answers.choice = None  # the user closes the question
    view.import_cases()
    assert "already has the case of Majid Kazemi" in answers.choices[-1][0]
    assert len(library.search("kazemi")) == 1
    answers.choice = "keep_both"
    view.import_cases()
    assert len(library.search("kazemi")) == 2


def test_a_library_that_cannot_be_written_says_so(view, library, cases, answers, monkeypatch):
    from ua_desktop.core.library import store as library_module
    from ua_desktop.core.storage.atomic import SaveError

    def refuse(path, text):
        raise SaveError("UA Desktop is not allowed to save in the library folder. Choose another folder.")

    monkeypatch.setattr(library_module, "write_text_atomically", refuse)
    type_text(view.search, "naul")
    view.archive_button.click()
    assert "not allowed to save" in answers.errors[-1] and "Nothing in your library was changed" in answers.errors[-1]
    assert shown(view) == ["Teresita Naul"] and not library.entry(cases["none"]).archived


def test_a_dropped_file_of_cases_goes_to_the_library(qtbot, tmp_path, monkeypatch):
    from PySide6.QtCore import QMimeData, QUrl

    from ua_desktop.gui.app import build_main_window, create_application
    from ua_desktop.gui.library.view import LibraryView

    create_application()
    window = build_main_window(None)
    qtbot.addWidget(window)
    imported = []
    monkeypatch.setattr(LibraryView, "import_bundle", lambda self, path: imported.append(path))
    bundle = tmp_path / "event.uacases"
    bundle.write_bytes(b"PK")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(bundle))])
    assert window.import_actions.drop(mime)
    assert imported == [bundle]


def test_the_library_shows_which_cases_are_offered_at_the_event(library, cases):
    from ua_desktop.gui.library.model import OFFERED

    library.set_offered_at_event(cases["soon"], True)
    model = model_for(library)
    offered = column(model, OFFERED)
    assert offered[1] == "Offered" and offered.count("Offered") == 1 and offered[0] == ""
