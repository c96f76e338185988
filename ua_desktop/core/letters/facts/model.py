"""What happened to the people of a case, as data: who they are and the
events the sheet reports."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

__all__ = ["EVENTS", "OCCUPATIONS", "REPORTED", "Event", "Situation"]

#: Who the people are.
OCCUPATIONS: tuple[str, ...] = (
    "defender", "journalist", "lawyer", "student", "protester", "activist", "trade_unionist", "blogger",
)

#: What can have happened, in the order a letter tells it.
EVENTS: tuple[str, ...] = (
    "arrested", "detained", "attacked", "threatened", "disappeared", "on_trial", "sentenced",
    "death_sentence", "execution_risk", "hunger_strike", "tortured", "denied_medical",
)

#: Events a sheet reports without them being established; a letter says
#: "there are reports that …" (French: the conditional).
REPORTED: frozenset[str] = frozenset({"tortured", "denied_medical"})


@dataclass(frozen=True)
class Event:
    kind: str
    #: When it happened; `year_known` is False when the sheet gave day and month only.
    date: dt.date | None = None
    year_known: bool = True
    #: Prison sentence in years (`sentenced`).
    years: int | None = None

    def __post_init__(self) -> None:
        if self.kind not in EVENTS:
            raise ValueError(f"unknown event {self.kind!r}")


@dataclass(frozen=True)
class Situation:
    occupation: str = ""
    events: tuple[Event, ...] = ()

    def __post_init__(self) -> None:
        if self.occupation and self.occupation not in OCCUPATIONS:
            raise ValueError(f"unknown occupation {self.occupation!r}")
