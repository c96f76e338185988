"""How a letter is laid out on the page, as data: its blocks become
paragraph descriptions (text, spacing, list indents) that the single DOCX
(`docx_export`), the batch DOCX (`docx_batch`) and the printout
(`ua_desktop.gui.printing.render`) all follow, so what prints matches the DOCX.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from ua_desktop.core.letters.letter import Letter, is_list_block, list_item_text
from ua_desktop.core.text import clean_text

# The letter's measures.
MARGIN_LEFT_RIGHT_MM = 25
MARGIN_TOP_BOTTOM_MM = 20
FONT_SIZE_PT = 12
SPACE_AFTER_PT = 8
TIGHT_SPACE_AFTER_PT = 2
SIGNATURE_SPACE_BEFORE_PT = 20
LINE_SPACING = 1.08
LIST_INDENT_MM = 7
LIST_HANGING_MM = 5
LIST_DASH = "–"


@dataclass(frozen=True)
class ParagraphSpec:
    """One paragraph of a letter as both the DOCX and the printout make it."""

    text: str  # "\n" is a line break, "\t" a tab
    space_before_pt: float = 0
    space_after_pt: float = SPACE_AFTER_PT
    keep_with_next: bool = False
    list_item: bool = False  # indented LIST_INDENT_MM, hanging LIST_HANGING_MM, tab at LIST_INDENT_MM


def letter_paragraphs(letter: Letter) -> list[ParagraphSpec]:
    """The paragraphs of `letter`. Each block is a paragraph, its lines
    joined by line breaks; lines starting with "– " become indented list
    items, the line above them stays a paragraph of its own; a short last
    block (the signature) gets room above it to sign."""
    paragraphs: list[ParagraphSpec] = []
    blocks = letter.blocks
    last = len(blocks) - 1
    for block_index, block in enumerate(blocks):
        paragraphs.extend(_block_paragraphs(tuple(block), block_index == last and block_index > 0))
    return paragraphs


@lru_cache(maxsize=1024)
def _block_paragraphs(block: tuple[str, ...], signature: bool) -> tuple[ParagraphSpec, ...]:
    """The paragraphs of one block (`signature`: the letter's last block).
    Cached: in a batch most blocks are the same in every letter."""
    paragraphs: list[ParagraphSpec] = []
    block = tuple(clean_text(line) for line in block)
    for is_list, lines in _runs(block):
        if is_list:
            for index, line in enumerate(lines):
                after = SPACE_AFTER_PT if index == len(lines) - 1 else TIGHT_SPACE_AFTER_PT
                paragraphs.append(ParagraphSpec(LIST_DASH + "\t" + list_item_text(line),
                                                space_after_pt=after, list_item=True))
        else:
            before = SIGNATURE_SPACE_BEFORE_PT if signature and len(lines) <= 3 else 0
            tight = len(lines) < len(block)
            paragraphs.append(ParagraphSpec("\n".join(lines), space_before_pt=before,
                                            space_after_pt=TIGHT_SPACE_AFTER_PT if tight else SPACE_AFTER_PT,
                                            keep_with_next=tight))
    return tuple(paragraphs)


def _runs(block: tuple[str, ...]) -> list[tuple[bool, tuple[str, ...]]]:
    """Ordinary lines and list lines in turn."""
    runs: list[tuple[bool, list[str]]] = []
    for line in block:
        is_list = is_list_block((line,))
        if runs and runs[-1][0] == is_list:
            runs[-1][1].append(line)
        else:
            runs.append((is_list, [line]))
    return [(is_list, tuple(lines)) for is_list, lines in runs]
