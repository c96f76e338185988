"""Requests written natively in every letter language: every kind in every
language, agreement with a man, a woman, two people and a group, Russian and
Kyrgyz case endings (or a pronoun, never a guessed ending), names in the
letter's script, lists of names, and nothing rendered with less than asked."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ua_desktop.core.case.model import Gender, Person
from ua_desktop.core.letters.requests.model import KINDS, QUALIFIERS, REASONS, Request, UnrecognisedRequest, Who
from ua_desktop.core.letters.requests.render import (
    LANGUAGES,
    _mentioned_flags,
    load_render_data,
    missing_renderings,
    render_request,
    render_requests,
)

ASKAROV = Person("Azimzhan Askarov", Gender.MALE, {
    "ru": {"nom": "Азимжан Аскаров", "gen": "Азимжана Аскарова", "dat": "Азимжану Аскарову",
           "acc": "Азимжана Аскарова", "ins": "Азимжаном Аскаровым", "prep": "Азимжане Аскарове"},
    "ky": {"nom": "Азимжан Аскаров", "gen": "Азимжан Аскаровдун", "dat": "Азимжан Аскаровго",
           "acc": "Азимжан Аскаровду", "loc": "Азимжан Аскаровдо", "abl": "Азимжан Аскаровдон"},
    "ar": {"nom": "عظيمجان أسكاروف"},
})
NAUL = Person("Teresita Naul", Gender.FEMALE, {
    "ru": {"nom": "Тересита Наул", "gen": "Тереситы Наул", "dat": "Тересите Наул", "acc": "Тереситу Наул",
           "ins": "Тереситой Наул", "prep": "Тересите Наул"},
    "ky": {"nom": "Тересита Наул", "gen": "Тересита Наулдун", "dat": "Тересита Наулга", "acc": "Тересита Наулду",
           "loc": "Тересита Наулда", "abl": "Тересита Наулдан"},
    "ar": {"nom": "تيريسيتا ناول"},
})
BARE_MAN = Person("Ali Saleh", Gender.MALE)
BARE_WOMAN = Person("Mona Adel", Gender.FEMALE)
NOBODY = Person("Alex Doe")
LATIN = re.compile(r"[A-Za-z]")


def req(kind: str, *qualifiers: str, who: Who = Who(), reason: str = "", **details: str) -> Request:
    return Request(kind, who=who, qualifiers=frozenset(qualifiers), reason=reason, details=details)


def supported(kind: str, language: str) -> set[str]:
    data = load_render_data(language)
    return _mentioned_flags(data.kinds[kind], data) & set(QUALIFIERS)


# ------------------------------------------------------------- completeness
def test_every_kind_has_a_rendering_in_every_language():
    assert missing_renderings() == []
    for language in LANGUAGES:
        assert set(load_render_data(language).kinds) == set(KINDS), language


def test_a_kind_takes_the_same_qualifiers_in_every_language():
    """Otherwise a request would be written in one letter and refused in another."""
    for kind in KINDS:
        by_language = {language: supported(kind, language) for language in LANGUAGES}
        assert len({frozenset(v) for v in by_language.values()}) == 1, (kind, by_language)


def test_every_qualifier_and_reason_is_rendered_somewhere_in_every_language():
    for language in LANGUAGES:
        data = load_render_data(language)
        flags = set().union(*(_mentioned_flags(t, data) for t in data.kinds.values()))
        assert set(QUALIFIERS) <= flags, (language, set(QUALIFIERS) - flags)
        assert set(REASONS) <= set(data.reasons), language


WHOS = {
    "man": ((ASKAROV,), Who()),
    "woman": ((NAUL,), Who()),
    "two": ((ASKAROV, NAUL), Who()),
    "group": ((ASKAROV,), Who(group="protesters")),
}


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("who", sorted(WHOS))
def test_every_kind_with_every_qualifier_it_takes_is_written(language, who):
    people, target = WHOS[who]
    for kind in KINDS:
        details = {"subject": "the raid on the office"} if kind == "investigate" else {}
        request = Request(kind, who=target, qualifiers=frozenset(supported(kind, language)),
                          reason="peaceful_exercise" if kind == "release" else "", details=details)
        text = render_request(request, language, people, source_language=language)
        assert text, (kind, language, who)
        assert "{" not in text and "}" not in text and "\x01" not in text and "  " not in text, text
        if language in ("ru", "ky", "ar"):
            assert not LATIN.search(text.replace("the raid on the office", "")), text


# ---------------------------------------------------------------- agreement
@pytest.mark.parametrize("language, who, expected", [
    ("en", "man", "release Azimzhan Askarov immediately and unconditionally, as he is held solely for peacefully exercising his human rights"),
    ("en", "woman", "release Teresita Naul immediately and unconditionally, as she is held solely for peacefully exercising her human rights"),
    ("en", "two", "release Azimzhan Askarov and Teresita Naul immediately and unconditionally, as they are held solely for peacefully exercising their human rights"),
    ("ru", "man", "немедленно и безоговорочно освободить Азимжана Аскарова, поскольку он содержится под стражей исключительно за мирное осуществление своих прав"),
    ("ru", "woman", "немедленно и безоговорочно освободить Тереситу Наул, поскольку она содержится под стражей исключительно за мирное осуществление своих прав"),
    ("ru", "two", "немедленно и безоговорочно освободить Азимжана Аскарова и Тереситу Наул, поскольку они содержатся под стражей исключительно за мирное осуществление своих прав"),
    ("ky", "man", "Азимжан Аскаровду дароо жана эч кандай шартсыз бошотууну, анткени ал өз укуктарын тынч жол менен пайдаланганы үчүн гана камакта"),
    ("ky", "two", "Азимжан Аскаровду жана Тересита Наулду дароо жана эч кандай шартсыз бошотууну, анткени алар өз укуктарын тынч жол менен пайдаланышканы үчүн гана камакта"),
    ("fr", "woman", "libérer Teresita Naul immédiatement et sans condition, car elle est détenue uniquement pour avoir exercé pacifiquement ses droits"),
    ("fr", "two", "libérer Azimzhan Askarov et Teresita Naul immédiatement et sans condition, car ils sont détenus uniquement pour avoir exercé pacifiquement leurs droits"),
    ("es", "woman", "poner en libertad a Teresita Naul de inmediato y sin condiciones, ya que está recluida únicamente por haber ejercido pacíficamente sus derechos"),
    ("de", "man", "Azimzhan Askarov umgehend und bedingungslos freizulassen, da er allein wegen der friedlichen Wahrnehmung seiner Rechte inhaftiert ist"),
    ("de", "two", "Azimzhan Askarov und Teresita Naul umgehend und bedingungslos freizulassen, da sie allein wegen der friedlichen Wahrnehmung ihrer Rechte inhaftiert sind"),
    ("ar", "woman", "الإفراج عن تيريسيتا ناول فورًا ودون قيد أو شرط، إذ إنها محتجزة لا لشيء إلا لممارسة حقوقها سلميًا"),
    ("ar", "two", "الإفراج عن عظيمجان أسكاروف وتيريسيتا ناول فورًا ودون قيد أو شرط، إذ إنهما محتجزان لا لشيء إلا لممارسة حقوقهما سلميًا"),
])
def test_release_agrees_with_the_people(language, who, expected):
    people, target = WHOS[who]
    request = req("release", "immediately", "unconditionally", who=target, reason="peaceful_exercise")
    assert render_request(request, language, people) == expected


def test_two_women_take_the_feminine_plural_and_arabic_the_dual():
    two_women = (NAUL, BARE_WOMAN)
    request = req("release", reason="peaceful_exercise")
    assert "elles sont détenues" in render_request(request, "fr", two_women)
    assert "están recluidas" in render_request(request, "es", two_women)
    mona = Person("Mona Adel", Gender.FEMALE, {"ar": {"nom": "منى عادل"}})
    assert "إنهما محتجزتان" in render_request(request, "ar", (NAUL, mona))
    third = Person("Huda Ali", Gender.FEMALE, {"ar": {"nom": "هدى علي"}})
    assert "إنهن محتجزات" in render_request(request, "ar", (NAUL, mona, third))
    assert "إنهم محتجزون" in render_request(request, "ar", (ASKAROV, NAUL, third))
    assert render_request(req("release"), "ar", (BARE_MAN, BARE_WOMAN)) == "الإفراج عن هذين الشخصين"


@pytest.mark.parametrize("language, expected", [
    ("en", "ensure that the protesters have immediate access to lawyers of their choice"),
    ("ru", "обеспечить участникам протестов немедленный доступ к адвокатам по их выбору"),
    ("ky", "нааразылык акцияларынын катышуучуларына өздөрү тандаган адвокаттарга дароо жетүү мүмкүнчүлүгүн камсыз кылууну"),
    ("fr", "garantir aux manifestants un accès immédiat à des avocats de leur choix"),
    ("es", "garantizar que los manifestantes tengan acceso inmediato a abogados de su elección"),
    ("de", "dafür zu sorgen, dass die Protestierenden umgehend Zugang zu Rechtsbeiständen ihrer Wahl erhalten"),
    ("ar", "ضمان تمكين المحتجين من الاتصال فورًا بمحامين يختارونهم"),
])
def test_a_group_agrees_in_the_plural(language, expected):
    request = req("access_lawyer", "immediately", "of_their_choice", who=Who(group="protesters"))
    assert render_request(request, language, (ASKAROV,)) == expected


def test_a_group_of_one_grammatical_gender_agrees_with_it():
    community = Who(group="community")
    assert render_request(req("consult_community", who=community), "de", ()) == \
        "die Gemeinschaft vor allen Entscheidungen, die sie betreffen, ernsthaft zu konsultieren"
    assert render_request(req("consult_community", who=community), "ru", ()) == \
        "провести подлинные консультации с общиной по всем решениям, которые её затрагивают"


def test_unknown_gender_is_never_given_one():
    text = render_request(req("reveal_whereabouts"), "fr", (NOBODY,))
    assert text == "révéler le sort d’Alex Doe et le lieu où cette personne se trouve"
    assert "zur Familie" in render_request(req("access_family"), "de", (NOBODY,))


# --------------------------------------------------- case endings and script
@pytest.mark.parametrize("kind, language, expected", [
    ("drop_charges", "ru", "снять обвинения с Азимжана Аскарова"),               # genitive after «с»
    ("fair_trial", "ru", "обеспечить Азимжану Аскарову справедливое судебное разбирательство"),  # dative
    ("end_incommunicado", "ru", "прекратить содержание Азимжана Аскарова под стражей без связи с внешним миром"),
    ("drop_charges", "ky", "Азимжан Аскаровго тагылган айыптарды алып салууну"),  # dative
    ("investigate_torture", "ky", "Азимжан Аскаровдун кыйноого же катаал мамилеге кабылганы тууралуу маалыматтарды иликтөөгө буйрук берүүнү"),
    ("return_property", "ky", "Азимжан Аскаровдон тартып алынган бардык мүлктү кайтарып берүүнү"),  # ablative
])
def test_names_take_the_case_the_phrase_needs(kind, language, expected):
    assert render_request(req(kind), language, (ASKAROV,)) == expected


@pytest.mark.parametrize("language, expected", [
    ("ru", "снять обвинения с Али Салеха"),  # the suggested Cyrillic name, declined by the rules for a man
    ("ky", "Али Салехке тагылган айыптарды алып салууну"),
])
def test_a_name_with_no_form_gets_the_suggested_cyrillic_declined(language, expected):
    assert render_request(req("drop_charges"), language, (BARE_MAN,)) == expected


NO_CYRILLIC = Person("王小波", Gender.FEMALE)  # a name no Cyrillic suggestion is made for


def test_a_missing_case_form_becomes_a_pronoun_never_a_guessed_ending():
    unknown = Person("Ali Saleh")  # gender not known: only the nominative is suggested
    assert render_request(req("drop_charges"), "ru", (unknown,)) in (None, "снять обвинения с этого человека")
    assert render_request(req("protect_from_torture"), "ru", (NO_CYRILLIC,)) == \
        "не допустить применения к ней пыток и других видов жестокого обращения"


def test_russian_pronouns_take_n_after_a_preposition_only():
    assert render_request(req("protect_from_torture"), "ru", (NO_CYRILLIC,)) == \
        "не допустить применения к ней пыток и других видов жестокого обращения"
    assert render_request(req("fair_trial"), "ru", (NO_CYRILLIC,)) == \
        "обеспечить ей справедливое судебное разбирательство"


def test_arabic_never_prints_a_latin_name():
    for kind in KINDS:
        text = render_request(req(kind), "ar", (BARE_MAN,), source_language="ar") if kind != "investigate" else ""
        assert not LATIN.search(text or ""), text
    assert render_request(req("release"), "ar", (BARE_MAN,)) == "الإفراج عن هذا الشخص"
    assert render_request(req("alternative_housing"), "ar", (ASKAROV,)) == "توفير سكن بديل ملائم لعظيمجان أسكاروف"
    assert render_request(req("alternative_housing"), "ar", (BARE_MAN,)) == "توفير سكن بديل ملائم لهذا الشخص"


def test_lists_of_names_are_joined_naturally():
    three = (ASKAROV, NAUL, Person("Mona Adel", Gender.FEMALE, {"ru": {"acc": "Муну Адель"}}))
    assert render_request(req("release"), "en", three) == "release Azimzhan Askarov, Teresita Naul and Mona Adel"
    assert render_request(req("release"), "ru", three) == "освободить Азимжана Аскарова, Тереситу Наул и Муну Адель"
    assert render_request(req("release"), "es", three[:2]) == "poner en libertad a Azimzhan Askarov y a Teresita Naul"
    assert render_request(req("halt_execution"), "fr", three[:2]) == \
        "surseoir à l’exécution d’Azimzhan Askarov et de Teresita Naul"  # the preposition before each name
    assert render_request(req("retrial"), "ru", three[:2]).startswith("обеспечить повторное рассмотрение дел ")
    assert render_request(req("release"), "ar", three[:2]) == "الإفراج عن عظيمجان أسكاروف وتيريسيتا ناول"


def test_who_picks_people_of_the_case():
    request = req("release", who=Who(people=(1,)))
    assert render_request(request, "de", (ASKAROV, NAUL)) == "Teresita Naul freizulassen"


# ------------------------------------------------------ completeness of asks
def test_a_qualifier_the_rendering_cannot_carry_means_no_rendering():
    assert render_request(req("retrial", "immediately"), "fr", (ASKAROV,)) is None
    assert render_request(req("respect_assembly", "unconditionally"), "en", ()) is None


def test_free_text_details_are_written_only_in_the_sheets_language():
    request = req("investigate", "independent", subject="the raid on the office of Vozdukh")
    assert render_request(request, "en", (), source_language="en") == \
        "order an independent investigation into the raid on the office of Vozdukh"
    for language in ("ru", "fr", "de", "ar"):
        assert render_request(request, language, (), source_language="en") is None
    assert render_request(req("investigate"), "en", (), source_language="en") is None


def test_a_country_is_named_in_the_letters_language():
    request = req("stop_deportation", country="Syria")
    assert render_request(request, "de", (NAUL,)).endswith("(in diesem Fall: Syrien)")
    assert render_request(request, "es", (NAUL,)).endswith("(en este caso, Siria)")
    assert render_request(req("stop_deportation", country="Narnia"), "es", (NAUL,)) is None


def test_an_unknown_group_or_lead_in_form_is_not_rendered():
    assert render_request(req("release", who=Who(group="clowns")), "en", ()) is None
    assert render_request(req("release"), "es", (ASKAROV,), lead_in_form="que") is None


def test_case_text_is_never_read_as_syntax():
    odd = Person("{g:a|b|c|d} {name:dat} {?x:y}", Gender.MALE)
    assert render_request(req("release"), "en", (odd,)) == "release {g:a|b|c|d} {name:dat} {?x:y}"
    assert render_request(req("release"), "ru", (Person("X", Gender.MALE, {"ru": {"acc": "{name}"}}),)) == \
        "освободить {name}"


# ------------------------------------------------------------ several in one
def test_access_requests_share_one_phrase():
    requests = [req("access_medical", "immediately"), req("access_lawyer", "immediately", "of_their_choice"),
                req("access_family", "immediately")]
    assert render_requests(requests, "ru", (ASKAROV,)) == (
        "обеспечить Азимжану Аскарову немедленный доступ к надлежащей медицинской помощи, "
        "к адвокату по его выбору и к родным")
    assert render_requests(requests, "de", (ASKAROV,)) == (
        "dafür zu sorgen, dass Azimzhan Askarov umgehend Zugang zu angemessener medizinischer Versorgung, "
        "zu einem Rechtsbeistand seiner Wahl und zu seiner Familie erhält")
    different = [req("access_medical", "immediately"), req("access_family", "regular")]
    assert render_requests(different, "en", (NAUL,)) == (
        "ensure that Teresita Naul has immediate access to adequate medical care and ensure that "
        "she has regular access to her family")


def test_a_person_named_once_is_a_pronoun_after():
    requests = [req("release", "immediately"), req("drop_charges", "all_charges")]
    assert render_requests(requests, "en", (NAUL,)) == "release Teresita Naul immediately and drop all charges against her"
    assert render_requests(requests, "ru", (ASKAROV,)) == "немедленно освободить Азимжана Аскарова и снять все обвинения с него"
    assert render_requests(requests, "de", (NAUL,)) == "Teresita Naul umgehend freizulassen und alle Anklagen gegen sie fallen zu lassen"


def test_an_unrecognised_request_makes_the_ask_unrendered():
    assert render_requests([req("release"), UnrecognisedRequest("do something")], "en", (ASKAROV,)) is None
    assert render_requests([], "en", (ASKAROV,)) is None


# ---------------------------------------------------------------- property
_KIND = st.sampled_from(sorted(KINDS))


@settings(max_examples=300, deadline=None)
@given(kind=_KIND, qualifiers=st.sets(st.sampled_from(QUALIFIERS), max_size=3),
       reason=st.sampled_from(("",) + REASONS), who=st.sampled_from(sorted(WHOS)),
       language=st.sampled_from(LANGUAGES))
def test_any_request_is_either_written_completely_or_not_at_all(kind, qualifiers, reason, who, language):
    people, target = WHOS[who]
    request = Request(kind, who=target, qualifiers=frozenset(qualifiers), reason=reason)
    text = render_request(request, language, people)
    takes = supported(kind, language)
    if set(qualifiers) <= takes and kind != "investigate":
        assert text, request
    if text is not None:
        assert set(qualifiers) <= takes
        assert "{" not in text and "\x01" not in text and not text.startswith(" ")


def test_the_property_reaches_the_success_path_often():
    written = total = 0
    for kind in KINDS:
        for qualifier in QUALIFIERS:
            for language in LANGUAGES:
                total += 1
                written += render_request(req(kind, qualifier), language, (ASKAROV,)) is not None
    assert written / total > 0.1  # most kinds take only a few qualifiers
    plain = sum(render_request(req(kind), lang, (ASKAROV,)) is not None for kind in KINDS for lang in LANGUAGES)
    assert plain == (len(KINDS) - 1) * len(LANGUAGES)  # all but `investigate`, which needs its subject


# ------------------------------------------- the sheet's own words, own language
@pytest.mark.parametrize("language, words, fits", [
    ("en", "immediately and unconditionally release human rights defender Azimzhan Askarov", True),
    ("en", "return any equipment and video material seized from him", True),
    ("en", "Calling on the authorities to release him", False),
    ("en", "I urge you to release him", False),
    ("en", "the release of Azimzhan Askarov", False),
    ("fr", "libérer immédiatement la journaliste", True),
    ("fr", "le libérer sans condition", True),
    ("fr", "appelez les autorités à libérer la journaliste", False),
    ("fr", "votre gouvernement doit libérer la journaliste", False),
    ("fr", "leur permettre de travailler", True),
    ("es", "poner en libertad a la periodista", True),
    ("es", "Pidan a las autoridades que la liberen", False),
    ("es", "mujer defensora detenida: liberarla", False),
    ("de", "die Journalistin umgehend freizulassen", True),
    ("de", "das Verfahren fallen zu lassen", True),
    ("de", "Fordern Sie die Freilassung der Journalistin", False),
    ("ru", "освободить его", False),  # no sheets in Russian: always rendered from the kind
])
def test_own_words_that_already_continue_the_lead_in(language, words, fits):
    from ua_desktop.core.letters.requests.render import fits_lead_in

    assert fits_lead_in(words, language) is fits


def test_the_bundled_case_keeps_its_own_words_in_its_own_language():
    """They say more than the kinds' slots ("human rights defender", the
    items seized); in the other languages the user's translations stand."""
    from lang_helpers import bundled_cases, draft

    _, case = bundled_cases()[0]
    text = draft(case, 0, "en").text
    for ask in case.asks:
        assert f"– {ask.text}" in text
    for language in ("ru", "ky", "fr", "es", "de", "ar"):
        letter = draft(case, 0, language)
        assert all(ask.translations[language] in letter.text for ask in case.asks)


