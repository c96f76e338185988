"""The letter window driven as a user would, offscreen."""

import json

from docx import Document
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QGuiApplication, QKeyEvent
from PySide6.QtWidgets import QApplication

from ua_desktop.core.case.casefile import case_to_dict, load_case
from ua_desktop.paths import sample_case_path


def type_text(widget, text):
    """Type any text, Cyrillic included (qtbot.keyClicks cannot)."""
    widget.setFocus()
    for ch in text:
        QApplication.sendEvent(widget, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_unknown,
                                                 Qt.KeyboardModifier.NoModifier, ch))


def letter_text(window):
    return window.letter_panel.editor.toPlainText()


def pick_recipient(window, row):
    view = window.recipients.list
    view.setCurrentIndex(view.model().index(row, 0))


def test_the_case_at_a_glance(make_window):
    window = make_window()
    assert window.case_panel.people.text() == "Azimzhan Askarov"
    assert "Kyrgyzstan" in window.case_panel.where.text()
    deadline = window.case_panel.deadline.text()
    assert "An example from 2010" in deadline and "no need to send" in deadline  # not an alarm
    assert "immediately and unconditionally release" in window.case_panel.asks.text()
    assert window.recipients.model.rowCount() == 3
    assert "diplomatic representatives" in window.recipients.copies_note.text()
    assert window.session.language == "en"  # the window's language, which the sheet also asks for
    assert "Dear" in letter_text(window)


def test_an_open_case_shows_days_left(make_window, tmp_path):
    data = case_to_dict(load_case(sample_case_path()))
    data["deadline"] = "2026-12-10"
    path = tmp_path / "open.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    window = make_window(path)
    assert "12 days left to send letters" in window.case_panel.deadline.text()


def test_pick_recipient_language_and_sender(make_window, qtbot):
    window = make_window()
    window.languages.select("ru")
    pick_recipient(window, 2)
    assert "Р. Отунбаевой" in letter_text(window)
    assert "Fax: +996 312 218 627" == window.recipients.fax.text().replace("\u00a0", " ")
    window.languages.select("en")
    assert "Dear Madam President," in letter_text(window)
    window.languages.select("ky")
    assert "Урматтуу Президент айым!" in letter_text(window)
    qtbot.keyClicks(window.sender_form.name, "Anna Schmidt")
    qtbot.keyClicks(window.sender_form.town, "Lyon")
    assert letter_text(window).startswith("Anna Schmidt\nLyon\n")
    type_text(window.sender_form.country, "Франция")
    assert letter_text(window).startswith("Anna Schmidt\nLyon, Франция\n")


def test_edits_are_never_thrown_away_silently(make_window, qtbot):
    window = make_window()
    editor = window.letter_panel.editor
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    qtbot.keyClicks(editor, "PS I am a teacher")
    mine = letter_text(window)
    pick_recipient(window, 1)
    window.languages.select("en")
    assert letter_text(window) == mine
    assert window.letter_panel.banner.isVisibleTo(window)
    qtbot.mouseClick(window.letter_panel.redraft_button, Qt.MouseButton.LeftButton)
    assert "Dear Deputy Head of the Interim Government," in letter_text(window)
    assert not window.letter_panel.banner.isVisibleTo(window)
    editor.undo()
    assert letter_text(window) == mine


def test_save_docx_and_read_it_back(make_window, dialog_recorder, tmp_path, qtbot):
    window = make_window()
    window.languages.select("en")
    qtbot.keyClicks(window.sender_form.name, "Anna Schmidt")
    dialog_recorder.save_path = tmp_path / "my letter.docx"
    qtbot.mouseClick(window.letter_panel.save_button, Qt.MouseButton.LeftButton)
    paragraphs = [p.text for p in Document(str(dialog_recorder.save_path)).paragraphs]
    assert "Dear Minister," in paragraphs
    assert paragraphs[0] == "Anna Schmidt" and paragraphs[-1] == "Anna Schmidt"
    assert "KYRGYZSTAN" in "\n".join(paragraphs)
    assert not dialog_recorder.errors
    assert "Saved your letter" in window.saved_bar.message.text() and window.saved_bar.isVisible()


