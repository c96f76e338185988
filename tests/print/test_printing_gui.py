import dataclasses
import threading
import time

import pytest

from ua_desktop.core.letters.drafting import LetterDrafter, LetterRequest
from ua_desktop.core.output.envelopes import address_block
from ua_desktop.core.letters.letter import Letter, Sender

import datetime as dt
from ua_desktop.gui.dialogs import seam as dialogs

DATE = dt.date(2010, 7, 30)


@pytest.fixture
def app(qapp):
    return qapp


def pdf_text(data: bytes, tmp_path):
    """Each page's text, read back with QtPdf (pyside6-pdf) when it is
    installed, otherwise with pypdf; white space folded."""
    try:
        from PySide6.QtPdf import QPdfDocument
    except ImportError:
        import io

        from pypdf import PdfReader

        pages = [page.extract_text() for page in PdfReader(io.BytesIO(data)).pages]
    else:
        path = tmp_path / "read.pdf"
        path.write_bytes(data)
        document = QPdfDocument()
        assert document.load(str(path)) == QPdfDocument.Error.None_
        pages = [document.getAllText(page).text() for page in range(document.pageCount())]
        document.close()
    return [" ".join(page.split()) for page in pages]


def test_letters_pdf_one_page_each_with_the_letters_text(app, case, drafter, tmp_path):
    from ua_desktop.gui.printing.render import letters_pdf_bytes

    letters = [drafter.draft(LetterRequest(case, i % 3, lang, Sender(f"Signer {i}", "Lyon", "France"), DATE))
               for i, lang in enumerate(["en", "ru", "ky", "en", "ru"])]
    pages = pdf_text(letters_pdf_bytes(letters), tmp_path)
    assert len(pages) == 5
    assert "Signer 0" in pages[0] and "Yours sincerely" in pages[0] and "KYRGYZSTAN" in pages[0]
    assert "Signer 1" in pages[1] and "Призываю Вас" in pages[1]
    assert "Signer 2" in pages[2] and "Signer 1" not in pages[2]


def test_letter_size_and_a_long_letter_flows_onto_more_pages(app, tmp_path):
    from pypdf import PdfReader
    import io

    from ua_desktop.gui.printing.render import letters_pdf_bytes

    long = Letter("\n\n".join(f"Paragraph {n} " + "words " * 60 for n in range(30)) + "\n", "en")
    data = letters_pdf_bytes([Letter("Short\n", "en"), long], page_size="Letter")
    reader = PdfReader(io.BytesIO(data))
    assert len(reader.pages) > 3
    width, height = float(reader.pages[0].mediabox.width), float(reader.pages[0].mediabox.height)
    assert abs(width - 612) < 2 and abs(height - 792) < 2  # US Letter in points
    second = " ".join(reader.pages[1].extract_text().split())
    assert "Paragraph 0" in second and "Short" not in second


def test_list_indent_and_tab_match_the_docx(app):
    from PySide6.QtGui import QPdfWriter

    from ua_desktop.gui.printing.render import letter_document

    writer = QPdfWriter("/dev/null")
    writer.setResolution(1200)
    document = letter_document(Letter("Lead:\n– " + "word " * 60 + "\n", "en"), writer)
    layout = document.findBlockByNumber(1).layout()
    mm = 1200 / 25.4
    assert abs(layout.lineAt(0).cursorToX(0)[0] / mm - 2) < 0.1  # the dash: 7 mm less the 5 mm hanging
    assert abs(layout.lineAt(0).cursorToX(2)[0] / mm - 7) < 0.1  # text after the tab
    assert abs(layout.lineAt(1).x() / mm - 7) < 0.1  # wrapped lines


def test_envelope_and_label_pdfs(app, case, tmp_path):
    from ua_desktop.gui.printing.render import envelopes_pdf_bytes, labels_pdf_bytes

    block = address_block(case, 0, "ru", Sender("Anna", "Lyon", "France"))
    pages = pdf_text(envelopes_pdf_bytes([block, block], "C6"), tmp_path)
    assert len(pages) == 2 and "PAR AVION" in pages[0] and "KYRGYZSTAN" in pages[0] and "FRANCE" in pages[0]
    assert "Исполняющему обязанности министра внутренних дел" in pages[0]
    labels = pdf_text(labels_pdf_bytes([block] * 22), tmp_path)
    assert len(labels) == 2 and labels[0].count("PAR AVION") == 21 and labels[1].count("PAR AVION") == 1


