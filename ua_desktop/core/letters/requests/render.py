"""Writing a recognised `Request` natively in a letter language.

Each letter language has one data file, ``resources/requests/render/<lang>.json``
(its format and template syntax are described in the README beside those
files). A rendering is a phrase that continues the template's lead-in:
an infinitive after "I respectfully urge you to:", «Призываю Вас:»,
«Je vous prie instamment de :», "Le insto a:"; a zu-infinitive after
„Ich bitte Sie dringend,“; a verbal noun in the accusative after
«Сизден төмөнкүлөрдү суранам:»; a masdar after «على ما يلي:».

A rendering includes every qualifier and the reason the request carries:
when the language's template for the kind does not mention a qualifier,
the request is not rendered (None) rather than rendered with less than it
asks. Names come from `Person.forms` in the grammatical case the phrase
needs; in Russian, Kyrgyz and Arabic a name is never printed in another
script or with a guessed ending: a missing form becomes a pronoun or a
neutral phrase ("этого человека", "هذا الشخص").
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Sequence

from ua_desktop.core.case.model import Person
from ua_desktop.core.letters.phrasing import fill_conditions, fill_gender, gender_of, pick_for
from ua_desktop.core.letters.requests.model import KINDS, Request
from ua_desktop.core.letters.requests.spelling import polish

__all__ = ["LANGUAGES", "RenderData", "fits_lead_in", "load_render_data", "render_request", "render_requests"]

#: The letter languages every kind is written in.
LANGUAGES: tuple[str, ...] = ("en", "ru", "ky", "fr", "es", "de", "ar")

_LIST = re.compile(r"\{list:([\w,]+)\}")
_DETAIL = re.compile(r"\{detail:(\w+)(?::(\w+))?\}")
_NAME = re.compile(r"\{name(?::(\w+))?\}")
_FLAG_WORDS = re.compile(r"\{\?([\w&,!]+):|\{list:([\w,]+)\}")
_SENTINEL = re.compile("\x01(\\d+)\x02")
#: A proper name kept out of the spelling rules: its first letter stands
#: before the marker, so the word before it still agrees ("d’Apartadó").
_VERBATIM = re.compile("(?s).\x03(\\d+)\x04")
_SPACES = re.compile(r"[ \t]{2,}")
_SPACE_BEFORE_PUNCT = re.compile(r" +([,;.:!?،؛])")
#: Free-text details (as the sheet wrote them): printed only in a letter in
#: the sheet's own language.
_FREE_DETAILS = frozenset({"subject", "law"})
#: Details that are a proper name as the sheet wrote it ("San José de
#: Apartadó"): printed as written in a letter in the Latin script; a letter
#: in another script would need a form the case does not hold, so there the
#: request is not rendered (never a name in another script, nor dropped).
_PROPER_NAME_DETAILS = frozenset({"community"})


@dataclass(frozen=True)
class RenderData:
    """One language's renderings and the words they use."""

    language: str
    locale: str
    #: Names must come from `Person.forms[language]` (other scripts, case endings).
    names_from_forms: bool
    kinds: dict[str, str]
    forms: dict[str, dict[str, str]]
    pronouns: dict[str, dict[str, str]]
    groups: dict[str, dict[str, str]]
    words: dict[str, str]
    reasons: dict[str, str]
    #: Prepositions a case stands for with a person's name (French "de", "à"):
    #: a group's form in that case already holds the contracted preposition ("des", "aux").
    name_prefixes: dict[str, str]
    #: The word that joins two requests of one ask (" and ", " و").
    conjunction: str
    #: Several access requests for the same people in one phrase: the
    #: phrase with ``{items}``, and each kind's object ("a lawyer of his choice").
    access_together: str
    access_items: dict[str, str]
    #: Pronouns for people already named earlier in the same ask ("release X
    #: and drop the charges against him"), only for the cases where a pronoun
    #: reads well; elsewhere the name is repeated.
    again: dict[str, dict[str, str]]
    #: Matches words that already continue the lead-in ("release …",
    #: « libérer … », „… freizulassen“): in the sheet's own language they are
    #: kept, as they may say more than the request's slots.
    own_words_fit: re.Pattern | None

    @classmethod
    def from_json(cls, data: dict) -> "RenderData":
        return cls(
            language=data["language"], locale=data["locale"],
            names_from_forms=bool(data.get("names_from_forms", False)),
            kinds=data["kinds"], forms=data.get("forms", {}), pronouns=data.get("pronouns", {}),
            groups=data.get("groups", {}), words=data.get("words", {}), reasons=data.get("reasons", {}),
            name_prefixes=data.get("name_prefixes", {}),
            conjunction=data.get("and", " "), access_together=data.get("access_together", ""),
            access_items=data.get("access_items", {}), again=data.get("again", {}),
            own_words_fit=re.compile(data["own_words_fit"], re.IGNORECASE) if data.get("own_words_fit") else None,
        )

    def template(self, kind: str, lead_in_form: str | None) -> str | None:
        if lead_in_form:
            return self.forms.get(lead_in_form, {}).get(kind)
        return self.kinds.get(kind)


