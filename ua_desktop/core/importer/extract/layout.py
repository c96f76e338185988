"""From positioned words to blocks in reading order: lines by baseline,
segments at wide gaps, a column gutter where segments of several lines start
at the same place, and bands in columns read column by column from the left
(two, three or more: each side of a gutter is searched for a gutter again). Positions are
PDF points with y growing upwards. Used by `pdf.py`; no PDF library here."""

from __future__ import annotations

import statistics
from typing import NamedTuple

from .model import Block

SEGMENT_GAP = 1.2  # a gap wider than this many font sizes separates segments of a line
ALIGN = 6.0  # points: segments starting this close count as aligned
BLOCK_GAP = 1.45  # a line pitch wider than this many typical pitches starts a new block


class Word(NamedTuple):
    text: str
    x0: float
    x1: float
    baseline: float
    size: float
    bold: bool = False


class Segment(NamedTuple):
    text: str
    x0: float
    x1: float


class Line(NamedTuple):
    baseline: float
    size: float
    segments: tuple[Segment, ...]
    bold: bool = False  # every word bold

    @property
    def x0(self) -> float:
        return self.segments[0].x0

    @property
    def text(self) -> str:
        return " ".join(segment.text for segment in self.segments)


def group_lines(words: list[Word]) -> list[Line]:
    """Words on one baseline (within a third of the font size) form a line, top to bottom."""
    rows: list[list[Word]] = []
    for word in sorted(words, key=lambda w: -w.baseline):
        if rows and abs(rows[-1][0].baseline - word.baseline) <= 0.35 * max(word.size, rows[-1][0].size):
            rows[-1].append(word)
        else:
            rows.append([word])
    lines = []
    for row in rows:
        row.sort(key=lambda w: w.x0)
        size = statistics.median(w.size for w in row)
        segments, current = [], [row[0]]
        for word in row[1:]:
            if word.x0 - current[-1].x1 > SEGMENT_GAP * size:
                segments.append(_segment(current))
                current = [word]
            else:
                current.append(word)
        segments.append(_segment(current))
        lines.append(Line(row[0].baseline, size, tuple(segments), all(w.bold for w in row)))
    return lines


def _segment(words: list[Word]) -> Segment:
    return Segment(" ".join(w.text for w in words), words[0].x0, max(w.x1 for w in words))


def find_gutter(lines: list[Line]) -> float | None:
    """The x where the right column starts: segments of at least two lines start there, after another segment.
    A window ALIGN wide slides over the sorted starts, counting the lines in it (linear time)."""
    starts = sorted((segment.x0, index) for index, line in enumerate(lines) for segment in line.segments[1:])
    best, best_lines = None, 1
    in_window: dict[int, int] = {}
    low = 0
    for x, index in starts:
        in_window[index] = in_window.get(index, 0) + 1
        while x - starts[low][0] > ALIGN:
            gone = starts[low][1]
            in_window[gone] -= 1
            if not in_window[gone]:
                del in_window[gone]
            low += 1
        if len(in_window) > best_lines:
            best, best_lines = starts[low][0], len(in_window)
    return best


def _side(line: Line, gutter: float) -> str:
    """"cross" if a segment runs over the gutter, else which sides hold text: "left", "right", "both"."""
    left = right = False
    for segment in line.segments:
        if segment.x0 >= gutter - ALIGN:
            right = True
        elif segment.x1 > gutter - 1:
            return "cross"
        else:
            left = True
    return "both" if left and right else ("right" if right else "left")


def split_bands(lines: list[Line], gutter: float, pitch: float) -> list[tuple[int, int]]:
    """(start, end) index ranges of the two-column bands."""
    sides = [_side(line, gutter) for line in lines]
    bands, index = [], 0
    while index < len(lines):
        if sides[index] not in ("both", "right"):
            index += 1
            continue
        start = end = index
        while start > 0 and sides[start - 1] == "left" and not _gap(lines, start, pitch):
            start -= 1  # the left column may start higher than the right one
        while end + 1 < len(lines) and sides[end + 1] != "cross" and (
                sides[end + 1] != "left" or not _gap(lines, end + 1, pitch)):
            end += 1
        while end > index and sides[end] == "left" and _gap_before_any_right(lines, sides, index, end, pitch):
            end -= 1
        if sum(s != "left" for s in sides[start:end + 1]) >= 2 and not _form(lines[start:end + 1], gutter):
            bands.append((start, end))
        index = end + 1
    return bands


