"""Fuzzing the case-file loader, the drafting of letters from whatever it
accepts, and the sheet importer: each either succeeds or refuses with its
own error class carrying a message for the user. Nothing else escapes.

The long run (100,000 inputs) is ``python tools/fuzz.py --count 100000``.
"""

from __future__ import annotations

import json
import random

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from fuzz_inputs import NASTY_TEXTS, mutate, mutate_bytes, to_json_bytes
from ua_desktop.core.case.model import Case
from ua_desktop.core.case.casefile import CaseFileError, case_from_json, case_to_dict, load_case
from ua_desktop.core.output.docx_letter import letter_to_docx_bytes
from ua_desktop.core.letters.drafting import DraftingError, LetterDrafter, LetterRequest
from ua_desktop.core.letters.letter import Sender
from ua_desktop.paths import sample_case_path

SAMPLE_BYTES = sample_case_path().read_bytes()
SAMPLE = json.loads(SAMPLE_BYTES)
DRAFTER = LetterDrafter()
FUZZ = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | st.text() | st.sampled_from(NASTY_TEXTS),
    lambda children: st.lists(children, max_size=5) | st.dictionaries(st.text(max_size=12), children, max_size=5),
    max_leaves=30,
)


def load_or_refuse(raw: bytes | str) -> Case | None:
    """The contract: a Case, or CaseFileError with a message."""
    try:
        case = case_from_json(raw, source_name="fuzz.json")
    except CaseFileError as error:
        assert str(error).strip(), "a refusal must say why"
        return None
    assert isinstance(case, Case)
    return case


def draft_every_letter(case: Case, docx: bool = False) -> None:
    """Every recipient in every language drafts, or refuses with DraftingError."""
    sender = Sender("Anna {{ 7*7 }}", "Lyon\x00", "France", ("1 rue\x07 X",))
    for index in range(max(1, len(case.recipients))):
        for code in DRAFTER.languages:
            try:
                letter = DRAFTER.draft(LetterRequest(case, index, code, sender))
            except DraftingError as error:
                assert str(error).strip()
                continue
            assert letter.text.strip()
            if docx:
                assert letter_to_docx_bytes(letter)[:2] == b"PK"


# ---------------------------------------------------------------- bytes


@FUZZ
@given(st.binary(max_size=4096))
def test_arbitrary_bytes_load_or_refuse(raw):
    load_or_refuse(raw)


@FUZZ
@given(st.randoms(use_true_random=False))
def test_damaged_sample_bytes_load_or_refuse(rng):
    case = load_or_refuse(mutate_bytes(SAMPLE_BYTES, rng))
    if case is not None:
        draft_every_letter(case)


# ---------------------------------------------------------------- structures


@FUZZ
@given(json_values)
def test_arbitrary_json_loads_or_refuses(value):
    load_or_refuse(json.dumps(value))
    load_or_refuse(json.dumps({"format": "ua-desktop-case", "version": 1, "people": value, "recipients": value,
                               "asks": value, "title": value}))


@FUZZ
@given(st.randoms(use_true_random=False))
def test_mutated_sample_cases_load_or_refuse_and_draft(rng):
    case = load_or_refuse(to_json_bytes(mutate(SAMPLE, rng)))
    if case is not None:
        draft_every_letter(case)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.randoms(use_true_random=False))
def test_any_accepted_case_exports_to_docx(rng):
    """python-docx refuses control characters with ValueError; whatever a
    case carries must be cleaned before it gets there."""
    case = load_or_refuse(to_json_bytes(mutate(SAMPLE, rng, rounds=2)))
    if case is not None:
        draft_every_letter(case, docx=True)


@FUZZ
@given(st.sampled_from(["title", "country", "summary", "background", "copies_note"]),
       st.text(alphabet=st.characters(codec="utf-8"), max_size=200))
def test_any_text_in_any_field_is_cleaned(field, text):
    data = dict(SAMPLE, **{field: text})
    case = load_or_refuse(json.dumps(data))
    assert case is not None
    value = getattr(case, field)
    assert not any(ch in value for ch in "\x00\x01\x08\x0b\x0c\x0e\x1f\ufffe\uffff")
    draft_every_letter(case)


# ---------------------------------------------------------------- the importer


def _import_text():
    try:
        from ua_desktop.core.importer import SheetImportError, import_text
    except ImportError:  # being written by another engineer
        pytest.skip("the importer is not there yet")
    return import_text, SheetImportError


@FUZZ
@given(st.text(max_size=3000))
def test_the_importer_imports_or_refuses_any_text(text):
    import_text, SheetImportError = _import_text()
    try:
        result = import_text(text)
    except SheetImportError as error:
        assert str(error).strip()
        return
    assert isinstance(result.case, Case)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.randoms(use_true_random=False))
def test_the_importer_survives_damaged_sheets(rng):
    import_text, SheetImportError = _import_text()
    from pathlib import Path

    fixtures = sorted((Path(__file__).parents[1] / "importer" / "fixtures").glob("*.txt"))
    if not fixtures:
        pytest.skip("no sample sheets")
    sheet = rng.choice(fixtures).read_bytes()
    text = mutate_bytes(sheet, rng).decode("utf-8", "replace")
    try:
        result = import_text(text)
    except SheetImportError:
        return
    case = load_or_refuse(json.dumps(case_to_dict(result.case), ensure_ascii=False))
    assert case is not None, "an imported case must save and load back"


def test_the_sample_case_loads_and_drafts():
    """The baseline the mutations start from is itself valid."""
    case = load_case(sample_case_path())
    draft_every_letter(case, docx=True)
    assert load_or_refuse(to_json_bytes(mutate(SAMPLE, random.Random(1), rounds=0))) == case
