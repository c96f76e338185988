"""How much time is left to act on a case, in words for the user."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import Enum

from ua_desktop.i18n import _, babel_locale, ngettext

DUE_SOON_DAYS = 7


class DeadlineState(str, Enum):
    NONE = "none"
    OPEN = "open"
    DUE_SOON = "due_soon"
    TODAY = "today"
    PASSED = "passed"


@dataclass(frozen=True)
class DeadlineStatus:
    state: DeadlineState
    days_left: int | None
    message: str


def deadline_status(deadline: dt.date | None, today: dt.date, ui_locale: str | None = None) -> DeadlineStatus:
    if deadline is None:
        return DeadlineStatus(DeadlineState.NONE, None,
                              _("This case gives no deadline. Send your letter as soon as you can."))
    from babel.dates import format_date

    from babel.core import UnknownLocaleError

    try:
        when = format_date(deadline, "long", locale=ui_locale or babel_locale())
    except (UnknownLocaleError, ValueError):  # a UI language CLDR does not know
        when = format_date(deadline, "long", locale="en_GB")
    days = (deadline - today).days
    if days < 0:
        return DeadlineStatus(DeadlineState.PASSED, days, _(
            "The deadline ({date}) has passed. Check with your section office before sending this letter."
        ).format(date=when))
    if days == 0:
        return DeadlineStatus(DeadlineState.TODAY, 0, _("Today ({date}) is the last day to send letters.").format(
            date=when))
    message = ngettext("{days} day left to send letters (deadline {date}).",
                       "{days} days left to send letters (deadline {date}).", days).format(days=days, date=when)
    state = DeadlineState.DUE_SOON if days <= DUE_SOON_DAYS else DeadlineState.OPEN
    return DeadlineStatus(state, days, message)


def deadline_in_words(deadline: dt.date | None, today: dt.date, closed: bool = False) -> str:
    """The deadline in a few words, for a list or a table cell: "3 days left", "Deadline passed"."""
    if closed:
        return _("No further action needed")
    status = deadline_status(deadline, today)
    if status.state is DeadlineState.NONE:
        return _("No deadline")
    if status.state is DeadlineState.PASSED:
        return _("Deadline passed")
    if status.state is DeadlineState.TODAY:
        return _("Last day today")
    days = status.days_left
    if status.state is DeadlineState.DUE_SOON:
        return ngettext("Due soon: 1 day left", "Due soon: {days} days left", days).format(days=days)
    return ngettext("1 day left", "{days} days left", days).format(days=days)
