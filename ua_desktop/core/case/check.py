"""What a case still lacks before a letter can be drafted from it.

One set of rules, used by the importer (right after reading a sheet) and by
the review window (after every correction the user makes).
"""

from __future__ import annotations

from dataclasses import dataclass

from ua_desktop.core.case.model import Case, RecipientRole
from ua_desktop.i18n import _


@dataclass(frozen=True)
class FieldNote:
    """A remark on one field, e.g. ``FieldNote("deadline", "No deadline ...")``.

    `field` names the field as in the case file: ``people``, ``deadline``,
    ``recipients[0].salutation`` (recipients counted from 0).
    """

    field: str
    message: str


def missing_fields(case: Case, has_model_letter: bool = False) -> tuple[FieldNote, ...]:
    """Required fields that are empty: without them no good letter can be drafted."""
    missing = []
    if not case.people:
        missing.append(FieldNote("people", _("No person at risk was found. Add their name.")))
    closed = case.status == "no_further_action"  # a closure: nobody to write to, nothing to ask
    if not case.targets and not closed:
        missing.append(FieldNote("recipients", _("No one to write to was found. Add at least one recipient.")))
    if not case.asks and not closed:  # a letter that asks for nothing is no appeal
        missing.append(FieldNote("asks", _(
            "The sheet lists no requests. Take them from its model letter (on the Requests tab), or type "
            "what the letter should ask for.") if has_model_letter else _(
            "Neither a list of requests nor a model letter was found. Add what the letter should ask for.")))
    if case.deadline is None and case.status == "open":
        missing.append(FieldNote("deadline", _(
            "No deadline was found. Add the date until which appeals are useful.")))
    if not case.country:
        missing.append(FieldNote("country", _("The country was not recognised. Add it.")))
    return tuple(missing)


def doubtful_fields(case: Case) -> tuple[FieldNote, ...]:
    """Fields that are present but probably need a look."""
    notes = []
    for index, recipient in enumerate(case.recipients):
        if recipient.role is not RecipientRole.TARGET:
            continue
        if not (recipient.address_lines or recipient.email or recipient.fax or recipient.social
                or recipient.phone or recipient.note):
            notes.append(FieldNote(f"recipients[{index}]", _(
                "No address, email, fax or phone was found for {name}.").format(name=recipient.name)))
        if not recipient.salutation:
            notes.append(FieldNote(f"recipients[{index}].salutation", _(
                "No salutation was given for {name}; one will be suggested.").format(name=recipient.name)))
    return tuple(notes)
