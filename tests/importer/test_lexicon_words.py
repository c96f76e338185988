"""The importer's per-language words are data (`resources/importer/lexicon/<lang>.json`): each file
has the shape the importer reads, and a word taken out of a file changes what the importer does."""

from __future__ import annotations

import copy
import re

import pytest

from ua_desktop.core.case.model import Gender, RecipientRole
from ua_desktop.core.importer import (asks, keywords, lexicon, line_shapes, normalize, people, recipient_names, recipients,
                                      references)
from ua_desktop.core.importer.extract import web
from ua_desktop.core.importer.keywords import lexicons

# Keys whose entries are regular expressions (the others are plain words or phrases).
PATTERN_KEYS = {"request_leadins", "letter_request_leads", "web_noise", "person_roles", "markers", "contact_labels",
                "honorifics", "courtesy_titles", "address_words"}
# Keys that each of the four main sheet languages gives.
WORD_KEYS = {"name_stop_words", "not_name_words", "place_prepositions", "label_pronouns", "list_joiners", "web_noise",
             "office_words", "title_words", "honorifics", "courtesy_titles", "address_words", "joins_next_line",
             "joins_previous_line", "not_language_words", "month_spellings"}
MARKER_KINDS = {"note_labels", "first_person"}


def _strings(value) -> list:
    return [s for part in value.values() for s in part] if isinstance(value, dict) else list(value)


@pytest.mark.parametrize("language", sorted(lexicons()))
def test_each_lexicon_has_the_shape_the_importer_reads(language):
    data = lexicons()[language]
    documented = lexicons()["en"]["_about"] + data["_about"]
    for key, value in data.items():
        if key == "_about":
            continue
        assert key in documented, f"{language}.json: {key} is not described in en.json's _about"
        assert isinstance(value, (list, dict)), key
        if key in ("language_name_forms", "language_name_aliases"):
            continue
        parts = value.values() if isinstance(value, dict) else [value]
        assert all(isinstance(part, list) and all(isinstance(s, str) and s for s in part) for part in parts), key
        if key in PATTERN_KEYS:
            for entry in _strings(value):
                re.compile(entry)


@pytest.mark.parametrize("language", ["en", "fr", "es", "de"])
def test_the_main_sheet_languages_give_their_words(language):
    assert WORD_KEYS <= set(lexicons()[language])
    assert MARKER_KINDS <= set(lexicons()[language]["markers"])
    assert lexicons()[language]["label_pronouns"]["male"] and lexicons()[language]["label_pronouns"]["female"]
    assert lexicons()[language]["list_joiners"]["and"]
    assert lexicons()[language]["courtesy_titles"]["male"] and lexicons()[language]["courtesy_titles"]["female"]


def _clear_caches():
    for module in (keywords, people, asks, normalize, recipient_names, lexicon, web, references, line_shapes):
        for value in vars(module).values():
            if callable(getattr(value, "cache_clear", None)):
                value.cache_clear()


@pytest.fixture
def edit_lexicon(monkeypatch):
    """Have the importer read the lexicons with one language's list changed: `edit(language, key, kind)`
    gives that list (in a copy) to change in place."""
    original = lexicons()

    def edit(language: str, key: str, kind: str | None = None) -> list[str]:
        changed = copy.deepcopy(original)
        monkeypatch.setattr(keywords, "lexicons", lambda: changed)
        _clear_caches()
        return changed[language][key][kind] if kind else changed[language][key]

    yield edit
    monkeypatch.undo()
    _clear_caches()


@pytest.fixture
def lexicon_without(edit_lexicon):
    """Have the importer read the lexicons with one entry taken out of one language's list."""
    return lambda language, key, entry, kind=None: edit_lexicon(language, key, kind).remove(entry)


SPEAKER = "Laut Ales Bjaljazki ist die Lage ernst. Laut Ales Bjaljazki fehlt Wasser."


def test_a_stop_word_before_a_name_is_data(lexicon_without):
    assert [p.name for p in people.find_people([SPEAKER], "", set())] == ["Ales Bjaljazki"]
    lexicon_without("de", "name_stop_words", "laut")
    assert [p.name for p in people.find_people([SPEAKER], "", set())] == ["Laut Ales Bjaljazki"]


def test_a_word_that_is_no_name_is_data(lexicon_without):
    text = "Die Stadt Minsk hielt sie fest. Die Stadt Minsk schwieg."
    assert people.find_people([text], "", set()) == []
    lexicon_without("de", "not_name_words", "stadt")
    assert [p.name for p in people.find_people([text], "", set())] == ["Stadt Minsk"]


def test_a_place_preposition_is_data(lexicon_without):
    text = "Sie lebt nahe Nowa Ruda. Sie arbeitet nahe Nowa Ruda."
    assert people.find_people([text], "", set()) == []
    lexicon_without("de", "place_prepositions", "nahe")
    assert [p.name for p in people.find_people([text], "", set())] == ["Nowa Ruda"]


def test_a_pronoun_in_a_names_field_is_data(lexicon_without):
    assert people.people_from_label("Anna Weber (sie/ihr)")[0].gender is Gender.FEMALE
    lexicon_without("de", "label_pronouns", "sie", "female")
    assert people.people_from_label("Anna Weber (sie/ihr)")[0].gender is Gender.UNKNOWN


def test_the_and_that_ends_a_request_item_is_data(lexicon_without):
    assert asks.clean_ask("Lassen Sie Ales Bjaljazki sofort frei; und") == "Lassen Sie Ales Bjaljazki sofort frei"
    lexicon_without("de", "list_joiners", "und", "and")
    assert asks.clean_ask("Lassen Sie Ales Bjaljazki sofort frei; und") == "Lassen Sie Ales Bjaljazki sofort frei; und"


