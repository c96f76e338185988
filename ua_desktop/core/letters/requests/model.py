"""The request model: a request is a *kind* with slots, not a string.

A sheet says "Calling on the authorities to release him immediately and
unconditionally, as he is a prisoner of conscience"; the model keeps
``Request(kind="release", qualifiers={"immediately", "unconditionally"},
reason="prisoner_of_conscience", who=Who(...))``. Recognition
(`requests.recognise`) fills it from any sheet language and voice; rendering
(`requests.render`) writes it in each letter language, in the form that the
template's lead-in needs. A request that could not be recognised is an
`UnrecognisedRequest`: it is never half-translated.

The kinds, their slots and their qualifiers are listed here once; data files
per language (`resources/requests/`) hold the cue words and the renderings.
"""

from __future__ import annotations

from dataclasses import dataclass, field

__all__ = [
    "KINDS",
    "QUALIFIERS",
    "REASONS",
    "Request",
    "UnrecognisedRequest",
    "Who",
]

#: Every kind of request an Urgent Action asks for, with the `details` keys
#: it may carry (all optional). Keep the order: the review step lists kinds
#: in this order.
KINDS: dict[str, tuple[str, ...]] = {
    # liberty
    "release": (),                       # release (qualifiers and reason say how and why)
    "release_or_charge": (),             # release unless charged with a recognisable offence and tried fairly
    "release_protesters": (),            # release all those held for protesting peacefully
    "drop_charges": (),
    "quash_conviction": (),              # quash the conviction and sentence
    "retrial": (),                       # a retrial in line with international fair-trial standards
    "fair_trial": (),                    # any trial to meet international fair-trial standards
    # death penalty
    "halt_execution": (),
    "commute_death_sentence": (),
    "death_penalty_moratorium": (),      # an official moratorium on executions, towards abolition
    # detention
    "access_lawyer": (),                 # of their choice (qualifier "of_their_choice")
    "access_family": (),
    "access_medical": (),                # adequate medical care
    "access_consular": (),
    "humane_conditions": (),
    "end_solitary": (),                  # end solitary confinement
    "end_incommunicado": (),             # end incommunicado detention
    "protect_from_torture": (),          # protection from torture and other ill-treatment
    "reveal_whereabouts": (),            # reveal fate and whereabouts
    # investigations and justice
    "investigate_torture": (),
    "investigate_killing": (),
    "investigate_attack": (),
    "investigate_threats": (),
    "investigate": ("subject",),         # any other investigation; subject = what, as a short noun phrase in the sheet's language
    "bring_to_justice": (),              # bring those responsible to justice in fair trials
    "reparation": (),                    # full reparation for the victims
    # protection and defenders
    "protect": (),                       # effective protection in accordance with their wishes
    "collective_protection": ("community",),  # collective protection measures for a community or its members;
                                         # community = the community's own name as the sheet writes it
                                         # ("San José de Apartadó"), printed only in a letter in the Latin script
    "end_harassment": ("targets",),      # targets: "defenders", "relatives", "journalists", ... or empty for the person
    "let_defenders_work": ("occupation",),  # let them carry out their work without fear of reprisals
    # (targets and occupation may name several groups, comma-separated: "defenders,journalists,activists")
    "recognise_legitimacy": (),          # publicly recognise the legitimacy of their work
    "lift_travel_ban": (),
    "return_property": (),               # return seized property
    # housing and land
    "stop_eviction": (),
    "consult_community": (),             # genuine consultation with the community
    "alternative_housing": (),           # adequate alternative housing
    # refugees
    "stop_deportation": ("country",),    # do not deport to a country where they risk serious harm (non-refoulement); country = where to
    "access_asylum": (),                 # access to a fair asylum procedure
    # laws and rights
    "repeal_law": ("law",),              # repeal or amend a law to bring it in line with international law; law = its name as written
    "respect_expression": (),
    "respect_association": (),
    "respect_assembly": (),
    "allow_monitors": (),                # let independent human-rights monitors in
}

#: How a request is to be met. A rendering includes every qualifier the
#: request carries, or the request is not rendered at all.
QUALIFIERS: tuple[str, ...] = (
    "immediately",
    "unconditionally",
    "pending_release",            # (access, conditions) while they remain in detention
    "international_standards",    # in line with international (fair-trial) standards
    "without_death_penalty",      # (retrial) without recourse to the death penalty
    "excluding_torture_evidence", # (retrial) excluding statements obtained under torture
    "prompt",                     # (investigate) prompt
    "thorough",                   # thorough
    "independent",                # independent
    "impartial",                  # impartial
    "effective",                  # effective
    "of_their_choice",            # (lawyer) of their choice
    "regular",                    # (access) regular
    "publicly",                   # (recognise) publicly
    "all_charges",                # (drop charges) all charges
)

#: Why the sheet asks for it (mostly for release).
REASONS: tuple[str, ...] = (
    "prisoner_of_conscience",     # as a prisoner of conscience
    "peaceful_exercise",          # held solely for peacefully exercising their human rights
    "human_rights_work",          # held solely for their human rights work
)


@dataclass(frozen=True)
class Who:
    """Whom a request is about: named people from the case, or a group.

    `people` holds indexes into `Case.people`; empty with `group` set means a
    group ("the protesters", "the community"); both empty means everyone the
    case is about. Gender and number for agreement come from the case's
    people through these indexes; `group` is one of "protesters",
    "community", "defenders", "relatives", "detainees", "journalists",
    "lawyers", "students", "activists", "residents" or "".
    """

    people: tuple[int, ...] = ()
    group: str = ""


@dataclass(frozen=True)
class Request:
    """A recognised request."""

    kind: str
    who: Who = field(default_factory=Who)
    details: dict[str, str] = field(default_factory=dict)
    qualifiers: frozenset[str] = frozenset()
    reason: str = ""
    #: The words on the sheet this was read from, and how sure recognition is (0..1).
    source_text: str = ""
    confidence: float = 1.0

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValueError(f"unknown request kind {self.kind!r}")
        unknown = set(self.qualifiers) - set(QUALIFIERS)
        if unknown:
            raise ValueError(f"unknown qualifiers {sorted(unknown)!r}")
        if self.reason and self.reason not in REASONS:
            raise ValueError(f"unknown reason {self.reason!r}")
        extra = set(self.details) - set(KINDS[self.kind])
        if extra:
            raise ValueError(f"{self.kind} takes no details {sorted(extra)!r}")


@dataclass(frozen=True)
class UnrecognisedRequest:
    """Words on the sheet that ask for something recognition could not read.

    `text` has a known campaigner lead-in removed ("Calling on the
    authorities to ..."); `source_text` is as the sheet printed it.
    """

    text: str
    source_text: str = ""
