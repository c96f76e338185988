"""The case library on disk: adding, duplicates, conflicts, search, flags,
and what happens when the index, a case file or the folder misbehaves."""

import datetime as dt
import json

import pytest

from library_helpers import case_files, make_case
from ua_desktop.core.library import store as library_module
from ua_desktop.core.storage.atomic import SaveError
from ua_desktop.core.case.casefile import case_to_dict, load_case
from ua_desktop.core.library.store import AddKind, CaseLibrary, LibraryError, Resolution
from ua_desktop.paths import sample_case_path


def reopen(library):
    return CaseLibrary(library.folder)


def test_a_new_case_is_kept_listed_and_read_back(library):
    case = load_case(sample_case_path())
    result = library.add(case, "sample")
    assert result.kind is AddKind.NEW and not result.conflict
    entry = result.entry
    assert entry.people_names == "Azimzhan Askarov" and entry.country == "Kyrgyzstan"
    assert entry.deadline == dt.date(2010, 7, 30) and entry.write_languages == ("ru", "ky", "en")
    assert entry.source_name == "sample"
    assert case_files(library) == [f"{entry.id}.json"]
    again = reopen(library)
    assert [e.id for e in again.current_entries()] == [entry.id]
    assert again.entry(entry.id) == entry
    assert case_to_dict(again.get(entry.id)) == case_to_dict(case)


def test_the_same_case_twice_is_recognised_and_not_written_again(library):
    first = library.add(make_case(), "a.json").entry
    result = library.add(make_case(), "b.json")
    assert result.kind is AddKind.DUPLICATE
    assert result.existing.id == first.id and "already in your library" in result.message
    assert len(case_files(library)) == 1


def test_same_ua_number_with_other_content_asks_and_writes_nothing(library):
    first = library.add(make_case()).entry
    before = (library.cases_dir / f"{first.id}.json").read_bytes()
    changed = make_case(asks=("release him now", "protect his family"))
    result = library.add(changed, "edited.json")
    assert result.conflict and result.existing.id == first.id
    assert result.suggestion is Resolution.KEEP_BOTH
    assert "Azimzhan Askarov" in result.message and "different content" in result.message
    assert len(case_files(library)) == 1
    assert (library.cases_dir / f"{first.id}.json").read_bytes() == before

    assert library.resolve(changed, result, Resolution.SKIP) is None
    assert len(library) == 1
    replaced = library.resolve(changed, result, Resolution.REPLACE)
    assert replaced.id == first.id and replaced.added == first.added
    assert [a.text for a in library.get(first.id).asks] == ["release him now", "protect his family"]
    assert len(case_files(library)) == 1


def test_keeping_both_versions(library):
    first = library.add(make_case()).entry
    other = make_case(asks=("another ask",))
    result = library.add(other)
    second = library.resolve(other, result, Resolution.KEEP_BOTH)
    assert second.id != first.id and len(library.current_entries()) == 2
    assert library.check(other).kind is AddKind.DUPLICATE


def test_same_people_and_country_without_a_number_is_a_conflict(library):
    library.add(make_case(ua_number=""))
    result = library.add(make_case(ua_number="", title="Another title"))
    assert result.conflict
    assert library.add(make_case(name="Someone Else", ua_number="")).kind is AddKind.NEW
    assert library.add(make_case(ua_number="", country="Kazakhstan")).kind is AddKind.NEW


@pytest.fixture
def filled(library):
    library.add(make_case(forms={"ru": {"nom": "Азимжан Аскаров"}}))
    library.add(make_case("Lucía Hernández Morales", "Mexico", "UA 203/12"))
    library.add(make_case("Yasaman Aryani; Monireh Arabshahi", "Iran", "UA 42/19"))
    library.add(make_case("Majid Kazemi", "Iran", "UA: 61/2023"))
    return library


