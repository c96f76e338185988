"""Test helpers for the importer tests: fixture paths and a tiny PDF writer
(no extra dependency), so PDFs are made inside the tests."""

from __future__ import annotations

import zlib
from pathlib import Path

FIXTURES = Path(__file__).parent / "fixtures"
SEED = Path("/work/shared/seed/ua-2010-askarov-kyrgyzstan.txt")
SAMPLES = Path("/work/shared/samples")
REPO = Path(__file__).resolve().parents[2]


def seed_path() -> Path:
    """The seed sheet: the shared copy, else the one kept beside the tests."""
    return SEED if SEED.exists() else FIXTURES / "seed-ua-2010-askarov-kyrgyzstan.txt"


def _pdf_string(text: str) -> str:
    data = text.encode("cp1252", errors="replace").decode("latin-1")
    return "(" + data.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ")"


_HELVETICA = dict(zip(
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789 .,:;-@+/()'!?&%[]",
    [667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778, 667, 778, 722, 667, 611, 722, 667,
     944, 667, 667, 611, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, 556, 556, 333,
     500, 278, 556, 500, 722, 500, 500, 500] + [556] * 10 + [278, 278, 278, 278, 278, 333, 1015, 584, 278, 333, 333,
                                                            191, 278, 556, 667, 889, 278, 278],
))


def text_width(text: str) -> float:
    """Helvetica advance widths (AFM), in text space units per point of font size."""
    return sum(_HELVETICA.get(ch, 556) for ch in text) / 1000


def make_pdf(pages: list[list[tuple[float, float, str]]], *, font_size: float = 10, compress: bool = True,
             images_only: bool = False, word_level: bool = False) -> bytes:
    """A minimal valid PDF. Each page is a list of (x, y, text) placed with Helvetica.
    `images_only` makes pages that draw a rectangle and no text (like a scan)."""
    objects: list[bytes] = []

    def add(body: bytes) -> int:
        objects.append(body)
        return len(objects)

    font = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    pages_id = len(objects) + 1 + 2 * len(pages)  # allocated after page objects
    kids = []
    for items in pages:
        if images_only:
            ops = "0.5 g 50 50 500 700 re f"
        else:
            ops = f"BT /F1 {font_size:g} Tf "
            if word_level:  # each word placed on its own, as many PDF producers do
                placed = []
                for x, y, t in items:
                    cursor = x
                    for word in t.split(" "):
                        if word:
                            placed.append((cursor, y, word))
                        cursor += (text_width(word) + text_width(" ")) * font_size
                items = placed
            ops += " ".join(f"1 0 0 1 {x:g} {y:g} Tm {_pdf_string(t)} Tj" for x, y, t in items)
            ops += " ET"
        raw = ops.encode("latin-1")
        if compress:
            stream = zlib.compress(raw)
            content = add(b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream + b"\nendstream")
        else:
            content = add(b"<< /Length %d >>\nstream\n" % len(raw) + raw + b"\nendstream")
        page = add(
            b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 %d 0 R >> >> /Contents %d 0 R >>"
            % (pages_id, font, content)
        )
        kids.append(page)
    assert len(objects) + 1 == pages_id
    add(b"<< /Type /Pages /Kids [" + b" ".join(b"%d 0 R" % k for k in kids) + b"] /Count %d >>" % len(kids))
    catalog = add(b"<< /Type /Catalog /Pages %d 0 R >>" % pages_id)
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, catalog, xref)
    return bytes(out)


def text_to_pdf_pages(text: str, *, lines_per_page: int = 60, top: float = 750, left: float = 56,
                      leading: float = 12) -> list[list[tuple[float, float, str]]]:
    """Lay plain text out as single-column pages."""
    lines = text.split("\n")
    pages = []
    for start in range(0, len(lines), lines_per_page):
        chunk = lines[start:start + lines_per_page]
        pages.append([(left, top - i * leading, line) for i, line in enumerate(chunk) if line.strip()])
    return pages
