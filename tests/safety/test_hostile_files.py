"""Case files and templates from others may be hostile. Each is refused
with a clear message, or read with its text taken literally and cleaned;
none runs code, reads other files or takes the app down."""

from __future__ import annotations

import dataclasses
import json
import shutil
from pathlib import Path

import pytest

from ua_desktop.core.case.casefile import (MAX_FILE_BYTES, MAX_ITEMS, MAX_TEXT_CHARS, CaseFileError, case_from_json,
                                      load_case)
from ua_desktop.core.letters.drafting import DraftingError, LetterDrafter, LetterRequest
from ua_desktop.core.letters.letter import Sender
from ua_desktop.paths import resource, sample_case_path

SAMPLE = json.loads(sample_case_path().read_text(encoding="utf-8"))
PAYLOADS = (
    "{{ 7*7 }}",
    "{{ ''.__class__.__mro__[1].__subclasses__() }}",
    "{% for i in range(99999) %}{{ i }}{% endfor %}",
    "{{ cycler.__init__.__globals__.os.popen('id').read() }}",
    "{% include '/etc/passwd' %}",
)


def write(tmp_path: Path, data, name="case.json") -> Path:
    path = tmp_path / name
    path.write_text(data if isinstance(data, str) else json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def refusal(path: Path) -> str:
    with pytest.raises(CaseFileError) as caught:
        load_case(path)
    message = str(caught.value)
    assert path.name in message, "the message names the file"
    assert "Traceback" not in message and "Error" not in message.split(":")[0]
    return message


# ---------------------------------------------------------------- refused, clearly


def test_a_huge_file_is_refused_before_it_is_read(tmp_path):
    path = tmp_path / "huge.json"
    with path.open("wb") as handle:
        handle.truncate(MAX_FILE_BYTES + 1)
    assert "too large to be a case file" in refusal(path)


def test_deep_nesting_is_refused(tmp_path):
    assert "damaged or is not a UA Desktop case file" in refusal(write(tmp_path, "[" * 200_000 + "]" * 200_000))
    nested = "{\"format\": \"ua-desktop-case\", \"version\": 1, \"people\": " + "[" * 50_000 + "]" * 50_000 + "}"
    refusal(write(tmp_path, nested))


def test_huge_strings_are_refused(tmp_path):
    message = refusal(write(tmp_path, dict(SAMPLE, title="A" * (MAX_TEXT_CHARS + 1))))
    assert "Where: Title of the case\nProblem: This is too long." in message


def test_too_many_entries_are_refused(tmp_path):
    person = {"name": "X"}
    message = refusal(write(tmp_path, dict(SAMPLE, people=[person] * (MAX_ITEMS + 1))))
    assert "Where: People at risk\nProblem: This has too many entries." in message


@pytest.mark.parametrize("change, expected", [
    ({"title": 5}, "Where: Title of the case\nProblem: This should be text."),
    ({"people": "Azimzhan"}, "Where: People at risk\nProblem: This should be a list."),
    ({"people": [5]}, "Where: Person 1\nProblem: This should be a group of named values."),
    ({"people": [{"gender": "male"}]}, "Where: Person 1, Name\nProblem: This is missing."),
    ({"recipients": [{"name": "X", "role": "boss"}]}, "Where: Recipient 1, Role\nProblem: This should be one of: target, copy."),
    ({"deadline": "30/07/2010"}, "Where: Deadline\nProblem: This should be a date like 2010-07-30."),
    ({"letter_facts": ["x"]}, "Where: Facts for the letter\nProblem: This should be a group of named values."),
    ({"version": "1"}, "its format version is missing"),
    ({"version": 99}, "made by a newer version of UA Desktop"),
    ({"format": "something-else"}, "is not a UA Desktop case file"),
])
def test_wrong_types_are_refused_with_where_and_what(tmp_path, change, expected):
    assert expected in refusal(write(tmp_path, dict(SAMPLE, **change)))


@pytest.mark.parametrize("content", [b"\x89PNG\r\n\x1a\n\x00\x00", b"PK\x03\x04zipzip", b"", b"null", b"[]",
                                     b"\xff\xfe{\x00}\x00", "{\"format\": \"ua-desktop-case\"".encode()])
def test_files_that_are_not_case_files_are_refused(tmp_path, content):
    path = tmp_path / "odd.json"
    path.write_bytes(content)
    refusal(path)


def test_a_folder_is_not_a_case_file(tmp_path):
    folder = tmp_path / "folder.json"
    folder.mkdir()
    assert "is a folder" in refusal(folder)


# ---------------------------------------------------------------- taken literally, cleaned


def every_string(value):
    if isinstance(value, str):
        yield value
    elif dataclasses.is_dataclass(value):
        for item in dataclasses.fields(value):
            yield from every_string(getattr(value, item.name))
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from every_string(key)
            yield from every_string(item)
    elif isinstance(value, (list, tuple)):
        for item in value:
            yield from every_string(item)


def fill_every_text(node, text):
    """The sample case with every text in it replaced by `text`, keys and
    the few closed vocabularies (format, role, gender, dates) kept."""
    keep = {"format", "role", "gender", "deadline", "issued", "write_languages", "source_language", "status"}
    if isinstance(node, dict):
        return {key: (value if key in keep else fill_every_text(value, text)) for key, value in node.items()}
    if isinstance(node, list):
        return [fill_every_text(item, text) for item in node]
    return text if isinstance(node, str) else node


@pytest.mark.parametrize("payload", PAYLOADS)
def test_template_syntax_in_every_field_is_printed_as_typed(payload):
    case = case_from_json(json.dumps(fill_every_text(SAMPLE, payload)))
    drafter = LetterDrafter()
    for code in drafter.languages:
        letter = drafter.draft(LetterRequest(case, 0, code, Sender(payload, payload, payload)))
        assert payload in letter.text or payload.upper() in letter.text
        assert "49" not in letter.text and "root:" not in letter.text and "uid=" not in letter.text
        assert "<class" not in letter.text


def test_control_characters_are_cleaned_everywhere():
    nasty = "A\x00B\x01C\x08D\x0bE\x0cF\x0eG\x1fH\x7fI\ufffeJ\uffffK\u2028L"
    case = case_from_json(json.dumps(fill_every_text(SAMPLE, nasty)))
    strings = list(every_string(case))
    assert len(strings) > 50
    for text in strings:
        assert not any(ch in text for ch in "\x00\x01\x08\x0b\x0c\x0e\x1f\x7f\ufffe\uffff"), repr(text)


# ---------------------------------------------------------------- hostile templates


@pytest.fixture
def letters(tmp_path):
    """A copy of the English letter language, whose template a test replaces."""
    folder = tmp_path / "letters"
    shutil.copytree(resource("letters", "en"), folder / "en")
    return folder


def draft_with_template(letters: Path, template: str):
    (letters / "en" / "letter.txt.j2").write_text(template, encoding="utf-8")
    drafter = LetterDrafter(letters)
    return drafter.draft(LetterRequest(load_case(sample_case_path()), 0, "en"))


@pytest.mark.parametrize("template", [
    "{{ ''.__class__.__mro__[1].__subclasses__() }}",
    "{{ recipient.__class__ }}",
    "{{ names.__globals__['__builtins__'] }}",
    "{{ cycler.__init__.__globals__.os.system('id') }}",
    "{{ date.format.__globals__ }}",
    "{% include '/etc/passwd' %}",
    "{% include '../../../../etc/passwd' %}",
    "{{ config.items() }}",
    "{% for x in %}",
])
def test_a_hostile_template_is_refused_with_a_message(letters, template):
    with pytest.raises(DraftingError) as caught:
        draft_with_template(letters, template)
    assert "The letter template for English has a problem" in str(caught.value)


def test_an_oversized_template_is_refused(letters):
    with pytest.raises(DraftingError):
        draft_with_template(letters, "x" * 300_000)


# Gaps found by the hostile-file work, kept as checks.


def test_a_template_asking_for_a_huge_range_is_refused(letters):
    with pytest.raises(DraftingError):
        draft_with_template(letters, "{{ range(10**9)|list }}")


def test_a_template_making_a_huge_letter_is_refused(letters):
    with pytest.raises(DraftingError):
        draft_with_template(letters, "{{ 'a' * 10**8 }}")


def test_a_damaged_language_file_is_skipped_not_fatal(letters):
    shutil.copytree(letters / "en", letters / "xx")
    (letters / "xx" / "language.json").write_text('{"code": 5', encoding="utf-8")
    drafter = LetterDrafter(letters)
    assert list(drafter.languages) == ["en"]


@pytest.mark.parametrize("change, place", [
    ({"recipients": [{"name": "X", "localized": {"ru": {"salutation": 5}}}]}, "Recipient 1, Russian (русский), Salutation"),
    ({"people": [{"name": "X", "forms": {"ky": {"gen": 5}}}]}, "Person 1, Forms of the name, Kyrgyz (кыргызча), “gen”"),
    ({"asks": [{"text": "Free him", "requests": [{"kind": 5}]}]}, "Request 1, Part 1, Kind of request"),
])
def test_damage_deep_inside_is_named_in_plain_words(tmp_path, change, place):
    message = refusal(write(tmp_path, dict(SAMPLE, **change)))
    assert f"Where: {place}\n" in message
    assert "[" not in message and "." not in message.split("Where:")[1].split("\n")[0]


def test_the_place_is_named_in_the_window_language(tmp_path):
    from ua_desktop import i18n

    i18n.set_language("de")
    try:
        message = refusal(write(tmp_path, dict(SAMPLE, recipients=[{"name": "X", "fax": 5}])))
    finally:
        i18n.set_language("en")
    assert "Empfänger 1, Faxnummer" in message and "Where" not in message
