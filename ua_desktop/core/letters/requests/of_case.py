"""The requests of a case's asks: as stored in the case, or recognised now.

A case imported since recognition carries each ask's requests; an older
case file does not, and its asks are recognised when a letter or the review
step needs them (the result is not written back until the case is saved).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace

from ua_desktop.core.case.model import Ask, Case
from ua_desktop.core.letters.requests.model import Request, UnrecognisedRequest
from ua_desktop.core.letters.requests.recognise import recognise

__all__ = ["recognised_asks", "requests_of"]


def requests_of(ask: Ask, case: Case) -> tuple[Request | UnrecognisedRequest, ...]:
    """The ask's requests; () when it asks for nothing (a reminder)."""
    if ask.requests is not None:
        return ask.requests
    return tuple(recognise(ask.text, case.source_language, case.people))


def recognised_asks(asks: Iterable[Ask], sheet_language: str, people: Sequence) -> tuple[Ask, ...]:
    """The asks with their requests filled in, without those that ask for
    nothing (a reminder or a statement read as a list item)."""
    result = []
    for ask in asks:
        if ask.requests is None:
            ask = replace(ask, requests=tuple(recognise(ask.text, sheet_language, people)))
        if ask.requests:
            result.append(ask)
    return tuple(result)
