"""Text size for reading comfort: Normal, Large, Extra large. Every
widget's type grows by the same number of points, also the ones with a
size of their own (headings, the letter), so the proportions stay."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QWidget

from ua_desktop.i18n import N_

#: Points added to every font, by text size.
EXTRA_POINTS = (0, 3, 6)
NAMES = (N_("Normal"), N_("Large"), N_("Extra large"))


def clamp(step: int) -> int:
    return max(0, min(len(EXTRA_POINTS) - 1, int(step)))


def apply_text_size(window: QWidget, step: int) -> None:
    extra = EXTRA_POINTS[clamp(step)]
    if extra == 0 and not window.property("textGrown"):
        return  # every font is still at its first size (a window's start: nothing to do)
    window.setProperty("textGrown", True)
    sized = [widget for widget in (window, *window.findChildren(QWidget))
             if widget is window or widget.testAttribute(Qt.WidgetAttribute.WA_SetFont)]  # others follow them
    for widget in sized:  # every size as it was at first, before any grows (a child may follow its parent's)
        if widget.property("basePointSize") is None:
            widget.setProperty("basePointSize", widget.font().pointSize())
    for widget in sized:
        base = widget.property("basePointSize")
        if base > 0:
            font = QFont(widget.font())
            font.setPointSize(base + extra)
            widget.setFont(font)
