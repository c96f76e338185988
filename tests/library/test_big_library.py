"""A library of 1,000 cases works (its speed is in benchmarks/bench_library.py)."""

import datetime as dt

from library_helpers import generated_cases
from ua_desktop.core.library.store import CaseLibrary
from ua_desktop.core.library.entry import deadline_sort_key

TODAY = dt.date(2026, 11, 28)


def test_a_library_of_a_thousand_cases(tmp_path):
    library = CaseLibrary(tmp_path / "library")
    with library.batch():
        ids = [library.store(case, "generated").id for case in generated_cases(1000)]
    assert len(set(ids)) == 1000

    again = CaseLibrary(library.folder)
    rows = again.current_entries()
    assert len(rows) == 1000 and again.damage_notices == []
    assert len(again.search("")) == 1000
    assert [e.people_names for e in again.search("Lucia Hernandez 21")] == ["Lucía Hernández 21"]
    assert len(again.search("Lucia Hernandez")) == 3  # 21, 421, 821
    assert [e.people_names for e in again.search("UA 22/10")] == ["Lucía Hernández 21"]
    zuniga = again.search("ZUNIGA")
    assert len(zuniga) == len([e for e in rows if "Zúñiga" in e.people_names]) == 60
    assert len(again.search("mexico")) == len([e for e in rows if e.country == "Mexico"]) > 0

    ordered = sorted(rows, key=lambda e: deadline_sort_key(e, TODAY))
    days = [(e.deadline - TODAY).days for e in ordered]
    upcoming = [d for d in days if d >= 0]
    assert upcoming == sorted(upcoming) and days[: len(upcoming)] == upcoming  # soonest first, passed last
    assert days[len(upcoming):] == sorted(days[len(upcoming):], reverse=True)

    again.index_path.unlink()
    rebuilt = CaseLibrary(library.folder)
    assert {e.id: e for e in rebuilt.entries()} == {e.id: e for e in again.entries()}
