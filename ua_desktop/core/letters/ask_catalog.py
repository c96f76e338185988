"""The common asks of Urgent Actions, recognised in the sheet's language and
written natively in each letter language.

Imported cases carry their asks as the sheet printed them ("immediately and
unconditionally release human rights defender Azimzhan Askarov"). The
catalogue (``resources/asks/catalog.json``) knows the usual ones: patterns
that must match the *whole* ask (so an ask that says more than the catalogue
knows is never half-translated), flags that keep its details ("immediately",
"unconditionally", which of lawyer / family / medical care...), and one
rendering per letter language that fits that language's lead-in.

Renderings are small templates:

- ``{name}`` / ``{name:dat}``: the people the ask is about, in a grammatical
  case (Russian and Kyrgyz take the declined forms from the case file; when a
  form is missing a pronoun or a neutral phrase from ``pronouns`` is used);
- ``{g:male|female|plural|unknown}``: a word chosen by the people's gender
  and number;
- ``{?flag:text}``, ``{?!flag:text}``, ``{?a&b:text}``, ``{?a,b:text}`` (any):
  text only when the ask says so;
- ``{list:a,b,c}`` / ``{or:a,b,c}``: the words for the flags present, joined
  as a list by Babel.

An ask the catalogue does not recognise stays as it is; the letter reports
it as untranslated and the user can translate it in the case review.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from ua_desktop.core.case.model import Ask, Case, Gender, Person
from ua_desktop.core.letters.requests.spelling import polish
from ua_desktop.core.text import clean_line

__all__ = ["AskCatalog", "asks_needing_translation", "load_catalog", "recognise_ask", "translate_ask"]

_LIST = re.compile(r"\{(list|or):([\w,]+)\}")
_GENDER = re.compile(r"\{g:([^{}|]*)\|([^{}|]*)\|([^{}|]*)\|([^{}|]*)\}")
_CONDITION = re.compile(r"\{\?(!?[\w&,!]+):([^{}]*)\}")
_NAME = re.compile(r"\{name(?::(\w+))?\}")
_SPACES = re.compile(r"[ \t]{2,}")
_SPACE_BEFORE_PUNCT = re.compile(r" +([,;.:!?،؛])")
_LEADING = re.compile(r"^(?:to|please|and|also)\s+", re.IGNORECASE)
_SENTINEL = re.compile("\x01(\\d+)\x02")
_GENDER_INDEX = {"male": 0, "female": 1, "plural": 2, "unknown": 3}


@dataclass(frozen=True)
class _Match:
    key: str
    flags: dict[str, int]  # flag -> where it first occurs in the ask (keeps lists in the ask's order)
    who: str  # the name(s) or pronoun the ask mentions, as written
    pronoun: str  # "male", "female", "plural" when the ask uses a pronoun


class AskCatalog:
    """The catalogue loaded from its JSON data; see the module docstring."""

    def __init__(self, data: dict):
        self.locales: dict[str, str] = data["locales"]
        self.pronouns: dict[str, dict[str, dict[str, str]]] = data["pronouns"]
        self.declining: frozenset[str] = frozenset(data.get("declining", ()))
        self.conjunctions: dict[str, str] = data["conjunctions"]
        self.pronoun_words: dict[str, dict[str, str]] = data["pronoun_words"]
        self.splitters: dict[str, str] = data.get("splitters", {})
        self._macros: dict[str, dict[str, str]] = data["macros"]
        self._compiled: dict[tuple[str, str], list[re.Pattern]] = {}
        self.asks = []
        self._derived: dict[str, dict[str, list[str]]] = {}
        for entry in data["asks"]:
            patterns = entry["patterns"]  # compiled per sheet language on first use
            flags = {
                flag: {lang: re.compile(rx, re.IGNORECASE) for lang, rx in by_lang.items()}
                for flag, by_lang in entry.get("flags", {}).items()
            }
            self.asks.append((entry["key"], patterns, flags, entry["render"], entry.get("words", {})))
            self._derived[entry["key"]] = entry.get("derived", {})

    def _patterns(self, key: str, language: str, raw: dict[str, list[str]]) -> list[re.Pattern]:
        compiled = self._compiled.get((key, language))
        if compiled is None:
            macros = self._macros.get(language, {})
            compiled = [re.compile(_expand(_with_lead(p, macros), macros), re.IGNORECASE)
                        for p in raw.get(language, ())]
            self._compiled[(key, language)] = compiled
        return compiled

    def validate(self) -> None:
        """Compile every pattern now (raises re.error on a broken one)."""
        for key, raw, *_ in self.asks:
            for language in raw:
                self._patterns(key, language, raw)

    # ---------------------------------------------------------------- API
    def keys(self) -> tuple[str, ...]:
        return tuple(key for key, *_ in self.asks)

    def recognise(self, text: str, source_language: str) -> str | None:
        parts = self._parts(text, source_language)
        if not parts:
            return None
        return "+".join(part.key for part in parts)

    def translate(self, text: str, source_language: str, target_language: str,
                  people: tuple[Person, ...] = ()) -> str | None:
        if target_language not in self.locales:
            return None
        parts = self._parts(text, source_language)
        if not parts:
            return None
        rendered = []
        for part in parts:
            phrase = self._render(part, target_language, people)
            if phrase is None:
                return None
            rendered.append(phrase)
        return self.conjunctions[target_language].join(rendered)

    # ---------------------------------------------------------- matching
    def _parts(self, text: str, source_language: str) -> list[_Match] | None:
        text = _normalise(text)
        whole = self._match(text, source_language)
        if whole:
            return [whole]
        splitter = self.splitters.get(source_language)
        if not splitter:
            return None
        pieces = [p for p in re.split(splitter, text, flags=re.IGNORECASE) if p and p.strip()]
        if len(pieces) < 2:
            return None
        parts = []
        for piece in pieces:
            match = self._match(_normalise(piece), source_language)
            if match is None:
                return None
            parts.append(match)
        # "release X and drop the charges against him": the later parts
        # refer back to the person named in the first.
        first_who = next((p.who for p in parts if p.who), "")
        return [p if p.who or not first_who else _Match(p.key, p.flags, first_who, p.pronoun) for p in parts]

    def _match(self, text: str, source_language: str) -> _Match | None:
        for key, raw, flags, _render, _words in self.asks:
            for pattern in self._patterns(key, source_language, raw):
                found = pattern.fullmatch(text)
                if not found:
                    continue
                groups = found.groupdict()
                who = clean_line(next((v for k, v in sorted(groups.items()) if v and k.rstrip("0123456789")
                                       in ("pos", "who")), ""))
                pronoun = self.pronoun_words.get(source_language, {}).get(who.casefold(), "")
                if pronoun:
                    who = ""
                present = {}
                for flag, by_lang in flags.items():
                    rx = by_lang.get(source_language)
                    hit = rx.search(text) if rx is not None else None
                    if hit:
                        present[flag] = hit.start()
                if who or pronoun:
                    present["who"] = -1
                for derived, members in self._derived[key].items():  # "spec": any of these
                    if any(member in present for member in members):
                        present[derived] = -1
                return _Match(key, present, who, pronoun)
        return None

    # --------------------------------------------------------- rendering
    def _render(self, part: _Match, language: str, people: tuple[Person, ...]) -> str | None:
        entry = next(e for e in self.asks if e[0] == part.key)
        template = entry[3].get(language)
        if not template:
            return None
        words = entry[4]
        referred = _referred_people(part, people)
        gender = _gender(part, referred)
        locale = self.locales[language]

        def fill_list(match: re.Match) -> str:
            names = [n for n in match.group(2).split(",") if n in part.flags and language in words.get(n, {})]
            chosen = [words[n][language] for n in sorted(names, key=lambda n: part.flags[n])]
            if not chosen:
                return ""
            conjunction = self.conjunctions[language].strip()
            if len(chosen) > 1 and language != "ar" and f" {conjunction} " in f" {chosen[-1]} ":
                return ", ".join(chosen)  # "equipment, video and photographic material"
            from babel.lists import format_list

            return format_list(chosen, style="standard" if match.group(1) == "list" else "or", locale=locale)

        text = _LIST.sub(fill_list, template)
        text = _GENDER.sub(lambda m: m.group(_GENDER_INDEX[gender] + 1), text)
        values: list[str | None] = []

        def name(match: re.Match) -> str:
            wanted = match.group(1) or "nom"
            value = self._names(referred, part.who, language, wanted.split("_")[0], locale)
            if value is None and not (part.who and not referred):
                value = self.pronouns.get(language, {}).get(wanted, {}).get(gender)
            values.append(value)  # None: a name we cannot put in this case
            return f"\x01{len(values) - 1}\x02"

        text = _NAME.sub(name, text)  # names become placeholders: case text is never re-read
        previous = None
        while previous != text:
            previous = text
            text = _CONDITION.sub(lambda m: m.group(2) if _holds(m.group(1), part.flags) else "", text)
        used = [values[int(i)] for i in _SENTINEL.findall(text)]
        if "{" in text or any(value is None for value in used):
            return None  # left to the user rather than printed in a wrong case
        text = _SPACE_BEFORE_PUNCT.sub(r"\1", _SPACES.sub(" ", text)).strip()
        text = _SENTINEL.sub(lambda m: values[int(m.group(1))], text)
        return polish(text, language)

    def _names(self, referred: list[Person], who: str, language: str, case: str, locale: str) -> str | None:
        if not referred:
            if who and (case == "nom" or language not in self.declining):
                return who
            return None
        forms = []
        for person in referred:
            form = person.form(language, case)
            if form is None:
                if case != "nom" and language in self.declining:
                    return None
                form = person.form(language, "nom") or person.name
            forms.append(form)
        if len(forms) == 1:
            return forms[0]
        from babel.lists import format_list

        return format_list(forms, locale=locale)


# ------------------------------------------------------------------ helpers
def _expand(pattern: str, macros: dict[str, str]) -> str:
    for _ in range(4):  # macros may use macros
        expanded = re.sub(r"%(\w+)%", lambda m: macros.get(m.group(1), m.group(0)), pattern)
        if expanded == pattern:
            break
        pattern = expanded
    counts: dict[str, int] = {}

    def number(match: re.Match) -> str:  # a name may appear in several alternatives
        name = match.group(1)
        counts[name] = counts.get(name, 0) + 1
        return f"(?P<{name}{counts[name]}>"

    return re.sub(r"\(\?P<(\w+?)>", number, pattern)


def _with_lead(pattern: str, macros: dict[str, str]) -> str:
    """Every pattern may start with the sheet's own lead-in ("calling on the
    authorities to", "exhortez les autorités à"), given as the `lead` macro."""
    if "lead" in macros and not pattern.startswith("%lead%"):
        return "%lead%" + pattern
    return pattern


