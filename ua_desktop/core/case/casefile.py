"""Case files: a case as a small, versioned JSON document.

The format is documented in ``docs/case-format.md``. Reading is strict about
shape and lenient about absence: unknown keys are ignored (a newer minor
writer may add some), missing optional keys get defaults, and anything of
the wrong type, too large or unreadable raises `CaseFileError` with a
message for the user. Every string is cleaned of control characters on the
way in.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

from ua_desktop.core.storage.atomic import write_text_atomically
from ua_desktop.core.case.model import (
    Ask,
    Case,
    Gender,
    LocalizedRecipient,
    Person,
    Recipient,
    RecipientRole,
)
from ua_desktop.core.case.requests_json import requests_from_json, requests_to_json
from ua_desktop.core.case.field_names import describe_place
from ua_desktop.core.storage.bounded import FileTooLargeError, read_bounded
from ua_desktop.core.text import clean_line, clean_text
from ua_desktop.i18n import _

FORMAT_NAME = "ua-desktop-case"
#: 2 added the recognised requests of each ask (`asks[].requests`); version 1
#: files load as they are and their asks are recognised when needed.
FORMAT_VERSION = 2
MAX_FILE_BYTES = 2 * 1024 * 1024
MAX_TEXT_CHARS = 50_000
MAX_ITEMS = 200


class CaseFileError(Exception):
    """A case file could not be read; the message says why, for the user."""


# ---------------------------------------------------------------- reading


def load_case(path: Path | str) -> Case:
    path = Path(path)
    if path.is_dir():
        raise CaseFileError(_("{name} is a folder, not a case file.").format(name=path.name))
    try:
        raw = read_bounded(path, MAX_FILE_BYTES)
    except FileTooLargeError:
        raise CaseFileError(_("The file {name} is too large to be a case file.").format(name=path.name)) from None
    except FileNotFoundError:
        raise CaseFileError(_("The case file {name} was not found. It may have been moved or renamed.").format(
            name=path.name)) from None
    except OSError as error:
        raise CaseFileError(_("The case file {name} could not be opened: {reason}").format(
            name=path.name, reason=error.strerror or error)) from None
    return case_from_json(raw, source_name=path.name)


def case_from_json(raw: bytes | str, source_name: str = "") -> Case:
    name = source_name or _("the case file")
    if isinstance(raw, bytes):
        if len(raw) > MAX_FILE_BYTES:
            raise CaseFileError(_("The file {name} is too large to be a case file.").format(name=name))
        try:
            raw = raw.decode("utf-8-sig")
        except UnicodeDecodeError:
            raise CaseFileError(_("{name} is not a UA Desktop case file (it is not text).").format(name=name)) from None
    try:
        data = json.loads(raw)
    except (json.JSONDecodeError, RecursionError):
        raise CaseFileError(_("{name} is damaged or is not a UA Desktop case file.").format(name=name)) from None
    return case_from_dict(data, source_name=name)


def case_from_dict(data: Any, source_name: str = "") -> Case:
    name = source_name or _("the case file")
    if not isinstance(data, dict) or data.get("format") != FORMAT_NAME:
        raise CaseFileError(_("{name} is not a UA Desktop case file.").format(name=name))
    version = data.get("version")
    if not isinstance(version, int) or isinstance(version, bool):
        raise CaseFileError(_("{name} is damaged: its format version is missing.").format(name=name))
    if version > FORMAT_VERSION:
        raise CaseFileError(_(
            "{name} was made by a newer version of UA Desktop. Update UA Desktop to open it."
        ).format(name=name))
    reader = _Reader(name)
    return reader.case(data)


class _Reader:
    def __init__(self, source_name: str):
        self.source = source_name

    def fail(self, where: str, problem: str) -> CaseFileError:
        message = _("{name} is damaged and cannot be opened.\nWhere: {place}\nProblem: {problem}").format(
            name=self.source, place=describe_place(where), problem=problem)
        if message.startswith(_("the case file")):  # no file name: the sentence starts with "the"
            message = message[:1].upper() + message[1:]
        return CaseFileError(message)

    # scalar readers -----------------------------------------------------
    def text(self, data: dict, key: str, where: str, *, required: bool = False, line: bool = True) -> str:
        value = data.get(key)
        if value is None:
            if required:
                raise self.fail(f"{where}.{key}", _("This is missing."))
            return ""
        if not isinstance(value, str):
            raise self.fail(f"{where}.{key}", _("This should be text."))
        if len(value) > MAX_TEXT_CHARS:
            raise self.fail(f"{where}.{key}", _("This is too long."))
        value = clean_line(value) if line else clean_text(value).strip()
        if required and not value:
            raise self.fail(f"{where}.{key}", _("This is empty."))
        return value

    def lines(self, data: dict, key: str, where: str) -> tuple[str, ...]:
        value = data.get(key)
        if value is None:
            return ()
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise self.fail(f"{where}.{key}", _("This should be a list of lines of text."))
        if len(value) > MAX_ITEMS:
            raise self.fail(f"{where}.{key}", _("This has too many entries."))
        return tuple(line for line in (clean_line(v[:MAX_TEXT_CHARS]) for v in value) if line)

    def items(self, data: dict, key: str, where: str) -> list:
        value = data.get(key)
        if value is None:
            return []
        if not isinstance(value, list):
            raise self.fail(f"{where}.{key}", _("This should be a list."))
        if len(value) > MAX_ITEMS:
            raise self.fail(f"{where}.{key}", _("This has too many entries."))
        return value

    def mapping(self, data: dict, key: str, where: str) -> dict:
        value = data.get(key)
        if value is None:
            return {}
        if not isinstance(value, dict):
            raise self.fail(f"{where}.{key}", _("This should be a group of named values."))
        if len(value) > MAX_ITEMS:
            raise self.fail(f"{where}.{key}", _("This has too many entries."))
        return value

    def text_map(self, data: dict, key: str, where: str, *, line: bool = True) -> dict[str, str]:
        result = {}
        for lang, value in self.mapping(data, key, where).items():
            if not isinstance(value, str):
                raise self.fail(f"{where}.{key}.{lang}", _("This should be text."))
            value = clean_line(value[:MAX_TEXT_CHARS]) if line else clean_text(value[:MAX_TEXT_CHARS]).strip()
            if value:
                result[clean_line(lang)] = value
        return result

    def date(self, data: dict, key: str, where: str) -> dt.date | None:
        value = data.get(key)
        if value in (None, ""):
            return None
        if not isinstance(value, str):
            raise self.fail(f"{where}.{key}", _("This should be a date like 2010-07-30."))
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            raise self.fail(f"{where}.{key}", _("This should be a date like 2010-07-30.")) from None

    def flag(self, data: dict, key: str, where: str) -> bool:
        value = data.get(key, False)
        if not isinstance(value, bool):
            raise self.fail(f"{where}.{key}", _("This should be true or false."))
        return value

    def enum(self, data: dict, key: str, where: str, enum, default):
        value = data.get(key)
        if value is None:
            return default
        try:
            return enum(value)
        except ValueError:
            allowed = ", ".join(member.value for member in enum)
            raise self.fail(f"{where}.{key}", _("This should be one of: {allowed}.").format(allowed=allowed)) from None

    def obj(self, value: Any, where: str) -> dict:
        if not isinstance(value, dict):
            raise self.fail(where, _("This should be a group of named values."))
        return value

    # structured readers ---------------------------------------------------
    def case(self, data: dict) -> Case:
        people = tuple(self.person(self.obj(p, f"people[{i + 1}]"), f"people[{i + 1}]")
                       for i, p in enumerate(self.items(data, "people", "case")))
        recipients = tuple(self.recipient(self.obj(r, f"recipients[{i + 1}]"), f"recipients[{i + 1}]")
                           for i, r in enumerate(self.items(data, "recipients", "case")))
        asks = tuple(self.ask(a, f"asks[{i + 1}]", len(people))
                     for i, a in enumerate(self.items(data, "asks", "case")))
        languages = self.lines(data, "write_languages", "case")
        return Case(
            title=self.text(data, "title", "case"),
            country=self.text(data, "country", "case"),
            people=people,
            recipients=recipients,
            asks=asks,
            deadline=self.date(data, "deadline", "case"),
            write_languages=tuple(lang.lower() for lang in languages),
            own_language_welcome=self.flag(data, "own_language_welcome", "case"),
            source_language=self.text(data, "source_language", "case") or "en",
            ua_number=self.text(data, "ua_number", "case"),
            index_number=self.text(data, "index_number", "case"),
            issued=self.date(data, "issued", "case"),
            summary=self.text(data, "summary", "case", line=False),
            letter_facts=self.text_map(data, "letter_facts", "case", line=False),
            copies_note=self.text(data, "copies_note", "case", line=False),
            late_note=self.text(data, "late_note", "case", line=False),
            background=self.text(data, "background", "case", line=False),
            status=self.text(data, "status", "case") or "open",
            status_note=self.text(data, "status_note", "case", line=False),
        )

    def person(self, data: dict, where: str) -> Person:
        forms: dict[str, dict[str, str]] = {}
        for lang, by_case in self.mapping(data, "forms", where).items():
            forms[clean_line(lang)] = self._forms(by_case, f"{where}.forms.{lang}")
        return Person(
            name=self.text(data, "name", where, required=True),
            gender=self.enum(data, "gender", where, Gender, Gender.UNKNOWN),
            forms=forms,
        )

    def _forms(self, value: Any, where: str) -> dict[str, str]:
        value = self.obj(value, where)
        result = {}
        for key, form in value.items():
            if not isinstance(form, str):
                raise self.fail(f"{where}.{key}", _("This should be text."))
            form = clean_line(form[:MAX_TEXT_CHARS])
            if form:
                result[clean_line(key)] = form
        return result

    def recipient(self, data: dict, where: str) -> Recipient:
        localized = {}
        for lang, value in self.mapping(data, "localized", where).items():
            sub = f"{where}.localized.{lang}"
            value = self.obj(value, sub)
            localized[clean_line(lang)] = LocalizedRecipient(
                addressee_lines=self.lines(value, "addressee_lines", sub),
                address_lines=self.lines(value, "address_lines", sub),
                country=self.text(value, "country", sub),
                salutation=self.text(value, "salutation", sub),
                name=self.text(value, "name", sub),
            )
        return Recipient(
            role=self.enum(data, "role", where, RecipientRole, RecipientRole.TARGET),
            name=self.text(data, "name", where, required=True),
            title_lines=self.lines(data, "title_lines", where),
            address_lines=self.lines(data, "address_lines", where),
            country=self.text(data, "country", where),
            fax=self.text(data, "fax", where),
            email=self.text(data, "email", where),
            phone=self.text(data, "phone", where),
            social=self.lines(data, "social", where),
            salutation=self.text(data, "salutation", where),
            gender=self.enum(data, "gender", where, Gender, Gender.UNKNOWN),
            office=self.text(data, "office", where) or "official",
            note=self.text(data, "note", where, line=False),
            localized=localized,
        )

    def ask(self, value: Any, where: str, people_count: int) -> Ask:
        if isinstance(value, str):
            text = clean_line(value[:MAX_TEXT_CHARS])
            if not text:
                raise self.fail(where, _("This is empty."))
            return Ask(text=text)
        data = self.obj(value, where)
        requests = None
        if data.get("requests") is not None:
            requests = requests_from_json(data["requests"], f"{where}.requests", people_count,
                                          lambda at: self.fail(at, _("This has an unexpected form.")))
        return Ask(
            text=self.text(data, "text", where, required=True),
            translations=self.text_map(data, "translations", where),
            requests=requests,
        )


# ---------------------------------------------------------------- writing


def _opt(d: dict, key: str, value) -> None:
    """Write `value` under `key` unless it is empty (the file stays short)."""
    if value not in ("", (), [], {}, None):
        d[key] = value


def _gender(gender: Gender) -> str | None:
    return gender.value if gender is not Gender.UNKNOWN else None


def case_to_dict(case: Case) -> dict[str, Any]:
    data: dict[str, Any] = {"format": FORMAT_NAME, "version": FORMAT_VERSION}
    _opt(data, "ua_number", case.ua_number)
    _opt(data, "index_number", case.index_number)
    _opt(data, "title", case.title)
    _opt(data, "issued", case.issued.isoformat() if case.issued else None)
    data["country"] = case.country
    _opt(data, "deadline", case.deadline.isoformat() if case.deadline else None)
    _opt(data, "source_language", case.source_language)
    _opt(data, "write_languages", list(case.write_languages))
    _opt(data, "own_language_welcome", case.own_language_welcome or None)
    _opt(data, "status", case.status if case.status != "open" else None)
    _opt(data, "status_note", case.status_note)
    _opt(data, "summary", case.summary)
    _opt(data, "letter_facts", dict(case.letter_facts))
    data["people"] = [_person_to_dict(person) for person in case.people]
    data["asks"] = [_ask_to_dict(ask) for ask in case.asks]
    data["recipients"] = [_recipient_to_dict(recipient) for recipient in case.recipients]
    _opt(data, "copies_note", case.copies_note)
    _opt(data, "late_note", case.late_note)
    _opt(data, "background", case.background)
    return data


def _person_to_dict(person: Person) -> dict[str, Any]:
    p: dict[str, Any] = {"name": person.name}
    _opt(p, "gender", _gender(person.gender))
    _opt(p, "forms", {lang: dict(forms) for lang, forms in person.forms.items()})
    return p


def _ask_to_dict(ask: Ask) -> dict[str, Any]:
    a: dict[str, Any] = {"text": ask.text}
    _opt(a, "translations", dict(ask.translations))
    if ask.requests is not None:
        a["requests"] = requests_to_json(ask.requests)
    return a


def _recipient_to_dict(r: Recipient) -> dict[str, Any]:
    d: dict[str, Any] = {"role": r.role.value}
    _opt(d, "title_lines", list(r.title_lines))
    d["name"] = r.name
    _opt(d, "gender", _gender(r.gender))
    _opt(d, "office", r.office if r.office != "official" else None)
    _opt(d, "address_lines", list(r.address_lines))
    _opt(d, "country", r.country)
    _opt(d, "fax", r.fax)
    _opt(d, "email", r.email)
    _opt(d, "phone", r.phone)
    _opt(d, "social", list(r.social))
    _opt(d, "salutation", r.salutation)
    _opt(d, "note", r.note)
    _opt(d, "localized", {lang: _localized_to_dict(loc) for lang, loc in r.localized.items()})
    return d


def _localized_to_dict(loc: LocalizedRecipient) -> dict[str, Any]:
    ld: dict[str, Any] = {}
    _opt(ld, "addressee_lines", list(loc.addressee_lines))
    _opt(ld, "address_lines", list(loc.address_lines))
    _opt(ld, "country", loc.country)
    _opt(ld, "salutation", loc.salutation)
    _opt(ld, "name", loc.name)
    return ld


def case_to_json(case: Case) -> str:
    return json.dumps(case_to_dict(case), ensure_ascii=False, indent=2) + "\n"


def save_case(case: Case, path: Path | str) -> None:
    """Write the case atomically; raises `ua_desktop.core.storage.atomic.SaveError`."""
    write_text_atomically(Path(path), case_to_json(case))
