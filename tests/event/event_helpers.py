"""Shared helpers for the event tests: the sample case, a drafting
shortcut with a personal sentence, and a stand-in for modal dialogs."""

from __future__ import annotations

import datetime as dt
from functools import cache
from pathlib import Path

from ua_desktop.core.case.casefile import load_case
from ua_desktop.core.letters.drafting import LetterRequest
from ua_desktop.core.letters.drafting import LetterDrafter
from ua_desktop.core.letters.letter import Letter, Sender
from ua_desktop.paths import sample_case_path
from ua_desktop.gui.dialogs import seam as dialogs

DATE = dt.date(2010, 7, 20)
SENDER = Sender("Anna Schmidt", "Lyon", "France")
LANGUAGES = ("en", "ru", "ky", "fr", "es", "de", "ar")
#: Every wording number below this gives a different letter (3 and 4 phrasings per part).
DIFFERENT_LETTERS = 12


def sample_case():
    return load_case(sample_case_path())


@cache
def _drafter() -> LetterDrafter:
    return LetterDrafter()


def draft(case, language: str, wording: int = 0, index: int = 0, sender: Sender = SENDER,
          personal: str = "") -> Letter:
    return _drafter().draft(LetterRequest(case, index, language, sender, DATE, wording, personal=personal))


ORGANISER_PIN = "2468"


class DialogStandIn:
    """Answers every modal dialog as the test says, recording what was asked."""

    def __init__(self):
        self.errors, self.infos, self.questions, self.urls = [], [], [], []
        self.save_path: Path | None = None
        self.answer_yes = True
        self.extra_recipient = None
        self.print_ok = True
        self.name_answer = ""  # asked for a name: leave the letter unsigned
        self.choice = None  # ask_choice: None gives the default (first) choice
        self.pins: list[str | None] = []  # answers to ask_for_pin, in order; then the organiser's own
        self.pin_prompts: list[str] = []

    def install(self, monkeypatch) -> DialogStandIn:

        monkeypatch.setattr(dialogs, "show_error", lambda parent, title, message: self.errors.append(message))
        monkeypatch.setattr(dialogs, "show_info", lambda parent, title, message: self.infos.append(message))
        monkeypatch.setattr(dialogs, "ask_yes_no", self._ask)
        monkeypatch.setattr(dialogs, "choose_save_path", lambda *args, **kwargs: self.save_path)
        monkeypatch.setattr(dialogs, "choose_open_path", lambda *args: None)
        monkeypatch.setattr(dialogs, "open_url", lambda url: self.urls.append(url) or True)
        monkeypatch.setattr(dialogs, "print_preview", lambda parent, printer, render: self.print_ok)
        monkeypatch.setattr(dialogs, "ask_extra_recipient", lambda parent, country: self.extra_recipient)
        monkeypatch.setattr(dialogs, "show_organiser_panel", lambda parent, panel: None)
        monkeypatch.setattr(dialogs, "ask_for_name", lambda parent: self.questions.append("name?") or self.name_answer)
        monkeypatch.setattr(dialogs, "ask_choice", self._choose)
        monkeypatch.setattr(dialogs, "ask_for_pin", self._pin)
        return self

    def _pin(self, parent, title, prompt):
        self.pin_prompts.append(prompt)
        return self.pins.pop(0) if self.pins else ORGANISER_PIN

    def _choose(self, parent, title, message, choices):
        self.questions.append(message)
        return choices[0][0] if self.choice is None else self.choice

    def _ask(self, parent, title, message, yes, no):
        self.questions.append(message)
        return self.answer_yes
