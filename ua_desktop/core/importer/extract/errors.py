"""Planned extraction errors: each is a `SheetImportError` whose message is for the user."""

from __future__ import annotations

from ua_desktop.i18n import _

from ..errors import SheetImportError


class ScannedSheetError(SheetImportError):
    """A PDF with pages but no text: a scan. Reading scans (OCR) is planned, not there yet."""

    def __init__(self, name: str):
        super().__init__(_(
            "{name} is a scanned sheet: its pages are pictures, with no text in them. UA Desktop cannot read "
            "scanned sheets yet. Find the sheet as a web page, email or PDF with text, or type or paste its text."
        ).format(name=name))
