"""Letters, envelopes and labels on paper and in PDF, with Qt (QtGui and
QtPrintSupport only: no widgets, so the command line can make PDFs).

A letter is laid out in a QTextDocument built from the same paragraph
descriptions as the DOCX (`ua_desktop.core.letters.layout.letter_paragraphs`):
same font and size, margins 25 mm left and right and 20 mm top and bottom,
the same paragraph spacing, line spacing, list indentation and
right-to-left paragraphs. Each letter starts on a new page.

Units: the document is laid out for the paint device itself (its layout's
paint device is the printer or PDF writer), so a 12 pt font is 12 pt on
paper; lengths are converted from mm and pt to device pixels here. The
document margin is 0 and its page size is the device's paint rectangle
(Qt's own `print_` would add 2 cm on top of the printer's margins).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Generator, Sequence

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QFont,
    QFontMetricsF,
    QPageLayout,
    QPageSize,
    QPagedPaintDevice,
    QPainter,
    QPdfWriter,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextOption,
)

from ua_desktop.core.letters.layout import (
    FONT_SIZE_PT,
    LINE_SPACING,
    LIST_HANGING_MM,
    LIST_INDENT_MM,
    MARGIN_LEFT_RIGHT_MM,
    MARGIN_TOP_BOTTOM_MM,
    letter_paragraphs,
)
from ua_desktop.core.output.envelopes import (
    A4_3X7,
    ADDRESS_FONT,
    AIR_MAIL_MARK,
    AddressBlock,
    LabelSheet,
    envelope_layout,
    label_font_size,
    label_lines,
)
from ua_desktop.core.letters.letter import Letter

Progress = Callable[[int, int], None]
ShouldCancel = Callable[[], bool]

PAGE_SIZES = {"A4": QPageSize.PageSizeId.A4, "Letter": QPageSize.PageSizeId.Letter}
ENVELOPE_PAGE_SIZES = {"DL": QPageSize.PageSizeId.EnvelopeDL, "C5": QPageSize.PageSizeId.EnvelopeC5,
                       "C6": QPageSize.PageSizeId.EnvelopeC6}
PDF_RESOLUTION = 1200


class PrintCancelled(Exception):
    """The user cancelled while pages were being made."""


def letter_page_layout(page_size: str = "A4") -> QPageLayout:
    return QPageLayout(QPageSize(PAGE_SIZES.get(page_size, QPageSize.PageSizeId.A4)),
                       QPageLayout.Orientation.Portrait, letter_margins(), QPageLayout.Unit.Millimeter)


def letter_margins() -> QMarginsF:
    return QMarginsF(MARGIN_LEFT_RIGHT_MM, MARGIN_TOP_BOTTOM_MM, MARGIN_LEFT_RIGHT_MM, MARGIN_TOP_BOTTOM_MM)


# ------------------------------------------------------------------ letters

def letter_document(letter: Letter, device: QPagedPaintDevice) -> QTextDocument:
    """The letter laid out for `device`'s paint rectangle."""
    # Measured on Qt 6.12: top and bottom margins and tab stops are taken
    # in the layout's source units (the screen's DPI) and scaled to the
    # device; left margin and text indent are taken in device pixels; a tab
    # stop counts from where its line starts (after the hanging indent).
    dpi = source_dpi()
    px_mm = dpi / 25.4
    px_pt = dpi / 72.0
    device_mm = device.logicalDpiX() / 25.4
    rect = _paint_rect(device)
    document = QTextDocument()
    document.documentLayout().setPaintDevice(device)
    document.setDocumentMargin(0)
    document.setPageSize(rect.size())
    font = QFont(letter.font)
    font.setPointSizeF(FONT_SIZE_PT)
    document.setDefaultFont(font)
    char_format = QTextCharFormat()
    char_format.setFont(font)
    cursor = QTextCursor(document)
    for index, spec in enumerate(letter_paragraphs(letter)):
        block = QTextBlockFormat()
        block.setTopMargin(spec.space_before_pt * px_pt)
        block.setBottomMargin(spec.space_after_pt * px_pt)
        block.setLineHeight(LINE_SPACING * 100, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
        if spec.list_item:
            # Word reads w:ind/@w:left of a right-to-left paragraph as the
            # indent at its start, the right: mirror it.
            (block.setRightMargin if letter.right_to_left else block.setLeftMargin)(LIST_INDENT_MM * device_mm)
            block.setTextIndent(-LIST_HANGING_MM * device_mm)
            block.setTabPositions([QTextOption.Tab(LIST_HANGING_MM * px_mm, QTextOption.TabType.LeftTab)])
        if letter.right_to_left:
            block.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        if index == 0:
            cursor.setBlockFormat(block)
            cursor.setBlockCharFormat(char_format)
        else:
            cursor.insertBlock(block, char_format)
        cursor.insertText(spec.text.replace("\n", "\u2028"), char_format)
    return document


def render_letters(letters: Sequence[Letter], device: QPagedPaintDevice, progress: Progress | None = None,
                   should_cancel: ShouldCancel | None = None) -> int:
    """Paint the letters on `device`, each from a new page. Returns the
    number of pages. The device's page layout is used as it is."""
    painting = paint_letter_steps(letters, device)
    try:
        while True:
            if should_cancel is not None and should_cancel():
                raise PrintCancelled()
            try:
                number = next(painting)
            except StopIteration as finished:
                return finished.value
            if progress is not None and (number % 10 == 0 or number == len(letters)):
                progress(number, len(letters))
    finally:
        painting.close()


def paint_letter_steps(letters: Sequence[Letter], device: QPagedPaintDevice) -> Generator[int, None, int]:
    """`render_letters` one letter at a time: yields how many letters are
    painted, returns the number of pages. Closing it early ends the painting."""
    use_bundled_fonts()
    painter = QPainter()
    if not painter.begin(device):
        raise OSError("could not start painting")
    pages = 0
    try:
        for number, letter in enumerate(letters, start=1):
            document = letter_document(letter, device)
            height = document.pageSize().height()
            width = document.pageSize().width()
            for page in range(document.pageCount()):
                if pages:
                    device.newPage()
                painter.save()
                painter.translate(0, -page * height)
                context = QAbstractTextDocumentLayout.PaintContext()
                context.clip = QRectF(0, page * height, width, height)
                painter.setClipRect(context.clip)
                document.documentLayout().draw(painter, context)
                painter.restore()
                pages += 1
            yield number
    finally:
        painter.end()
    return pages


def letters_pdf_bytes(letters: Sequence[Letter], page_size: str = "A4", progress: Progress | None = None,
                      should_cancel: ShouldCancel | None = None, title: str = "") -> bytes:
    """The letters as a PDF, in memory (written atomically by the caller)."""
    return _pdf(lambda writer: render_letters(letters, writer, progress, should_cancel),
                letter_page_layout(page_size), title or (letters[0].subject if letters else ""))


def letters_pdf_steps(letters: Sequence[Letter], page_size: str = "A4") -> Generator[int, None, bytes]:
    """`letters_pdf_bytes` one letter at a time, for a batch made between
    the window's events: yields how many letters are painted, returns the PDF."""
    writer, finish = _pdf_writer(letter_page_layout(page_size), letters[0].subject if letters else "")
    yield from paint_letter_steps(letters, writer)
    return finish()


# ------------------------------------------------------------------ envelopes and labels

def envelope_page_layout(size: str) -> QPageLayout:
    return QPageLayout(QPageSize(ENVELOPE_PAGE_SIZES[size]), QPageLayout.Orientation.Landscape,
                       QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter)


def render_envelopes(blocks: Sequence[AddressBlock], device: QPagedPaintDevice, size: str = "DL") -> int:
    """One envelope per page, laid out as `envelopes_docx_bytes` does."""
    layout = envelope_layout(size)
    painter = QPainter()
    if not painter.begin(device):
        raise OSError("could not start painting")
    try:
        mm = device.logicalDpiY() / 25.4
        pt = device.logicalDpiY() / 72.0
        origin = _paint_rect_in_page(device)
        for number, block in enumerate(blocks):
            if number:
                device.newPage()
            painter.save()
            painter.translate(-origin)
            y = layout["margin"] * mm
            for line in block.return_lines:
                y = _draw_line(painter, device, line, ADDRESS_FONT, 9, layout["margin"] * mm, y, 11)
            if block.air_mail:
                y = _draw_line(painter, device, AIR_MAIL_MARK, ADDRESS_FONT, 9, layout["margin"] * mm, y + 4 * pt,
                               13, bold=True)
            y = max(y + 6 * pt, layout["address_top"] * mm)
            for index, line in enumerate(block.recipient_lines):
                last = index == len(block.recipient_lines) - 1
                y = _draw_line(painter, device, line, ADDRESS_FONT, 11, layout["address_left"] * mm, y, 14,
                               bold=last and line.isupper(), rtl=block.right_to_left)
            painter.restore()
    finally:
        painter.end()
    return len(blocks)


def render_labels(blocks: Sequence[AddressBlock], device: QPagedPaintDevice, sheet: LabelSheet = A4_3X7,
                  first_position: int = 1, with_return_address: bool = True) -> int:
    """Labels on sheets, starting at label `first_position`. Returns pages."""
    cells: list[AddressBlock | None] = [None] * (max(1, first_position) - 1) + list(blocks)
    painter = QPainter()
    if not painter.begin(device):
        raise OSError("could not start painting")
    pages = 0
    try:
        mm = device.logicalDpiY() / 25.4
        pt = device.logicalDpiY() / 72.0
        origin = _paint_rect_in_page(device)
        for start in range(0, len(cells), sheet.per_sheet):
            if pages:
                device.newPage()
            pages += 1
            painter.save()
            painter.translate(-origin)
            for offset, block in enumerate(cells[start:start + sheet.per_sheet]):
                if block is None:
                    continue
                row, column = divmod(offset, sheet.columns)
                x = (sheet.left_mm + column * (sheet.label_width_mm + sheet.column_gap_mm) + 3) * mm
                y = (sheet.top_mm + row * sheet.label_height_mm) * mm + 5 * pt
                bottom = (sheet.top_mm + (row + 1) * sheet.label_height_mm) * mm
                painter.save()
                painter.setClipRect(QRectF(x - 3 * mm, y, sheet.label_width_mm * mm, bottom - y))
                size, line_pt = label_font_size(block)
                fit = (sheet.label_width_mm - 5) * mm
                for kind, text in label_lines(block, with_return_address):
                    if kind == "return":
                        y = _draw_line(painter, device, text, ADDRESS_FONT, 6.5, x, y, 8, max_width=fit)
                    elif kind == "mark":
                        y = _draw_line(painter, device, text, ADDRESS_FONT, 7, x, y, 9, bold=True)
                    else:
                        y = _draw_line(painter, device, text, ADDRESS_FONT, size, x, y, line_pt,
                                       rtl=block.right_to_left, max_width=fit)
                painter.restore()
            painter.restore()
    finally:
        painter.end()
    return pages


def _draw_line(painter: QPainter, device, text: str, family: str, size_pt: float, x: float, y: float,
               line_pt: float, bold: bool = False, rtl: bool = False, max_width: float = 0) -> float:
    font = QFont(family)
    font.setPointSizeF(size_pt)
    font.setBold(bold)
    metrics = QFontMetricsF(font, device)
    while max_width and size_pt > 5 and metrics.horizontalAdvance(text) > max_width:
        size_pt -= 0.5
        font.setPointSizeF(size_pt)
        metrics = QFontMetricsF(font, device)
    painter.setFont(font)
    line = line_pt * device.logicalDpiY() / 72.0
    baseline = y + (line - metrics.height()) / 2 + metrics.ascent()
    if rtl:
        painter.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    painter.drawText(QPointF(x, baseline), text)
    painter.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    return y + line


def envelopes_pdf_bytes(blocks: Sequence[AddressBlock], size: str = "DL") -> bytes:
    return _pdf(lambda writer: render_envelopes(blocks, writer, size), envelope_page_layout(size))


def labels_pdf_bytes(blocks: Sequence[AddressBlock], sheet: LabelSheet = A4_3X7, first_position: int = 1) -> bytes:
    layout = QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                         QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter)
    return _pdf(lambda writer: render_labels(blocks, writer, sheet, first_position), layout)


