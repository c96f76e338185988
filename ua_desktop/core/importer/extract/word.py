"""DOCX sheets through python-docx, in document order: paragraphs (list
styles as bullets, Heading styles and all-bold paragraphs as headings) and
tables (cells column by column, so two recipients side by side come out one
after the other; a "LABEL: | value" form row by row). The file is checked
part by part before python-docx opens it (`core/storage/zipcheck.py`)."""

from __future__ import annotations

import io
import zipfile

from ua_desktop.core.storage.zipcheck import MB, ArchiveLimitError, ZipLimits, check_zip
from ua_desktop.i18n import _

from ..errors import SheetImportError
from .model import Block, Extracted, blocks_from_text

# A three-page sheet's document.xml is about 100 kB; styles, numbering and the rest a few kB each.
DOCX_LIMITS = ZipLimits(
    max_members=500,
    max_total=60 * MB,
    max_part=20 * MB,  # pictures and other media
    part_limits=(("word/document.xml", 20 * MB), ("*.xml", 5 * MB), ("*.rels", 1 * MB)),
    max_ratio=100.0,
    ratio_floor=1 * MB,
)


def extract_docx(data: bytes, name: str) -> Extracted:
    document = _open(data, name)
    try:
        return Extracted("docx", tuple(_body_blocks(document)))
    except Exception as error:
        raise SheetImportError(_(
            "{name} could not be read completely. Save it again as DOCX or PDF, or paste its text."
        ).format(name=name)) from error


def _open(data: bytes, name: str):
    damaged = _("{name} is damaged and could not be read as a Word document. Open it in a word processor and save "
                "it again, or copy the text and paste it.").format(name=name)
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, OSError):
        raise SheetImportError(damaged) from None
    with archive:
        if "word/document.xml" not in set(archive.namelist()):
            raise SheetImportError(_("{name} is a ZIP archive, not a Word document. Choose the sheet's DOCX or "
                                     "PDF.").format(name=name))
        try:
            check_zip(archive, DOCX_LIMITS, name)
        except ArchiveLimitError as error:
            raise SheetImportError(str(error)) from None
    try:
        import docx  # python-docx; imported here, it costs time at start-up

        return docx.Document(io.BytesIO(data))
    except Exception as error:
        raise SheetImportError(damaged) from error


def _body_blocks(document) -> list[Block]:
    blocks: list[Block] = []
    _add_children(blocks, document.element.body, document)
    return blocks


_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"


def _add_children(blocks: list[Block], parent, document) -> None:
    """Paragraphs and tables in document order, also inside content controls
    (w:sdt, as forms and templates use) and text boxes (w:txbxContent)."""
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    for child in parent.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            _add_paragraph(blocks, Paragraph(child, document))
            for box in child.iter(_W + "txbxContent"):  # a text box is one block, like a table cell
                if any(ancestor.tag == _MC_FALLBACK for ancestor in box.iterancestors()):
                    continue  # Word stores each text box twice: the drawing and a fallback for old readers
                lines = [Paragraph(p, document).text for p in box.iterchildren(_W + "p")]
                blocks.extend(blocks_from_text("\n".join(lines)))
        elif tag == "tbl":
            blocks.extend(_table_blocks(Table(child, document)))
        elif tag == "sdt":
            for content in child.iterchildren(_W + "sdtContent"):
                _add_children(blocks, content, document)


def _add_paragraph(blocks: list[Block], paragraph, in_table: bool = False) -> None:
    text = paragraph.text.strip("\n")
    if not text.strip():
        return
    style = (paragraph.style.name if paragraph.style is not None else "") or ""
    if "List" in style:
        text = "• " + text
        previous = blocks[-1] if blocks else None
        if previous is not None and previous.text.startswith("• ") and previous.in_table == in_table:
            blocks[-1] = Block(previous.text + "\n" + text, in_table=in_table)  # one list, one block
            return
    heading = style.startswith(("Heading", "Title")) or _all_bold(paragraph)
    blocks.append(Block(text, is_heading=heading and len(text) < 200, in_table=in_table))


def _all_bold(paragraph) -> bool:
    runs = [run for run in paragraph.runs if run.text.strip()]
    return bool(runs) and all(run.bold for run in runs)


def _table_blocks(table) -> list[Block]:
    """Cells column by column (two recipients side by side), except a form of
    "LABEL: | value" rows, which is read row by row."""
    try:
        rows = [[cell.text.strip() for cell in row.cells] for row in table.rows]
    except Exception:  # noqa: BLE001 - irregular tables
        rows = []
    labels = [row[0] for row in rows if len(row) >= 2 and row[0]]
    if labels and sum(1 for label in labels if label.endswith(":") or (len(label) < 40 and label.isupper())) >= 0.6 * len(labels):
        blocks = []
        for row in rows:
            cells: list[str] = []
            for text in row:
                if text and (not cells or text != cells[-1]):
                    cells.append(text)
            if cells:
                blocks.append(Block(" ".join(cells), in_table=True))
        return blocks
    return _cells_by_column(table)


def _cells_by_column(table) -> list[Block]:
    blocks: list[Block] = []
    seen = set()
    for column in range(len(table.columns)):
        for row in table.rows:
            try:
                cell = row.cells[column]
            except IndexError:
                continue
            if id(cell._tc) in seen:
                continue
            seen.add(id(cell._tc))
            # a cell is one block (an address is one paragraph per line) unless an empty paragraph parts it
            lines = [("• " if "List" in (p.style.name if p.style is not None else "") and p.text.strip() else "")
                     + p.text for p in cell.paragraphs]
            blocks.extend(blocks_from_text("\n".join(lines), in_table=True))
            for inner in cell.tables:
                blocks.extend(_table_blocks(inner))
    return blocks
