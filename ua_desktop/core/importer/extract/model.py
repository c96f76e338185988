"""What extraction gives the parser: the text, with blocks separated by blank
lines and columns already read one after the other, plus hints about each
block (its heading, whether it was a table cell, a heading itself, which
column and page of a PDF it came from)."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Block:
    """One block of a sheet: a paragraph, a list, a table cell, an address."""

    text: str  # its lines, joined by "\n"; never contains a blank line
    heading: str = ""  # the nearest heading above it ("" if none)
    is_heading: bool = False  # a heading itself (h1-h6, a Heading style, a bold or capitals line)
    in_table: bool = False  # a table cell
    column: int = 0  # PDF: 0 full width, else 1, 2, 3... counting the columns of its band from the left
    page: int = 0  # PDF: 1-based page number; 0 elsewhere


@dataclass(frozen=True)
class Extracted:
    """A file's text, with its blocks. `text` is the blocks joined by blank lines."""

    kind: str  # "pdf", "docx", "html", "email", "text"
    blocks: tuple[Block, ...] = ()
    text: str = field(default="")
    encoding: str = ""  # text files: the encoding that was found

    def __post_init__(self) -> None:
        if not self.text:
            object.__setattr__(self, "text", join_blocks(self.blocks))


def join_blocks(blocks) -> str:
    return "\n\n".join(block.text for block in blocks if block.text.strip())


def blocks_from_text(text: str, **hints) -> list[Block]:
    """Split plain text at blank lines into blocks (each with the same hints)."""
    blocks, current = [], []
    for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        if line.strip():
            current.append(line.rstrip())
        elif current:
            blocks.append(Block("\n".join(current), **hints))
            current = []
    if current:
        blocks.append(Block("\n".join(current), **hints))
    return blocks


def with_headings(blocks) -> tuple[Block, ...]:
    """Each block gets the text of the nearest heading above it as `heading`."""
    from dataclasses import replace

    out, heading = [], ""
    for block in blocks:
        if block.is_heading:
            out.append(block)
            heading = " ".join(block.text.split())
        else:
            out.append(replace(block, heading=heading) if heading and not block.heading else block)
    return tuple(out)
