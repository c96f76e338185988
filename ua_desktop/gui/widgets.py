"""Small building blocks shared by the panels."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QVBoxLayout, QWidget

from ua_desktop.gui.style import apply_role_style


def plain_label(text: str = "", *, wrap: bool = True, selectable: bool = False, object_name: str = "") -> QLabel:
    """A label that shows text exactly as given: never as HTML, since case
    text comes from outside."""
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(text)
    label.setWordWrap(wrap)
    if selectable:
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if object_name:
        label.setObjectName(object_name)
        apply_role_style(label, object_name)
    return label


def big_button(text: str, *, primary: bool = False, tooltip: str = "") -> QPushButton:
    """A button large enough to hit easily, its text saying what it does."""
    button = QPushButton(text)
    button.setMinimumHeight(36)
    if primary:
        button.setObjectName("primary")
        apply_role_style(button, "primary")
    if tooltip:
        button.setToolTip(tooltip)
    return button


class StepBox(QFrame):
    """One numbered step of the flow: a heading and its content."""

    def __init__(self, number: int, title: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("step")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setBackgroundRole(QPalette.ColorRole.Base)
        self.setAutoFillBackground(True)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(14, 10, 14, 12)
        self._layout.setSpacing(6)
        self.heading = plain_label(f"{number}  {title}", wrap=False, object_name="stepHeading")
        self.heading.setAccessibleName(title)
        self._layout.addWidget(self.heading)

    def add(self, widget: QWidget, stretch: int = 0) -> QWidget:
        self._layout.addWidget(widget, stretch)
        return widget

    def add_layout(self, layout) -> None:
        self._layout.addLayout(layout)
