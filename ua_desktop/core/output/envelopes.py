"""Envelopes and address labels: what goes on them (as data), and DOCX.

An `AddressBlock` holds the recipient's address in the letter's language
ending with the destination country in capitals (the sheet's spelling, in
Latin letters, which the post of the sending country reads), the sender's
return address (also ending with the country in capitals), and whether
the envelope needs the air-mail mark: when the letter leaves the sender's
country, or when the sender gave no country (Urgent Actions go abroad).
A letter within one country gets no country line and no mark.

Envelopes: DL 220×110 mm, C5 229×162 mm, C6 162×114 mm, landscape, one per
page. Labels: the common A4 sheet of 3×7 labels 63.5×38.1 mm (Avery L7160
and its equivalents) as a table with exact row heights.
"""

from __future__ import annotations

from collections.abc import Generator, Iterator
from dataclasses import dataclass
from itertools import chain

from ua_desktop.core.case.model import Case
from ua_desktop.core.locales.countries import same_country
from ua_desktop.core.output.docx_stream import docx_steps, run_to_end
from ua_desktop.core.letters.letter import Sender
from ua_desktop.core.letters.recipient_block import recipient_block
from ua_desktop.core.text import clean_line, xml_escape
from ua_desktop.i18n import _

AIR_MAIL_MARK = "PAR AVION – BY AIR MAIL"
ENVELOPE_SIZES_MM = {"DL": (220.0, 110.0), "C5": (229.0, 162.0), "C6": (162.0, 114.0)}
ADDRESS_FONT = "Arial"


@dataclass(frozen=True)
class LabelSheet:
    name: str
    columns: int
    rows: int
    label_width_mm: float
    label_height_mm: float
    top_mm: float
    left_mm: float
    column_gap_mm: float
    page_mm: tuple[float, float] = (210.0, 297.0)

    @property
    def per_sheet(self) -> int:
        return self.columns * self.rows


#: 21 labels of 63.5×38.1 mm on A4 (Avery L7160, Herma 4677, ...).
A4_3X7 = LabelSheet("A4 3×7 (63.5×38.1 mm)", 3, 7, 63.5, 38.1, 15.15, 7.25, 2.54)


@dataclass(frozen=True)
class AddressBlock:
    recipient_lines: tuple[str, ...]
    return_lines: tuple[str, ...]
    air_mail: bool
    right_to_left: bool = False

    @property
    def air_mail_mark(self) -> str:
        return AIR_MAIL_MARK if self.air_mail else ""


# ------------------------------------------------------------------ content

def address_block(case: Case, recipient_index: int, language: str, sender: Sender,
                  right_to_left: bool = False) -> AddressBlock:
    """What goes on the envelope of the letter to recipient `recipient_index`
    in `language` from `sender`."""
    recipient = case.recipient(recipient_index)
    local = recipient.in_language(language)
    destination = recipient.country or local.country or case.country
    abroad = needs_air_mail(sender.country, destination, local.country)
    block = recipient_block(case, recipient, language)
    lines = [*block.addressee_lines, *block.address_lines]
    if destination and abroad:
        lines.append(clean_line(destination).upper())
    return AddressBlock(tuple(line for line in lines if line), return_address_lines(sender), abroad,
                        right_to_left)


def return_address_lines(sender: Sender) -> tuple[str, ...]:
    lines = [sender.name, *sender.address_lines, sender.town, sender.country.upper()]
    return tuple(clean_line(line) for line in lines if clean_line(line))


def needs_air_mail(sender_country: str, destination: str, destination_local: str = "") -> bool:
    """True when the letter crosses a border (or the sender's country is
    unknown: Urgent Action letters usually go abroad)."""
    if not destination and not destination_local:
        return False
    if not sender_country.strip():
        return True
    return not any(same_country(sender_country, name) for name in (destination, destination_local) if name)


# ------------------------------------------------------------------ DOCX

def _tw(mm: float) -> int:
    return int(round(mm * 1440 / 25.4))


