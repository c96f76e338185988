"""The facts sentence of a letter: what happened to the people of the case,
as a small situation model (`model`) recognised from the sheet's summary
and title (`recognise`) and written in each letter language (`render`)."""

from __future__ import annotations

from ua_desktop.core.letters.facts.model import EVENTS, OCCUPATIONS, Event, Situation
from ua_desktop.core.letters.facts.recognise import recognise_situation
from ua_desktop.core.letters.facts.render import render_situation

__all__ = ["EVENTS", "OCCUPATIONS", "Event", "Situation", "facts_sentence", "recognise_situation",
           "render_situation"]


def facts_sentence(case, language: str) -> str:
    """The facts for a letter in `language`: the user's own (`Case.letter_facts`)
    when there are any, else one or two sentences written from the situation
    recognised on the sheet, else "" (nothing is invented)."""
    typed = case.letter_facts.get(language, "")
    if typed:
        return typed
    situation = situation_of(case)
    if situation is None:
        return ""
    return render_situation(situation, language, case.people) or ""


def situation_of(case) -> Situation | None:
    text = " ".join(part for part in (case.title, case.summary) if part)
    return recognise_situation(text, case.source_language, issued=case.issued)
