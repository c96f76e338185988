"""Windows that fit the screen they open on: a small laptop (1366×768 or
1024×600, less the taskbar) must show every window whole, with its main
buttons on the screen. A window asks for its preferred size and gets at
most what the screen offers; long pages scroll inside the window while
its buttons stay put."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRect, QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFrame, QScrollArea, QWidget

#: Room for the window's title bar and borders before the window is shown
#: (a window manager adds them around the window's own area).
FRAME_ALLOWANCE = QSize(10, 36)


def available_area(widget: QWidget | None = None) -> QRect:
    """The part of the screen a window may use (the taskbar left out)."""
    screen = (widget.screen() if widget is not None else None) or QGuiApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else QRect(0, 0, 1024, 560)


def fit_to_screen(window: QWidget, preferred: QSize) -> QSize:
    """Give `window` its preferred size, or all the screen offers when that
    is less, and keep it on the screen. Returns the size it got."""
    area = available_area(window.parentWidget() or window)
    frame = window.frameGeometry().size() - window.geometry().size() if window.isVisible() else FRAME_ALLOWANCE
    room = area.size() - frame
    size = preferred.boundedTo(room).expandedTo(QSize(200, 150))
    window.resize(size)
    left = max(area.left(), min(window.x(), area.right() - size.width() - frame.width()))
    top = max(area.top(), min(window.y(), area.bottom() - size.height() - frame.height()))
    window.move(left, top)
    return size


class VerticalScroller(QScrollArea):
    """A page that scrolls up and down, never sideways: it is always as wide
    as its contents need (buttons do not wrap, some languages make them
    wider), so nothing is cut off at the side."""

    def __init__(self, inner: QWidget, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWidget(inner)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        inner.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt's name)
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            self.updateGeometry()  # its minimum width may have changed
            self._fit_height()
        return super().eventFilter(watched, event)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self._fit_height()

    def _fit_height(self) -> None:
        """Wrapped text needs more height when the page is narrower;
        QScrollArea does not ask, so tell the inner widget how tall it must
        be at this width (otherwise its parts would overlap)."""
        inner = self.widget()
        if inner is not None and inner.hasHeightForWidth():
            needed = inner.heightForWidth(self.viewport().width())
            if needed > 0 and needed != inner.minimumHeight():
                inner.setMinimumHeight(needed)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        inner = self.widget().minimumSizeHint() if self.widget() is not None else QSize(0, 0)
        width = inner.width() + self.verticalScrollBar().sizeHint().width() + 2 * self.frameWidth()
        return QSize(width, min(120, inner.height()))

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        inner = self.widget().sizeHint() if self.widget() is not None else QSize(0, 0)
        return QSize(inner.width() + self.verticalScrollBar().sizeHint().width(), inner.height())
