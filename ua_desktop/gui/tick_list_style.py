"""The tick boxes of a list of ticked items (the import review) outlined
in the text's colour with a tick drawn in it: Fusion draws them from the
window colour, which vanishes on a black high-contrast background. A proxy
style on the lists concerned (see `ua_desktop.gui.tick_box`)."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QPainterPath, QPalette, QPen
from PySide6.QtWidgets import QProxyStyle, QStyle


class TickBoxStyle(QProxyStyle):
    def __init__(self):
        super().__init__()
        self._boxes = (QStyle.PrimitiveElement.PE_IndicatorCheckBox,
                       QStyle.PrimitiveElement.PE_IndicatorItemViewItemCheck)

    def drawPrimitive(self, element, option, painter, widget=None) -> None:  # noqa: N802 (Qt's name)
        if element not in self._boxes:
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
