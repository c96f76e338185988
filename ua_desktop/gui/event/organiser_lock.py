"""The organiser's panel opens only with the PIN the organiser chose the
first time (kept hashed in the settings): a writer at the event cannot see
the counts or save the sign-up list of names."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ua_desktop.core.events.organiser_pin import MIN_LENGTH, hash_pin, pin_is_long_enough, pin_matches
from ua_desktop.gui.dialogs import seam as dialogs
from ua_desktop.gui.settings import Settings
from ua_desktop.i18n import _


def organiser_unlocked(parent: QWidget | None, settings: Settings) -> bool:
    """Ask for the PIN (or, the first time, to choose one); True when the panel may open."""
    if not settings.organiser_pin:
        return _choose_pin(parent, settings)
    pin = dialogs.ask_for_pin(parent, _("For the organiser"), _("Type the organiser's PIN:"))
    if pin is None:
        return False
    if not pin_matches(pin, settings.organiser_pin):
        dialogs.show_error(parent, _("Wrong PIN"), _("That is not the organiser's PIN. The panel stays closed."))
        return False
    return True


def _choose_pin(parent: QWidget | None, settings: Settings) -> bool:
    pin = dialogs.ask_for_pin(parent, _("Choose the organiser's PIN"), _(
        "Choose a PIN of at least {count} characters. It will be asked each time the organiser's panel "
        "opens, so that writers cannot see the counts or the sign-up list.").format(count=MIN_LENGTH))
    if pin is None:
        return False
    if not pin_is_long_enough(pin):
        dialogs.show_error(parent, _("PIN too short"), _("The PIN needs at least {count} characters.").format(
            count=MIN_LENGTH))
        return False
    again = dialogs.ask_for_pin(parent, _("Choose the organiser's PIN"), _("Type the same PIN again:"))
    if again != pin:
        if again is not None:
            dialogs.show_error(parent, _("The PINs differ"), _("The two PINs were not the same. No PIN was set."))
        return False
    settings.organiser_pin = hash_pin(pin)
    settings.sync()
    return True
