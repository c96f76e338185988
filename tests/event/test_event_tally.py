"""The letter counts: kept across restarts, exported for the section
office, reset on request, and holding nothing about the writers."""

from __future__ import annotations

import csv
import io
import json

import pytest
from event_helpers import sample_case

from ua_desktop.core.storage.atomic import SaveError
from ua_desktop.core.events.tally import ACTIONS, TALLY_FILE, Tally, TallyRow, case_key


def test_counts_per_case_recipient_language_and_action(tmp_path):
    tally = Tally(tmp_path)
    tally.record("UA 160/10", "Bolotbek Sherniazov", "ru", "printed")
    tally.record("UA 160/10", "Bolotbek Sherniazov", "ru", "printed")
    tally.record("UA 160/10", "Bolotbek Sherniazov", "ru", "emailed")
    tally.record("UA 160/10", "Azimbek Beknazarov", "en", "saved")
    assert tally.rows() == [TallyRow("UA 160/10", "Azimbek Beknazarov", "en", saved=1),
                            TallyRow("UA 160/10", "Bolotbek Sherniazov", "ru", printed=2, emailed=1)]
    assert tally.total() == 4
    assert [tally.total(action) for action in ACTIONS] == [2, 1, 1]
    assert tally.count("UA 160/10", "Bolotbek Sherniazov", "ru", "printed") == 2
    with pytest.raises(ValueError):
        tally.record("UA 160/10", "x", "en", "faxed")


def test_counts_survive_a_restart(tmp_path):
    first = Tally(tmp_path)
    first.record("UA 1", "Minister", "fr", "saved")
    first.record("UA 1", "Minister", "fr", "saved")
    again = Tally(tmp_path)
    assert again.rows() == [TallyRow("UA 1", "Minister", "fr", saved=2)]
    again.record("UA 1", "Minister", "fr", "printed")
    assert Tally(tmp_path).total() == 3


def test_export_csv_reads_back_in_a_spreadsheet(tmp_path):
    tally = Tally(tmp_path / "data")
    tally.record("UA 160/10", "Бекназаров", "ky", "printed", count=3)
    tally.record("UA 160/10", "Ministre de l’Intérieur", "fr", "emailed")
    tally.record("=SUM(A1)", "x", "en", "saved")
    out = tmp_path / "counts.csv"
    tally.export_csv(out)
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), "a byte-order mark, so spreadsheets read the accents"
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
    assert rows[0] == ["Case", "Recipient", "Language", "Printed", "Saved", "Emailed", "Total"]
    assert ["UA 160/10", "Бекназаров", "ky", "3", "0", "0", "3"] in rows
    assert ["UA 160/10", "Ministre de l’Intérieur", "fr", "0", "0", "1", "1"] in rows
    assert ["'=SUM(A1)", "x", "en", "0", "1", "0", "1"] in rows, "no formula in a cell"
    assert rows[-1] == ["All letters", "", "", "3", "1", "1", "5"]


def test_reset_forgets_the_counts_on_disk_too(tmp_path):
    tally = Tally(tmp_path)
    tally.record("UA 1", "Minister", "en", "printed")
    tally.reset()
    assert tally.rows() == [] and tally.total() == 0
    assert Tally(tmp_path).total() == 0


def test_file_holds_only_counts(tmp_path):
    tally = Tally(tmp_path)
    tally.record("UA 1", "Minister", "en", "printed")
    data = json.loads((tmp_path / TALLY_FILE).read_text(encoding="utf-8"))
    assert data["counts"] == [{"case": "UA 1", "recipient": "Minister", "language": "en", "action": "printed",
                               "count": 1}]
    assert set(data) == {"format", "version", "counts"}


def test_damaged_file_is_set_aside_and_counting_starts_again(tmp_path):
    (tmp_path / TALLY_FILE).write_text("{not json", encoding="utf-8")
    tally = Tally(tmp_path)
    assert tally.total() == 0 and tally.problem
    [copy] = tmp_path.glob(TALLY_FILE + ".*.damaged")  # dated, beside it
    assert copy.read_text(encoding="utf-8") == "{not json"
    assert copy.name in tally.problem and tally.damage.copy == copy
    tally.record("UA 1", "Minister", "en", "printed")
    assert Tally(tmp_path).total() == 1


def test_entries_that_make_no_sense_are_skipped(tmp_path):
    (tmp_path / TALLY_FILE).write_text(json.dumps({"format": "ua-desktop-event-tally", "version": 1, "counts": [
        {"case": "UA 1", "recipient": "M", "language": "en", "action": "printed", "count": 2},
        {"case": "UA 1", "recipient": "M", "language": "en", "action": "faxed", "count": 2},
        {"case": "UA 1", "recipient": "M", "language": "en", "action": "saved", "count": -4},
        {"case": "UA 1", "recipient": "M", "language": "en", "action": "saved", "count": "many"}]}),
        encoding="utf-8")
    assert Tally(tmp_path).rows() == [TallyRow("UA 1", "M", "en", printed=2)]


def test_a_folder_that_cannot_be_written_says_so(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    tally = Tally(blocker / "data")
    with pytest.raises(SaveError):
        tally.record("UA 1", "M", "en", "printed")
    assert tally.total() == 1, "the count is kept for this session"


def test_case_key_prefers_the_ua_number():
    case = sample_case().with_changes(ua_number="UA 160/10", index_number="EUR 58/008/2010")
    assert case_key(case) == "UA 160/10"
    assert case_key(case.with_changes(ua_number="")) == "EUR 58/008/2010"
    bare = case.with_changes(ua_number="", index_number="")
    assert case_key(bare) == f"{case.country} — {case.people_names}"
