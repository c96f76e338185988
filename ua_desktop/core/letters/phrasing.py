"""The small template language shared by request renderings and facts
sentences (described in ``resources/requests/render/README.md``):
``{g:male|female|plural|unknown[|plural_female[|dual|dual_female]]}`` picks
a word by gender and number (a missing form falls back: two women to the
feminine plural, then the plural; two people to the dual, then the plural); ``{?flag:text}``, ``{?!flag:…}``, ``{?a&b:…}``, ``{?a,b:…}``
keep text only when the flags say so."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ua_desktop.core.case.model import Gender, Person

__all__ = ["GENDERS", "fill_conditions", "fill_gender", "gender_fits", "gender_of", "holds", "pick_for"]

GENDERS = ("male", "female", "plural", "unknown", "plural_female", "dual", "dual_female")
#: Where a gender's word is found when a template or table has none for it.
FALLBACK = {
    "plural_female": ("plural_female", "plural"),
    "dual": ("dual", "plural"),
    "dual_female": ("dual_female", "plural_female", "plural"),
}
_GENDER = re.compile(r"\{g:((?:[^{}|]*\|){3,6}[^{}|]*)\}")
_CONDITION = re.compile(r"\{\?(!?[\w&,!]+):([^{}]*)\}")


def fill_gender(text: str, gender: str) -> str:
    """Every ``{g:…}`` replaced by the word for `gender` (two or more women:
    the fifth word, or the plural when there is no fifth)."""
    def pick(match: re.Match) -> str:
        words = dict(zip(GENDERS, match.group(1).split("|")))
        return pick_for(words, gender) or ""

    return _GENDER.sub(pick, text)


def pick_for(table: dict[str, str], gender: str) -> str | None:
    """`table`'s entry for `gender`, or for the gender it falls back to."""
    for key in FALLBACK.get(gender, (gender,)):
        if key in table:
            return table[key]
    return None


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
    """The gender and number words agree with: one person's gender, "dual"
    for two people, "plural" for more ("dual_female", "plural_female" when
    all are women). Templates without dual forms use the plural ones."""
    if len(people) > 1:
        women = {_gender_value(p) for p in people} == {"female"}
        if len(people) == 2:
            return "dual_female" if women else "dual"
        return "plural_female" if women else "plural"
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