def test_print_goes_through_the_preview_seam(make_window, monkeypatch, tmp_path):
    from PySide6.QtPrintSupport import QPrinter

    from ua_desktop.gui.printing.actions import PrintActions

    window = make_window()
    actions = PrintActions(window, window.session, window.settings, window.tell)
    seen = {}

    def preview(parent, printer, render):
        seen["size"] = printer.pageLayout().pageSize().id()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(tmp_path / "printed.pdf"))
        render(printer)
        return True

    monkeypatch.setattr(dialogs, "print_preview", preview)
    assert actions.print_letter() is True
    from PySide6.QtGui import QPageSize

    assert seen["size"] == QPageSize.PageSizeId.A4
    pages = pdf_text((tmp_path / "printed.pdf").read_bytes(), tmp_path)
    assert len(pages) == 1 and window.session.letter.salutation in pages[0]


def test_save_pdf_envelope_and_label_from_the_window(make_window, dialog_recorder, monkeypatch, tmp_path):
    from ua_desktop.gui.printing.actions import PrintActions

    window = make_window()
    actions = PrintActions(window, window.session, window.settings, window.tell)
    dialog_recorder.save_path = tmp_path / "letter"
    assert actions.save_pdf() == tmp_path / "letter.pdf"
    assert len(pdf_text((tmp_path / "letter.pdf").read_bytes(), tmp_path)) == 1
    monkeypatch.setattr(dialogs, "choose_envelope_size", lambda parent: "DL")
    dialog_recorder.save_path = tmp_path / "envelope.docx"
    assert actions.envelope() == tmp_path / "envelope.docx"
    monkeypatch.setattr(dialogs, "choose_first_label", lambda parent: 5)
    dialog_recorder.save_path = tmp_path / "label.pdf"
    assert actions.labels() == tmp_path / "label.pdf"
    dialog_recorder.save_path = tmp_path / "missing" / "x.pdf"
    assert actions.save_pdf() is None and "does not exist" in dialog_recorder.errors[-1]


class SlowDrafter(LetterDrafter):
    """Takes 3 ms a letter, and notes which thread drafted each."""

    def __init__(self):
        super().__init__()
        self.count = 0
        self.threads = set()

    def draft(self, request):
        self.count += 1
        self.threads.add(threading.get_ident())
        time.sleep(0.003)
        return super().draft(request)


def _dialog(qtbot, case, tmp_path, drafter=None):
    from ua_desktop.gui.printing.batch_dialog import BatchDialog
    from ua_desktop.gui.settings import Settings

    settings = Settings(tmp_path / "settings.ini")
    dialog = BatchDialog(case, settings, "en", drafter=drafter, date=DATE)
    qtbot.addWidget(dialog)
    csv = tmp_path / "signers.csv"
    csv.write_text("Name;Town;Country;Language\n" + "".join(f"Signer {n};Lyon;France;{'ru' if n % 2 else ''}\n"
                                                           for n in range(40)), encoding="utf-8")
    assert dialog.choose_list(csv)
    return dialog


def test_batch_dialog_makes_the_pdf_and_envelopes(qtbot, case, tmp_path, dialog_recorder):
    dialog = _dialog(qtbot, case, tmp_path)
    dialog.recipient_boxes[1].setChecked(False)
    assert dialog.make_button.text() == "Make 80 letters…"
    dialog.envelopes.setChecked(True)
    out = tmp_path / "out"
    out.mkdir()
    assert dialog.make(out / "letters.pdf")
    qtbot.waitUntil(lambda: not dialog.is_working(), timeout=60_000)
    assert dialog.result is not None and dialog.result.letters == 80
    assert sorted(p.name for p in out.iterdir()) == ["letters - envelopes DL.pdf", "letters.pdf"]
    assert (out / "letters - envelopes DL.pdf").read_bytes().startswith(b"%PDF")
    pages = pdf_text((out / "letters.pdf").read_bytes(), tmp_path)
    assert len(pages) == 80 and "Уважаем" in pages[2] and "Dear" in pages[0]
    assert dialog.progress.value() == dialog.progress.maximum()


