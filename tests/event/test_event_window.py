"""The event window: a writer's path by keyboard alone, "Next writer"
leaving nothing behind, added recipients and a name for every control."""

from __future__ import annotations

import os

from event_window_helpers import (
    CASE,
    EMBASSY,
    WRITER,
    all_texts,
    files_mentioning,
    fill_in_writer,
    press,
)

from ua_desktop.core.case.model import RecipientRole
from ua_desktop.core.events.event import LetterEvent
from ua_desktop.core.letters.letter import Sender


# ---------------------------------------------------------------- keyboard
def test_keyboard_alone_from_start_to_a_saved_letter(qtbot, make_event_window, stand_in, tmp_path):
    from PySide6.QtCore import Qt

    from ua_desktop.gui.event.window import CASE as CASE_STEP
    from ua_desktop.gui.event.window import LANGUAGE, LETTER, RECIPIENT
    from ua_desktop.gui.event.window import WRITER as WRITER_STEP

    window = make_event_window()
    stand_in.save_path = tmp_path / "letter.docx"
    assert window.step == CASE_STEP and window.focusWidget() is window.case_step.list
    press(qtbot, window, Qt.Key.Key_Down)  # the second case
    press(qtbot, window, Qt.Key.Key_Return)
    assert window.step == RECIPIENT and window.session.case.people_names == "Jane Doe"
    press(qtbot, window, Qt.Key.Key_Down)  # the second recipient
    press(qtbot, window, Qt.Key.Key_Enter)
    assert window.step == LANGUAGE and window.session.recipient_index == 1
    press(qtbot, window, Qt.Key.Key_Return)
    assert window.step == WRITER_STEP and window.focusWidget() is window.writer_step.name
    press(qtbot, window, None, "Ann Lee")
    press(qtbot, window, Qt.Key.Key_Return)
    press(qtbot, window, None, "Lyon")
    press(qtbot, window, Qt.Key.Key_Tab)
    press(qtbot, window, None, "France")
    press(qtbot, window, Qt.Key.Key_Return)
    assert window.step == LETTER and window.focusWidget() is window.letter_step.personal
    press(qtbot, window, None, "I am a nurse in Lyon.")
    for _ in range(20):
        if window.focusWidget() is window.letter_step.save_button:
            break
        press(qtbot, window, Qt.Key.Key_Tab)
    assert window.focusWidget() is window.letter_step.save_button
    press(qtbot, window, Qt.Key.Key_Return)
    from docx import Document

    text = "\n".join(p.text for p in Document(stand_in.save_path).paragraphs)
    assert "Ann Lee" in text and "Lyon, France" in text and "I am a nurse in Lyon." in text
    assert window.tally.total("saved") == 1
    assert window.letter_event.is_covered(window.session.case, window.session.recipient)


def test_back_and_next_buttons_and_their_keys(qtbot, make_event_window):
    from PySide6.QtCore import Qt

    from ua_desktop.gui.event.window import CASE as CASE_STEP
    from ua_desktop.gui.event.window import RECIPIENT

    window = make_event_window()
    assert not window.back_button.isEnabled()
    qtbot.mouseClick(window.next_button, Qt.MouseButton.LeftButton)
    assert window.step == RECIPIENT
    window.back_button.setFocus()
    press(qtbot, window, Qt.Key.Key_Space)
    assert window.step == CASE_STEP
    assert window.next_button.text().replace("&", "") and "&" in window.next_writer_button.text()


def test_the_last_step_finishes_for_the_next_writer(qtbot, make_event_window, stand_in):
    """"Next →" becomes "I have finished" on the letter: it hands over to the
    next writer, asking first while the letter has not gone anywhere."""
    from PySide6.QtCore import Qt

    from ua_desktop.gui.event.window import CASE as CASE_STEP
    from ua_desktop.gui.event.window import LETTER

    window = make_event_window()
    window.go_to(LETTER)
    assert window.next_button.isEnabled() and window.next_button.text() == "&I have finished"
    assert not window.next_writer_button.font().bold() and window.next_button.font().bold()  # they look different
    stand_in.answer_yes = False
    qtbot.mouseClick(window.next_button, Qt.MouseButton.LeftButton)
    def asked() -> int:
        return sum("not been printed" in question for question in stand_in.questions)

    assert asked() == 1 and window.step == LETTER  # not printed yet: asked, and kept
    window.print_letter()
    qtbot.mouseClick(window.next_button, Qt.MouseButton.LeftButton)
    assert asked() == 1 and window.step == CASE_STEP
    assert window.letter_event.writer_number == 2 and window.next_button.text() == "Ne&xt →"


