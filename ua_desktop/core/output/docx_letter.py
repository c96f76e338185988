"""A letter as a one-page postal letter in DOCX, with python-docx.

The DOCX is built from the letter's blocks, so what the user edited is what
is saved, following the layout in `ua_desktop.core.letters.layout` (shared
with the batch DOCX and the printout). Page size is A4 unless the
caller asks for Letter. The font named covers the letter's script and is
set for Latin, East-Asian and complex-script text alike; right-to-left
letters get paragraph direction (w:bidi) and run direction (w:rtl).
"""

from __future__ import annotations

import io
from pathlib import Path

from ua_desktop.core.storage.atomic import write_bytes_atomically
from ua_desktop.core.letters import layout
from ua_desktop.core.letters.letter import Letter

PAGE_SIZES_MM = {"A4": (210, 297), "Letter": (215.9, 279.4)}
#: The longest title a DOCX's document properties take (python-docx refuses more).
MAX_TITLE_CHARS = 255


def document_title(subject: str) -> str:
    """The letter's subject as the document's title, shortened with "…"
    when a case names so many people that it would not fit."""
    return subject if len(subject) <= MAX_TITLE_CHARS else subject[:MAX_TITLE_CHARS - 1].rstrip() + "…"


def letter_to_docx_bytes(letter: Letter, page_size: str = "A4",
                         font_size_pt: float = layout.FONT_SIZE_PT) -> bytes:
    from docx import Document
    from docx.shared import Mm, Pt

    document = Document()
    section = document.sections[0]
    width, height = PAGE_SIZES_MM.get(page_size, PAGE_SIZES_MM["A4"])
    section.page_width, section.page_height = Mm(width), Mm(height)
    section.left_margin = section.right_margin = Mm(layout.MARGIN_LEFT_RIGHT_MM)
    section.top_margin = section.bottom_margin = Mm(layout.MARGIN_TOP_BOTTOM_MM)

    normal = document.styles["Normal"]
    normal.font.name = letter.font
    normal.font.size = Pt(font_size_pt)
    _set_all_fonts(normal.element.get_or_add_rPr(), letter.font, font_size_pt)
    spacing = normal.paragraph_format
    spacing.space_before = Pt(0)
    spacing.space_after = Pt(layout.SPACE_AFTER_PT)
    spacing.line_spacing = layout.LINE_SPACING

    core = document.core_properties
    core.title = document_title(letter.subject)
    core.language = letter.language
    core.author = ""
    core.comments = ""

    for spec in layout.letter_paragraphs(letter):
        paragraph = document.add_paragraph()
        fmt = paragraph.paragraph_format
        if spec.list_item:
            fmt.left_indent, fmt.first_line_indent = Mm(layout.LIST_INDENT_MM), Mm(-layout.LIST_HANGING_MM)
            fmt.tab_stops.add_tab_stop(Mm(layout.LIST_INDENT_MM))
        if spec.space_before_pt:
            fmt.space_before = Pt(spec.space_before_pt)
        if spec.space_after_pt != layout.SPACE_AFTER_PT or spec.list_item:
            fmt.space_after = Pt(spec.space_after_pt)
        if spec.keep_with_next:
            fmt.keep_with_next = True
        _add_text(paragraph, spec.text, letter)

    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def save_letter_docx(letter: Letter, path: Path | str, page_size: str = "A4") -> None:
    """Write the DOCX atomically; raises `ua_desktop.core.storage.atomic.SaveError`."""
    write_bytes_atomically(Path(path), letter_to_docx_bytes(letter, page_size=page_size))


def save_letter_text(letter: Letter, path: Path | str) -> None:
    """Plain UTF-8 text, exactly the letter's words."""
    from ua_desktop.core.storage.atomic import write_text_atomically

    write_text_atomically(Path(path), letter.text)


def _add_text(paragraph, text: str, letter: Letter) -> None:
    run = paragraph.add_run(text)
    if letter.right_to_left:
        from docx.oxml import OxmlElement

        p_pr = paragraph._p.get_or_add_pPr()
        p_pr.insert(0, OxmlElement("w:bidi"))
        run.font.rtl = True


def _set_all_fonts(r_pr, font: str, size_pt: float) -> None:
    """The same font and size for every script, complex scripts (Arabic)
    included: Word and LibreOffice read those from w:cs and w:szCs."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    fonts = r_pr.get_or_add_rFonts()
    for attribute in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        fonts.set(qn(attribute), font)
    size_cs = r_pr.find(qn("w:szCs"))
    if size_cs is None:
        size_cs = OxmlElement("w:szCs")
        r_pr.append(size_cs)
    size_cs.set(qn("w:val"), str(round(size_pt * 2)))
