import datetime as dt

import pytest

from ua_desktop.gui.dialogs import seam as dialogs


class DialogRecorder:
    """Stands in for every modal dialog: records what would have been shown
    and answers as the test says."""

    def __init__(self):
        self.errors, self.infos, self.questions, self.urls, self.crashes = [], [], [], [], []
        self.save_path = None
        self.open_path = None
        self.answer_yes = True
        self.url_opens = True
        self.name_answer = ""  # asked for a name: leave the letter unsigned
        self.choice = None  # ask_choice: None gives the default (first) choice

    def install(self, monkeypatch):
        monkeypatch.setattr(dialogs, "show_error", lambda parent, title, message: self.errors.append(message))
        monkeypatch.setattr(dialogs, "show_info", lambda parent, title, message: self.infos.append(message))
        monkeypatch.setattr(dialogs, "ask_yes_no", self._ask)
        monkeypatch.setattr(dialogs, "choose_save_path", lambda *args, **kwargs: self.save_path)
        monkeypatch.setattr(dialogs, "choose_open_path", lambda *args: self.open_path)
        monkeypatch.setattr(dialogs, "open_url", self._open_url)
        monkeypatch.setattr(dialogs, "show_crash", lambda parent, summary, details: self.crashes.append(details))
        monkeypatch.setattr(dialogs, "about", lambda *args: None)
        monkeypatch.setattr(dialogs, "ask_choice", self._choose)
        monkeypatch.setattr(dialogs, "ask_for_name", self._ask_name)

    def _ask_name(self, parent):
        self.questions.append("name?")
        return self.name_answer

    def _ask(self, parent, title, message, yes, no):
        self.questions.append(message)
        return self.answer_yes

    def _choose(self, parent, title, message, choices):
        self.questions.append(message)
        return choices[0][0] if self.choice is None else self.choice  # the default answer, or the test's

    def _open_url(self, url):
        self.urls.append(url)
        return self.url_opens


@pytest.fixture
def dialog_recorder(monkeypatch):
    recorder = DialogRecorder()
    recorder.install(monkeypatch)
    return recorder


@pytest.fixture
def make_window(qtbot, dialog_recorder):
    from ua_desktop.gui.app import build_main_window, create_application

    create_application()
    windows = []

    def make(case_path=None, today=dt.date(2026, 11, 28)):
        window = build_main_window(case_path, today=lambda: today)
        qtbot.addWidget(window)
        window.show()
        windows.append(window)
        return window

    yield make
    for window in windows:
        shell_window = getattr(getattr(window, "shell", None), "window", None)
        for each in (window, shell_window):
            if each is not None and each.session is not None:
                each.session._edited_text = None  # let the window close without asking
