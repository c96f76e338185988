"""Text laid out in columns with spaces (pdftotext -layout, a pasted table, a
plain-text sheet typed in two columns): each character cell becomes a
position and the words go through the same layout reading as a PDF's
(`layout.py`), so two recipients side by side come out one after the other.
Tabs should be expanded first."""

from __future__ import annotations

import re

from .layout import Word, page_blocks
from .model import join_blocks

_CELL = 2.0  # points per character: three spaces make a gap wider than SEGMENT_GAP font sizes
_SIZE = 4.0
_PITCH = 3.0 * _SIZE / 4.0  # closer than the line-grouping tolerance can join, a blank line reads as a gap
_TOKEN = re.compile(r"\S+")


def text_words(text: str) -> list[Word]:
    words = []
    for row, line in enumerate(text.split("\n")):
        for match in _TOKEN.finditer(line):
            words.append(Word(match.group(), match.start() * _CELL, match.end() * _CELL, -row * _PITCH, _SIZE))
    return words


def split_columns(text: str) -> str:
    """The text with each two-column band read left column first; blocks separated by blank lines."""
    return join_blocks(page_blocks(text_words(text), 0))
