import dataclasses
import datetime as dt
import re

import pytest
from foreign_words import foreign_words

from ua_desktop.core.case.model import Ask, Gender, LocalizedRecipient, Person
from ua_desktop.core.case.casefile import load_case
from ua_desktop.core.letters.drafting import DraftingError, LetterDrafter, LetterRequest
from ua_desktop.core.letters.letter import Sender
from ua_desktop.paths import sample_case_path

DATE = dt.date(2010, 7, 20)
SENDER = Sender("Anna Schmidt", "Lyon", "France")


@pytest.fixture(scope="module")
def drafter():
    return LetterDrafter()


@pytest.fixture(scope="module")
def case():
    return load_case(sample_case_path())


def draft(drafter, case, index, language, sender=SENDER):
    return drafter.draft(LetterRequest(case, index, language, sender, DATE))


@pytest.mark.parametrize("language", ["en", "ru", "ky"])
@pytest.mark.parametrize("index", [0, 1, 2])
def test_every_letter_is_complete(drafter, case, language, index):
    letter = draft(drafter, case, index, language)
    text = letter.text
    assert "{{" not in text and "{%" not in text and "None" not in text
    from ua_desktop.core.letters.ask_phrases import ask_phrases

    phrases = ask_phrases(case, language).phrases
    assert len(phrases) == len(case.asks)
    for phrase in phrases:
        assert phrase in text
    assert not letter.untranslated
    recipient = case.recipients[index]
    local = recipient.in_language(language)
    address_block = next(b for b in letter.blocks if b[-1] == "KYRGYZSTAN" or b[-1] == "КЫРГЫЗСТАН")
    assert address_block[-1] == (local.country or recipient.country).upper()
    assert text.startswith("Anna Schmidt\nLyon, France\n")
    assert text.rstrip().endswith("Anna Schmidt")
    allowed = [p.name for p in case.people] + [*SENDER.lines, SENDER.town, SENDER.country,
                                               *(local.address_lines or recipient.address_lines)]
    assert foreign_words(text, language, allowed) == [], "words of another language in the letter"


def test_english_uses_the_cases_english_salutations(drafter, case):
    """The bundled case gives idiomatic English salutations, not the sheet's
    "Dear Interim President" (see the native reader's review)."""
    assert "\nDear Minister,\n" in draft(drafter, case, 0, "en").text
    assert "\nDear Deputy Head of the Interim Government,\n" in draft(drafter, case, 1, "en").text
    assert "\nDear Madam President,\n" in draft(drafter, case, 2, "en").text
    assert "20 July 2010" in draft(drafter, case, 0, "en").text


def test_russian_grammar(drafter, case):
    to_minister = draft(drafter, case, 0, "ru").text
    assert "Уважаемый господин министр!" in to_minister
    assert "Б. Шерниязову" in to_minister  # dative in the address block
    assert "судьбой Азимжана Аскарова" in to_minister  # genitive after «судьбой»
    assert re.search(r"20 июля 2010\s?г\.", to_minister)
    to_president = draft(drafter, case, 2, "ru").text
    assert "Уважаемая госпожа Президент!" in to_president
    assert "Р. Отунбаевой" in to_president


def test_kyrgyz_grammar(drafter, case):
    text = draft(drafter, case, 0, "ky").text
    assert "Урматтуу министр мырза!" in text
    assert "Б. Шерниязовго" in text  # dative
    assert "Азимжан Аскаровдун тагдырына" in text  # genitive
    assert "2010-жылдын 20-июлу" in text  # how letters write it, not CLDR's "2010-ж., 20-июль"
    assert "Урматтуу Президент айым!" in draft(drafter, case, 2, "ky").text


def test_a_given_nominative_is_declined_and_a_name_of_unknown_gender_is_phrased_around(drafter, case):
    plain = dataclasses.replace(case, people=(Person("Azimzhan Askarov", Gender.MALE,
                                                     {"ru": {"nom": "Азимжан Аскаров"}}),))
    assert "судьбой Азимжана Аскарова." in draft(drafter, plain, 0, "ru").text
    unknown = dataclasses.replace(case, people=(Person("Chen Wei"),), letter_facts={})
    text = draft(drafter, unknown, 0, "ru").text
    assert "судьбой следующего человека: Чен Уей." in text  # no guessed ending for an unknown gender
    assert "Chen" not in text


