"""A focus ring anyone can see: a thick outline in the palette's highlight
colour around whichever control has the keyboard focus, in every window
and theme (light, dark, high contrast). One transparent overlay follows
the focus; no style sheet is involved, so nothing else is restyled and
start-up stays as fast."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRectF, Qt
from PySide6.QtGui import QPainter, QPalette, QPen
from PySide6.QtWidgets import QAbstractButton, QApplication, QWidget
from shiboken6 import isValid

#: The outline's thickness in pixels; half of it lies outside the control.
RING_WIDTH = 4
OUTSIDE = RING_WIDTH // 2

_FOLLOWED = (QEvent.Type.Move, QEvent.Type.Resize, QEvent.Type.Show, QEvent.Type.Hide, QEvent.Type.ParentChange,
             QEvent.Type.ZOrderChange)


class FocusRing(QWidget):
    """The outline itself: sits beside its control, one layer above it,
    and lets every click through."""

    def __init__(self):
        super().__init__()
        self.setObjectName("focusRing")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.target: QWidget | None = None

    def paintEvent(self, _event) -> None:  # noqa: N802 (Qt's name)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        colour = self.palette().color(QPalette.ColorGroup.Active, QPalette.ColorRole.Highlight)
        painter.setPen(QPen(colour, RING_WIDTH))
        inset = RING_WIDTH / 2
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(inset, inset, -inset, -inset), 5, 5)

    def place(self) -> None:
        """Around the target, in its parent, above it."""
        target = self.target
        if target is None or not isValid(target) or not target.isVisible() or target.parentWidget() is None:
            self.hide()
            return
        if self.parentWidget() is not target.parentWidget():
            self.setParent(target.parentWidget())
        self.setGeometry(target.geometry().adjusted(-OUTSIDE, -OUTSIDE, OUTSIDE, OUTSIDE))
        self.raise_()
        self.show()


class FocusRings(QObject):
    """Moves the ring to each newly focused control and keeps it there as
    the control moves; makes a new ring when the old one went away with
    the window it was in."""

    def __init__(self, app: QApplication):
        super().__init__(app)
        self.ring: FocusRing | None = None
        app.focusChanged.connect(self.follow)

    def follow(self, old: QWidget | None, new: QWidget | None) -> None:
        if old is not None and isValid(old):
            old.removeEventFilter(self)
        if self.ring is None or not isValid(self.ring):
            self.ring = FocusRing()
        self.ring.target = new if wants_ring(new) else None
        if self.ring.target is not None:
            new.installEventFilter(self)
        self.ring.place()

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt's name)
        if event.type() in _FOLLOWED and self.ring is not None and isValid(self.ring) \
                and watched is self.ring.target:
            self.ring.place()
        return False


def wants_ring(widget: QWidget | None) -> bool:
    """Controls a keyboard user moves between (not a window, a menu or a
    text label)."""
    if widget is None or not isValid(widget) or widget.isWindow():
        return False
    return bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus) or isinstance(widget, QAbstractButton)


_rings: FocusRings | None = None


def install_focus_rings(app: QApplication | None = None) -> FocusRings:
    """Show the ring around the focused control from now on (once per
    application). Kept here rather than looked up among the application's
    children: asking for those hands Python the application's style too,
    and making QStyle's Python enums cost about 5 ms of the window's start."""
    global _rings
    app = app or QApplication.instance()
    if _rings is None or not isValid(_rings) or _rings.parent() is not app:
        _rings = FocusRings(app)
        _rings.follow(None, app.focusWidget())
    return _rings
