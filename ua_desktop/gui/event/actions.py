"""Print, save and email at an event, without leaving traces.

`LetterActions` and `PrintActions` are reused as they are, but they get an
`EventSettings` instead of the app's settings: it answers the paper size
and keeps the last folder in memory only, so nothing a writer chose is
written to the settings file. `EventLetterActions` also says whether the
email program opened (to count the letter) and remembers what it put on
the clipboard, so "Next writer" can clear it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QGuiApplication

from ua_desktop.core.storage.atomic import SaveError
from ua_desktop.core.events.event import LetterEvent
from ua_desktop.core.letters.session import LetterSession
from ua_desktop.core.events.tally import Tally, case_key
from ua_desktop.gui.main_window.letter_actions import LetterActions


class EventSettings:
    """The little of the settings the letter actions read, held in memory."""

    #: Save dialogs keep no list of recent files at an event.
    private = True

    def __init__(self, page_size: str = "A4", save_dir: str = ""):
        self.page_size = page_size
        self.default_save_dir = save_dir
        self.last_save_dir = save_dir

    def forget_writer(self) -> None:
        self.last_save_dir = self.default_save_dir

    # What the shared actions might call on real settings; nothing is stored.
    def sync(self) -> None:
        pass

    def store_sender(self, sender) -> None:
        pass


class EventLetterActions(LetterActions):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.copied: list[str] = []

    def _copy(self, text: str) -> None:
        self.copied.append(text)
        super()._copy(text)

    def clear_clipboard(self, personal_words: list[str]) -> bool:
        """Empty the clipboard if it holds something this writer copied or
        typed. Returns whether it was cleared."""
        clipboard = QGuiApplication.clipboard()
        text = clipboard.text()
        words = [word for word in personal_words if word]
        if text and (text in self.copied or any(word in text for word in words)):
            clipboard.clear()
            self.copied.clear()
            return True
        self.copied.clear()
        return False


class WriterCounter:
    """Counts one writer's letters: once per case, recipient, language and
    action (a letter printed twice is one letter), and ticks the recipient
    as written to."""

    def __init__(self, event: LetterEvent, tally: Tally):
        self.event, self.tally = event, tally
        self._recorded: set[tuple[str, str, str, str]] = set()
        self._sent_texts: set[str] = set()

    @property
    def anything_sent(self) -> bool:
        return bool(self._recorded)

    def was_sent(self, text: str) -> bool:
        return text in self._sent_texts

    def count(self, session: LetterSession, action: str) -> str:
        """Count the session's letter; returns a problem message, or ""."""
        case, recipient, letter = session.case, session.recipient, session.letter
        if recipient is None or letter is None:
            return ""
        self.event.mark_covered(case, recipient)
        self._sent_texts.add(letter.text)
        key = (case_key(case), recipient.name, session.language, action)
        if key in self._recorded:
            return ""
        self._recorded.add(key)
        try:
            self.tally.record(*key)
        except SaveError as error:
            return str(error)
        return ""

    def forget_writer(self) -> None:
        self._recorded.clear()
        self._sent_texts.clear()


def documents_folder() -> str:
    from PySide6.QtCore import QStandardPaths

    return QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
