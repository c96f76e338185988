"""Splitting a sheet into zones by its headings and markers (their words per
language are data: `markers.py`).

Every line is given one zone: head (headline, lead, body), asks, targets,
copies, notes, letter (model or sample letter), background or meta (labelled
fields such as "PREFERRED LANGUAGE TO ADDRESS TARGET: ..."). Markers are
matched on accent-free lower-case text, so extraction that drops accents
("ACCIN URGENTE") still matches most of them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from ua_desktop.core.text import fold

from .markers import labels, marker, plain, raw
from .normalize import BULLET


@lru_cache(maxsize=8192)
def key(line: str) -> str:
    """Accent-free lower case with typographic quotes made plain."""
    return fold(line).replace("“", '"').replace("”", '"').strip()


UA_MARKER = marker(r"\b(?:{ua_heading}|{ua_marker}|(?:ua|au)\s*:?\s*\d{1,3}/\d{2})\b")
HEADER_LINE = marker(r"^{ua_heading}s?\b[\W\d_]*$")
FURTHER = marker(r"{further}")
NO_FURTHER = marker(r"{no_further}")
ASKS_INTRO = marker(r"{asks_intro}")
TARGETS = marker(r"^{targets}")
COPIES = marker(r"^(?:{copies_lead} )?{copies}")
NOTES = marker(r"{notes}")
LATE = marker(r"{late}")
BACKGROUND = marker(r"^{background}\b(?:\s*\([^)]*\))?\s*:?\s*$")
_UA_SUBJECT = marker(r"^{ua_heading}s?\s*[:\-–]\s*(?=\S)")
LETTER_START = marker(r"^{letter_start}\b.{0,70}[,:]\s*$")
LETTER_END = marker(r"^{letter_end}\b")
LETTER_LABEL = marker(r"^{letter_label}\s*:?\s*$")
TAKE_ACTION_MODEL = marker(r"{model_letter}")
# "LABEL: value" fields of the drafting template and the later layout.
META = marker(r"^{meta}\b")
# US action pages: "Contact President X, Casa ..., Managua, Nicaragua Phone: ... I Fax: ... Salutation: ..."
RUN_TOGETHER_TARGET = re.compile(r"^\s*" + raw("run_together_leads") + r"\s*:?\s+(\S.{20,})$", re.IGNORECASE)
_NOTE_LABEL = re.compile(r"^" + raw("note_labels") + r"\b", re.IGNORECASE)  # "Note", "NB", "Hinweis"
_FIRST_PERSON = re.compile(r"^" + raw("first_person") + r"\b", re.IGNORECASE)  # "I", "we", "je", "wir"
CONTACT_LABEL = re.compile(r"\b(?:" + "|".join(labels(kind) for kind in ("phone", "fax", "email", "social", "salutation"))
                           + r")\s*:", re.IGNORECASE)
# a page footer between recipients: "Index: MDE 13/0123/2019 ... Date: ...", "UA 12/19"
PAGE_FOOTER = marker(r"\b(?:{reference_labels}|{ua_labels})\b.{0,40}\b[a-z]{3}\s?\d{2}/\d{3,4}/\d{4}"
                     r"|^{ua_labels}\s*:?\s*\d{1,3}/\d{2}\b")


class _Traced(list):
    """A zone's lines that also note, in the sheet's trace, the line each came from."""

    def __init__(self, name: str, trace: list[tuple[int, str, str]], at: list[int]):
        super().__init__()
        self.name, self._trace, self._at = name, trace, at

    def append(self, value: str) -> None:
        super().append(value)
        self._trace.append((self._at[0], self.name, value))

    def extend(self, values) -> None:
        for value in values:
            self.append(value)


TRACED = ("head", "asks", "asks_intro", "targets", "copies", "notes", "background", "meta")


@dataclass
class Zones:
    head: list[str] = field(default_factory=list)
    asks: list[str] = field(default_factory=list)
    asks_intro: list[str] = field(default_factory=list)
    targets: list[str] = field(default_factory=list)
    copies: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    letter: list[str] = field(default_factory=list)
    background: list[str] = field(default_factory=list)
    meta: list[str] = field(default_factory=list)
    targets_marker: str = ""
    letter_is_template: bool = False
    take_action_model: bool = False
    # (line index, zone, text) for every line put in a zone, in order, and (index, "heading", line) for a
    # heading the zones consumed: what the block scorer (`block_roles.py`) starts from
    trace: list[tuple[int, str, str]] = field(default_factory=list)


def _traced_zones() -> tuple[Zones, list[int]]:
    at = [0]
    zones = Zones()
    for name in TRACED:
        setattr(zones, name, _Traced(name, zones.trace, at))
    return zones, at


def split_zones(lines: list[str]) -> Zones:
    zones, at = _traced_zones()
    zone = "head"
    skip_caps = False
    letters: list[tuple[list[str], bool]] = []  # (lines, labelled as the model letter)
    for index, line in enumerate(lines):
        at[0] = index
        k = key(line)
        if not k:
            if zone == "meta_tail" and zones.meta and re.search(r":\s*\S", zones.meta[-1]):
                zone = "head"  # "NAME AND PRONOUN: X (he/him)" then a blank line: the value is complete
            if zone == "letter" and _recipient_follows(lines, index):
                zone = "after_letter"  # a letter with no closing line ends where a contact block starts
            target = {"meta_tail": "meta", "asks_done": "head", "after_letter": "head"}.get(zone, zone)
            getattr(zones, target).append("")
            continue
        if zone in ("targets", "copies") and (HEADER_LINE.match(k) or (skip_caps and line.isupper())):
            skip_caps = HEADER_LINE.match(k) is not None
            continue  # a page's repeated "URGENT ACTION" header and headline
        if zone in ("targets", "copies") and (PAGE_FOOTER.search(k) or k.startswith("amnesty international")):
            continue  # a page footer ("Index: MDE 13/0123/2019 ... Date: ...") between recipients
        skip_caps = False
        if META.match(k):
            zones.meta.append(line)
            if k.startswith("urgent action summary"):
                zone = "head"
            elif k.startswith(("[sections", "link to previous", "name")) or zone in (
                    "targets", "copies", "letter", "asks", "background"):
                zone = "meta_tail"
            continue
        if zone == "meta_tail" and not BACKGROUND.match(k) and not TARGETS.match(k) and not COPIES.match(k) and not NOTES.search(k):
            zones.meta.append(line)
            continue
        if zone == "letter" and (BACKGROUND.match(k) or COPIES.match(k) or (TARGETS.match(k) and len(k) < 160)
                                 or NOTES.search(k) or LETTER_LABEL.match(k) or HEADER_LINE.match(k)
                                 or (ASKS_INTRO.search(k) and _bullets_follow(lines, index))):
            zone = "after_letter"  # a letter with no closing line ends at the next section
        if LETTER_LABEL.match(k):
            zones.trace.append((index, "heading", line))
            zone = "letter"
            letters.append(([], True))
            zones.letter_is_template = k.startswith("urgent action letter")
            continue
        if zone in ("targets", "copies") and LETTER_START.match(k) and len(line) < 80 and not _prose_follows(lines, index):
            # "Dear Minister," under a recipient's address, not a letter: it is the salutation
            getattr(zones, zone).append("Salutation: " + line.strip())
            continue
        if zone != "letter" and LETTER_START.match(k) and not k.startswith(("salutation", "anrede")):
            labelled = zone == "targets" and zones.take_action_model
            if letters and letters[-1][1] and not letters[-1][0]:
                letters[-1][0].append(line)  # "Sample letter:" then "Dear ...,"
            else:
                letters.append(([line], labelled))
            zone = "letter"
            continue
        if zone == "letter":
            letters[-1][0].append(line)
            if LETTER_END.match(k):
                zone = "after_letter"
            continue
        if BACKGROUND.match(k) and len(k) < 80:
            zones.trace.append((index, "heading", line))
            zone = "background"
            continue
        if zone == "background" and k.endswith(":") and len(k) < 130 and (
                TARGETS.match(k) or COPIES.match(k) or (ASKS_INTRO.search(k) and _bullets_follow(lines, index))):
            zone = "head"  # older sheets put the background before the action part
        if zone == "background":
            zones.background.append(line)
            continue
        if NOTES.search(k) and len(k) < 300:
            zones.notes.append(line)
            zone = "notes"
            continue
        if COPIES.match(k):
            zones.trace.append((index, "heading", line))
            zone = "copies"
            rest = re.split(r":", line, maxsplit=1)
            if len(rest) == 2 and rest[1].strip():
                zones.copies.append(rest[1].strip())
            continue
        run_together = RUN_TOGETHER_TARGET.match(line)
        if run_together and CONTACT_LABEL.search(run_together.group(1)):
            zone = "targets"  # "Contact President X, street, city, country Phone: ... Salutation: ..."
            zones.targets.append(run_together.group(1))
            continue
        if TARGETS.match(k) and len(k) < 160 and not (k.endswith(" to:") and _next_is_bullet(lines, index)):
            zones.trace.append((index, "heading", line))
            zone = "targets"
            zones.targets_marker += " " + line
            if TAKE_ACTION_MODEL.search(k):
                zones.take_action_model = True
            continue
        if (zone in ("head", "after_letter", "asks_done", "notes") or (zone in ("targets", "copies") and k.endswith(":"))) \
                and ASKS_INTRO.search(k) and _bullets_follow(lines, index):
            zone = "asks_intro"
            zones.asks_intro.append(line)
            if line.rstrip().endswith(":") or _next_is_bullet(lines, index):
                zone = "asks"
            continue
        if zone == "asks_intro":
            zones.asks_intro.append(line)
            if line.rstrip().endswith(":") or _next_is_bullet(lines, index):
                zone = "asks"
            continue
        if zone == "asks":
            # after a blank line only an open item goes on, and only when the line continues it (lower
            # case, or a sheet with a blank line after every line): else the next paragraph is no request
            filled = [a for a in zones.asks if a]
            after_blank = bool(zones.asks) and not zones.asks[-1]
            blank_everywhere = len(zones.asks) - len(filled) >= len(filled) - 1
            open_item = bool(filled) and not re.search(r"[.;!]\s*$", filled[-1])
            if line.startswith(BULLET) or (open_item and not TARGETS.match(k) and (
                    not after_blank or line[:1].islower() or blank_everywhere)):
                zones.asks.append(line)
                continue
            zone = "asks_done"
        if zone == "notes":
            last = next((n for n in reversed(zones.notes) if n), "")
            open_sentence = bool(last) and not re.search(r"[.!]\s*$", last)
            if open_sentence and len(line) < 100 and not HEADER_LINE.match(k) and (zones.notes[-1] or line[:1].islower()):
                zones.notes.append(line)
                continue
            zone = "asks_done"
        if zone in ("targets", "copies") and is_prose(line):
            zone = "asks_done"
        if zone == "targets":
            zones.targets.append(line)
        elif zone == "copies":
            zones.copies.append(line)
        else:
            zones.head.append(line)
    at[0] = len(lines)
    _choose_letter(zones, letters)
    return zones


_REQUESTS = plain("letter_requests")


def _choose_letter(zones: Zones, letters: list[tuple[list[str], bool]]) -> None:
    """The model letter is the labelled one, else the one that asks for
    something; any other "Dear ...," block (a greeting to members) is text."""
    if not letters:
        return
    chosen = next((lines for lines, labelled in letters if labelled and lines), None)
    if chosen is None:
        chosen = next((lines for lines, _l in letters if _REQUESTS.search(" ".join(lines))), None)
    if chosen is None:
        chosen = letters[-1][0] if len(letters) == 1 and zones.take_action_model else None
    for lines, _labelled in letters:
        if lines is chosen:
            zones.letter = list(lines)
        else:
            zones.head.extend([""] + lines)


def after_ua_heading(line: str) -> str:
    """'URGENT ACTION: Free the students' -> 'Free the students' ('' when the line does not open with the
    heading and a colon or dash)."""
    stripped = line.strip()
    keyed = key(stripped)
    m = _UA_SUBJECT.match(keyed)
    if not m or len(keyed) != len(stripped):  # folding changed the length: positions would not carry over
        return ""
    return stripped[m.end():].strip()


def is_prose(line: str) -> bool:
    """A sentence, not an address line: ends a recipients zone."""
    words = line.split()
    if line.startswith(("(", "[")) or _NOTE_LABEL.match(line):
        return False
    if len(CONTACT_LABEL.findall(line)) >= 2:
        return False  # a contact block run together on one line
    if len(words) >= 7 and re.search(r"[.!?]\s*$", line) and not re.search(r"@|\bfax\b|\btel\b", line, re.IGNORECASE):
        return True
    return len(words) >= 14 and not re.search(r"@", line)


def _recipient_follows(lines: list[str], index: int) -> bool:
    """The block after a blank line reads as someone to write to by its own cues (`block_roles.py`)."""
    block: list[str] = []
    for line in lines[index + 1:index + 14]:
        if line.strip():
            block.append(line)
        elif block:
            break
    if len(block) < 3:
        return False
    from .block_roles import reads_as_recipient  # the scorer builds on the zones: imported when needed

    return reads_as_recipient(block)


def _prose_follows(lines: list[str], index: int) -> bool:
    for line in lines[index + 1:index + 4]:
        if line.strip():
            return is_prose(line) or len(line) > 70 or bool(_FIRST_PERSON.match(line.strip()))
    return False


def _next_is_bullet(lines: list[str], index: int) -> bool:
    for line in lines[index + 1:index + 4]:
        if line.strip():
            return line.startswith(BULLET)
    return False


def _bullets_follow(lines: list[str], index: int) -> bool:
    """An asks lead-in is followed by a bullet list within a few lines, or
    itself ends with "to:"."""
    for line in lines[index + 1:index + 6]:
        if line.startswith(BULLET):
            return True
    return lines[index].rstrip().endswith(":") and bool(re.search(r"\b(?:to|a|à|an|de|que)\s*:\s*$", lines[index].strip(), re.IGNORECASE)) \
        and any(l.strip() and l.strip()[0].islower() for l in lines[index + 1:index + 3])