# ---------------------------------------------------------------- next writer
def test_next_writer_leaves_nothing_of_the_last_writer(qtbot, make_event_window, stand_in, tmp_path,
                                                       _private_home):
    from PySide6.QtGui import QGuiApplication

    from ua_desktop.gui.event.window import CASE as CASE_STEP

    window = make_event_window()
    fill_in_writer(qtbot, window)
    qtbot.keyClicks(window.letter_step.editor, "P.S. Zoltan")
    assert WRITER[3] in window.session.letter.text and "P.S. Zoltan" in window.session.letter.text
    folder = tmp_path / "Zoltan Quixby letters"
    folder.mkdir()
    stand_in.save_path = folder / "mine.docx"
    window.save_letter()
    window.copy_email()
    assert "Zoltan Quixby" in QGuiApplication.clipboard().text()
    assert window.settings.last_save_dir == str(folder)
    words = ["Zoltan", "Quixby", "Xanthville", "Borduria"]

    assert window.next_writer()
    assert window.step == CASE_STEP and window.letter_event.writer_number == 2
    for text in all_texts(window):
        assert not any(word in text for word in words), text
    assert window.session.sender == Sender() and window.session.personal == "" and not window.session.edited
    assert not any(word in window.session.letter.text for word in words)
    assert not any(word in QGuiApplication.clipboard().text() for word in words)
    assert window.settings.last_save_dir != str(folder) and window.letter_actions.last_saved_text == ""
    assert files_mentioning(_private_home, words) == [], "settings, data and logs hold nothing of the writer"
    assert not window.letter_event.is_covered(CASE, CASE.recipients[0])
    assert window.tally.total() == 2, "the counts stay"


def test_next_writer_asks_before_clearing_a_letter_not_yet_sent(qtbot, make_event_window, stand_in):
    window = make_event_window()
    fill_in_writer(qtbot, window)
    stand_in.answer_yes = False
    assert not window.next_writer()
    assert window.writer_step.name.text() == WRITER[0] and stand_in.questions
    stand_in.answer_yes = True
    assert window.next_writer() and window.writer_step.name.text() == ""


def test_consecutive_writers_get_different_letters(qtbot, make_event_window):
    from ua_desktop.gui.event.window import LETTER

    window = make_event_window()
    texts = []
    for _ in range(6):
        window.go_to(LETTER)
        texts.append(window.letter_step.editor.toPlainText())
        window.next_writer()
    assert len(set(texts)) == 6


def test_different_wording_button_changes_the_words_not_the_requests(qtbot, make_event_window):
    from PySide6.QtCore import Qt

    from ua_desktop.gui.event.window import LETTER

    window = make_event_window()
    window.go_to(LETTER)
    before = window.letter_step.editor.toPlainText()
    qtbot.mouseClick(window.letter_step.different, Qt.MouseButton.LeftButton)
    after = window.letter_step.editor.toPlainText()
    assert after != before
    asks = [line for line in before.splitlines() if line.startswith("–")]
    assert asks == [line for line in after.splitlines() if line.startswith("–")]


def test_a_sent_letter_is_not_carried_over_to_the_next_recipient(qtbot, make_event_window):
    from ua_desktop.gui.event.window import LETTER

    window = make_event_window()
    window.choose_language("ru")
    window.go_to(LETTER)
    qtbot.keyClicks(window.letter_step.editor, "My own words. ")
    window.choose_recipient(1)
    assert window.session.edited, "changes of a letter not yet sent are kept"
    window.print_letter()
    window.choose_recipient(2)
    window.go_to(LETTER)
    assert not window.session.edited
    assert "My own words." not in window.letter_step.editor.toPlainText()
    assert window.letter_step.editor.toPlainText() == window.session.letter.text
    assert "Отунбаевой" in window.session.letter.text  # the copy's recipient, in Russian


