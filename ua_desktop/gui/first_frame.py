"""Work put off until the window's first frame is on the screen."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


class _AfterFirstPaint(QObject):
    def __init__(self, widget: QWidget, callback: Callable[[], None]):
        super().__init__(widget)
        self._callback = callback
        widget.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.Paint and self._callback is not None:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self._run)  # once the whole frame is painted
        return False

    def _run(self) -> None:
        callback, self._callback = self._callback, None
        self.deleteLater()
        if callback is not None:
            callback()


def after_first_frame(widget: QWidget, callback: Callable[[], None]) -> None:
    """Call `callback` once, on the turn of the event loop after `widget`
    is first painted. (A zero timer started before `show()` would run
    before anything is painted.)"""
    _AfterFirstPaint(widget, callback)