def test_cancel_in_the_middle_leaves_no_file(qtbot, case, tmp_path, dialog_recorder):
    drafter = SlowDrafter()
    dialog = _dialog(qtbot, case, tmp_path, drafter)
    out = tmp_path / "out"
    out.mkdir()
    assert dialog.make(out / "letters.pdf")
    qtbot.waitUntil(lambda: dialog.progress.value() >= 20, timeout=20_000)
    assert dialog.cancel_button.text() == "Cancel"
    dialog.cancel_button.click()
    qtbot.waitUntil(lambda: not dialog.is_working(), timeout=20_000)
    assert dialog.result is None
    assert "No file was saved" in dialog.status.text()
    assert list(out.iterdir()) == []
    assert drafter.count < 120  # stopped well before all 120 letters


def test_bad_list_in_the_dialog_says_why(qtbot, case, tmp_path, dialog_recorder):
    from ua_desktop.gui.printing.batch_dialog import BatchDialog
    from ua_desktop.gui.settings import Settings

    dialog = BatchDialog(case, Settings(tmp_path / "s.ini"), "en")
    qtbot.addWidget(dialog)
    bad = tmp_path / "bad.csv"
    bad.write_bytes("Name\nJosé\n".encode("cp1252"))
    assert not dialog.choose_list(bad)
    assert "CSV UTF-8" in dialog_recorder.errors[-1] and not dialog.make_button.isEnabled()


def test_menu_entries_reach_the_seams(make_window, monkeypatch, tmp_path):
    from ua_desktop.gui.printing.batch_dialog import BatchDialog

    window = make_window()
    texts = [a.text() for a in window.actions.save_letter.associatedObjects()[0].actions()]
    assert texts.index("&Print…") == texts.index("&Save letter…") + 1
    previews, shown = [], []
    monkeypatch.setattr(dialogs, "print_preview", lambda parent, printer, render: previews.append(1) or False)
    monkeypatch.setattr(dialogs, "run_dialog", lambda dialog: shown.append(dialog) or 0)
    window.actions.print_letter.trigger()
    window.letter_panel.print_button.click()
    window.actions.signer_letters.trigger()
    assert previews == [1, 1]
    assert isinstance(shown[0], BatchDialog) and len(shown[0].recipient_boxes) == len(window.session.case.recipients)


def test_the_window_stays_responsive_while_a_batch_is_made_on_its_thread(qtbot, case, tmp_path, dialog_recorder):
    """No worker thread (Qt painting and Python's garbage collector belong
    on the GUI thread): the batch runs in slices between the window's events."""
    from PySide6.QtCore import QTimer

    drafter = SlowDrafter()
    dialog = _dialog(qtbot, case, tmp_path, drafter)
    ticks = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(dialog.progress.value()))
    timer.start(10)
    threads_before = threading.active_count()
    assert dialog.make(tmp_path / "letters.pdf")
    assert threading.active_count() == threads_before
    qtbot.waitUntil(lambda: not dialog.is_working(), timeout=60_000)
    timer.stop()
    assert dialog.result is not None and dialog.result.letters == 120
    assert drafter.threads == {threading.get_ident()}
    assert len(ticks) >= 5 and len(set(ticks)) >= 3  # the window ran its timer and saw the bar move


def test_pdf_batch_gives_pdf_labels_and_a_word_batch_word_ones(qtbot, case, tmp_path, dialog_recorder):
    dialog = _dialog(qtbot, case, tmp_path)
    dialog.labels.setChecked(True)
    out = tmp_path / "out"
    out.mkdir()
    assert dialog.make(out / "letters.pdf")
    qtbot.waitUntil(lambda: not dialog.is_working(), timeout=60_000)
    assert (out / "letters - labels.pdf").read_bytes().startswith(b"%PDF")
    dialog.as_docx.setChecked(True)
    assert dialog.make(out / "word.docx")
    qtbot.waitUntil(lambda: not dialog.is_working(), timeout=60_000)
    assert (out / "word - labels.docx").read_bytes().startswith(b"PK")


def test_a_batch_within_its_deadline_is_made_without_a_question(qtbot, case, tmp_path, dialog_recorder):
    case = dataclasses.replace(case, deadline=dt.date(2010, 8, 2))
    dialog = _dialog(qtbot, case, tmp_path)
    assert "3 days left" in dialog.deadline.text()
    out = tmp_path / "out"
    out.mkdir()
    assert dialog.make(out / "letters.pdf")
    qtbot.waitUntil(lambda: not dialog.is_working(), timeout=60_000)
    assert dialog_recorder.questions == []


