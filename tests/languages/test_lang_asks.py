"""The ask catalogue: common asks recognised in varied wordings and written
natively in each letter language, names in the right grammatical case, and
everything it does not know left for the user."""

from __future__ import annotations

import dataclasses
import json
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from lang_helpers import bundled_cases, draft

from ua_desktop.core.letters.ask_catalog import (
    AskCatalog,
    asks_needing_translation,
    default_catalog_path,
    load_catalog,
    recognise_ask,
    translate_ask,
)
from ua_desktop.core.case.model import Ask, Gender, Person
from ua_desktop.core.importer import import_file

LANGUAGES = ("en", "ru", "ky", "fr", "es", "de", "ar")
FIXTURES = Path(__file__).resolve().parents[1] / "importer" / "fixtures"
_, CASE = bundled_cases()[0]
ASKAROV = CASE.people[0]
NAUL = Person("Teresita Naul", Gender.FEMALE)
TWO = (Person("Yasaman Aryani", Gender.FEMALE), Person("Monireh Arabshahi", Gender.FEMALE))

WORDINGS = {
    "release": [
        "release Azimzhan Askarov immediately and unconditionally",
        "immediately and unconditionally release human rights defender Azimzhan Askarov",
        "Release him immediately",
        "free prisoner of conscience Azimzhan Askarov",
        "calling on the authorities to release Azimzhan Askarov immediately and unconditionally",
        "ensure the immediate and unconditional release of Azimzhan Askarov",
        ("release Yasaman Aryani and Monireh Arabshahi immediately and unconditionally, as they are held solely "
        "for peacefully exercising their rights"),
    ],
    "access": [
        "ensure that Azimzhan Askarov has access to a lawyer of his choice, his family and medical care",
        "ensure that Azimzhan Askarov has immediate access to medical care, a lawyer of his choice and his family",
        "ensure he has regular access to his family and lawyer",
        "grant him immediate access to any medical care he may require",
        "ensure that they have regular access to their families and lawyers of their choosing",
    ],
    "investigate": [
        ("order a prompt, thorough and independent investigation into allegations that Azimzhan Askarov has been "
        "tortured in detention"),
        "investigate the allegations of torture",
        "promptly investigate the allegations that he was tortured and bring those responsible to justice",
        ("carry out an impartial and effective investigation into reports of torture and other ill-treatment of "
        "Azimzhan Askarov"),
        ("ensure that allegations that Azimzhan Askarov was beaten in custody are promptly and impartially "
        "investigated"),
    ],
    "return_property": [
        ("return any equipment and video or photographic material or other possessions that have been seized from "
        "Azimzhan Askarov"),
        "return his equipment",
        "return the phones and computers confiscated from Azimzhan Askarov",
    ],
    "defenders_work": [
        ("allow human rights defenders, journalists and other civil society activists to carry out their work "
        "without threat of harassment or obstruction by the authorities"),
        ("ensure that human rights defenders in Kyrgyzstan can carry out their legitimate work without fear of "
        "reprisals"),
        "ensure that journalists and lawyers are able to carry out their peaceful activities without intimidation",
    ],
    "halt_execution": [
        "immediately halt the execution of Azimzhan Askarov",
        "halt any plans to execute Azimzhan Askarov",
        "stop Azimzhan Askarov's imminent execution",
    ],
    "reveal_whereabouts": [
        "reveal the fate and whereabouts of Azimzhan Askarov",
        "immediately disclose his whereabouts to his family",
        "reveal where Azimzhan Askarov is being held",
    ],
    "fair_trial": [
        ("ensure that Azimzhan Askarov receives a fair trial in line with international standards, without "
        "recourse to the death penalty"),
        "ensure that any trial of Azimzhan Askarov meets international fair trial standards",
        "guarantee his right to a fair trial",
    ],
    "drop_charges": [
        "drop all charges against Azimzhan Askarov",
        "immediately drop the charges against him",
        "withdraw the criminal charges brought against Azimzhan Askarov",
    ],
    "protect_from_torture": [
        "ensure he is protected from torture",
        "Ensure that he is not tortured or otherwise ill-treated while in detention",
        "ensure that she is protected from torture and other ill-treatment",
    ],
}

