"""An ask's recognised requests in a case file (``asks[].requests``).

Written as a list of objects: a recognised request
``{"kind": "release", "who": {"people": [0]}, "qualifiers": ["immediately"],
"reason": "prisoner_of_conscience", "details": {}, "confidence": 1.0,
"source_text": "..."}`` or a part that was not recognised
``{"unrecognised": "its words, without the lead-in", "source_text": "..."}``.
Reading is lenient about what a newer UA Desktop may add (an unknown kind,
qualifier or reason turns the entry into an unrecognised one, with its words)
and strict about shape (`casefile` raises its error for the wrong types).
"""

from __future__ import annotations

from typing import Any, Callable

from ua_desktop.core.letters.requests.model import KINDS, QUALIFIERS, REASONS, Request, UnrecognisedRequest, Who
from ua_desktop.core.text import clean_line

__all__ = ["requests_from_json", "requests_to_json"]

_MAX_TEXT = 5_000


def requests_to_json(requests) -> list[dict[str, Any]]:
    out = []
    for item in requests:
        if isinstance(item, UnrecognisedRequest):
            entry: dict[str, Any] = {"unrecognised": item.text}
        else:
            entry = {"kind": item.kind}
            who = {}
            if item.who.people:
                who["people"] = list(item.who.people)
            if item.who.group:
                who["group"] = item.who.group
            if who:
                entry["who"] = who
            if item.details:
                entry["details"] = dict(item.details)
            if item.qualifiers:
                entry["qualifiers"] = [q for q in QUALIFIERS if q in item.qualifiers]
            if item.reason:
                entry["reason"] = item.reason
            if item.confidence != 1.0:
                entry["confidence"] = item.confidence
        if item.source_text:
            entry["source_text"] = item.source_text
        out.append(entry)
    return out


def requests_from_json(value: Any, where: str, people_count: int,
                       fail: Callable[[str], Exception]) -> tuple[Request | UnrecognisedRequest, ...]:
    """`fail(where)` makes the error raised for a value of the wrong shape."""
    if not isinstance(value, list):
        raise fail(where)
    return tuple(_one(entry, f"{where}[{i + 1}]", people_count, fail) for i, entry in enumerate(value[:50]))


def _text(value: Any, where: str, fail) -> str:
    if value is None:
        return ""
    if not isinstance(value, str):
        raise fail(where)
    return clean_line(value[:_MAX_TEXT])


def _one(entry: Any, where: str, people_count: int, fail) -> Request | UnrecognisedRequest:
    if not isinstance(entry, dict):
        raise fail(where)
    source = _text(entry.get("source_text"), f"{where}.source_text", fail)
    if "kind" not in entry:
        return UnrecognisedRequest(text=_text(entry.get("unrecognised"), f"{where}.unrecognised", fail) or source,
                                   source_text=source)
    kind = _text(entry.get("kind"), f"{where}.kind", fail)
    who = entry.get("who") or {}
    qualifiers = entry.get("qualifiers") or []
    details = entry.get("details") or {}
    if not isinstance(who, dict) or not isinstance(qualifiers, list) or not isinstance(details, dict):
        raise fail(where)
    people = who.get("people") or []
    if not isinstance(people, list) or not all(isinstance(i, int) and not isinstance(i, bool) for i in people):
        raise fail(f"{where}.who.people")
    reason = _text(entry.get("reason"), f"{where}.reason", fail)
    qualifiers = [_text(q, f"{where}.qualifiers", fail) for q in qualifiers]
    details = {clean_line(str(k)): _text(v, f"{where}.details", fail) for k, v in details.items()}
    known = (kind in KINDS and set(qualifiers) <= set(QUALIFIERS) and (not reason or reason in REASONS)
             and set(details) <= set(KINDS[kind]))
    if not known:  # written by a newer UA Desktop: keep the words, read it again later
        return UnrecognisedRequest(text=source, source_text=source)
    confidence = entry.get("confidence", 1.0)
    if not isinstance(confidence, (int, float)) or isinstance(confidence, bool):
        raise fail(f"{where}.confidence")
    return Request(
        kind=kind,
        who=Who(people=tuple(sorted({i for i in people if 0 <= i < people_count})),
                group=_text(who.get("group"), f"{where}.who.group", fail)),
        details={k: v for k, v in details.items() if v},
        qualifiers=frozenset(qualifiers),
        reason=reason,
        source_text=source,
        confidence=min(1.0, max(0.0, float(confidence))),
    )
