"""Follow-up sheets: linked to their case, shown as its history, drafted
from the newest requests and recipients, and "no further action"."""

import datetime as dt
from pathlib import Path

from library_helpers import make_case
from ua_desktop.core.importer import import_file
from ua_desktop.core.library.store import AddKind, CaseLibrary, Resolution

FIXTURES = Path(__file__).resolve().parent.parent / "importer" / "fixtures"


def original(**changes):
    return make_case(**({"forms": {"ru": {"nom": "Азимжан Аскаров", "gen": "Азимжана Аскарова"}}} | changes))


def further(**changes):
    values = dict(title="Further information on UA 135/10: Defender sentenced", ua_number="UA 135/10",
                  issued=dt.date(2010, 9, 20), deadline=dt.date(2010, 11, 1),
                  asks=("quash the sentence",), recipients=("Prosecutor",))
    return make_case(**(values | changes))


def test_a_follow_up_is_linked_by_its_ua_number(library):
    first = library.add(original()).entry
    result = library.add(further(), "fi.pdf")
    assert result.kind is AddKind.FOLLOW_UP and not result.conflict
    assert result.existing.id == first.id and result.entry.follows == first.id
    assert "update of UA 135/10" in result.message
    assert [e.id for e in library.history(first.id)] == [first.id, result.entry.id]
    assert [e.id for e in library.history(result.entry.id)] == [first.id, result.entry.id]
    assert library.newest_in_chain(first.id).id == result.entry.id
    # one row per case: the newest sheet, with its deadline
    rows = library.current_entries()
    assert [e.id for e in rows] == [result.entry.id] and rows[0].deadline == dt.date(2010, 11, 1)


def test_follow_up_wording_in_the_number_field_or_the_sheet_text(library):
    library.add(original())
    assert library.add(further(title="Defender sentenced", ua_number="FI on UA 135/10")).kind is AddKind.FOLLOW_UP
    third = make_case(title="Sentence upheld", issued=dt.date(2011, 1, 5), asks=("release him now",))
    assert library.check(third).conflict  # same number, no sign of a follow-up: ask
    result = library.add(third, "sheet.txt", source_text="URGENT ACTION\nThird UA 135/10\n...")
    assert result.kind is AddKind.FOLLOW_UP
    assert [e.title for e in library.history(result.entry.id)] == [
        "Defender at risk", "Defender sentenced", "Sentence upheld"]


def test_the_chain_stays_linked_after_reopening(library):
    first = library.add(original()).entry
    second = library.add(further()).entry
    again = CaseLibrary(library.folder)
    assert [e.id for e in again.history(second.id)] == [first.id, second.id]
    library.index_path.unlink()  # even when the index is rebuilt
    assert [e.id for e in CaseLibrary(library.folder).history(first.id)] == [first.id, second.id]


def test_letters_are_drafted_from_the_newest_asks_and_recipients(library):
    first = library.add(original()).entry
    second = library.add(further()).entry
    case = library.case_for_letters(first.id)
    assert [a.text for a in case.asks] == ["quash the sentence"]
    assert [r.name for r in case.recipients] == ["Prosecutor"]
    # the name in Cyrillic comes from the first sheet when the update lacks it
    assert case.people[0].form("ru", "gen") == "Азимжана Аскарова"
    assert case == library.case_for_letters(second.id)


def test_what_a_short_update_leaves_out_comes_from_earlier_sheets(library):
    library.add(original())
    short = library.add(further(asks=(), recipients=())).entry
    case = library.case_for_letters(short.id)
    assert [a.text for a in case.asks] == ["release him"]
    assert [r.name for r in case.recipients] == ["Minister"]
    assert case.deadline == dt.date(2010, 11, 1)


def test_no_further_action_is_said_before_anyone_writes(library):
    library.add(original())
    closed = further(title="Further information on UA 135/10: Defender released", asks=(), recipients=(),
                     deadline=None, status="no_further_action",
                     status_note="Azimzhan Askarov was released on 1 December. No further action is requested.")
    result = library.add(closed)
    assert result.kind is AddKind.FOLLOW_UP
    row = library.current_entries()[0]
    assert row.closed and "released" in row.status_note
    case = library.case_for_letters(row.id)
    assert case.status == "no_further_action" and "No further action" in case.status_note


def test_a_real_no_further_action_sheet_links_to_its_case(library):
    first = library.add(make_case("Lucía Hernández Morales", "Mexico", "UA 203/12", title="Activist held",
                                  issued=dt.date(2012, 7, 3))).entry
    imported = import_file(FIXTURES / "further-no-action-mexico.txt")
    result = library.add(imported.case, "further-no-action-mexico.txt", imported.source_text)
    assert result.kind is AddKind.FOLLOW_UP and result.existing.id == first.id
    row = library.newest_in_chain(first.id)
    assert row.closed and row.status_note.startswith("No further action")
    assert library.search("lucia") == [row]


def test_an_update_whose_number_does_not_match_asks_first(library):
    first = library.add(original()).entry
    odd = further(ua_number="UA 999/10", title="Further information on UA 999/10: Defender sentenced")
    result = library.add(odd)
    assert result.conflict and result.suggestion is Resolution.LINK and result.existing.id == first.id
    assert "looks like an update" in result.message and len(library) == 1
    linked = library.resolve(odd, result, Resolution.LINK, "odd.pdf")
    assert linked.follows == first.id
    assert [e.id for e in library.history(first.id)] == [first.id, linked.id]


def test_a_sheet_imported_late_goes_to_its_place_in_the_history(library):
    first = library.add(original()).entry
    third = library.add(further(title="Third UA 135/10", issued=dt.date(2011, 3, 1))).entry
    second = library.add(further(issued=dt.date(2010, 9, 20))).entry
    assert [e.id for e in library.history(first.id)] == [first.id, second.id, third.id]
    assert library.newest_in_chain(second.id).id == third.id
    assert library.entry(third.id).follows == second.id


def test_flags_belong_to_the_whole_case(library):
    first = library.add(original()).entry
    library.set_offered_at_event(first.id)
    second = library.add(further()).entry
    assert second.offered  # an update of an offered case is offered too
    assert [e.id for e in library.offered_entries()] == [second.id]
    library.set_archived(second.id)
    assert all(e.archived for e in library.history(first.id))
    assert library.current_entries() == [] and library.offered_entries() == []


def test_search_finds_a_case_by_any_of_its_sheets(library):
    library.add(original(name="Azimzhan Askarov"))
    library.add(further(name="Azimjan Askarov"))  # the update spells the name another way
    assert len(library.search("azimzhan")) == 1 and len(library.search("azimjan")) == 1