NOT_CATALOGUED = [
    "quash Majid Kazemi's conviction and death sentence",
    "calling on them to end the practice of red-tagging human rights defenders",
    "release Narges Mohammadi immediately and unconditionally and to quash her conviction and sentence",
    "release Azimzhan Askarov immediately and unconditionally unless he is charged with a recognizable crime",
    "ensure that COPINH members have all the protection they ask for",
    "investigate the threats against María Alejandra Rondón Pérez",
    "",
    "release",
]


@pytest.mark.parametrize("key", sorted(WORDINGS))
def test_common_asks_are_recognised_in_varied_wordings(key):
    for wording in WORDINGS[key]:
        assert recognise_ask(wording, "en") == key, wording
        for language in LANGUAGES:
            phrase = translate_ask(wording, "en", language, (ASKAROV,) + TWO)
            assert phrase and "{" not in phrase and "  " not in phrase, (wording, language, phrase)


@pytest.mark.parametrize("text", NOT_CATALOGUED)
def test_asks_outside_the_catalogue_are_not_guessed(text):
    assert recognise_ask(text, "en") is None
    assert translate_ask(text, "en", "fr", (ASKAROV,)) is None


def test_an_ask_with_two_actions_is_translated_whole():
    text = "calling on the authorities to release Teresita Naul immediately and to drop all charges against her"
    assert recognise_ask(text, "en") == "release+drop_charges"
    assert translate_ask(text, "en", "fr", (NAUL,)) == (
        "libérer Teresita Naul immédiatement et abandonner toutes les charges retenues contre Teresita Naul")
    assert translate_ask(text, "en", "ru", (NAUL,)) == "немедленно освободить её и снять с неё все обвинения"
    assert translate_ask(text, "en", "ar", (NAUL,)).startswith("الإفراج عن Teresita Naul فورًا وإسقاط")


def test_the_details_of_an_ask_are_kept():
    """Only what the ask says: no "unconditionally" it did not ask for, the
    lawyer / family / medical care it names, in its order."""
    assert translate_ask("release Azimzhan Askarov", "en", "fr", (ASKAROV,)) == "libérer Azimzhan Askarov"
    assert translate_ask("release Azimzhan Askarov immediately", "en", "de", (ASKAROV,)) == \
        "Azimzhan Askarov umgehend freizulassen"
    assert translate_ask("ensure he has access to his family", "en", "ru", (ASKAROV,)) == \
        "обеспечить Азимжану Аскарову доступ к родным"
    assert translate_ask("ensure that Azimzhan Askarov has immediate access to medical care, a lawyer of his choice "
                         "and his family", "en", "es", (ASKAROV,)) == (
        "garantizar que Azimzhan Askarov tenga acceso inmediato a atención médica, a un abogado de su elección "
        "y a su familia")
    assert translate_ask("reveal the whereabouts of Azimzhan Askarov", "en", "es", (ASKAROV,)) == \
        "revelar el paradero de Azimzhan Askarov"


def test_the_bundled_cases_asks_render_natively():
    expected = {
        "ru": "немедленно и безоговорочно освободить Азимжана Аскарова",
        "ky": "Азимжан Аскаровду дароо жана эч кандай шартсыз бошотууну",
        "fr": "libérer Azimzhan Askarov immédiatement et sans condition",
        "es": "poner en libertad a Azimzhan Askarov de inmediato y sin condiciones",
        "de": "Azimzhan Askarov umgehend und bedingungslos freizulassen",
        "ar": "الإفراج عن عظيمجان أسكاروف فورًا ودون قيد أو شرط",
    }
    for language, phrase in expected.items():
        assert translate_ask(CASE.asks[0].text, "en", language, CASE.people) == phrase
    for ask in CASE.asks:
        assert recognise_ask(ask.text, "en")


