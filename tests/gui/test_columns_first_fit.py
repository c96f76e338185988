"""The window opens with the columns it keeps: the first layout gives the
steps the width they have once the window is on screen (the sizes their
parts cached while the window was built are not used for it), so the steps
page is laid out and measured once before the first frame, not twice."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication


class WidthRecorder(QObject):
    def __init__(self):
        super().__init__()
        self.widths: list[int] = []

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.Resize:
            self.widths.append(event.size().width())
        return False


def test_the_steps_are_laid_out_once_at_their_final_width(qtbot):
    from ua_desktop.gui.app import build_main_window, create_application

    create_application()
    window = build_main_window(None, today=lambda: dt.date(2026, 11, 28))
    qtbot.addWidget(window)
    before_show = window.steps_column.minimumSizeHint().width()
    recorder = WidthRecorder()
    window.steps_column.viewport().installEventFilter(recorder)
    window.show()
    qtbot.waitExposed(window)
    for _ in range(5):
        QApplication.processEvents()
    window.steps_column.viewport().removeEventFilter(recorder)
    window.session._edited_text = None  # let the window close without asking
    assert window.steps_column.minimumSizeHint().width() == before_show
    assert len(set(recorder.widths)) == 1, recorder.widths
