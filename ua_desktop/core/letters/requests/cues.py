"""The cue words of one sheet language, loaded from
``resources/requests/cues/<lang>.json`` and compiled once.

Cue files are data: regular expressions written in lower case without
accents (the text they are searched in is folded the same way, by
`ua_desktop.core.text.fold_same_length`),
each kind's cues with a weight, and the lead-ins, statements, qualifiers,
reasons, pronouns and groups of that language. `resources/requests/README.md`
says how to write one.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache, cached_property

from ua_desktop.core.letters.requests.model import KINDS, QUALIFIERS, REASONS
from ua_desktop.core.text import strip_accents

__all__ = ["Cue", "LanguageCues", "cue_languages", "load_cues"]


@dataclass(frozen=True)
class Cue:
    """One way of saying a kind: a pattern, how much it counts, and an
    optional pattern that must also occur somewhere in the clause."""

    kind: str
    pattern: re.Pattern
    weight: float
    requires: re.Pattern | None = None


@dataclass(frozen=True, eq=False)
class LanguageCues:
    """The cues of one language, each family compiled when first used
    (stripping a lead-in needs only the lead-ins; a batch of letters whose
    asks read as they stand compiles nothing else)."""

    language: str
    data: dict
    #: Pronouns that must be written in lower case on the sheet (German
    #: "sie" is she/they, "Sie" is the polite you).
    case_sensitive_pronouns: bool = False

    @cached_property
    def lead_ins(self) -> tuple[re.Pattern, ...]:
        return tuple(_compile(rf"^(?:{s})\s*") for s in self.data.get("lead_ins", ()))

    @cached_property
    def statements(self) -> tuple[re.Pattern, ...]:
        return tuple(_compile(s) for s in self.data.get("statements", ()))

    @cached_property
    def conjunction(self) -> re.Pattern:
        return _compile(self.data["conjunction"])

    @cached_property
    def kinds(self) -> tuple[Cue, ...]:
        return _cues(self.data["kinds"], self.language)

    @cached_property
    def qualifiers(self) -> tuple[tuple[str, re.Pattern], ...]:
        return _named(self.data.get("qualifiers", {}))

    @cached_property
    def reasons(self) -> tuple[tuple[str, re.Pattern], ...]:
        return _named(self.data.get("reasons", {}))

    @cached_property
    def pronouns(self) -> tuple[tuple[str, re.Pattern], ...]:
        return _named(self.data.get("pronouns", {}))

    @cached_property
    def groups(self) -> tuple[tuple[str, re.Pattern], ...]:
        return _named(self.data.get("groups", {}))

    @cached_property
    def everyone(self) -> re.Pattern | None:
        return _either(self.data["everyone"]) if self.data.get("everyone") else None

    @cached_property
    def fillers(self) -> re.Pattern:
        return _compile(rf"^(?:{self.data.get('fillers', 'a^')})$")


def _compile(source: str) -> re.Pattern:
    return re.compile(strip_accents(source), re.IGNORECASE)


def _either(sources: list[str] | str) -> re.Pattern:
    if isinstance(sources, str):
        sources = [sources]
    return _compile("|".join(f"(?:{s})" for s in sources))


def _cues(data: dict, language: str) -> tuple[Cue, ...]:
    cues = []
    for kind, entries in data.items():
        for entry in entries:
            pattern, weight, *rest = entry if isinstance(entry, list) else [entry, 1.0]
            requires = _compile(rest[0]) if rest else None
            cues.append(Cue(kind, _compile(pattern), float(weight), requires))
    return tuple(cues)


def _named(data: dict) -> tuple:
    return tuple((name, _either(sources)) for name, sources in data.items())


#: The names each family may use (None: any).
_ALLOWED_NAMES = {"kinds": ("kind", KINDS), "qualifiers": ("qualifier", QUALIFIERS),
                  "reasons": ("reason", REASONS), "pronouns": ("pronoun", ("male", "female", "plural", "either"))}


def parse_cues(data: dict, language: str) -> LanguageCues:
    """The cues of `language` from its cue file's `data`; raises ValueError
    for a name the file may not use or a missing conjunction (the patterns
    are compiled when first used)."""
    for family, (what, allowed) in _ALLOWED_NAMES.items():
        for name in data.get(family, {}):
            if name not in allowed:
                raise ValueError(f"cues/{language}.json: unknown {what} {name!r}")
    if "conjunction" not in data or "kinds" not in data:
        raise KeyError("conjunction" if "conjunction" not in data else "kinds")
    return LanguageCues(language, data, bool(data.get("case_sensitive_pronouns", False)))


def cue_languages() -> tuple[str, ...]:
    from ua_desktop.paths import resource

    return tuple(sorted(p.stem for p in resource("requests", "cues").glob("*.json")))


@cache
def load_cues(language: str) -> LanguageCues | None:
    """The compiled cues of `language`, or None when there is no cue file."""
    from ua_desktop.paths import resource

    path = resource("requests", "cues", f"{language}.json")
    if not path.is_file():
        return None
    return parse_cues(json.loads(path.read_text(encoding="utf-8")), language)