def test_a_web_noise_line_is_data(lexicon_without):
    assert normalize.normalize_text("Spenden Sie jetzt\nAles Bjaljazki\n") == "\nAles Bjaljazki\n".lstrip("\n")
    lexicon_without("de", "web_noise", "spenden(?: sie)?(?: jetzt)?")
    assert normalize.normalize_text("Spenden Sie jetzt\nAles Bjaljazki\n") == "Spenden Sie jetzt\nAles Bjaljazki\n"


def test_a_prefix_that_keeps_its_hyphen_is_data(lexicon_without):
    assert normalize.normalize_text("a well-\nknown writer\n") == "a well-known\nwriter\n"
    lexicon_without("en", "hyphen_prefixes", "well")
    assert normalize.normalize_text("a well-\nknown writer\n") == "a wellknown\nwriter\n"


def test_an_honorific_is_data(lexicon_without):
    assert recipient_names.split_title_from_name("Excmo. Juan Pérez") == (["Excmo."], "Juan Pérez")
    lexicon_without("es", "honorifics", r"Excmo\.?")
    assert recipient_names.split_title_from_name("Excmo. Juan Pérez") is None


def test_a_courtesy_title_is_data(lexicon_without):
    assert recipient_names.strip_courtesy("Frau Anna Weber") == ("Anna Weber", "Frau ")
    lexicon_without("de", "courtesy_titles", "Frau", "female")
    assert recipient_names.strip_courtesy("Frau Anna Weber") == ("Frau Anna Weber", "")


def test_an_office_word_is_data(lexicon_without):
    assert not recipient_names.looks_like_name("Generalstaatsanwaltschaft Minsk")
    lexicon_without("de", "office_words", "generalstaatsanwaltschaft")
    assert recipient_names.looks_like_name("Generalstaatsanwaltschaft Minsk")


def test_an_address_word_is_data(lexicon_without):
    assert not recipient_names.looks_like_name("Piazza Navona")
    lexicon_without("it", "address_words", "piazza")
    assert recipient_names.looks_like_name("Piazza Navona")


def test_a_title_word_is_data(lexicon_without):
    lines = ["Ana Pérez", "Fiscal General", "Jueza de Paz", "Calle 5", "Honduras"]
    assert recipients.parse_recipients(lines, RecipientRole.TARGET)[0][0].title_lines == ("Fiscal General", "Jueza de Paz")
    lexicon_without("es", "title_words", "jueza")
    assert recipients.parse_recipients(lines, RecipientRole.TARGET)[0][0].title_lines == ("Fiscal General",)


def test_a_word_that_names_no_language_is_data(edit_lexicon):
    # none of today's words is also a language name, so one is added to show the list is read
    assert lexicon.languages_in("auf Deutsch oder Englisch") == ["de", "en"]
    edit_lexicon("de", "not_language_words").append("deutsch")
    assert lexicon.languages_in("auf Deutsch oder Englisch") == ["en"]


def test_a_month_spelling_is_data(edit_lexicon):
    from ua_desktop.core.importer import dates

    assert dates._build_month_table()["maerz"] == 3
    edit_lexicon("de", "month_spellings", "3").remove("maerz")
    assert "maerz" not in dates._build_month_table()


def test_the_words_a_german_headline_keeps_in_lower_case_are_data(edit_lexicon):
    from ua_desktop.core.importer.line_shapes import sentence_case

    assert sentence_case("IN HAFT UND VON FOLTER BEDROHT", "de") == "In Haft und von Folter bedroht"
    edit_lexicon("de", "lower_case_words").remove("bedroht")
    assert sentence_case("IN HAFT UND VON FOLTER BEDROHT", "de") == "In Haft und von Folter Bedroht"


def test_the_and_between_two_names_is_data(lexicon_without):
    text = "Eyder Campo y Sandra Peña fueron amenazados. Eyder Campo y Sandra Peña denunciaron."
    assert [p.name for p in people.find_people([text], "", set())] == ["Eyder Campo", "Sandra Peña"]
    lexicon_without("es", "name_joiners", "y")
    assert [p.name for p in people.find_people([text], "", set())] == ["Eyder Campo y Sandra Peña"]


def test_a_page_number_line_is_data(lexicon_without):
    assert normalize.normalize_text("Seite 2 von 3\nAles Bjaljazki\n") == "Ales Bjaljazki\n"
    lexicon_without("de", "page_number_words", "seite", "page")
    assert normalize.normalize_text("Seite 2 von 3\nAles Bjaljazki\n") == "Seite 2 von 3\nAles Bjaljazki\n"


def test_what_a_share_bar_leaves_is_data(lexicon_without):
    page = "<html><body><p>Teilen</p><p>Ales Bjaljazki ist in Haft.</p></body></html>"
    assert "Teilen" not in web.extract_html(page).text
    lexicon_without("de", "share_bar_words", "teilen", "share")
    assert "Teilen" in web.extract_html(page).text


def test_a_date_label_is_data(lexicon_without):
    footer = ["UA 12/24 Index: EUR 49/1234/2024 Fecha: 3 de mayo de 2024"]
    assert str(references.issued({}, footer)) == "2024-05-03"
    lexicon_without("es", "date_labels", "fecha")
    assert references.issued({}, footer) is None


def test_the_organisation_name_above_a_page_is_data(lexicon_without):
    assert line_shapes.is_reference_line("Amnistía Internacional")
    lexicon_without("es", "organisation_names", "amnistia internacional")
    assert not line_shapes.is_reference_line("Amnistía Internacional")
