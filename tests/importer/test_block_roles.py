"""Blocks scored by cues: every block is scored for every role from its
features, the headings being one feature among others; the weights are data."""

from __future__ import annotations

import json

import pytest

from ua_desktop.core.importer import block_roles, import_text, markers
from ua_desktop.core.importer import sections as S
from ua_desktop.core.importer.keywords import lexicons
from ua_desktop.core.case.model import RecipientRole

TARGET = ["Prosecutor General", "Viktar Lapatsin", "Internatsionalnaya Str. 22", "220030 Minsk", "BELARUS",
          "Email: info@prokuratura.example.by", "Fax: +375 17 226 42 52", "Salutation: Dear Prosecutor General"]
EMBASSY = ["Ambassador Maryna Kavaleva", "Embassy of the Republic of Belarus", "1619 New Hampshire Ave NW",
           "Washington DC 20009", "USA", "Email: usa@mfa.example.by"]
HEAD = ["URGENT ACTION", "BELARUS: STUDENT ACTIVIST HELD INCOMMUNICADO", "",
        "Student activist Alesia Rudzko was detained at her home in Hrodna on 24 April 2024.", ""]
REQUESTS = ["What we are asking", "• Release Alesia Rudzko immediately and unconditionally.",
            "• Protect her from torture and other ill-treatment."]


def roles(lines: list[str], language: str = "en") -> list[tuple[str, str]]:
    return [(b.lines[0], b.role) for b in block_roles.assign_roles(S.split_zones(lines), language)]


def sheet(*parts: list[str]) -> str:
    return "\n".join(line for part in parts for line in part + [""])


def test_contact_blocks_with_no_heading_are_recipients_and_an_embassy_is_a_copy():
    found = roles(HEAD + TARGET + [""] + EMBASSY)
    assert ("Prosecutor General", "recipient") in found
    assert ("Ambassador Maryna Kavaleva", "copies") in found
    case = import_text(sheet(HEAD, TARGET, EMBASSY)).case
    assert [(r.name, r.role) for r in case.recipients] == [
        ("Viktar Lapatsin", RecipientRole.TARGET), ("Maryna Kavaleva", RecipientRole.COPY)]


def test_an_embassy_under_a_send_appeals_heading_is_still_a_copy():
    lines = HEAD + ["Send appeals before 20 June 2024 to:", ""] + TARGET + [""] + EMBASSY
    assert ("Ambassador Maryna Kavaleva", "copies") in roles(lines)
    assert ("Prosecutor General", "recipient") in roles(lines)


def test_a_target_reached_through_its_embassy_stays_a_target():
    target = ["Supreme Leader", "Ali Rezaei", "c/o Embassy of Iran", "Tehran, IRAN", "Fax: +98 21 441 5100",
              "Salutation: Your Excellency"]
    lines = HEAD + ["Send appeals to:"] + target
    assert ("Supreme Leader", "recipient") in roles(lines)


def test_a_contact_block_under_a_misleading_background_heading_is_a_recipient():
    lines = HEAD + ["Background information",
                    "Alesia Rudzko is a law student who took part in peaceful protests in 2020 and was fined twice.",
                    ""] + TARGET
    assert ("Prosecutor General", "recipient") in roles(lines)
    assert ("Alesia Rudzko is a law student who took part in peaceful protests in 2020 and was fined twice.",
            "background") in roles(lines)


def test_a_request_list_with_no_lead_in_is_the_requests():
    assert ("What we are asking", "requests") in roles(HEAD + REQUESTS)
    case = import_text(sheet(HEAD, REQUESTS, TARGET)).case
    assert [a.text for a in case.asks] == ["Release Alesia Rudzko immediately and unconditionally",
                                          "Protect her from torture and other ill-treatment"]


def test_a_letter_with_no_closing_line_ends_where_a_contact_block_starts():
    letter = ["Dear Prosecutor General,",
              "I am writing to express my concern about Alesia Rudzko, a student detained in Hrodna.",
              "I urge you to release her immediately and unconditionally."]
    result = import_text(sheet(HEAD, letter, TARGET, EMBASSY))
    assert [(r.name, r.role) for r in result.case.recipients] == [
        ("Viktar Lapatsin", RecipientRole.TARGET), ("Maryna Kavaleva", RecipientRole.COPY)]
    assert result.model_letter.endswith("release her immediately and unconditionally.")


def test_numbered_steps_of_an_action_page_are_not_requests():
    steps = ["TAKE ACTION:", "• Write a letter in your own words or using the sample below.",
             "• Click here to let us know the actions you took.", "• Share this page with your friends."]
    assert ("TAKE ACTION:", "requests") not in roles(HEAD + steps)


def test_site_furniture_is_dropped():
    furniture = ["Share this: Facebook Twitter Email", "We use cookies to improve this site."]
    assert (furniture[0], "furniture") in roles(HEAD + furniture)


def test_a_sentence_with_a_date_and_appeal_words_is_the_deadline_and_its_languages_are_read():
    lines = HEAD + ["Please act before 20 June 2024.", "", "Write in Belarusian or Russian, calling for her release.",
                    ""] + TARGET
    found = dict(roles(lines))
    assert found["Please act before 20 June 2024."] == "deadline"
    assert found["Write in Belarusian or Russian, calling for her release."] == "languages"


