"""The event on its own page: a save is shown on the page, and "Next
writer" only asks when there is a letter to lose."""

from event_window_helpers import fill_in_writer


def test_the_event_says_on_the_page_that_the_letter_was_saved(qtbot, make_event_window, stand_in, tmp_path):
    window = make_event_window()
    fill_in_writer(qtbot, window)
    stand_in.save_path = tmp_path / "letter.docx"
    window.save_letter()
    assert window.saved_bar.isVisible() and "letter.docx" in window.saved_bar.message.text()
    window.next_writer()
    assert not window.saved_bar.isVisible() and window.saved_bar.message.text() == ""


def test_next_writer_asks_only_when_there_is_a_letter(qtbot, make_event_window, stand_in):
    from ua_desktop.gui.event.window import LETTER, WRITER

    window = make_event_window()
    window.go_to(WRITER)
    qtbot.keyClicks(window.writer_step.name, "Ann Lee")
    assert window.next_writer() and not stand_in.questions  # a name, but no letter yet
    window.go_to(LETTER)
    stand_in.answer_yes = False
    assert not window.next_writer() and stand_in.questions