def _p(text: str, size_pt: float, line_pt: float, *, bold: bool = False, indent_mm: float = 0,
       before_pt: float = 0, page_break: bool = False, rtl: bool = False, keep: bool = True) -> str:
    ppr = []
    if keep:
        ppr.append("<w:keepNext/>")
    if page_break:
        ppr.append("<w:pageBreakBefore/>")
    if rtl:
        ppr.append("<w:bidi/>")
    ppr.append(f'<w:spacing w:before="{int(before_pt * 20)}" w:after="0" w:line="{int(line_pt * 20)}" '
               'w:lineRule="exact"/>')
    if indent_mm:
        ppr.append(f'<w:ind w:left="{_tw(indent_mm)}"/>')
    f = ADDRESS_FONT
    rpr = f'<w:rFonts w:ascii="{f}" w:hAnsi="{f}" w:eastAsia="{f}" w:cs="{f}"/>'
    if bold:
        rpr += "<w:b/><w:bCs/>"
    half_points = int(round(size_pt * 2))
    rpr += f'<w:sz w:val="{half_points}"/><w:szCs w:val="{half_points}"/>'
    if rtl:
        rpr += "<w:rtl/>"
    run = f'<w:t xml:space="preserve">{xml_escape(text)}</w:t>' if text else ""
    return f"<w:p><w:pPr>{''.join(ppr)}</w:pPr><w:r><w:rPr>{rpr}</w:rPr>{run}</w:r></w:p>"


#: Sizes in the envelope layout (points).
RETURN_SIZE, RETURN_LINE = 9, 11
MARK_SIZE, MARK_LINE = 9, 13
ADDRESS_SIZE, ADDRESS_LINE = 11, 14
ENVELOPE_MARGIN_MM = 10


def envelope_layout(size: str) -> dict[str, float]:
    """Where the recipient's block starts on an envelope, in mm from the
    page's top-left corner: right of centre, below the middle."""
    width, height = ENVELOPE_SIZES_MM[size]
    return {"address_left": max(width * 0.45, width - 110), "address_top": height * 0.45,
            "margin": ENVELOPE_MARGIN_MM}


def envelopes_docx_bytes(blocks: list[AddressBlock], size: str = "DL") -> bytes:
    """One envelope per block, all of `size`, one per page."""
    return run_to_end(envelopes_docx_steps(blocks, size))


def envelopes_docx_steps(blocks: list[AddressBlock], size: str = "DL") -> Generator[int, None, bytes]:
    """`envelopes_docx_bytes` in steps (`docx_stream.docx_steps`)."""
    if size not in ENVELOPE_SIZES_MM:
        raise ValueError(f"unknown envelope size {size}")
    from docx.enum.section import WD_ORIENT
    from docx.shared import Mm

    document = _blank_document()
    width, height = ENVELOPE_SIZES_MM[size]
    section = document.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Mm(width), Mm(height)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Mm(ENVELOPE_MARGIN_MM))
    section.header_distance = section.footer_distance = Mm(0)
    return (yield from docx_steps(document, _envelope_paragraphs(blocks, envelope_layout(size))))


def _envelope_paragraphs(blocks: list[AddressBlock], layout: dict[str, float]) -> Iterator[str]:
    """The envelopes' paragraphs, one envelope after another (a generator:
    the DOCX is written as they come)."""
    for number, block in enumerate(blocks):
        used_pt = 0.0
        top = list(block.return_lines) or [""]
        for index, line in enumerate(top):
            yield _p(line, RETURN_SIZE, RETURN_LINE, page_break=number > 0 and index == 0)
            used_pt += RETURN_LINE
        if block.air_mail:
            yield _p(AIR_MAIL_MARK, MARK_SIZE, MARK_LINE, bold=True, before_pt=4)
            used_pt += MARK_LINE + 4
        target_pt = (layout["address_top"] - ENVELOPE_MARGIN_MM) * 72 / 25.4
        before = max(6.0, target_pt - used_pt)
        indent = layout["address_left"] - ENVELOPE_MARGIN_MM
        for index, line in enumerate(block.recipient_lines):
            last = index == len(block.recipient_lines) - 1
            yield _p(line, ADDRESS_SIZE, ADDRESS_LINE, indent_mm=indent, before_pt=before if index == 0 else 0,
                     rtl=block.right_to_left, keep=not last, bold=last and line.isupper())


def labels_docx_bytes(blocks: list[AddressBlock], sheet: LabelSheet = A4_3X7, first_position: int = 1,
                      with_return_address: bool = True) -> bytes:
    """One label per block on sheets of `sheet`, starting at label
    `first_position` (1 = top left) so a partly used sheet can be finished."""
    return run_to_end(labels_docx_steps(blocks, sheet, first_position, with_return_address))


