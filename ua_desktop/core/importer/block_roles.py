"""What each block of a sheet is, decided by cues: the lines are grouped into
blocks (between blank lines, and where the headings change zone), each block is
scored for every role (recipient, copies, requests, summary, background,
deadline, languages, people, site furniture) from its features, and the best
score wins. The headings (`sections.py`) are one feature among others: a
contact block under a misleading or missing heading, an embassy listed among
the targets, a request list with no lead-in are read for what they are.

The weights are data (`resources/importer/block_roles.json`), and every block
keeps the features that decided it (`ScoredBlock.reasons`), so the review step
can say why a block was taken as what it is."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import lru_cache

from ua_desktop.core.locales.countries import country_code
from ua_desktop.i18n import _
from ua_desktop.paths import resource

from . import sections as S
from .dates import find_dates
from .keywords import is_furniture
from .lexicon import languages_in
from .line_shapes import old_person_matches
from .markers import marker, plain
from .normalize import BULLET
from .recipient_names import has_office_word, honorific
from .recipients import EMAIL, salutation_of, split_contacts

#: where each role's block goes in the zones ("" nowhere)
DESTINATION = {"recipient": "targets", "copies": "copies", "requests": "asks", "summary": "head", "deadline": "head",
               "languages": "head", "people": "head", "background": "background", "furniture": ""}
FEATURES = ("zone_head", "zone_targets", "zone_copies", "zone_asks", "zone_background", "contact_lines", "salutation",
            "country_line", "office_words", "honorific", "short_lines", "embassy", "prose_lines", "bullets",
            "requests_recognised", "requests_unrecognised", "intro_colon", "deadline_date", "language_names",
            "write_verb", "person_lines", "furniture_lines", "after_recipient", "requests_elsewhere")
LINES_LOOKED_AT = 16  # a recipient, a request list or a deadline shows in a block's first lines
MOVABLE = ("head", "targets", "copies", "asks", "asks_intro", "background")
_EMBASSY = plain("embassy")
_WRITE = plain("write_verbs")
_REQUEST_VERB = marker(r"\b{request_verbs}\b")
_DEADLINE = plain("deadline")
_DEADLINE_NEAR = marker(r"\b{deadline_near}\b")
_APPEAL = plain("appeal_words")
_PERSON_LABEL = marker(r"^\s*{person_labels}\s*:")


@lru_cache(maxsize=1)
def weights() -> dict:
    return json.loads(resource("importer", "block_roles.json").read_text(encoding="utf-8"))


@dataclass
class ScoredBlock:
    zone: str  # where the headings put it
    lines: list[str]
    indexes: list[int]
    zones: list[str]  # each line's own zone ("asks_intro" apart from "asks")
    heading: str = ""  # the nearest heading above
    blank_before: bool = True
    features: dict[str, float] = field(default_factory=dict)
    scores: dict[str, float] = field(default_factory=dict)
    role: str = ""

    @property
    def moved(self) -> bool:
        return self.role != weights()["default_role"].get(self.zone, self.role)

    def reasons(self, count: int = 3) -> list[str]:
        """The features that counted most for the role it was given, strongest first."""
        role_weights = weights()["roles"][self.role]
        parts = [(role_weights.get(name, 0) * value, name) for name, value in self.features.items()]
        return [name for gain, name in sorted(parts, reverse=True)[:count] if gain > 0]


def blocks_of(zones: S.Zones) -> list[ScoredBlock]:
    """The movable zones' lines as blocks, in the sheet's order."""
    blocks: list[ScoredBlock] = []
    heading, blank = "", True
    for index, zone, text in zones.trace:
        if zone == "heading":
            heading, blank = text, True
            continue
        if zone not in MOVABLE:
            blank = True
            continue
        own, zone = zone, "asks" if zone == "asks_intro" else zone
        last = blocks[-1] if blocks else None
        if not text.strip():
            blank = True
            continue
        if last is None or blank or last.zone != zone or index > last.indexes[-1] + 1:
            blocks.append(ScoredBlock(zone, [], [], [], heading, blank))
        blocks[-1].lines.append(text)
        blocks[-1].indexes.append(index)
        blocks[-1].zones.append(own)
        blank = False
    return blocks


def features(block: ScoredBlock, language: str, after: set[str], asks_zoned: bool) -> dict[str, float]:
    """The block's features by name (only those that are not 0); a long block is judged by its first lines."""
    lines = block.lines[:LINES_LOOKED_AT]
    text = "\n".join(lines)
    keyed = S.key(text)
    contact = [bool(split_contacts(line)) or bool(EMAIL.fullmatch(line.strip(" ;,."))) for line in lines]
    salutations = [salutation_of(line) is not None for line in lines]
    plain_lines = [line for line, c, s in zip(lines, contact, salutations) if not (c or s)]
    bullets = [line for line in lines if line.startswith(BULLET)]
    recognised = _recognised(bullets, language)
    write_verb = bool(_WRITE.search(keyed))
    found = {
        "zone_" + block.zone: 1.0,
        "contact_lines": min(sum(contact), 4),
        "salutation": float(any(salutations)),
        "country_line": float(any(country_code(line.split(",")[-1].strip(" .")) for line in plain_lines[-3:])),
        "office_words": min(sum(1 for line in lines if has_office_word(line)), 2),
        "honorific": float(any(honorific().match(line) for line in lines)),
        "short_lines": float(len(lines) >= 3 and all(len(line) < 70 for line in lines)),
        "embassy": float(_at_an_embassy(lines)),
        "prose_lines": min(sum(1 for line in lines if S.is_prose(line) and not line.startswith(BULLET)), 3),
        "bullets": min(len(bullets), 4),
        "requests_recognised": min(recognised or 0, 3),
        "requests_unrecognised": min(len(bullets[:6]) - recognised, 3) if recognised is not None else 0,
        "intro_colon": float(len(lines) > 1 and lines[0].rstrip().endswith(":") and lines[1].startswith(BULLET)),
        "deadline_date": float(_names_a_deadline(lines)),
        "language_names": min(len(languages_in(text)), 2) if write_verb and len(text) < 400 else 0.0,
        "write_verb": float(write_verb),
        "person_lines": min(sum(1 for line in lines if old_person_matches(line) or _PERSON_LABEL.match(S.key(line))), 3),
        "furniture_lines": sum(1 for line in lines if is_furniture(line)) / len(lines),
        "after_recipient": float("recipient" in after),
        "requests_elsewhere": float(asks_zoned and block.zone != "asks"),
    }
    return {name: value for name, value in found.items() if value}


