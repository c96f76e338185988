"""PDFs made by Qt's own PDF writer (as many real sheets are made by word
processors): text drawn glyph by glyph, real fonts, ligatures. Needs a
QGuiApplication (the `qapp` fixture, or `ensure_app()` outside pytest)."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QRectF, Qt
from PySide6.QtGui import QFont, QGuiApplication, QImage, QPageLayout, QPageSize, QPainter, QPdfWriter, QTextDocument

PAGE_WIDTH_PT = 595  # A4


def ensure_app():
    return QGuiApplication.instance() or QGuiApplication([])


def _writer(buffer: QBuffer) -> QPdfWriter:
    writer = QPdfWriter(buffer)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Point)
    writer.setResolution(72)  # one device pixel per point: positions below are in points
    return writer


def html_pdf(html: str) -> bytes:
    """A PDF of rich text laid out by QTextDocument (tables become side-by-side columns)."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = _writer(buffer)
    document = QTextDocument()
    document.setDefaultFont(QFont("DejaVu Sans", 10))
    document.setHtml(html)
    document.print_(writer)
    buffer.close()
    return bytes(data)


def drawn_pdf(pages: list[list[tuple[float, float, str]]], *, size: float = 10, family: str = "DejaVu Serif") -> bytes:
    """Pages of (x, y from the top, text) drawn with QPainter, in points."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = _writer(buffer)
    painter = QPainter(writer)
    font = QFont(family)
    font.setPointSizeF(size)
    painter.setFont(font)
    for number, items in enumerate(pages):
        if number:
            writer.newPage()
        for x, y, text in items:
            painter.drawText(QRectF(x, y, PAGE_WIDTH_PT - x, size * 2), Qt.AlignmentFlag.AlignLeft, text)
    painter.end()
    buffer.close()
    return bytes(data)


def image_only_pdf() -> bytes:
    """A "scan": a page holding only a picture."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = _writer(buffer)
    painter = QPainter(writer)
    image = QImage(400, 500, QImage.Format.Format_RGB32)
    image.fill(0xDDDDDD)
    painter.drawImage(50, 50, image)
    painter.end()
    buffer.close()
    return bytes(data)


def two_column_pages(head: list[str], left: list[str], right: list[str], tail: list[str], *, pages: int = 1,
                     leading: float = 13, gutter_x: float = 310) -> list[list[tuple[float, float, str]]]:
    """Each page: the head lines, then `left` and `right` side by side, then the tail lines."""
    out = []
    for _ in range(pages):
        items, y = [], 50.0
        for line in head:
            if line:
                items.append((56, y, line))
            y += leading
        y += leading
        for i in range(max(len(left), len(right))):
            if i < len(left):
                items.append((56, y, left[i]))
            if i < len(right):
                items.append((gutter_x, y, right[i]))
            y += leading
        y += leading
        for line in tail:
            if line:
                items.append((56, y, line))
            y += leading
        out.append(items)
    return out
