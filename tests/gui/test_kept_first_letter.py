"""A start that shows the letter kept from the last start drafts it for
real once the window's first frame is painted (`ua_desktop.gui.first_frame`)."""

from ua_desktop.core.letters.drafting import LetterDrafter


def test_the_kept_first_letter_is_drafted_after_the_first_frame(make_window, qtbot, monkeypatch):
    first = make_window()
    text = first.letter_panel.editor.toPlainText()
    drafted = []
    draft = LetterDrafter.draft
    monkeypatch.setattr(LetterDrafter, "draft", lambda self, request: drafted.append(request) or draft(self, request))
    second = make_window()
    assert drafted == [] and second.letter_panel.editor.toPlainText() == text  # the kept letter, not drafted
    qtbot.waitUntil(lambda: len(drafted) == 1)  # after the first frame
    assert second.letter_panel.editor.toPlainText() == text and not second.session.edited


def test_a_writer_whose_details_are_remembered_gets_the_kept_letter_too(make_window, qtbot, monkeypatch):
    from ua_desktop.core.letters.letter import Sender

    first = make_window()
    first.settings.store_sender(Sender("Anna Beispiel", "Lyon", "France"))  # remembered: the kept letter goes
    assert not first.shell.paths.kept_letter_file.exists()
    second = make_window()  # drafts with Anna's details and keeps that letter
    assert "Anna Beispiel" in second.letter_panel.editor.toPlainText()
    drafted = []
    draft = LetterDrafter.draft
    monkeypatch.setattr(LetterDrafter, "draft", lambda self, request: drafted.append(request) or draft(self, request))
    third = make_window()
    assert drafted == [] and third.letter_panel.editor.toPlainText() == second.letter_panel.editor.toPlainText()
    third.settings.forget_sender()
    assert not third.shell.paths.kept_letter_file.exists()
