"""Writing a situation as one or two sentences in a letter language, from
``resources/facts/render/<lang>.json`` (the template syntax of
``resources/requests/render/README.md``: ``{g:…}`` and ``{?flag:…}``;
``{subject}``, ``{date}``, ``{years}``, ``{preds}`` are filled here).

The first sentence tells the established events ("Human rights defender X
was detained on 15 June 2010"); the second what is reported ("There are
reports that he has been tortured"; French in the conditional). A person
of unknown gender in a language whose verbs agree, or a name with no form
in the letter's script, gives no sentence rather than a wrong one."""

from __future__ import annotations

import json
import re
from functools import cache
from typing import Sequence

from ua_desktop.core.case.model import Person
from ua_desktop.core.letters.facts.model import REPORTED, Event, Situation
from ua_desktop.core.letters.phrasing import fill_conditions, fill_gender, gender_fits, gender_of

__all__ = ["render_situation"]

_SUBJECT = re.compile(r"\{subject(?:_oblique)?\}|\{pronoun\}")


@cache
def _data(language: str) -> dict | None:
    from ua_desktop.paths import resource

    try:
        return json.loads(resource("facts", "render", f"{language}.json").read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None


def render_situation(situation: Situation, language: str, people: Sequence[Person]) -> str | None:
    data = _data(language)
    if data is None or not situation.events or not people:
        return None
    gender = gender_of(people)
    established = [e for e in situation.events if e.kind not in REPORTED]
    reported = [e for e in situation.events if e.kind in REPORTED]
    sentences = []
    if established:
        preds = _predicates(data, established, gender, verb_first_subject=True)
        if preds is None:
            return None
        sentences.append(data["facts"].replace("{preds}", preds))
    if reported:
        preds = _predicates(data, reported, gender, verb_first_subject=False)
        sentence = _reported(data, gender, again=bool(sentences))
        if preds is None or sentence is None:
            return None
        sentences.append(sentence.replace("{preds}", preds))
    subjects = {"{subject}": _subject(data, situation.occupation, people, gender),
                "{subject_oblique}": _subject(data, situation.occupation, people, gender, oblique=True),
                "{pronoun}": fill_gender(data["pronoun"], gender).strip("-")}
    # names go in last, in one pass: case text is never read as a template
    return " ".join(_tidy(_SUBJECT.sub(lambda m: subjects[m.group(0)], s)) for s in sentences)


def _subject(data: dict, occupation: str, people: Sequence[Person], gender: str, oblique: bool = False) -> str:
    """The people as the subject ("Human rights defender X"); `oblique`:
    after a preposition (Arabic «على هذين الشخصين»)."""
    names = []
    for person in people:
        name = person.form(data["language"], "nom") if data["names_from_forms"] else \
            (person.form(data["language"], "nom") or person.name)
        if not name:
            unnamed = data.get("unnamed_oblique", data["unnamed"]) if oblique else data["unnamed"]
            return fill_gender(unnamed, gender)
        names.append(name)
    from babel.lists import format_list

    named = format_list(names, locale=data["locale"])
    words = fill_gender(data["occupations"].get(occupation, ""), gender) if occupation else ""
    return data["subject"].replace("{occupation}", words).replace("{name}", named)


def _predicates(data: dict, events: list[Event], gender: str, verb_first_subject: bool) -> str | None:
    preds = []
    for index, event in enumerate(events):
        template = data["events"][event.kind]
        if isinstance(template, dict):  # verb first: the subject sits inside the first predicate
            template = template["first"] if index == 0 and verb_first_subject else template["more"]
        if not gender_fits(template, gender):
            return None
        text = template.replace("{date}", _date(data, event)).replace("{years}", _years(data, event.years))
        flags = {"date"} if event.date else set()
        preds.append(fill_conditions(fill_gender(text, gender), flags))
    if data.get("share_auxiliary"):
        preds = _shared_auxiliary(preds)
    from babel.lists import format_list

    return format_list(preds, locale=data["locale"])  # "A, B and C"; Arabic «A وB وC»


def _shared_auxiliary(preds: list[str]) -> list[str]:
    """"was arrested … and sentenced …": a predicate drops the first words
    (at most two: «a été») it shares with the one before."""
    result = preds[:1]
    for previous, pred in zip(preds, preds[1:]):
        before, words = previous.split(), pred.split()
        shared = 0
        while shared < 2 and shared < len(words) - 1 and shared < len(before) - 1 \
                and words[shared] == before[shared]:
            shared += 1
        result.append(" ".join(words[shared:]))
    return result


def _reported(data: dict, gender: str, again: bool) -> str | None:
    """The frame of the reported events; after a first sentence, the people
    are a pronoun (or none, in Spanish and in Arabic's «بأنه»)."""
    if again and "reported_again" in data:
        return fill_gender(data["reported_again"], gender)
    if not again:
        return data["reported"]
    pronoun = fill_gender(data["pronoun"], gender)
    if pronoun == "-":
        return data["reported"].replace("{subject} ", "")
    return data["reported"].replace("{subject}", "{pronoun}") if pronoun else data["reported"]


def _date(data: dict, event: Event) -> str:
    if event.date is None:
        return ""
    day = data.get("first_day", "1") if event.date.day == 1 else str(event.date.day)
    months = data["months"] if event.year_known else data.get("months_no_year", data["months"])
    pattern = data["date"] if event.year_known else data["date_no_year"]
    return pattern.replace("{d}", day).replace("{month}", months[event.date.month - 1]) \
        .replace("{y}", str(event.date.year))


def _years(data: dict, years: int | None) -> str:
    if not years:
        return ""
    from babel import Locale

    form = Locale.parse(data["locale"]).plural_form(years)
    forms = data["years"]
    return forms.get(form, forms["other"]).replace("{n}", str(years))


def _tidy(sentence: str) -> str:
    sentence = " ".join(sentence.split()).replace(" ,", ",")
    return sentence[:1].upper() + sentence[1:]
