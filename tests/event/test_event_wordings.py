"""Letters that differ: every template has alternative phrasings, the first
phrasing is unchanged, and the personal sentence has its own paragraph."""

from __future__ import annotations

import dataclasses
import itertools

import pytest
from foreign_words import foreign_words
from event_helpers import (
    DIFFERENT_LETTERS,
    LANGUAGES,
    SENDER,
    draft,
    sample_case,
)

from ua_desktop.core.case.model import Gender, Person
from ua_desktop.core.letters.drafting import LetterDrafter, LetterRequest
from ua_desktop.core.events.event import MAX_PERSONAL_CHARS, clean_personal
from ua_desktop.core.letters.letter import Sender

CASE = sample_case()
NO_FORMS = dataclasses.replace(CASE, people=(Person("Jane Doe", Gender.FEMALE),))
TWO_PEOPLE = dataclasses.replace(CASE, people=CASE.people + (Person("Jane Doe", Gender.FEMALE),))
BARE = dataclasses.replace(CASE, letter_facts={}, asks=(), country="")


@pytest.mark.parametrize("language", LANGUAGES)
def test_consecutive_wordings_give_different_letters(language):
    for case in (CASE, NO_FORMS, TWO_PEOPLE):
        for index in range(len(case.recipients)):
            texts = [draft(case, language, wording, index).text for wording in range(DIFFERENT_LETTERS)]
            assert len(set(texts)) == DIFFERENT_LETTERS, (language, index)


@pytest.mark.parametrize("language", LANGUAGES)
def test_neighbouring_wordings_differ_in_opening_requests_and_thanks(language):
    for wording in range(DIFFERENT_LETTERS):
        first = draft(CASE, language, wording).blocks
        second = draft(CASE, language, wording + 1).blocks
        assert len(first) == len(second)
        changed = [number for number, (a, b) in enumerate(zip(first, second)) if a != b]
        asks = next(number for number, block in enumerate(first) if block[-1].startswith("–"))
        assert asks in changed, "the requests' lead-in"
        assert len(first) - 4 in changed, "the thanks"
        assert any(number < asks - 1 for number in changed), "the opening"


@pytest.mark.parametrize("language", LANGUAGES)
def test_first_wording_is_the_template_as_it_was(language):
    """Wording 0 is the letter every other test pins: the same with or
    without the event's drafter, and with an empty personal sentence."""
    from event_helpers import DATE

    plain = LetterDrafter().draft(LetterRequest(CASE, 0, language, SENDER, DATE))
    assert draft(CASE, language, 0).text == plain.text
    assert draft(CASE, language, 0, personal="").text == plain.text


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_wording_renders_cleanly_for_every_kind_of_case(language):
    for case, wording, sender in itertools.product((CASE, NO_FORMS, TWO_PEOPLE, BARE), range(DIFFERENT_LETTERS),
                                                   (SENDER, Sender(), Sender("", "Lyon", ""))):
        text = draft(case, language, wording, sender=sender).text
        assert "{" not in text and "}" not in text and "None" not in text, (language, wording)
        assert "  " not in text and " ." not in text.replace("\u00a0.", ""), (language, wording, text)
        assert ",." not in text and ".." not in text, (language, wording)


@pytest.mark.parametrize("language", LANGUAGES)
def test_alternative_wordings_hold_no_other_language(language):
    for wording in range(DIFFERENT_LETTERS):
        letter = draft(CASE, language, wording)
        allowed = [p.name for p in CASE.people] + [*SENDER.lines, SENDER.town, SENDER.country, *letter.untranslated]
        recipient = CASE.recipients[0]
        local = recipient.in_language(language)
        allowed += list(local.address_lines or recipient.address_lines) + [(local.country or recipient.country)
                                                                            .upper()]
        if not local.addressee_lines:
            allowed += list(recipient.title_lines)
        assert foreign_words(letter.text, language, allowed) == [], (language, wording)


def test_french_closing_always_repeats_the_salutation():
    for index, wording in itertools.product(range(len(CASE.recipients)), range(DIFFERENT_LETTERS)):
        letter = draft(CASE, "fr", wording, index)
        closing = letter.blocks[-2][0]
        assert f"agréer, {letter.salutation}, l’expression de" in closing, closing


def test_german_letter_goes_on_in_lower_case_after_the_salutation():
    for wording in range(DIFFERENT_LETTERS):
        blocks = draft(CASE, "de", wording).blocks
        salutation = next(i for i, block in enumerate(blocks) if block[0].endswith(","))
        assert blocks[salutation + 1][0][0].islower(), blocks[salutation + 1]
        assert not blocks[-2][0].endswith(","), "a German sign-off has no comma"


def test_russian_and_kyrgyz_write_a_name_without_forms_in_cyrillic_never_in_latin():
    """The case file has no Cyrillic form: every wording uses the suggested
    spelling (which the review shows for correction), never the Latin one."""
    for language, wording in itertools.product(("ru", "ky"), range(3)):
        text = draft(NO_FORMS, language, wording).text
        assert "Jane Doe" not in text, (language, wording)
        assert "Джане Дое" in text, (language, wording)


@pytest.mark.parametrize("language", LANGUAGES)
def test_personal_sentence_has_its_own_paragraph_before_the_thanks(language):
    sentence = "I am a teacher in Lyon and I write with my pupils."
    for wording in range(4):
        plain = draft(CASE, language, wording).blocks
        letter = draft(CASE, language, wording, personal=sentence).blocks
        assert letter.count((sentence,)) == 1
        at = letter.index((sentence,))
        assert letter[:at] + letter[at + 1:] == plain, "only the paragraph is added"
        assert letter[at - 1][-1].startswith("–"), "it comes right after the requests"
        assert len(letter) - at == 4, "then the thanks, the sign-off and the name"


def test_personal_sentence_is_cleaned_and_kept_short():
    assert clean_personal("  I am\x07 a teacher\n in Lyon.\t ") == "I am a teacher in Lyon."
    long = " ".join(["word"] * 200)
    cleaned = clean_personal(long)
    assert len(cleaned) <= MAX_PERSONAL_CHARS and cleaned.endswith("word")
    assert clean_personal("x" * 500) == "x" * MAX_PERSONAL_CHARS
    letter = draft(CASE, "en", personal=clean_personal("Je suis\u0000 enseignante\r\nà Lyon."))
    assert ("Je suis enseignante à Lyon.",) in letter.blocks


def test_no_personal_paragraph_when_the_sentence_is_empty():
    assert draft(CASE, "en", personal="").text == draft(CASE, "en").text
    assert draft(CASE, "en", personal=clean_personal("  \n ")).text == draft(CASE, "en").text


def test_template_text_in_a_personal_sentence_is_printed_as_typed():
    letter = draft(CASE, "en", personal="{{ 7*7 }} {% if 1 %}x{% endif %}")
    assert ("{{ 7*7 }} {% if 1 %}x{% endif %}",) in letter.blocks
