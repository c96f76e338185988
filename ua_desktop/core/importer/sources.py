"""Getting text out of what the user gives: PDF (pypdf, two columns put in
reading order), DOCX (python-docx: paragraphs and table cells), plain text in
any common encoding, HTML pages and saved emails. The kind of file is sniffed
from its first bytes, not only from its name."""

from __future__ import annotations

import io
import os
import re
import zipfile
from pathlib import Path

from ua_desktop.i18n import _

from .errors import SheetImportError

MAX_FILE_BYTES = 30 * 1024 * 1024
MAX_PDF_PAGES = 60


def read_source(path: str | os.PathLike) -> str:
    path = Path(path)
    try:
        if path.is_dir():
            raise SheetImportError(_("{name} is a folder. Choose the sheet's PDF, DOCX or text file.").format(name=path.name))
        size = path.stat().st_size
    except FileNotFoundError:
        raise SheetImportError(_("The file {name} was not found. It may have been moved or renamed.").format(name=path.name)) from None
    except OSError as error:
        raise SheetImportError(_("The file {name} could not be opened: {reason}").format(
            name=path.name, reason=error.strerror or error)) from None
    if size > MAX_FILE_BYTES:
        raise SheetImportError(_(
            "The file {name} is too large ({size} MB) to be an Urgent Action sheet. "
            "Choose the sheet itself, or copy its text and paste it."
        ).format(name=path.name, size=size // (1024 * 1024)))
    if size == 0:
        raise SheetImportError(_("The file {name} is empty. Choose the sheet's PDF, DOCX or text file.").format(name=path.name))
    try:
        data = path.read_bytes()
    except OSError as error:
        raise SheetImportError(_("The file {name} could not be read: {reason}").format(
            name=path.name, reason=error.strerror or error)) from None
    try:
        return text_from_bytes(data, path.name)
    except SheetImportError:
        raise
    except Exception as error:
        raise SheetImportError(_(
            "{name} could not be read ({reason}). Open it in its usual program, copy the text and paste it."
        ).format(name=path.name, reason=type(error).__name__)) from error


def text_from_bytes(data: bytes, name: str = "") -> str:
    name = name or _("the file")
    suffix = Path(name).suffix.lower()
    head = data[:1024]
    if head.lstrip().startswith(b"%PDF") or b"%PDF-" in head[:1024]:
        return pdf_text(data, name)
    if head.startswith(b"PK\x03\x04"):
        return docx_text(data, name)
    if suffix == ".pdf":
        raise SheetImportError(_("{name} is damaged or is not really a PDF file. Open it in a PDF viewer to check, "
                                 "or copy the text and paste it.").format(name=name))
    if suffix == ".docx":
        raise SheetImportError(_("{name} is damaged or is not really a DOCX file. Open it in a word processor and "
                                 "save it again, or copy the text and paste it.").format(name=name))
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        raise SheetImportError(_("{name} is an old Word (.doc) or Outlook file. Save it as .docx or PDF, or paste its "
                                 "text.").format(name=name))
    if head.lstrip().startswith(b"{\\rtf"):
        raise SheetImportError(_("{name} is an RTF file. Save it as .docx or PDF, or paste its text.").format(name=name))
    if _looks_binary(head):
        raise SheetImportError(_("{name} is not a text, PDF or DOCX file. Choose the sheet's PDF, DOCX or text file.").format(name=name))
    text = decode_text(data)
    if _looks_like_email(text):
        text = email_text(data)
    elif re.search(r"<(?:html|body|div|p|table)\b", text[:5000], re.IGNORECASE):
        text = html_text(text)
    return text


def _looks_binary(head: bytes) -> bool:
    if head.startswith((b"\xff\xfe", b"\xfe\xff", b"\xef\xbb\xbf")):
        return False
    if not head:
        return False
    controls = sum(1 for b in head if b < 9 or 13 < b < 32 and b not in (27,))
    return b"\x00" in head or controls > len(head) * 0.05


def decode_text(data: bytes) -> str:
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def _looks_like_email(text: str) -> bool:
    head = text[:2000]
    return bool(re.match(r"^(?:[A-Za-z-]+: .*\n)+", head)) and bool(re.search(r"^(?:From|Subject|Date|MIME-Version): ", head, re.MULTILINE))


def email_text(data: bytes) -> str:
    import email
    import email.policy

    message = email.message_from_bytes(data, policy=email.policy.default)
    parts: list[str] = []
    subject = message.get("subject")
    if subject:
        parts.append(str(subject))
    body = None
    try:
        body = message.get_body(preferencelist=("plain", "html"))
    except Exception:  # noqa: BLE001 - malformed MIME: fall back to raw text
        body = None
    if body is None:
        return decode_text(data)
    try:
        content = body.get_content()
    except Exception:  # noqa: BLE001
        content = decode_text(body.get_payload(decode=True) or b"")
    if body.get_content_type() == "text/html":
        content = html_text(content)
    parts.append(content)
    return "\n\n".join(parts)


_BLOCK_TAGS = re.compile(r"<\s*/?\s*(?:p|div|br|li|ul|ol|h[1-6]|tr|td|th|table|section|article|header|footer|blockquote|dd|dt)\b[^>]*>", re.IGNORECASE)


def html_text(markup: str) -> str:
    import html

    markup = re.sub(r"(?is)<(script|style|noscript|nav|footer|header|svg|form)\b.*?</\1\s*>", "\n", markup)
    markup = re.sub(r"(?is)<!--.*?-->", "", markup)
    markup = re.sub(r"(?i)<li\b[^>]*>", "\n• ", markup)
    markup = _BLOCK_TAGS.sub("\n", markup)
    markup = re.sub(r"(?s)<[^>]+>", "", markup)
    text = html.unescape(markup)
    text = re.sub(r"[ \t]+", " ", text)
    return re.sub(r"\n\s*\n\s*\n+", "\n\n", text)


# ---------------------------------------------------------------- DOCX


def docx_text(data: bytes, name: str) -> str:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
            if "word/document.xml" not in names:
                raise SheetImportError(_("{name} is a ZIP archive, not a Word document. Choose the sheet's DOCX or PDF.").format(name=name))
            info = archive.getinfo("word/document.xml")
            if info.file_size > 50 * 1024 * 1024:
                raise SheetImportError(_("{name} is too large to be an Urgent Action sheet.").format(name=name))
        import docx  # python-docx; imported here, it costs time at start-up

        document = docx.Document(io.BytesIO(data))
    except SheetImportError:
        raise
    except Exception as error:
        raise SheetImportError(_(
            "{name} is damaged and could not be read as a Word document. Open it in a word processor and save it "
            "again, or copy the text and paste it."
        ).format(name=name)) from error
    lines: list[str] = []
    try:
        from docx.table import Table
        from docx.text.paragraph import Paragraph

        body = document.element.body
        for child in body.iterchildren():
            tag = child.tag.rsplit("}", 1)[-1]
            if tag == "p":
                lines.extend(_paragraph_lines(Paragraph(child, document)))
            elif tag == "tbl":
                lines.extend(_table_lines(Table(child, document)))
    except Exception as error:
        raise SheetImportError(_(
            "{name} could not be read completely. Save it again as DOCX or PDF, or paste its text."
        ).format(name=name)) from error
    return "\n".join(lines)


def _paragraph_lines(paragraph) -> list[str]:
    text = paragraph.text
    style = (paragraph.style.name if paragraph.style is not None else "") or ""
    if "List" in style and text.strip():
        text = "• " + text
    return text.split("\n") + ([""] if text.strip() else [])


def _table_lines(table) -> list[str]:
    """Cells column by column (two recipients side by side), except a form of
    "LABEL: | value" rows, which is read row by row."""
    lines: list[str] = []
    seen = set()
    try:
        rows = [[cell.text.strip() for cell in row.cells] for row in table.rows]
    except Exception:  # noqa: BLE001 - irregular tables
        rows = []
    labels = [row[0] for row in rows if len(row) >= 2 and row[0]]
    if labels and sum(1 for l in labels if l.endswith(":") or (len(l) < 40 and l.isupper())) >= 0.6 * len(labels):
        for row in rows:
            cells = []
            for text in row:
                if text and (not cells or text != cells[-1]):
                    cells.append(text)
            if cells:
                lines.append(" ".join(cells))
                lines.append("")
        return lines
    for column in range(len(table.columns)):
        for row in table.rows:
            try:
                cell = row.cells[column]
            except IndexError:
                continue
            if id(cell._tc) in seen:
                continue
            seen.add(id(cell._tc))
            for paragraph in cell.paragraphs:
                lines.extend(_paragraph_lines(paragraph))
            for inner in cell.tables:
                lines.extend(_table_lines(inner))
            lines.append("")
    return lines


# ---------------------------------------------------------------- PDF


def pdf_text(data: bytes, name: str) -> str:
    import logging

    pypdf_log = logging.getLogger("pypdf")
    level = pypdf_log.level
    pypdf_log.setLevel(logging.ERROR)  # damaged-but-readable files make pypdf warn; the user needs no log noise
    try:
        return _pdf_text(data, name)
    finally:
        pypdf_log.setLevel(level)


def _pdf_text(data: bytes, name: str) -> str:
    try:
        from pypdf import PdfReader

        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted:
            try:
                opened = bool(reader.decrypt(""))  # many PDFs are "encrypted" with an empty password
            except Exception:  # noqa: BLE001
                opened = False
            if not opened:
                raise SheetImportError(_("{name} is protected by a password. Open it in a PDF viewer, copy the text "
                                         "and paste it.").format(name=name)) from None
        pages = reader.pages
        count = len(pages)
    except SheetImportError:
        raise
    except Exception as error:
        raise SheetImportError(_(
            "{name} is damaged and could not be read as a PDF. Download it again, or open it in a PDF viewer, "
            "copy the text and paste it."
        ).format(name=name)) from error
    if count > MAX_PDF_PAGES:
        raise SheetImportError(_("{name} has {count} pages; an Urgent Action sheet has only a few. Choose the sheet itself.").format(
            name=name, count=count))
    texts = []
    for page in pages:
        try:
            texts.append(page_text(page))
        except SheetImportError:
            raise
        except Exception:  # noqa: BLE001 - one bad page: try pypdf's own extraction
            try:
                texts.append(page.extract_text() or "")
            except Exception:  # noqa: BLE001
                texts.append("")
    text = "\n\f\n".join(texts)
    if len(re.sub(r"\W", "", text)) < 40:
        raise SheetImportError(_(
            "{name} contains no text, only images (it is probably a scan). Run text recognition (OCR) on it first, "
            "or type or paste the sheet's text."
        ).format(name=name))
    return text


def page_text(page) -> str:
    """Text of one page in reading order: pypdf's layout mode keeps each
    line's horizontal positions, and `split_columns` then reads a
    two-column part left column first."""
    try:
        laid_out = page.extract_text(extraction_mode="layout", layout_mode_space_vertically=True)
    except Exception:  # noqa: BLE001 - layout mode fails on some odd pages; plain mode still works
        return page.extract_text() or ""
    return split_columns(laid_out)


_GAP = re.compile(r"(?<=\S)( {4,})(?=\S)")  # between columns; words are rarely 4 spaces apart


def split_columns(text: str) -> str:
    """Find a column gutter in fixed-width text and read each two-column
    band left column first, right column second."""
    lines = [line.rstrip() for line in text.split("\n")]
    width = max((len(line) for line in lines), default=0)
    if width < 20:
        return "\n".join(line.strip() for line in lines)
    starts: dict[int, int] = {}
    for line in lines:
        for m in _GAP.finditer(line):
            if width * 0.25 <= m.end() <= width * 0.8 and len(m.group(1)) >= 6:
                starts[m.end() // 4] = starts.get(m.end() // 4, 0) + 1
    gutter = None
    if starts:
        bucket = max(starts, key=lambda b: starts[b] + starts.get(b - 1, 0) + starts.get(b + 1, 0))
        count = starts[bucket] + starts.get(bucket - 1, 0) + starts.get(bucket + 1, 0)
        if count >= 3:
            gutter = bucket * 4
    if gutter is None:
        return "\n".join(line.strip() for line in lines)
    low, high = gutter - 16, gutter + 16
    out: list[str] = []
    left: list[str] = []
    right: list[str] = []

    def flush() -> None:
        if left or right:
            out.extend(left)
            out.append("")
            out.extend(right)
            out.append("")
            left.clear()
            right.clear()

    def two_column_row(line: str) -> bool:
        indent = len(line) - len(line.lstrip())
        return bool(line.strip()) and (indent >= low or any(low <= m.end() <= high for m in _GAP.finditer(line)))

    rows = [two_column_row(line) for line in lines]

    def in_band(index: int) -> bool:
        """A two-column row counts only beside another one (not a stray wide gap)."""
        return any(rows[j] for j in range(max(0, index - 4), min(len(rows), index + 5)) if j != index)

    for index, line in enumerate(lines):
        if not line.strip():
            if left or right:
                left.append("")
                right.append("")
            else:
                out.append("")
            continue
        banded = rows[index] and in_band(index)
        split = next((m for m in _GAP.finditer(line) if low <= m.end() <= high), None) if banded else None
        indent = len(line) - len(line.lstrip())
        if split:
            left.append(line[:split.start()].strip())
            right.append(line[split.end():].strip())
        elif banded and indent >= low:
            right.append(line.strip())
        elif (left or right) and len(line) <= gutter and (
                (left and left[-1] != "") or any(two_column_row(l) for l in lines[index + 1:index + 5])):
            left.append(line.strip())
        else:
            flush()
            out.append(line.strip())
    flush()
    text = "\n".join(out)
    return re.sub(r"\n{3,}", "\n\n", text)
