"""The seed sheet and the shared sample give exactly the expected case."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from importer_helpers import FIXTURES, SAMPLES, seed_path

from ua_desktop.core.case.model import Gender, RecipientRole
from ua_desktop.core.case.casefile import case_from_json, case_to_json
from ua_desktop.core.importer import ImportResult, import_file, import_text


@pytest.fixture(scope="module")
def seed() -> ImportResult:
    return import_file(seed_path())


def test_seed_people_country_deadline_languages(seed):
    case = seed.case
    assert [p.name for p in case.people] == ["Azimzhan Askarov"]
    assert case.country == "Kyrgyzstan"
    assert case.deadline == dt.date(2010, 7, 30)
    assert case.write_languages == ("ru", "ky", "en")
    assert case.source_language == "en"
    assert case.title == "Life of human rights defender at risk"
    assert case.summary.startswith("Human rights defender and ethnic Uzbek, Azimzhan Askarov, was detained")
    assert case.summary.endswith("must be released immediately.")


def test_seed_asks(seed):
    asks = [a.text for a in seed.case.asks]
    assert asks == [
        "immediately and unconditionally release human rights defender Azimzhan Askarov",
        "ensure that Azimzhan Askarov has immediate access to medical care, a lawyer of his choice and his family",
        ("order a prompt, thorough and independent investigation into allegations that Azimzhan Askarov has been "
         "tortured in detention"),
        ("return any equipment and video or photographic material or other possessions that have been seized from "
         "Azimzhan Askarov"),
        ("allow human rights defenders, journalists and other civil society activists to carry out their work without "
         "threat of harassment or obstruction by the authorities"),
    ]
    assert not any("\uf0ae" in a or a.endswith((";", ".")) for a in asks)


def test_seed_recipients(seed):
    r = seed.case.recipients
    assert len(r) == 3
    first, second, third = r
    assert first.role is RecipientRole.TARGET
    assert first.name == "Bolotbek Sherniazov"
    assert first.title_lines == ("Minister of Internal Affairs of the Interim Government",)
    assert first.address_lines == ("Frunze Street, 469", "Bishkek 720040")
    assert first.country == "KYRGYZSTAN"
    assert first.fax == "+996 312 682 044"  # in international form
    assert first.email == "pressa@mail.mvd.kg"
    assert first.salutation == "Dear Acting Minister"
    assert first.office == "minister"

    assert second.role is RecipientRole.TARGET
    assert second.name == "Azimbek Beknazarov"
    assert second.title_lines == ("Deputy Head of Interim Government",)
    assert second.address_lines == ("Dom Pravitelstva", "Bishkek 720003")
    assert second.fax == "+996 312 218 627"
    assert second.email == "admin@kyrgyz-el.kg"
    assert second.salutation == "Dear Deputy Head of Interim Government"
    assert second.office == "deputy_head_of_government"

    assert third.role is RecipientRole.COPY
    assert third.name == "Roza Otunbaeva"
    assert third.title_lines == ("President of the Interim Government",)
    assert third.salutation == "Dear Interim President"
    assert third.office == "president"
    assert third.country == "KYRGYZSTAN"


def test_seed_notes_and_background(seed):
    case = seed.case
    assert case.copies_note == "Also send copies to diplomatic representatives accredited to your country."
    assert case.late_note == "Please check with your section office if sending appeals after the above date."
    assert case.background.startswith("Azimzhan Askarov’s arrest was sanctioned by the regional Court")
    assert case.background.count("\n\n") == 5
    assert case.background.endswith("have been killed since 10 June.")
    assert "well-planned" in case.background


def test_seed_is_complete_and_matches_the_curated_case_file(seed):
    assert seed.complete
    assert seed.missing == ()
    curated = FIXTURES.parent.parent.parent / "resources" / "cases" / "ua-2010-askarov-kyrgyzstan.json"
    if curated.exists():
        expected = json.loads(curated.read_text(encoding="utf-8"))
        got = json.loads(case_to_json(seed.case))
        for key in ("title", "country", "deadline", "write_languages", "summary", "copies_note", "late_note", "background"):
            assert got.get(key) == expected.get(key), key
        assert [a["text"] for a in got["asks"]] == [a["text"] for a in expected["asks"]]
        for g, e in zip(got["recipients"], expected["recipients"]):
            for key in ("role", "title_lines", "name", "office", "address_lines", "country", "fax", "email", "salutation"):
                assert g.get(key) == e.get(key), key


def test_seed_round_trips_through_the_case_file_format(seed):
    again = case_from_json(case_to_json(seed.case))
    assert again == seed.case


def test_seed_as_pasted_text_gives_the_same_case(seed):
    pasted = import_text(seed_path().read_text(encoding="utf-8"))
    assert pasted.case == seed.case


def _sample(name: str):
    folder = SAMPLES if (SAMPLES / f"{name}.txt").exists() else FIXTURES
    return import_file(folder / f"{name}.txt"), json.loads((folder / f"{name}.json").read_text(encoding="utf-8"))


def test_honduras_sample_matches_its_json():
    result, expected = _sample("21_honduras-copinh-2017-template")
    case = result.case
    assert case.ua_number == "UA " + expected["ua_id"]
    assert case.index_number == expected["index"]
    assert [p.name for p in case.people] == expected["subject_people"]
    assert case.country == expected["country"]
    assert case.deadline.isoformat() == expected["deadline"]
    assert case.issued.isoformat() == expected["issue_date"]
    assert case.write_languages == ("es",)  # "Spanish"
    assert [a.text for a in case.asks] == expected["asks"]
    assert result.complete is expected["complete"]
    assert len(case.recipients) == len(expected["recipients"])
    for got, want in zip(case.recipients, expected["recipients"]):
        assert got.role is RecipientRole.TARGET  # "primary"
        assert got.name == want["name"]
        assert list(got.title_lines) == want["title_lines"]
        assert list(got.address_lines) == want["address_lines"]
        assert got.country == want["country"].upper()
        assert (got.fax or None) == want["fax"]
        assert got.email == want["email"]
        assert (got.phone or None) == want["phone"]
        assert got.salutation == want["salutation"]
        assert got.social == ()
        assert got.gender is Gender.MALE  # "Estimado Señor"
        assert got.office == "minister"
    assert case.copies_note.lower().startswith("also send copies to diplomatic representatives")
    assert result.model_letter.startswith("Dear Minister,")
    assert result.model_letter.rstrip().endswith("Yours sincerely,")
    assert case.background.startswith("Members of COPINH and Berta Cáceres’ relatives")
    assert "https://www.amnesty.org/en/documents/amr37/6335/2017/en/" in case.background
