"""The importer's cue words per sheet language, kept as data
(`resources/importer/lexicon/<lang>.json`): the campaigner's lead-ins before a
request, the words that open a request line when a list lost its bullets, and
the lines of a web page's frame. A sheet's language is not always known (nor
in a lexicon), so the cues of every language are used together. `lexicons` loads
the files and `entries` gives one key's entries of every language, for the
modules that keep their words there (people, recipient names, web noise ...)."""

from __future__ import annotations

import json
import re
from functools import lru_cache

from ua_desktop.paths import resource

from ua_desktop.core.text import fold


@lru_cache(maxsize=1)
def lexicons() -> dict[str, dict]:
    """Each language's lexicon, by language code."""
    folder = resource("importer", "lexicon")
    return {path.stem: json.loads(path.read_text(encoding="utf-8")) for path in sorted(folder.glob("*.json"))}


def lexicon_of(language: str) -> dict:
    """One language's lexicon ({} for a language with none)."""
    return lexicons().get(language, {})


def entries(name: str, kind: str | None = None) -> list[str]:
    """Every lexicon's entries under `name`, in file order; with `kind`, those of one kind of a list
    split by kind ("label_pronouns": {"male": [...], "female": [...]})."""
    found = []
    for lexicon in lexicons().values():
        value = lexicon.get(name, {} if kind else [])
        found.extend(value.get(kind, []) if kind else value)
    return found


@lru_cache(maxsize=1)
def _leadin() -> re.Pattern:
    return re.compile(r"^\s*(?:" + "|".join(f"(?:{p})" for p in entries("request_leadins")) + r")", re.IGNORECASE)


@lru_cache(maxsize=1)
def _line_start() -> re.Pattern:
    words = sorted({fold(w) for w in entries("request_line_starts")}, key=len, reverse=True)
    return re.compile(r"^(?:" + "|".join(re.escape(w) for w in words) + r")\b")


@lru_cache(maxsize=1)
def _furniture() -> re.Pattern:
    words = sorted({fold(w) for w in entries("furniture")}, key=len, reverse=True)
    # an entry ends at a word's end; one that ends in a sign ("©") needs no word boundary after it
    return re.compile(r"^(?:" + "|".join(re.escape(w) for w in words) + r")(?:\b|(?<=\W))")


def without_leadin(request: str) -> str:
    """'Calling on the authorities to release X' -> 'release X' (the words before the request's verb)."""
    m = _leadin().match(request)
    if m and m.end() < len(request) - 3:
        return request[m.end():].lstrip()
    return request


def opens_a_request(line: str) -> bool:
    """'Calling on the authorities to ...', 'pidiendo a las autoridades que ...' (a list whose bullets were lost)."""
    stripped = fold(line.strip())
    return len(stripped.split()) >= 4 and bool(_line_start().match(stripped))


@lru_cache(maxsize=1)
def _menu_words() -> frozenset[str]:
    return frozenset(fold(w) for w in entries("menu_words"))


def is_furniture(line: str) -> bool:
    """'Share this: Facebook Twitter Email', 'Impressum Datenschutz', 'We use cookies ...',
    and a menu bar ('Home  News  Campaigns  Donate', 'About us | Our work | Donate')."""
    stripped = fold(line.strip())
    if len(stripped) >= 120:
        return False
    if _furniture().match(stripped):
        return True
    entries = [e.strip() for e in re.split(r"\s{2,}|\s*\|\s*", stripped) if e.strip()]
    return len(entries) >= 2 and all(len(e.split()) <= 3 for e in entries) and any(e in _menu_words() for e in entries)


@lru_cache(maxsize=1)
def country_given_names() -> frozenset[str]:
    """'jordan', 'maurice', 'dominique': country names that are also given names."""
    return frozenset(fold(w) for w in entries("given_names_that_are_countries"))


@lru_cache(maxsize=1)
def _headline_release() -> re.Pattern:
    verbs = sorted({fold(w) for w in entries("headline_release_verbs")}, key=len, reverse=True)
    return re.compile(r"^(?:[^:]{2,40}:\s*)?(?:" + "|".join(re.escape(w) for w in verbs) + r")\s+(.+)$")


def names_after_release_verb(headline: str) -> str:
    """'FREE TRAN THI NGA AND NGUYEN VAN HOA' -> 'TRAN THI NGA AND NGUYEN VAN HOA' ('' when no such verb)."""
    m = _headline_release().match(fold(headline.strip()))
    return headline.strip()[len(headline.strip()) - len(m.group(1)):] if m else ""


@lru_cache(maxsize=1)
def _person_role() -> re.Pattern:
    roles = sorted({fold(w) for w in entries("person_roles")}, key=len, reverse=True)
    return re.compile(r"^(?:" + "|".join(roles) + r")(?=\s|$)") if roles else re.compile(r"(?!)")


def role_words_before_a_name(words: list[str]) -> int:
    """How many of `words` ("Human Rights Defender Dilnoza Karimova", "Правозащитница Гульнара ...") are
    an occupation or role that opens a name's mention (the lexicons' `person_roles`), 0 when none."""
    m = _person_role().match(fold(" ".join(words)))
    return len(m.group(0).split()) if m else 0


@lru_cache(maxsize=1)
def common_words() -> dict[str, re.Pattern]:
    """Per language with a lexicon, its most frequent short words ('the', 'und', 'что') as one pattern."""
    return {lang: re.compile(r"\b(?:" + "|".join(re.escape(w) for w in lexicon["common_words"]) + r")\b")
            for lang, lexicon in lexicons().items() if lexicon.get("common_words")}
