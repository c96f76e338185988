"""Pasted text laid out in columns or with tabs between words (as pypdf and
spreadsheets write it), made into plain lines before a sheet is parsed."""

from __future__ import annotations

import re


_SINGLE_TAB = re.compile(r"(?<=\S)\t(?=\S)")


def tabs_between_words_as_spaces(text: str) -> str:
    """Tabs between words (pypdf's way of spacing words) become spaces: on every line when most
    lines with a tab have several, else on the lines that have several. A run of tabs, or the
    one tab of a line among lines of one tab, is a gap between columns and stays."""
    lines = text.split("\n")
    counts = [len(_SINGLE_TAB.findall(line)) for line in lines if "\t" in line]
    everywhere = sum(1 for c in counts if c >= 2) * 2 > len(counts)
    if everywhere:  # the text is spaced with tabs: they say nothing about columns
        return re.sub(r"[ \t]*\t[ \t]*", " ", text)
    return "\n".join(_SINGLE_TAB.sub(" ", line) if len(_SINGLE_TAB.findall(line)) >= 2 else line for line in lines)


_COLUMN_GAP = re.compile(r"\S(?: {3,}|\t)(?=\S)")
_TAB_GAP = re.compile(r"(?<=\S)\s*\t\s*(?=\S)")


def looks_like_columns(text: str) -> bool:
    """Two lines out of three in a row with a wide gap before the same column: a band of two
    columns (a single line "UA 131/21   ASA 35/4702/2021", or gaps at random places, is not)."""
    starts = [_column_gaps(line.expandtabs(8)) for line in text.split("\n")]
    for i, here in enumerate(starts):
        for other in starts[i + 1:i + 3]:
            if any(abs(a - b) <= 2 for a in here for b in other):
                return True
    return False


def _column_gaps(line: str) -> set[int]:
    """Where the right cells start on a line of columns: one or two wide gaps among words
    otherwise spaced singly (text spaced wide everywhere is not in columns)."""
    gaps = {m.end() for m in _COLUMN_GAP.finditer(line)}
    singles = len(re.findall(r"\S \S", line))
    return gaps if 0 < len(gaps) <= 2 and singles >= len(gaps) else set()


def tab_columns(text: str) -> str:
    """Lines split by a tab into two cells, several in a row (a two-column table pasted or read
    by pypdf): the left cells, then the right ones. Tab stops do not line columns up, positions can't."""
    out: list[str] = []
    left: list[str] = []
    right: list[str] = []

    def flush() -> None:
        if len(left) >= 2:
            out.extend(left + [""] + right + [""])
        else:
            out.extend(f"{a} {b}" for a, b in zip(left, right))
        left.clear()
        right.clear()

    for line in text.split("\n"):
        cells = _TAB_GAP.split(line.strip(), maxsplit=1)
        if len(cells) == 2 and len(_TAB_GAP.findall(line.strip())) == 1:
            left.append(cells[0])
            right.append(cells[1])
            continue
        flush()
        out.append(line)
    flush()
    return "\n".join(out)
