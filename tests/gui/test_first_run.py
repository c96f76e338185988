"""A first start that explains itself: four ways to begin, the example case
labelled as an example, a help page in the window's language, the letter
in the window's language when the case asks for it."""

import pytest
from PySide6.QtCore import Qt

from ua_desktop.gui.dialogs import seam as dialogs


def test_a_first_start_offers_four_ways_to_begin(make_window, qtbot, monkeypatch):
    window = make_window()
    panel = window.start_panel
    assert panel.isVisibleTo(window)
    texts = [b.text() for b in (panel.open_button, panel.paste_button, panel.example_button, panel.event_button)]
    assert [text.replace("&", "") for text in texts] == [
        "Open a case sheet…", "Paste a case sheet…", "Try the example case", "Start a letter-writing event…"]
    pasted = []
    monkeypatch.setattr(dialogs, "ask_for_pasted_text", lambda parent: pasted.append(1) or None)
    qtbot.mouseClick(panel.paste_button, Qt.MouseButton.LeftButton)
    assert pasted and not panel.isVisibleTo(window)
    assert not window.settings.show_start


def test_the_start_panel_is_not_shown_again(make_window, qtbot):
    window = make_window()
    qtbot.mouseClick(window.start_panel.example_button, Qt.MouseButton.LeftButton)
    assert window.focusWidget() is window.recipients.list or not window.isActiveWindow()
    window.close()
    again = make_window()
    assert not again.start_panel.isVisibleTo(again)


def test_the_bundled_case_is_labelled_as_an_example(make_window):
    window = make_window()
    deadline = window.case_panel.deadline
    assert "An example from 2010" in deadline.text()
    assert deadline.property("state") == "example"  # calm colours, not the red of a passed deadline


def test_help_explains_the_first_letter_in_the_window_language(monkeypatch):
    from ua_desktop.gui.dialogs.help_page import HelpPage, help_page_html

    for code, words in (("en", "How to write your first letter"), ("de", "So schreiben Sie Ihren ersten Brief"),
                        ("ru", "Как написать первое письмо"), ("ky", "Биринчи катты"),
                        ("fr", "Comment écrire votre première lettre"), ("es", "Cómo escribir su primera carta"),
                        ("ar", "كيف تكتب رسالتك الأولى")):
        assert words in help_page_html(code)
        assert "<ol" in help_page_html(code) and "http" not in help_page_html(code)
    page = HelpPage("de")
    assert "Fallblatt einfügen" in page.browser.toPlainText()


def test_help_menu_opens_the_page(make_window, monkeypatch):
    window = make_window()
    shown = []
    monkeypatch.setattr(dialogs, "show_help", lambda parent, language: shown.append(language))
    window.actions.first_letter_help.trigger()
    assert shown == ["en"]


@pytest.mark.parametrize("welcome, cases", [
    (True, (("ky", "ky"), ("ru", "ru"), ("de", "de"), ("ar", "ar"))),  # "... or your own language"
    (False, (("ky", "ky"), ("ru", "ru"), ("de", "ru"))),  # German is not asked for: the sheet's first
])
def test_the_letter_is_in_the_window_language_when_the_case_accepts_it(make_window, tmp_path, welcome, cases):
    from ua_desktop.core.case.casefile import load_case, save_case
    from ua_desktop.paths import sample_case_path

    window = make_window()
    shell = window.shell
    shell.window = None
    from ua_desktop.gui.app import AppShell

    case_path = tmp_path / "case.json"
    save_case(load_case(sample_case_path()).with_changes(own_language_welcome=welcome), case_path)
    try:
        for code, expected in cases:
            shell = AppShell(today=window.today)
            shell.settings.ui_language = code
            shell.language = shell.ui_language.apply(code)
            other = shell.open(case_path)
            assert other.session.language == expected, code
            other.session._edited_text = None
            other.close()
    finally:  # the next tests get the English window back (Arabic leaves its font and direction)
        shell.ui_language.apply("en")


@pytest.mark.parametrize("welcome", [True, False])
def test_the_language_hint_says_whether_the_writers_own_language_is_welcome(make_window, tmp_path, welcome):
    from ua_desktop.core.case.casefile import load_case, save_case
    from ua_desktop.paths import sample_case_path

    case_path = tmp_path / "case.json"
    save_case(load_case(sample_case_path()).with_changes(own_language_welcome=welcome), case_path)
    window = make_window(case_path)
    hint = window.languages.hint.text()
    assert hint.startswith("The case asks for letters in: Russian")
    assert ("Your own language is welcome too." in hint) == welcome