def _normalise(text: str) -> str:
    text = clean_line(text).replace("’", "'").replace("‘", "'")
    text = text.strip(" ;.,:–-•")
    previous = None
    while previous != text:
        previous = text
        text = _LEADING.sub("", text)
    return text


def _holds(condition: str, flags: frozenset[str]) -> bool:
    if "&" in condition:
        return all(_holds(part, flags) for part in condition.split("&"))
    if "," in condition:
        return any(_holds(part, flags) for part in condition.split(","))
    if condition.startswith("!"):
        return condition[1:] not in flags
    return condition in flags


def _mentions(person: Person, text: str) -> bool:
    folded = text.casefold()
    names = [person.name] + [form for forms in person.forms.values() for form in forms.values()]
    if any(n and n.casefold() in folded for n in names):
        return True
    surname = person.name.split()[-1].casefold() if person.name.split() else ""
    return len(surname) > 3 and re.search(rf"\b{re.escape(surname)}\b", folded) is not None


def _referred_people(part: _Match, people: tuple[Person, ...]) -> list[Person]:
    if part.who:
        return [p for p in people if _mentions(p, part.who)]
    if part.pronoun == "plural":
        return list(people) if len(people) > 1 else []
    if part.pronoun in ("male", "female"):
        return list(people) if len(people) == 1 else []
    return list(people)


