"""Handing cases to another laptop: export, import, duplicates, conflicts,
and files that are damaged, foreign or hostile."""

import datetime as dt
import io
import json
import zipfile

import pytest

from library_helpers import case_files, make_case
from ua_desktop.core.library import bundle as case_bundle
from ua_desktop.core.library import store as library_module
from ua_desktop.core.storage.atomic import SaveError
from ua_desktop.core.library.bundle import (BundleError, apply_import, bundle_from_bytes, export_bundle, plan_import,
                                         read_bundle)
from ua_desktop.core.case.casefile import case_to_dict, case_to_json
from ua_desktop.core.library.store import AddKind, CaseLibrary, LibraryError, Resolution


@pytest.fixture
def organiser(tmp_path):
    library = CaseLibrary(tmp_path / "organiser")
    askarov = library.add(make_case()).entry
    library.add(make_case(title="Further information on UA 135/10", issued=dt.date(2010, 9, 1),
                          asks=("quash the sentence",)))
    lucia = library.add(make_case("Lucía Hernández Morales", "Mexico", "UA 203/12")).entry
    library.add(make_case("Majid Kazemi", "Iran", "UA 61/23"))
    library.set_offered_at_event(lucia.id)
    library.set_offered_at_event(askarov.id)
    return library


def export_all(library, path):
    return export_bundle(library, [e.id for e in library.current_entries()], path)


def test_round_trip_to_an_empty_library(organiser, tmp_path):
    path = tmp_path / "event.uacases"
    assert export_all(organiser, path) == 4  # three cases, one with an update
    laptop = CaseLibrary(tmp_path / "laptop")
    plan = plan_import(laptop, read_bundle(path))
    assert [p.kind for p in plan.items] == [AddKind.NEW, AddKind.FOLLOW_UP, AddKind.NEW, AddKind.NEW]
    assert plan.summary() == ("The file holds 4 cases. 3 are new. 1 is an update of a case you have; "
                              "it will be added to its history.")
    assert case_files(laptop) == []  # planning writes nothing
    report = apply_import(laptop, plan)
    assert (report.added, report.linked) == (3, 1)
    assert {e.people_names for e in laptop.offered_entries()} == {"Azimzhan Askarov", "Lucía Hernández Morales"}
    newest = laptop.search("askarov")[0]
    assert [e.title for e in laptop.history(newest.id)] == ["Defender at risk", "Further information on UA 135/10"]
    for entry in organiser.entries():
        copy = laptop.check(organiser.get(entry.id))
        assert copy.kind is AddKind.DUPLICATE
        assert case_to_dict(laptop.get(copy.existing.id)) == case_to_dict(organiser.get(entry.id))


def test_importing_the_same_file_again_changes_nothing(organiser, tmp_path):
    path = tmp_path / "event.uacases"
    export_all(organiser, path)
    laptop = CaseLibrary(tmp_path / "laptop")
    apply_import(laptop, plan_import(laptop, read_bundle(path)))
    stamps = {p.name: p.stat().st_mtime_ns for p in laptop.cases_dir.iterdir()}
    plan = plan_import(laptop, read_bundle(path))
    assert plan.count(AddKind.DUPLICATE) == 4
    assert "4 are already in your library" in plan.summary()
    report = apply_import(laptop, plan)
    assert report.unchanged == 4 and report.summary() == "4 cases were already there and were left as they are."
    assert {p.name: p.stat().st_mtime_ns for p in laptop.cases_dir.iterdir()} == stamps


def test_a_different_version_is_never_overwritten_without_asking(organiser, tmp_path):
    path = tmp_path / "event.uacases"
    export_all(organiser, path)
    laptop = CaseLibrary(tmp_path / "laptop")
    mine = laptop.add(make_case("Majid Kazemi", "Iran", "UA 61/23", asks=("stop the execution",))).entry
    plan = plan_import(laptop, read_bundle(path))
    assert [p.existing.id for p in plan.conflicts] == [mine.id]
    assert "1 differs from the version in your library" in plan.summary()

    apply_import(laptop, plan)  # the default answer: keep mine
    assert [a.text for a in laptop.get(mine.id).asks] == ["stop the execution"]
    assert len(laptop.search("kazemi")) == 1

    apply_import(laptop, plan_import(laptop, read_bundle(path)), Resolution.REPLACE)
    assert [a.text for a in laptop.get(mine.id).asks] == ["release him"]
    assert len(laptop.search("kazemi")) == 1


