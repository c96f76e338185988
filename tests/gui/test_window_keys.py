"""Alt-key letters in the main window, as in the event window: every
button and every labelled field on show has an underlined letter, and no
two of them (nor a menu of the menu bar) share one, in every window
language, on a first start and afterwards. The focus starts on the
recipient list."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QToolButton

from tests.gui.test_menu_keys import clashes, mnemonic
from ua_desktop.gui.main_window.untranslated_notice import UntranslatedNotice
from ua_desktop.gui.saved_bar import SavedBar
from ua_desktop.gui.ui_language import UI_LANGUAGES

#: Notices that come and go with a message; their buttons are reached with Tab.
PASSING_NOTICES = (SavedBar, UntranslatedNotice)


def in_passing_notice(widget, window) -> bool:
    while widget is not None and widget is not window:
        if isinstance(widget, PASSING_NOTICES) or widget.objectName() == "outOfDate":
            return True
        widget = widget.parentWidget()
    return False


def keyed_texts(window) -> dict[str, list[str]]:
    """The texts that should carry an Alt key, by kind: the menu bar's, the
    buttons' and the field labels' on show."""
    central = window.centralWidget()
    shown = lambda w: w.isVisibleTo(window) and not in_passing_notice(w, window)  # noqa: E731
    buttons = [b for b in central.findChildren(QAbstractButton) if shown(b) and not isinstance(b, QToolButton)]
    labels = [label for label in central.findChildren(QLabel) if label.buddy() is not None and shown(label)]
    return {"menu bar": [a.text() for a in window.menuBar().actions()],
            "buttons": [b.text() for b in buttons], "field labels": [label.text() for label in labels]}


def problems(window) -> list[str]:
    texts = keyed_texts(window)
    found = [f"no Alt key: {text!r}" for kind in ("buttons", "field labels") for text in texts[kind]
             if mnemonic(text) is None]
    found += [f"{key!r} shared by {shared}" for key, shared in clashes(sum(texts.values(), [])).items()]
    return found


def window_in(make_window, code):
    window = make_window()
    if code != "en":
        window.actions.window_languages[code].trigger()
        window = window.shell.window
    return window


@pytest.mark.parametrize("code", sorted(UI_LANGUAGES))
def test_every_button_and_field_has_its_own_alt_key(make_window, code):
    window = window_in(make_window, code)
    window.show()
    assert window.start_panel.isVisibleTo(window)
    first_start = problems(window)
    form = window.sender_form
    assert {form.name, form.town, form.country} <= {label.buddy() for label in form.findChildren(QLabel)}
    window.start_panel.close_button.click()
    assert window.case_panel.open_button.isVisibleTo(window)
    later = problems(window)
    form.address_button.click()
    with_address = problems(window)
    assert len(keyed_texts(window)["buttons"]) >= 8 and len(keyed_texts(window)["field labels"]) == 4
    assert not (first_start or later or with_address), f"{code}: first start {first_start}; later {later}; " \
                                                       f"with the address {with_address}"


def test_the_check_sees_a_missing_and_a_shared_key(make_window):
    window = make_window()
    window.show()
    window.letter_panel.print_button.setText("Print…")
    assert "no Alt key: 'Print…'" in problems(window)
    window.letter_panel.print_button.setText("&Save it")
    assert any("shared" in p for p in problems(window))


def test_alt_keys_move_the_focus_and_press_buttons_and_focus_starts_on_the_recipients(make_window, qtbot):
    window = make_window()
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    assert QApplication.focusWidget() is window.recipients.list
    label = next(label for label in window.sender_form.findChildren(QLabel) if label.buddy() is window.sender_form.name)
    qtbot.keyClick(window, mnemonic(label.text()), Qt.KeyboardModifier.AltModifier)
    assert QApplication.focusWidget() is window.sender_form.name
    pressed = []
    window.start_panel.close_button.clicked.connect(lambda: pressed.append(1))
    qtbot.keyClick(window, mnemonic(window.start_panel.close_button.text()), Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: bool(pressed))  # a mnemonic presses the button as a click would (animated)
    assert not window.start_panel.isVisibleTo(window)
