"""Cleaning text at the boundary: whatever comes in (a case file, a sheet, a
form field) is made safe to show, template and write into XML."""

from __future__ import annotations

import re
import unicodedata

# Characters XML 1.0 (and so DOCX) refuses, plus the private-use bullets PDF
# extraction leaves behind are handled by the importer, not here.
_XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff\ud800-\udfff]")
_LINE_BREAKS = re.compile("[\t\n\r\x0b\x0c\u0085\u2028\u2029]")
_LINE_INVALID = re.compile("[\x00-\x1f\x7f\ufffe\uffff\ud800-\udfff]")


def clean_text(value: str) -> str:
    """Multi-line text: keep tabs and newlines, drop control characters,
    normalise line endings and Unicode composition (NFC)."""
    value = value.replace("\r\n", "\n").replace("\r", "\n")
    value = _XML_INVALID.sub("", value)
    return unicodedata.normalize("NFC", value)


def clean_line(value: str) -> str:
    """One-line text (a name, a fax number): no control characters or line
    breaks, runs of white space folded, ends trimmed."""
    value = _LINE_INVALID.sub("", _LINE_BREAKS.sub(" ", value))
    value = unicodedata.normalize("NFC", value)
    return " ".join(value.split())
