"""Fuzzing the case-file loader, the drafting of letters from whatever it
accepts, and the sheet importer: each either succeeds or refuses with its
own planned error class carrying a message in plain words (see
``contract.py``). Nothing else escapes, and a crash of our own code wrapped
in a refusal counts as a crash.

Each test also counts its outcomes and checks that a real share of its
inputs reached the success path: inputs that are all refused test only the
refusal.

The long run (100,000 inputs) is ``python tools/fuzz.py --count 100000``.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from contract import Outcomes, check_refusal, planned_errors
from fuzz_inputs import NASTY_TEXTS, mutate, mutate_bytes, mutate_texts, to_json_bytes
from ua_desktop.core.case.model import Case
from ua_desktop.core.case.casefile import case_from_json, case_to_dict, load_case
from ua_desktop.core.importer import import_text
from ua_desktop.core.output.docx_letter import letter_to_docx_bytes
from ua_desktop.core.letters.drafting import LetterDrafter, LetterRequest
from ua_desktop.core.letters.letter import Sender
from ua_desktop.paths import sample_case_path

SAMPLE_BYTES = sample_case_path().read_bytes()
SAMPLE = json.loads(SAMPLE_BYTES)
SHEETS = sorted((Path(__file__).parents[1] / "importer" / "fixtures").glob("*.txt"))
DRAFTER = LetterDrafter()
PLANNED = planned_errors()
FUZZ = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | st.text() | st.sampled_from(NASTY_TEXTS),
    lambda children: st.lists(children, max_size=5) | st.dictionaries(st.text(max_size=12), children, max_size=5),
    max_leaves=30,
)

#: The sample case written the ways other programs write JSON: indented or
#: not, escaped or not, with a byte-order mark and surrounding white space.
sample_as_others_write_it = st.builds(
    lambda bom, indent, ascii_only, space: (bom + space + json.dumps(SAMPLE, indent=indent, ensure_ascii=ascii_only)
                                            + space).encode("utf-8"),
    st.sampled_from(["", "\ufeff"]), st.sampled_from([None, 0, 1, 4, "\t"]), st.booleans(),
    st.sampled_from(["", "\n", " \r\n\t "]))


def load_or_refuse(raw: bytes | str, outcomes: Outcomes | None = None) -> Case | None:
    """The contract: a Case, or a planned CaseFileError in plain words."""
    try:
        case = case_from_json(raw, source_name="fuzz.json")
    except Exception as error:  # noqa: BLE001 - check_refusal re-raises whatever is not planned
        check_refusal(error, PLANNED["casefile"])
        if outcomes is not None:
            outcomes["refused"] += 1
        return None
    assert isinstance(case, Case)
    if outcomes is not None:
        outcomes["loaded"] += 1
    return case


def draft_every_letter(case: Case, outcomes: Outcomes, docx: float = 0.0, rng: random.Random | None = None) -> None:
    """Every recipient in every language drafts, or refuses with a planned
    DraftingError; a share `docx` of the letters (all with 1.0) is also
    written as DOCX."""
    sender = Sender("Anna {{ 7*7 }}", "Lyon\x00", "France", ("1 rue\x07 X",))
    for index in range(max(1, len(case.recipients))):
        for code in DRAFTER.languages:
            try:
                letter = DRAFTER.draft(LetterRequest(case, index, code, sender))
            except Exception as error:  # noqa: BLE001
                check_refusal(error, PLANNED["drafting"])
                outcomes["not drafted"] += 1
                continue
            assert letter.text.strip()
            outcomes["drafted"] += 1
            if docx >= 1.0 or (docx and rng.random() < docx):
                assert letter_to_docx_bytes(letter)[:2] == b"PK"


# ---------------------------------------------------------------- bytes


def test_arbitrary_bytes_load_or_refuse():
    outcomes = Outcomes()

    @FUZZ
    @given(st.one_of(st.binary(max_size=4096), sample_as_others_write_it))
    def run(raw):
        load_or_refuse(raw, outcomes)

    run()
    outcomes.check_share("loaded", 0.1)


def test_damaged_sample_bytes_load_or_refuse():
    outcomes, drafted = Outcomes(), Outcomes()

    @FUZZ
    @given(st.randoms(use_true_random=False), st.integers(min_value=1, max_value=4), st.booleans())
    def run(rng, rounds, still_text):
        damaged = mutate_bytes(SAMPLE_BYTES, rng, rounds)
        if still_text:  # damage to the JSON only; bytes that are not UTF-8 are the other half
            damaged = damaged.decode("utf-8", "ignore").encode("utf-8")
        case = load_or_refuse(damaged, outcomes)
        if case is not None:
            draft_every_letter(case, drafted)

    run()
    outcomes.check_share("loaded", 0.05)
    drafted.check_share("drafted", 0.5)


# ---------------------------------------------------------------- structures


def test_arbitrary_json_loads_or_refuses():
    outcomes = Outcomes()

    @FUZZ
    @given(json_values, st.sampled_from(sorted(SAMPLE)))
    def run(value, field):
        load_or_refuse(json.dumps(value), outcomes)
        load_or_refuse(json.dumps({"format": "ua-desktop-case", "version": 1, "people": value, "recipients": value,
                                   "asks": value, "title": value}), outcomes)
        load_or_refuse(json.dumps(dict(SAMPLE, **{field: value})), outcomes)
        load_or_refuse(json.dumps(dict(SAMPLE, extra=value)), outcomes)  # what it does not know, it ignores

    run()
    outcomes.check_share("loaded", 0.15)


def test_mutated_sample_cases_load_or_refuse_and_draft():
    outcomes, drafted = Outcomes(), Outcomes()

    @FUZZ
    @given(st.randoms(use_true_random=False))
    def run(rng):
        case = load_or_refuse(to_json_bytes(mutate(SAMPLE, rng)), outcomes)
        if case is not None:
            draft_every_letter(case, drafted)

    run()
    outcomes.check_share("loaded", 0.08)
    drafted.check_share("drafted", 0.5)


def test_any_accepted_case_exports_to_docx():
    """python-docx refuses control characters with ValueError; whatever a
    case carries must be cleaned before it gets there. Hostile text goes into
    the case's text values, so that most cases load and reach the writer."""
    outcomes, drafted = Outcomes(), Outcomes()

    @settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(st.randoms(use_true_random=False))
    def run(rng):
        case = load_or_refuse(to_json_bytes(mutate_texts(SAMPLE, rng)), outcomes)
        if case is not None:
            draft_every_letter(case, drafted, docx=0.15, rng=rng)

    run()
    outcomes.check_share("loaded", 0.5)
    drafted.check_share("drafted", 0.5)


