"""The writer's country is written in the letter's language ("desde Lyon
(Francia)"), whatever language they typed it in: in the first sentence, and
in the sender block of a letter in the Latin script ("Lyon, Frankreich").
Cyrillic and Arabic letters keep the sender block as typed (the return
address is for the writer's own post office); an Arabic sentence names no
town in Latin letters. A name that is not a known country stays as typed."""

import dataclasses

import pytest
from lang_helpers import bundled_cases, draft

from ua_desktop.core.locales.countries import country_name_in
from ua_desktop.core.letters.letter import Sender

CASE = dict(bundled_cases())["ua-2010-askarov-kyrgyzstan"]


@pytest.mark.parametrize("typed", ["France", "Frankreich", "Франция", "FRANCE", "fr"])
@pytest.mark.parametrize("language,sentence", [
    ("fr", "Je vous écris depuis Lyon (France) "),
    ("es", "Le escribo desde Lyon (Francia) "),
    ("de", "ich schreibe Ihnen aus Lyon (Frankreich), "),
    ("en", "I am writing to you from Lyon, France, "),
    ("ar", "أكتب إليكم من فرنسا، لأعرب"),
])
def test_the_country_in_the_first_sentence_is_in_the_letter_language(typed, language, sentence):
    letter = draft(CASE, 0, language, Sender("Anna Schmidt", "Lyon", typed))
    assert sentence in letter.text
    block = {"fr": "France", "es": "Francia", "de": "Frankreich", "en": "France"}.get(language, typed)
    assert letter.text.startswith(f"Anna Schmidt\nLyon, {block}\n")


def test_an_arabic_sentence_names_a_town_written_in_arabic():
    letter = draft(CASE, 0, "ar", Sender("Anna Schmidt", "ليون", "France"))
    assert "أكتب إليكم من ليون، فرنسا، لأعرب" in letter.text


@pytest.mark.parametrize("language", ["fr", "es", "de"])
def test_a_place_that_is_not_a_known_country_stays_as_typed(language):
    letter = draft(CASE, 0, language, Sender("Anna Schmidt", "Lyon", "Rhône-Alpes"))
    assert "Lyon (Rhône-Alpes)" in letter.text


def test_country_names_for_running_text():
    assert country_name_in("Germany", "fr_FR") == "Allemagne"
    assert country_name_in("Кыргызстан", "es_ES") == "Kirguistán"
    assert country_name_in("Atlantis", "de_DE") == "Atlantis"
    assert country_name_in("Hong Kong", "en_GB") == "Hong Kong"  # not CLDR's "Hong Kong SAR China"


def test_a_sender_with_a_town_only_is_still_written_from_there():
    sender = dataclasses.replace(Sender("Anna Schmidt", "Lyon", "France"), country="")
    assert "desde Lyon para" in draft(CASE, 0, "es", sender).text