def test_keeping_both_versions_on_import(organiser, tmp_path):
    path = tmp_path / "event.uacases"
    export_all(organiser, path)
    laptop = CaseLibrary(tmp_path / "laptop")
    laptop.add(make_case("Majid Kazemi", "Iran", "UA 61/23", asks=("stop the execution",)))
    report = apply_import(laptop, plan_import(laptop, read_bundle(path)), Resolution.KEEP_BOTH)
    assert report.kept_both == 1 and len(laptop.search("kazemi")) == 2


def test_the_bundle_holds_plain_case_files_and_a_manifest(organiser, tmp_path):
    path = tmp_path / "event.uacases"
    export_bundle(organiser, [organiser.search("lucia")[0].id], path)
    with zipfile.ZipFile(path) as archive:
        assert sorted(archive.namelist()) == ["cases/0001.json", "manifest.json"]
        manifest = json.loads(archive.read("manifest.json"))
        case = json.loads(archive.read("cases/0001.json"))
    assert manifest["format"] == "ua-desktop-bundle" and manifest["version"] == 1
    assert manifest["cases"][0]["file"] == "cases/0001.json" and manifest["cases"][0]["offered"] is True
    assert case["format"] == "ua-desktop-case" and "library" not in case


def test_export_to_a_folder_that_cannot_be_written(organiser, tmp_path, monkeypatch):
    def refuse(path, data):
        raise SaveError("UA Desktop is not allowed to save in /media/stick. Choose another folder.")

    monkeypatch.setattr(case_bundle, "write_bytes_atomically", refuse)
    with pytest.raises(BundleError, match="not allowed to save"):
        export_all(organiser, tmp_path / "event.uacases")
    with pytest.raises(BundleError, match="at least one case"):
        export_bundle(organiser, [], tmp_path / "empty.uacases")


# -------------------------------------------------------------- bad files
def zip_bytes(members: dict[str, bytes], manifest=None) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        if manifest is not None:
            archive.writestr("manifest.json", json.dumps(manifest))
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def manifest_for(*files):
    return {"format": "ua-desktop-bundle", "version": 1, "cases": [{"file": f, "id": f} for f in files]}


GOOD = case_to_json(make_case()).encode()


@pytest.mark.parametrize("raw, message", [
    (b"", "is not a UA Desktop file of cases"),
    (b"Hello, this is a letter.", "is not a UA Desktop file of cases"),
    (GOOD, "is not a UA Desktop file of cases"),  # a single case file is not a bundle
    (zip_bytes({"word/document.xml": b"<w/>"}), "is not a UA Desktop file of cases"),  # a .docx
    (zip_bytes({}, {"format": "something-else", "version": 1, "cases": []}), "is not a UA Desktop file"),
    (zip_bytes({}, {"format": "ua-desktop-bundle", "version": 7, "cases": []}), "newer version of UA Desktop"),
    (zip_bytes({}, {"format": "ua-desktop-bundle", "version": 1}), "is damaged"),
    (zip_bytes({"cases/0001.json": b"{oops"}, manifest_for("cases/0001.json")), "is damaged"),
])
def test_damaged_or_foreign_files_are_refused_plainly(raw, message):
    with pytest.raises(BundleError, match=message):
        bundle_from_bytes(raw, "stick.uacases")