def test_save_with_no_suffix_becomes_docx(make_window, dialog_recorder, tmp_path):
    window = make_window()
    dialog_recorder.save_path = tmp_path / "letter"
    assert window.letter_actions.save_letter() == tmp_path / "letter.docx"
    Document(str(tmp_path / "letter.docx"))


def test_unwritable_folder_keeps_the_letter(make_window, dialog_recorder, tmp_path, qtbot):
    window = make_window()
    qtbot.keyClicks(window.letter_panel.editor, "my own words ")
    before = letter_text(window)
    dialog_recorder.save_path = tmp_path / "gone" / "letter.docx"
    qtbot.mouseClick(window.letter_panel.save_button, Qt.MouseButton.LeftButton)
    assert dialog_recorder.errors and "does not exist" in dialog_recorder.errors[0]
    assert "still on the screen" in dialog_recorder.errors[0]
    assert letter_text(window) == before


def test_copy_fax_email_and_whole_email(make_window, qtbot):
    window = make_window()
    clipboard = QGuiApplication.clipboard()
    qtbot.mouseClick(window.recipients.copy_fax_button, Qt.MouseButton.LeftButton)
    assert clipboard.text() == "+996 312 682 044"
    qtbot.mouseClick(window.recipients.copy_email_button, Qt.MouseButton.LeftButton)
    assert clipboard.text() == "pressa@mail.mvd.kg"
    window.languages.select("en")
    qtbot.mouseClick(window.letter_panel.copy_email_button, Qt.MouseButton.LeftButton)
    assert clipboard.text().startswith(
        "To: pressa@mail.mvd.kg\nSubject: Appeal for Azimzhan Askarov, Kyrgyzstan\n\nDear Minister,")


def test_open_in_email_program(make_window, dialog_recorder, qtbot):
    window = make_window()
    window.languages.select("en")
    qtbot.mouseClick(window.letter_panel.open_email_button, Qt.MouseButton.LeftButton)
    url = dialog_recorder.urls[-1]
    assert url.startswith("mailto:pressa@mail.mvd.kg?subject=Appeal%20for%20Azimzhan%20Askarov")
    # the Russian letter is too long for a mailto link: body copied, user told
    window.languages.select("ru")
    qtbot.mouseClick(window.letter_panel.open_email_button, Qt.MouseButton.LeftButton)
    assert "body=" not in dialog_recorder.urls[-1]
    assert QGuiApplication.clipboard().text().startswith("Уважаемый господин министр!")
    assert dialog_recorder.infos and "paste" in dialog_recorder.infos[-1]


def test_bad_case_file_keeps_the_letter(make_window, dialog_recorder, tmp_path):
    window = make_window()
    before = letter_text(window)
    broken = tmp_path / "broken.json"
    broken.write_text("{ not a case", encoding="utf-8")
    assert not window.open_case(broken)
    assert "damaged" in dialog_recorder.errors[-1] and "has not changed" in dialog_recorder.errors[-1]
    assert not window.open_case(tmp_path / "missing.json")
    assert "was not found" in dialog_recorder.errors[-1]
    assert letter_text(window) == before


def test_opening_a_case_asks_before_losing_edits(make_window, dialog_recorder, qtbot, tmp_path):
    window = make_window()
    qtbot.keyClicks(window.letter_panel.editor, "mine ")
    mine = letter_text(window)
    dialog_recorder.answer_yes = False
    assert not window.open_case(sample_case_path())
    assert dialog_recorder.questions and letter_text(window) == mine


def test_case_text_with_template_syntax_is_shown_as_typed(make_window, tmp_path):
    data = case_to_dict(load_case(sample_case_path()))
    data["people"][0]["name"] = "{{ 7*7 }} <b>Bold</b>"
    data["people"][0].pop("forms")
    data["write_languages"] = ["en"]
    path = tmp_path / "odd.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    window = make_window(path)
    assert window.case_panel.people.text() == "{{ 7*7 }} <b>Bold</b>"
    assert "concern for {{ 7*7 }} <b>Bold</b> in Kyrgyzstan" in letter_text(window)


