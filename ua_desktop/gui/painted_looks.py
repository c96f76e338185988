"""Coloured panels and frames in the text's own colour, painted with
QPainter rather than Qt style sheets.

A style sheet on any widget brings in Qt's style-sheet engine: measured with
`benchmarks/startup_probe.py`, the dozen sheets the main window set cost
about 6 ms and 1.1 MB before its first frame. These looks are simple (a
rounded rectangle, a text colour, some padding), so one event filter draws
them:

- a panel (`paint_panel`): a rounded background and border behind the
  widget's own drawing, its text colour in the palette. The deadline line
  takes its colours from its ``state`` property, and follows it when it
  changes;
- an outline (`outline`): a 1 px rounded frame drawn over the field's own
  frame after the field has painted, in the text colour of the palette
  (Fusion draws fields' frames from the window colour, which vanishes on a
  dark or high-contrast background) or in a fixed colour.

A widget that carries a style sheet (an unsure mark in the import review)
is left to it.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPalette, QPen
from PySide6.QtWidgets import QAbstractScrollArea, QFrame, QLabel, QLineEdit, QWidget

#: Panels by role (a widget's object name): background, border (or ""),
#: text colour (of the labels in it too), corner radius, padding of a label
#: (left and right, top and bottom), bold text in a label.
PANELS = {
    "problem": ("#fde2e1", "", "#8a1c12", 6, (6, 6), False),
    "outOfDate": ("#fff3cd", "#e0a800", "#664d03", 6, (0, 0), False),
    "start": ("#e8f1fb", "#7aa7d9", "#0b2e59", 6, (0, 0), False),
    "unsureReason": ("#fff3cd", "#e0a800", "#3d2e00", 4, (6, 3), False),
    "saved": ("#e6f4ea", "#5cb85c", "#1e4620", 6, (0, 0), False),  # its message is bold (SavedBar)
    "deadline": ("", "", "", 6, (8, 8), True),
}
#: The deadline line by its ``state``: background, border, text colour.
DEADLINE_STATES = {
    "passed": ("#fde2e1", "#d9534f", "#8a1c12"),
    "today": ("#fff3cd", "#e0a800", "#664d03"),
    "due_soon": ("#fff3cd", "#e0a800", "#664d03"),
    "open": ("#e6f4ea", "#5cb85c", "#1e4620"),
    "example": ("#e8f1fb", "#7aa7d9", "#0b2e59"),
}
_OUTLINE_RADIUS = 3
#: Set on an outlined widget: the outline's fixed colour, or "" for the text colour.
_OUTLINE_PROPERTY = "uaOutlineColour"


def paint_panel(widget: QWidget, role: str) -> None:
    """Give `widget` the panel look of `role` (see PANELS)."""
    _background, _border, _text, _radius, (across, down), bold = PANELS[role]
    widget.setProperty("uaPanel", role)
    if isinstance(widget, QLabel):
        widget.setContentsMargins(across + 1, down + 1, across + 1, down + 1)  # the padding and the border
    if bold and isinstance(widget, QLabel):
        font = QFont(widget.font())
        font.setWeight(QFont.Weight.DemiBold)
        widget.setFont(font)
    show_state(widget)
    widget.installEventFilter(_painter())


def show_state(widget: QWidget) -> None:
    """Colour a panel for its present ``state`` property (the deadline line;
    the painter calls it when the property changes)."""
    background, border, text = _colours(widget)
    if text:
        palette = widget.palette()
        for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text):  # labels draw in one or the other
            palette.setColor(role, QColor(text))
        widget.setPalette(palette)
    widget.update()


def outline(widget: QWidget, colour: str = "") -> None:
    """Frame `widget` (a line edit, text box, list, drop-down list or date)
    in a 1 px rounded line of the text's colour, or of `colour`."""
    widget.setProperty(_OUTLINE_PROPERTY, colour)
    if isinstance(widget, QLineEdit):
        widget.setTextMargins(2, 1, 2, 1)  # the room the text had in its framed style-sheet days
    widget.installEventFilter(_painter())


def _colours(widget: QWidget) -> tuple[str, str, str]:
    role = widget.property("uaPanel")
    if role == "deadline":
        return DEADLINE_STATES.get(str(widget.property("state") or ""), ("", "", ""))
    background, border, text, *_rest = PANELS[role]
    return background, border, text


class _Painter(QObject):
    """The one event filter that paints panels and outlines."""

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt's name)
        kind = event.type()
        if kind == QEvent.Type.DynamicPropertyChange:
            if event.propertyName() == b"state" and watched.property("uaPanel"):
                show_state(watched)
            return False
        if kind != QEvent.Type.Paint or watched.styleSheet():
            return False
        if watched.property("uaPanel"):
            self._panel(watched)
            return False  # the widget paints its text over the panel
        colour = watched.property(_OUTLINE_PROPERTY)
        if colour is None:
            return False
        # the field paints itself first (a scroll area's own paint event draws only its frame), then the
        # outline goes over that frame
        _own_paint(watched).paintEvent(watched, event)
        painter = QPainter(watched)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        ink = QColor(colour) if colour else watched.palette().color(QPalette.ColorRole.Text)
        painter.setPen(QPen(ink, 1))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(QRectF(watched.rect()).adjusted(0.5, 0.5, -0.5, -0.5), _OUTLINE_RADIUS,
                                _OUTLINE_RADIUS)
        painter.end()
        return True

    @staticmethod
    def _panel(widget: QWidget) -> None:
        background, border, _text = _colours(widget)
        if not background:
            return
        radius = PANELS[widget.property("uaPanel")][3]
        painter = QPainter(widget)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(QColor(border), 1) if border else Qt.PenStyle.NoPen)
        painter.setBrush(QColor(background))
        painter.drawRoundedRect(QRectF(widget.rect()).adjusted(0.5, 0.5, -0.5, -0.5), radius, radius)
        painter.end()


def _own_paint(widget: QWidget) -> type:
    """The class whose paintEvent draws `widget` itself: a scroll area's own
    paint event draws only its frame (its paintEvent paints the viewport)."""
    return QFrame if isinstance(widget, QAbstractScrollArea) else type(widget)


_the_painter: _Painter | None = None


def _painter() -> _Painter:
    global _the_painter
    if _the_painter is None:
        _the_painter = _Painter()
    return _the_painter
