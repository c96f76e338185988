"""The questions asked before a letter leaves the screen (saved, printed
or sent): a letter written for other choices than the ones now made, a
letter that nobody signed, and a letter with requests still in the
language of the case sheet. Both the main window and the event window
ask them, through the dialogs seam."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from ua_desktop.core.letters.session import LetterSession
from ua_desktop.gui.dialogs import seam as dialogs
from ua_desktop.i18n import _


def confirm_before_sending(parent: QWidget, session: LetterSession,
                           name_given: Callable[[str], None] | None = None) -> bool:
    """True if the letter may go as it is now; False if the writer cancelled
    or the letter changed and should be read again first."""
    return (_signed(parent, session, name_given) and _matches_choices(parent, session)
            and _in_one_language(parent, session))


def _signed(parent: QWidget, session: LetterSession, name_given: Callable[[str], None] | None) -> bool:
    if name_given is None or session.sender.name.strip():
        return True
    answer = dialogs.ask_for_name(parent)
    if answer is None:
        return False
    if answer:
        name_given(answer)
    return True


def _matches_choices(parent: QWidget, session: LetterSession) -> bool:
    if not session.state.out_of_date:
        return True
    answer = dialogs.ask_choice(parent, _("Your letter may not match your choices"), _(
        "You changed the letter, then chose another recipient or language. The letter on the screen is still "
        "the one you changed: it may be addressed to the wrong person, or be in another language."),
        [("keep", _("Use my letter as it is")), ("redraft", _("Write it again for my choices"))])
    if answer == "redraft":
        session.redraft()
        return False  # the writer reads the new letter before it goes
    return answer == "keep"


def _in_one_language(parent: QWidget, session: LetterSession) -> bool:
    letter = session.letter
    left = [text for text in (letter.untranslated if letter else ()) if text in letter.text]
    if not left:
        return True  # none, or the writer translated them in the letter itself
    answer = dialogs.ask_choice(parent, _("Some requests are not in the letter’s language"), (
        _("These requests are still in the language of the case sheet:") + "\n"
        + "\n".join(f"•  {text}" for text in left) + "\n\n"
        + _("Whoever reads the letter may not understand them. You can translate them, or write the letter "
            "in another language the case accepts.")),
        [("keep", _("Use my letter as it is"))])
    return answer == "keep"
