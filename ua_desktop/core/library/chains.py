"""Chains of follow-ups in the case library: which sheets belong together,
in what order, and the case to draft from when a follow-up repeats only
what changed. No I/O, no Qt."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from ua_desktop.core.case.model import Case, Gender
from ua_desktop.core.library.entry import LibraryEntry
from ua_desktop.core.text import fold


def compute(entries: dict[str, LibraryEntry]):
    """Returns (root of each id, chain of ids per root, first sheet first,
    the newest entry of each chain, search text per newest id of a chain
    of more than one sheet)."""
    children: dict[str, list[str]] = {}
    roots = []
    for entry in entries.values():
        if entry.follows in entries and entry.follows != entry.id:
            children.setdefault(entry.follows, []).append(entry.id)
        else:
            roots.append(entry.id)
    root_of: dict[str, str] = {}
    chains: dict[str, list[str]] = {}
    seen: set[str] = set()
    for root in roots:
        order, stack = [], [root]
        while stack:
            node = stack.pop()
            if node in seen:
                continue
            seen.add(node)
            order.append(node)
            stack.extend(sorted(children.get(node, ()), key=lambda i: entries[i].added, reverse=True))
        chains[root] = order
        for node in order:
            root_of[node] = root
    for entry_id in entries:  # a loop of links made by hand: each sheet on its own
        if entry_id not in seen:
            chains[entry_id] = [entry_id]
            root_of[entry_id] = entry_id
    current, keys = [], {}
    for order in chains.values():
        newest = entries[order[-1]]
        current.append(newest)
        if len(order) > 1:
            keys[newest.id] = " ".join(entries[i].search_key for i in order)
    return root_of, chains, current, keys


def place_in_chain(chain: list[LibraryEntry], case: Case) -> tuple[str, LibraryEntry | None]:
    """Where a new sheet goes in a chain: after the newest sheet, unless it
    was issued before some sheets already there (imported late). Returns
    the id it follows ("" when it goes first) and the sheet that must then
    follow it (None when it goes last)."""
    position = len(chain)
    while (position > 0 and case.issued is not None and chain[position - 1].issued is not None
           and chain[position - 1].issued > case.issued):
        position -= 1
    follows = chain[position - 1].id if position > 0 else ""
    return follows, (chain[position] if position < len(chain) else None)


def fill_gaps(case: Case, earlier: Case) -> Case:
    changes: dict[str, Any] = {}
    if not case.asks and earlier.asks:
        changes["asks"] = earlier.asks
        if not case.letter_facts:
            changes["letter_facts"] = earlier.letter_facts
    if not case.recipients and earlier.recipients:
        changes["recipients"] = earlier.recipients
        changes["copies_note"] = case.copies_note or earlier.copies_note
    if not case.people:
        changes["people"] = earlier.people
    else:
        by_name = {fold(p.name): p for p in earlier.people}
        people = []
        for person in case.people:
            old = by_name.get(fold(person.name))
            if old is not None:
                forms = {lang: dict(old.forms.get(lang, {})) | dict(person.forms.get(lang, {}))
                         for lang in set(old.forms) | set(person.forms)}
                person = replace(person, forms=forms,
                                 gender=person.gender if person.gender is not Gender.UNKNOWN else old.gender)
            people.append(person)
        changes["people"] = tuple(people)
    if not case.write_languages and earlier.write_languages:
        changes["write_languages"] = earlier.write_languages
    return case.with_changes(**changes)