def test_the_first_letter_can_be_seen_before_the_batch_is_made(qtbot, case, tmp_path, dialog_recorder, monkeypatch):
    from PySide6.QtGui import QPageLayout, QPageSize
    from PySide6.QtPrintSupport import QPrinter

    dialog = _dialog(qtbot, case, tmp_path)
    shown = []
    monkeypatch.setattr(dialogs, "print_preview", lambda parent, printer, render: shown.append((printer, render)))
    assert dialog.preview_button.isEnabled()
    dialog.preview_button.click()
    assert len(shown) == 1
    out = tmp_path / "first.pdf"
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(out))
    printer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                      shown[0][0].pageLayout().margins()))
    shown[0][1](printer)
    pages = pdf_text(out.read_bytes(), tmp_path)
    assert len(pages) == 1 and "Signer 0" in pages[0]


def test_results_offer_open_and_show_folder_and_no_second_run(qtbot, case, tmp_path, dialog_recorder):
    dialog = _dialog(qtbot, case, tmp_path)
    out = tmp_path / "out"
    out.mkdir()
    assert dialog.make(out / "letters.pdf")
    qtbot.waitUntil(lambda: not dialog.is_working(), timeout=60_000)
    assert not dialog.saved_bar.isHidden() and "Made 120 letters" in dialog.saved_bar.message.text()
    assert not dialog.make_button.isEnabled() and dialog.make_button.text() == "Letters made"
    assert not dialog.make(out / "again.pdf") and not (out / "again.pdf").exists()
    dialog.saved_bar.open_button.click()
    dialog.saved_bar.folder_button.click()
    assert dialog_recorder.urls[0].endswith("/out/letters.pdf") and dialog_recorder.urls[1].endswith("/out")
    dialog.recipient_boxes[1].setChecked(False)  # another batch: Make invites again
    assert dialog.make_button.isEnabled() and dialog.make_button.text() == "Make 80 letters…"


def test_envelope_and_label_files_already_there_are_replaced_only_after_a_yes(qtbot, case, tmp_path, dialog_recorder):
    dialog = _dialog(qtbot, case, tmp_path)
    dialog.envelopes.setChecked(True)
    dialog.labels.setChecked(True)
    out = tmp_path / "out"
    out.mkdir()
    kept = out / "letters - labels.pdf"
    kept.write_bytes(b"the labels printed last week")
    dialog_recorder.answer_yes = False
    assert not dialog.make(out / "letters.pdf")
    assert "letters - labels.pdf" in dialog_recorder.questions[-1]
    assert "envelopes" not in dialog_recorder.questions[-1]  # only the files that are there
    assert kept.read_bytes() == b"the labels printed last week" and not (out / "letters.pdf").exists()
    dialog_recorder.answer_yes = True
    assert dialog.make(out / "letters.pdf")
    qtbot.waitUntil(lambda: not dialog.is_working(), timeout=60_000)
    assert kept.read_bytes().startswith(b"%PDF")


def test_a_read_only_envelope_file_stops_the_batch_with_a_plain_message(qtbot, case, tmp_path, dialog_recorder):
    dialog = _dialog(qtbot, case, tmp_path)
    dialog.envelopes.setChecked(True)
    out = tmp_path / "out"
    out.mkdir()
    envelopes = out / "letters - envelopes DL.pdf"
    envelopes.write_bytes(b"kept")
    envelopes.chmod(0o444)
    assert not dialog.make(out / "letters.pdf")
    assert "read-only" in dialog_recorder.errors[-1] and envelopes.name in dialog_recorder.errors[-1]
    assert envelopes.read_bytes() == b"kept" and not (out / "letters.pdf").exists()
    assert dialog_recorder.questions == []


def test_saving_a_pdf_over_a_read_only_file_keeps_it_and_the_letter(make_window, dialog_recorder, tmp_path):
    window = make_window()
    target = tmp_path / "letter.pdf"
    target.write_bytes(b"kept")
    target.chmod(0o444)
    dialog_recorder.save_path = target
    text = window.letter_panel.editor.toPlainText()
    assert window.print_actions.save_pdf() is None
    assert "read-only" in dialog_recorder.errors[-1]
    assert target.read_bytes() == b"kept" and window.letter_panel.editor.toPlainText() == text
