"""Property-based: on any text, and on real-looking sheets damaged at random,
the importer returns a result (text is never refused; only an empty paste is),
nothing else; what it returns is a valid case file; and a real share of the
examples reaches the success path (a result, and for damaged sheets a case
with people and someone to write to)."""

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
SETTINGS = settings(max_examples=150, deadline=None, derandomize=True,  # shares measured on the same examples each run
                    suppress_health_check=[HealthCheck.too_slow])
NOISE = ["\uf0ae", "\f", "\x00", "-\n", "\n\n", "Salutation:", "Fax", "Email: [email protected]", "URGENT ACTION",
         "(...)", "\u00a0", "¿", "ß", "ي", "Привет", "1", " I ", ";", "oder", "Twitter/X:", "\ud800", "\r"]


def check(text: str) -> str:
    """'refused' (an empty paste, with its message), 'imported' (a result), 'some facts' (a result with
    people, recipients, requests, a deadline or a country) or 'found' (people, and a target or a request)."""
    try:
        result = import_text(text)
    except SheetImportError as error:
        message = str(error)
        assert "no text" in message.lower(), f"text was refused: {message}"
        assert error.__cause__ is None, f"an internal error was turned into a refusal: {error.__cause__!r}"
        return "refused"
    assert isinstance(result, ImportResult)
    again = case_from_json(case_to_json(result.case))  # a valid case file
    assert again.people == result.case.people
    case = result.case
    if result.complete:
        assert case.people and case.country
        assert case.status == "no_further_action" or (case.targets and case.deadline)
    if case.people and (case.targets or case.asks):
        return "found"
    return "some facts" if (case.people or case.targets or case.asks or case.deadline or case.country) else "imported"


def run_collecting(strategy, settings_=SETTINGS) -> list[str]:
    outcomes: list[str] = []

    @settings_
    @given(strategy)
    def run(value):
        outcomes.append(check(value))

    run()
    return outcomes


def test_arbitrary_text():
    outcomes = run_collecting(st.text(max_size=3000))
    assert outcomes.count("refused") <= len(outcomes) * 0.2  # only texts that are all blanks and control characters


def test_lines_of_sheets_shuffled():
    lines = st.lists(st.sampled_from(SHEETS[0].split("\n") + NOISE + [
        "PLEASE SEND APPEALS BEFORE 1 MAY 2011 TO:", "And copies to:", "• release him;"]), min_size=1, max_size=80)
    outcomes = run_collecting(lines.map("\n".join))
    assert outcomes.count("refused") <= len(outcomes) * 0.2
    assert outcomes.count("some facts") + outcomes.count("found") >= len(outcomes) * 0.3


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


def test_mutated_real_looking_sheets():
    outcomes = run_collecting(mutated_sheet())
    assert outcomes.count("found") >= len(outcomes) * 0.3


@settings(max_examples=60, deadline=None)
@given(st.binary(max_size=2000))
def test_arbitrary_bytes_as_a_file(data):
    try:
        text = text_from_bytes(data, "sheet.bin")
    except SheetImportError:
        return  # an unreadable file: a planned refusal
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
