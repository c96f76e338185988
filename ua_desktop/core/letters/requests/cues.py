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
from functools import cache

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


@dataclass(frozen=True)
class LanguageCues:
    language: str
    lead_ins: tuple[re.Pattern, ...]
    statements: tuple[re.Pattern, ...]
    conjunction: re.Pattern
    kinds: tuple[Cue, ...]
    qualifiers: tuple[tuple[str, re.Pattern], ...]
    reasons: tuple[tuple[str, re.Pattern], ...]
    pronouns: tuple[tuple[str, re.Pattern], ...]
    groups: tuple[tuple[str, re.Pattern], ...]
    everyone: re.Pattern | None
    fillers: re.Pattern
    #: Pronouns that must be written in lower case on the sheet (German
    #: "sie" is she/they, "Sie" is the polite you).
    case_sensitive_pronouns: bool = False


def _compile(source: str) -> re.Pattern:
    return re.compile(strip_accents(source), re.IGNORECASE)


def _either(sources: list[str] | str) -> re.Pattern:
    if isinstance(sources, str):
        sources = [sources]
    return _compile("|".join(f"(?:{s})" for s in sources))


def _cues(data: dict, language: str) -> tuple[Cue, ...]:
    cues = []
    for kind, entries in data.items():
        if kind not in KINDS:
            raise ValueError(f"cues/{language}.json: unknown kind {kind!r}")
        for entry in entries:
            pattern, weight, *rest = entry if isinstance(entry, list) else [entry, 1.0]
            requires = _compile(rest[0]) if rest else None
            cues.append(Cue(kind, _compile(pattern), float(weight), requires))
    return tuple(cues)


def _named(data: dict, allowed: tuple[str, ...] | None, language: str, what: str) -> tuple:
    result = []
    for name, sources in data.items():
        if allowed is not None and name not in allowed:
            raise ValueError(f"cues/{language}.json: unknown {what} {name!r}")
        result.append((name, _either(sources)))
    return tuple(result)


def parse_cues(data: dict, language: str) -> LanguageCues:
    return LanguageCues(
        language=language,
        lead_ins=tuple(_compile(rf"^(?:{s})\s*") for s in data.get("lead_ins", ())),
        statements=tuple(_compile(s) for s in data.get("statements", ())),
        conjunction=_compile(data["conjunction"]),
        kinds=_cues(data["kinds"], language),
        qualifiers=_named(data.get("qualifiers", {}), QUALIFIERS, language, "qualifier"),
        reasons=_named(data.get("reasons", {}), REASONS, language, "reason"),
        pronouns=_named(data.get("pronouns", {}), ("male", "female", "plural", "either"), language, "pronoun"),
        groups=_named(data.get("groups", {}), None, language, "group"),
        everyone=_either(data["everyone"]) if data.get("everyone") else None,
        fillers=_compile(rf"^(?:{data.get('fillers', 'a^')})$"),
        case_sensitive_pronouns=bool(data.get("case_sensitive_pronouns", False)),
    )


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
