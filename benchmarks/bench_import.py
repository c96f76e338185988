"""Time importing a three-page Urgent Action sheet (PDF) and the same sheet as text.

    python benchmarks/bench_import.py [N]

Prints the median of N runs (default 30) for: reading the file's bytes, pypdf's
own text extraction, our text extraction (pypdfium2, columns from word positions), and the
full import; the first two are baselines from the same run. The PDF is the seed
sheet laid out over three pages by the tests' small PDF writer.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "importer"))

from importer_helpers import make_pdf, seed_path, text_to_pdf_pages

from ua_desktop.core.importer import import_file, import_text
from ua_desktop.core.importer.extract import read_source


def median_ms(function, runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        function()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 30
    text = seed_path().read_text(encoding="utf-8")
    pages = text_to_pdf_pages(text.replace("\uf0ae", "•"), lines_per_page=45)
    with tempfile.TemporaryDirectory() as folder:
        pdf = Path(folder) / "sheet.pdf"
        pdf.write_bytes(make_pdf(pages))
        txt = Path(folder) / "sheet.txt"
        txt.write_text(text, encoding="utf-8")

        start = time.perf_counter()
        import_file(pdf)  # first call: loads pypdfium2, Babel's country and language names
        first = (time.perf_counter() - start) * 1000

        def pypdf_plain():
            from pypdf import PdfReader

            for page in PdfReader(str(pdf)).pages:
                page.extract_text()

        rows = [
            ("read the PDF's bytes (baseline)", median_ms(pdf.read_bytes, runs)),
            ("pypdf plain extract_text, all pages (baseline)", median_ms(pypdf_plain, runs)),
            ("our PDF text extraction (pypdfium2 + layout.py)", median_ms(lambda: read_source(pdf), runs)),
            ("full import of the PDF (import_file)", median_ms(lambda: import_file(pdf), runs)),
            ("full import of the same sheet as text (import_text)", median_ms(lambda: import_text(text), runs)),
        ]
    print(f"Three-page sheet, {len(pages)} PDF pages, median of {runs} runs:")
    for label, ms in rows:
        print(f"  {label:<55} {ms:8.2f} ms")
    print(f"  {'first import in a fresh process (loads data)':<55} {first:8.2f} ms")


if __name__ == "__main__":
    main()
