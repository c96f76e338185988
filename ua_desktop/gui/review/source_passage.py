"""The sheet's passage for the field being checked: when a field of the
review gets the focus, the sheet pane beside it shows (and selects) where
that value was read, so it can be compared without searching."""

from __future__ import annotations

from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWidget


def field_text(widget: QWidget) -> str:
    """The start of a field's value: enough to find it in the sheet."""
    if isinstance(widget, QLineEdit):
        text = widget.text()
    elif isinstance(widget, QPlainTextEdit) and not widget.isReadOnly():
        text = widget.toPlainText()
    else:
        return ""
    first_line = next((line.strip() for line in text.splitlines() if line.strip()), "")
    return first_line[:60]


def show_passage(source: QPlainTextEdit, text: str) -> bool:
    """Select `text` in the sheet pane and scroll to it; False if the sheet
    does not contain it (a value typed or corrected by the user)."""
    if len(text) < 3:
        return False
    found = source.document().find(text, 0, QTextDocument.FindFlag(0))
    if found.isNull():
        words = text.split()
        found = source.document().find(" ".join(words[:4]), 0) if len(words) > 4 else found
    if found.isNull():
        return False
    source.setTextCursor(found)
    source.ensureCursorVisible()
    return True