def test_bad_case_on_the_command_line_opens_the_sample(make_window, dialog_recorder, tmp_path):
    path = tmp_path / "bad.json"
    path.write_bytes(b"\x00\x01")
    window = make_window(path)
    assert window.case_panel.people.text() == "Azimzhan Askarov"
    assert "sample case instead" in dialog_recorder.errors[-1]


def test_sender_is_remembered_unless_the_user_opts_out(make_window, qtbot):
    first = make_window()
    qtbot.keyClicks(first.sender_form.name, "Anna Schmidt")
    qtbot.keyClicks(first.sender_form.town, "Lyon")
    first.settings.sync()
    second = make_window()
    assert second.sender_form.name.text() == "Anna Schmidt"
    assert second.letter_panel.editor.toPlainText().startswith("Anna Schmidt\nLyon\n")
    second.sender_form.remember.setChecked(False)
    second.settings.sync()
    third = make_window()
    assert third.sender_form.name.text() == "" and not third.sender_form.remember.isChecked()


def test_crash_handler_logs_and_shows_details(make_window, dialog_recorder, tmp_path):
    from ua_desktop.gui.crash import CrashHandler
    from ua_desktop.logs import setup_logging

    window = make_window()
    before = letter_text(window)
    log_path = setup_logging(tmp_path / "logs")
    handler = CrashHandler(log_path, show_dialog=True)
    try:
        raise RuntimeError("boom in a slot")
    except RuntimeError as error:
        handler.handle(type(error), error, error.__traceback__)
    assert "RuntimeError: boom in a slot" in dialog_recorder.crashes[-1]
    assert "boom in a slot" in log_path.read_text(encoding="utf-8")
    assert letter_text(window) == before


def test_crash_dialog_copies_details(qtbot):
    from ua_desktop.gui.dialogs.crash_dialog import CrashDialog

    dialog = CrashDialog("Sorry", "Traceback: details")
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == "Traceback: details"


def test_recipient_model_without_a_window():
    from ua_desktop.gui.review.recipient_model import RecipientListModel

    model = RecipientListModel(load_case(sample_case_path()).recipients)
    assert model.rowCount() == 3
    assert model.data(model.index(2)).splitlines() == [
        "Roza Otunbaeva", "President of the Interim Government", "Copy of your letter"]
    assert model.data(model.index(5)) is None


def test_pasted_control_characters_are_cleaned(make_window):
    window = make_window()
    window.sender_form.name.setText("Anna\x00 Sch\x1bmidt\x07")
    window.languages.select("en")
    assert letter_text(window).startswith("Anna Schmidt\n")
    assert window.session.sender.name == "Anna Schmidt"


def test_long_typing_session_does_not_leak_references_to_none(make_window, qtbot):
    """PySide6 6.12.0 on Python 3.11 dropped a reference to None on every
    Qt call; a volunteer typing for a while crashed the app (none_dealloc)."""
    import sys

    window = make_window()
    before = sys.getrefcount(None)
    for _ in range(5):
        qtbot.keyClicks(window.sender_form.name, "Anna Schmidt ")
    assert before - sys.getrefcount(None) < 100


def test_an_arabic_letter_runs_right_to_left_in_the_preview(make_window):
    from PySide6.QtCore import Qt

    window = make_window()
    editor = window.letter_panel.editor
    window.languages.select("ar")
    option = editor.document().firstBlock().layout().textOption()
    assert option.textDirection() == Qt.LayoutDirection.RightToLeft
    assert option.alignment() & Qt.AlignmentFlag.AlignRight
    window.languages.select("ru")
    option = editor.document().firstBlock().layout().textOption()
    assert option.textDirection() == Qt.LayoutDirection.LeftToRight
    assert option.alignment() & Qt.AlignmentFlag.AlignLeft