def _gender(part: _Match, referred: list[Person]) -> str:
    if len(referred) > 1:
        return "plural"
    if referred:
        value = referred[0].gender
        value = value.value if isinstance(value, Gender) else str(value)
        return value if value in ("male", "female") else "unknown"
    if part.pronoun:
        return part.pronoun
    if part.who and re.search(r",| and | et | y | und ", part.who):
        return "plural"
    return "unknown"


# ---------------------------------------------------------------- public API
def default_catalog_path() -> Path:
    from ua_desktop.paths import resource

    return resource("asks", "catalog.json")


@cache
def load_catalog(path: Path | None = None) -> AskCatalog:
    path = path or default_catalog_path()
    return AskCatalog(json.loads(Path(path).read_text(encoding="utf-8")))


def recognise_ask(text: str, source_language: str) -> str | None:
    """The catalogue key of a common ask ("release", "access", ...; several
    joined by "+" for "release X and drop the charges"), or None."""
    return load_catalog().recognise(text, source_language)


def translate_ask(text: str, source_language: str, target_language: str,
                  people: tuple[Person, ...] = ()) -> str | None:
    """The ask written natively in `target_language`, as a phrase fitting
    that language's letter lead-in, or None when it is not recognised (or
    names someone whose name cannot be put in the needed grammatical case)."""
    return load_catalog().translate(text, source_language, target_language, tuple(people))


def asks_needing_translation(case: Case, language: str) -> tuple[Ask, ...]:
    """The asks a letter in `language` would print in the sheet's language:
    no translation in the case and not recognised by the catalogue. The case
    review shows these for the user to translate."""
    return tuple(
        ask for ask in case.asks
        if ask.in_language(language, case.source_language) is None
        and translate_ask(ask.text, case.source_language, language, case.people) is None
    )
