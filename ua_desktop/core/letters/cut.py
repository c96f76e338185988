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
        # The same as a format string ("{0}" where value 0 goes), filled in one call.
        pattern = [_braces(self.pieces[0])]
        for slot, piece in zip(self.slots, self.pieces[1:]):
            pattern.append("{%d}%s" % (slot, _braces(piece)))
        object.__setattr__(self, "_pattern", "".join(pattern))

    def fill(self, values: tuple[str, ...]) -> str:
        return self._pattern.format(*values)


def _braces(text: str) -> str:
    return text.replace("{", "{{").replace("}", "}}")


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
