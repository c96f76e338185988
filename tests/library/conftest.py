import pytest

from ua_desktop.core.library.store import CaseLibrary


@pytest.fixture
def library(tmp_path):
    return CaseLibrary(tmp_path / "library")


class Answers:
    """Stands in for every modal question of the library: records what
    would have been shown and answers as the test says."""

    def __init__(self):
        self.errors, self.infos, self.questions, self.choices = [], [], [], []
        self.yes = True
        self.choice = None
        self.open_path = None
        self.save_path = None

    def install(self, monkeypatch):
        from ua_desktop.gui.dialogs import seam as dialogs

        monkeypatch.setattr(dialogs, "show_error", lambda parent, title, message: self.errors.append(message))
        monkeypatch.setattr(dialogs, "show_info", lambda parent, title, message: self.infos.append(message))
        monkeypatch.setattr(dialogs, "ask_yes_no", self._ask)
        monkeypatch.setattr(dialogs, "choose_open_path", lambda *args: self.open_path)
        monkeypatch.setattr(dialogs, "choose_save_path", lambda *args, **kwargs: self.save_path)
        monkeypatch.setattr(dialogs, "ask_choice", self._choose)
        monkeypatch.setattr(dialogs, "ask_for_name", lambda parent: "")

    def _ask(self, parent, title, message, yes, no):
        self.questions.append(message)
        return self.yes

    def _choose(self, parent, title, message, choices):
        self.choices.append((message, [key for key, _text in choices]))
        return self.choice


@pytest.fixture
def answers(monkeypatch):
    recorder = Answers()
    recorder.install(monkeypatch)
    return recorder
