"""The letter being written: the case, the user's choices and the letter
text, and the rules that keep the user's edits safe.

This is the window's logic without the window. The GUI calls the intent
methods (`choose_recipient`, `choose_language`, `set_sender`,
`record_edit`, `redraft`) and listens for changes; tests drive it directly.

The rule for edits: while the user has not touched the text, every change
of choice redrafts the letter at once. Once they have edited it, a change of
choice never replaces their text; the session marks the letter out of date
and keeps the new draft ready for an explicit `redraft`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ua_desktop.core.case.model import Case, Recipient
from ua_desktop.core.letters.drafting import DraftingError, LetterDrafter, LetterRequest
from ua_desktop.core.letters.kept_letter import KeptLetter, draft_key
from ua_desktop.core.letters.letter import Letter, Sender, normalise_letter_text
from ua_desktop.core.letters.languages import LetterLanguage

if TYPE_CHECKING:
    from ua_desktop.core.letters.skeleton import SkeletonDrafter


@dataclass(frozen=True)
class LetterState:
    """What the window shows about the letter."""

    letter: Letter | None
    #: True when the text on screen is the user's own edit.
    edited: bool
    #: True when the user's edited text no longer matches the choices.
    out_of_date: bool
    #: A message when the last draft failed; the letter on screen stays.
    problem: str = ""


class LetterSession:
    def __init__(self, drafter: LetterDrafter, case: Case, sender: Sender = Sender(),
                 language: str | None = None, recipient_index: int = 0,
                 letter_date: dt.date | None = None, wording: int = 0, kept: KeptLetter | None = None,
                 writer_language: str | None = None):
        """`kept`: the first letter of the last start; shown instead of a
        first draft when it was drafted from the same request, until
        `settle_draft` drafts it for real. `writer_language`: the language
        the writer reads (the window's); a case that asks for it or welcomes
        the writer's own language starts its letter in it."""
        self._drafter = drafter
        #: Redrafts as the writer types their name or town: the letter is
        #: drafted once per shape of sender and filled in (see skeleton.py).
        self._typing: SkeletonDrafter | None = None
        self._writer_language = writer_language
        self._listeners: list[Callable[[LetterState], None]] = []
        self._sender = sender
        self._letter_date = letter_date
        self._wording = wording
        self._personal = ""
        self._draft: Letter | None = None
        self._edited_text: str | None = None
        self._out_of_date = False
        self._problem = ""
        #: The kept letter shown and its key, until `settle_draft`.
        self._unsettled: tuple[KeptLetter, str] | None = None
        self._kept = kept
        self._load(case, language, recipient_index)
        self._kept = None

    # ------------------------------------------------------------ reading
    @property
    def case(self) -> Case:
        return self._case

    @property
    def recipient_index(self) -> int:
        return self._recipient_index

    @property
    def recipient(self) -> Recipient | None:
        return self._case.recipients[self._recipient_index] if self._case.recipients else None

    @property
    def language(self) -> str:
        return self._language

    @property
    def sender(self) -> Sender:
        return self._sender

    @property
    def wording(self) -> int:
        return self._wording

    @property
    def personal(self) -> str:
        return self._personal

    @property
    def state(self) -> LetterState:
        return LetterState(self.letter, self.edited, self._out_of_date and self.edited, self._problem)

    @property
    def edited(self) -> bool:
        return self._edited_text is not None

    @property
    def letter(self) -> Letter | None:
        """The letter as it would be saved: the user's text if edited."""
        if self._draft is None:
            return None
        if self._edited_text is not None:
            return self._draft.with_text(self._edited_text)
        return self._draft

    def languages(self) -> list[tuple[LetterLanguage, bool]]:
        """Every letter language, those the case asks for first, each with
        whether the case asks for it."""
        asked = [code for code in self._case.write_languages if code in self._drafter.languages]
        others = sorted((code for code in self._drafter.languages if code not in asked),
                        key=lambda code: self._drafter.languages[code].english_name)
        return [(self._drafter.languages[code], code in asked) for code in asked + others]

    # ------------------------------------------------------------ intents
    def subscribe(self, listener: Callable[[LetterState], None]) -> None:
        self._listeners.append(listener)

    def unsubscribe(self, listener: Callable[[LetterState], None]) -> None:
        if listener in self._listeners:
            self._listeners.remove(listener)

    def settle_draft(self) -> None:
        """Draft for real a letter shown from the kept copy (the window calls
        this after its first frame), showing the new draft if it differs."""
        if self._unsettled is None:
            return
        kept, key = self._unsettled
        self._unsettled = None
        shown = self._draft
        self._redraft_quietly()
        if self._draft != shown or self._problem:
            if self._draft is not None and not self._problem:
                kept.keep(key, self._draft)
            self._choices_changed_notice()

    def open_case(self, case: Case) -> None:
        """Start over on another case; the caller has confirmed losing edits."""
        self._edited_text = None
        self._unsettled = None
        self._load(case, None, 0)
        self._notify()

    def choose_recipient(self, index: int) -> None:
        if index != self._recipient_index and 0 <= index < len(self._case.recipients):
            self._recipient_index = index
            self._choices_changed()

    def choose_language(self, code: str) -> None:
        if code != self._language and code in self._drafter.languages:
            self._language = code
            self._choices_changed()

    def set_sender(self, sender: Sender) -> None:
        if sender != self._sender:
            self._sender = sender
            self._choices_changed(typing=True)

    def choose_wording(self, wording: int) -> None:
        """Use another of the templates' alternative wordings."""
        if wording != self._wording:
            self._wording = wording
            self._choices_changed()

    def different_wording(self) -> None:
        self.choose_wording(self._wording + 1)

    def set_personal(self, text: str) -> None:
        """One sentence the writer adds about themselves (events)."""
        if text != self._personal:
            self._personal = text
            self._choices_changed()

    def record_edit(self, text: str) -> None:
        """The user typed in the letter."""
        normal = normalise_letter_text(text)
        if self._draft is not None and normal == self._draft.text:
            edited = None  # typed back to exactly the draft
        else:
            edited = text
        if edited is None and self._edited_text is not None:
            self._out_of_date = False
        self._edited_text = edited

    def redraft(self) -> None:
        """Replace the user's text with a fresh draft for the current choices."""
        self._edited_text = None
        self._out_of_date = False
        self._notify()

    # ------------------------------------------------------------ helpers
    def _load(self, case: Case, language: str | None, recipient_index: int) -> None:
        self._case = case
        self._typing = None  # its skeletons are the last case's
        self._recipient_index = recipient_index if 0 <= recipient_index < len(case.recipients) else 0
        codes = [lang.code for lang, _asked in self.languages()]
        if language not in codes:
            language = self._first_language(codes)
        self._language = language
        self._out_of_date = False
        self._redraft_quietly()

    def set_writer_language(self, code: str) -> None:
        """The writer now reads `code` (the window changed language): the
        next case opened starts in it when it accepts it; this letter stays."""
        self._writer_language = code

    def _first_language(self, codes: list[str]) -> str:
        """The writer's own language when the case accepts it, else the first the case asks for."""
        writer = self._writer_language
        if writer in codes and self._case.accepts_letters_in(writer):
            return writer
        return codes[0] if codes else "en"

    def _choices_changed(self, typing: bool = False) -> None:
        self._unsettled = None  # drafted for real now
        self._redraft_quietly(typing)
        self._choices_changed_notice()

    def _choices_changed_notice(self) -> None:
        if self._edited_text is not None:
            self._out_of_date = True
        self._notify()

    def _redraft_quietly(self, typing: bool = False) -> None:
        """Draft the letter for the present choices. `typing`: the writer is
        typing their details; the letter is drafted once per shape of sender
        and filled in (`SkeletonDrafter`: the same letter, character for
        character, in a few microseconds instead of about a millisecond)."""
        if not self._case.recipients:
            self._draft, self._problem = None, ""
            return
        request = LetterRequest(self._case, self._recipient_index, self._language, self._sender,
                                self._letter_date, self._wording, self._personal)
        if self._kept is not None and self._first_from_kept(request):
            return
        try:
            self._draft = self._typing_drafter().draft(request).letter if typing else self._drafter.draft(request)
            self._problem = ""
        except DraftingError as error:
            self._problem = str(error)  # keep the last good draft on screen

    def _typing_drafter(self) -> SkeletonDrafter:
        if self._typing is None:
            from ua_desktop.core.letters.skeleton import SkeletonDrafter  # not on the start path

            self._typing = SkeletonDrafter(self._drafter, at_first_sender=True)
        return self._typing

    def _first_from_kept(self, request: LetterRequest) -> bool:
        """The first draft: the kept letter when it was drafted from the same
        request (True); otherwise drafted now and kept for the next start."""
        kept, self._kept = self._kept, None
        key = draft_key(request, self._drafter.letters_dir)
        if key is None:
            return False
        letter = kept.load(key)
        if letter is not None:
            self._draft, self._problem = letter, ""
            self._unsettled = (kept, key)
            return True
        try:
            self._draft, self._problem = self._drafter.draft(request), ""
        except DraftingError as error:
            self._problem = str(error)
            return True
        kept.keep(key, self._draft)
        return True

    def _notify(self) -> None:
        state = self.state
        for listener in list(self._listeners):
            listener(state)
