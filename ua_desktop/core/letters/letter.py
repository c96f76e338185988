"""A drafted letter: its text in blocks, plus what export needs to know."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

#: A letter is one page; a template producing more than this is broken or hostile.
MAX_LETTER_CHARS = 100_000

_BLANK_LINES = re.compile(r"\n[ \t]*\n(?:[ \t]*\n)*")
_LIST_MARK = re.compile(r"^\s*[–—•\-*]\s+")


@dataclass(frozen=True)
class Sender:
    """The person writing. Every field is optional."""

    name: str = ""
    town: str = ""
    country: str = ""
    address_lines: tuple[str, ...] = ()

    @property
    def place(self) -> str:
        return ", ".join(part for part in (self.town, self.country) if part)

    @property
    def lines(self) -> tuple[str, ...]:
        """The sender block at the top of the letter."""
        lines = [self.name] if self.name else []
        lines.extend(self.address_lines)
        if self.place:
            lines.append(self.place)
        return tuple(line for line in lines if line)

    @classmethod
    def parse(cls, text: str) -> "Sender":
        """From the command line's ``--from "Name, Town, Country"``."""
        parts = [part.strip() for part in text.split(",")]
        parts += [""] * (3 - len(parts))
        return cls(name=parts[0], town=parts[1], country=", ".join(p for p in parts[2:] if p))


@dataclass(frozen=True)
class Letter:
    text: str
    language: str
    subject: str = ""
    right_to_left: bool = False
    font: str = "Times New Roman"
    #: The salutation line as drafted; marks where the letter proper starts.
    salutation: str = ""
    #: Asks that had no translation and stand in the sheet's language.
    untranslated: tuple[str, ...] = field(default=())

    @property
    def blocks(self) -> tuple[tuple[str, ...], ...]:
        return split_blocks(self.text)

    def with_text(self, text: str) -> "Letter":
        """The same letter after the user edited its words."""
        return replace(self, text=normalise_letter_text(text))


def normalise_letter_text(text: str) -> str:
    """One blank line between blocks, no trailing spaces, one final newline."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = "\n".join(line.rstrip() for line in text.split("\n"))
    text = _BLANK_LINES.sub("\n\n", text).strip("\n")
    return text + "\n" if text else ""


def split_blocks(text: str) -> tuple[tuple[str, ...], ...]:
    """Blocks separated by blank lines; each block a tuple of its lines."""
    return tuple(tuple(block.split("\n")) for block in normalise_letter_text(text).strip("\n").split("\n\n") if block)


def is_list_block(block: tuple[str, ...]) -> bool:
    return len(block) > 0 and all(_LIST_MARK.match(line) for line in block)


def list_item_text(line: str) -> str:
    return _LIST_MARK.sub("", line, count=1)
