"""One row of the case library: what the list shows and searches, without
reading the case file. Also the text folding that makes search ignore case
and accents, and the order "by deadline". No I/O, no Qt."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from typing import Any

from ua_desktop.core.case.model import Case
from ua_desktop.core.case.casefile import case_to_dict
from ua_desktop.core.case.deadline import DUE_SOON_DAYS
from ua_desktop.core.case.ua_numbers import is_follow_up_wording, normalise_ua_number, ua_key
from ua_desktop.core.text import fold

NO_FURTHER_ACTION = "no_further_action"
_STR, _BOOL, _INT = {str}, {bool}, {int}

def content_hash(case: Case) -> str:
    """The same for two cases with the same content, whatever file they came from."""
    import hashlib  # with OpenSSL, 4 MB: not loaded for a start that adds no case

    data = case_to_dict(case)
    text = json.dumps(data, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def people_key(case_or_names) -> str:
    names = [p.name for p in case_or_names.people] if isinstance(case_or_names, Case) else list(case_or_names)
    return "|".join(sorted(" ".join(fold(n).split()) for n in names if n.strip()))


def search_key(case: Case) -> str:
    parts = [p.name for p in case.people]
    for person in case.people:
        parts.extend(forms["nom"] for forms in person.forms.values() if forms.get("nom"))
    number = normalise_ua_number(case.ua_number) or normalise_ua_number(case.title)
    parts += [case.country, case.title, case.ua_number, number, number.replace(" ", ""), case.index_number]
    return " ".join(fold(" ".join(p for p in parts if p)).split())


@dataclass(slots=True)
class LibraryEntry:
    """A case in the library as the list sees it. `follows` is the id of
    the earlier case this one follows up ("" for a first sheet).

    Read-only by convention (the library makes a new entry for every
    change): not frozen, because a frozen dataclass is six times slower to
    build, and listing 1,000 cases builds 1,000 of them."""

    id: str
    names: tuple[str, ...] = ()
    country: str = ""
    ua_number: str = ""
    title: str = ""
    deadline: dt.date | None = None
    issued: dt.date | None = None
    write_languages: tuple[str, ...] = ()
    status: str = "open"
    status_note: str = ""
    archived: bool = False
    offered: bool = False
    added: str = ""
    updated: str = ""
    content_hash: str = ""
    follows: str = ""
    follow_up_wording: bool = False
    source_name: str = ""
    search_key: str = ""
    #: (size, mtime_ns, inode) of the case file when this row was made.
    stamp: tuple[int, int, int] = field(default=(0, 0, 0), compare=False)

    @property
    def people_names(self) -> str:
        return ", ".join(self.names)

    @property
    def closed(self) -> bool:
        """A follow-up said no further action is needed."""
        return self.status == NO_FURTHER_ACTION

    @property
    def ua_key(self) -> str:
        return ua_key(self.ua_number)

    # ------------------------------------------------------------ building
    @classmethod
    def from_case(cls, entry_id: str, case: Case, meta: dict[str, Any], stamp=(0, 0, 0)) -> "LibraryEntry":
        return cls(
            id=entry_id,
            names=tuple(p.name for p in case.people),
            country=case.country,
            ua_number=normalise_ua_number(case.ua_number) or normalise_ua_number(case.title) or case.ua_number,
            title=case.title,
            deadline=case.deadline,
            issued=case.issued,
            write_languages=tuple(case.write_languages),
            status=case.status,
            status_note=case.status_note,
            archived=bool(meta.get("archived")),
            offered=bool(meta.get("offered")),
            added=str(meta.get("added") or ""),
            updated=str(meta.get("updated") or meta.get("added") or ""),
            content_hash=content_hash(case),
            follows=str(meta.get("follows") or ""),
            follow_up_wording=is_follow_up_wording(case.title) or is_follow_up_wording(case.ua_number),
            source_name=str(meta.get("source_name") or ""),
            search_key=search_key(case),
            stamp=tuple(stamp),
        )

    def meta(self) -> dict[str, Any]:
        """The library's own facts, kept in the case file under "library"."""
        return {"added": self.added, "updated": self.updated, "archived": self.archived,
                "offered": self.offered, "follows": self.follows, "source_name": self.source_name}

    # ------------------------------------------------------------ index rows
    def to_row(self) -> dict[str, Any]:
        return {
            "id": self.id, "names": list(self.names), "country": self.country, "ua_number": self.ua_number,
            "title": self.title, "deadline": _iso(self.deadline), "issued": _iso(self.issued),
            "write_languages": list(self.write_languages), "status": self.status, "status_note": self.status_note,
            "archived": self.archived, "offered": self.offered, "added": self.added, "updated": self.updated,
            "hash": self.content_hash, "follows": self.follows, "follow_up_wording": self.follow_up_wording,
            "source_name": self.source_name, "search": self.search_key, "stamp": list(self.stamp),
        }

    @classmethod
    def from_row(cls, row: dict[str, Any]) -> "LibraryEntry":
        """Raises ValueError/TypeError/KeyError on a damaged row. Written for
        speed: listing 1,000 cases reads 1,000 rows."""
        texts = (row["id"], row["country"], row["ua_number"], row["title"], row["status"], row["status_note"],
                 row["added"], row["updated"], row["hash"], row["follows"], row["source_name"], row["search"])
        names, languages, stamp = row["names"], row["write_languages"], row["stamp"]
        flags = (row["archived"], row["offered"], row["follow_up_wording"])
        if (set(map(type, texts)) != _STR or set(map(type, flags)) != _BOOL or type(names) is not list
                or type(languages) is not list or set(map(type, names)) - _STR or set(map(type, languages)) - _STR
                or type(stamp) is not list or len(stamp) != 3 or set(map(type, stamp)) != _INT):
            raise TypeError("damaged index row")
        deadline, issued = row["deadline"], row["issued"]
        return cls(texts[0], tuple(names), texts[1], texts[2], texts[3],
                   dt.date.fromisoformat(deadline) if deadline else None,
                   dt.date.fromisoformat(issued) if issued else None,
                   tuple(languages), texts[4], texts[5], flags[0], flags[1], texts[6], texts[7], texts[8],
                   texts[9], flags[2], texts[10], texts[11], tuple(stamp))


def deadline_sort_key(entry: LibraryEntry, today: dt.date) -> tuple[int, int, str]:
    """Most urgent first: today, then the nearest deadlines, then cases
    without a deadline, then passed deadlines (the most recent first), then
    closed cases."""
    if entry.closed:
        return (4, 0, entry.people_names.casefold())
    if entry.deadline is None:
        return (2, 0, entry.people_names.casefold())
    days = (entry.deadline - today).days
    if days < 0:
        return (3, -days, entry.people_names.casefold())
    return (0 if days <= DUE_SOON_DAYS else 1, days, entry.people_names.casefold())


def _iso(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None
