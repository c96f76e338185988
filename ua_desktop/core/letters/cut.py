"""A text cut where values go, to fill it with other values: a letter drafted
with stand-ins for its sender (`skeleton`), and its DOCX paragraphs
(`ua_desktop.core.output.docx_batch`)."""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Cut:
    """A text cut where values go: literal pieces, and between each two the
    index of the value that goes there."""

    pieces: tuple[str, ...]
    slots: tuple[int, ...]

    def __post_init__(self) -> None:
        # The pieces with a gap for each value, as text and as UTF-8.
        parts: list = [self.pieces[0]]
        for piece in self.pieces[1:]:
            parts += [None, piece]
        object.__setattr__(self, "_parts", parts)
        object.__setattr__(self, "_utf8", [part.encode("utf-8") if part is not None else None for part in parts])

    def fill(self, values: tuple[str, ...]) -> str:
        return "".join(self._gaps_filled(self._parts, values))

    def fill_utf8(self, values: tuple[bytes, ...]) -> bytes:
        """`fill` in UTF-8, for `values` in UTF-8."""
        return b"".join(self._gaps_filled(self._utf8, values))

    def _gaps_filled(self, parts: list, values: tuple) -> list:
        filled = parts[:]
        for gap, slot in enumerate(self.slots):
            filled[2 * gap + 1] = values[slot]
        return filled


def cut(text: str, probes: tuple[str, ...], other_text: str, other_probes: tuple[str, ...]) -> Cut | None:
    """`text` cut where `probes` stand; None unless filling it with
    `other_probes` gives `other_text` (then the text treats the values as
    opaque words)."""
    where = {probe: index for index, probe in enumerate(probes) if probe}
    pieces, slots, start = [], [], 0
    if where:
        pattern = re.compile("|".join(re.escape(p) for p in sorted(where, key=len, reverse=True)))
        for match in pattern.finditer(text):
            pieces.append(text[start:match.start()])
            slots.append(where[match.group()])
            start = match.end()
    pieces.append(text[start:])
    result = Cut(tuple(pieces), tuple(slots))
    return result if result.fill(other_probes) == other_text else None