def test_personal_sentence_goes_into_the_letter_and_is_cleaned(qtbot, make_event_window):
    from ua_desktop.gui.event.window import LETTER

    window = make_event_window()
    window.go_to(LETTER)
    window.letter_step.personal.setText("  I am a   teacher\tin Lyon.  ")
    assert "\n\nI am a teacher in Lyon.\n\n" in window.letter_step.editor.toPlainText()


def test_the_letter_box_scrolls_to_the_writers_sentence(qtbot, make_event_window):
    """The sentence lies below the first screenful of a short letter box:
    the box shows it as it is typed."""
    from ua_desktop.gui.event.window import LETTER

    window = make_event_window()
    window.resize(1014, 524)
    window.go_to(LETTER)
    editor = window.letter_step.editor
    qtbot.waitUntil(lambda: editor.viewport().height() > 100)
    assert editor.verticalScrollBar().maximum() > 0  # the letter is longer than the box
    assert editor.verticalScrollBar().value() == 0
    window.letter_step.personal.setText("I am a teacher in Lyon.")
    found = editor.document().find("I am a teacher in Lyon.")
    where = editor.cursorRect(found)
    assert editor.verticalScrollBar().value() > 0
    assert editor.viewport().rect().contains(where), (where, editor.viewport().rect())


def test_large_type_in_the_saved_message(qtbot, make_event_window, tmp_path):
    from ua_desktop.gui.event.widgets import EVENT_POINT_SIZE

    window = make_event_window()
    window.saved_bar.show_saved("Saved.", tmp_path / "letter.docx")
    assert window.saved_bar.message.font().pointSize() >= EVENT_POINT_SIZE
    assert window.saved_bar.folder_button.font().pointSize() >= EVENT_POINT_SIZE


# ---------------------------------------------------------------- counts and recipients
def test_recipients_written_to_are_ticked_and_added_ones_stay(qtbot, make_event_window, stand_in, data_dir):
    from PySide6.QtCore import Qt

    from ua_desktop.gui.event.window import LETTER, RECIPIENT

    window = make_event_window()
    window.go_to(LETTER)
    window.print_letter()
    window.go_to(RECIPIENT)
    items = window.recipient_step.list
    assert items.item(0).checkState() == Qt.CheckState.Checked
    assert items.item(1).checkState() == Qt.CheckState.Unchecked
    assert "You have written to" in items.item(0).text(), "not by a mark alone"
    assert "Not yet" in window.recipient_step.covered.text()
    items.item(2).setCheckState(Qt.CheckState.Checked)  # written by hand: the writer ticks it
    assert window.letter_event.is_covered(CASE, CASE.recipients[2])
    assert window.recipient_step.list.item(2).checkState() == Qt.CheckState.Checked
    stand_in.extra_recipient = EMBASSY
    qtbot.mouseClick(window.recipient_step.add_button, Qt.MouseButton.LeftButton)
    assert window.session.recipient.name == EMBASSY.name
    assert "added at this event" in window.recipient_step.list.item(3).text()
    window.go_to(LETTER)
    assert "Embassy of the Kyrgyz Republic" in window.letter_step.editor.toPlainText()
    window.print_letter()
    window.next_writer()
    window.go_to(RECIPIENT)
    assert window.recipient_step.list.count() == 4
    assert all(window.recipient_step.list.item(row).checkState() == Qt.CheckState.Unchecked for row in range(4))
    assert LetterEvent([CASE], data_dir).cases[0].recipients[-1].name == EMBASSY.name


