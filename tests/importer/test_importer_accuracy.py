"""Field-level accuracy over the fixtures that carry a key (`*.key.json`).

The issue's aim is 95% of the facts right on complete sheets and 90% on sheets
cut short, on sheets nobody tuned on. The floors below are what the importer
reaches today (they may only go up); `benchmarks/bench_import_accuracy.py`
prints the full table per field. A third of the sheets are marked held out in
their key and are scored apart: no rule was tuned on them.
"""

from __future__ import annotations

import pytest
from import_accuracy import group, keyed_sheets, measure, report

#: (held out, cut short) -> the share of facts that must be right
FLOORS = {
    (False, False): 0.97,
    (False, True): 0.93,
    (True, False): 0.96,
    (True, True): 0.95,
}


@pytest.fixture(scope="module")
def tallies():
    return measure()


def test_the_keyed_fixtures_cover_the_families():
    keys = [key for _path, key in keyed_sheets()]
    assert len(keys) >= 40
    held_out = sum(key["held_out"] for key in keys)
    assert len(keys) * 0.25 <= held_out <= len(keys) * 0.45
    families = {key["family"] for key in keys}
    assert {"web page", "US action page", "German page", "French page", "Spanish page", "old email",
            "two-column PDF", "many people", "follow-up", "closure", "cut short", "no lexicon",
            "given names as countries"} <= families
    assert sum(key["cut_short"] for key in keys) >= 3


@pytest.mark.parametrize("held_out,cut_short", sorted(FLOORS))
def test_accuracy_floor(tallies, held_out, cut_short):
    part = group(tallies, held_out=held_out, cut_short=cut_short)
    assert part.sheets and part.total
    assert part.accuracy >= FLOORS[held_out, cut_short], "\n" + report(tallies)
