"""Recognising requests: a sheet's words in, `Request`s out.

``recognise("Calling on the authorities to release her immediately and to
drop all charges against her", "en", people)`` gives two requests, release
(immediately) and drop charges (all charges), both about the woman the case
names. It reads every voice a sheet uses: the campaigner's ("Urging them
to ..."), the model letter's ("I urge you to ...") and bare lists, in each
language that has a cue file (`cues`).

How: the known lead-in is removed; a statement ("I remind you that ...")
gives nothing; the rest is split into clauses where a conjunction is
followed by a new action ("... and drop ..."); in each clause the cues of
every kind are searched, the strongest non-overlapping ones kept, and the
qualifiers, the reason and whom it is about are read. A clause is
recognised when the words its cues, names and the language's filler words
account for reach `THRESHOLD` of its words (that share is the confidence);
otherwise it is an `UnrecognisedRequest` with the lead-in removed: a request
is never half-read.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from ua_desktop.core.letters.requests.cues import LanguageCues, load_cues
from ua_desktop.core.letters.requests.model import KINDS, Request, UnrecognisedRequest, Who
from ua_desktop.core.text import clean_line, fold_same_length

__all__ = ["THRESHOLD", "is_statement", "recognise", "strip_lead_in"]

#: The least share of a clause's words that recognition must account for.
THRESHOLD = 0.6
#: How many words of a clause may be left unaccounted for ("in the south",
#: "the Vozdukh organisation" say more than any kind: such a clause is not
#: recognised, so the letter never drops them silently).
MAX_UNACCOUNTED = 0

_ACCESS = frozenset({"access_lawyer", "access_family", "access_medical", "access_consular"})
_INVESTIGATIONS = frozenset({"investigate_torture", "investigate_killing", "investigate_attack",
                             "investigate_threats", "investigate"})
_DETENTION = _ACCESS | {"humane_conditions", "end_solitary", "end_incommunicado", "protect_from_torture"}
_TRIALS = frozenset({"retrial", "fair_trial", "release_or_charge"})
#: Which kinds a qualifier may go with; one found beside another kind is left out.
QUALIFIER_KINDS: dict[str, frozenset[str]] = {
    "immediately": frozenset(KINDS) - {"death_penalty_moratorium", "repeal_law"},
    "unconditionally": frozenset({"release", "release_protesters"}),
    "pending_release": _DETENTION,
    "international_standards": _TRIALS | {"humane_conditions", "repeal_law", "bring_to_justice"},
    "without_death_penalty": _TRIALS | {"bring_to_justice"},
    "excluding_torture_evidence": _TRIALS,
    "prompt": _INVESTIGATIONS,
    "thorough": _INVESTIGATIONS,
    "independent": _INVESTIGATIONS,
    "impartial": _INVESTIGATIONS,
    "effective": _INVESTIGATIONS | {"collective_protection"},
    "of_their_choice": frozenset({"access_lawyer"}),
    "regular": _ACCESS,
    "publicly": frozenset({"recognise_legitimacy"}),
    "all_charges": frozenset({"drop_charges"}),
}
#: Kinds that carry a reason.
REASON_KINDS = frozenset({"release", "release_protesters", "drop_charges", "quash_conviction"})
#: Kinds about a group more than a person ("let human rights defenders work").
GROUP_KINDS = frozenset({"end_harassment", "let_defenders_work", "recognise_legitimacy", "release_protesters",
                         "consult_community", "alternative_housing", "stop_eviction", "respect_expression",
                         "respect_association", "respect_assembly", "reparation", "protect",
                         "collective_protection"})
#: Qualifiers and reasons whose words would otherwise read as a kind
#: ("pending their release" is no release).
_MASKING = frozenset({"pending_release", "excluding_torture_evidence", "without_death_penalty",
                      "international_standards"})
_GROUP_DETAIL = {"end_harassment": "targets", "let_defenders_work": "occupation"}
#: Details that are a proper name ("San José de Apartadó"): a clause whose
#: words there are not written as a name is not recognised (a name is never
#: dropped, nor "the community of fishermen" read as one).
_PROPER_NAMES = frozenset({"community"})
#: The lower-case words a name may hold between its capitalised ones.
_NAME_PARTICLES = frozenset({"de", "del", "la", "las", "los", "el", "da", "do", "dos", "das", "di",
                             "of", "the", "von", "van", "der", "den", "du", "des", "d'", "l'"})
#: Kinds written for named people or for one group, never both: a clause
#: naming people beside a group ("for X and the community", "the community
#: of Toribío, including X") is not recognised rather than shortened.
_PEOPLE_OR_GROUP = frozenset({"collective_protection"})
_TOKEN = re.compile(r"\w+")
_TIDY_END = " \t;.,:–-•"


@dataclass(frozen=True)
class _Span:
    start: int
    end: int


@dataclass(frozen=True)
class _Found:
    kind: str
    start: int
    end: int
    details: dict[str, str]


def recognise(text: str, sheet_language: str, people: Sequence = ()) -> list[Request | UnrecognisedRequest]:
    """The requests in one ask of a sheet (several when it joins actions with
    "and"), each recognised or unrecognised; [] for a statement or nothing.
    `people` are the case's people (anything with `.name` and `.gender`)."""
    source = _tidy(text)
    if not source:
        return []
    cues = load_cues(sheet_language)
    if cues is None:
        return [UnrecognisedRequest(text=source, source_text=source)]
    if _is_statement(source, cues):
        return []
    body = _strip(source, cues)
    if _is_statement(body, cues):
        return []
    results: list[Request | UnrecognisedRequest] = []
    previous = None
    for clause in _clauses(body, cues):
        found, who = _read_clause(clause, cues, people, previous)
        previous = who or previous
        results.extend(found)
    return results