def _at_an_embassy(lines: list[str]) -> bool:
    """An embassy, ambassador or mission among the name, office and institution lines (not "c/o": a target
    reached through its embassy; not a note such as "(send your appeal through the Embassy)")."""
    head = [S.key(line) for line in lines[:3] if not line.lstrip().startswith("(")]
    return any(_EMBASSY.search(k) for k in head) and not any("c/o" in S.key(line) for line in lines)


def _recognised(bullets: list[str], language: str) -> int | None:
    """How many bullet lines read as requests in the sheet's language (a request verb among the first
    words, or the request recogniser's cue words); None for a language the recogniser has no cue words for."""
    from ua_desktop.core.letters.requests.cues import load_cues
    from ua_desktop.core.letters.requests.recognise import recognise
    from ua_desktop.core.letters.requests.model import Request

    if not bullets:
        return 0
    if load_cues(language) is None:
        return None

    return sum(1 for line in bullets[:6] if _REQUEST_VERB.search(" ".join(S.key(line).split()[:4]))
               or any(isinstance(r, Request) for r in recognise(line, language)))


def _names_a_deadline(lines: list[str]) -> bool:
    for line in lines:
        k = S.key(line)
        if (_DEADLINE.search(k) or (_DEADLINE_NEAR.search(k) and _APPEAL.search(k))) and find_dates(line):
            return True
    return False