def test_after_a_preposition_a_person_named_once_is_a_pronoun_in_french_spanish_and_arabic():
    requests = [req("release"), req("drop_charges", "all_charges")]
    assert render_requests(requests, "fr", (NAUL,)) == \
        "libérer Teresita Naul et abandonner toutes les charges retenues contre elle"
    assert render_requests(requests, "es", (ASKAROV, NAUL)) == \
        "poner en libertad a Azimzhan Askarov y a Teresita Naul y retirar todos los cargos contra ellos"
    assert render_requests(requests, "ar", (NAUL,)) == \
        "الإفراج عن تيريسيتا ناول وإسقاط جميع التهم الموجهة إليها"
    assert render_requests([req("release"), req("return_property")], "ar", (ASKAROV, NAUL)) == \
        "الإفراج عن عظيمجان أسكاروف وتيريسيتا ناول وإعادة جميع الممتلكات التي صودرت منهما"
    # a group after a preposition, and a person with no Arabic form
    assert render_request(req("drop_charges"), "ar", (), ) is None
    assert render_request(req("drop_charges", who=Who(group="students")), "ar", ()) == "إسقاط التهم الموجهة إلى الطلاب"
    assert render_request(req("drop_charges"), "ar", (BARE_WOMAN,)) == "إسقاط التهم الموجهة إلى هذه السيدة"
    assert render_request(req("drop_charges", who=Who(group="students")), "fr", ()) == \
        "abandonner les charges retenues contre les étudiants"


def test_french_elides_before_a_name_never_inside_it():
    oliveira = Person("Ana de Oliveira", Gender.FEMALE)
    assert render_request(req("release"), "fr", (oliveira,)) == "libérer Ana de Oliveira"
    assert render_request(req("halt_execution"), "fr", (oliveira, Person("Eva Le Albin", Gender.FEMALE))) == \
        "surseoir à l’exécution d’Ana de Oliveira et d’Eva Le Albin"