def render_dir() -> Path:
    from ua_desktop.paths import resource

    return resource("requests", "render")


@cache
def load_render_data(language: str, directory: Path | None = None) -> RenderData | None:
    path = Path(directory or render_dir()) / f"{language}.json"
    try:
        return RenderData.from_json(json.loads(path.read_text(encoding="utf-8")))
    except FileNotFoundError:
        return None


def render_request(request: Request, language: str, people: Sequence[Person],
                   lead_in_form: str | None = None, *, source_language: str = "") -> str | None:
    """`request` as a phrase continuing the letter's lead-in in `language`,
    or None when it cannot be written natively and completely (no
    rendering for the kind or the lead-in form, a qualifier the rendering
    does not carry, a free-text detail in another language, a group or a
    detail value the language does not know)."""
    data = load_render_data(language)
    if data is None:
        return None
    return _render(data, request, data.template(request.kind, lead_in_form), tuple(people), source_language)


def _render_again(request: Request, language: str, people: Sequence[Person], lead_in_form: str | None,
                  source_language: str, again: bool) -> str | None:
    data = load_render_data(language)
    template = data.template(request.kind, lead_in_form) if data else None
    return _render(data, request, template, tuple(people), source_language, again)


def fits_lead_in(words: str, language: str) -> bool:
    """True when `words` (a request as the sheet wrote it, its lead-in
    removed) already continue the letter's lead-in in `language`, as one
    phrase: an infinitive in English, French and Spanish, a zu-infinitive
    in German."""
    data = load_render_data(language)
    words = words.strip().rstrip(" ;.,")
    if data is None or data.own_words_fit is None or not words or re.search(r"[.!?]\s", words):
        return False
    return data.own_words_fit.search(words) is not None


def render_requests(requests: Sequence[object], language: str, people: Sequence[Person],
                    lead_in_form: str | None = None, *, source_language: str = "") -> str | None:
    """The requests of one ask as one phrase ("release her and drop all
    charges against her"), or None when any of them cannot be written
    natively (or is not a recognised `Request`). Access requests for the
    same people with the same qualifiers share one phrase ("access to
    adequate medical care, a lawyer of his choice and his family")."""
    data = load_render_data(language)
    if data is None or not requests or not all(isinstance(r, Request) for r in requests):
        return None
    phrases, named = [], set()
    for group in _access_groups(list(requests), data if not lead_in_form else None):
        again = group[0].who in named
        if len(group) == 1:
            phrase = _render_again(group[0], language, people, lead_in_form, source_language, again)
        else:
            phrase = _render(data, _merged(group), _access_template(data, group), tuple(people),
                             source_language, again)
        if phrase is None:
            return None
        phrases.append(phrase)
        named.add(group[0].who)
    return data.conjunction.join(phrases)