def _pdf(render, layout: QPageLayout, title: str = "") -> bytes:
    """A PDF in memory: `render(writer)` paints its pages."""
    writer, finish = _pdf_writer(layout, title)
    render(writer)
    return finish()


def _pdf_writer(layout: QPageLayout, title: str = "") -> tuple[QPdfWriter, Callable[[], bytes]]:
    """A PDF writer into memory, and the call that ends it and gives its bytes."""
    ensure_gui_application()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(PDF_RESOLUTION)
    writer.setPageLayout(layout)
    if title:
        writer.setTitle(title)
    writer.setCreator("UA Desktop")

    def finish() -> bytes:  # after the painting has ended, which completes the file
        buffer.close()
        return bytes(data.data())

    return writer, finish


# ------------------------------------------------------------------ helpers

def source_dpi() -> float:
    """The DPI Qt's text layout measures block margins and tabs in
    (qt_defaultDpiY: the primary screen's logical DPI)."""
    from PySide6.QtGui import QGuiApplication

    screen = QGuiApplication.primaryScreen()
    return float(round(screen.logicalDotsPerInchY())) if screen is not None else 96.0


def _paint_rect(device: QPagedPaintDevice) -> QRectF:
    layout = device.pageLayout()
    return QRectF(layout.paintRectPixels(device.logicalDpiY()))


def _paint_rect_in_page(device: QPagedPaintDevice) -> QPointF:
    """Where the painter's origin sits on the page (the left and top
    margins), in device pixels: envelopes and labels are placed from the
    paper's edge."""
    layout = device.pageLayout()
    if getattr(device, "fullPage", None) and device.fullPage():
        return QPointF(0, 0)
    return QPointF(layout.paintRectPixels(device.logicalDpiY()).topLeft())


def ensure_gui_application():
    """A QGuiApplication for fonts and painting, made offscreen when none
    exists (the command line); an existing application is used as it is."""
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance()
    if app is None:
        if not os.environ.get("QT_QPA_PLATFORM"):
            os.environ["QT_QPA_PLATFORM"] = "offscreen"
        app = QGuiApplication([sys.argv[0] if sys.argv else "ua-desktop"])
    use_bundled_fonts()
    return app


def use_bundled_fonts() -> None:
    """The fonts the letters name, from resources/fonts, so that a PDF made
    anywhere embeds the same fonts (registered once; cheap after)."""
    try:
        from ua_desktop.gui.fonts import register_bundled_fonts
    except ImportError:  # an older tree without bundled fonts
        return
    register_bundled_fonts()
