"""Letters in one DOCX, fast: many for a batch, one for `docx_letter`. The
paragraphs come from `ua_desktop.core.letters.layout`, as do the printed
page's (`ua_desktop.gui.printing.render`).

`BatchDocx` writes each letter's paragraphs as WordprocessingML text
straight into the compressed DOCX (`docx_stream`), without parsing them.
python-docx's `add_paragraph` looks for the section properties among all
paragraphs on each call, so a thousand letters that way cost time growing
with the square of the count, and an lxml tree of every paragraph holds
hundreds of megabytes at 10,000 letters; this costs time in proportion to
the text, and holds only the compressed file.
"""

from __future__ import annotations

from collections import Counter
from functools import lru_cache
from typing import TYPE_CHECKING

from ua_desktop.core.output.docx_stream import PackageTemplate, StreamedDocx, package_from_docx, package_template
from ua_desktop.core.text import xml_escape, xml_safe
from ua_desktop.core.output.docx_letter import PAGE_SIZES_MM, document_title
from ua_desktop.core.letters.letter import Letter
from ua_desktop.core.letters.cut import Cut, cut
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

if TYPE_CHECKING:
    from ua_desktop.core.letters.skeleton import LetterSkeleton

# ------------------------------------------------------------------ DOCX

def _twips_mm(mm: float) -> int:
    return int(round(mm * 1440 / 25.4 - 1e-9)) if mm >= 0 else -int(round(-mm * 1440 / 25.4))


def _twips_pt(pt: float) -> int:
    return int(round(pt * 20))


_LIST_PPR_HEAD = (f'<w:tabs><w:tab w:val="left" w:pos="{_twips_mm(LIST_INDENT_MM)}"/></w:tabs>')
_LIST_IND = f'<w:ind w:left="{_twips_mm(LIST_INDENT_MM)}" w:hanging="{_twips_mm(LIST_HANGING_MM)}"/>'


@lru_cache(maxsize=1024)
def paragraph_xml(spec: ParagraphSpec, *, page_break_before: bool = False, right_to_left: bool = False,
                  font: str | None = None) -> str:
    """One `<w:p>` for `spec` (namespace prefix `w` bound by the caller).
    Cached: in a batch most paragraphs are the same in every letter."""
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
        f = xml_escape(font, quote=True)
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
                out.append('<w:t xml:space="preserve">' + xml_escape(piece) + "</w:t>")
    return "".join(out)


