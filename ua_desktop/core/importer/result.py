"""What an import gives back: the case plus notes on what was unsure or missing."""

from __future__ import annotations

from dataclasses import dataclass

from ua_desktop.core.case import Case


@dataclass(frozen=True)
class FieldNote:
    """A remark on one field, e.g. ``FieldNote("deadline", "No year was given ...")``."""

    field: str
    message: str


@dataclass(frozen=True)
class ImportResult:
    case: Case
    source_text: str
    unsure: tuple[FieldNote, ...] = ()
    missing: tuple[FieldNote, ...] = ()
    #: The model letter's text when the sheet has one ("Dear ..., ... Yours sincerely").
    model_letter: str = ""
    #: Which layout the sheet was recognised as ("2010", "model_letter", "template", "web", ...).
    layout: str = ""

    @property
    def complete(self) -> bool:
        return not self.missing