def score(block: ScoredBlock) -> None:
    table = weights()["roles"]
    block.scores = {role: w.get("bias", 0) + sum(w.get(name, 0) * value for name, value in block.features.items())
                    for role, w in table.items()}
    default = weights()["default_role"].get(block.zone, "summary")
    best = max(block.scores.values())
    block.role = default if block.scores[default] >= best else max(block.scores, key=block.scores.get)


def assign_roles(zones: S.Zones, language: str) -> list[ScoredBlock]:
    """Every movable block scored and given its best role, in the sheet's order (what came before is a feature:
    copies follow the people to write to)."""
    blocks = blocks_of(zones)
    after: set[str] = set()
    asks_zoned = any(line.strip() for line in zones.asks)
    for block in blocks:
        block.features = features(block, language, after, asks_zoned)
        score(block)
        if block.role != "furniture":
            after = {block.role}
    return blocks


def reads_as_recipient(lines: list[str]) -> bool:
    """Whether a block with no heading would be taken as someone to write to (a recipient or a copy)."""
    block = ScoredBlock("head", list(lines), [], [])
    block.features = features(block, "", set(), False)
    score(block)
    return block.role in ("recipient", "copies")


def rezone(zones: S.Zones, blocks: list[ScoredBlock]) -> None:
    """The movable zones rebuilt from the blocks' roles; a block that kept the role its headings gave it keeps
    its lines where they were (a lead-in stays the lead-in)."""
    rebuilt: dict[str, list[str]] = {name: [] for name in MOVABLE}
    last_from: dict[str, ScoredBlock] = {}  # the block each zone's last line came from
    previous = None
    for block in blocks:
        pairs = _moved_lines(block) if block.moved else list(zip(block.zones, block.lines))
        for zone, line in pairs:
            if not zone:
                continue
            out = rebuilt[zone]
            starts = last_from.get(zone) is not block
            if starts and out and out[-1] and (block.blank_before or block.moved or last_from.get(zone) is not previous):
                out.append("")  # blocks stay apart; a block that ran on from the one before stays joined to it
            out.append(line)
            last_from[zone] = block
        previous = block
    for name, lines in rebuilt.items():
        setattr(zones, name, lines)


def _moved_lines(block: ScoredBlock) -> list[tuple[str, str]]:
    destination = DESTINATION[block.role]
    if destination == "targets" or destination == "copies":
        lines = list(block.lines)
        while len(lines) > 1 and lines[0].rstrip().endswith(":") and not split_contacts(lines[0]):
            lines.pop(0)  # "INVIATE GLI APPELLI ENTRO IL 25 MARZO 2020 A:" is the block's heading
        return [(destination, line) for line in lines]
    if destination == "asks":
        first = next((n for n, line in enumerate(block.lines) if line.startswith(BULLET)), 0)
        return [("asks_intro" if n < first else "asks", line) for n, line in enumerate(block.lines)]
    return [(destination, line) for line in block.lines]


def heading_lines(block: ScoredBlock) -> list[str]:
    """The lines ending with ':' at the top of a block (its own heading, such as 'ENVIE APELOS ATÉ ... PARA:')."""
    out = []
    for line in block.lines[:-1]:
        if not line.rstrip().endswith(":") or split_contacts(line):
            break
        out.append(line)
    return out


def reasons_in_words(block: ScoredBlock) -> str:
    """Why a block was taken as what it is, for the review: "an embassy or ambassador, fax, phone or email lines"."""
    labels = {
        "contact_lines": _("fax, phone or email lines"),
        "salutation": _("a salutation"),
        "country_line": _("a country after the address"),
        "office_words": _("an office such as minister or prosecutor"),
        "honorific": _("a title such as His Excellency"),
        "short_lines": _("short address lines"),
        "embassy": _("an embassy or ambassador"),
        "after_recipient": _("it follows a person to write to"),
        "bullets": _("a list"),
        "requests_recognised": _("items that ask for something"),
        "intro_colon": _("a lead-in ending with a colon"),
        "zone_targets": _("the heading above it"),
        "zone_copies": _("the heading above it"),
        "zone_asks": _("the heading above it"),
    }
    words = [labels[name] for name in block.reasons() if name in labels]
    return ", ".join(dict.fromkeys(words))