class BatchDocx:
    """Letters added one by one, each starting on a new page, each written
    at once into the compressed DOCX (`docx_stream`); `to_bytes` finishes
    it. Runs in `main_font` (the font of most letters; the document's
    Normal style) need not name it."""

    def __init__(self, page_size: str = "A4", title: str = "", main_font: str = "Times New Roman",
                 font_size_pt: float = FONT_SIZE_PT):
        self.page_size = page_size if page_size in PAGE_SIZES_MM else "A4"
        self.title = title
        self.main_font = main_font
        f = xml_escape(main_font, quote=True)
        self._main_fonts = f'<w:rFonts w:ascii="{f}" w:hAnsi="{f}" w:eastAsia="{f}" w:cs="{f}"/>'
        self._stream = StreamedDocx(letter_package(self.page_size, main_font, font_size_pt))
        self._languages: Counter[str] = Counter()
        self._cuts: dict[tuple[int, bool], Cut | None] = {}
        self._skeletons: list[LetterSkeleton] = []
        self.count = 0

    def add(self, letter: Letter) -> None:
        self._stream.write(self._chunk(letter, self.count == 0))
        self._added(letter.language, letter.subject)

    def add_filled(self, skeleton: LetterSkeleton, values: tuple[str, ...]) -> bool:
        """Add the letter `skeleton` filled with `values` gives
        (`SkeletonDrafter`): its paragraphs are the skeleton's, cut once and
        filled. False, and nothing added, when they cannot be cut: add the
        letter itself."""
        chunk = self._filled_chunk(skeleton, values, self.count == 0)
        if chunk is None:
            return False
        self._stream.write_utf8(chunk)  # the skeleton's pieces were checked, and its values are clean
        probe = skeleton.letters[0]
        self._added(probe.language, skeleton.subject.fill(values) if not self.title and probe.subject else "")
        return True

    def _added(self, language: str, subject: str) -> None:
        self._languages[language] += 1
        self.count += 1
        if not self.title and subject:
            self.title = subject

    def _chunk(self, letter: Letter, first: bool) -> str:
        chunk = "".join(
            paragraph_xml(spec, page_break_before=index == 0 and not first,
                          right_to_left=letter.right_to_left, font=letter.font)
            for index, spec in enumerate(letter_paragraphs(letter)))
        if letter.font == self.main_font:
            chunk = chunk.replace(self._main_fonts, "").replace("<w:rPr></w:rPr>", "")
        return chunk

    def _filled_chunk(self, skeleton: LetterSkeleton, values: tuple[str, ...], first: bool) -> bytes | None:
        """The skeleton's paragraphs cut where its values go (once per
        skeleton), filled with `values`, in UTF-8; None if they cannot be cut."""
        key = (id(skeleton), first)
        if key not in self._cuts:
            self._skeletons.append(skeleton)  # keeps the id its own
            probes = tuple(tuple(xml_escape(value) for value in probe) for probe in skeleton.probes)
            chunks = tuple(self._chunk(letter, first) for letter in skeleton.letters)
            where = cut(chunks[0], probes[0], chunks[1], probes[1])
            self._cuts[key] = where if where is not None and xml_safe(chunks[0]) else None
        where = self._cuts[key]
        if where is None:
            return None
        return where.fill_utf8(tuple(xml_escape(value).encode("utf-8") for value in values))

    def to_bytes(self) -> bytes:
        """The DOCX (once: the document is finished)."""
        language = self._languages.most_common(1)[0][0] if len(self._languages) == 1 else ""
        return self._stream.finish(document_title(self.title), language)


#: The font in the saved blank letters (`tools/make_blank_letters.py`), replaced by the letter's.
BLANK_FONT_MARK = "ua-desktop-font-7f3e"


@lru_cache(maxsize=8)
def letter_package(page_size: str, font: str, font_size_pt: float = FONT_SIZE_PT) -> PackageTemplate:
    """The blank letter document (`new_letter_document`) as a template: the
    one saved for `page_size` in ``resources/docx/`` (python-docx takes
    longer to load than a whole batch takes to write), or, for another text
    size, made now."""
    if font_size_pt == FONT_SIZE_PT and page_size in PAGE_SIZES_MM:
        from ua_desktop.paths import resource

        saved = resource("docx", blank_letter_name(page_size))
        if saved.is_file():
            return package_from_docx(saved.read_bytes(), {BLANK_FONT_MARK: xml_escape(font, quote=True)})
    return package_template(blank_letter_document(page_size, font, font_size_pt))


def blank_letter_name(page_size: str) -> str:
    return f"blank-letter-{page_size}.docx"


def blank_letter_document(page_size: str, font: str, font_size_pt: float = FONT_SIZE_PT):
    """`new_letter_document` without an author or comments: what every
    letter's DOCX is made from."""
    document = new_letter_document(page_size, font, font_size_pt)
    document.core_properties.author = document.core_properties.comments = ""
    return document


def new_letter_document(page_size: str = "A4", font: str = "Times New Roman",
                        font_size_pt: float = FONT_SIZE_PT):
    """An empty python-docx Document set up as `docx_export` sets one up."""
    from docx import Document
    from docx.oxml import OxmlElement
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
    r_pr = normal.element.get_or_add_rPr()
    fonts = r_pr.get_or_add_rFonts()
    for attribute in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        fonts.set(qn(attribute), font)
    size_cs = r_pr.find(qn("w:szCs"))  # complex scripts (Arabic) take their size from w:szCs
    if size_cs is None:
        size_cs = OxmlElement("w:szCs")
        r_pr.append(size_cs)
    size_cs.set(qn("w:val"), str(round(font_size_pt * 2)))
    spacing = normal.paragraph_format
    spacing.space_before = Pt(0)
    spacing.space_after = Pt(SPACE_AFTER_PT)
    spacing.line_spacing = LINE_SPACING
    return document