def test_salutation_built_from_office_and_gender(drafter, case):
    bare = [dataclasses.replace(r, localized={}) for r in case.recipients]
    unknown = dataclasses.replace(bare[0], gender=Gender.UNKNOWN)
    female = dataclasses.replace(bare[0], gender=Gender.FEMALE)
    for recipient, expected in [(bare[0], "Уважаемый господин министр!"),
                                (female, "Уважаемая госпожа министр!"),
                                (unknown, "Уважаемый министр!")]:
        text = draft(drafter, dataclasses.replace(case, recipients=(recipient,)), 0, "ru").text
        assert f"\n{expected}\n" in text


def test_case_text_is_never_run_as_template(drafter, case):
    hostile = dataclasses.replace(case, people=(Person("{{ 7*7 }} {{ ''.__class__ }}"),),
                                  letter_facts={"en": "{% for x in range(10**9) %}x{% endfor %}"})
    text = draft(drafter, hostile, 0, "en").text
    assert "{{ 7*7 }} {{ ''.__class__ }}" in text
    assert "{% for x in range(10**9) %}x{% endfor %}" in text


def test_hostile_template_is_refused(tmp_path, case):
    folder = tmp_path / "letters" / "en"
    folder.mkdir(parents=True)
    (folder / "language.json").write_text(
        '{"code": "en", "english_name": "English", "native_name": "English", "babel_locale": "en"}')
    (folder / "letter.txt.j2").write_text("{{ ''.__class__.__mro__[1].__subclasses__() }}")
    with pytest.raises(DraftingError, match="template"):
        LetterDrafter(tmp_path / "letters").draft(LetterRequest(case, 0, "en", SENDER, DATE))


def test_unknown_language_and_recipient(drafter, case):
    with pytest.raises(DraftingError, match="cannot write letters"):
        draft(drafter, case, 0, "xx")
    with pytest.raises(DraftingError, match="no recipient number 9"):
        draft(drafter, case, 8, "en")
    with pytest.raises(DraftingError, match="no one to write to"):
        draft(drafter, dataclasses.replace(case, recipients=()), 0, "en")


def test_untranslated_asks_are_reported(drafter, case):
    # A recognised ask without a translation is written from its kind; one
    # that is not recognised stays as the sheet wrote it, reported.
    known = dataclasses.replace(case.asks[0], translations={})
    odd = Ask(text="publicly recognise the work of the Vozdukh organisation")
    letter = draft(drafter, dataclasses.replace(case, asks=(known, odd) + case.asks[1:]), 0, "ru")
    assert letter.untranslated == (odd.text,)
    assert odd.text in letter.text
    assert "– немедленно и безоговорочно освободить Азимжана Аскарова;" in letter.text


def test_no_sender_means_no_empty_lines(drafter, case):
    letter = draft(drafter, case, 0, "en", Sender())
    assert letter.text.startswith("20 July 2010\n\nActing Minister of Internal Affairs")
    assert letter.text.rstrip().endswith("Yours sincerely,")
    assert "writing to express" in letter.text


def test_subjects(drafter, case):
    assert draft(drafter, case, 0, "en").subject == "Appeal for Azimzhan Askarov, Kyrgyzstan"
    assert draft(drafter, case, 0, "ru").subject == "Обращение в защиту Азимжана Аскарова"
    assert draft(drafter, case, 0, "ky").subject == "Азимжан Аскаров боюнча кайрылуу"


def test_localized_recipient_overrides(drafter, case):
    recipient = dataclasses.replace(case.recipients[0], localized={"en": LocalizedRecipient(
        addressee_lines=("The Minister",), country="Kyrgyz Republic")})
    text = draft(drafter, dataclasses.replace(case, recipients=(recipient,)), 0, "en").text
    assert "The Minister\nFrunze Street, 469\nBishkek 720040\nKYRGYZ REPUBLIC\n" in text


def test_template_cache_is_used_and_a_broken_cache_is_ignored(tmp_path, case):
    cache = tmp_path / "cache"
    first = LetterDrafter(cache_dir=cache).draft(LetterRequest(case, 0, "en", SENDER, DATE))
    files = list(cache.iterdir())
    assert files, "compiled template was not cached"
    for file in files:
        file.write_bytes(b"garbage")
    again = LetterDrafter(cache_dir=cache).draft(LetterRequest(case, 0, "en", SENDER, DATE))
    assert again.text == first.text
    blocked = tmp_path / "blocked"
    blocked.write_text("a file where the cache folder should be")
    assert LetterDrafter(cache_dir=blocked).draft(LetterRequest(case, 0, "en", SENDER, DATE)).text == first.text


def test_a_case_with_no_one_at_risk_is_refused_plainly(drafter, case):
    with pytest.raises(DraftingError, match="names no one at risk"):
        draft(drafter, dataclasses.replace(case, people=()), 0, "en")