def test_a_truncated_bundle_is_damaged(organiser, tmp_path):
    path = tmp_path / "event.uacases"
    export_all(organiser, path)
    raw = path.read_bytes()
    with pytest.raises(BundleError, match="damaged"):
        bundle_from_bytes(raw[: len(raw) // 2], "event.uacases")


def test_a_missing_file_and_a_folder(tmp_path):
    with pytest.raises(BundleError, match="was not found"):
        read_bundle(tmp_path / "nothing.uacases")
    with pytest.raises(BundleError, match="is a folder"):
        read_bundle(tmp_path)


def test_damaged_cases_are_left_out_and_counted():
    raw = zip_bytes({"cases/0001.json": GOOD, "cases/0002.json": b"{oops"},
                    manifest_for("cases/0001.json", "cases/0002.json"))
    bundle = bundle_from_bytes(raw, "stick.uacases")
    assert len(bundle.cases) == 1
    assert bundle.problems == ("1 case in the file is damaged and was left out.",)


@pytest.mark.parametrize("name", ["../evil.json", "/etc/evil.json", "cases/../../evil.json", "cases\\..\\evil.json",
                                  "C:/evil.json", "cases/sub/evil.json", "evil.json"])
def test_names_that_try_to_leave_the_bundle_are_refused(name, tmp_path):
    raw = zip_bytes({"cases/0001.json": GOOD, name: GOOD}, manifest_for("cases/0001.json", name))
    bundle = bundle_from_bytes(raw, "stick.uacases")
    assert len(bundle.cases) == 1 and bundle.problems
    laptop = CaseLibrary(tmp_path / "laptop")
    apply_import(laptop, plan_import(laptop, bundle))
    assert len(case_files(laptop)) == 1
    assert not (tmp_path / "evil.json").exists()


def test_a_zip_bomb_is_refused_without_unpacking_it():
    huge = b"0" * (3 * 1024 * 1024)  # squeezes to a few kB
    raw = zip_bytes({"cases/0001.json": huge}, manifest_for("cases/0001.json"))
    assert len(raw) < 100_000
    with pytest.raises(BundleError):
        bundle_from_bytes(raw, "bomb.uacases")


def test_a_member_that_lies_about_its_size_is_not_trusted():
    raw = bytearray(zip_bytes({"cases/0001.json": b" " * 5000 + GOOD}, manifest_for("cases/0001.json")))
    directory = raw.rindex(b"cases/0001.json") - 46  # its record in the central directory
    assert raw[directory:directory + 4] == b"PK\x01\x02"
    raw[directory + 24:directory + 28] = (100).to_bytes(4, "little")  # claims 100 bytes
    with pytest.raises(BundleError, match="damaged"):
        bundle_from_bytes(bytes(raw), "liar.uacases")


def test_too_many_cases_or_too_large_a_file(monkeypatch, tmp_path):
    manifest = manifest_for(*(f"cases/{n:04d}.json" for n in range(5001)))
    with pytest.raises(BundleError, match="more than 5000 cases"):
        bundle_from_bytes(zip_bytes({}, manifest), "big.uacases")
    path = tmp_path / "big.uacases"
    path.write_bytes(zip_bytes({"cases/0001.json": GOOD}, manifest_for("cases/0001.json")))
    monkeypatch.setattr(case_bundle, "MAX_BUNDLE_BYTES", 100)
    with pytest.raises(BundleError, match="more than 50 MB"):
        read_bundle(path)


def test_a_failure_during_import_keeps_what_was_there(organiser, tmp_path, monkeypatch):
    path = tmp_path / "event.uacases"
    export_all(organiser, path)
    laptop = CaseLibrary(tmp_path / "laptop")
    mine = laptop.add(make_case("Someone Else", "Chile", "UA 5/20")).entry
    real, calls = library_module.write_text_atomically, []

    def fail_on_third(target, text):
        calls.append(target)
        if len(calls) == 3:
            raise SaveError("The disk is full, so the case could not be saved.")
        real(target, text)

    monkeypatch.setattr(library_module, "write_text_atomically", fail_on_third)
    with pytest.raises(LibraryError) as error:
        apply_import(laptop, plan_import(laptop, read_bundle(path)))
    assert "stopped after 2 of 4 cases" in str(error.value) and "disk is full" in str(error.value)
    monkeypatch.undo()
    again = CaseLibrary(laptop.folder)
    assert again.entry(mine.id) == mine
    assert len(again.entries()) == 3  # mine and the two imported before the failure, complete
    report = apply_import(again, plan_import(again, read_bundle(path)))  # trying again finishes the job
    assert report.unchanged == 2 and report.added + report.linked == 2
    assert len(again.entries()) == 5


def test_a_damaged_compressed_member_is_refused_plainly():
    """Found by tools/fuzz.py: a corrupt deflate stream raised zlib.error."""
    import io
    import struct
    import zipfile

    import pytest

    from ua_desktop.core.library.bundle import BundleError, bundle_from_bytes

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("manifest.json", '{"format": "ua-desktop-bundle", "cases": []}' + " " * 4000)
    data = bytearray(buffer.getvalue())
    name_length, extra_length = struct.unpack("<HH", data[26:30])
    data[30 + name_length + extra_length] = 0xFF  # an invalid deflate block type
    with pytest.raises(BundleError, match="damaged"):
        bundle_from_bytes(bytes(data), "damaged.uacases")
