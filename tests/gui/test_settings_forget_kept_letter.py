"""The kept first letter may hold the writer's remembered details: the
settings remove it whenever they forget or change those details."""

from ua_desktop.core.letters.letter import Sender
from ua_desktop.gui.settings import Settings

ANNA = Sender("Anna Beispiel", "Lyon", "France")


def settings_with_kept_letter(tmp_path):
    kept = tmp_path / "data" / "first-letter.json"
    kept.parent.mkdir(exist_ok=True)
    settings = Settings(tmp_path / "settings.ini", copies_of_sender=(kept,))
    settings.store_sender(ANNA)
    kept.write_text('{"key": "Anna Beispiel"}')
    return settings, kept


def test_the_same_details_keep_the_kept_letter(tmp_path):
    settings, kept = settings_with_kept_letter(tmp_path)
    settings.store_sender(ANNA)
    assert kept.exists()


def test_changed_or_forgotten_details_remove_the_kept_letter(tmp_path):
    for forget in (lambda s: s.store_sender(Sender("Ben Muster")), lambda s: s.forget_sender(), lambda s: s.reset()):
        settings, kept = settings_with_kept_letter(tmp_path)
        forget(settings)
        assert not kept.exists()


def test_not_remembering_removes_the_kept_letter(tmp_path):
    settings, kept = settings_with_kept_letter(tmp_path)
    settings.remember_sender = False
    settings.store_sender(ANNA)
    assert not kept.exists() and settings.sender() == Sender()