# ---------------------------------------------------------------- organiser
# ---------------------------------------------------------------- accessibility
def _unnamed_controls(root) -> list[str]:
    from PySide6.QtGui import QAccessible
    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractItemView,
        QComboBox,
        QLineEdit,
        QPlainTextEdit,
    )

    missing = []
    for kind in (QAbstractButton, QLineEdit, QPlainTextEdit, QComboBox, QAbstractItemView):
        for widget in root.findChildren(kind):
            if widget.focusPolicy() == widget.focusPolicy().NoFocus:
                continue  # not reachable by keyboard (a table's corner button)
            if widget.window() is not root:
                continue  # a combo box's own pop-up list
            interface = QAccessible.queryAccessibleInterface(widget)
            name = interface.text(QAccessible.Text.Name) if interface else ""
            if not widget.accessibleName() or not name:
                missing.append(f"{type(widget).__name__} {widget.objectName()} {getattr(widget, 'text', str)()}")
    return missing


def test_every_control_has_an_accessible_name(qtbot, make_event_window):
    from ua_desktop.gui.event.recipient_dialog import ExtraRecipientDialog
    from ua_desktop.gui.event.tally_view import OrganiserPanel

    window = make_event_window()
    window.letter_event.signups_enabled = True
    for step in range(5):
        window.go_to(step)
    assert _unnamed_controls(window) == []
    panel = OrganiserPanel(window.tally, window.letter_event, window)
    dialog = ExtraRecipientDialog("Kyrgyzstan", window)
    qtbot.addWidget(panel)
    qtbot.addWidget(dialog)
    assert _unnamed_controls(panel) == []
    assert _unnamed_controls(dialog) == []


def test_large_type_and_large_buttons(qtbot, make_event_window):
    from PySide6.QtWidgets import QPushButton

    from ua_desktop.gui.event.widgets import BUTTON_HEIGHT, EVENT_POINT_SIZE

    window = make_event_window()
    assert window.font().pointSize() >= EVENT_POINT_SIZE
    assert window.writer_step.name.font().pointSize() >= EVENT_POINT_SIZE
    for button in window.findChildren(QPushButton):
        assert button.minimumHeight() >= BUTTON_HEIGHT, button.text()


def test_extra_recipient_dialog_builds_a_recipient(qtbot):
    from ua_desktop.gui.app import create_application
    from ua_desktop.gui.event.recipient_dialog import ExtraRecipientDialog

    create_application()
    dialog = ExtraRecipientDialog("Kyrgyzstan")
    qtbot.addWidget(dialog)
    assert dialog.recipient() is None
    qtbot.keyClicks(dialog.name, "Ambassador of Kyrgyzstan")
    dialog.address.setPlainText(" Rue 1 \n\n1050 Brussels")
    qtbot.keyClicks(dialog.country, "Belgium")
    recipient = dialog.recipient()
    assert recipient.name == "Ambassador of Kyrgyzstan" and recipient.office == "ambassador"
    assert recipient.address_lines == ("Rue 1", "1050 Brussels") and recipient.role is RecipientRole.COPY


def test_next_writer_forgets_the_file_dialog_folders(qtbot, make_event_window, _private_qt_settings):
    from PySide6.QtCore import QSettings

    remembered = QSettings(QSettings.Scope.UserScope, "QtProject")
    remembered.setValue("FileDialog/lastVisited", "file:///home/Zoltan Quixby")
    remembered.setValue("FileDialog/history", ["file:///home/Zoltan Quixby"])
    remembered.setValue("FileDialog/viewMode", "Detail")
    remembered.sync()
    window = make_event_window()
    window.next_writer()
    after = QSettings(QSettings.Scope.UserScope, "QtProject")
    assert after.value("FileDialog/lastVisited") is None and after.value("FileDialog/history") is None
    assert after.value("FileDialog/viewMode") == "Detail"
    assert files_mentioning(_private_qt_settings, ["Zoltan"]) == []


def test_event_window_writes_no_settings(qtbot, make_event_window, stand_in, tmp_path, _private_home):
    window = make_event_window()
    fill_in_writer(qtbot, window)
    stand_in.save_path = tmp_path / "x.docx"
    window.save_letter()
    window.next_writer()
    assert not (_private_home / "config").exists() or not any((_private_home / "config").rglob("*"))
    assert os.listdir(_private_home / "data") == [] or set(os.listdir(_private_home / "data")) <= {
        "event-tally.json", "event-recipients.json"}


