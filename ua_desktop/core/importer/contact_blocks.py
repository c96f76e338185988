"""Blocks found by cues when no heading says where they are: sheets in a
language without a lexicon (Portuguese, Italian) or with an unusual heading
("Contact these officials before 8 May 2023:") still give their recipients and
their request list. A block of lines between blank lines is scored as a
recipient from language-independent features: labelled or bare email, fax and
phone lines, a salutation label, a country on its own or after the city, an
office word; the heading line above it (ending with ":") is kept, since its date
is the deadline on most sheets."""

from __future__ import annotations

from dataclasses import dataclass

from ua_desktop.core.locales.countries import country_code

from .normalize import BULLET
from .recipient_names import has_office_word
from .recipients import EMAIL, salutation_of, split_contacts


@dataclass(frozen=True)
class CueBlock:
    heading: str  # the line above ending with ":" ("INVIATE GLI APPELLI ENTRO IL 25 MARZO 2020 A:"), or ""
    lines: tuple[str, ...]


def _blocks(lines: list[str]) -> list[list[str]]:
    blocks: list[list[str]] = [[]]
    for line in lines:
        if line.strip():
            blocks[-1].append(line)
        elif blocks[-1]:
            blocks.append([])
    return [b for b in blocks if b]


def recipient_score(lines: list[str]) -> int:
    """How much a block looks like a recipient: contacts count most."""
    score = 0
    for line in lines:
        if split_contacts(line) or EMAIL.fullmatch(line.strip(" ;,.")):
            score += 2
        elif salutation_of(line) is not None:
            score += 2
        elif country_code(line.split(",")[-1].strip(" .")):
            score += 1
        elif has_office_word(line):
            score += 1
    return score


def recipient_blocks(lines: list[str]) -> list[CueBlock]:
    """The blocks that score as recipients (two cues or more, a contact or salutation among them)."""
    found = []
    for block in _blocks(lines):
        heading = ""
        while block and block[0].rstrip().endswith(":") and not split_contacts(block[0]):
            heading = block.pop(0)
        if len(block) >= 2 and recipient_score(block) >= 4 and any(
                split_contacts(line) or salutation_of(line) is not None for line in block):
            found.append(CueBlock(heading, tuple(block)))
    return found


def request_list(lines: list[str]) -> list[str]:
    """Bullet lines after a line ending with ':' (two or more): a request list in any language."""
    for i, line in enumerate(lines):
        if not line.rstrip().endswith(":"):
            continue
        items = []
        for nxt in lines[i + 1:]:
            if nxt.startswith(BULLET) or (items and nxt.strip() and not nxt.rstrip().endswith(":")
                                         and not items[-1].rstrip().endswith((".", ";", "!"))):
                items.append(nxt)
            elif nxt.strip() or items:
                break
        if len([x for x in items if x.startswith(BULLET)]) >= 2:
            return items
    return []
