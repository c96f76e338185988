"""Drafting letters: a case, a recipient, a language and a sender in, a
`Letter` out.

Templates are rendered in Jinja2's sandbox (`template_env`), made with
the first draft: importing this module loads neither Jinja2 nor the request
and fact machinery, so a window can be built around a kept letter
(`kept_letter`) before any of it is needed.
"""

from __future__ import annotations

import datetime as dt
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from ua_desktop.core.case.model import Case, Recipient
from ua_desktop.core.letters.letter import MAX_LETTER_CHARS, Letter, Sender, normalise_letter_text
from ua_desktop.core.letters.languages import LetterLanguage, default_letters_dir, load_letter_languages
from ua_desktop.core.text import clean_line, clean_text
from ua_desktop.i18n import _

if TYPE_CHECKING:
    from ua_desktop.core.letters.ask_phrases import AskPhrases

TEMPLATE_NAME = "letter.txt.j2"
#: The longest personal sentence a letter takes (characters).
MAX_PERSONAL_CHARS = 300


class DraftingError(Exception):
    """The letter could not be drafted; the message is for the user."""


@dataclass(frozen=True)
class LetterRequest:
    case: Case
    recipient_index: int
    language: str
    sender: Sender = Sender()
    date: dt.date | None = None
    #: Chooses among a template's alternative wordings (0 = the first of each).
    wording: int = 0
    #: One sentence the writer adds about themselves (its own paragraph).
    personal: str = ""


class LetterDrafter:
    def __init__(self, letters_dir: Path | None = None, cache_dir: Path | None = None):
        self.letters_dir = Path(letters_dir) if letters_dir else default_letters_dir()
        self.languages: dict[str, LetterLanguage] = load_letter_languages(self.letters_dir)
        self._cache_dir = cache_dir
        self._environment = None
        self._dates: dict[tuple[dt.date, str], str] = {}
        #: The ask phrases of the case last drafted, by language: a batch or
        #: a keystroke redrafts the same case (the same object: a Case is
        #: frozen, an edit makes a new one) with another sender.
        self._asked: dict[str, tuple[Case, AskPhrases]] = {}

    @property
    def _env(self):
        """The template sandbox, made (and Jinja2 imported) at the first draft."""
        if self._environment is None:
            from ua_desktop.core.letters.template_env import letter_environment

            self._environment = letter_environment(self.letters_dir, self._cache_dir)
        return self._environment

    # ------------------------------------------------------------ public
    def language(self, code: str) -> LetterLanguage:
        try:
            return self.languages[code]
        except KeyError:
            raise DraftingError(_("UA Desktop cannot write letters in the language “{code}” yet.").format(
                code=code)) from None

    def draft(self, request: LetterRequest) -> Letter:
        case = request.case
        if not case.recipients:
            raise DraftingError(_("This case has no one to write to. Add a recipient to the case first."))
        try:
            recipient = case.recipient(request.recipient_index)
        except IndexError:
            raise DraftingError(_("This case has no recipient number {number}.").format(
                number=request.recipient_index + 1)) from None
        language = self.language(request.language)
        if not case.people:
            raise DraftingError(_("This case names no one at risk. Add their name to the case first."))
        context, untranslated = self._context(case, recipient, language, request.sender,
                                              request.date or dt.date.today())
        context["variant"] = _variant_chooser(request.wording)
        context["personal"] = clean_line(request.personal)[:MAX_PERSONAL_CHARS]
        env = self._env
        from jinja2 import TemplateError

        try:
            template = env.get_template(f"{language.code}/{TEMPLATE_NAME}")
            module = template.make_module(context)
            text = str(module)
            subject = clean_line(str(getattr(module, "subject", "")))
        except TemplateError as error:
            raise DraftingError(_(
                "The letter template for {language} has a problem and could not be used: {problem}"
            ).format(language=language.english_name, problem=error)) from None
        except (RecursionError, OverflowError, MemoryError):
            raise DraftingError(_("The letter template for {language} has a problem and could not be used.").format(
                language=language.english_name)) from None
        if len(text) > MAX_LETTER_CHARS:
            raise DraftingError(_("The letter template for {language} has a problem and could not be used.").format(
                language=language.english_name))
        return Letter(
            text=normalise_letter_text(clean_text(text)),
            language=language.code,
            subject=subject,
            right_to_left=language.right_to_left,
            font=language.font,
            salutation=context["recipient"]["salutation"],
            untranslated=untranslated,
        )

    # ------------------------------------------------------------ context
    def format_date(self, date: dt.date, language: LetterLanguage) -> str:
        if language.date_pattern:  # how letters in this language write a date, where CLDR's differs
            return language.date_pattern.format(d=date.day, month=language.date_months[date.month - 1], y=date.year)
        key = (date, language.babel_locale)
        if key not in self._dates:
            from ua_desktop.core.locales.dates import long_date

            self._dates[key] = long_date(date, language.babel_locale)
        return self._dates[key]

    def _ask_phrases(self, case: Case, code: str) -> AskPhrases:
        from ua_desktop.core.letters.ask_phrases import ask_phrases

        kept = self._asked.get(code)
        if kept is None or kept[0] is not case:
            kept = self._asked[code] = (case, ask_phrases(case, code))
        return kept[1]

    def _context(self, case: Case, recipient: Recipient, language: LetterLanguage, sender: Sender,
                 date: dt.date) -> tuple[dict, tuple[str, ...]]:
        from ua_desktop.core.letters.facts import facts_sentence
        from ua_desktop.core.letters.recipient_block import recipient_block
        from ua_desktop.core.letters.salutations import sheet_salutation
        from ua_desktop.core.locales.countries import country_name_in

        code = language.code
        asked = self._ask_phrases(case, code)
        asks, untranslated = list(asked.phrases), asked.untranslated

        local = recipient.in_language(code)
        salutation = local.salutation or sheet_salutation(recipient.salutation, code, case.source_language)
        salutation = (salutation or language.salutation_for(recipient)).rstrip(" ,!:;")
        block = recipient_block(case, recipient, code)
        people = [
            {"name": p.name, "gender": p.gender.value,
             "forms": {key: p.form(code, key) for key in ("nom", "gen", "dat", "acc", "ins", "prep", "loc", "abl")}}
            for p in case.people
        ]

        def names(grammatical_case: str = "nom") -> str | None:
            """The people at risk as a list in `grammatical_case`, or None
            when a form is missing (the template then phrases around it)."""
            forms = []
            for person in case.people:
                form = person.form(code, grammatical_case)
                if form is None:
                    if (grammatical_case != "nom" and code != case.source_language) or language.script != "Latn":
                        return None  # no sheet spelling inside a sentence of another script or case
                    form = person.form(code, "nom") or person.name
                forms.append(form)
            return _join_names(forms, language.babel_locale) if forms else None

        context = {
            "language": code,
            "date": self.format_date(date, language),
            "sender": _sender_context(sender, language),
            "recipient": {
                "name": local.name or recipient.name,
                "addressee_lines": list(block.addressee_lines),
                "address_lines": list(block.address_lines),
                "country": block.country,
                "salutation": salutation,
                "gender": recipient.gender.value,
                "office": recipient.office,
                "role": recipient.role.value,
            },
            "case": {"country": case.country, "title": case.title, "ua_number": case.ua_number},
            "people": people,
            "names": names,
            "country_name": lambda name: country_name_in(str(name), language.babel_locale),
            "facts": facts_sentence(case, code),
            "asks": asks,
        }
        return context, untranslated


