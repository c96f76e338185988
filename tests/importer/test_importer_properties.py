"""Property-based: on any text, and on real-looking sheets damaged at random,
the importer returns a result or raises its own clear error, nothing else;
and what it returns is a valid case file."""

from __future__ import annotations

import random

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from importer_helpers import FIXTURES, make_pdf, seed_path

from ua_desktop.core.case.casefile import case_from_json, case_to_json
from ua_desktop.core.importer import ImportResult, SheetImportError, import_text
from ua_desktop.core.importer.extract import text_from_bytes

SHEETS = [seed_path().read_text(encoding="utf-8")] + [
    path.read_text(encoding="utf-8") for path in sorted(FIXTURES.glob("*.txt"))
]
SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
NOISE = ["\uf0ae", "\f", "\x00", "-\n", "\n\n", "Salutation:", "Fax", "Email: [email protected]", "URGENT ACTION",
         "(...)", "\u00a0", "¿", "ß", "ي", "Привет", "1", " I ", ";", "oder", "Twitter/X:", "\ud800", "\r"]


def check(text: str) -> None:
    try:
        result = import_text(text)
    except SheetImportError as error:
        message = str(error)
        assert message.strip() and len(message) < 500
        assert error.__cause__ is None, f"the safety net caught an internal error: {error.__cause__!r}"
        return
    assert isinstance(result, ImportResult)
    again = case_from_json(case_to_json(result.case))  # a valid case file
    assert again.people == result.case.people
    if result.complete:
        assert result.case.people and result.case.targets and result.case.deadline


@SETTINGS
@given(st.text(max_size=3000))
def test_arbitrary_text(text):
    check(text)


@SETTINGS
@given(st.lists(st.sampled_from(SHEETS[0].split("\n") + NOISE + ["PLEASE SEND APPEALS BEFORE 1 MAY 2011 TO:",
                                                                "And copies to:", "• release him;"]), max_size=80))
def test_lines_of_sheets_shuffled(lines):
    check("\n".join(lines))


@st.composite
def mutated_sheet(draw):
    text = draw(st.sampled_from(SHEETS))
    rng = random.Random(draw(st.integers(0, 2**32 - 1)))
    chars = list(text)
    for _ in range(draw(st.integers(1, 40))):
        kind = rng.random()
        position = rng.randrange(len(chars) + 1)
        if kind < 0.35 and chars:  # drop a run of characters (lost words, dropped accents)
            del chars[position:position + rng.randint(1, 30)]
        elif kind < 0.7:  # insert noise
            chars[position:position] = list(rng.choice(NOISE))
        elif kind < 0.85 and chars:  # duplicate a slice (repeated page headers)
            start = rng.randrange(len(chars))
            chars[position:position] = chars[start:start + rng.randint(1, 200)]
        else:  # cut the sheet short
            chars = chars[:position]
    return "".join(chars)


@SETTINGS
@given(mutated_sheet())
def test_mutated_real_looking_sheets(text):
    check(text)


@settings(max_examples=60, deadline=None)
@given(st.binary(max_size=2000))
def test_arbitrary_bytes_as_a_file(data):
    try:
        text = text_from_bytes(data, "sheet.bin")
    except SheetImportError:
        return
    check(text)


@settings(max_examples=40, deadline=None)
@given(st.integers(0, 2**32 - 1))
def test_damaged_pdf_bytes(seed):
    rng = random.Random(seed)
    data = bytearray(make_pdf([[(56, 700 - 14 * i, line) for i, line in enumerate(SHEETS[0].split("\n")[:40]) if line.strip()]],
                              compress=rng.random() < 0.5))
    for _ in range(rng.randint(1, 20)):
        position = rng.randrange(len(data))
        data[position] = rng.randrange(256)
    if rng.random() < 0.3:
        data = data[: rng.randrange(len(data))]
    try:
        text = text_from_bytes(bytes(data), "sheet.pdf")
    except SheetImportError:
        return
    check(text)