def test_russian_and_kyrgyz_use_the_declined_forms_from_the_case():
    access = "ensure that Azimzhan Askarov has immediate access to a lawyer"
    assert translate_ask(access, "en", "ru", (ASKAROV,)).startswith("обеспечить Азимжану Аскарову ")  # dative
    assert translate_ask(access, "en", "ky", (ASKAROV,)).startswith("Азимжан Аскаровго ")  # барыш жөндөмө
    property_ = "return the equipment seized from Azimzhan Askarov"
    assert translate_ask(property_, "en", "ky", (ASKAROV,)).startswith("Азимжан Аскаровдон ")  # чыгыш жөндөмө
    assert translate_ask(property_, "en", "ru", (ASKAROV,)).startswith("вернуть Азимжану Аскарову то, что у него")
    ky = translate_ask("release Azimzhan Askarov", "en", "ky", (ASKAROV,))
    assert ky == "Азимжан Аскаровду бошотууну"  # табыш жөндөмө, verbal noun in the accusative


def test_a_missing_form_is_phrased_around_never_printed_in_a_wrong_case():
    bare = Person("Azimzhan Askarov", Gender.MALE, {"ru": {"nom": "Азимжан Аскаров"}})
    assert translate_ask("release Azimzhan Askarov", "en", "ru", (bare,)) == "освободить его"
    she = Person("Teresita Naul", Gender.FEMALE)
    assert translate_ask("drop all charges against Teresita Naul", "en", "ru", (she,)) == "снять с неё все обвинения"
    nobody = Person("Alex Doe")
    assert translate_ask("release Alex Doe", "en", "ru", (nobody,)) == "освободить этого человека"
    assert translate_ask("release Alex Doe", "en", "ky", (nobody,)) == "бул адамды бошотууну"
    # The nominative needs no declension: a Latin name is fine there.
    assert "что Alex Doe подвергался пыткам" in translate_ask(
        "investigate allegations that Alex Doe was tortured", "en", "ru", (nobody,))


def test_someone_not_in_the_case_is_left_to_the_user_where_a_case_form_is_needed():
    assert translate_ask("release Francisco Javier Sanchez", "en", "ru", (ASKAROV,)) is None
    assert translate_ask("release Francisco Javier Sanchez", "en", "fr", (ASKAROV,)) == \
        "libérer Francisco Javier Sanchez"


def test_gender_and_number_agree():
    assert translate_ask("ensure they have access to a lawyer of their choice", "en", "ru", TWO) == \
        "обеспечить им доступ к адвокатам по их выбору"
    assert translate_ask("ensure she has access to a lawyer of her choice", "en", "de", (NAUL,)) == \
        "dafür zu sorgen, dass Teresita Naul Zugang zu einem Rechtsbeistand ihrer Wahl erhält"
    assert translate_ask("reveal the fate and whereabouts of Teresita Naul", "en", "fr", (NAUL,)) == \
        "révéler le sort de Teresita Naul et le lieu où elle se trouve"
    assert translate_ask("reveal the fate and whereabouts of Teresita Naul", "en", "ar", (NAUL,)) == \
        "الكشف عن مصير Teresita Naul ومكان وجودها"


def test_french_elision_and_spanish_conjunctions():
    assert translate_ask("halt the execution of Azimzhan Askarov", "en", "fr", (ASKAROV,)) == \
        "surseoir à l’exécution d’Azimzhan Askarov"
    es = translate_ask("allow journalists to carry out their work without harassment or obstruction", "en", "es", ())
    assert es == "permitir a los periodistas llevar a cabo su trabajo sin hostigamiento u obstrucción"


def test_asks_from_the_sample_sheets():
    """The asks the importer reads from the seed and sample sheets in English,
    French and German: the common ones recognised, the rest left alone."""
    found = {}
    for name in ("seed-ua-2010-askarov-kyrgyzstan.txt", "fr-action-urgente-tunisie.txt", "de-appell-belarus.txt",
                 "web-page-usa-section.txt", "titles-in-name-iran.txt", "21_honduras-copinh-2017-template.txt"):
        case = import_file(FIXTURES / name).case
        found[name] = [recognise_ask(a.text, case.source_language) for a in case.asks]
        for ask in case.asks:
            if recognise_ask(ask.text, case.source_language):
                for language in LANGUAGES:
                    if language != case.source_language:
                        assert translate_ask(ask.text, case.source_language, language, case.people), (name, language)
    assert found["seed-ua-2010-askarov-kyrgyzstan.txt"] == [
        "release", "access", "investigate", "return_property", "defenders_work"]
    assert found["fr-action-urgente-tunisie.txt"] == ["release", "protect_from_torture", "access"]
    assert found["de-appell-belarus.txt"] == ["release", "access"]
    assert found["web-page-usa-section.txt"] == ["release", "protect_from_torture"]
    assert found["titles-in-name-iran.txt"] == [None, "protect_from_torture"]
    assert found["21_honduras-copinh-2017-template.txt"] in ([], [None])  # model-letter prose: nothing guessed


