"""The requests of a case's asks: as stored in the case, or recognised now.

A case imported since recognition carries each ask's requests; an older
case file does not, and its asks are recognised when a letter or the review
step needs them (the result is not written back until the case is saved).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from ua_desktop.core.case.model import Ask, Case
from ua_desktop.core.letters.requests.model import Request, UnrecognisedRequest
from ua_desktop.core.letters.requests.recognise import recognise

__all__ = ["recognised_asks", "requests_of"]


def requests_of(ask: Ask, case: Case) -> tuple[Request | UnrecognisedRequest, ...]:
    """The ask's requests; () when it asks for nothing (a reminder)."""
    if ask.requests is not None:
        return ask.requests
    people = tuple((p.name, getattr(p.gender, "value", p.gender)) for p in case.people)
    return _recognised(ask.text, case.source_language, people)


@dataclass(frozen=True)
class _Named:
    name: str
    gender: str


@lru_cache(maxsize=512)
def _recognised(text: str, language: str, people: tuple[tuple[str, str], ...]) -> tuple:
    """Recognition reads only the text, the language and the people's names
    and genders: a case without stored requests is read once, not at every
    letter drafted from it."""
    return tuple(recognise(text, language, [_Named(*p) for p in people]))


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
