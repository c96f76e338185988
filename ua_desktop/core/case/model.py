"""The Urgent Action case: who is at risk, what to ask, whom to write to.

Plain immutable dataclasses with no Qt and no I/O. Reading and writing them
as files is `ua_desktop.core.case.casefile`'s job; this module only says what a
case *is* and answers simple questions about it.
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, field, replace
from enum import Enum

from ua_desktop.core.letters.requests.model import Request, UnrecognisedRequest

__all__ = [
    "Ask",
    "Case",
    "Gender",
    "LocalizedRecipient",
    "Person",
    "Recipient",
    "RecipientRole",
    "GRAMMATICAL_CASES",
]

#: Grammatical cases a translator may give for a name, in the order a
#: Russian grammar lists them. Kyrgyz uses the same keys for its six cases
#: (nom = атооч, gen = илик, dat = барыш, acc = табыш, loc = жатыш,
#: abl = чыгыш); a language uses only the keys it needs.
GRAMMATICAL_CASES = ("nom", "gen", "dat", "acc", "ins", "prep", "loc", "abl")


class Gender(str, Enum):
    MALE = "male"
    FEMALE = "female"
    UNKNOWN = "unknown"


class RecipientRole(str, Enum):
    TARGET = "target"  # "Please send appeals to"
    COPY = "copy"  # "And copies to"


@dataclass(frozen=True)
class Person:
    """Someone at risk. `name` is as the sheet prints it (usually Latin).

    `forms` gives the name per letter language and grammatical case, for
    example ``{"ru": {"nom": "Азимжан Аскаров", "gen": "Азимжана Аскарова"}}``.
    A template asks for a form and phrases around it when it is missing.
    """

    name: str
    gender: Gender = Gender.UNKNOWN
    forms: dict[str, dict[str, str]] = field(default_factory=dict)

    def form(self, language: str, grammatical_case: str = "nom") -> str | None:
        """The name in `language` and `grammatical_case`: the form the case
        file gives; else, for a Russian or Kyrgyz letter, the suggested
        Cyrillic spelling and declension (of the given nominative, or of the
        sheet's spelling), which the review step shows for correction;
        else None (an Arabic suggestion is only used once the user has
        accepted it in the review, so a letter phrases around it)."""
        given = self.forms.get(language, {})
        if given.get(grammatical_case):
            return given[grammatical_case]
        if language not in ("ru", "ky"):
            return None
        from ua_desktop.core.locales.name_forms import suggested_forms

        female = {Gender.FEMALE: True, Gender.MALE: False}.get(self.gender)
        return dict(suggested_forms(given.get("nom") or self.name, language, female)).get(grammatical_case)


@dataclass(frozen=True)
class LocalizedRecipient:
    """How a recipient is written in one letter language.

    `addressee_lines` are the title and name lines of the address block,
    already in the form the language puts there (Russian: the dative,
    "Министру внутренних дел ... Б. Шерниязову"). Any field left empty
    falls back to the sheet's own text.
    """

    addressee_lines: tuple[str, ...] = ()
    address_lines: tuple[str, ...] = ()
    country: str = ""
    salutation: str = ""
    name: str = ""


@dataclass(frozen=True)
class Recipient:
    role: RecipientRole
    name: str
    title_lines: tuple[str, ...] = ()
    address_lines: tuple[str, ...] = ()
    country: str = ""
    fax: str = ""
    email: str = ""
    phone: str = ""
    social: tuple[str, ...] = ()
    salutation: str = ""
    gender: Gender = Gender.UNKNOWN
    #: What kind of office the recipient holds ("minister", "president",
    #: "prosecutor", "ambassador", "head_of_government", "official", ...).
    #: Used to build a salutation in a language the sheet gives none for.
    office: str = "official"
    note: str = ""
    localized: dict[str, LocalizedRecipient] = field(default_factory=dict)

    @property
    def title(self) -> str:
        return " ".join(self.title_lines)

    @property
    def emails(self) -> tuple[str, ...]:
        """Every email address of the recipient (sheets list several)."""
        parts = self.email.replace(";", ",").split(",")
        return tuple(p.strip() for p in parts if p.strip())

    def in_language(self, language: str) -> LocalizedRecipient:
        return self.localized.get(language, LocalizedRecipient())


@dataclass(frozen=True)
class Ask:
    """One thing the case asks the authorities to do.

    `text` is in the sheet's language; `translations` maps a letter
    language to the same request written natively, as a phrase that fits
    the template's lead-in (Russian: an infinitive after "Призываю Вас:").

    `requests` is what the ask was recognised as (`letters.requests`): one
    or more requests (an ask may join several), () for a statement that asks
    for nothing, or None when it has not been recognised yet (a case file
    from before recognition; `letters.requests.of_ask` recognises it then).
    """

    text: str
    translations: dict[str, str] = field(default_factory=dict)
    requests: tuple[Request | UnrecognisedRequest, ...] | None = None


@dataclass(frozen=True)
class Case:
    title: str
    country: str
    people: tuple[Person, ...]
    recipients: tuple[Recipient, ...]
    asks: tuple[Ask, ...] = ()
    deadline: _dt.date | None = None
    write_languages: tuple[str, ...] = ()
    #: The sheet welcomes letters in the writer's own language too ("... or
    #: your own language"): a writer may then write in any letter language.
    own_language_welcome: bool = False
    source_language: str = "en"
    ua_number: str = ""
    index_number: str = ""
    issued: _dt.date | None = None
    summary: str = ""
    #: One or two sentences of facts for the letter, per letter language.
    letter_facts: dict[str, str] = field(default_factory=dict)
    copies_note: str = ""
    late_note: str = ""
    background: str = ""
    #: "open", or "no_further_action" when a follow-up closes the case.
    status: str = "open"
    status_note: str = ""

    @property
    def targets(self) -> tuple[Recipient, ...]:
        return tuple(r for r in self.recipients if r.role is RecipientRole.TARGET)

    @property
    def copies(self) -> tuple[Recipient, ...]:
        return tuple(r for r in self.recipients if r.role is RecipientRole.COPY)

    @property
    def people_names(self) -> str:
        return ", ".join(p.name for p in self.people)

    def accepts_letters_in(self, language: str) -> bool:
        """The sheet asks for letters in `language`, or welcomes the
        writer's own language (the writer says which that is)."""
        return language in self.write_languages or self.own_language_welcome

    def recipient(self, index: int) -> Recipient:
        if not 0 <= index < len(self.recipients):
            raise IndexError(f"no recipient number {index + 1}")
        return self.recipients[index]

    def with_changes(self, **changes) -> "Case":
        return replace(self, **changes)
