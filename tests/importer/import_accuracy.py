"""Field-level accuracy of the importer over the fixtures that have a key
(`<sheet>.key.json`: the facts the sheet holds, written by hand).

Each fact of a key is scored right, wrong or missing: a scalar (UA number,
country, deadline, sheet language, status, write languages as a set), each
person and each request (right when found, missing when not; a found one the key
does not have is wrong), and each field of each recipient (name, office and
address lines, country, fax, phone, email, social, salutation). Comparison is
on folded text (case, accents, punctuation at the ends, spacing) and, for
numbers, on digits, so a number shown in international form still matches.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import time
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from ua_desktop.core.case.model import RecipientRole

FIXTURES = Path(__file__).parent / "fixtures"
RECIPIENT_FIELDS = ("name", "address", "country", "fax", "phone", "email", "social", "salutation")


def fold(value: str) -> str:
    value = unicodedata.normalize("NFKD", value or "")
    value = "".join(ch for ch in value if not unicodedata.combining(ch)).lower().replace("’", "'")
    return re.sub(r"\s+", " ", value).strip(" .,;:!")


def numbers(value: str) -> frozenset[str]:
    """'+98 21 5512 2000, 0098 21 5512 2001' -> the numbers as digits, without a 00 or + prefix."""
    parts = re.split(r",|;|\bor\b|\boder\b|\bou\b|\bo\b", value or "")
    found = set()
    for part in parts:
        digits = re.sub(r"\D", "", part)
        if len(digits) >= 5:
            found.add(digits[2:] if part.strip().startswith("00") else digits)
    return frozenset(found)


def emails(value: str) -> frozenset[str]:
    return frozenset(e.lower() for e in re.findall(r"[\w.+'-]+@[\w.-]+\.\w+", value or ""))


@dataclass
class Tally:
    right: Counter = field(default_factory=Counter)
    wrong: Counter = field(default_factory=Counter)
    missing: Counter = field(default_factory=Counter)
    seconds: float = 0.0
    sheets: int = 0

    def add(self, name: str, outcome: str) -> None:
        getattr(self, outcome)[name] += 1

    def score(self, name: str, want, got) -> None:
        if not want and not got:
            return
        if want == got:
            self.add(name, "right")
        elif not got:
            self.add(name, "missing")
        else:
            self.add(name, "wrong")

    def items(self, name: str, want: list[str], got: list[str]) -> None:
        rest = list(got)
        for item in want:
            if item in rest:
                rest.remove(item)
                self.add(name, "right")
            else:
                self.add(name, "missing")
        for _item in rest:
            self.add(name, "wrong")

    def merge(self, other: "Tally") -> None:
        for attr in ("right", "wrong", "missing"):
            getattr(self, attr).update(getattr(other, attr))
        self.seconds += other.seconds
        self.sheets += other.sheets

    @property
    def total(self) -> int:
        return sum(self.right.values()) + sum(self.wrong.values()) + sum(self.missing.values())

    @property
    def accuracy(self) -> float:
        return sum(self.right.values()) / self.total if self.total else 1.0

    def fields(self) -> list[str]:
        return sorted(set(self.right) | set(self.wrong) | set(self.missing))


def recipient_facts(r: dict) -> dict:
    return {
        "name": fold(r.get("name", "")),
        "address": fold(" | ".join(list(r.get("title_lines", [])) + list(r.get("address_lines", [])))),
        "country": fold(r.get("country", "")),
        "fax": numbers(r.get("fax", "")),
        "phone": numbers(r.get("phone", "")),
        "email": emails(r.get("email", "")),
        "social": frozenset(fold(s) for s in r.get("social", [])),
        "salutation": fold(r.get("salutation", "")),
    }


def _pair(want: list[dict], got: list[dict]) -> list[tuple[dict, dict | None]]:
    """Key recipients with the found ones: same role, by name, else in order."""
    pairs, left = [], list(got)
    for w in want:
        same = [g for g in left if g["role"] == w["role"] and g["facts"]["name"] == w["facts"]["name"]]
        same = same or [g for g in left if g["role"] == w["role"]][:1]
        if same:
            left.remove(same[0])
        pairs.append((w, same[0] if same else None))
    return pairs + [(None, g) for g in left]


def score_sheet(key: dict, result, tally: Tally) -> None:
    case = result.case
    tally.score("ua_number", key["ua_number"], case.ua_number)
    tally.score("country", fold(key.get("country", "")), fold(case.country))
    tally.score("deadline", key["deadline"], case.deadline.isoformat() if case.deadline else None)
    tally.score("language", key["language"], case.source_language)
    tally.score("status", key["status"], case.status)
    tally.score("write_languages", frozenset(key["write_languages"]), frozenset(case.write_languages))
    tally.score("complete", key["complete"], result.complete)
    tally.items("people", [fold(p) for p in key["people"]], [fold(p.name) for p in case.people])
    tally.items("requests", [fold(a) for a in key["requests"]], [fold(a.text) for a in case.asks])
    want = [{"role": r["role"], "facts": recipient_facts(r)} for r in key["recipients"]]
    got = [{"role": "target" if r.role is RecipientRole.TARGET else "copy", "facts": recipient_facts({
        "name": r.name, "title_lines": r.title_lines, "address_lines": r.address_lines, "country": r.country,
        "fax": r.fax, "phone": r.phone, "email": r.email, "social": r.social, "salutation": r.salutation})}
        for r in case.recipients]
    for w, g in _pair(want, got):
        if w is None:
            tally.add("recipients", "wrong")  # someone the sheet does not name
            continue
        for name in RECIPIENT_FIELDS:
            tally.score(f"recipient.{name}", w["facts"][name], g["facts"][name] if g else None)


def keyed_sheets() -> list[tuple[Path, dict]]:
    return [(path.with_suffix("").with_suffix(".txt"), json.loads(path.read_text(encoding="utf-8")))
            for path in sorted(FIXTURES.glob("*.key.json"))]


def measure() -> dict[tuple[bool, bool], Tally]:
    """Tallies by (held out, cut short)."""
    from ua_desktop.core.importer import import_file

    tallies: dict[tuple[bool, bool], Tally] = {}
    for path, key in keyed_sheets():
        start = time.perf_counter()
        result = import_file(path)
        tally = tallies.setdefault((key["held_out"], key["cut_short"]), Tally())
        tally.seconds += time.perf_counter() - start
        tally.sheets += 1
        score_sheet(key, result, tally)
    return tallies


def group(tallies: dict[tuple[bool, bool], Tally], held_out: bool | None = None, cut_short: bool | None = None) -> Tally:
    out = Tally()
    for (h, c), t in tallies.items():
        if (held_out is None or h == held_out) and (cut_short is None or c == cut_short):
            out.merge(t)
    return out


def report(tallies: dict[tuple[bool, bool], Tally]) -> str:
    lines = []
    for label, held in (("tuned", False), ("held out", True)):
        t = group(tallies, held_out=held)
        lines.append(f"{label}: {t.sheets} sheets, {t.seconds * 1000 / max(t.sheets, 1):.1f} ms per sheet")
        lines.append(f"  {'field':<22}{'right':>7}{'wrong':>7}{'missing':>9}")
        for name in t.fields():
            lines.append(f"  {name:<22}{t.right[name]:>7}{t.wrong[name]:>7}{t.missing[name]:>9}")
        for cut, what in ((False, "complete sheets"), (True, "cut short")):
            part = group(tallies, held_out=held, cut_short=cut)
            lines.append(f"  {what}: {part.accuracy:.1%} of {part.total} facts right ({part.sheets} sheets)")
    return "\n".join(lines)


def _date(value: str | None) -> dt.date | None:  # pragma: no cover - for keys written by hand
    return dt.date.fromisoformat(value) if value else None