def strip_lead_in(text: str, sheet_language: str) -> str:
    """The ask without its campaigner or model-letter lead-in ("Calling on
    the authorities to release him" -> "release him")."""
    source = _tidy(text)
    cues = load_cues(sheet_language)
    return _strip(source, cues) if cues is not None else source


def is_statement(text: str, sheet_language: str) -> bool:
    """True for a reminder or a statement that asks for nothing ("I remind
    you that the state is party to ...")."""
    cues = load_cues(sheet_language)
    if cues is None:
        return False
    source = _tidy(text)
    return _is_statement(source, cues) or _is_statement(_strip(source, cues), cues)


# ----------------------------------------------------------- lead-ins, clauses
def _tidy(text: str) -> str:
    return clean_line(text).strip(_TIDY_END + "■*·")


def _strip(text: str, cues: LanguageCues) -> str:
    previous = None
    while previous != text and text:
        previous = text
        folded = fold_same_length(text)
        for pattern in cues.lead_ins:
            match = pattern.match(folded)
            if match and match.end() and match.end() < len(text):
                text = text[match.end():].lstrip(" ,:")
                break
    return text


def _is_statement(text: str, cues: LanguageCues) -> bool:
    folded = fold_same_length(text)
    return any(pattern.search(folded) for pattern in cues.statements)


def _clauses(body: str, cues: LanguageCues) -> list[str]:
    pieces, start = [], 0
    for match in cues.conjunction.finditer(fold_same_length(body)):
        if match.start() > start:
            pieces.append(body[start:match.start()])
        start = match.end()
    pieces.append(body[start:])
    return [clause for clause in (_strip(_tidy(p), cues) for p in pieces) if clause]


# ----------------------------------------------------------------- one clause
def _read_clause(clause: str, cues: LanguageCues, people: Sequence,
                 previous: Who | None) -> tuple[list, Who | None]:
    folded = fold_same_length(clause)
    covered: list[_Span] = []
    qualifiers, masked = _marks(cues.qualifiers, folded, covered, mask=_MASKING)
    reasons, masked = _marks(cues.reasons, masked, covered, mask=None, original=folded)
    found = _kinds(cues, masked, covered)
    if not found:
        return [UnrecognisedRequest(text=clause, source_text=clause)], None
    mentions = _mentions(clause, folded, cues, people, covered)
    confidence, unaccounted = _coverage(folded, covered, cues)
    if confidence < THRESHOLD or unaccounted > MAX_UNACCOUNTED:
        return [UnrecognisedRequest(text=clause, source_text=clause)], mentions.person_who()
    details = [_details(item, clause, mentions) for item in found]
    whos = [mentions.who_for(item.kind, previous, people) for item in found]
    if None in details or any(_drops_someone(item.kind, d, w, mentions) for item, d, w in zip(found, details, whos)):
        return [UnrecognisedRequest(text=clause, source_text=clause)], mentions.person_who()
    requests = []
    for item, item_details, who in zip(found, details, whos):
        requests.append(Request(
            kind=item.kind,
            who=who,
            details=item_details,
            qualifiers=frozenset(q for q in qualifiers if item.kind in QUALIFIER_KINDS.get(q, ())),
            reason=next((r for r in reasons if item.kind in REASON_KINDS), ""),
            source_text=clause,
            confidence=round(confidence, 2),
        ))
    return requests, mentions.person_who()