def _form(lines: list[Line], gutter: float) -> bool:
    """Labels on the left, values on the right ("Fax:      +7 495 ..."): one table, read row by row."""
    labels = [segment.text for line in lines for segment in line.segments[:1] if segment.x1 <= gutter - 1]
    return bool(labels) and sum(label.endswith(":") for label in labels) >= 0.6 * len(labels)


def _gap(lines: list[Line], index: int, pitch: float) -> bool:
    """Whether a wider space than usual separates line `index` from the line above."""
    return index > 0 and lines[index - 1].baseline - lines[index].baseline > BLOCK_GAP * pitch


def _gap_before_any_right(lines, sides, start, end, pitch) -> bool:
    """A left-only line at the end of a band stays in it only if no blank gap lies between it and the last right-side line."""
    last_right = max(i for i in range(start, end + 1) if sides[i] != "left")
    return any(_gap(lines, i, pitch) for i in range(last_right + 1, end + 1))


def typical_pitch(lines: list[Line]) -> float:
    pitches = [a.baseline - b.baseline for a, b in zip(lines, lines[1:]) if 0 < a.baseline - b.baseline < 3 * a.size]
    return statistics.median(pitches) if pitches else 14.0


MAX_SPLITS = 3  # a band's columns are split again at most this deep: up to eight columns


def page_blocks(words: list[Word], page: int) -> list[Block]:
    """The page's blocks in reading order."""
    if not words:
        return []
    lines = group_lines(words)
    pitch = typical_pitch(lines)
    blocks: list[Block] = []
    for column, run in column_runs(lines, pitch):
        blocks.extend(_blocks(run, pitch, page, column))
    return blocks


def column_runs(lines: list[Line], pitch: float, depth: int = 0) -> list[tuple[int, list[Line]]]:
    """The lines as runs in reading order, each with its column (0 full width, else 1, 2, 3... from the
    left). A band in columns is split at its best gutter, and each side is read the same way again, so a
    three-column band splits into one column and a two-column band, which splits in turn."""
    gutter = find_gutter(lines) if depth < MAX_SPLITS else None
    bands = split_bands(lines, gutter, pitch) if gutter is not None else []
    if not bands:
        return [(0, lines)] if lines else []
    runs: list[tuple[int, list[Line]]] = []
    index = 0
    for start, end in bands:
        if index < start:
            runs.append((0, lines[index:start]))
        band, column = lines[start:end + 1], 1
        for keep in (lambda s: s.x0 < gutter - ALIGN, lambda s: s.x0 >= gutter - ALIGN):  # as _side
            part = [Line(line.baseline, line.size, tuple(s for s in line.segments if keep(s)), line.bold) for line in band]
            inner = column_runs([line for line in part if line.segments], pitch, depth + 1)
            runs.extend((column + max(number - 1, 0), run) for number, run in inner)
            column += max((number for number, _run in inner), default=1) or 1
        index = end + 1
    if index < len(lines):
        runs.append((0, lines[index:]))
    return runs


def _blocks(lines: list[Line], pitch: float, page: int, column: int) -> list[Block]:
    blocks, current = [], []
    for line in lines:
        if current and (current[-1].baseline - line.baseline > BLOCK_GAP * pitch
                        or abs(current[-1].size - line.size) > 0.15 * line.size
                        or (current[-1].bold and not line.bold and current[-1].text.endswith(":"))):
            blocks.append(_block(current, page, column))
            current = []
        current.append(line)
    if current:
        blocks.append(_block(current, page, column))
    return blocks


def _block(lines: list[Line], page: int, column: int) -> Block:
    text = "\n".join(line.text for line in lines)
    letters = [ch for ch in text if ch.isalpha()]
    heading = len(lines) <= 2 and len(text) < 120 and bool(letters) and (
        all(ch.isupper() for ch in letters) or all(line.bold for line in lines))
    return Block(text, is_heading=heading, column=column, page=page)