@FUZZ
@given(st.sampled_from(["title", "country", "summary", "background", "copies_note"]),
       st.text(alphabet=st.characters(codec="utf-8"), max_size=200))
def test_any_text_in_any_field_is_cleaned(field, text):
    """Every example reaches the success path: any text in these fields loads."""
    data = dict(SAMPLE, **{field: text})
    case = load_or_refuse(json.dumps(data))
    assert case is not None
    value = getattr(case, field)
    assert not any(ch in value for ch in "\x00\x01\x08\x0b\x0c\x0e\x1f\ufffe\uffff")
    drafted = Outcomes()
    draft_every_letter(case, drafted)
    drafted.check_share("drafted", 1.0)


# ---------------------------------------------------------------- the importer


def import_or_refuse(text: str, outcomes: Outcomes):
    try:
        result = import_text(text)
    except Exception as error:  # noqa: BLE001
        check_refusal(error, PLANNED["importer"])
        outcomes["refused"] += 1
        return None
    assert isinstance(result.case, Case)
    outcomes["imported"] += 1
    return result


def test_the_importer_imports_or_refuses_any_text():
    assert SHEETS, "the sample sheets are missing"
    outcomes = Outcomes()

    @FUZZ
    @given(st.one_of(st.text(max_size=3000), st.sampled_from(SHEETS).map(lambda p: p.read_text(encoding="utf-8")),
                     st.tuples(st.sampled_from(SHEETS), st.text(max_size=200)).map(
                         lambda pair: pair[0].read_text(encoding="utf-8") + pair[1])))
    def run(text):
        import_or_refuse(text, outcomes)

    run()
    outcomes.check_share("imported", 0.8)  # text is never refused; only blank text is


def test_the_importer_survives_damaged_sheets():
    assert SHEETS, "the sample sheets are missing"
    outcomes = Outcomes()

    @settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(st.randoms(use_true_random=False))
    def run(rng):
        sheet = rng.choice(SHEETS).read_bytes()
        result = import_or_refuse(mutate_bytes(sheet, rng).decode("utf-8", "replace"), outcomes)
        if result is not None:
            case = load_or_refuse(json.dumps(case_to_dict(result.case), ensure_ascii=False))
            assert case is not None, "an imported case must save and load back"

    run()
    outcomes.check_share("imported", 0.9)


def test_the_sample_case_loads_and_drafts():
    """The baseline the mutations start from is itself valid."""
    case = load_case(sample_case_path())
    drafted = Outcomes()
    draft_every_letter(case, drafted, docx=1.0)
    drafted.check_share("drafted", 1.0)
    assert load_or_refuse(to_json_bytes(mutate(SAMPLE, random.Random(1), rounds=0))) == case
