"""Every letter language renders every bundled case for every recipient:
no template text left over, every ask present, no English outside names,
addresses and the asks the letter reports as untranslated; no word of
another language in any letter."""

from __future__ import annotations

import dataclasses
import re

import pytest
from foreign_words import foreign_words
from lang_helpers import (
    NEW_LANGUAGES,
    allowed_text,
    bundled_cases,
    draft,
    drafter,
)

from ua_desktop.core.case.model import Ask
from ua_desktop.core.letters.ask_phrases import ask_phrases
from ua_desktop.core.letters.letter import Sender

CASES = bundled_cases()
LANGUAGES = sorted(drafter().languages)


def test_the_new_languages_are_there():
    assert set(NEW_LANGUAGES) <= set(LANGUAGES)
    assert drafter().language("ar").right_to_left
    assert not any(drafter().language(code).right_to_left for code in ("fr", "es", "de"))


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("name,case", CASES, ids=[name for name, _ in CASES])
def test_every_language_every_case_every_recipient(name, case, language):
    for index in range(len(case.recipients)):
        letter = draft(case, index, language)
        text = letter.text
        for leftover in ("{{", "}}", "{%", "%}", "{#", "None", "\x01"):
            assert leftover not in text, (index, leftover)
        asked = ask_phrases(case, language)
        assert asked.phrases and all(phrase in text for phrase in asked.phrases)
        assert letter.untranslated == asked.untranslated
        assert letter.subject and "None" not in letter.subject
        assert text.startswith("Anna Schmidt\nLyon, ")
        assert text.rstrip().endswith("Anna Schmidt")
        found = foreign_words(text, language, allowed_text(case, index, language, letter))
        assert not found, f"words of another language in the {language} letter to recipient {index + 1}: {found}"


@pytest.mark.parametrize("language", NEW_LANGUAGES)
def test_the_bundled_case_is_fully_translated(language):
    _, case = next(c for c in CASES if c[0] == "ua-2010-askarov-kyrgyzstan")
    for index in range(len(case.recipients)):
        letter = draft(case, index, language)
        assert letter.untranslated == ()
        assert case.letter_facts[language] in letter.text
        local = case.recipients[index].in_language(language)
        assert "\n".join(local.addressee_lines) in letter.text
        assert f"\n{local.country}\n" in letter.text


#: One request in each letter language, planted into letters of every other
#: language to show that the check finds it.
PLANTED = {
    "en": "Please release him immediately and ensure his safety.",
    "fr": "Veuillez le libérer immédiatement et garantir sa sécurité.",
    "es": "Les pido que lo liberen de inmediato y garanticen su seguridad.",
    "de": "Bitte lassen Sie ihn sofort frei und sorgen Sie für seine Sicherheit.",
    "ru": "Прошу немедленно освободить его и обеспечить его безопасность.",
    "ky": "Аны дароо бошотууну жана анын коопсуздугун камсыз кылууну суранам.",
    "ar": "أطالب بالإفراج عنه فورا وضمان سلامته.",
}


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_foreign_word_check_finds_a_request_in_any_other_language(language):
    """A German letter with a Spanish or English request fails the check, and
    so does every other pair; the letter itself passes."""
    _, case = CASES[0]
    letter = draft(case, 0, language)
    allowed = allowed_text(case, 0, language, letter)
    assert foreign_words(letter.text, language, allowed) == []
    assert foreign_words(PLANTED[language], language) == [], "the planted request reads as foreign in its own language"
    for other, sentence in PLANTED.items():
        if other != language:
            assert foreign_words(letter.text + "\n" + sentence, language, allowed), (language, other)


def test_an_untranslated_ask_is_reported_and_shown_as_written():
    _, case = CASES[0]
    odd = Ask("publicly recognise the legitimate work of the Vozdukh organisation")
    letter = draft(dataclasses.replace(case, asks=case.asks + (odd,)), 0, "de")
    assert letter.untranslated == (odd.text,)
    assert f"– {odd.text}." in letter.text


@pytest.mark.parametrize("language", NEW_LANGUAGES)
def test_no_sender_no_empty_lines_and_no_dangling_words(language):
    _, case = CASES[0]
    text = draft(case, 0, language, Sender()).text
    assert not text.startswith("\n")
    assert "\n\n\n" not in text
    assert "Lyon" not in text
    assert not re.search(r"\(\s*\)|depuis\s+pour|desde\s+para|aus\s*,|من\s+لأعرب", text)


def test_dates_are_written_by_babel_for_each_language():
    _, case = CASES[0]
    assert "Lyon, le 20 juillet 2010" in draft(case, 0, "fr").text
    assert "Lyon, 20 de julio de 2010" in draft(case, 0, "es").text
    assert "Lyon, 20. Juli 2010" in draft(case, 0, "de").text
    assert "\n20 يوليو/تموز 2010\n" in draft(case, 0, "ar").text  # as the body writes months
    assert "\n2010-жылдын 20-июлу\n" in draft(case, 0, "ky").text  # not CLDR's "2010-ж., 20-июль"
    assert draft(case, 0, "fr", Sender("Anna")).text.startswith("Anna\n\nLe 20 juillet 2010\n")


def test_subjects():
    _, case = CASES[0]
    assert draft(case, 0, "fr").subject == "Appel urgent : Azimjan Askarov"  # one-line subjects fold the no-break space
    assert draft(case, 0, "es").subject == "Llamamiento en favor de Azimzhan Askárov"
    assert draft(case, 0, "de").subject == "Appell für Asimschan Askarow"
    assert draft(case, 0, "ar").subject == "مناشدة بشأن عظيمجان أسكاروف"


def test_arabic_uses_the_arabic_name_and_keeps_the_postal_lines_readable():
    _, case = CASES[0]
    letter = draft(case, 0, "ar")
    assert "إزاء وضع عظيمجان أسكاروف." in letter.text
    address = next(block for block in letter.blocks if block[-1] == "KYRGYZSTAN")
    assert address[0] == "معالي السيد بولوتبيك شيرنيازوف"
    assert "ul. Frunze 469" in address and "720040 Bishkek" in address  # the local form, not English words


@pytest.mark.parametrize("language", NEW_LANGUAGES)
def test_a_case_without_people_is_refused_not_half_written(language):
    from ua_desktop.core.letters.drafting import DraftingError

    _, case = CASES[0]
    with pytest.raises(DraftingError, match="no one at risk"):
        draft(dataclasses.replace(case, people=()), 0, language)
