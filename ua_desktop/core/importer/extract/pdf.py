"""PDF sheets through pypdfium2, in reading order.

pdfium gives the page's characters with their positions (words separated by
spaces, ligatures resolved). Words are grouped into lines by their baseline,
lines into segments where a wide gap falls, and a column gutter is found
where several lines have a segment starting at the same place
(`layout.py`). A band of lines in columns (two, three or more) is read
column by column from the left, so recipient blocks side by side come out
one after the other."""

from __future__ import annotations

import ctypes
import re
import unicodedata

from ua_desktop.i18n import _

from ..errors import SheetImportError
from .errors import ScannedSheetError
from .layout import Word, page_blocks
from .model import Block, Extracted

MAX_PDF_PAGES = 60
_TOKEN = re.compile(r"\S+")
_LIGATURES = re.compile("[\ufb00-\ufb06]")


def extract_pdf(data: bytes, name: str) -> Extracted:
    import pypdfium2 as pdfium  # imported here: it costs time at start-up

    document = _open(pdfium, data, name)
    try:
        count = len(document)
        if count > MAX_PDF_PAGES:
            raise SheetImportError(_("{name} has {count} pages; an Urgent Action sheet has only a few. Choose the "
                                     "sheet itself.").format(name=name, count=count))
        blocks: list[Block] = []
        unreadable = 0
        for number in range(count):
            page = _page(document, number)
            unreadable += page is None
            blocks.extend(page or ())
    finally:
        document.close()
    extracted = Extracted("pdf", tuple(without_running_heads(blocks)))
    if len(re.sub(r"\W", "", extracted.text)) < 40:
        if unreadable or not count:
            raise SheetImportError(_damaged(name))
        raise ScannedSheetError(name)
    return extracted


def _damaged(name: str) -> str:
    return _("{name} is damaged and could not be read as a PDF. Download it again, or open it in a PDF viewer, "
             "copy the text and paste it.").format(name=name)


def without_running_heads(blocks: list[Block]) -> list[Block]:
    """Drop a page's first or last block when the same text (numbers aside) opens or closes an
    earlier page: a running header or footer. The first page keeps its own."""
    def key(block: Block) -> str:
        return re.sub(r"\d+", "#", " ".join(block.text.split())).lower()

    pages: dict[int, list[Block]] = {}
    for block in blocks:
        pages.setdefault(block.page, []).append(block)
    seen: set[str] = set()
    dropped: set[int] = set()
    for number in sorted(pages):
        page = pages[number]
        ends = {id(page[0]): key(page[0]), id(page[-1]): key(page[-1])}
        for ident, text in ends.items():
            if text in seen and len(page) > 1:
                dropped.add(ident)
        seen.update(ends.values())
    return [block for block in blocks if id(block) not in dropped]


def _open(pdfium, data: bytes, name: str):
    try:
        return pdfium.PdfDocument(data)
    except pdfium.PdfiumError as error:
        if "password" in str(error).lower():
            raise SheetImportError(_("{name} is protected by a password. Open it in a PDF viewer, copy the text "
                                     "and paste it.").format(name=name)) from None
        raise SheetImportError(_damaged(name)) from None


def _page(document, number: int) -> list[Block] | None:
    """The page's blocks; None when pdfium cannot open the page (the others are still read)."""
    try:
        page = document[number]
        textpage = page.get_textpage()
    except Exception:  # noqa: BLE001 - pdfium's error for a damaged page
        return None
    try:
        return page_blocks(page_words(textpage), number + 1)
    finally:
        textpage.close()
        page.close()


def page_words(textpage) -> list[Word]:
    """Every word of a page with its baseline origin, right edge and font size."""
    import pypdfium2.raw as raw

    handle = textpage.raw
    count = raw.FPDFText_CountChars(handle)
    if count <= 0:
        return []
    text = textpage.get_text_range(0, count).replace("\x02", "-").replace("\ufffe", "-")  # pdfium's line-end hyphen
    ligatures = bool(_LIGATURES.search(text))
    exact = len(text) == count  # one UTF-16 unit per character (no characters outside the BMP)
    left, right, bottom, top = (ctypes.c_double() for _ in range(4))
    x, y = ctypes.c_double(), ctypes.c_double()
    font_name = ctypes.create_string_buffer(128)
    words = []
    for match in _TOKEN.finditer(text):
        first, last = match.start(), match.end() - 1
        if not exact:
            first = raw.FPDFText_GetCharIndexFromTextIndex(handle, first)
            last = raw.FPDFText_GetCharIndexFromTextIndex(handle, last)
            if first < 0 or last < 0:
                continue
        if not raw.FPDFText_GetCharOrigin(handle, first, x, y):
            continue
        raw.FPDFText_GetCharBox(handle, last, left, right, bottom, top)
        size = raw.FPDFText_GetFontSize(handle, first) or 10.0
        bold = _bold(raw, handle, first, font_name)
        word = _LIGATURES.sub(_resolve, match.group()) if ligatures else match.group()
        words.append(Word(word, x.value, max(right.value, x.value), y.value, size, bold))
    return words


def _bold(raw, handle, index: int, name_buffer) -> bool:
    """A bold font: by its weight when the PDF gives a real one, else by its name ("DejaVuSans-Bold")."""
    weight = raw.FPDFText_GetFontWeight(handle, index)
    if 100 <= weight <= 900 and weight % 100 == 0:
        return weight >= 600
    length = raw.FPDFText_GetFontInfo(handle, index, name_buffer, len(name_buffer), None)
    name = name_buffer.value.lower() if 0 < length <= len(name_buffer) else b""
    return any(mark in name for mark in (b"bold", b"black", b"heavy", b"semibold", b"demi"))


def _resolve(ligature: re.Match) -> str:
    return unicodedata.normalize("NFKC", ligature.group())  # "ﬁ" -> "fi"