def test_each_block_keeps_the_reasons_for_its_role():
    block = next(b for b in block_roles.assign_roles(S.split_zones(HEAD + TARGET + [""] + EMBASSY), "en")
                 if b.role == "copies")
    assert "embassy" in block.reasons()
    assert all(block.scores["copies"] >= score for score in block.scores.values())


def test_the_weights_are_data(monkeypatch):
    """The table in resources/importer/block_roles.json decides: with the embassy and the block's place
    after a recipient weighing nothing, the embassy block is no longer taken as a copy."""
    table = json.loads(json.dumps(block_roles.weights()))
    for role in ("copies", "recipient"):
        table["roles"][role]["embassy"] = table["roles"][role]["after_recipient"] = 0
    monkeypatch.setattr(block_roles, "weights", lambda: table)
    assert ("Ambassador Maryna Kavaleva", "copies") not in roles(HEAD + TARGET + [""] + EMBASSY)


def test_every_role_has_a_destination_and_every_weight_a_feature():
    table = block_roles.weights()
    assert set(table["roles"]) == set(block_roles.DESTINATION)
    assert {name for w in table["roles"].values() for name in w} <= set(block_roles.FEATURES) | {"bias"}
    blocks = block_roles.assign_roles(S.split_zones(HEAD + REQUESTS + [""] + TARGET + [""] + EMBASSY), "en")
    assert {name for b in blocks for name in b.features} <= set(block_roles.FEATURES)


# ---------------------------------------------------------------- markers are data

def test_a_new_language_is_a_data_file(monkeypatch):
    """A lexicon with Russian markers: its heading words match, spelled as sheets spell them."""
    russian = {"markers": {"targets": ["пожалуйста, пишите", "направьте обращения"], "copies": ["копии"],
                           "background": ["дополнительная информация"]}}
    monkeypatch.setattr(markers, "lexicons", lambda: {**lexicons(), "ru": russian})
    markers.words.cache_clear()
    try:
        targets = markers.marker(r"^{targets}")
        background = markers.marker(r"^{background}\b\s*:?\s*$")
        assert targets.match(S.key("ПОЖАЛУЙСТА, ПИШИТЕ ДО 14 МАЯ 2024 ГОДА:"))
        assert targets.match(S.key("please send appeals to:"))  # the other languages' words stay
        assert background.match(S.key("Дополнительная информация"))
    finally:
        markers.words.cache_clear()


def test_an_accented_letter_in_a_marker_may_be_dropped_by_extraction():
    assert S.TARGETS.match(S.key("ENVEN SUS LLAMAMIENTOS A:"))
    assert S.HEADER_LINE.match(S.key("ACCIN URGENTE"))
    assert S.BACKGROUND.match(S.key("Informations gnrales"))


@pytest.mark.parametrize("language", ["en", "fr", "es", "de"])
def test_each_lexicon_has_the_marker_kinds(language):
    kinds = set(lexicons()[language]["markers"])
    assert {"ua_heading", "targets", "copies", "background", "letter_start", "letter_end", "deadline",
            "embassy", "write_verbs"} <= kinds


def test_the_review_says_why_a_block_was_read_against_its_headings():
    from importer_helpers import FIXTURES

    from ua_desktop.core.importer import import_file

    result = import_file(FIXTURES / "cues-unlabelled-web-belarus.txt")
    notes = {note.field: note.message for note in result.unsure}
    copy = next(i for i, r in enumerate(result.case.recipients) if r.role is RecipientRole.COPY)
    assert "an embassy or ambassador" in notes[f"recipients[{copy}]"] and "copy" in notes[f"recipients[{copy}]"]
    assert "fax, phone or email lines" in notes["recipients[0]"]
    assert "no heading marked" in notes["asks"] and "items that ask for something" in notes["asks"]
    seed = import_file(FIXTURES / "seed-ua-2010-askarov-kyrgyzstan.txt")
    assert not any(note.field.startswith("recipients[") and "Taken as" in note.message for note in seed.unsure)


# ---------------------------------------------------------------- properties

from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

_PARTS = {
    "summary": ["Student activist Alesia Rudzko was detained at her home in Hrodna on 24 April 2024."],
    "target": TARGET,
    "embassy": EMBASSY,
    "requests": REQUESTS,
    "deadline": ["Please act before 20 June 2024."],
    "furniture": ["Share this: Facebook Twitter Email"],
}


@settings(max_examples=60, deadline=None)
@given(st.permutations(sorted(_PARTS)))
def test_unheaded_blocks_in_any_order_give_the_same_case(order):
    """With no heading to go by, the blocks' own cues place them wherever they stand."""
    text = sheet(["URGENT ACTION", "BELARUS: STUDENT ACTIVIST HELD INCOMMUNICADO"], *[_PARTS[name] for name in order])
    case = import_text(text).case
    assert sorted((r.name, r.role.value) for r in case.recipients) == [("Maryna Kavaleva", "copy"),
                                                                      ("Viktar Lapatsin", "target")]
    assert sorted(a.text for a in case.asks) == ["Protect her from torture and other ill-treatment",
                                                 "Release Alesia Rudzko immediately and unconditionally"]
    assert case.deadline.isoformat() == "2024-06-20"
