"""Regenerate the blank letter documents ``resources/docx/blank-letter-*.docx``
that every letter's DOCX is made from (`core.output.docx_batch.letter_package`),
with python-docx, one per page size, with a stand-in for the font (the parts
that hold it marked in their zip comment, see `docx_stream.package_from_docx`).

Run after changing `new_letter_document` or upgrading python-docx:
``python3 tools/make_blank_letters.py`` (``tests/core/test_export_and_email.py``
tells when a saved one is stale).
"""

from __future__ import annotations

import io
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from ua_desktop.core.output.docx_batch import (  # noqa: E402
    BLANK_FONT_MARK,
    blank_letter_document,
    blank_letter_name,
)
from ua_desktop.core.output.docx_letter import PAGE_SIZES_MM  # noqa: E402
from ua_desktop.core.output.docx_stream import REPLACE_HERE, blank_docx_bytes  # noqa: E402
from ua_desktop.core.storage.atomic import write_bytes_atomically  # noqa: E402


def marked(data: bytes, mark: bytes) -> bytes:
    """The zip file `data`, deflated, with the parts that hold `mark` marked
    `REPLACE_HERE` (`letter_package` replaces it there; the others are
    copied as they are compressed)."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            content = source.read(info.filename)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.comment = REPLACE_HERE if mark in content else b""
            target.writestr(info, content)
    return out.getvalue()


def main() -> int:
    folder = ROOT / "resources" / "docx"
    folder.mkdir(exist_ok=True)
    for page_size in PAGE_SIZES_MM:
        path = folder / blank_letter_name(page_size)
        blank = blank_docx_bytes(blank_letter_document(page_size, BLANK_FONT_MARK))
        write_bytes_atomically(path, marked(blank, BLANK_FONT_MARK.encode()))
        print(f"wrote {path.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
