"""The PDF text extraction the importer used before pypdfium2 (sources.py until
commit aa3c210): pypdf's layout mode, then a gutter search in the fixed-width
text. A frozen copy, kept only as the baseline of bench_extract_pdf.py."""

from __future__ import annotations

import io
import re


def pypdf_layout_text(data: bytes) -> str:
    from pypdf import PdfReader

    return "\n\f\n".join(split_columns(page.extract_text(extraction_mode="layout", layout_mode_space_vertically=True))
                         for page in PdfReader(io.BytesIO(data)).pages)


_GAP = re.compile(r"(?<=\S)( {4,})(?=\S)")  # between columns; words are rarely 4 spaces apart


def split_columns(text: str) -> str:
    """Find a column gutter in fixed-width text and read each two-column
    band left column first, right column second."""
    lines = [line.rstrip() for line in text.split("\n")]
    width = max((len(line) for line in lines), default=0)
    if width < 20:
        return "\n".join(line.strip() for line in lines)
    starts: dict[int, int] = {}
    for line in lines:
        for m in _GAP.finditer(line):
            if width * 0.25 <= m.end() <= width * 0.8 and len(m.group(1)) >= 6:
                starts[m.end() // 4] = starts.get(m.end() // 4, 0) + 1
    gutter = None
    if starts:
        bucket = max(starts, key=lambda b: starts[b] + starts.get(b - 1, 0) + starts.get(b + 1, 0))
        count = starts[bucket] + starts.get(bucket - 1, 0) + starts.get(bucket + 1, 0)
        if count >= 3:
            gutter = bucket * 4
    if gutter is None:
        return "\n".join(line.strip() for line in lines)
    low, high = gutter - 16, gutter + 16
    out: list[str] = []
    left: list[str] = []
    right: list[str] = []

    def flush() -> None:
        if left or right:
            out.extend(left)
            out.append("")
            out.extend(right)
            out.append("")
            left.clear()
            right.clear()

    def two_column_row(line: str) -> bool:
        indent = len(line) - len(line.lstrip())
        return bool(line.strip()) and (indent >= low or any(low <= m.end() <= high for m in _GAP.finditer(line)))

    rows = [two_column_row(line) for line in lines]

    def in_band(index: int) -> bool:
        """A two-column row counts only beside another one (not a stray wide gap)."""
        return any(rows[j] for j in range(max(0, index - 4), min(len(rows), index + 5)) if j != index)

    for index, line in enumerate(lines):
        if not line.strip():
            if left or right:
                left.append("")
                right.append("")
            else:
                out.append("")
            continue
        banded = rows[index] and in_band(index)
        split = next((m for m in _GAP.finditer(line) if low <= m.end() <= high), None) if banded else None
        indent = len(line) - len(line.lstrip())
        if split:
            left.append(line[:split.start()].strip())
            right.append(line[split.end():].strip())
        elif banded and indent >= low:
            right.append(line.strip())
        elif (left or right) and len(line) <= gutter and (
                (left and left[-1] != "") or any(two_column_row(l) for l in lines[index + 1:index + 5])):
            left.append(line.strip())
        else:
            flush()
            out.append(line.strip())
    flush()
    text = "\n".join(out)
    return re.sub(r"\n{3,}", "\n\n", text)
