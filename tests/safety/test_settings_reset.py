"""Settings: typed with defaults, reset to defaults, damaged values read as
defaults, and tests never touch a real user's settings."""

from __future__ import annotations

from pathlib import Path

import pytest

from ua_desktop.core.letters.letter import Sender
from ua_desktop.gui.app_paths import HOME_VARIABLE, AppPaths
from ua_desktop.gui.settings import Settings, _Option

OPTIONS = {name: option for name, option in vars(Settings).items() if isinstance(option, _Option)}
CHANGED = {bool: False, str: "changed", list: ["line one", "line two"], int: 7}


@pytest.fixture
def settings(tmp_path):
    return Settings(tmp_path / "config" / "settings.ini")


def test_every_option_has_a_typed_default(settings):
    assert len(OPTIONS) >= 8
    for name, option in OPTIONS.items():
        value = getattr(settings, name)
        assert value == option.default and isinstance(value, option.kind), name


def test_reset_brings_back_every_default(settings, tmp_path):
    for name, option in OPTIONS.items():
        setattr(settings, name, CHANGED.get(option.kind, "changed") if option.default != "A4" else "Letter")
    settings.sync()
    again = Settings(tmp_path / "config" / "settings.ini")
    assert all(getattr(again, name) != option.default for name, option in OPTIONS.items())
    again.reset()
    again.sync()
    for reread in (again, Settings(tmp_path / "config" / "settings.ini")):
        for name, option in OPTIONS.items():
            assert getattr(reread, name) == option.default, name
    assert reread.sender() == Sender()


def test_reset_touches_no_other_settings_file(tmp_path):
    mine, other = Settings(tmp_path / "a" / "settings.ini"), Settings(tmp_path / "b" / "settings.ini")
    mine.sender_name = other.sender_name = "Anna"
    mine.reset()
    assert mine.sender_name == "" and other.sender_name == "Anna"


def test_damaged_values_read_as_defaults(tmp_path):
    path = tmp_path / "settings.ini"
    path.write_bytes(b"[sender]\nremember=perhaps\x00\naddress=@Variant(\\0\\0\\0\\x7f\\0\\0\\0\\x1b)\n"
                     b"[letter]\npage_size=\n\xff\xfe garbage = = =\n")
    settings = Settings(path)
    assert settings.remember_sender in (True, False)
    assert isinstance(settings.sender_address, list)
    assert isinstance(settings.page_size, str)


def test_tests_never_touch_a_real_users_settings(tmp_path):
    paths = AppPaths.for_this_user()
    home = Path(__import__("os").environ[HOME_VARIABLE])
    for folder in (paths.config_dir, paths.data_dir, paths.log_dir, paths.settings_file):
        assert home in folder.parents, folder
    assert str(Path.home() / ".config") not in str(paths.settings_file)


def test_without_the_override_the_platform_folders_are_used(monkeypatch, qapp):
    from ua_desktop.gui.app import create_application

    create_application()
    monkeypatch.delenv(HOME_VARIABLE)
    paths = AppPaths.for_this_user()  # only computed: nothing is written
    assert paths.settings_file.name == "settings.ini"
    for folder in (paths.config_dir, paths.data_dir, paths.log_dir):
        assert folder.is_absolute() and "ua-desktop" in folder.parts, folder


def test_the_reset_action_in_the_window(make_window, dialog_recorder):
    """Settings → Reset all settings…: asks first, then every option is back
    to its default; the letter on the screen stays."""
    window = make_window()
    window.settings.sender_name = "Anna"
    window.settings.page_size = "Letter"
    window.settings.last_save_dir = "/somewhere"
    letter = window.letter_panel.editor.toPlainText()
    dialog_recorder.answer_yes = False
    window.actions.reset_settings.trigger()
    assert dialog_recorder.questions and window.settings.page_size == "Letter"
    dialog_recorder.answer_yes = True
    window.actions.reset_settings.trigger()
    for name, option in OPTIONS.items():
        assert getattr(window.settings, name) == option.default, name
    assert window.actions.page_a4.isChecked()
    assert window.letter_panel.editor.toPlainText() == letter
