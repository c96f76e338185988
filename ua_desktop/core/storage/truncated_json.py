"""Reading what a JSON file cut short still holds.

A file cut off at the end (a crash while it was written, a full disk, a
copy stopped half-way) still holds everything before the cut. `close_json`
ends the text where the cut left it: an open string is closed (a half
escape dropped), a half-written key or value is dropped, and every open
list and object is closed, so that the standard parser reads the rest.
"""

from __future__ import annotations

import json
from typing import Any

#: How many characters at the end may be given up to reach a place where
#: the text can be closed (a cut inside a key, a number, ``true``…).
MAX_GIVEN_UP = 200


def close_json(text: str) -> Any:
    """The value a cut-short JSON text held, as far as it goes; raises
    ValueError when nothing sensible can be made of it."""
    try:
        return json.loads(text)
    except ValueError:
        pass
    for cut in range(0, min(MAX_GIVEN_UP, len(text))):
        candidate = _closed(text[:len(text) - cut])
        if candidate is None:
            continue
        try:
            return json.loads(candidate)
        except ValueError:
            continue
    raise ValueError("the text cannot be closed")


def _closed(text: str) -> str | None:
    """`text` with its open string, lists and objects closed, or None."""
    stack: list[str] = []
    in_string = escaped = False
    for ch in text:
        if in_string:
            if escaped:
                escaped = False
            elif ch == "\\":
                escaped = True
            elif ch == '"':
                in_string = False
        elif ch == '"':
            in_string = True
        elif ch in "[{":
            stack.append("]" if ch == "[" else "}")
        elif ch in "]}":
            if not stack:
                return None
            stack.pop()
    if not stack:
        return None
    if in_string:
        if escaped:
            text = text[:-1]
        text = _without_half_unicode_escape(text) + '"'
    stripped = text.rstrip()
    if stripped.endswith((",", ":")):
        return None  # a value is missing: give up one more character
    return stripped + "".join(reversed(stack))


def _without_half_unicode_escape(text: str) -> str:
    """Drop a ``\\u12`` cut inside its four hex digits."""
    at = text.rfind("\\u")
    if at != -1 and len(text) - at < 6 and (at == 0 or text[at - 1] != "\\"):
        return text[:at]
    return text
