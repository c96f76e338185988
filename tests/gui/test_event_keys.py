"""Alt+letter in the event window and the organiser's panel: on every step
and in every window language, each underlined letter belongs to one
control only (a second one could not be reached with it), and every
button the writer uses has one."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget

from tests.gui.fit_helpers import LANGUAGES
from tests.gui.test_fits_small_screens import windows_in
from tests.gui.test_menu_keys import clashes, mnemonic


def keyed_texts(window: QWidget) -> list[str]:
    """The texts of the shown buttons and of the shown labels that lead to a field."""
    texts = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window):
            continue
        if isinstance(widget, QAbstractButton) or (isinstance(widget, QLabel) and widget.buddy() is not None):
            texts.append(widget.text())
    return texts


def unkeyed_buttons(window: QWidget, leave_out: tuple[QWidget, ...] = ()) -> list[str]:
    return [button.text() for button in window.findChildren(QAbstractButton)
            if button.isVisibleTo(window) and button.text() and mnemonic(button.text()) is None
            and button not in leave_out]


@pytest.mark.parametrize("code", LANGUAGES)
def test_every_step_of_the_event_has_one_control_per_key(code, tmp_path_factory, tmp_path):
    from ua_desktop.gui.event.window import LETTER

    window = windows_in(code, tmp_path_factory)["event"]
    window.letter_event.signups_enabled = True
    window.show()
    found = {}
    try:
        for step in range(LETTER + 1):
            window.go_to(step)
            if clash := clashes(keyed_texts(window)):
                found[f"step {step + 1}"] = clash
            if missing := unkeyed_buttons(window):
                found[f"step {step + 1} without a key"] = missing
        (tmp_path / "letter.docx").write_bytes(b"")  # Open is offered for a file that is there
        window.letter_actions.on_saved("Saved.", tmp_path / "letter.docx")  # its buttons join the letter step
        if clash := clashes(keyed_texts(window)):
            found["saved"] = clash
        if missing := unkeyed_buttons(window):
            found["saved, without a key"] = missing
    finally:
        window.letter_event.signups_enabled = False
        window.saved_bar.forget()
        window.hide()
    assert not found, f"{code}: {found}"


@pytest.mark.parametrize("code", LANGUAGES)
def test_the_organiser_panel_has_one_control_per_key(code, tmp_path_factory):
    panel = windows_in(code, tmp_path_factory)["organiser"]
    panel.show()
    try:
        found = clashes(keyed_texts(panel))
        missing = unkeyed_buttons(panel)
    finally:
        panel.hide()
    assert not found and not missing, f"{code}: {found} {missing}"


def test_the_check_sees_a_clash_on_a_step(tmp_path_factory):
    from PySide6.QtWidgets import QPushButton

    window = windows_in("en", tmp_path_factory)["event"]
    window.show()
    extra = QPushButton("&Back again", window.centralWidget())
    extra.show()
    try:
        assert "b" in clashes(keyed_texts(window))
    finally:
        extra.deleteLater()
        window.hide()