def _access_groups(requests: list[Request], data: RenderData | None) -> list[list[Request]]:
    """Consecutive access requests that can share one phrase, grouped."""
    groups: list[list[Request]] = []
    for request in requests:
        previous = groups[-1][-1] if groups else None
        if data is not None and data.access_together and previous is not None \
                and request.kind in data.access_items and previous.kind in data.access_items \
                and request.who == previous.who and not request.reason and not previous.reason \
                and request.qualifiers - {"of_their_choice"} == previous.qualifiers - {"of_their_choice"}:
            groups[-1].append(request)
        else:
            groups.append([request])
    return groups


def _merged(group: list[Request]) -> Request:
    qualifiers = frozenset().union(*(r.qualifiers for r in group))
    return Request(group[0].kind, who=group[0].who, qualifiers=qualifiers)


def _access_template(data: RenderData, group: list[Request]) -> str:
    from babel.lists import format_list

    items = [data.access_items[r.kind] for r in group]
    return data.access_together.replace("{items}", format_list(items, locale=data.locale))


def _render(data: RenderData, request: Request, template: str | None, people: tuple[Person, ...],
            source_language: str, again: bool = False) -> str | None:
    if not template:
        return None
    if request.reason:
        reason = data.reasons.get(request.reason)
        if reason is None:
            return None
        template = template.replace("{reason}", reason) if "{reason}" in template else template + reason
    template = template.replace("{reason}", "")
    flags = _flags(request)
    if not set(request.qualifiers) <= _mentioned_flags(template, data):
        return None
    return _Phrase(data, request, people, flags, source_language, again).fill(template)


def _flags(request: Request) -> frozenset[str]:
    flags = set(request.qualifiers)
    if request.reason:
        flags |= {"reason", request.reason}
    for key, value in request.details.items():
        if value:
            flags |= {key, f"{key}_{value}"}
    if request.who.group:
        flags |= {"group", f"group_{request.who.group}"}
    return frozenset(flags)


def _mentioned_flags(template: str, data: RenderData) -> set[str]:
    """Every flag a template (with the words it lists) tests or lists."""
    mentioned: set[str] = set()
    for text in [template, *(data.words.get(w, "") for w in re.findall(r"[\w]+", template))]:
        for condition, listed in _FLAG_WORDS.findall(text):
            mentioned.update(w.lstrip("!") for w in re.split(r"[&,]", condition or listed) if w)
    return mentioned


