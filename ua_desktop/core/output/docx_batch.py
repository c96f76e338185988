"""Many letters in one DOCX, fast, laid out exactly as `docx_export` lays
out one: both take their paragraphs from `ua_desktop.core.letters.layout`,
as does the printed page (`ua_desktop.gui.printing.render`).

`BatchDocx` writes the paragraphs as WordprocessingML text and parses the
whole body once. python-docx's `add_paragraph` looks for the section
properties among all paragraphs on each call, so a thousand letters that
way cost time growing with the square of the count; this costs time in
proportion to it.
"""

from __future__ import annotations

import io
from collections import Counter
from xml.sax.saxutils import escape

from ua_desktop.core.output.docx_letter import PAGE_SIZES_MM, document_title
from ua_desktop.core.letters.letter import Letter
from ua_desktop.core.letters.layout import (
    FONT_SIZE_PT,
    LINE_SPACING,
    LIST_HANGING_MM,
    LIST_INDENT_MM,
    MARGIN_LEFT_RIGHT_MM,
    MARGIN_TOP_BOTTOM_MM,
    SPACE_AFTER_PT,
    ParagraphSpec,
    letter_paragraphs,
)

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

# ------------------------------------------------------------------ DOCX

def _twips_mm(mm: float) -> int:
    return int(round(mm * 1440 / 25.4 - 1e-9)) if mm >= 0 else -int(round(-mm * 1440 / 25.4))


def _twips_pt(pt: float) -> int:
    return int(round(pt * 20))


_LIST_PPR_HEAD = (f'<w:tabs><w:tab w:val="left" w:pos="{_twips_mm(LIST_INDENT_MM)}"/></w:tabs>')
_LIST_IND = f'<w:ind w:left="{_twips_mm(LIST_INDENT_MM)}" w:hanging="{_twips_mm(LIST_HANGING_MM)}"/>'


def paragraph_xml(spec: ParagraphSpec, *, page_break_before: bool = False, right_to_left: bool = False,
                  font: str | None = None) -> str:
    """One `<w:p>` for `spec` (namespace prefix `w` bound by the caller)."""
    ppr = []
    if spec.keep_with_next:
        ppr.append("<w:keepNext/>")
    if page_break_before:
        ppr.append("<w:pageBreakBefore/>")
    if spec.list_item:
        ppr.append(_LIST_PPR_HEAD)
    if right_to_left:
        ppr.append("<w:bidi/>")
    spacing = []
    if spec.space_before_pt:
        spacing.append(f'w:before="{_twips_pt(spec.space_before_pt)}"')
    if spec.space_after_pt != SPACE_AFTER_PT or spec.list_item:
        spacing.append(f'w:after="{_twips_pt(spec.space_after_pt)}"')
    if spacing:
        ppr.append(f"<w:spacing {' '.join(spacing)}/>")
    if spec.list_item:
        ppr.append(_LIST_IND)
    rpr = []
    if font:
        f = escape(font, {'"': "&quot;"})
        rpr.append(f'<w:rFonts w:ascii="{f}" w:hAnsi="{f}" w:eastAsia="{f}" w:cs="{f}"/>')
    if right_to_left:
        rpr.append("<w:rtl/>")
    parts = ["<w:p>"]
    if ppr:
        parts.append("<w:pPr>" + "".join(ppr) + "</w:pPr>")
    parts.append("<w:r>")
    if rpr:
        parts.append("<w:rPr>" + "".join(rpr) + "</w:rPr>")
    parts.append(_run_content(spec.text))
    parts.append("</w:r></w:p>")
    return "".join(parts)


def _run_content(text: str) -> str:
    out = []
    for line_index, line in enumerate(text.split("\n")):
        if line_index:
            out.append("<w:br/>")
        for tab_index, piece in enumerate(line.split("\t")):
            if tab_index:
                out.append("<w:tab/>")
            if piece:
                out.append('<w:t xml:space="preserve">' + escape(piece) + "</w:t>")
    return "".join(out)


class BatchDocx:
    """Letters added one by one, each starting on a new page; `to_bytes`
    gives the DOCX."""

    def __init__(self, page_size: str = "A4", title: str = ""):
        self.page_size = page_size if page_size in PAGE_SIZES_MM else "A4"
        self.title = title
        self._parts: list[str] = []
        self._fonts: Counter[str] = Counter()
        self._languages: Counter[str] = Counter()
        self.count = 0

    def add(self, letter: Letter) -> None:
        for index, spec in enumerate(letter_paragraphs(letter)):
            self._parts.append(paragraph_xml(spec, page_break_before=index == 0 and self.count > 0,
                                             right_to_left=letter.right_to_left, font=letter.font))
        self._fonts[letter.font] += 1
        self._languages[letter.language] += 1
        self.count += 1
        if not self.title and letter.subject:
            self.title = letter.subject

    def to_bytes(self) -> bytes:
        document = new_letter_document(self.page_size, self.main_font)
        core = document.core_properties
        core.title = document_title(self.title)
        core.language = self._languages.most_common(1)[0][0] if len(self._languages) == 1 else ""
        core.author = core.comments = ""
        main = self.main_font
        body_xml = "".join(self._parts)
        if main:
            # Runs in the document's main font need not name it.
            f = escape(main, {'"': "&quot;"})
            body_xml = body_xml.replace(
                f'<w:rFonts w:ascii="{f}" w:hAnsi="{f}" w:eastAsia="{f}" w:cs="{f}"/>', "")
            body_xml = body_xml.replace("<w:rPr></w:rPr>", "")
        append_body_xml(document, body_xml)
        buffer = io.BytesIO()
        document.save(buffer)
        return buffer.getvalue()

    @property
    def main_font(self) -> str:
        return self._fonts.most_common(1)[0][0] if self._fonts else "Times New Roman"


def new_letter_document(page_size: str = "A4", font: str = "Times New Roman",
                        font_size_pt: float = FONT_SIZE_PT):
    """An empty python-docx Document set up as `docx_export` sets one up."""
    from docx import Document
    from docx.oxml.ns import qn
    from docx.shared import Mm, Pt

    document = Document()
    section = document.sections[0]
    width, height = PAGE_SIZES_MM.get(page_size, PAGE_SIZES_MM["A4"])
    section.page_width, section.page_height = Mm(width), Mm(height)
    section.left_margin = section.right_margin = Mm(MARGIN_LEFT_RIGHT_MM)
    section.top_margin, section.bottom_margin = Mm(MARGIN_TOP_BOTTOM_MM), Mm(MARGIN_TOP_BOTTOM_MM)
    normal = document.styles["Normal"]
    normal.font.name = font
    normal.font.size = Pt(font_size_pt)
    fonts = normal.element.get_or_add_rPr().get_or_add_rFonts()
    for attribute in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        fonts.set(qn(attribute), font)
    spacing = normal.paragraph_format
    spacing.space_before = Pt(0)
    spacing.space_after = Pt(SPACE_AFTER_PT)
    spacing.line_spacing = LINE_SPACING
    return document


def append_body_xml(document, body_xml: str) -> None:
    """Parse `body_xml` (paragraphs and tables with the `w` prefix) once and
    append it to the document's body, before its section properties."""
    from docx.oxml import parse_xml

    body = document.element.body
    fragment = parse_xml(f'<w:body xmlns:w="{W_NS}">{body_xml}</w:body>')
    section = body.sectPr
    if section is not None:
        body.remove(section)
    body.extend(list(fragment))
    if section is not None:
        body.append(section)
