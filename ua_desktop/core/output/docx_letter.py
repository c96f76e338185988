"""A letter as a one-page postal letter in DOCX.

The DOCX is built from the letter's blocks, so what the user edited is what
is saved, following the layout in `ua_desktop.core.letters.layout` (shared
with the printout), by the batch's writer (`docx_batch`) with one letter.
Page size is A4 unless the caller asks for Letter. The font named covers the letter's script and is
set for Latin, East-Asian and complex-script text alike; right-to-left
letters get paragraph direction (w:bidi) and run direction (w:rtl).
"""

from __future__ import annotations

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
    """The letter alone in a DOCX: a batch of one (`docx_batch.BatchDocx`),
    so one writer lays out the single letter and the batch alike."""
    from ua_desktop.core.output.docx_batch import BatchDocx

    document = BatchDocx(page_size, main_font=letter.font, font_size_pt=font_size_pt)
    document.add(letter)
    return document.to_bytes()


def save_letter_docx(letter: Letter, path: Path | str, page_size: str = "A4") -> None:
    """Write the DOCX atomically; raises `ua_desktop.core.storage.atomic.SaveError`."""
    write_bytes_atomically(Path(path), letter_to_docx_bytes(letter, page_size=page_size))


def save_letter_text(letter: Letter, path: Path | str) -> None:
    """Plain UTF-8 text, exactly the letter's words."""
    from ua_desktop.core.storage.atomic import write_text_atomically

    write_text_atomically(Path(path), letter.text)
