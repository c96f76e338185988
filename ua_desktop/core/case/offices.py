"""The offices a recipient can hold, as the case model knows them.

An office decides the salutation (``resources/letters/<lang>/language.json``
has one per office, gender and letter language) and the grade of a French
closing. The keys are stored in case files; the labels are shown in the
window's language where a user picks an office.
"""

from __future__ import annotations

from ua_desktop.i18n import N_

#: (key, label), in the order a user looks for them.
OFFICES: tuple[tuple[str, str], ...] = (
    ("president", N_("President or head of state")),
    ("king", N_("King, queen or monarch")),
    ("emir", N_("Emir, sultan or crown prince")),
    ("supreme_leader", N_("Supreme leader")),
    ("prime_minister", N_("Prime minister")),
    ("deputy_prime_minister", N_("Deputy prime minister")),
    ("head_of_government", N_("Head of government")),
    ("deputy_head_of_government", N_("Deputy head of government")),
    ("minister", N_("Minister (also acting)")),
    ("deputy_minister", N_("Deputy minister")),
    ("prosecutor_general", N_("Prosecutor general or attorney general")),
    ("prosecutor", N_("Public prosecutor")),
    ("judge", N_("Judge")),
    ("head_of_judiciary", N_("Head of the judiciary")),
    ("governor", N_("Governor")),
    ("mayor", N_("Mayor")),
    ("ambassador", N_("Ambassador or embassy")),
    ("police_chief", N_("Head of police")),
    ("prison_director", N_("Prison director")),
    ("commission_president", N_("Head of a human rights commission")),
    ("ombudsperson", N_("Ombudsperson")),
    ("official", N_("Other official")),
)

OFFICE_KEYS: tuple[str, ...] = tuple(key for key, _label in OFFICES)


# ------------------------------------------------------------------ detection
# Which office and gender a recipient's words say, from cue patterns kept as
# data (resources/offices/cues.json): the importer reads a sheet's title
# lines and salutation with these, and the review shows the result for the
# user to correct.

import json
import re
from functools import cache

from ua_desktop.core.text import fold


@cache
def _cues() -> tuple[tuple[tuple[str, re.Pattern], ...], re.Pattern, re.Pattern, re.Pattern]:
    from ua_desktop.paths import resource

    data = json.loads(resource("offices", "cues.json").read_text(encoding="utf-8"))
    compound = data.get("compound", {})
    offices = []
    for office, pattern in data["offices"]:
        if office not in OFFICE_KEYS:
            raise ValueError(f"cues.json names an unknown office {office!r}")
        joined = r"(?<![\w])(?:" + pattern + r")" + (r"|" + compound[office] if office in compound else "")
        offices.append((office, re.compile(joined)))
    gender = data["gender"]
    flags = re.IGNORECASE
    return (tuple(offices), re.compile(gender["neutral"], flags), re.compile(gender["male"], flags),
            re.compile(gender["female"], flags))


def detect_office(*texts: str) -> str:
    """The office the words name ("Minister of Internal Affairs",
    "Generalstaatsanwalt", "Fiscal General de la Nación"), or "official"."""
    joined = fold(" ".join(texts))
    for office, pattern in _cues()[0]:
        if pattern.search(joined):
            return office
    return "official"


def detect_gender(*texts: str):
    """MALE or FEMALE when the words say so (honorifics, courtesy titles,
    pronouns such as "(she/her)", M./Mme, Herr/Frau, Sr./Sra., Frère),
    else UNKNOWN; words for both give UNKNOWN."""
    from ua_desktop.core.case.model import Gender

    _offices, neutral, male_words, female_words = _cues()
    male = female = 0
    for text in texts:
        text = neutral.sub(" ", text)
        male += len(male_words.findall(text))
        female += len(female_words.findall(text))
    if male and not female:
        return Gender.MALE
    if female and not male:
        return Gender.FEMALE
    return Gender.UNKNOWN
