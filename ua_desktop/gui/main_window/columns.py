"""The main window's columns: the steps (case, recipient, language) beside
the letter with the writer's name just above it, and the switch to one
column of steps when the window is narrow (a 1024x600 laptop), so the
letter keeps its room and the name fields stay in view."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer
from PySide6.QtWidgets import QBoxLayout, QHBoxLayout, QLayout, QMainWindow, QVBoxLayout, QWidget

from ua_desktop.gui.main_window.start_panel import StartPanel
from ua_desktop.gui.saved_bar import SavedBar
from ua_desktop.gui.screen_fit import VerticalScroller

#: Below this width the case and the choices share one column.
WIDE_FROM = 1200


class WindowColumns(QObject):
    """Builds the window's central widget from its panels and keeps it
    fitted to the window's width (`fit_to_width`, from resizeEvent)."""

    def __init__(self, window: QMainWindow, panels, show_start: bool, print_letter: Callable[[], None]):
        super().__init__(window)
        self.window = window
        self.case_panel, self.recipients, self.languages, self.sender_form, self.letter_panel = panels
        self.start_panel = StartPanel()  # first thing on a first start, above the steps
        self.start_panel.setVisible(show_start)
        # the welcome offers to open a sheet; one such button at a time (each with its own Alt key)
        self.case_panel.open_button.setVisible(not show_start)
        # above the letter; on a narrow window at the top of the steps, which scroll (see _place_saved_bar)
        self.saved_bar = SavedBar(lambda _path: print_letter())
        self.saved_bar.installEventFilter(self)  # its room is given back when it hides (see eventFilter)
        self.steps_column = VerticalScroller(self._steps())
        self.steps_column.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the controls, not to the page
        central = QWidget()
        self._columns = QHBoxLayout(central)
        self._columns.addWidget(self.steps_column, 6)
        self._columns.addWidget(self._letter_column(), 5)
        window.setCentralWidget(central)

    def _steps(self) -> QWidget:
        """Read left to right: the case, then the choices; the welcome above them."""
        self._choices = QWidget()
        choices_column = QVBoxLayout(self._choices)
        choices_column.setContentsMargins(0, 0, 0, 0)
        for panel in (self.recipients, self.languages):
            choices_column.addWidget(panel)
        choices_column.addStretch(1)
        steps = QWidget()
        steps_page = QVBoxLayout(steps)
        steps_page.setContentsMargins(0, 0, 4, 0)
        steps_page.addWidget(self.start_panel)
        self._steps_row = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self._steps_row.addWidget(self.case_panel, 1, Qt.AlignmentFlag.AlignTop)
        self._steps_row.addWidget(self._choices, 1)
        steps_page.addLayout(self._steps_row, 1)
        return steps

    def _letter_column(self) -> QWidget:
        """The letter with the writer's name just above it (in view on the smallest screen)."""
        letter_column = QWidget()
        letter_page = QVBoxLayout(letter_column)
        letter_page.setContentsMargins(0, 0, 0, 0)
        letter_page.addWidget(self.saved_bar)
        letter_page.addWidget(self.sender_form)
        letter_page.addWidget(self.letter_panel, 1)
        return letter_column

    # ------------------------------------------------------------ narrow or wide
    @property
    def narrow(self) -> bool:
        """True when the case and the choices share one column."""
        return self._steps_row.direction() == QBoxLayout.Direction.TopToBottom

    def first_fit(self, width: int) -> None:
        """The columns for the width the window opens at, from the sizes its
        parts have now that the case is in them. Before a window is first
        shown, Qt does not pass a part's new size up through nested layouts
        (a layout that was never activated posts no layout request), so the
        sizes they cached while the window was built are dropped here; with
        them kept, the steps were laid out at a width too narrow for the
        recipient's contact row, then again (and their height measured
        twice) before the first frame."""
        for layout in self.window.findChildren(QLayout):
            layout.invalidate()
        for widget in self.window.findChildren(QWidget):
            widget.updateGeometry()
        self.fit_to_width(width)

    def fit_to_width(self, width: int) -> None:
        # (the choices widget kept, not asked of the layout's itemAt: PySide keeps that QWidgetItem's
        # wrapper after Qt deletes the item, and a Qt object made later at its address comes back as
        # it: tests/gui/test_flow_row.py)
        parts = (self.case_panel, self._choices, self.letter_panel.parentWidget())
        wide_needs = sum(part.minimumSizeHint().width() for part in parts) + 80
        narrow = width < max(WIDE_FROM, wide_needs)
        if narrow == self.narrow:
            return
        self.letter_panel.note.setVisible(not narrow)  # the letter's lines matter more on a small screen
        self._place_saved_bar(narrow)
        self._place_sender_form(narrow)
        self._columns.setStretch(0, 1 if narrow else 6)  # narrow: the steps scroll, the letter gets the room
        self._columns.setStretch(1, 2 if narrow else 5)
        self._steps_row.setDirection(QBoxLayout.Direction.TopToBottom if narrow else QBoxLayout.Direction.LeftToRight)
        self.steps_column.widget().layout().invalidate()  # the column's minimum width changes now
        self.steps_column.updateGeometry()
        asked = self.window.size()  # while the layout changes, its minimum may briefly make the window taller
        QTimer.singleShot(0, lambda: self._back_to(asked))

    def _place_sender_form(self, narrow: bool) -> None:
        """The writer's name and town above the letter; on a narrow window
        at the top of the steps instead (under a saved message, above the
        welcome), in view there too, and the letter keeps its room (with
        large text on a 1024x600 screen, above the letter they pushed the
        window past the screen's bottom edge)."""
        self.sender_form.arrange(one_column=narrow)
        if narrow:
            page = self.steps_column.widget().layout()
            _move(self.sender_form, page, page.indexOf(self.start_panel))
        else:
            page = self.letter_panel.parentWidget().layout()
            _move(self.sender_form, page, page.indexOf(self.letter_panel))

    def _place_saved_bar(self, narrow: bool) -> None:
        """The saved message above the letter, where the Save button was
        pressed; on a narrow window at the top of the steps instead, which
        scroll: above the letter it would push the window taller than a
        1024x600 screen."""
        page = (self.steps_column.widget() if narrow else self.letter_panel.parentWidget()).layout()
        _move(self.saved_bar, page, 0)

    def _back_to(self, size: QSize, tries: int = 3) -> None:
        window = self.window
        grew = window.width() > size.width() or window.height() > size.height()
        if grew and not (window.isMaximized() or window.isFullScreen()):
            window.resize(size.expandedTo(window.minimumSizeHint()))
        if tries > 1:  # the wrapped rows find their height over a few rounds of layout
            QTimer.singleShot(0, lambda: self._back_to(size, tries - 1))

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt's name)
        if watched is self.saved_bar and event.type() == QEvent.Type.Hide:
            parent = self.saved_bar.parentWidget()
            while parent is not None and parent is not self.window:  # Qt would keep the minimums it had
                parent.updateGeometry()  # with the message shown, and the window could not shrink back
                parent = parent.parentWidget()
        return super().eventFilter(watched, event)


def _move(widget: QWidget, layout: QBoxLayout, index: int) -> None:
    """Put `widget` at `index` in `layout`, shown or hidden as it was (a
    widget given a new parent is hidden until shown again)."""
    hidden = widget.isHidden()
    layout.insertWidget(index, widget)
    widget.setHidden(hidden)