def _marks(patterns, text: str, covered: list[_Span], *, mask, original: str | None = None):
    """Names of the qualifiers (or reasons) found, in order, and the text with
    the masking ones blanked out."""
    names, chars = [], list(text)
    for name, pattern in patterns:
        for match in pattern.finditer(original or text):
            if not match.group(0).strip():
                continue
            if name not in names:
                names.append(name)
            covered.append(_Span(match.start(), match.end()))
            if mask is None or name in mask:
                chars[match.start():match.end()] = " " * (match.end() - match.start())
    return names, "".join(chars)


def _kinds(cues: LanguageCues, text: str, covered: list[_Span]) -> list[_Found]:
    candidates = []
    for cue in cues.kinds:
        if cue.requires is not None and not cue.requires.search(text):
            continue
        for match in cue.pattern.finditer(text):
            if match.end() > match.start():
                details = {k: v for k, v in match.groupdict().items() if v}
                spans = {k: match.span(k) for k in details}
                candidates.append((cue.weight, match.end() - match.start(), match.start(), match.end(),
                                   cue.kind, spans))
    candidates.sort(key=lambda c: (-c[0], -c[1], c[2]))
    chosen: list[_Found] = []
    for _weight, _length, start, end, kind, spans in candidates:
        if any(start < f.end and f.start < end for f in chosen):
            continue
        chosen.append(_Found(kind, start, end, spans))
        covered.append(_Span(start, end))
    chosen.sort(key=lambda f: f.start)
    seen, result = set(), []
    for item in chosen:
        if item.kind not in seen:
            seen.add(item.kind)
            result.append(item)
    return result


def _coverage(folded: str, covered: list[_Span], cues: LanguageCues) -> tuple[float, int]:
    """The share of the clause's words that recognition accounts for, and
    how many words it does not (each may say something the kind does not)."""
    tokens = list(_TOKEN.finditer(folded))
    if not tokens:
        return 0.0, 0
    hits = 0
    for token in tokens:
        if cues.fillers.match(token.group(0)) or any(s.start < token.end() and token.start() < s.end
                                                      for s in covered):
            hits += 1
    return hits / len(tokens), len(tokens) - hits


def _details(item: _Found, clause: str, mentions: "_Mentions") -> dict[str, str] | None:
    """The kind's details as the sheet wrote them; None when a proper-name
    detail is not written as a name."""
    details = {}
    for key, (start, end) in item.details.items():
        value = clean_line(clause[start:end]).strip(_TIDY_END)
        if key == "country" and not value[:1].isupper():
            continue  # "to a country where ..." names no country
        if key in _PROPER_NAMES and not _written_as_name(value):
            return None
        if key in KINDS[item.kind] and value:
            details[key] = value
    key = _GROUP_DETAIL.get(item.kind)
    if key and mentions.groups:
        details[key] = ",".join(mentions.groups)
    return details


def _written_as_name(value: str) -> bool:
    """"San José de Apartadó", "La Esperanza": capitalised words, with
    particles between them ("de", "la", "von"); not "pescadores de Tumaco",
    nor "Toribío y Eyder Campo"."""
    words = value.split()
    return bool(words) and words[0][:1].isupper() and words[-1][:1].isupper() \
        and all(w[:1].isupper() or w in _NAME_PARTICLES for w in words)


