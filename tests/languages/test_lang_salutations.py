"""Salutations by office, gender and language, and the grammar around them:
the French closing repeats the salutation, German goes on in lower case,
Spanish takes a colon, Arabic a comma of its own."""

from __future__ import annotations

import dataclasses
import re

import pytest
from lang_helpers import NEW_LANGUAGES, bundled_cases, draft, drafter

from ua_desktop.core.case.model import Gender
from ua_desktop.core.case.offices import OFFICE_KEYS

OFFICES = tuple(OFFICE_KEYS)
GENDERS = (Gender.MALE, Gender.FEMALE, Gender.UNKNOWN)
_, CASE = bundled_cases()[0]

EXPECTED = {
    ("fr", "minister", "male"): "Monsieur le Ministre",
    ("fr", "minister", "female"): "Madame la Ministre",
    ("fr", "minister", "unknown"): "Madame, Monsieur le Ministre",
    ("fr", "prosecutor_general", "female"): "Madame la Procureure générale",
    ("fr", "commission_president", "unknown"): "Madame, Monsieur le Président",
    ("fr", "president", "female"): "Madame la Présidente",
    ("fr", "ambassador", "male"): "Monsieur l’Ambassadeur",
    ("fr", "ambassador", "female"): "Madame l’Ambassadrice",
    ("fr", "prosecutor", "female"): "Madame la Procureure",
    ("fr", "official", "unknown"): "Madame, Monsieur",
    ("es", "minister", "male"): "Señor Ministro",
    ("es", "minister", "female"): "Señora Ministra",
    ("es", "president", "female"): "Señora Presidenta",
    ("es", "prosecutor", "female"): "Señora Fiscal",
    ("es", "ambassador", "unknown"): "Excelencia",
    ("es", "official", "unknown"): "Estimado/a señor/a",
    ("es", "prosecutor", "unknown"): "Señor/a Fiscal",
    ("es", "judge", "female"): "Señora Jueza",
    ("de", "minister", "male"): "Sehr geehrter Herr Minister",
    ("de", "minister", "female"): "Sehr geehrte Frau Ministerin",
    ("de", "president", "female"): "Sehr geehrte Frau Präsidentin",
    ("de", "prosecutor", "female"): "Sehr geehrte Frau Staatsanwältin",
    ("de", "ambassador", "unknown"): "Exzellenz",
    ("de", "official", "unknown"): "Sehr geehrte Damen und Herren",
    ("de", "prosecutor", "unknown"): "Sehr geehrte Damen und Herren",
    ("ar", "minister", "male"): "معالي الوزير",
    ("ar", "minister", "female"): "معالي الوزيرة",
    ("ar", "president", "male"): "فخامة الرئيس",
    ("ar", "president", "female"): "فخامة الرئيسة",
    ("ar", "ambassador", "male"): "سعادة السفير",
    ("ar", "ambassador", "female"): "سعادة السفيرة",
    ("ar", "prosecutor_general", "female"): "سعادة النائبة العامة",
    ("ar", "prosecutor", "female"): "سعادة وكيلة النيابة",
    ("ar", "judge", "male"): "سعادة القاضي",
    ("ar", "king", "male"): "صاحب الجلالة",
    ("de", "official", "male"): "Sehr geehrte Damen und Herren",
    ("de", "mayor", "female"): "Sehr geehrte Frau Bürgermeisterin",
    ("en", "president", "male"): "Dear Mr President",
    ("en", "president", "female"): "Dear Madam President",
    ("en", "head_of_government", "unknown"): "Dear Prime Minister",
    ("en", "prosecutor_general", "unknown"): "Dear Prosecutor General",
    ("en", "commission_president", "unknown"): "Dear Chair",
    ("ru", "prosecutor", "unknown"): "Уважаемый прокурор",
    ("ru", "judge", "unknown"): "Уважаемый судья",
    ("ru", "prosecutor_general", "female"): "Уважаемая госпожа Генеральный прокурор",
    ("ky", "judge", "male"): "Урматтуу судья мырза",
    ("ky", "official", "unknown"): "Урматтуу айымдар жана мырзалар",
    ("ar", "official", "unknown"): "السادة المحترمون",
}


def letter_to(language, office, gender):
    recipient = dataclasses.replace(CASE.recipients[0], office=office, gender=gender, localized={}, salutation="")
    return draft(dataclasses.replace(CASE, recipients=(recipient,)), 0, language)


@pytest.mark.parametrize("language,office,gender", list(EXPECTED), ids=["-".join(k) for k in EXPECTED])
def test_salutation_by_office_and_gender(language, office, gender):
    letter = letter_to(language, office, Gender(gender))
    assert letter.salutation == EXPECTED[(language, office, gender)]


@pytest.mark.parametrize("language", sorted(drafter().languages))
def test_every_office_and_gender_has_a_salutation(language):
    for office in OFFICES:
        for gender in GENDERS:
            recipient = dataclasses.replace(CASE.recipients[0], office=office, gender=gender)
            assert drafter().language(language).salutation_for(recipient), (office, gender)


