"""The review explains itself: the reason for an unsure field in words
beside it, in colours readable in any theme; long values from their start;
the sheet wrapped, showing where the field in focus was read."""

from pathlib import Path

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QPlainTextEdit

from ua_desktop.core.importer import import_text
from ua_desktop.gui.review.dialog import ReviewDialog

SEED_TEXT = (Path(__file__).resolve().parents[1] / "fixtures" / "ua-2010-askarov-kyrgyzstan.txt").read_text(
    encoding="utf-8")


def test_the_reason_for_an_unsure_field_is_shown_beside_it(qtbot):
    import dataclasses

    result = import_text(SEED_TEXT.replace("Salutation: Dear Acting Minister", ""))
    note = result.unsure[0]  # a recipient's salutation was not found
    result = dataclasses.replace(result, unsure=(*result.unsure, dataclasses.replace(
        note, field="people", message="Only one name was found: check it.")))
    dialog = ReviewDialog(result)
    qtbot.addWidget(dialog)
    dialog.show()
    reason = dialog.unsure_reasons["people"]
    assert reason.isVisibleTo(dialog) and "Only one name was found" in reason.text()
    style = dialog.people.styleSheet()
    assert "background" in style and "color:" in style  # its own text colour: readable in a dark theme


def test_unsure_colours_do_not_follow_a_dark_theme(qtbot):
    from ua_desktop.gui.review.recipient_editor import UNSURE_STYLE

    app = QApplication.instance()
    old = app.palette()
    dark = QPalette(old)
    dark.setColor(QPalette.ColorRole.Text, QColor("#eeeeee"))
    dark.setColor(QPalette.ColorRole.Base, QColor("#1e1e1e"))
    app.setPalette(dark)
    try:
        edit = QPlainTextEdit("Azimzhan Askarov")
        qtbot.addWidget(edit)
        edit.setStyleSheet(UNSURE_STYLE)
        edit.show()
        image = edit.viewport().grab().toImage()
        colours = {image.pixelColor(x, y).name() for x in range(0, image.width(), 2) for y in range(0, 30)}
        assert "#fff3cd" in colours
        darkest = min(QColor(c).lightness() for c in colours)
        assert darkest < 100  # the text is dark on the yellow, not the theme's near-white
    finally:
        app.setPalette(old)


def test_long_values_start_at_their_start_and_the_sheet_wraps(qtbot):
    dialog = ReviewDialog(import_text(SEED_TEXT))
    qtbot.addWidget(dialog)
    assert dialog.title.cursorPosition() == 0
    assert dialog.source.lineWrapMode() == QPlainTextEdit.LineWrapMode.WidgetWidth


def test_the_sheet_shows_the_passage_of_the_field_in_focus(qtbot):
    dialog = ReviewDialog(import_text(SEED_TEXT))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    dialog._focus_changed(None, dialog.country)
    selected = dialog.source.textCursor().selectedText()
    assert selected and selected.casefold() == dialog.country.text()[:60].casefold()
    dialog._focus_changed(None, dialog.people)
    assert dialog.source.textCursor().selectedText() == "Azimzhan Askarov"


def test_the_review_says_why_a_block_was_taken_as_a_copy(qtbot):
    """A block read against its headings (here: no heading at all) says which of its cues decided."""
    fixtures = Path(__file__).resolve().parents[1] / "importer" / "fixtures"
    result = import_text((fixtures / "cues-unlabelled-web-belarus.txt").read_text(encoding="utf-8"))
    dialog = ReviewDialog(result)
    qtbot.addWidget(dialog)
    dialog.show()
    copy = next(i for i, r in enumerate(result.case.recipients) if r.role.value == "copy")
    dialog.recipients.list.setCurrentRow(copy)
    assert not dialog.recipients.note.isHidden()  # shown with the recipient (on its own tab)
    assert "an embassy or ambassador" in dialog.recipients.note.text()
    assert "no heading marked" in dialog.unsure_reasons["asks"].text()
