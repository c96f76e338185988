"""A letter as a one-page postal letter in DOCX, with python-docx.

The DOCX is built from the letter's blocks, so what the user edited is what
is saved: each block becomes a paragraph (its lines joined by line breaks),
a block of "– " lines becomes an indented list. Page size is A4 unless the
caller asks for Letter. The font named covers the letter's script and is
set for Latin, East-Asian and complex-script text alike; right-to-left
letters get paragraph direction (w:bidi) and run direction (w:rtl).
"""

from __future__ import annotations

import io
from pathlib import Path

from ua_desktop.core.atomic import write_bytes_atomically
from ua_desktop.core.letter import Letter, is_list_block, list_item_text
from ua_desktop.core.text import clean_text

PAGE_SIZES_MM = {"A4": (210, 297), "Letter": (215.9, 279.4)}


def letter_to_docx_bytes(letter: Letter, page_size: str = "A4", font_size_pt: float = 12) -> bytes:
    from docx import Document
    from docx.shared import Mm, Pt

    document = Document()
    section = document.sections[0]
    width, height = PAGE_SIZES_MM.get(page_size, PAGE_SIZES_MM["A4"])
    section.page_width, section.page_height = Mm(width), Mm(height)
    section.left_margin = section.right_margin = Mm(25)
    section.top_margin, section.bottom_margin = Mm(20), Mm(20)

    normal = document.styles["Normal"]
    normal.font.name = letter.font
    normal.font.size = Pt(font_size_pt)
    _set_all_fonts(normal.element.get_or_add_rPr(), letter.font, font_size_pt)
    spacing = normal.paragraph_format
    spacing.space_before = Pt(0)
    spacing.space_after = Pt(8)
    spacing.line_spacing = 1.08

    core = document.core_properties
    core.title = letter.subject
    core.language = letter.language
    core.author = ""
    core.comments = ""

    blocks = letter.blocks
    for block_index, block in enumerate(blocks):
        block = tuple(clean_text(line) for line in block)
        for is_list, lines in _runs(block):
            if is_list:
                for index, line in enumerate(lines):
                    paragraph = document.add_paragraph()
                    fmt = paragraph.paragraph_format
                    fmt.left_indent, fmt.first_line_indent = Mm(7), Mm(-5)
                    fmt.space_after = Pt(8) if index == len(lines) - 1 else Pt(2)
                    fmt.tab_stops.add_tab_stop(Mm(7))
                    _add_text(paragraph, "–\t" + list_item_text(line), letter)
            else:
                paragraph = document.add_paragraph()
                if block_index == len(blocks) - 1 and block_index > 0 and len(lines) <= 3:
                    paragraph.paragraph_format.space_before = Pt(20)  # room to sign
                _add_text(paragraph, "\n".join(lines), letter)
                if len(lines) < len(block):
                    paragraph.paragraph_format.space_after = Pt(2)
                    paragraph.paragraph_format.keep_with_next = True

    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def save_letter_docx(letter: Letter, path: Path | str, page_size: str = "A4") -> None:
    """Write the DOCX atomically; raises `ua_desktop.core.atomic.SaveError`."""
    write_bytes_atomically(Path(path), letter_to_docx_bytes(letter, page_size=page_size))


def save_letter_text(letter: Letter, path: Path | str) -> None:
    """Plain UTF-8 text, exactly the letter's words."""
    from ua_desktop.core.atomic import write_text_atomically

    write_text_atomically(Path(path), letter.text)


def _runs(block: tuple[str, ...]):
    """Split a block into runs of ordinary lines and of list lines, so a
    lead-in line ("I urge you to:") stays a paragraph above its list."""
    runs: list[tuple[bool, list[str]]] = []
    for line in block:
        is_list = is_list_block((line,))
        if runs and runs[-1][0] == is_list:
            runs[-1][1].append(line)
        else:
            runs.append((is_list, [line]))
    return [(is_list, tuple(lines)) for is_list, lines in runs]


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