def labels_docx_steps(blocks: list[AddressBlock], sheet: LabelSheet = A4_3X7, first_position: int = 1,
                      with_return_address: bool = True) -> Generator[int, None, bytes]:
    """`labels_docx_bytes` in steps (`docx_stream.docx_steps`, a row of labels a chunk)."""
    from docx.shared import Mm

    first_position = max(1, min(first_position, sheet.per_sheet))
    document = _blank_document()
    section = document.sections[0]
    section.page_width, section.page_height = Mm(sheet.page_mm[0]), Mm(sheet.page_mm[1])
    section.top_margin = Mm(sheet.top_mm)
    section.bottom_margin = Mm(max(1.0, sheet.page_mm[1] - sheet.top_mm - sheet.rows * sheet.label_height_mm - 1))
    section.left_margin = Mm(sheet.left_mm)
    section.right_margin = Mm(max(1.0, sheet.page_mm[0] - sheet.left_mm - sheet.columns * sheet.label_width_mm
                                  - (sheet.columns - 1) * sheet.column_gap_mm - 0.5))
    section.header_distance = section.footer_distance = Mm(0)

    cells: list[AddressBlock | None] = [None] * (first_position - 1) + list(blocks)
    while len(cells) % sheet.columns:
        cells.append(None)
    widths = []
    for column in range(sheet.columns):
        if column:
            widths.append(sheet.column_gap_mm)
        widths.append(sheet.label_width_mm)
    grid = "".join(f'<w:gridCol w:w="{_tw(w)}"/>' for w in widths)
    row_height = _tw(sheet.label_height_mm)

    def rows() -> Iterator[str]:  # a generator: the DOCX is written row by row
        for start in range(0, len(cells), sheet.columns):
            row_cells = []
            for column, block in enumerate(cells[start:start + sheet.columns]):
                if column:
                    row_cells.append(_cell(sheet.column_gap_mm, [_p("", 2, 2, keep=False)]))
                row_cells.append(_cell(sheet.label_width_mm, _label_paragraphs(block, with_return_address)))
            yield (f'<w:tr><w:trPr><w:cantSplit/><w:trHeight w:val="{row_height}" w:hRule="exact"/></w:trPr>'
                   + "".join(row_cells) + "</w:tr>")

    table_head = ('<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/><w:tblInd w:w="0" w:type="dxa"/>'
                  '<w:tblLayout w:type="fixed"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/>'
                  '<w:left w:w="0" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="0" w:type="dxa"/>'
                  f'</w:tblCellMar></w:tblPr><w:tblGrid>{grid}</w:tblGrid>')
    return (yield from docx_steps(document, chain([table_head], rows(), ["</w:tbl>", _p("", 1, 1, keep=False)]),
                                  every=200))


LABEL_PADDING_MM = 3


def label_lines(block: AddressBlock, with_return_address: bool = True) -> list[tuple[str, str]]:
    """The label's lines, each with its kind: "return", "mark" or "address"."""
    lines: list[tuple[str, str]] = []
    if with_return_address and block.return_lines:
        lines.append(("return", _("From: {address}").format(address=", ".join(block.return_lines))))
    if block.air_mail:
        lines.append(("mark", AIR_MAIL_MARK))
    lines.extend(("address", line) for line in block.recipient_lines)
    return lines


#: About how many characters of 9 pt text fit across a label.
LABEL_CHARS_AT_9PT = 38


def label_font_size(block: AddressBlock) -> tuple[float, float]:
    """Font size and line height (pt) for the address on a label: 9 pt,
    smaller (down to 6.5 pt) for long lines or many lines."""
    longest = max((len(line) for line in block.recipient_lines), default=0)
    size = 9.0 if longest <= LABEL_CHARS_AT_9PT else max(6.5, 9.0 * LABEL_CHARS_AT_9PT / longest)
    if len(block.recipient_lines) > 6:
        size = min(size, 8.0)
    size = round(size * 2) / 2
    return size, round(size * 1.17, 1)


def _label_paragraphs(block: AddressBlock | None, with_return_address: bool) -> list[str]:
    if block is None:
        return [_p("", 2, 2, keep=False)]
    lines = label_lines(block, with_return_address)
    size, line_pt = label_font_size(block)
    out = []
    for index, (kind, text) in enumerate(lines):
        before = 5 if index == 0 else 0
        if kind == "return":
            out.append(_p(text, 6.5, 8, indent_mm=LABEL_PADDING_MM, before_pt=before))
        elif kind == "mark":
            out.append(_p(text, 7, 9, bold=True, indent_mm=LABEL_PADDING_MM, before_pt=before))
        else:
            out.append(_p(text, size, line_pt, indent_mm=LABEL_PADDING_MM, before_pt=before,
                          rtl=block.right_to_left))
    return out


def _cell(width_mm: float, paragraphs: list[str]) -> str:
    return (f'<w:tc><w:tcPr><w:tcW w:w="{_tw(width_mm)}" w:type="dxa"/><w:vAlign w:val="top"/></w:tcPr>'
            + "".join(paragraphs) + "</w:tc>")


def _blank_document():
    from docx import Document

    document = Document()
    document.core_properties.author = ""
    document.core_properties.comments = ""
    return document
