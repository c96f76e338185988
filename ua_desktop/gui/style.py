"""The look: large type, clear steps, colours that carry meaning (the
deadline, a warning) and stay readable in a high-contrast palette.

Fonts are set directly on the widgets that need them, and style sheets only
on a few leaf widgets: an application-wide style sheet would restyle every
widget through Qt's slower style-sheet engine and cost start-up time.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from ua_desktop.gui import painted_looks

BASE_POINT_SIZE = 11

#: Font changes by a widget's role (its object name): (point size or None, bold, italic).
FONTS = {
    "stepHeading": (14, True, False),
    "people": (17, True, False),
    "subHeading": (None, True, False),
    "note": (None, False, True),
    "primary": (None, True, False),
}

#: Roles drawn by `painted_looks`: coloured panels, and frames in the
#: text's own colour (Fusion draws a field's frame from the window colour,
#: which vanishes on a dark or high-contrast background).
OUTLINED = ("field", "list")
#: The letter: black on white paper in every theme, in a grey frame.
LETTER_PAPER = ("white", "black", "#9a9a9a")


def apply_application_style(app: QApplication) -> None:
    font = app.font()
    if font.pointSize() < BASE_POINT_SIZE:
        font.setPointSize(BASE_POINT_SIZE)
        app.setFont(font)


def apply_role_style(widget: QWidget, role: str) -> None:
    """Give `widget` the font and colours of its role (see FONTS,
    painted_looks.PANELS, OUTLINED, LETTER_PAPER)."""
    if role in FONTS:
        size, bold, italic = FONTS[role]
        font = QFont(widget.font())
        if size:
            font.setPointSize(size)
        font.setBold(bold)
        font.setItalic(italic)
        widget.setFont(font)
    if role in painted_looks.PANELS:
        painted_looks.paint_panel(widget, role)
    elif role in OUTLINED:
        painted_looks.outline(widget)
    elif role == "letter":
        paper, ink, edge = LETTER_PAPER
        palette = widget.palette()
        palette.setColor(QPalette.ColorRole.Base, QColor(paper))
        palette.setColor(QPalette.ColorRole.Text, QColor(ink))
        widget.setPalette(palette)
        painted_looks.outline(widget, edge)


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
    """Every text field, drop-down list and date under `root` framed in the
    text's colour (see OUTLINED), and text fields with a readable hint. The
    letter keeps its own look; an unsure mark's style sheet draws its own
    frame."""
    from PySide6.QtWidgets import QAbstractSpinBox, QComboBox, QLineEdit, QPlainTextEdit

    for field in root.findChildren(QLineEdit) + root.findChildren(QPlainTextEdit):
        inside_another = isinstance(field.parentWidget(), (QAbstractSpinBox, QComboBox))  # a date's or a list's own
        if field.objectName() != "letter" and not inside_another:
            apply_role_style(field, "field")
            readable_placeholder(field)
    for choice in root.findChildren(QComboBox) + root.findChildren(QAbstractSpinBox):
        painted_looks.outline(choice)