@pytest.mark.parametrize("office", OFFICES)
def test_gendered_forms_agree(office):
    """Female salutations are female, male ones male; unknown gender never
    guesses (or uses the form the language treats as neutral)."""
    if office in NEUTRAL_HONORIFICS:  # "Majesté", "Majestad", "Eure Hoheit": the same for a man and a woman
        return
    fr = {g: letter_to("fr", office, g).salutation for g in GENDERS}
    assert fr[Gender.MALE].startswith("Monsieur") and fr[Gender.FEMALE].startswith("Madame")
    assert fr[Gender.UNKNOWN] == "Excellence" or fr[Gender.UNKNOWN].startswith("Madame, Monsieur")
    es = {g: letter_to("es", office, g).salutation for g in GENDERS}
    assert "Señora" in es[Gender.FEMALE] or es[Gender.FEMALE] in ("Señoría", "Estimada señora")
    assert "Señor " in es[Gender.MALE] or es[Gender.MALE] in ("Señoría", "Estimado señor")
    assert es[Gender.UNKNOWN] == "Excelencia" or "/a" in es[Gender.UNKNOWN] or "/sa" in es[Gender.UNKNOWN]
    de = {g: letter_to("de", office, g).salutation for g in GENDERS}
    assert de[Gender.FEMALE].startswith("Sehr geehrte ")
    assert de[Gender.MALE].startswith(("Sehr geehrter Herr ", "Sehr geehrte Damen und Herren"))
    assert de[Gender.UNKNOWN] in ("Exzellenz", "Sehr geehrte Damen und Herren")
    ar = {g: letter_to("ar", office, g).salutation for g in GENDERS}
    if office != "official":
        assert ar[Gender.FEMALE] != ar[Gender.MALE]
        assert ar[Gender.UNKNOWN] == ar[Gender.MALE]  # Arabic's masculine is its neutral form


@pytest.mark.parametrize("office", OFFICES)
@pytest.mark.parametrize("gender", GENDERS, ids=lambda g: g.value)
def test_french_closing_repeats_the_salutation(office, gender):
    letter = letter_to("fr", office, gender)
    salutation = letter.salutation
    assert f"\n{salutation},\n\nJe vous écris depuis Lyon (France)" in letter.text
    closing = re.search(r"je vous prie d’agréer, (.+?), l’expression de (.+?)\.\n", letter.text)
    assert closing, letter.text
    assert closing.group(1) == salutation
    if office in ("president", "king", "emir", "supreme_leader"):
        assert closing.group(2) == "ma très haute considération"
    elif office in ("minister", "ambassador", "prime_minister"):
        assert closing.group(2) == "ma haute considération"


def test_french_closing_follows_a_salutation_from_the_case():
    letter = draft(CASE, 2, "fr")
    assert "\nMadame la Présidente,\n" in letter.text
    assert "je vous prie d’agréer, Madame la Présidente, l’expression de ma très haute considération." in letter.text


@pytest.mark.parametrize("office", OFFICES)
@pytest.mark.parametrize("gender", GENDERS, ids=lambda g: g.value)
def test_german_goes_on_in_lower_case_and_closes_without_comma(office, gender):
    text = letter_to("de", office, gender).text
    after = re.search(r"\n(Sehr geehrte[^\n]*|Exzellenz|Eure Majestät|Eure Hoheit),\n\n(\w+)", text)
    assert after and after.group(2) == "ich", text
    assert "\nMit freundlichen Grüßen\n" in text


@pytest.mark.parametrize("office", OFFICES)
def test_spanish_colon_and_arabic_comma(office):
    for gender in GENDERS:
        es = letter_to("es", office, gender)
        assert f"\n{es.salutation}:\n" in es.text
        assert "\nAtentamente,\n" in es.text
        ar = letter_to("ar", office, gender)
        assert f"\n{ar.salutation}،\n\nتحية طيبة وبعد،\n" in ar.text
        assert "\nوتفضلوا بقبول فائق الاحترام والتقدير،\n" in ar.text


@pytest.mark.parametrize("language", NEW_LANGUAGES)
def test_the_cases_own_salutation_wins(language):
    local = CASE.recipients[1].in_language(language)
    assert draft(CASE, 1, language).salutation == local.salutation


#: Words that belong to heads of state, monarchs and diplomats (or, in
#: Arabic, religious dignitaries), never to a prosecutor, a judge, a police
#: chief or the head of a human-rights commission.
EXALTED = ("Excellency", "превосходительство", "Excellence", "Excelencia", "Exzellenz", "فخامة", "فضيلة", "Majest")
NEUTRAL_HONORIFICS = ("king", "emir", "supreme_leader")
PLAIN_OFFICES = ("prosecutor", "judge", "police_chief", "prison_director", "commission_president", "ombudsperson",
                 "governor", "mayor", "deputy_minister", "official")


@pytest.mark.parametrize("language", ["en", *NEW_LANGUAGES, "ru", "ky"])
def test_no_head_of_state_honorific_for_plain_offices(language):
    from ua_desktop.core.letters.languages import load_letter_languages

    table = load_letter_languages()[language].salutations
    for office in PLAIN_OFFICES:
        for gender, text in table[office].items():
            assert not any(word in text for word in EXALTED), (office, gender, text)


def test_a_german_salutation_never_stops_at_herr_or_frau():
    from ua_desktop.core.letters.languages import load_letter_languages

    for office, by_gender in load_letter_languages()["de"].salutations.items():
        for text in by_gender.values():
            assert not text.rstrip(" ,").endswith(("Herr", "Frau", "Herrn")), (office, text)
