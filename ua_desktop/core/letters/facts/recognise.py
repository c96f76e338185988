"""Reading the situation from a sheet's summary and title, with cue words
kept as data per sheet language (``resources/facts/cues/<lang>.json``):
occupations, events, dates and numbers. Only what a cue matches is kept;
a summary no cue matches gives no situation."""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass
from functools import cache, lru_cache

from ua_desktop.core.letters.facts.model import EVENTS, Event, Situation
from ua_desktop.core.text import clean_line

__all__ = ["recognise_situation"]

#: Events whose date a letter gives.
_DATED = frozenset({"arrested", "detained", "attacked", "disappeared"})
#: A sentence ends at . ! ? after a word (not after a day number: „15. Juni“).
_SENTENCE_END = re.compile(r"(?<=[^\d\s][.!?])\s+")


@dataclass(frozen=True)
class _Cues:
    months: dict[str, int]
    dates: tuple[re.Pattern, ...]
    numbers: dict[str, int]
    occupations: dict[str, re.Pattern]
    events: dict[str, re.Pattern]
    #: Words that, in the same sentence, mean the event has not happened
    #: ("at risk of torture", « risque d’être torturé »).
    unless: dict[str, re.Pattern]


@cache
def _cues(language: str) -> _Cues | None:
    from ua_desktop.paths import resource

    try:
        data = json.loads(resource("facts", "cues", f"{language}.json").read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    numbers = "|".join(sorted(map(re.escape, data["numbers"]), key=len, reverse=True))
    flags = re.IGNORECASE if language != "de" else 0

    def compile_(rx: str) -> re.Pattern:
        return re.compile(rx.replace("%numbers%", numbers), flags)

    return _Cues(
        months={k.casefold(): v for k, v in data["months"].items()},
        dates=tuple(re.compile(rx, re.IGNORECASE) for rx in data["dates"]),
        numbers={k.casefold(): v for k, v in data["numbers"].items()},
        occupations={key: compile_(rx) for key, rx in data["occupations"].items()},
        events={key: compile_(rx) for key, rx in data["events"].items() if key in EVENTS},
        unless={key: compile_(rx) for key, rx in data.get("unless", {}).items()},
    )


@lru_cache(maxsize=256)
def recognise_situation(text: str, language: str, issued: dt.date | None = None) -> Situation | None:
    """The situation a summary describes (sheet language en, fr, es or de),
    or None when no event is recognised. A date without a year takes the
    year of the sheet's issue date when there is one."""
    cues = _cues(language)
    if cues is None or not text:
        return None
    text = clean_line(text)
    found: dict[str, tuple[int, Event]] = {}
    offset = 0
    for sentence in _SENTENCE_END.split(text):
        date = _first_date(sentence, cues, issued)
        for kind, pattern in cues.events.items():
            match = pattern.search(sentence)
            if match is None or kind in found:
                continue
            if kind in cues.unless and cues.unless[kind].search(sentence):
                continue
            years = _number(match.groupdict().get("n"), cues)
            if kind == "sentenced" and not years:
                continue
            event = Event(kind, date[0] if date and kind in _DATED else None,
                          date[1] if date else True, years)
            found[kind] = (offset + match.start(), event)
        offset += len(sentence) + 1
    if "arrested" in found and "detained" in found:  # one event told twice: keep the one with its date
        drop = "detained" if found["arrested"][1].date or not found["detained"][1].date else "arrested"
        del found[drop]
    if not found:
        return None
    events = tuple(found[kind][1] for kind in EVENTS if kind in found)
    return Situation(_occupation(text, cues), events)


def _occupation(text: str, cues: _Cues) -> str:
    """The occupation the summary gives, when it gives one only ("human
    rights defender X and journalist Y" would put one word on both)."""
    hits = [key for key, rx in cues.occupations.items() if rx.search(text)]
    return hits[0] if len(hits) == 1 else ""


def _first_date(sentence: str, cues: _Cues, issued: dt.date | None) -> tuple[dt.date, bool] | None:
    hits = []
    for pattern in cues.dates:
        for match in pattern.finditer(sentence):
            month = cues.months.get(match.group("m").casefold().rstrip("."))
            if month is None:
                continue
            hits.append((match.start(), int(match.group("d")), month, match.group("y")))
    for _, day, month, year in sorted(hits):
        try:
            if year:
                return dt.date(int(year), month, day), True
            if issued is not None:
                date = dt.date(issued.year, month, day)
                return (date if date <= issued else date.replace(year=issued.year - 1)), True
            return dt.date(2000, month, day), False  # a leap year: any day and month fit
        except ValueError:
            continue
    return None


def _number(word: str | None, cues: _Cues) -> int | None:
    if not word:
        return None
    if word.isdigit():
        return int(word)
    return cues.numbers.get(word.casefold())
