"""A print preview anyone can use: the page large and whole, a Print
button that says so, arrows to move between pages and "Page 1 of 2",
in the type size of the window it was opened from (the event's large
type at an event). Letters, envelopes and labels all use it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSize
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewWidget
from PySide6.QtWidgets import QDialog, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from ua_desktop.gui.screen_fit import available_area, fit_to_screen
from ua_desktop.gui.style import apply_role_style
from ua_desktop.gui.widgets import plain_label
from ua_desktop.i18n import _


class PreviewDialog(QDialog):
    def __init__(self, printer: QPrinter, render: Callable[[QPrinter], None], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(_("Print preview"))
        if parent is not None:
            self.setFont(parent.font())  # a window does not take its parent's type size by itself
        self.printer = printer
        self.preview = QPrintPreviewWidget(printer, self)
        self.preview.paintRequested.connect(render)
        self.preview.setZoomMode(QPrintPreviewWidget.ZoomMode.FitInView)
        self.preview.setViewMode(QPrintPreviewWidget.ViewMode.SinglePageView)
        self.preview.previewChanged.connect(self._show_page_number)
        self.previous_button = QPushButton(_("◀ Previous page"))
        self.next_button = QPushButton(_("Next page ▶"))
        self.page_label = plain_label(wrap=False)
        self.print_button = QPushButton(_("Print…"))
        self.print_button.setObjectName("primary")
        apply_role_style(self.print_button, "primary")
        self.print_button.setDefault(True)
        self.close_button = QPushButton(_("Close without printing"))
        for button in (self.previous_button, self.next_button, self.print_button, self.close_button):
            button.setMinimumHeight(max(36, button.sizeHint().height() + 8))
        self.previous_button.clicked.connect(lambda: self.go_to_page(self.preview.currentPage() - 1))
        self.next_button.clicked.connect(lambda: self.go_to_page(self.preview.currentPage() + 1))
        self.print_button.clicked.connect(self.accept)
        self.close_button.clicked.connect(self.reject)
        self._lay_out()
        area = available_area(parent).size()
        fit_to_screen(self, QSize(min(900, area.width()), area.height()))
        self.preview.updatePreview()
        self._show_page_number()

    def _lay_out(self) -> None:
        pages = QHBoxLayout()
        pages.addWidget(self.previous_button)
        pages.addWidget(self.page_label)
        pages.addWidget(self.next_button)
        pages.addStretch(1)
        pages.addWidget(self.close_button)
        pages.addWidget(self.print_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.preview, 1)
        layout.addLayout(pages)

    def page_count(self) -> int:
        return self.preview.pageCount()

    def go_to_page(self, number: int) -> None:
        self.preview.setCurrentPage(max(1, min(self.page_count(), number)))
        self._show_page_number()

    def _show_page_number(self) -> None:
        page, count = self.preview.currentPage(), self.page_count()
        self.page_label.setText(_("Page {page} of {count}").format(page=page, count=count))
        self.previous_button.setEnabled(page > 1)
        self.next_button.setEnabled(page < count)
        self.previous_button.setVisible(count > 1)
        self.next_button.setVisible(count > 1)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self.preview.fitInView()  # the whole page, however large the window
