"""Urgent Action numbers and follow-up wording.

An Urgent Action is known by its number: "UA 135/10" is the 135th Urgent
Action of 2010. Sheets and people write it many ways ("UA: 135/10",
"UA 135/2010", "AU 135/10" in French and Spanish, or just "135/10"), and a
follow-up sheet says so in its title or number field: "Further information
on UA 135/10", "FI on UA 135/10", "FU UA 203/12", "Third UA 60/16".

`normalise_ua_number` gives one spelling, `ua_key` the bare "135/10" used to
compare, and `is_follow_up_wording` says whether a text announces a
follow-up. No I/O, no Qt.
"""

from __future__ import annotations

import re
from functools import cache

from ua_desktop.core.text import fold

__all__ = ["is_follow_up_wording", "normalise_ua_number", "ua_key"]

# "UA 135/10", "UA: 135/2010", "AU-135/10", "UA no. 135/10", "EA 12/19"
_LABELLED = re.compile(
    r"\b(?:UA|AU|EA|U\.A\.)[\s:#.\-]*(?:N[ºo°]\.?\s*|Nr\.?\s*|number\s*)?(\d{1,3})\s*/\s*(\d{4}|\d{2})\b",
    re.IGNORECASE)
# a bare "135/10" (the whole text, give or take spaces)
_BARE = re.compile(r"^\s*(\d{1,3})\s*/\s*(\d{4}|\d{2})\s*$")


@cache
def _follow_up() -> re.Pattern:
    """The follow-up wording, compiled when first asked (about 1.3 ms: not on the window's start path)."""
    return re.compile(
        r"(?:\bfurther information on\b|\bfi\s*(?:on\s*)?(?:ua|au)\b|\bfu\s*(?:ua|au)\b|"
        r"\bfollow[- ]?up (?:to|on|of|for) (?:ua|au|urgent action)\b|\bupdate (?:on|of|to) (?:ua|urgent action)\b|"
        r"\b(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)) "
        r"(?:update|ua|urgent action)\b|"
        r"\bcomplement d'information sur\b|\binformations? complementaires? sur\b|\bmas informacion sobre\b|"
        r"\binformacion complementaria sobre\b|\bactualizacion (?:de la |sobre la )?(?:au|accion urgente)\b|"
        r"\bweitere informationen zu\b|\bfolgeaktion\b|"
        r"дополнительная информация)",
        re.IGNORECASE)


def _parts(text: str) -> tuple[int, int] | None:
    if not text:
        return None
    match = _LABELLED.search(text) or _BARE.match(text)
    if not match:
        return None
    number, year = int(match.group(1)), match.group(2)
    if number == 0:
        return None
    return number, int(year[-2:])


def normalise_ua_number(text: str) -> str:
    """"UA: 135/2010" -> "UA 135/10"; "" when the text holds no UA number."""
    parts = _parts(text or "")
    return f"UA {parts[0]}/{parts[1]:02d}" if parts else ""


def ua_key(text: str) -> str:
    """The bare number to compare by: "Further information on UA 135/10" -> "135/10"."""
    parts = _parts(text or "")
    return f"{parts[0]}/{parts[1]:02d}" if parts else ""


def is_follow_up_wording(text: str) -> bool:
    """True when the text announces a follow-up of an earlier Urgent Action."""
    return bool(text) and bool(_follow_up().search(fold(text[:5000])))
