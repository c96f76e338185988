"""Autosave in the window: every few seconds, if anything changed, the
letter's state goes to the recovery store; at the next start after a crash,
the user is offered their letter back.

The hook in ``ua_desktop.gui.app.run_app`` is::

    autosave = start_autosave(window, paths.data_dir, private=<event mode>)
    <event-mode action>.toggled.connect(autosave.set_private)
    status = app.exec()
    autosave.finish()          # a clean exit leaves no draft behind

Everything the user is asked goes through ``ua_desktop.gui.dialogs.seam``.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QTimer

from ua_desktop.core.storage.autosave import Draft, RecoveryStore
from ua_desktop.core.case.casefile import CaseFileError, load_case, save_case
from ua_desktop.core.storage.atomic import SaveError
from ua_desktop.gui.dialogs import seam as dialogs
from ua_desktop.i18n import _

log = logging.getLogger(__name__)

INTERVAL_MS = 5_000
RECOVERED_CASE_NAME = "recovered-case.json"


class AutosaveTimer(QObject):
    """Asks `current_draft` for the state every `interval_ms` and writes it
    when it changed. `current_draft` returns None when there is nothing the
    user could lose (then any earlier record is removed)."""

    def __init__(self, store: RecoveryStore, current_draft: Callable[[], Draft | None],
                 interval_ms: int = INTERVAL_MS, parent: QObject | None = None, *, start_is_safe: bool = True):
        """`start_is_safe`: the state at start needs no record (a fresh
        start); False after a restore, when the start *is* the rescued letter."""
        super().__init__(parent)
        self.store = store
        self.current_draft = current_draft
        self._last_written: Draft | None = None
        start = self._safe_current()
        self._baseline = start if start_is_safe else None
        self._last_written = start
        self.writes = 0
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.tick)

    def start(self) -> "AutosaveTimer":
        self.timer.start()
        return self

    def tick(self) -> bool:
        """Write the draft if it changed; True when a record was written."""
        if self.store.private:
            return False
        current = self._safe_current()
        if current == self._last_written:
            return False
        if current is None or current == self._baseline:
            self.store.clear()  # back to where the user started: nothing to lose
            self._last_written = current
            return False
        written = self.store.save(current)
        if written:  # a failed write (disk full) is tried again at the next tick
            self._last_written = current
            self.writes += 1
        return written

    def write_at_next_tick(self) -> None:
        self._last_written = None

    def forget(self) -> None:
        """The letter was saved to a file: no need to keep a draft of it."""
        self.store.clear()
        self._last_written = self._safe_current()

    def finish(self) -> None:
        """A clean exit: stop and remove this run's draft."""
        self.timer.stop()
        self.store.clear()

    def _safe_current(self) -> Draft | None:
        try:
            return self.current_draft()
        except Exception:  # autosave must never become the crash it guards against
            log.exception("Could not collect the draft for autosave")
            return self._last_written


# ---------------------------------------------------------------- the window


def window_draft(window) -> Draft | None:
    """The main window's letter as a draft, or None when nothing could be
    lost (no letter, or the edited letter is exactly what was last saved)."""
    session = window.session
    letter = session.letter
    if letter is None:
        return None
    if session.edited and letter.text == window.letter_actions.last_saved_text:
        return None
    return Draft(
        case=session.case,
        recipient_index=session.recipient_index,
        language=session.language,
        sender=session.sender,
        letter_text=letter.text if session.edited else None,
        case_path=str(window.case_path or ""),
    )


