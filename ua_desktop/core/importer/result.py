"""What an import gives back: the case plus notes on what was unsure or missing."""

from __future__ import annotations

from dataclasses import dataclass

from ua_desktop.core.case.model import Case
from ua_desktop.core.case.check import FieldNote  # noqa: F401 (part of the importer's API)


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
