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
