"""The importer's per-language words are data (`resources/importer/lexicon/<lang>.json`): each file
has the shape the importer reads, and a word taken out of a file changes what the importer does."""

from __future__ import annotations

import copy
import re

import pytest

from ua_desktop.core.case.model import Gender
from ua_desktop.core.importer import asks, keywords, normalize, people, recipient_names
from ua_desktop.core.importer.keywords import lexicons

# Keys whose entries are regular expressions (the others are plain words or phrases).
PATTERN_KEYS = {"request_leadins", "letter_request_leads", "web_noise", "person_roles", "markers", "contact_labels"}
# Keys that each of the four main sheet languages gives.
WORD_KEYS = {"name_stop_words", "not_name_words", "place_prepositions", "label_pronouns", "list_joiners", "web_noise"}


def _strings(value) -> list:
    return [s for part in value.values() for s in part] if isinstance(value, dict) else list(value)


@pytest.mark.parametrize("language", sorted(lexicons()))
def test_each_lexicon_has_the_shape_the_importer_reads(language):
    lexicon = lexicons()[language]
    documented = lexicons()["en"]["_about"] + lexicon["_about"]
    for key, value in lexicon.items():
        if key == "_about":
            continue
        assert key in documented, f"{language}.json: {key} is not described in en.json's _about"
        assert isinstance(value, (list, dict)), key
        if key == "language_name_forms" or key == "language_name_aliases":
            continue
        parts = value.values() if isinstance(value, dict) else [value]
        assert all(isinstance(part, list) and all(isinstance(s, str) and s for s in part) for part in parts), key
        if key in PATTERN_KEYS:
            for entry in _strings(value):
                re.compile(entry)


@pytest.mark.parametrize("language", ["en", "fr", "es", "de"])
def test_the_main_sheet_languages_give_their_words(language):
    assert WORD_KEYS <= set(lexicons()[language])
    assert lexicons()[language]["label_pronouns"]["male"] and lexicons()[language]["label_pronouns"]["female"]
    assert lexicons()[language]["list_joiners"]["and"]


def _clear_caches():
    for module in (keywords, people, asks, normalize, recipient_names):
        for value in vars(module).values():
            if callable(getattr(value, "cache_clear", None)):
                value.cache_clear()


@pytest.fixture
def lexicon_without(monkeypatch):
    """Have the importer read the lexicons with one entry taken out of one language's list."""
    original = lexicons()

    def take_out(language: str, key: str, entry: str, kind: str | None = None):
        changed = copy.deepcopy(original)
        words = changed[language][key][kind] if kind else changed[language][key]
        words.remove(entry)
        monkeypatch.setattr(keywords, "lexicons", lambda: changed)
        _clear_caches()

    yield take_out
    monkeypatch.undo()
    _clear_caches()


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
