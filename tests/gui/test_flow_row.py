"""The wrapping row of buttons (`ua_desktop.gui.flow_layout.FlowRow`)."""

import gc

from PySide6.QtWidgets import QApplication, QPushButton, QWidget

from ua_desktop.gui.flow_layout import FlowRow


def _row(qtbot, texts, width):
    row = FlowRow()
    qtbot.addWidget(row)
    buttons = [QPushButton(text) for text in texts]
    for button in buttons:
        row.addWidget(button)
    row.resize(width, row.heightForWidth(width))
    row.show()
    return row, buttons


def test_buttons_wrap_onto_a_second_line_when_narrow(qtbot):
    row, buttons = _row(qtbot, ["Save your letter", "Print", "Copy the whole email", "Open in email"], 900)
    assert len({b.y() for b in buttons}) == 1
    one_line = row.heightForWidth(900)
    row.resize(260, row.heightForWidth(260))
    assert row.heightForWidth(260) > one_line and len({b.y() for b in buttons}) > 1
    assert all(b.geometry().right() < 260 for b in buttons)
    assert row.minimumSizeHint().height() == row.heightForWidth(260)


def test_right_to_left_starts_at_the_right(qtbot):
    row, buttons = _row(qtbot, ["حفظ", "طباعة"], 400)
    row.setLayoutDirection(row.layoutDirection().RightToLeft)
    QApplication.processEvents()
    assert buttons[0].x() > buttons[1].x()


def test_a_hidden_button_takes_no_room_and_a_deleted_one_is_forgotten(qtbot):
    row, buttons = _row(qtbot, ["One", "Two", "Three"], 600)
    row.setLayoutDirection(row.layoutDirection().LeftToRight)  # whatever a test before left the application in
    QApplication.processEvents()
    x_three = buttons[2].x()
    buttons[1].hide()
    QApplication.processEvents()
    assert buttons[2].x() < x_three
    buttons[0].deleteLater()
    QApplication.processEvents()
    row.resize(500, 60)
    assert row.heightForWidth(500) > 0


def test_no_stale_object_comes_back_after_rows_are_deleted(qtbot):
    """Many rows made and deleted: a new Qt object at a freed address must
    never come back as an old wrapper of another type."""
    for _ in range(30):
        parent = QWidget()
        row = FlowRow(parent)
        for text in ("a", "b", "c"):
            row.addWidget(QPushButton(text))
        parent.show()
        parent.deleteLater()
        QApplication.processEvents()
    gc.collect()
    label_parent = QWidget()
    qtbot.addWidget(label_parent)
    for _ in range(200):
        widget = QPushButton(label_parent)
        assert type(widget.style()).__name__ != "QWidgetItem"
