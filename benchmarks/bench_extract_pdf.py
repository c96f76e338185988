"""Time and check PDF extraction: pypdfium2 (ours) beside pypdf (the code it replaced), same run.

    python benchmarks/bench_extract_pdf.py [N]

Two three-page sheets, two recipient blocks side by side on page 1, background in two columns on pages 2-3:
one written by Qt's PDF writer (glyph by glyph, DejaVu Serif, as word
processors write), one by the tests' small PDF writer (Helvetica, a line per
text object). For each: the median of N runs (default 20) of pypdf's plain
extract_text, pypdf's layout mode plus the column split the old importer
used, our extraction, and the whole import (extraction + parsing); and
whether each extraction reads the two recipients one after the other with
single spaces between words, and the import finds both recipients.
"""

from __future__ import annotations

import io
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "importer"))
sys.path.insert(0, str(ROOT / "benchmarks"))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from baseline_pypdf import pypdf_layout_text  # noqa: E402
from importer_helpers import make_pdf  # noqa: E402
from qt_pdf import drawn_pdf, ensure_app, two_column_pages  # noqa: E402
from test_importer_sources import HEAD, LEFT, RIGHT, TAIL  # noqa: E402

from ua_desktop.core.importer import SheetImportError, import_text  # noqa: E402
from ua_desktop.core.importer.extract import text_from_bytes  # noqa: E402


def median_ms(function, runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        function()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def pypdf_plain(data: bytes) -> str:
    from pypdf import PdfReader

    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def reads_columns_apart(text: str) -> bool:
    lines = [" ".join(line.split()) for line in text.split("\n") if line.strip()]
    try:
        return (lines.index("Yury Chaika") > lines.index("Salutation: Dear Minister") and "\t" not in text
                and lines.index("Further 2.1: his family was not told where he is.")
                > lines.index("Background 2.40: the journalist wrote about officials."))
    except ValueError:
        return False


def safe_import(text: str):
    try:
        return import_text(text)
    except SheetImportError:  # the old importer refuses some of these: counts as nothing found
        return None


def recipients_found(text: str) -> int:
    result = safe_import(text)
    return 0 if result is None else sum(r.name in ("Rashid Nurgaliev", "Yury Chaika") for r in result.case.recipients)


def sheets() -> dict[str, bytes]:
    """Page 1: the head, two recipients side by side, the tail; pages 2 and 3: background in two columns."""
    ensure_app()
    pages = two_column_pages(HEAD, LEFT, RIGHT, TAIL)
    for page in (2, 3):
        left = [f"Background {page}.{i}: the journalist wrote about officials." for i in range(1, 41)]
        right = [f"Further {page}.{i}: his family was not told where he is." for i in range(1, 41)]
        pages += two_column_pages([f"Background information, page {page}"], left, right, [])
    helvetica = [[(x, 842 - y, t) for x, y, t in page] for page in pages]
    return {"Qt PDF writer": drawn_pdf(pages, size=9), "small PDF writer": make_pdf(helvetica, font_size=9)}


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 20
    for data in sheets().values():
        text_from_bytes(data, "warm.pdf"), pypdf_plain(data), import_text(text_from_bytes(data, "warm.pdf"))
    for label, data in sheets().items():
        print(f"Three-page two-column sheet from the {label}, median of {runs} runs:")
        for name, extract in (("pypdf plain extract_text (baseline)", pypdf_plain),
                              ("pypdf layout + column split (the replaced code)", pypdf_layout_text),
                              ("pypdfium2 + layout.py (ours)", lambda d: text_from_bytes(d, "sheet.pdf"))):
            ms = median_ms(lambda: extract(data), runs)
            text = extract(data)
            whole = median_ms(lambda: safe_import(extract(data)), max(3, runs // 4))
            print(f"  {name:<50} {ms:7.2f} ms  whole import {whole:7.2f} ms  columns apart: "
                  f"{'yes' if reads_columns_apart(text) else 'no ':<3}  recipients found: {recipients_found(text)}/2")


if __name__ == "__main__":
    main()
