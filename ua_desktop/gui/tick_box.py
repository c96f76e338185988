"""Tick boxes that show in every theme. Fusion draws a tick box's edge from
the window colour, which vanishes on a black high-contrast background (an
unticked box could not be seen at all).

- A check box gets the text's colour as its window colour, which only its
  box's edge is drawn from: the edge is then the text's colour, a little
  softened. Nothing of QStyle is needed (making QStyle's Python enums cost
  about 5 ms of the window's start).
- A list of ticked items (the import review) gets a proxy style that draws
  its boxes outlined in the text's colour with a tick in it.

Neither is an application style sheet, so nothing else changes."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QAbstractItemView, QCheckBox, QWidget


_style = None  # the TickBoxStyle, made when a list of ticked items first needs it


class _EdgeInk(QObject):
    """Keeps a check box's edge in its text's colour when the theme changes."""

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt's name)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            _ink_edge(watched)
        return False


_edge_ink: _EdgeInk | None = None


def _ink_edge(box: QCheckBox) -> None:
    palette = box.palette()
    text = palette.color(QPalette.ColorRole.Text)
    if palette.color(QPalette.ColorRole.Window) != text:
        palette.setColor(QPalette.ColorRole.Window, text)
        box.setPalette(palette)


def outline_tick_boxes(root: QWidget) -> None:
    """Every tick box under `root` (check boxes, and lists of ticked items)
    drawn in the text's colour, unless it carries a style of its own."""
    global _style, _edge_ink
    for box in root.findChildren(QCheckBox):
        if not box.styleSheet():
            _edge_ink = _edge_ink or _EdgeInk()
            _ink_edge(box)
            box.installEventFilter(_edge_ink)
    for view in root.findChildren(QAbstractItemView):
        if not view.styleSheet():
            if _style is None:
                from ua_desktop.gui.tick_list_style import TickBoxStyle  # QStyle: not on the window's start path

                _style = TickBoxStyle()
            view.setStyle(_style)
