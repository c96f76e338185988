"""A row of buttons that wraps onto a second line when the window is
narrow, instead of pushing the window wider than a small laptop's screen.
Qt has no such layout of its own.

`FlowRow` places its buttons itself, without a QLayout subclass. The usual
Python "flow layout" (a QLayout keeping the QLayoutItems Qt hands it) left
stale wrappers behind: Qt deletes a QWidgetItem when its widget goes, the
Python list kept a wrapper at that address, and a new Qt object later made
at the same address came back to Python as that old QWidgetItem (a
style() call answered with a QWidgetItem, and a window switching languages
kept its old texts: tests/gui/test_flow_row.py). Here Python holds only the
widgets, whose deletion PySide6 sees.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QRect, QSize
from PySide6.QtWidgets import QWidget


class FlowRow(QWidget):
    """Buttons laid left to right (right to left in Arabic), starting a new
    line when the next one would not fit. Its minimum height is the height
    its lines need at its present width, so the window above it makes room
    for a second line instead of cutting the buttons off (a main window does
    not ask its contents' height-for-width on its own)."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 8):
        super().__init__(parent)
        self._widgets: list[QWidget] = []
        self._spacing = spacing
        self._height = -1
        #: What each button asked for, and the height at each width, until
        #: something that changes them happens (asking every button again
        #: on every resize made the window slower to open).
        self._hints: dict[int, tuple[QSize, QSize]] = {}
        self._heights: dict[int, int] = {}

    def addWidget(self, widget: QWidget) -> None:  # noqa: N802 (Qt's name)
        widget.setParent(self)
        widget.installEventFilter(self)
        widget.destroyed.connect(self._forget)
        self._widgets.append(widget)
        if self.isVisible() and not widget.isHidden():
            widget.show()
        self._changed()

    # ------------------------------------------------------------ sizes Qt asks for
    def hasHeightForWidth(self) -> bool:  # noqa: N802 (Qt's name)
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 (Qt's name)
        height = self._heights.get(width)
        if height is None:
            height = self._heights[width] = self._arrange(width, move=False)
        return height

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        """One line with every button."""
        hints = [self._hint(widget)[0] for widget in self._visible()]
        width = sum(hint.width() for hint in hints) + self._spacing * max(0, len(hints) - 1)
        return QSize(width, max((hint.height() for hint in hints), default=0))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        """As wide as the widest button (the others go onto more lines), as
        tall as the lines need at the present width."""
        minimum = QSize(0, 0)
        for widget in self._visible():
            minimum = minimum.expandedTo(self._hint(widget)[1])
        if self.width() > 0:
            minimum.setHeight(max(minimum.height(), self.heightForWidth(self.width())))
        return minimum

    # ------------------------------------------------------------ following the buttons
    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt's name)
        if event.type() in (QEvent.Type.Show, QEvent.Type.Hide, QEvent.Type.LayoutRequest,
                            QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._changed()
        return False

    def event(self, event) -> bool:
        if event.type() in (QEvent.Type.LayoutRequest, QEvent.Type.LayoutDirectionChange,
                            QEvent.Type.FontChange, QEvent.Type.StyleChange, QEvent.Type.Show):
            self._changed()
        return super().event(event)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self._relayout()

    def _forget(self, widget) -> None:
        self._widgets = [w for w in self._widgets if w is not widget]
        self._hints.clear()
        self._heights.clear()

    def _changed(self) -> None:
        """A button was added, shown, hidden or changed its text or font:
        ask the buttons again, and place them."""
        self._hints.clear()
        self._heights.clear()
        self._relayout()

    def _relayout(self) -> None:
        self._arrange(self.width(), move=True)
        height = self.heightForWidth(self.width())
        if height != self._height:
            self._height = height
            self.updateGeometry()
            parent = self.parentWidget()
            while parent is not None and not parent.isWindow():  # their minimums change too (Qt would keep
                parent.updateGeometry()  # the old ones, and the window could not shrink back)
                parent = parent.parentWidget()

    # ------------------------------------------------------------ arranging
    def _visible(self) -> list[QWidget]:
        return [widget for widget in self._widgets if not widget.isHidden()]

    def _hint(self, widget: QWidget) -> tuple[QSize, QSize]:
        """The size `widget` asks for, and the smallest it may be."""
        known = self._hints.get(id(widget))
        if known is None:
            minimum = widget.minimumSizeHint().expandedTo(widget.minimumSize())
            hint = widget.sizeHint().expandedTo(minimum).boundedTo(widget.maximumSize())
            known = self._hints[id(widget)] = (hint, minimum)
        return known

    def _arrange(self, width: int, move: bool) -> int:
        """Place the buttons in lines at `width` (when `move`); the height they take."""
        lines: list[list[tuple[QWidget, QSize]]] = [[]]
        x = 0
        for widget in self._visible():
            wanted, minimum = self._hint(widget)
            hint = QSize(min(wanted.width(), max(width, minimum.width())), wanted.height())
            if lines[-1] and x + hint.width() > width:
                lines.append([])
                x = 0
            lines[-1].append((widget, hint))
            x += hint.width() + self._spacing
        rtl = self.isRightToLeft()
        y = 0
        for line in lines:
            if not line:
                continue
            height = max(hint.height() for _widget, hint in line)
            x = 0
            for widget, hint in line:
                if move:
                    left = width - x - hint.width() if rtl else x
                    widget.setGeometry(QRect(QPoint(left, y), QSize(hint.width(), height)))
                x += hint.width() + self._spacing
            y += height + self._spacing
        return y - self._spacing if y > 0 else 0
