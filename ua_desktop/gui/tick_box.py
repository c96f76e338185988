"""Tick boxes that show in every theme: a box outlined in the text's own
colour and a tick drawn in it. Fusion draws the box from the window colour,
which vanishes on a black high-contrast background (an unticked box could
not be seen at all). A proxy style on the few widgets concerned, not an
application style sheet, so nothing else changes."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QPainterPath, QPalette, QPen
from PySide6.QtWidgets import QAbstractItemView, QCheckBox, QProxyStyle, QStyle, QWidget

_BOXES = (QStyle.PrimitiveElement.PE_IndicatorCheckBox, QStyle.PrimitiveElement.PE_IndicatorItemViewItemCheck)


class TickBoxStyle(QProxyStyle):
    def drawPrimitive(self, element, option, painter, widget=None) -> None:  # noqa: N802 (Qt's name)
        if element not in _BOXES:
            super().drawPrimitive(element, option, painter, widget)
            return
        palette = option.palette
        ink = palette.color(QPalette.ColorRole.Text)
        box = QRectF(option.rect).adjusted(1, 1, -1, -1)
        side = min(box.width(), box.height())
        box = QRectF(box.center().x() - side / 2, box.center().y() - side / 2, side, side)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(ink, 2))
        painter.setBrush(palette.color(QPalette.ColorRole.Base))
        painter.drawRoundedRect(box, 2, 2)
        if option.state & QStyle.StateFlag.State_On:
            tick = QPainterPath(QPointF(box.left() + side * 0.22, box.top() + side * 0.52))
            tick.lineTo(QPointF(box.left() + side * 0.42, box.top() + side * 0.72))
            tick.lineTo(QPointF(box.left() + side * 0.80, box.top() + side * 0.28))
            painter.setPen(QPen(ink, max(2.0, side / 7), Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
                                Qt.PenJoinStyle.RoundJoin))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(tick)
        painter.restore()


_style: TickBoxStyle | None = None


def outline_tick_boxes(root: QWidget) -> None:
    """Every tick box under `root` (check boxes, and lists of ticked items)
    drawn in the text's colour, unless it carries a style of its own."""
    global _style
    if _style is None:
        _style = TickBoxStyle()
    for widget in root.findChildren(QCheckBox) + root.findChildren(QAbstractItemView):
        if not widget.styleSheet():
            widget.setStyle(_style)