@pytest.mark.parametrize("typed, expected", [
    ("", {"Azimzhan Askarov", "Lucía Hernández Morales", "Yasaman Aryani, Monireh Arabshahi", "Majid Kazemi"}),
    ("lucia", {"Lucía Hernández Morales"}),
    ("HERNANDEZ mor", {"Lucía Hernández Morales"}),
    ("Hernández", {"Lucía Hernández Morales"}),
    ("iran", {"Yasaman Aryani, Monireh Arabshahi", "Majid Kazemi"}),
    ("iran aryani", {"Yasaman Aryani, Monireh Arabshahi"}),
    ("monireh", {"Yasaman Aryani, Monireh Arabshahi"}),
    ("135/10", {"Azimzhan Askarov"}),
    ("UA 135/10", {"Azimzhan Askarov"}),
    ("ua135/10", {"Azimzhan Askarov"}),
    ("135/2010", {"Azimzhan Askarov"}),
    ("35/10", set()),  # numbers match from their start
    ("61/23", {"Majid Kazemi"}),
    ("аскаров", {"Azimzhan Askarov"}),
    ("kyrgyz", {"Azimzhan Askarov"}),
    ("nobody", set()),
])
def test_search_as_you_type(filled, typed, expected):
    assert {e.people_names for e in filled.search(typed)} == expected


def test_archive_hides_a_case_and_survives_reopening(filled):
    kazemi = filled.search("kazemi")[0]
    filled.set_archived(kazemi.id)
    assert "Majid Kazemi" not in {e.people_names for e in filled.current_entries()}
    assert filled.search("kazemi") == []
    assert [e.people_names for e in filled.archived_entries()] == ["Majid Kazemi"]
    again = reopen(filled)
    assert [e.people_names for e in again.archived_entries()] == ["Majid Kazemi"]
    again.set_archived(kazemi.id, False)
    assert "Majid Kazemi" in {e.people_names for e in reopen(again).current_entries()}


def test_cases_offered_at_the_event(filled):
    assert filled.offered_entries() == []
    for name in ("lucia", "askarov"):
        filled.set_offered_at_event(filled.search(name)[0].id)
    assert {e.people_names for e in filled.offered_entries()} == {"Lucía Hernández Morales", "Azimzhan Askarov"}
    filled.set_archived(filled.search("askarov")[0].id)
    assert {e.people_names for e in reopen(filled).offered_entries()} == {"Lucía Hernández Morales"}


def test_the_case_last_worked_on_is_remembered(filled):
    assert filled.last_worked_on == ""
    lucia = filled.search("lucia")[0].id
    filled.last_worked_on = lucia
    assert reopen(filled).last_worked_on == lucia
    filled.last_worked_on = "gone-123"
    assert reopen(filled).last_worked_on == ""


@pytest.mark.parametrize("damage", [b"", b"{not json", b'{"format": "something else"}', b"\xff\xfe\x00",
                                    b'{"format": "ua-desktop-library-index", "version": 1, "entries": [{"id": 3}]}'])
def test_a_damaged_index_is_rebuilt_from_the_case_files(filled, damage):
    lucia = filled.search("lucia")[0]
    filled.set_archived(filled.search("kazemi")[0].id)
    filled.set_offered_at_event(lucia.id)
    before = {e.id: e for e in filled.entries()}
    filled.index_path.write_bytes(damage)
    again = reopen(filled)
    assert {e.id: e for e in again.entries()} == before
    assert [e.people_names for e in again.offered_entries()] == ["Lucía Hernández Morales"]
    assert json.loads(again.index_path.read_text())["format"] == "ua-desktop-library-index"
    copies = list(filled.folder.glob("index.json.*.damaged"))
    if damage.startswith(b'{"format": "something else"}'):  # sound JSON of another kind: simply replaced
        assert copies == [] and again.damage_notices == []
    else:  # damaged: a dated copy, and the user is told no case was lost
        assert [c.read_bytes() for c in copies] == [damage]
        [notice] = again.damage_notices
        assert str(copies[0]) in notice.message and "no case was lost" in notice.message


def test_a_missing_index_is_rebuilt(filled):
    before = {e.id: e for e in filled.entries()}
    filled.index_path.unlink()
    assert {e.id: e for e in reopen(filled).entries()} == before


