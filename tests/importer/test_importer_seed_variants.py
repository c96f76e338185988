"""Property: the bundled seed sheet with its white space changed (double spaces,
tabs between words as pypdf writes them, CRLF, no-break spaces, trailing spaces)
and its sections in another order imports to the same case. Every example must
reach the success path: a case equal to the seed's in every fact."""

from __future__ import annotations

import random

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from importer_helpers import seed_path

from ua_desktop.core.importer import import_text

SEED = seed_path().read_text(encoding="utf-8")
LINES = SEED.split("\n")
_BACKGROUND = next(i for i, line in enumerate(LINES) if "Background Information" in line)
_ASKS = next(i for i, line in enumerate(LINES) if line.startswith("PLEASE WRITE IMMEDIATELY"))
_APPEALS = next(i for i, line in enumerate(LINES) if line.startswith("PLEASE SEND APPEALS"))
HEAD = LINES[:_ASKS]
SECTIONS = {"asks": LINES[_ASKS:_APPEALS], "appeals": LINES[_APPEALS:_BACKGROUND], "background": LINES[_BACKGROUND:]}


def facts(case):
    return (
        tuple(p.name for p in case.people), case.country, case.deadline, case.write_languages,
        tuple(a.text for a in case.asks),
        tuple((r.role, r.name, r.title_lines, r.address_lines, r.country, r.fax, r.email, r.salutation, r.office)
              for r in case.recipients),
        case.copies_note, case.late_note,
    )


EXPECTED = facts(import_text(SEED).case)


def respace(text: str, kind: str, rng: random.Random) -> str:
    if kind == "double spaces":
        return text.replace(" ", "  ")
    if kind == "some double spaces":
        return "".join("  " if ch == " " and rng.random() < 0.3 else ch for ch in text)
    if kind == "tabs between words":
        return text.replace(" ", "\t")
    if kind == "crlf":
        return text.replace("\n", "\r\n")
    if kind == "nbsp":
        return "".join("\u00a0" if ch == " " and rng.random() < 0.5 else ch for ch in text)
    if kind == "trailing spaces":
        return text.replace("\n", "   \n")
    return text


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(order=st.permutations(sorted(SECTIONS)),
       spacing=st.sampled_from(["double spaces", "some double spaces", "tabs between words", "nbsp", "none"]),
       ends=st.lists(st.sampled_from(["crlf", "trailing spaces"]), unique=True),
       seed=st.integers(0, 2**16))
def test_whitespace_and_order_do_not_change_the_case(order, spacing, ends, seed):
    text = "\n".join(HEAD + [line for name in order for line in SECTIONS[name]])
    rng = random.Random(seed)
    for kind in ends + [spacing]:
        text = respace(text, kind, rng)
    assert facts(import_text(text).case) == EXPECTED, (order, spacing, ends)


def test_the_expected_case_is_the_full_seed():
    people, country, deadline, languages, asks, recipients, copies_note, late_note = EXPECTED
    assert people == ("Azimzhan Askarov",) and country == "Kyrgyzstan" and deadline and languages
    assert len(asks) == 5 and len(recipients) == 3 and copies_note and late_note
