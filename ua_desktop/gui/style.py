"""The look: large type, clear steps, colours that carry meaning (the
deadline, a warning) and stay readable in a high-contrast palette.

Fonts are set directly on the widgets that need them, and style sheets only
on a few leaf widgets: an application-wide style sheet would restyle every
widget through Qt's slower style-sheet engine and cost start-up time.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication, QWidget

BASE_POINT_SIZE = 11

#: Font changes by a widget's role (its object name): (point size or None, bold, italic).
FONTS = {
    "stepHeading": (14, True, False),
    "people": (17, True, False),
    "subHeading": (None, True, False),
    "note": (None, False, True),
    "primary": (None, True, False),
}

#: Style sheets for the few widgets whose colour carries meaning.
LEAF_STYLES = {
    "deadline": """
        QLabel { border-radius: 6px; padding: 8px; font-weight: 600; }
        QLabel[state="passed"] { background: #fde2e1; color: #8a1c12; border: 1px solid #d9534f; }
        QLabel[state="today"], QLabel[state="due_soon"] {
            background: #fff3cd; color: #664d03; border: 1px solid #e0a800; }
        QLabel[state="open"] { background: #e6f4ea; color: #1e4620; border: 1px solid #5cb85c; }
        QLabel[state="example"] { background: #e8f1fb; color: #0b2e59; border: 1px solid #7aa7d9; }
    """,
    "problem": "QLabel { background: #fde2e1; color: #8a1c12; border-radius: 6px; padding: 6px; }",
    "outOfDate": "QFrame#outOfDate { background: #fff3cd; border: 1px solid #e0a800; border-radius: 6px; }"
                 "QLabel { color: #664d03; }",
    "start": "QFrame#start { background: #e8f1fb; border: 1px solid #7aa7d9; border-radius: 6px; }"
             "QLabel { color: #0b2e59; }",
    "unsureReason": "QLabel { background: #fff3cd; color: #3d2e00; border: 1px solid #e0a800; border-radius: 4px;"
                    " padding: 3px 6px; }",
    "saved": "QFrame#saved { background: #e6f4ea; border: 1px solid #5cb85c; border-radius: 6px; }"
             "QLabel { color: #1e4620; font-weight: 600; }",
    # a frame in the text's own colour: Fusion draws a field's frame from the window colour, which
    # vanishes on a dark or high-contrast background
    "field": "QLineEdit, QPlainTextEdit { border: 1px solid palette(text); border-radius: 3px; padding: 3px 4px; }",
    "list": "QListView { border: 1px solid palette(text); border-radius: 3px; }",
    "letter": "QPlainTextEdit { background: white; color: black; border: 1px solid #9a9a9a; }",
}


def apply_application_style(app: QApplication) -> None:
    font = app.font()
    if font.pointSize() < BASE_POINT_SIZE:
        font.setPointSize(BASE_POINT_SIZE)
        app.setFont(font)


def apply_role_style(widget: QWidget, role: str) -> None:
    """Give `widget` the font and colours of its role (see FONTS, LEAF_STYLES)."""
    if role in FONTS:
        size, bold, italic = FONTS[role]
        font = QFont(widget.font())
        if size:
            font.setPointSize(size)
        font.setBold(bold)
        font.setItalic(italic)
        widget.setFont(font)
    if role in LEAF_STYLES:
        widget.setStyleSheet(LEAF_STYLES[role])


def readable_placeholder(widget: QWidget) -> None:
    """An empty field's hint in a colour that still reads (Qt draws it in
    the text colour at half strength, too faint on white): seven parts
    text to three parts background."""
    palette = widget.palette()
    text, base = palette.color(QPalette.ColorRole.Text), palette.color(QPalette.ColorRole.Base)
    mixed = QColor(*(round(0.7 * a + 0.3 * b) for a, b in zip(text.getRgb()[:3], base.getRgb()[:3])))
    palette.setColor(QPalette.ColorRole.PlaceholderText, mixed)
    widget.setPalette(palette)


def frame_fields(root: QWidget) -> None:
    """Every text field under `root` framed and with a readable hint (see
    "field"), except fields that carry a style of their own (an unsure mark,
    the letter)."""
    from PySide6.QtWidgets import QAbstractSpinBox, QComboBox, QLineEdit, QPlainTextEdit

    for field in root.findChildren(QLineEdit) + root.findChildren(QPlainTextEdit):
        inside_another = isinstance(field.parentWidget(), (QAbstractSpinBox, QComboBox))  # a date's or a list's own
        if not field.styleSheet() and not inside_another:
            apply_role_style(field, "field")
            readable_placeholder(field)


def refresh_style(widget: QWidget) -> None:
    """Re-apply a style sheet after a dynamic property changed. Setting the
    same sheet again makes Qt's style-sheet style repolish the widget (a
    widget not yet shown is polished when it is). Asking Python for
    `widget.style()` instead once handed back a stale wrapper of a freed
    layout item at the style's address ("'QWidgetItem' object has no
    attribute 'unpolish'"), and builds QStyle's enums."""
    widget.setStyleSheet(widget.styleSheet())
