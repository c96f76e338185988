"""One useful toolbar (open, save, print, the library: each an icon and a
word) and library headings never cut off."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QToolBar


def test_one_toolbar_with_icons_and_words(make_window):
    window = make_window()
    toolbars = [bar for bar in window.findChildren(QToolBar) if bar.isVisibleTo(window)]
    assert len(toolbars) == 1
    bar = toolbars[0]
    assert bar.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonTextBesideIcon
    words = [action.iconText() for action in bar.actions()]
    assert words[:3] == ["Open", "Save", "Print"] and "Case library" in words
    assert all(not action.icon().isNull() for action in bar.actions()[:3])


def test_german_library_headings_are_whole(qtbot, tmp_path, monkeypatch):
    from ua_desktop import i18n
    from ua_desktop.core.case.casefile import load_case
    from ua_desktop.core.library.store import CaseLibrary
    from ua_desktop.gui.app import create_application
    from ua_desktop.gui.library.view import LibraryDialog
    from ua_desktop.paths import sample_case_path

    create_application()
    i18n.set_language("de")
    library = CaseLibrary(tmp_path / "library")
    library.add(load_case(sample_case_path()), "askarov.json")
    dialog = LibraryDialog(library)
    qtbot.addWidget(dialog)
    table = dialog.view.table
    header = table.horizontalHeader()
    headings = [table.model().headerData(c, Qt.Orientation.Horizontal) for c in range(table.model().columnCount())]
    assert "UA-Nummer" in headings
    for column in range(table.model().columnCount() - 1):  # the last one stretches
        assert table.columnWidth(column) >= header.sectionSizeHint(column), column
