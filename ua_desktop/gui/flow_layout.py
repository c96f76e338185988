"""A row of buttons that wraps onto a second line when the window is
narrow, instead of pushing the window wider than a small laptop's screen.
Qt has no such layout of its own; this is the usual "flow layout": items
are laid left to right (right to left in Arabic) and start a new line when
the next one would not fit."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QWidget


class FlowLayout(QLayout):
    def __init__(self, parent: QWidget | None = None, spacing: int = 8):
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        self.setContentsMargins(0, 0, 0, 0)

    # ------------------------------------------------------------ QLayout's interface
    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802 (Qt's name)
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 (Qt's name)
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 (Qt's name)
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802 (Qt's name)
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 (Qt's name)
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 (Qt's name)
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802 (Qt's name)
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        """One line with every item."""
        visible = self._visible()
        width = sum(item.sizeHint().width() for item in visible) + self._spacing * max(0, len(visible) - 1)
        height = max((item.sizeHint().height() for item in visible), default=0)
        margins = self.contentsMargins()
        return QSize(width + margins.left() + margins.right(), height + margins.top() + margins.bottom())

    def minimumSize(self) -> QSize:  # noqa: N802 (Qt's name)
        """As wide as the widest item: the others go onto more lines."""
        size = QSize()
        for item in self._visible():
            size = size.expandedTo(item.minimumSize())
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    # ------------------------------------------------------------ arranging
    def _visible(self) -> list[QLayoutItem]:
        return [item for item in self._items if not item.isEmpty()]

    def _arrange(self, rect: QRect, move: bool) -> int:
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        rtl = self.parentWidget() is not None and self.parentWidget().isRightToLeft()
        lines: list[list[tuple[QLayoutItem, QSize]]] = [[]]
        x = 0
        for item in self._visible():
            hint = item.sizeHint().expandedTo(item.minimumSize())
            hint.setWidth(min(hint.width(), max(area.width(), item.minimumSize().width())))
            if lines[-1] and x + hint.width() > area.width():
                lines.append([])
                x = 0
            lines[-1].append((item, hint))
            x += hint.width() + self._spacing
        y = area.y()
        for line in lines:
            if not line:
                continue
            height = max(hint.height() for _item, hint in line)
            x = area.x()
            for item, hint in line:
                if move:
                    left = area.x() + area.right() - x - hint.width() + 1 if rtl else x
                    item.setGeometry(QRect(QPoint(left, y), QSize(hint.width(), height)))
                x += hint.width() + self._spacing
            y += height + self._spacing
        return y - self._spacing - area.y() + margins.top() + margins.bottom() if y > area.y() else 0



class FlowRow(QWidget):
    """A widget holding a `FlowLayout` whose minimum height is the height
    its lines need at its present width, so the window above it makes room
    for a second line instead of cutting the buttons off (a main window
    does not ask its contents' height-for-width on its own)."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 8):
        super().__init__(parent)
        self.flow = FlowLayout(self, spacing)
        self._height = -1

    def addWidget(self, widget: QWidget) -> None:  # noqa: N802 (Qt's name)
        self.flow.addWidget(widget)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        minimum = self.flow.minimumSize()
        if self.width() > 0:
            minimum.setHeight(max(minimum.height(), self.flow.heightForWidth(self.width())))
        return minimum

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        height = self.flow.heightForWidth(self.width())
        if height != self._height:
            self._height = height
            self.updateGeometry()
            parent = self.parentWidget()
            while parent is not None and not parent.isWindow():  # their minimums change too (Qt would keep
                parent.updateGeometry()  # the old ones, and the window could not shrink back)
                parent = parent.parentWidget()
