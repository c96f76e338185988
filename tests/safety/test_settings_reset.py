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


def test_a_damaged_settings_file_is_set_aside_and_only_sound_values_survive(tmp_path):
    """Random bytes in the file: a dated .damaged copy is kept, the sound
    values stay, no junk key survives the next save, and the notice says
    where the copy is."""
    path = tmp_path / "settings.ini"
    damaged = (b"[sender]\nname=Anna\nremember=perhaps\x00\naddress=@Variant(\\0\\0\\0\\x7f)\n"
               b"[letter]\npage_size=Letter\n\xff\xfe garbage = = =\n[junk]\nx=1\n")
    path.write_bytes(damaged)
    settings = Settings(path)
    assert settings.damage is not None
    copies = list(tmp_path.glob("settings.ini.*.damaged"))
    assert len(copies) == 1 and copies[0].read_bytes() == damaged
    assert str(copies[0]) in settings.damage.message and "damaged" in settings.damage.message
    assert settings.sender_name == "Anna" and settings.page_size == "Letter"
    assert settings.remember_sender is True and settings.sender_address == []
    settings.sender_town = "Lyon"
    settings.sync()
    text = path.read_text(encoding="utf-8")
    assert "garbage" not in text and "junk" not in text and "Variant" not in text and "perhaps" not in text
    assert Settings(path).damage is None, "the file written after the repair is sound"


def test_a_sound_settings_file_is_left_alone(tmp_path):
    path = tmp_path / "settings.ini"
    first = Settings(path)
    first.sender_name, first.sender_address, first.remember_sender = 'Анна, "x"', [], False
    first.sync()
    before = path.read_bytes()
    assert Settings(path).damage is None and path.read_bytes() == before
    assert list(tmp_path.glob("*.damaged")) == []


def test_the_window_tells_about_damaged_settings(tmp_path, dialog_recorder):
    from ua_desktop.gui.app import build_main_window, create_application

    create_application()
    paths = AppPaths.for_this_user()
    paths.settings_file.parent.mkdir(parents=True, exist_ok=True)
    paths.settings_file.write_bytes(b"[sender]\nname=\x00\x01junk\n")
    window = build_main_window(None)
    try:
        told = dialog_recorder.infos + dialog_recorder.errors
        assert any("settings were damaged" in message and ".damaged" in message for message in told), told
    finally:
        window.close()


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
