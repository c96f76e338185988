"""A DOCX whose body is written as WordprocessingML text, streamed.

python-docx sets up everything around the body once (styles, page,
document properties): `package_template` saves that blank document and
keeps its parts. Each DOCX made from the template then streams its body's
paragraphs and tables into the compressed `word/document.xml` as they come,
as text, never parsed into python-docx or lxml objects, and copies the
other parts as they are. Time and memory grow with the text alone, and only
its compressed form is held. (Appending a parsed fragment to python-docx's
body costs time growing with the square of a table's size, and an lxml
tree of 10,000 letters holds hundreds of megabytes.)
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Generator, Iterable
from dataclasses import dataclass

from ua_desktop.core.output.zip_parts import CompressedPart, PartCompressor, stored_part, zip_bytes
from ua_desktop.core.text import xml_escape, xml_safe

DOCUMENT_PART = "word/document.xml"
CORE_PART = "docProps/core.xml"
#: zlib's level for the body: the fastest. A body of letters repeats itself,
#: so it is hardly larger than at the default level (6), in half the time.
DOCUMENT_COMPRESSION = 1
#: Chunks joined before each write into the compressed part.
WRITE_BATCH = 256
#: The zip comment of a saved blank document's parts that hold stand-ins.
REPLACE_HERE = b"ua-desktop: replace"
#: Stand-ins for the title and language in a template's document properties.
_TITLE_MARK, _LANGUAGE_MARK = "ua-desktop-title-7f3e", "ua-desktop-language-7f3e"


@dataclass(frozen=True)
class PackageTemplate:
    """A blank DOCX taken apart: the document part before and after its
    body's content, the document properties (with stand-ins for the title
    and language), and every other part, compressed (`zip_parts`)."""

    head: str
    tail: str
    core_xml: str
    parts: tuple[CompressedPart, ...]


def package_template(document) -> PackageTemplate:
    """The python-docx `document` (empty body) as a `PackageTemplate`; its
    title and language are given later, to `StreamedDocx.finish`."""
    return package_from_docx(blank_docx_bytes(document))


def blank_docx_bytes(document) -> bytes:
    """The python-docx `document` saved, with stand-ins for its title and
    language."""
    core = document.core_properties
    core.title, core.language = _TITLE_MARK, _LANGUAGE_MARK
    saved = io.BytesIO()
    document.save(saved)
    return saved.getvalue()


def package_from_docx(data: bytes, replacements: dict[str, str] | None = None) -> PackageTemplate:
    """A blank DOCX's bytes (`blank_docx_bytes`) as a `PackageTemplate`.
    Each key of `replacements` is replaced in the document, its properties
    and the parts whose zip comment is `REPLACE_HERE` (the saved blank
    letters mark the parts that hold the font's stand-in so, see
    `tools/make_blank_letters.py`); other deflated parts are kept as they
    are compressed."""
    parts, head, tail, core_xml = [], "", "", ""
    with zipfile.ZipFile(io.BytesIO(data)) as source:
        for info in source.infolist():
            name = info.filename
            if name in (DOCUMENT_PART, CORE_PART):
                text = _replaced(source.read(name).decode("utf-8"), replacements)
                if name == DOCUMENT_PART:
                    head, tail = split_body(text)
                else:
                    core_xml = text
            elif replacements and info.comment == REPLACE_HERE:
                text = _replaced(source.read(name).decode("utf-8"), replacements)
                parts.append(CompressedPart.of(name, text.encode("utf-8"), info.date_time))
            elif info.compress_type == zipfile.ZIP_DEFLATED:
                parts.append(stored_part(data, info))
            else:
                parts.append(CompressedPart.of(name, source.read(name), info.date_time))
    return PackageTemplate(head, tail, core_xml, tuple(parts))


def _replaced(text: str, replacements: dict[str, str] | None) -> str:
    for old, new in (replacements or {}).items():
        text = text.replace(old, new)
    return text


class StreamedDocx:
    """`write` body chunks (namespace prefix `w`), then `finish` for the
    DOCX."""

    def __init__(self, template: PackageTemplate):
        self.template = template
        self._part = PartCompressor(DOCUMENT_PART, DOCUMENT_COMPRESSION)
        self._part.add(template.head.encode("utf-8"))
        self._pending: list[bytes] = []

    def write(self, chunk: str) -> None:
        """Add `chunk` to the body; raises ValueError if it holds a
        character XML refuses."""
        if not xml_safe(chunk):
            raise ValueError("All strings must be XML compatible")
        self.write_utf8(chunk.encode("utf-8"))

    def write_utf8(self, chunk: bytes) -> None:
        """Add `chunk`, in UTF-8, to the body: the caller knows it holds no
        character XML refuses."""
        self._pending.append(chunk)
        if len(self._pending) >= WRITE_BATCH:
            self._flush()

    def finish(self, title: str = "", language: str = "") -> bytes:
        """The DOCX: the body so far, then the template's other parts, with
        `title` and `language` in its document properties."""
        self._flush()
        self._part.add(self.template.tail.encode("utf-8"))
        core = self.template.core_xml.replace(_TITLE_MARK, xml_escape(title))
        core = core.replace(_LANGUAGE_MARK, xml_escape(language))
        return zip_bytes([self._part.finish(), CompressedPart.of(CORE_PART, core.encode("utf-8")),
                          *self.template.parts])

    def _flush(self) -> None:
        if self._pending:
            self._part.add(b"".join(self._pending))
            self._pending.clear()


def docx_with_body(document, body_chunks: Iterable[str]) -> bytes:
    """The DOCX of python-docx `document` (no title or language) with
    `body_chunks` (paragraphs and tables as WordprocessingML text) in its
    body, before the section properties."""
    return run_to_end(docx_steps(document, body_chunks))


def docx_steps(document, body_chunks: Iterable[str], every: int = 500) -> Generator[int, None, bytes]:
    """`docx_with_body` in steps: yields how many chunks are written, every
    `every` chunks (so a window can handle its events between them);
    returns the DOCX."""
    stream = StreamedDocx(package_template(document))
    for count, chunk in enumerate(body_chunks, start=1):
        stream.write(chunk)
        if count % every == 0:
            yield count
    return stream.finish()


def run_to_end(steps: Generator[int, None, bytes]) -> bytes:
    while True:
        try:
            next(steps)
        except StopIteration as finished:
            return finished.value


def split_body(document_xml: str) -> tuple[str, str]:
    """`document_xml` split where new body content goes: before the body's
    own section properties (the last `<w:sectPr`), or before `</w:body>`."""
    end = document_xml.rindex("</w:body>")
    section = document_xml.rfind("<w:sectPr", 0, end)
    cut = section if section >= 0 else end
    return document_xml[:cut], document_xml[cut:]
