import datetime as dt
import json

import pytest

from ua_desktop.core.case.model import Gender, RecipientRole
from ua_desktop.core.case.casefile import (FORMAT_VERSION, MAX_FILE_BYTES, CaseFileError, case_from_json, case_to_dict,
                                      case_to_json, load_case, save_case)
from ua_desktop.paths import sample_case_path


@pytest.fixture
def sample():
    return load_case(sample_case_path())


def test_sample_case_holds_the_sheet_facts(sample):
    assert sample.people_names == "Azimzhan Askarov"
    assert sample.country == "Kyrgyzstan"
    assert sample.deadline == dt.date(2010, 7, 30)
    assert sample.write_languages == ("ru", "ky", "en")
    assert len(sample.asks) == 5
    assert [r.name for r in sample.targets] == ["Bolotbek Sherniazov", "Azimbek Beknazarov"]
    assert [r.name for r in sample.copies] == ["Roza Otunbaeva"]
    minister = sample.recipients[0]
    assert minister.fax == "+996 312 682 044" and minister.email == "pressa@mail.mvd.kg"
    assert minister.salutation == "Dear Acting Minister"
    assert sample.recipients[1].salutation == "Dear Deputy Head of Interim Government"
    assert sample.recipients[2].gender is Gender.FEMALE and sample.recipients[2].role is RecipientRole.COPY
    assert "diplomatic representatives" in sample.copies_note
    # every ask has Russian and Kyrgyz text, and the person has declined forms
    assert all(ask.translations.get("ru") and ask.translations.get("ky") for ask in sample.asks)
    assert sample.people[0].form("ru", "gen") == "Азимжана Аскарова"
    assert sample.people[0].form("ky", "gen") == "Азимжан Аскаровдун"


def test_round_trip_keeps_everything(sample, tmp_path):
    path = tmp_path / "case.json"
    save_case(sample, path)
    assert load_case(path) == sample
    assert case_from_json(case_to_json(sample)) == sample


def test_missing_file_says_so(tmp_path):
    with pytest.raises(CaseFileError, match="was not found"):
        load_case(tmp_path / "nope.json")


@pytest.mark.parametrize("content, message", [
    (b"{not json", "damaged or is not a UA Desktop case file"),
    (b"\xff\xfe\x00garbage", "not text"),
    (b'{"hello": 1}', "is not a UA Desktop case file"),
    (b"[1, 2]", "is not a UA Desktop case file"),
    (json.dumps({"format": "ua-desktop-case", "version": FORMAT_VERSION + 1}).encode(), "newer version"),
    (json.dumps({"format": "ua-desktop-case"}).encode(), "format version is missing"),
    (json.dumps({"format": "ua-desktop-case", "version": 1, "recipients": "x"}).encode(),
     "Where: Recipients\nProblem: This should be a list."),
    (json.dumps({"format": "ua-desktop-case", "version": 1, "recipients": [{"role": "boss", "name": "X"}]}).encode(),
     "Where: Recipient 1, Role\nProblem: This should be one of"),
    (json.dumps({"format": "ua-desktop-case", "version": 1, "people": [{"gender": "male"}]}).encode(),
     "Where: Person 1, Name\nProblem: This is missing."),
    (json.dumps({"format": "ua-desktop-case", "version": 1, "deadline": "30 July"}).encode(),
     "should be a date"),
    (b"[" * 100_000, "damaged"),
])
def test_malformed_files_get_clear_messages(tmp_path, content, message):
    path = tmp_path / "bad.json"
    path.write_bytes(content)
    with pytest.raises(CaseFileError, match=message) as caught:
        load_case(path)
    assert "bad.json" in str(caught.value)


def test_too_large_and_folder_refused(tmp_path):
    big = tmp_path / "big.json"
    big.write_bytes(b" " * (MAX_FILE_BYTES + 1))
    with pytest.raises(CaseFileError, match="too large"):
        load_case(big)
    with pytest.raises(CaseFileError, match="folder"):
        load_case(tmp_path)


def test_control_characters_are_cleaned(sample):
    data = case_to_dict(sample)
    data["people"][0]["name"] = "Azim\x00zhan\x1b Askarov"
    data["summary"] = "line one\x0c\r\nline two"
    case = case_from_json(json.dumps(data))
    assert case.people[0].name == "Azimzhan Askarov"
    assert case.summary == "line one\nline two"


def test_template_syntax_in_case_text_is_kept_as_text(sample):
    data = case_to_dict(sample)
    data["people"][0]["name"] = "{{ 7*7 }} {% raise %}"
    assert case_from_json(json.dumps(data)).people[0].name == "{{ 7*7 }} {% raise %}"


def test_the_welcome_of_the_writers_own_language_is_kept_and_checked(tmp_path):
    from ua_desktop.core.case.casefile import save_case

    case = load_case(sample_case_path())
    assert case.own_language_welcome and case.accepts_letters_in("de") and case.accepts_letters_in("ru")
    strict = case.with_changes(own_language_welcome=False)
    assert not strict.accepts_letters_in("de") and strict.accepts_letters_in("ky")
    for value in (True, False):
        save_case(case.with_changes(own_language_welcome=value), tmp_path / "c.json")
        assert load_case(tmp_path / "c.json").own_language_welcome is value
    data = json.loads((tmp_path / "c.json").read_text(encoding="utf-8"))
    data["own_language_welcome"] = "yes"
    (tmp_path / "c.json").write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(CaseFileError, match="Where: Letters in your own language\nProblem: This should be true or false."):
        load_case(tmp_path / "c.json")
