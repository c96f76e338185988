"""Reading comfort: Normal, Large and Extra large text, Ctrl+plus and
Ctrl+minus, kept for the next start."""


def sizes(window):
    return (window.letter_panel.save_button.font().pointSize(), window.case_panel.heading.font().pointSize(),
            window.letter_panel.editor.font().pointSize())


def test_text_grows_everywhere_and_is_remembered(make_window):
    window = make_window()
    normal = sizes(window)
    assert window.actions.text_sizes[0].isChecked()
    window.actions.text_sizes[2].trigger()  # Extra large
    assert sizes(window) == tuple(size + 6 for size in normal)
    assert window.settings.text_size == 2
    window.actions.smaller_text.trigger()  # Ctrl+minus
    assert sizes(window) == tuple(size + 3 for size in normal) and window.actions.text_sizes[1].isChecked()
    window.actions.larger_text.trigger()
    window.actions.larger_text.trigger()  # no bigger than Extra large
    assert window.settings.text_size == 2
    window.close()
    again = make_window()
    assert sizes(again) == tuple(size + 6 for size in normal)


def test_the_keys_are_ctrl_plus_and_minus(make_window):
    from PySide6.QtGui import QKeySequence

    window = make_window()
    assert QKeySequence("Ctrl++") in window.actions.larger_text.shortcuts()
    assert QKeySequence("Ctrl+-") in window.actions.smaller_text.shortcuts()


def test_focus_starts_on_the_recipient_list(make_window):
    window = make_window()
    assert window.focusWidget() is window.recipients.list
