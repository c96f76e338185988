"""A DOCX whose body is written as WordprocessingML text, streamed.

python-docx sets up everything around the body (styles, page, document
properties); the body's paragraphs and tables go into the compressed
`word/document.xml` as they come, as text, never parsed into python-docx or
lxml objects. Time and memory grow with the text alone, and only its
compressed form is held. (Appending a parsed fragment to python-docx's body
costs time growing with the square of a table's size, and an lxml tree of
10,000 letters holds hundreds of megabytes.)
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterable

from ua_desktop.core.text import xml_safe

DOCUMENT_PART = "word/document.xml"
#: Chunks joined before each write into the compressed part.
WRITE_BATCH = 256


class StreamedDocx:
    """`write` body chunks (namespace prefix `w`), then `finish` for the
    DOCX. Until `finish`, the python-docx `document` may still be changed,
    except its body (its document properties, for example)."""

    def __init__(self, document):
        self.document = document
        head, self._tail = split_body(document.part.blob.decode("utf-8"))
        self._output = io.BytesIO()
        self._zip = zipfile.ZipFile(self._output, "w", zipfile.ZIP_DEFLATED)
        info = zipfile.ZipInfo(DOCUMENT_PART, date_time=(1980, 1, 1, 0, 0, 0))
        info.compress_type = zipfile.ZIP_DEFLATED
        self._part = self._zip.open(info, "w")
        self._part.write(head.encode("utf-8"))
        self._pending: list[str] = []

    def write(self, chunk: str) -> None:
        if not xml_safe(chunk):
            raise ValueError("All strings must be XML compatible")
        self._pending.append(chunk)
        if len(self._pending) >= WRITE_BATCH:
            self._flush()

    def finish(self) -> bytes:
        """The DOCX: the body so far, then every other part of `document`."""
        self._flush()
        self._part.write(self._tail.encode("utf-8"))
        self._part.close()
        template = io.BytesIO()
        self.document.save(template)
        with zipfile.ZipFile(template) as source:
            for info in source.infolist():
                if info.filename != DOCUMENT_PART:
                    self._zip.writestr(info, source.read(info.filename), compress_type=zipfile.ZIP_DEFLATED)
        self._zip.close()
        return self._output.getvalue()

    def _flush(self) -> None:
        if self._pending:
            self._part.write("".join(self._pending).encode("utf-8"))
            self._pending.clear()


def docx_with_body(document, body_chunks: Iterable[str]) -> bytes:
    """The DOCX of python-docx `document` with `body_chunks` (paragraphs and
    tables as WordprocessingML text) in its body, before the section
    properties."""
    stream = StreamedDocx(document)
    for chunk in body_chunks:
        stream.write(chunk)
    return stream.finish()


def split_body(document_xml: str) -> tuple[str, str]:
    """`document_xml` split where new body content goes: before the body's
    own section properties (the last `<w:sectPr`), or before `</w:body>`."""
    end = document_xml.rindex("</w:body>")
    section = document_xml.rfind("<w:sectPr", 0, end)
    cut = section if section >= 0 else end
    return document_xml[:cut], document_xml[cut:]