def _drops_someone(kind: str, details: dict[str, str], who: Who, mentions: "_Mentions") -> bool:
    """True when a kind written for either people or one group would leave
    out someone the clause names (a pronoun after the group refers to it)."""
    if kind not in _PEOPLE_OR_GROUP:
        return False
    if "community" in details and who.group != "community" or len(mentions.groups) > 1:
        return True
    return bool(mentions.people or mentions.everyone) if who.group else bool(mentions.groups)


# ------------------------------------------------------------------ who
@dataclass
class _Mentions:
    people: tuple[int, ...] = ()
    everyone: bool = False
    pronoun: tuple[int, ...] | None = None  # resolved indexes; () = everyone
    pronoun_at: int = -1
    groups: tuple[str, ...] = ()
    group_at: int = -1

    def person_who(self) -> Who | None:
        if self.people:
            return Who(people=self.people)
        if self.everyone:
            return Who()
        if self.pronoun is not None:
            return Who(people=self.pronoun)
        return None

    def who_for(self, kind: str, previous: Who | None, people: Sequence) -> Who:
        if self.people or self.everyone:
            return self.person_who()
        group_first = self.groups and (self.pronoun is None or self.group_at < self.pronoun_at)
        if group_first and (kind in GROUP_KINDS or self.pronoun is None and not previous):
            return Who(group=self.groups[0])
        if self.pronoun is not None:
            return Who(people=self.pronoun)
        if previous is not None:
            return previous
        return Who(people=(0,)) if len(people) == 1 else Who()


def _mentions(clause: str, folded: str, cues: LanguageCues, people: Sequence,
              covered: list[_Span]) -> _Mentions:
    found = _Mentions()
    named = []
    for index, person in enumerate(people):
        spans = _name_spans(person.name, folded)
        if spans:
            named.append(index)
            covered.extend(spans)
    found.people = tuple(named)
    if cues.everyone is not None:
        match = cues.everyone.search(folded)
        if match:
            found.everyone = True
            covered.append(_Span(match.start(), match.end()))
    _read_pronoun(found, clause, folded, cues, people, covered)
    groups = []
    for name, pattern in cues.groups:
        match = pattern.search(folded)
        if match:
            groups.append((match.start(), name))
            covered.append(_Span(match.start(), match.end()))
    groups.sort()
    found.groups = tuple(name for _at, name in groups)
    found.group_at = groups[0][0] if groups else -1
    return found


def _name_spans(name: str, folded: str) -> list[_Span]:
    """Where the person is named: the full name, else the longest part of it
    (a surname), each time it occurs."""
    full = fold_same_length(clean_line(name))
    if not full:
        return []
    parts = [full] + sorted((p for p in full.split() if len(p) > 3), key=len, reverse=True)
    for part in parts:
        spans = [_Span(m.start(), m.end()) for m in re.finditer(rf"\b{re.escape(part)}(?:'s)?\b", folded)]
        if spans:
            return spans
    return []


def _read_pronoun(found: _Mentions, clause: str, folded: str, cues: LanguageCues, people: Sequence,
                  covered: list[_Span]) -> None:
    text = folded
    if cues.case_sensitive_pronouns:  # German "Sie" (you) is no "sie" (she, they)
        text = "".join(" " if o.isupper() else f for o, f in zip(clause, folded))
    best = None
    for name, pattern in cues.pronouns:
        for match in pattern.finditer(text):
            covered.append(_Span(match.start(), match.end()))
            if best is None or match.start() < best[0]:
                best = (match.start(), name)
    if best is not None:
        found.pronoun_at, found.pronoun = best[0], _resolve(best[1], people)


def _resolve(pronoun: str, people: Sequence) -> tuple[int, ...]:
    """The people a pronoun stands for; () means everyone the case is about."""
    if pronoun in ("male", "female"):
        matching = tuple(i for i, p in enumerate(people) if _gender(p) == pronoun)
        if matching:
            return matching
        return (0,) if len(people) == 1 else ()
    if pronoun == "either" and len(people) == 1:
        return (0,)
    if pronoun == "either":
        return tuple(i for i, p in enumerate(people) if _gender(p) == "female") or ()
    return ()


def _gender(person) -> str:
    value = getattr(person, "gender", "unknown")
    return getattr(value, "value", value)
