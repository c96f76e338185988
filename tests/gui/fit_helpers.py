"""Checking from widget geometry that a window fits a small screen: its
minimum size within the room the screen leaves, its main buttons whole and
on the window (not scrolled away, not cut off by a parent), and no two
widgets of one layout on top of each other."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize
from PySide6.QtWidgets import QApplication, QLayout, QWidget

from ua_desktop.gui.screen_fit import FRAME_ALLOWANCE

LANGUAGES = ("en", "ru", "ky", "fr", "es", "de", "ar")
#: Common laptop screens, less a 40 px taskbar.
SCREENS = {"1366x768": QSize(1366, 728), "1024x600": QSize(1024, 560)}


def room_on(screen: str) -> QSize:
    """The window's own area on that screen, its frame left out."""
    return SCREENS[screen] - FRAME_ALLOWANCE


def settle(window: QWidget, size: QSize) -> None:
    window.resize(size)
    for _round in range(3):
        QApplication.processEvents()
        layout = window.layout()
        if layout is not None:
            layout.activate()
    QApplication.processEvents()


def problems_at(window: QWidget, size: QSize, buttons: dict[str, QWidget]) -> list[str]:
    """What keeps `window` from fitting `size`, in words (empty if it fits)."""
    found = []
    minimum = window.minimumSizeHint().expandedTo(window.minimumSize())
    if minimum.width() > size.width() or minimum.height() > size.height():
        found.append(f"needs at least {minimum.width()}×{minimum.height()}, the screen leaves "
                     f"{size.width()}×{size.height()}")
    settle(window, size)
    if window.width() > size.width() or window.height() > size.height():
        found.append(f"is {window.width()}×{window.height()}, larger than {size.width()}×{size.height()}")
    for name, button in buttons.items():
        problem = _cut_off(button, window)
        if problem:
            found.append(f"{name} {problem}")
    found.extend(_overlaps(window))
    return found


def _cut_off(widget: QWidget, window: QWidget) -> str:
    if not widget.isVisibleTo(window):
        return "is hidden"
    if widget.width() < widget.minimumSizeHint().width() - 1 or widget.height() < 20:
        return f"is squeezed to {widget.width()}×{widget.height()}"
    rect = QRect(QPoint(0, 0), widget.size())
    child, parent = widget, widget.parentWidget()
    while parent is not None:
        rect = rect.translated(child.pos())
        if not parent.rect().contains(rect):
            return f"is cut off by {type(parent).__name__} {parent.objectName()!r} at {rect.getRect()}"
        if parent is window:
            break
        child, parent = parent, parent.parentWidget()
    return ""


def _layout_widgets(layout: QLayout) -> list[QWidget]:
    found = []
    for index in range(layout.count()):
        item = layout.itemAt(index)
        widget, inner = item.widget(), item.layout()
        forget_item(item)
        if widget is not None:
            found.append(widget)
        elif inner is not None:
            found.extend(_layout_widgets(inner))
    return found


def forget_item(item) -> None:
    """Let go of a QLayoutItem's Python wrapper. PySide keeps the wrapper
    `itemAt` made for as long as the layout lives, also after Qt deletes the
    item; a Qt object made later at the same address then comes back to
    Python as that old item (`widget.style()` answered with a QWidgetItem,
    failing tests that ran later)."""
    import shiboken6

    if not isinstance(item, QLayout):  # a nested layout is its own item: its wrapper is the layout's
        shiboken6.invalidate(item)


def _overlaps(window: QWidget) -> list[str]:
    found = []
    for owner in [window, *window.findChildren(QWidget)]:
        if owner.layout() is None or not owner.isVisibleTo(window):
            continue
        shown = [w for w in _layout_widgets(owner.layout())
                 if w.isVisibleTo(window) and w.width() > 0 and w.height() > 0]
        for number, first in enumerate(shown):
            for second in shown[number + 1:]:
                if first.geometry().intersects(second.geometry()):
                    found.append(f"{_name(first)} overlaps {_name(second)} in {_name(owner)}")
    return found


def _name(widget: QWidget) -> str:
    text = widget.text() if hasattr(widget, "text") and callable(widget.text) else ""
    return f"{type(widget).__name__}({widget.objectName() or text[:20]!r})"
