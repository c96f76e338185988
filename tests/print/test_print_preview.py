"""The print preview: large and whole, a Print button that says so, page
arrows with "Page 1 of 2", the type size of the window it came from; the
same preview for envelopes and labels."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QPainter
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewWidget
from PySide6.QtWidgets import QWidget

from ua_desktop.gui.dialogs import seam as dialogs


def two_pages(printer):
    painter = QPainter(printer)
    painter.drawText(100, 100, "one")
    printer.newPage()
    painter.drawText(100, 100, "two")
    painter.end()


def test_the_preview_shows_pages_a_print_button_and_arrows(qtbot):
    from ua_desktop.gui.app import create_application
    from ua_desktop.gui.printing.preview_dialog import PreviewDialog

    create_application()
    parent = QWidget()
    font = parent.font()
    font.setPointSize(16)
    parent.setFont(font)
    qtbot.addWidget(parent)
    dialog = PreviewDialog(QPrinter(), two_pages, parent)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.font().pointSize() == 16  # the event's large type reaches its preview
    assert dialog.print_button.text() == "Print…" and dialog.print_button.isDefault()
    assert dialog.preview.zoomMode() == QPrintPreviewWidget.ZoomMode.FitInView
    assert dialog.page_count() == 2 and dialog.page_label.text() == "Page 1 of 2"
    assert not dialog.previous_button.isEnabled() and dialog.next_button.isEnabled()
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    assert dialog.page_label.text() == "Page 2 of 2" and not dialog.next_button.isEnabled()
    assert dialog.width() >= 600 and dialog.height() >= 500  # large, not a thumbnail


def test_printing_from_the_preview_asks_for_the_printer_then_prints(qtbot, monkeypatch):
    from ua_desktop.gui.app import create_application
    from ua_desktop.gui.printing import preview_dialog

    create_application()
    rendered, chosen = [], []
    monkeypatch.setattr(preview_dialog.PreviewDialog, "exec", lambda self: 1)
    monkeypatch.setattr(dialogs, "choose_printer", lambda parent, printer: chosen.append(printer) or True)
    printer = QPrinter()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    assert dialogs.print_preview(None, printer, lambda device: rendered.append(device))
    assert chosen == [printer] and rendered[-1] is printer
    monkeypatch.setattr(preview_dialog.PreviewDialog, "exec", lambda self: 0)
    assert not dialogs.print_preview(None, printer, lambda device: None)


def test_envelopes_and_labels_get_the_same_preview(make_window, monkeypatch, tmp_path):
    window = make_window()
    previews = []

    def preview(parent, printer, render):
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(tmp_path / f"{len(previews)}.pdf"))
        render(printer)
        previews.append(printer.pageLayout().fullRectPoints().size().toTuple())
        return True

    monkeypatch.setattr(dialogs, "print_preview", preview)
    monkeypatch.setattr(dialogs, "choose_envelope_size", lambda parent: "DL")
    monkeypatch.setattr(dialogs, "choose_first_label", lambda parent: 3)
    window.actions.print_envelope.trigger()
    window.actions.print_label.trigger()
    assert len(previews) == 2
    assert previews[0][0] > previews[0][1]  # a DL envelope lies on its side
    assert (tmp_path / "0.pdf").stat().st_size > 500 and (tmp_path / "1.pdf").stat().st_size > 500


def test_the_batch_shows_the_deadline_and_asks_before_a_passed_one(make_window, dialog_recorder, tmp_path):
    import datetime as dt

    from ua_desktop.gui.printing.batch_dialog import BatchDialog

    window = make_window()
    dialog = BatchDialog(window.session.case, window.settings, "en", window, date=dt.date(2026, 11, 28))
    assert "30 July 2010" in dialog.deadline.text() and dialog.deadline.property("state") == "passed"
    csv = tmp_path / "signers.csv"
    csv.write_text("name,town\nAnna Schmidt,Lyon\n", encoding="utf-8")
    assert dialog.choose_list(csv)
    dialog_recorder.answer_yes = False  # "Do not make them" (also what Enter chooses)
    assert not dialog.make(tmp_path / "letters.pdf")
    assert any("has passed" in question for question in dialog_recorder.questions)
    assert not (tmp_path / "letters.pdf").exists() and dialog.running is None