def _sender_context(sender: Sender, language: LetterLanguage) -> dict:
    """The writer's details for a template. In a letter written in the Latin
    script the sender block names the country in the letter's language
    ("Lyon, Frankreich"); in Cyrillic and Arabic letters it stays as typed
    (the return address is for the writer's own post office). `local_place`
    is the place for a sentence of the letter: the town only when it is
    written in the letter's script (no Latin name inside an Arabic sentence),
    and the country in the letter's language."""
    from ua_desktop.core.locales.countries import country_name_in

    country = country_name_in(sender.country, language.babel_locale) if sender.country else ""
    lines = list(sender.lines)
    if language.script == "Latn" and sender.place and lines and lines[-1] == sender.place:
        lines[-1] = ", ".join(part for part in (sender.town, country) if part)
    town = sender.town if in_script(sender.town, language.script) else ""
    return {"name": sender.name, "town": sender.town, "country": sender.country, "place": sender.place,
            "lines": lines, "local_country": country,
            "local_place": ("، " if language.script == "Arab" else ", ").join(p for p in (town, country) if p)}


_SCRIPT_PREFIXES = {"Latn": "LATIN", "Cyrl": "CYRILLIC", "Arab": "ARABIC"}


def in_script(text: str, script: str) -> bool:
    """True when every letter of `text` is of `script` (and there is one)."""
    import unicodedata

    prefix = _SCRIPT_PREFIXES.get(script)
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and (prefix is None or all(unicodedata.name(c, "").startswith(prefix) for c in letters))


def _variant_chooser(wording: int):
    """`variant("opening", 3)` in a template: which of 3 wordings of the
    opening to use. Wording 0 gives the first of every part. Each part
    steps through its wordings at its own pace, so two neighbouring wording
    numbers differ in every part that has alternatives, and the parts
    combine into many different letters."""

    def variant(part: str, count: int) -> int:
        if count <= 1:
            return 0
        step = 1 + zlib.crc32(part.encode()) % (count - 1)
        return (wording * step) % count

    return variant


def _join_names(names: list[str], locale: str) -> str:
    if len(names) == 1:
        return names[0]
    from babel.lists import format_list

    return format_list(names, locale=locale)