def offer_recovery(window, store: RecoveryStore) -> bool:
    """If a letter was left behind by a crash, ask and bring it back.

    Returns True when a letter was restored. The record is removed either
    way, so the question is asked only once.
    """
    draft = store.load()
    if store.damage_notices:
        dialogs.show_info(window, _("A damaged file was kept"),
                          "\n\n".join(notice.message for notice in store.damage_notices))
    if draft is None:
        return False
    when = draft.saved_at.strftime("%Y-%m-%d %H:%M") if draft.saved_at else ""
    names = draft.case.people_names or draft.case.title
    message = _("UA Desktop closed unexpectedly last time. Bring back the letter you were writing?")
    details = _("The letter about {names}, last kept at {time}.").format(names=names, time=when) if when else \
        _("The letter about {names}.").format(names=names)
    keep = dialogs.ask_yes_no(window, _("Bring back your letter?"), message + "\n\n" + details,
                              _("Bring back my letter"), _("Start afresh"))
    if not keep:
        store.discard(draft)
        log.info("The user declined to restore a draft")
        return False
    try:
        restore_draft(window, draft, store.folder)
    except Exception:
        log.exception("Restoring the draft failed")
        dialogs.show_error(window, _("The letter could not be brought back"), _(
            "Sorry, the letter you were writing could not be brought back. The window shows a fresh letter."))
        return False
    store.save(window_draft(window) or draft)  # keep it safe under this run's name first
    store.discard(draft)
    window.tell(_("Your letter was brought back. Save it when you are ready."))
    return True


def restore_draft(window, draft: Draft, data_folder: Path) -> None:
    """Put the draft on the screen through the window's own controls."""
    if draft.case != window.session.case and not _open_case_of(window, draft, data_folder):
        raise RuntimeError("the draft's case could not be opened")
    window.recipients.select(draft.recipient_index)  # emits recipient_chosen → session
    window.languages.select(draft.language)  # emits language_chosen → session
    window.session.set_sender(draft.sender)
    window.sender_form.show_sender(draft.sender, window.settings.remember_sender)
    if draft.letter_text is not None:
        window.letter_panel.editor.show_text(draft.letter_text)
        window.session.record_edit(draft.letter_text)
        window.letter_panel.show_state(window.session.state)


def _open_case_of(window, draft: Draft, data_folder: Path) -> bool:
    """Reopen the case from where it came if that file still holds the same
    case; otherwise from a copy kept beside the drafts."""
    if draft.case_path:
        try:
            if load_case(draft.case_path) == draft.case:
                return window.open_case(Path(draft.case_path))
        except CaseFileError:
            pass
    copy = Path(data_folder) / RECOVERED_CASE_NAME
    try:
        save_case(draft.case, copy)
    except SaveError as error:
        log.warning("Could not keep the recovered case: %s", error)
        return False
    return window.open_case(copy)


class WindowAutosave:
    """What ``run_app`` holds: the store and the timer for the letter window.

    When the window is rebuilt (changing the window language builds a new
    one around the same letter), autosave follows the shell's current
    window rather than the first one.
    """

    def __init__(self, window, store: RecoveryStore, interval_ms: int = INTERVAL_MS, *, restored: bool = False):
        self.store = store
        shell = getattr(window, "shell", None)
        self.current_window = (lambda: shell.window or window) if shell is not None else (lambda: window)
        self.timer = AutosaveTimer(store, lambda: window_draft(self.current_window()), interval_ms,
                                   start_is_safe=not restored)

    def set_private(self, on: bool) -> None:
        """Event mode switched on or off while the window is open. On: the
        record written so far is removed and nothing more is written."""
        self.store.private = bool(on)
        if on:
            self.store.clear()
        self.timer.write_at_next_tick()  # off again: write the current state at the next tick

    def finish(self) -> None:
        self.timer.finish()


def start_autosave(window, data_folder: Path, *, private: bool = False,
                   interval_ms: int = INTERVAL_MS) -> WindowAutosave:
    """Offer any left-behind letter, then keep this one safe."""
    store = RecoveryStore(Path(data_folder) / "recovery", private=private)
    restored = offer_recovery(window, store)
    autosave = WindowAutosave(window, store, interval_ms, restored=restored)
    autosave.timer.start()
    return autosave
