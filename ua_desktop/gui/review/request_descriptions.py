"""Plain descriptions of requests in the window's language, for the review
step: "Release (immediately and unconditionally)", "Access to a lawyer (of
their choice)", "Not recognised"."""

from __future__ import annotations

from ua_desktop.core.letters.requests.model import KINDS, Request, UnrecognisedRequest
from ua_desktop.i18n import N_, _, babel_locale

__all__ = ["describe", "kind_name"]

_KIND_NAMES = {
    "release": N_("Release"),
    "release_or_charge": N_("Release, or charge with a recognised offence and try fairly"),
    "release_protesters": N_("Release the peaceful protesters"),
    "drop_charges": N_("Drop the charges"),
    "quash_conviction": N_("Quash the conviction and sentence"),
    "retrial": N_("A fair retrial"),
    "fair_trial": N_("A fair trial"),
    "halt_execution": N_("Halt the execution"),
    "commute_death_sentence": N_("Commute the death sentence"),
    "death_penalty_moratorium": N_("A moratorium on executions"),
    "access_lawyer": N_("Access to a lawyer"),
    "access_family": N_("Access to the family"),
    "access_medical": N_("Access to medical care"),
    "access_consular": N_("Access to consular officials"),
    "humane_conditions": N_("Humane detention conditions"),
    "end_solitary": N_("End solitary confinement"),
    "end_incommunicado": N_("End incommunicado detention"),
    "protect_from_torture": N_("Protection from torture and other ill-treatment"),
    "reveal_whereabouts": N_("Reveal their fate and whereabouts"),
    "investigate_torture": N_("Investigate the torture"),
    "investigate_killing": N_("Investigate the killing"),
    "investigate_attack": N_("Investigate the attack"),
    "investigate_threats": N_("Investigate the threats"),
    "investigate": N_("An investigation"),
    "bring_to_justice": N_("Bring those responsible to justice"),
    "reparation": N_("Reparation for the victims"),
    "protect": N_("Effective protection, as they wish it"),
    "collective_protection": N_("Collective protection measures"),
    "end_harassment": N_("End the harassment"),
    "let_defenders_work": N_("Let them do their work without fear"),
    "recognise_legitimacy": N_("Recognise that their work is legitimate"),
    "lift_travel_ban": N_("Lift the travel ban"),
    "return_property": N_("Return what was seized"),
    "stop_eviction": N_("Stop the eviction"),
    "consult_community": N_("Consult the community"),
    "alternative_housing": N_("Adequate alternative housing"),
    "stop_deportation": N_("Do not deport them"),
    "access_asylum": N_("Access to asylum"),
    "repeal_law": N_("Repeal or amend the law"),
    "respect_expression": N_("Respect freedom of expression"),
    "respect_association": N_("Respect freedom of association"),
    "respect_assembly": N_("Respect freedom of assembly"),
    "allow_monitors": N_("Let independent monitors in"),
}
_QUALIFIER_NAMES = {
    "immediately": N_("immediately"),
    "unconditionally": N_("unconditionally"),
    "pending_release": N_("until they are released"),
    "international_standards": N_("to international standards"),
    "without_death_penalty": N_("without the death penalty"),
    "excluding_torture_evidence": N_("without evidence obtained under torture"),
    "prompt": N_("prompt"),
    "thorough": N_("thorough"),
    "independent": N_("independent"),
    "impartial": N_("impartial"),
    "effective": N_("effective"),
    "of_their_choice": N_("of their choice"),
    "regular": N_("regular"),
    "publicly": N_("publicly"),
    "all_charges": N_("all charges"),
}
_REASON_NAMES = {
    "prisoner_of_conscience": N_("as a prisoner of conscience"),
    "peaceful_exercise": N_("held only for peacefully using their rights"),
    "human_rights_work": N_("held only for their human rights work"),
}
assert set(_KIND_NAMES) == set(KINDS), "every kind needs a description"


def kind_name(kind: str) -> str:
    """The kind in the window's language ("Release")."""
    return _(_KIND_NAMES[kind])


def describe(request: Request | UnrecognisedRequest) -> str:
    """The request in the window's language, with how and why:
    "Release (immediately and unconditionally; as a prisoner of conscience)"."""
    if isinstance(request, UnrecognisedRequest):
        return _("Not recognised")
    from babel.lists import format_list

    how = [_(name) for key, name in _QUALIFIER_NAMES.items() if key in request.qualifiers]
    why = _(_REASON_NAMES[request.reason]) if request.reason in _REASON_NAMES else ""
    extra = format_list(how, locale=babel_locale()) if how else ""
    if why:
        extra = _("{how}; {why}").format(how=extra, why=why) if extra else why
    return _("{request} ({how})").format(request=kind_name(request.kind), how=extra) if extra \
        else kind_name(request.kind)