def test_a_case_file_changed_outside_the_app_is_read_again(filled):
    lucia = filled.search("lucia")[0]
    path = filled.cases_dir / f"{lucia.id}.json"
    data = json.loads(path.read_text())
    data["country"] = "Guatemala"
    path.write_text(json.dumps(data))
    assert reopen(filled).entry(lucia.id).country == "Guatemala"


def test_a_damaged_case_file_is_reported_and_kept(filled):
    lucia = filled.search("lucia")[0]
    path = filled.cases_dir / f"{lucia.id}.json"
    path.write_text("{ this is not a case")
    again = reopen(filled)
    assert lucia.id not in again and len(again.current_entries()) == 3
    [copy] = filled.cases_dir.glob(f"{lucia.id}.json.*.damaged")
    assert copy.read_text() == "{ this is not a case"
    [notice] = again.damage_notices
    assert path.name in notice.message and str(copy) in notice.message and "damaged" in notice.message
    assert reopen(filled).damage_notices == [], "told once: the copy is not listed again"


def test_a_folder_that_cannot_be_written_gives_a_message_and_changes_nothing(filled, monkeypatch):
    before = {e.id: e for e in filled.entries()}
    files = case_files(filled)

    def refuse(path, text):
        raise SaveError(f"UA Desktop is not allowed to save in {path.parent}. Choose another folder.")

    monkeypatch.setattr(library_module, "write_text_atomically", refuse)
    with pytest.raises(LibraryError) as error:
        filled.add(make_case("New Person", "Chile", "UA 1/20"))
    assert "not allowed to save" in str(error.value) and "Nothing in your library was changed" in str(error.value)
    with pytest.raises(LibraryError):
        filled.set_archived(filled.search("lucia")[0].id)
    filled.last_worked_on = filled.search("lucia")[0].id  # the index is a cache: no error
    assert {e.id: e for e in filled.entries()} == before
    monkeypatch.undo()
    assert case_files(filled) == files
    assert {e.id: e for e in reopen(filled).entries()} == before


def test_a_library_folder_that_cannot_be_made(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(LibraryError, match="cannot be created"):
        CaseLibrary(blocker / "library")


def test_a_failure_half_way_through_many_changes_loses_nothing(filled, monkeypatch):
    before = {e.id: e for e in filled.entries()}
    real = library_module.write_text_atomically
    calls = []

    def fail_on_third(path, text):
        calls.append(path)
        if len(calls) == 3:
            raise SaveError("The disk is full.")
        real(path, text)

    monkeypatch.setattr(library_module, "write_text_atomically", fail_on_third)
    with pytest.raises(LibraryError, match="disk is full"):
        with filled.batch():
            for number in range(1, 6):
                filled.store(make_case(f"Person {number}", "Chile", f"UA {number}/20"))
    monkeypatch.undo()
    again = reopen(filled)
    for entry_id, entry in before.items():
        assert again.entry(entry_id) == entry
    assert {e.people_names for e in again.search("chile")} == {"Person 1", "Person 2"}
    assert not [p for p in filled.cases_dir.iterdir() if p.name.endswith(".tmp")]


def test_a_crash_before_the_index_is_written_loses_nothing(filled, monkeypatch):
    monkeypatch.setattr(CaseLibrary, "_write_index_quietly", lambda self: None)  # the app dies first
    added = filled.add(make_case("Late Person", "Chile", "UA 9/20")).entry
    monkeypatch.undo()
    again = reopen(filled)
    assert again.entry(added.id).people_names == "Late Person"
    assert len(again.current_entries()) == 5


def test_unknown_ids_give_a_plain_message(library):
    with pytest.raises(LibraryError, match="no longer in the library"):
        library.get("nothing-here")


def test_a_case_file_deleted_by_hand_leaves_the_list(filled):
    lucia = filled.search("lucia")[0]
    (filled.cases_dir / f"{lucia.id}.json").unlink()
    again = reopen(filled)
    assert lucia.id not in again and len(again) == 3
