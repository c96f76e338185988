"""Getting text, with its layout, out of what the user gives: PDF (pypdfium2,
columns found from word positions), DOCX (python-docx, tables in document
order), saved web pages (lxml), emails (the standard `email` package) and
text files in any common encoding (charset-normalizer). The kind of file is
sniffed from its first bytes, not only from its name.

`extract_file(path)` / `extract_bytes(data, name)` give an `Extracted`
(text plus blocks with hints, see `model.py`); `read_source(path)` and
`text_from_bytes(data, name)` give only the text. Every failure is a
`SheetImportError` with a message for the user. One module per format."""

from __future__ import annotations

import os
import re
from pathlib import Path

from ua_desktop.core.storage.bounded import FileTooLargeError, read_bounded
from ua_desktop.i18n import _

from ..errors import SheetImportError
from .errors import ScannedSheetError
from .model import Block, Extracted, with_headings

MAX_FILE_BYTES = 30 * 1024 * 1024

__all__ = ["Block", "Extracted", "ScannedSheetError", "extract_bytes", "extract_file", "read_source",
           "read_stream", "text_from_bytes"]


def read_source(path: str | os.PathLike) -> str:
    return extract_file(path).text


def text_from_bytes(data: bytes, name: str = "") -> str:
    return extract_bytes(data, name).text


def extract_file(path: str | os.PathLike) -> Extracted:
    path = Path(path)
    if path.is_dir():
        raise SheetImportError(_("{name} is a folder. Choose the sheet's PDF, DOCX or text file.").format(name=path.name))
    try:
        data = read_bounded(path, MAX_FILE_BYTES)
    except FileTooLargeError as error:
        raise _too_large(path.name, error.size) from None
    except FileNotFoundError:
        raise SheetImportError(_("The file {name} was not found. It may have been moved or renamed.").format(name=path.name)) from None
    except OSError as error:
        raise SheetImportError(_("The file {name} could not be opened: {reason}").format(
            name=path.name, reason=error.strerror or error)) from None
    if not data:
        raise SheetImportError(_("The file {name} is empty. Choose the sheet's PDF, DOCX or text file.").format(name=path.name))
    return extract_bytes(data, path.name)


def read_stream(stream, name: str) -> str:
    """The text of a byte stream (standard input): the bytes are read, never the
    system's text encoding, and go the way a file's bytes go, so a Windows-1251
    sheet piped in is decoded as one and a piped PDF is read as a PDF."""
    data = stream.read(MAX_FILE_BYTES + 1)
    if len(data) > MAX_FILE_BYTES:
        raise _too_large(name, len(data))
    if not data.strip():
        return ""
    return text_from_bytes(data, name)


def _too_large(name: str, size: int) -> SheetImportError:
    return SheetImportError(_(
        "The file {name} is too large ({size} MB) to be an Urgent Action sheet. "
        "Choose the sheet itself, or copy its text and paste it."
    ).format(name=name, size=size // (1024 * 1024)))


def extract_bytes(data: bytes, name: str = "") -> Extracted:
    name = name or _("the file")
    try:
        extracted = _extract(data, name)
    except SheetImportError:
        raise
    except Exception as error:
        raise SheetImportError(_(
            "{name} could not be read ({reason}). Open it in its usual program, copy the text and paste it."
        ).format(name=name, reason=type(error).__name__)) from error
    if extracted.blocks:
        return Extracted(extracted.kind, with_headings(extracted.blocks), extracted.text, extracted.encoding)
    return extracted


def _extract(data: bytes, name: str) -> Extracted:
    suffix = Path(name).suffix.lower()
    head = data[:1024]
    if b"%PDF-" in head:
        from .pdf import extract_pdf

        return extract_pdf(data, name)
    if head.startswith(b"PK\x03\x04"):
        from .word import extract_docx

        return extract_docx(data, name)
    if suffix == ".pdf":
        raise SheetImportError(_("{name} is damaged or is not really a PDF file. Open it in a PDF viewer to check, "
                                 "or copy the text and paste it.").format(name=name))
    if suffix == ".docx":
        raise SheetImportError(_("{name} is damaged or is not really a DOCX file. Open it in a word processor and "
                                 "save it again, or copy the text and paste it.").format(name=name))
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        raise SheetImportError(_("{name} is an old Word (.doc) or Outlook file. Save it as .docx or PDF, or paste its "
                                 "text.").format(name=name))
    if head.lstrip().startswith(b"{\\rtf"):
        raise SheetImportError(_("{name} is an RTF file. Save it as .docx or PDF, or paste its text.").format(name=name))
    from .plain import decode_with_encoding, extract_plain, unicode_with_zero_bytes

    if not unicode_with_zero_bytes(head) and _looks_binary(head):
        raise SheetImportError(_("{name} is not a text, PDF or DOCX file. Choose the sheet's PDF, DOCX or text file.").format(name=name))
    text, encoding = decode_with_encoding(data)
    from .mail import extract_email, looks_like_email

    if looks_like_email(text):
        return extract_email(text.encode("utf-8") if encoding.startswith(("utf-16", "utf-32")) else data)
    if suffix in (".html", ".htm", ".xhtml") or re.search(r"<(?:html|body|div|p|table)\b", text[:5000], re.IGNORECASE):
        from .web import extract_html

        return extract_html(text)
    return extract_plain(text, encoding)


def _looks_binary(head: bytes) -> bool:
    if not head:
        return False
    controls = sum(1 for b in head if b < 9 or 13 < b < 32 and b != 27)
    return b"\x00" in head or controls > len(head) * 0.05