def test_saving_at_an_event_keeps_no_recent_files(monkeypatch, tmp_path):
    """The system's save dialog may list recent files; at an event the
    letter actions ask for Qt's own, private one."""
    from ua_desktop.gui.dialogs import seam as dialogs
    from ua_desktop.gui.event.actions import EventSettings
    from ua_desktop.gui.main_window.letter_actions import LetterActions

    asked = []
    monkeypatch.setattr(dialogs, "choose_save_path", lambda *args, **kwargs: asked.append(kwargs) or None)

    class Session:
        letter = type("L", (), {"language": "en", "text": "", "untranslated": ()})()
        recipient = type("R", (), {"name": "X"})()
        state = type("S", (), {"out_of_date": False})()

    LetterActions(None, Session(), EventSettings(), lambda message: None).save_letter()
    assert asked == [{"private": True}]


def test_the_case_list_gives_each_deadline_in_words(make_event_window):
    import datetime as dt

    from event_window_helpers import CASE, OTHER

    window = make_event_window((CASE.with_changes(deadline=dt.date(2026, 12, 1)),
                                OTHER.with_changes(deadline=dt.date(2026, 11, 1)), OTHER.with_changes(deadline=None)))
    texts = [window.case_step.list.item(row).text() for row in range(window.case_step.list.count())]
    assert "3 days left" in texts[0] and "Deadline passed" in texts[1] and "No deadline" in texts[2]


def test_the_sign_up_box_is_large_its_text_wraps_and_a_click_on_it_ticks(qtbot, make_event_window):
    from PySide6.QtCore import Qt

    from ua_desktop.gui.event.widgets import TICK_BOX
    from ua_desktop.gui.event.window import WRITER

    window = make_event_window()
    window.letter_event.signups_enabled = True
    window.go_to(WRITER)
    signup = window.writer_step.signup
    assert signup.isVisible() and signup.label.wordWrap()
    assert signup.box.sizeHint().height() >= TICK_BOX
    qtbot.mouseClick(signup.label, Qt.MouseButton.LeftButton)
    assert signup.isChecked()
    qtbot.mouseClick(signup.label, Qt.MouseButton.LeftButton)
    assert not signup.isChecked()


def test_the_events_dialogs_come_in_its_large_type(qtbot, make_event_window):
    from PySide6.QtWidgets import QInputDialog, QMainWindow

    from ua_desktop.gui.dialogs.seam import question_box
    from ua_desktop.gui.event.recipient_dialog import ExtraRecipientDialog
    from ua_desktop.gui.event.widgets import EVENT_POINT_SIZE

    window = make_event_window()
    box, yes = question_box(window, "Start again for the next writer?", "Everything will be cleared.", "Clear", "Back")
    pin = QInputDialog(window)
    elsewhere = QMainWindow()
    other, _yes = question_box(elsewhere, "A question", "From another window.", "Yes", "No")
    for dialog in (box, pin, elsewhere, other, ExtraRecipientDialog("Kyrgyzstan", window)):
        qtbot.addWidget(dialog)
        dialog.show()
    assert box.font().pointSize() >= EVENT_POINT_SIZE and yes.font().pointSize() >= EVENT_POINT_SIZE
    assert pin.font().pointSize() >= EVENT_POINT_SIZE
    assert other.font().pointSize() < EVENT_POINT_SIZE  # a window that did not ask keeps Qt's way


def test_the_event_letter_starts_in_the_window_language_when_the_case_welcomes_it(make_event_window):
    from ua_desktop import i18n

    i18n.set_language("de")  # a language the sheet does not name: it welcomes the writer's own
    try:
        window = make_event_window()
        assert window.session.language == "de" and "Sehr geehrte" in window.session.letter.text
        assert window.language_step.combo.currentData() == "de"
        assert "Ihre eigene Sprache" in window.language_step.help.text()
    finally:
        i18n.set_language("en")