class _Phrase:
    """One rendering being filled in; see the README for the syntax."""

    def __init__(self, data: RenderData, request: Request, people: tuple[Person, ...],
                 flags: frozenset[str], source_language: str, again: bool = False):
        self.data, self.request, self.flags, self.again = data, request, flags, again
        self.source_language = source_language
        self.referred = _referred(request, people)
        self.group = data.groups.get(request.who.group) if request.who.group else None
        self.gender = self.group.get("g", "plural") if self.group else gender_of(self.referred)
        self.values: list[str | None] = []
        self.verbatim: set[int] = set()  # values the spelling rules must not touch inside
        self.failed = False

    def fill(self, template: str) -> str | None:
        if self.request.who.group and self.group is None:
            return None
        text = _DETAIL.sub(self._detail, template)
        text = _LIST.sub(self._list, text)
        text = fill_gender(text, self.gender)
        text = _NAME.sub(lambda m: self._placeholder(self._name(m.group(1) or "nom")), text)
        text = fill_conditions(text, self.flags)
        used = [self.values[int(i)] for i in _SENTINEL.findall(text)]
        if self.failed or "{" in text or "}" in text or any(value is None for value in used):
            return None
        text = _SPACE_BEFORE_PUNCT.sub(r"\1", _SPACES.sub(" ", text)).strip()
        text = _SENTINEL.sub(self._value_or_verbatim, text)
        text = polish(text, self.data.language)
        return _VERBATIM.sub(lambda m: self.values[int(m.group(1))], text)

    def _value_or_verbatim(self, match: re.Match) -> str:
        index = int(match.group(1))
        value = self.values[index]
        return value[:1] + f"\x03{index}\x04" if index in self.verbatim else value

    def _placeholder(self, value: str | None) -> str:
        """Case text becomes a placeholder so it is never read as syntax."""
        self.values.append(value)
        return f"\x01{len(self.values) - 1}\x02"

    def _list(self, match: re.Match) -> str:
        chosen = [self.data.words[w] for w in match.group(1).split(",")
                  if w in self.flags and w in self.data.words]
        if len(chosen) <= 1:
            return "".join(chosen)
        from babel.lists import format_list

        return format_list(chosen, locale=self.data.locale)

    def _detail(self, match: re.Match) -> str:
        key, case = match.group(1), match.group(2) or "nom"
        value = self.request.details.get(key, "")
        if key in _FREE_DETAILS:  # the phrase needs it: missing, it is not written
            same = self.source_language == self.data.language
            return self._placeholder(value if value and same else None)
        if key in _PROPER_NAME_DETAILS:
            self.verbatim.add(len(self.values))
            return self._placeholder(value if value and not self.data.names_from_forms else None)
        if not value:
            return ""
        if key == "country":
            from ua_desktop.core.locales.countries import country_name_in, country_code

            if country_code(value) is None:
                self.failed = True
                return ""
            return self._placeholder(country_name_in(value, self.data.locale))
        forms = [self.data.groups.get(name, {}).get(case) for name in value.split(",")]
        if not forms or None in forms:  # several groups: "defenders,journalists" (see model.KINDS)
            self.failed = True
            return ""
        if len(forms) == 1:
            return forms[0]
        from babel.lists import format_list

        return format_list(forms, locale=self.data.locale)

    def _name(self, case: str) -> str | None:
        """The people (or group) in grammatical `case`; a pronoun or a
        neutral phrase when a declined or native-script form is missing."""
        pronoun = pick_for(self.data.again.get(case, {}), self.gender) if self.again else None
        if pronoun:
            return pronoun
        prefixed = case in self.data.name_prefixes
        prefix = self.data.name_prefixes.get(case, "")
        if self.group is not None:
            form = self.group.get(case.removesuffix("_n")) or self.group.get(case)
            return form or (prefix + self.group["nom"] if prefixed and "nom" in self.group else None)
        if not self.referred:
            return None
        forms = [_form(person, self.data, "nom" if prefixed else case.removesuffix("_n")) for person in self.referred]
        if any(form is None for form in forms):
            pronoun = pick_for(self.data.pronouns.get(case, {}), self.gender)
            if pronoun is None and prefixed:
                pronoun = pick_for(self.data.pronouns.get("nom", {}), self.gender)
                return prefix + pronoun if pronoun else None
            return pronoun
        forms = [prefix + form for form in forms]  # « à A et à B », «a A y a B»: the preposition before each
        if len(forms) == 1:
            return forms[0]
        from babel.lists import format_list

        return format_list(forms, locale=self.data.locale)


def _form(person: Person, data: RenderData, case: str) -> str | None:
    if data.names_from_forms:
        return person.form(data.language, case)
    return person.form(data.language, "nom") or person.name


def _referred(request: Request, people: tuple[Person, ...]) -> list[Person]:
    if request.who.people:
        return [people[i] for i in request.who.people if 0 <= i < len(people)]
    return list(people)


def missing_renderings() -> list[tuple[str, str]]:
    """(language, kind) pairs with no rendering: the data check."""
    missing = []
    for language in LANGUAGES:
        data = load_render_data(language)
        missing += [(language, kind) for kind in KINDS if data is None or not data.kinds.get(kind)]
    return missing