def test_the_catalogue_is_complete_for_every_letter_language():
    data = json.loads(default_catalog_path().read_text(encoding="utf-8"))
    AskCatalog(data).validate()  # every pattern compiles
    keys = [entry["key"] for entry in data["asks"]]
    assert {"release", "access", "investigate", "return_property", "defenders_work", "halt_execution",
            "reveal_whereabouts", "fair_trial", "drop_charges"} <= set(keys)
    assert len(keys) == len(set(keys))
    for entry in data["asks"]:
        assert set(entry["render"]) == set(LANGUAGES), entry["key"]
        listed = {name for text in entry["render"].values()
                  for names in re.findall(r"\{(?:list|or):([\w,]+)\}", text) for name in names.split(",")}
        for name in listed:
            assert set(entry["words"][name]) == set(LANGUAGES), (entry["key"], name)
    for language in LANGUAGES:
        assert set(data["pronouns"].get(language, {"nom": {}})["nom"]) <= {"male", "female", "plural", "unknown"}


def test_case_text_is_never_read_as_catalogue_syntax():
    odd = Person("{g:a|b|c|d} {name:dat}", Gender.MALE)
    assert translate_ask("release {g:a|b|c|d} {name:dat}", "en", "fr", (odd,)) is None  # not a name
    tricky = Person("Ann Lee", Gender.FEMALE, {"ru": {"acc": "Энн {g:a|b|c|d} {?x:y} {name}"}})
    catalog = AskCatalog(json.loads(default_catalog_path().read_text(encoding="utf-8")))
    assert catalog.translate("release Ann Lee", "en", "ru", (tricky,)) == "освободить Энн {g:a|b|c|d} {?x:y} {name}"


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=300), st.sampled_from(["en", "fr", "es", "de"]), st.sampled_from(LANGUAGES))
def test_any_text_is_either_translated_cleanly_or_left_alone(text, source, target):
    result = translate_ask(text, source, target, (ASKAROV,))
    assert result is None or ("\x01" not in result and "{" not in result and result.strip() == result)


def test_unrecognised_asks_are_reported_in_the_letter():
    odd = Ask("publicly recognise the legitimate work of human rights defenders in the south")
    plain = Ask("release Azimzhan Askarov immediately")  # no translations at all
    letter = draft(dataclasses.replace(CASE, asks=(plain, odd)), 0, "fr")
    assert odd.text in letter.untranslated
    assert f"– {odd.text}." in letter.text


def test_recognised_asks_are_written_natively_in_the_letter():
    odd = Ask("publicly recognise the legitimate work of human rights defenders in the south")
    plain = Ask("release Azimzhan Askarov immediately")
    letter = draft(dataclasses.replace(CASE, asks=(plain, odd)), 0, "fr")
    assert letter.untranslated == (odd.text,)
    assert "– libérer Azimzhan Askarov immédiatement\u00a0;" in letter.text
    ru = draft(dataclasses.replace(CASE, asks=(plain,)), 0, "ru")
    assert "– немедленно освободить Азимжана Аскарова." in ru.text and ru.untranslated == ()


def test_the_catalogue_loads_once():
    assert load_catalog() is load_catalog()


def test_the_case_review_learns_which_asks_need_a_translation():
    odd = Ask("publicly recognise the legitimate work of human rights defenders in the south")
    plain = Ask("release Azimzhan Askarov immediately")
    case = dataclasses.replace(CASE, asks=CASE.asks + (plain, odd))
    for language in ("fr", "ru", "ar"):
        assert asks_needing_translation(case, language) == (odd,)
    assert asks_needing_translation(case, "en") == ()  # the sheet's own language
    translated = dataclasses.replace(odd, translations={"fr": "reconnaître publiquement le travail légitime"})
    assert asks_needing_translation(dataclasses.replace(case, asks=(plain, translated)), "fr") == ()
