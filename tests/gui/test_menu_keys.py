"""Keyboard users open a menu with Alt and a letter, then pick an entry by
its underlined letter. Two entries underlining the same letter make the
second one unreachable that way: in every window language, each menu
(and the menu bar) underlines each letter at most once."""

import re

import pytest
from PySide6.QtWidgets import QMenu

from ua_desktop.gui.ui_language import UI_LANGUAGES

MNEMONIC = re.compile(r"&(.)")


def mnemonic(text: str) -> str | None:
    """The underlined letter of a menu text ("&&" is a plain ampersand)."""
    for match in MNEMONIC.finditer(text.replace("&&", "")):
        return match.group(1).casefold()
    return None


def clashes(texts: list[str]) -> dict[str, list[str]]:
    by_key: dict[str, list[str]] = {}
    for text in texts:
        key = mnemonic(text)
        if key is not None:
            by_key.setdefault(key, []).append(text)
    return {key: found for key, found in by_key.items() if len(found) > 1}


def menus_of(window):
    """(name, texts) for the menu bar and every menu and submenu in it."""
    bar = window.menuBar()
    yield "menu bar", [action.text() for action in bar.actions()]
    pending = [action.menu() for action in bar.actions() if action.menu() is not None]
    while pending:
        menu: QMenu = pending.pop()
        entries = [action for action in menu.actions() if not action.isSeparator()]
        yield menu.title(), [action.text() for action in entries]
        pending += [action.menu() for action in entries if action.menu() is not None]


def test_the_check_finds_a_clash():
    assert mnemonic("Save as P&DF…") == "d" and mnemonic("Fish && &chips") == "c" and mnemonic("Plain") is None
    assert clashes(["&Paste", "&Print", "&Save"]) == {"p": ["&Paste", "&Print"]}


@pytest.mark.parametrize("code", sorted(UI_LANGUAGES))
def test_no_two_entries_of_a_menu_share_a_key(make_window, code):
    window = make_window()
    if code != "en":
        window.actions.window_languages[code].trigger()
        window = window.shell.window
    found = {name: clash for name, texts in menus_of(window) if (clash := clashes(texts))}
    assert not found, f"{code}: {found}"
