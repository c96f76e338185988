"""Importing Urgent Action sheets: PDF, DOCX, text, web pages and emails in,
an `ImportResult` (a `Case` plus what was unsure or missing) out. No Qt here.

Modules, one job each: `extract` (file -> text with its layout), `normalize` (extraction
damage), `sections` (zones of a sheet by its headings), `block_roles` (what each block is,
scored by cues with the headings as one of them), `markers` (heading words per language, data), `recipients`, `people`, `asks`,
`dates`, `lexicon` (country and language names), `recipient_names` (office
words, names, courtesy titles), `line_shapes` (capitals,
reference lines), `pasted_columns` (pasted text in columns) and `parser`
(puts it together). The `ua-desktop import` command lives in `ua_desktop.cli.import_sheet`.
"""

from __future__ import annotations

import os

from .errors import SheetImportError
from .parser import import_text
from .result import FieldNote, ImportResult
from .extract import read_source

__all__ = [
    "FieldNote",
    "ImportResult",
    "SheetImportError",
    "import_file",
    "import_text",
]


def import_file(path: str | os.PathLike) -> ImportResult:
    """Import a sheet from a .pdf, .docx or .txt file (the content is sniffed, not only the name)."""
    return import_text(read_source(path))
