"""The small template language shared by request renderings and facts
sentences (described in ``resources/requests/render/README.md``):
``{g:male|female|plural|unknown[|plural_female]}`` picks a word by gender
and number; ``{?flag:text}``, ``{?!flag:…}``, ``{?a&b:…}``, ``{?a,b:…}``
keep text only when the flags say so."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ua_desktop.core.case.model import Gender, Person

__all__ = ["GENDERS", "fill_conditions", "fill_gender", "gender_fits", "gender_of", "holds"]

GENDERS = ("male", "female", "plural", "unknown", "plural_female")
_GENDER = re.compile(r"\{g:([^{}|]*)\|([^{}|]*)\|([^{}|]*)\|([^{}|]*)(?:\|([^{}|]*))?\}")
_CONDITION = re.compile(r"\{\?(!?[\w&,!]+):([^{}]*)\}")


def fill_gender(text: str, gender: str) -> str:
    """Every ``{g:…}`` replaced by the word for `gender` (two or more women:
    the fifth word, or the plural when there is no fifth)."""
    index = GENDERS.index(gender)

    def pick(match: re.Match) -> str:
        if index == 4 and match.group(5) is None:
            return match.group(3)
        return match.group(index + 1)

    return _GENDER.sub(pick, text)


def fill_conditions(text: str, flags: frozenset[str] | set[str]) -> str:
    """Every ``{?…:…}`` kept or dropped, innermost first."""
    previous = None
    while previous != text:
        previous = text
        text = _CONDITION.sub(lambda m: m.group(2) if holds(m.group(1), flags) else "", text)
    return text


def holds(condition: str, flags: frozenset[str] | set[str]) -> bool:
    if "&" in condition:
        return all(holds(part, flags) for part in condition.split("&"))
    if "," in condition:
        return any(holds(part, flags) for part in condition.split(","))
    if condition.startswith("!"):
        return condition[1:] not in flags
    return condition in flags


def gender_of(people: Sequence[Person]) -> str:
    """The gender and number words agree with: one person's gender,
    "plural", or "plural_female" when all of several are women."""
    if len(people) > 1:
        genders = {_gender_value(p) for p in people}
        return "plural_female" if genders == {"female"} else "plural"
    if people:
        return _gender_value(people[0])
    return "unknown"


def _gender_value(person: Person) -> str:
    value = person.gender.value if isinstance(person.gender, Gender) else str(person.gender)
    return value if value in ("male", "female") else "unknown"


def gender_fits(text: str, gender: str) -> bool:
    """False when a ``{g:…}`` in `text` has nothing for `gender` (the
    language cannot say it without guessing a gender)."""
    return all(fill_gender(match.group(0), gender) for match in _GENDER.finditer(text))
