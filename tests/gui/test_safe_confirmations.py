"""Questions that keep the letter safe: Enter never throws it away,
closing offers to save it, an unsigned letter or one written for other
choices is asked about before it goes, and a save is shown in the window."""

from PySide6.QtCore import Qt

from ua_desktop.gui.dialogs import seam as dialogs


def edit_letter(qtbot, window, words=" PS I am a teacher"):
    editor = window.letter_panel.editor
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    qtbot.keyClicks(editor, words)


def test_enter_and_escape_keep_things_as_they_are(qtbot):
    from PySide6.QtWidgets import QMessageBox

    box, yes = dialogs.question_box(None, "Close?", "Lose the letter?", "Close and lose it", "Keep working")
    qtbot.addWidget(box)
    keep = box.defaultButton()
    assert keep is not None and keep is not yes and keep.text() == "Keep working"
    assert box.escapeButton() is keep
    assert box.buttonRole(yes) == QMessageBox.ButtonRole.DestructiveRole


def test_closing_with_an_unsaved_letter_offers_to_save_it(make_window, dialog_recorder, qtbot, tmp_path, monkeypatch):
    window = make_window()
    edit_letter(qtbot, window)
    asked = []

    def choose(parent, title, message, choices):
        asked.append([key for key, _text in choices])
        return answer

    monkeypatch.setattr(dialogs, "ask_choice", choose)
    answer = None  # Cancel
    assert not window.close() and window.isVisible()
    assert asked[-1][0] == "save"  # Save comes first: it is the default, Enter saves
    answer = "save"
    dialog_recorder.save_path = tmp_path / "mine.docx"
    assert window.close()
    assert (tmp_path / "mine.docx").exists()


def test_closing_without_saving_when_the_user_says_so(make_window, qtbot, monkeypatch):
    window = make_window()
    edit_letter(qtbot, window)
    monkeypatch.setattr(dialogs, "ask_choice", lambda *args: "discard")
    assert window.close()


def test_a_changed_choice_under_an_edited_letter_is_asked_about_before_saving(make_window, dialog_recorder, qtbot,
                                                                            tmp_path):
    window = make_window()
    edit_letter(qtbot, window)
    window.languages.select("ru")  # the edited letter stays in English
    dialog_recorder.save_path = tmp_path / "letter.docx"
    dialog_recorder.choice = "redraft"
    assert window.letter_actions.save_letter() is None
    assert any("another recipient or language" in q for q in dialog_recorder.questions)
    assert "Уважаемый" in window.letter_panel.editor.toPlainText()  # written again, in Russian
    assert not (tmp_path / "letter.docx").exists()
    dialog_recorder.questions.clear()
    assert window.letter_actions.save_letter() == tmp_path / "letter.docx"  # now it matches: no question
    assert not any("another recipient" in q for q in dialog_recorder.questions)


def test_an_unsigned_letter_asks_for_a_name_before_it_is_saved(make_window, dialog_recorder, tmp_path):
    window = make_window()
    assert window.session.sender.name == ""
    dialog_recorder.save_path = tmp_path / "letter.docx"
    dialog_recorder.name_answer = "Anna Schmidt"
    assert window.letter_actions.save_letter()
    assert "name?" in dialog_recorder.questions
    assert window.sender_form.name.text() == "Anna Schmidt"
    assert window.letter_panel.editor.toPlainText().startswith("Anna Schmidt")
    dialog_recorder.questions.clear()
    window.letter_actions.save_letter()
    assert "name?" not in dialog_recorder.questions  # signed now: not asked again


def test_cancelling_the_name_question_saves_nothing(make_window, dialog_recorder, tmp_path):
    window = make_window()
    dialog_recorder.save_path = tmp_path / "letter.docx"
    dialog_recorder.name_answer = None
    assert window.letter_actions.save_letter() is None
    assert not (tmp_path / "letter.docx").exists()


def test_a_saved_letter_is_shown_in_the_window_with_open_folder_and_print(make_window, dialog_recorder, tmp_path,
                                                                         qtbot, monkeypatch):
    window = make_window()
    assert not window.saved_bar.isVisible()
    dialog_recorder.save_path = tmp_path / "letter.docx"
    window.letter_actions.save_letter()
    bar = window.saved_bar
    assert bar.isVisible() and str(tmp_path / "letter.docx") in bar.message.text()
    for button in (bar.open_button, bar.folder_button, bar.print_button):
        assert button.isVisible()
    qtbot.mouseClick(bar.folder_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(bar.open_button, Qt.MouseButton.LeftButton)
    assert dialog_recorder.urls == [tmp_path.as_uri(), (tmp_path / "letter.docx").as_uri()]
    printed = []
    monkeypatch.setattr(dialogs, "print_preview", lambda parent, printer, render: printed.append(1) or True)
    qtbot.mouseClick(bar.print_button, Qt.MouseButton.LeftButton)
    assert printed
