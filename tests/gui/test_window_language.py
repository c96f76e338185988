"""The window's language: from the system or the user, switchable at any
time without losing the letter, right to left for Arabic."""

from babel.messages.catalog import Catalog
from babel.messages.mofile import write_mo
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox


def make_catalogs(folder, translations):
    for code, messages in translations.items():
        catalog = Catalog(locale=code, domain="ua_desktop")
        for source, target in messages.items():
            catalog.add(source, target)
        path = folder / code / "LC_MESSAGES" / "ua_desktop.mo"
        path.parent.mkdir(parents=True)
        with path.open("wb") as handle:
            write_mo(handle, catalog)


def use_catalogs(monkeypatch, tmp_path, translations):
    import ua_desktop.paths

    make_catalogs(tmp_path, translations)
    monkeypatch.setattr(ua_desktop.paths, "translations_dir", lambda: tmp_path)


def test_switching_language_keeps_the_edited_letter(make_window, monkeypatch, tmp_path, qtbot):
    use_catalogs(monkeypatch, tmp_path, {"ru": {"Your letter": "Ваше письмо", "OK": "Хорошо"},
                                         "ar": {"Your letter": "رسالتك"}})
    window = make_window()
    assert set(window.actions.window_languages) == {"en", "ru", "ar"}
    assert window.actions.window_languages["en"].isChecked()
    qtbot.keyClicks(window.letter_panel.editor, "My own words. ")
    mine = window.letter_panel.editor.toPlainText()
    shell = window.shell
    window.actions.window_languages["ru"].trigger()
    new = shell.window
    assert new is not window
    assert new.letter_panel.heading.accessibleName() == "Ваше письмо"
    assert new.letter_panel.editor.toPlainText() == mine
    assert new.session.edited and new.actions.window_languages["ru"].isChecked()
    assert shell.settings.ui_language == "ru"
    # the new window goes on working with the same letter
    new.recipients.list.setCurrentIndex(new.recipients.model.index(2, 0))
    assert new.letter_panel.editor.toPlainText() == mine and new.letter_panel.banner.isVisibleTo(new)
    # Kyrgyz has no Qt catalog: our catalog translates Qt's standard buttons; here Russian shows it
    assert QApplication.translate("QPlatformTheme", "OK") in ("Хорошо", "ОК", "OK")
    new.actions.window_languages["ar"].trigger()
    arabic = shell.window
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert arabic.letter_panel.heading.accessibleName() == "رسالتك"
    arabic.actions.window_languages["en"].trigger()
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight
    shell.window.session._edited_text = None


def test_window_language_follows_the_system_then_the_user(make_window, monkeypatch, tmp_path):
    from PySide6.QtCore import QLocale

    use_catalogs(monkeypatch, tmp_path, {"de": {"Your letter": "Ihr Brief"}})
    QLocale.setDefault(QLocale("de_DE"))
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale("de_DE")))
    window = make_window()
    assert window.letter_panel.heading.accessibleName() == "Ihr Brief"
    window.shell.switch_language("en")
    assert window.shell.window.letter_panel.heading.accessibleName() == "Your letter"
    again = make_window()  # the user's choice now wins over the system's
    assert again.letter_panel.heading.accessibleName() == "Your letter"
    QLocale.setDefault(QLocale("en_GB"))


def test_standard_buttons_use_our_catalog_where_qt_has_none(make_window, monkeypatch, tmp_path):
    use_catalogs(monkeypatch, tmp_path, {"ky": {"Cancel": "Жокко чыгаруу"}})
    window = make_window()
    window.shell.switch_language("ky")
    box = QMessageBox(QMessageBox.Icon.Question, "t", "m", QMessageBox.StandardButton.Cancel)
    assert box.button(QMessageBox.StandardButton.Cancel).text() == "Жокко чыгаруу"
    window.shell.switch_language("en")
