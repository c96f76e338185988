"""Collective protection: a sheet's "adopten medidas de protección colectiva
para …" (English, French and German alike) becomes a request of its own,
written natively in every letter language, for the people, the group or the
named community the sheet says; a request that only partly matches stays
unrecognised (marked, never shortened)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from ua_desktop.core.case.model import Gender, Person
from ua_desktop.core.importer import import_file
from ua_desktop.core.letters.drafting import LetterDrafter, LetterRequest
from ua_desktop.core.letters.letter import Sender
from ua_desktop.core.letters.requests.model import Request, UnrecognisedRequest, Who
from ua_desktop.core.letters.requests.recognise import recognise
from ua_desktop.core.letters.requests.render import LANGUAGES, render_request

PAIR = (Person("Amira Tahan", Gender.FEMALE), Person("Jonas Berg", Gender.MALE))
COLOMBIA = Path(__file__).parents[1] / "importer" / "fixtures" / "es-section-colombia.txt"


def _only(text: str, language: str, people=PAIR) -> Request:
    found = recognise(text, language, people)
    assert len(found) == 1 and isinstance(found[0], Request), found
    assert found[0].kind == "collective_protection", found
    return found[0]


# ------------------------------------------------------------------ the cues
@pytest.mark.parametrize("language, text", [
    ("es", "pidiendo a las autoridades que adopten medidas de protección colectiva para la comunidad"),
    ("es", "Les insto a que implementen medidas colectivas de protección para la comunidad"),
    ("en", "Calling on the authorities to take collective protection measures for the community"),
    ("en", "urging them to adopt measures of collective protection for the community"),
    ("fr", "appelez les autorités à prendre des mesures de protection collective pour la communauté"),
    ("fr", "exhortez-les à mettre en place des mesures de protection collective en faveur de la communauté"),
    ("de", "Fordern Sie die Behörden auf, kollektive Schutzmaßnahmen für die Gemeinschaft zu ergreifen"),
    ("de", "Ich bitte Sie, Maßnahmen zum kollektiven Schutz der Gemeinschaft zu treffen"),
])
def test_each_sheet_language_says_it_and_the_community_is_whom_it_is_for(language, text):
    request = _only(text, language)
    assert request.who == Who(group="community") and request.details == {} and not request.qualifiers


@pytest.mark.parametrize("language, text", [
    ("es", "que adopten medidas de protección colectiva para la comunidad de San José de Apartadó"),
    ("en", "take collective protection measures for the community of San José de Apartadó"),
    ("fr", "prendre des mesures de protection collective pour la communauté de San José de Apartadó"),
    ("de", "kollektive Schutzmaßnahmen für die Gemeinschaft von San José de Apartadó zu ergreifen"),
    ("de", "kollektive Schutzmaßnahmen für die Gemeinde San José de Apartadó zu ergreifen"),
])
def test_the_communitys_own_name_is_kept(language, text):
    request = _only(text, language)
    assert request.who == Who(group="community")
    assert request.details == {"community": "San José de Apartadó"}


def test_named_people_qualifiers_and_a_group_are_read():
    people = _only("adopten medidas de protección colectiva para Amira Tahan y Jonas Berg", "es")
    assert people.who == Who(people=(0, 1))
    quick = _only("que adopten de inmediato medidas eficaces de protección colectiva para la comunidad", "es")
    assert quick.qualifiers == {"immediately", "effective"}  # "eficaces" is read, never just covered
    assert _only("immediately take effective collective protection measures for them", "en").qualifiers == \
        {"immediately", "effective"}
    assert _only("prendre sans délai des mesures efficaces de protection collective", "fr").qualifiers == \
        {"immediately", "effective"}
    assert _only("umgehend wirksame kollektive Schutzmaßnahmen für die Gemeinschaft zu ergreifen", "de").qualifiers \
        == {"immediately", "effective"}
    for language, text in (("es", "adopten medidas urgentes de protección colectiva para la comunidad"),
                           ("fr", "prendre des mesures urgentes de protection collective pour la communauté"),
                           ("en", "take urgent collective protection measures for the community")):
        assert _only(text, language).qualifiers == {"immediately"}, language  # "urgent" read, not just covered
    defenders = _only("take collective protection measures for human rights defenders", "en")
    assert defenders.who == Who(group="defenders")
    # a pronoun after the community refers to it
    first, wishes = recognise("adopten medidas de protección colectiva para la comunidad de Toribío, de acuerdo "
                              "con sus deseos", "es", PAIR)
    assert first.kind == "collective_protection" and first.who == wishes.who == Who(group="community")


def test_it_is_not_read_as_the_protect_kind():
    """"protección" alone is the protect cue: the collective one must win."""
    kinds = [r.kind for r in recognise("investiguen las amenazas y adopten medidas de protección colectiva "
                                       "para Amira Tahan", "es", PAIR)]
    assert kinds == ["investigate_threats", "collective_protection"]


@pytest.mark.parametrize("language, text", [
    ("es", "adopten medidas de protección colectiva acordadas con la comunidad de San José de Apartadó"),
    ("es", "adopten medidas de protección colectiva para la comunidad de pescadores de Tumaco"),
    ("es", "adopten medidas integrales de protección colectiva para la comunidad"),
    ("es", "adopten medidas de protección colectiva para la comunidad indígena de Toribío"),
    ("es", "adopten medidas de protección colectiva para la comunidad del Alto Guayabal"),
    ("en", "take collective protection measures for the community of fishermen"),
    ("en", "take collective protection measures for the community of Toribío and its school"),
    ("fr", "prendre des mesures de protection collective pour la communauté autochtone"),
    ("de", "kollektive Schutzmaßnahmen für die indigene Gemeinschaft zu ergreifen"),
    # a "peace community" is a kind of community, not one called "Paz de …"
    ("es", "adopten medidas de protección colectiva para la Comunidad de Paz de San José de Apartadó"),
    ("fr", "prendre des mesures de protection collective pour la Communauté de Paix de San José de Apartadó"),
    # two places joined by "y" are no one name (the "y" would stand in an English letter)
    ("es", "adopten medidas de protección colectiva para la comunidad de Toribío y Jambaló"),
    # people beside a group: the rendering would name only one of them
    ("es", "adopten medidas de protección colectiva para la comunidad de Toribío y Amira Tahan"),
    ("en", "take collective protection measures for the community of Toribío, including Amira Tahan"),
    ("es", "adopten medidas de protección colectiva para Amira Tahan, Jonas Berg y la comunidad"),
    ("es", "adopten medidas de protección colectiva para ellos y la comunidad"),
    ("en", "take collective protection measures for human rights defenders and journalists"),
])
def test_a_partial_match_stays_unrecognised_with_every_word(language, text):
    found = recognise(text, language, PAIR)
    assert len(found) == 1 and isinstance(found[0], UnrecognisedRequest), found
    assert found[0].text == text


def test_a_compound_ask_keeps_what_it_cannot_read_apart():
    first, second = recognise("adopten medidas de protección colectiva para la comunidad de San José de Apartadó "
                              "y retiren las tropas de la zona", "es", PAIR)
    assert first.kind == "collective_protection" and first.details == {"community": "San José de Apartadó"}
    assert isinstance(second, UnrecognisedRequest) and second.text == "retiren las tropas de la zona"


# ----------------------------------------------------------------- renderings
def req(*qualifiers: str, who: Who = Who(), **details: str) -> Request:
    return Request("collective_protection", who=who, qualifiers=frozenset(qualifiers), details=details)


ASKAROV = Person("Azimzhan Askarov", Gender.MALE, {
    "ru": {"nom": "Азимжан Аскаров", "gen": "Азимжана Аскарова"},
    "ky": {"nom": "Азимжан Аскаров"},
    "ar": {"nom": "عظيمجان أسكاروف"},
})
NAUL = Person("Teresita Naul", Gender.FEMALE, {
    "ru": {"nom": "Тересита Наул", "gen": "Тереситы Наул"},
    "ky": {"nom": "Тересита Наул"},
    "ar": {"nom": "تيريسيتا ناول"},
})


@pytest.mark.parametrize("language, expected", [
    ("en", "take collective protection measures for Azimzhan Askarov and Teresita Naul"),
    ("fr", "prendre des mesures de protection collective en faveur d’Azimzhan Askarov et de Teresita Naul"),
    ("es", "adoptar medidas de protección colectiva para Azimzhan Askarov y Teresita Naul"),
    ("de", "kollektive Schutzmaßnahmen für Azimzhan Askarov und Teresita Naul zu ergreifen"),
    ("ru", "принять меры коллективной защиты для Азимжана Аскарова и Тереситы Наул"),
    ("ky", "Азимжан Аскаров жана Тересита Наул үчүн жамааттык коргоо чараларын көрүүнү"),
    ("ar", "اتخاذ تدابير حماية جماعية لعظيمجان أسكاروف ولتيريسيتا ناول"),  # the preposition before each
])
def test_for_named_people_in_each_letter_language(language, expected):
    assert render_request(req(), language, (ASKAROV, NAUL)) == expected


@pytest.mark.parametrize("language, expected", [
    ("en", "immediately take effective collective protection measures for the community"),
    ("fr", "prendre sans délai des mesures efficaces de protection collective en faveur de la communauté"),
    ("es", "adoptar de inmediato medidas eficaces de protección colectiva para la comunidad"),
    ("de", "wirksame kollektive Schutzmaßnahmen für die Gemeinschaft umgehend zu ergreifen"),
    ("ru", "незамедлительно принять эффективные меры коллективной защиты для общины"),
    ("ky", "жамаат үчүн натыйжалуу жамааттык коргоо чараларын дароо көрүүнү"),
    ("ar", "اتخاذ تدابير حماية جماعية فعالة للمجتمع المحلي فورًا"),
])
def test_for_the_community_with_its_qualifiers(language, expected):
    assert render_request(req("immediately", "effective", who=Who(group="community")), language, ()) == expected


def test_a_person_with_no_declined_form_becomes_a_pronoun_never_a_guess():
    unknown = (Person("Eyder Campo"), Person("Sandra Liliana Peña"))
    assert render_request(req(), "ru", unknown) == "принять меры коллективной защиты для них"
    assert render_request(req(), "ar", unknown) == "اتخاذ تدابير حماية جماعية لهذين الشخصين"


@pytest.mark.parametrize("language, expected", [
    ("en", "take collective protection measures for the community of San José de Apartadó"),
    ("fr", "prendre des mesures de protection collective en faveur de la communauté de San José de Apartadó"),
    ("es", "adoptar medidas de protección colectiva para la comunidad de San José de Apartadó"),
    ("de", "kollektive Schutzmaßnahmen für die Gemeinschaft von San José de Apartadó zu ergreifen"),
])
def test_a_named_community_in_the_latin_script(language, expected):
    community = req(who=Who(group="community"), community="San José de Apartadó")
    assert render_request(community, language, (), source_language="es") == expected


def test_the_spelling_rules_stop_at_the_communitys_name():
    """French elides before the name ("d’Apartadó") but never inside it."""
    def french(name):
        return render_request(req(who=Who(group="community"), community=name), "fr", ())

    assert french("Apartadó").endswith("en faveur de la communauté d’Apartadó")
    assert french("La Esperanza").endswith("de la communauté de La Esperanza")
    assert french("San José de Apartadó").endswith("de San José de Apartadó")
    assert render_request(req(who=Who(group="community"), community="Ituango"), "en", ()) == \
        "take collective protection measures for the community of Ituango"


@pytest.mark.parametrize("language", ["ru", "ky", "ar"])
def test_a_named_community_is_never_written_in_another_script_nor_dropped(language):
    """The case holds no Cyrillic or Arabic form of a place: the request is
    left for the user to translate (the letter marks it)."""
    community = req(who=Who(group="community"), community="San José de Apartadó")
    assert render_request(community, language, (), source_language="es") is None


# --------------------------------------------------------- the Colombia sheet
@pytest.fixture(scope="module")
def colombia():
    return import_file(COLOMBIA).case


def test_the_colombia_sheet_asks_for_collective_protection_of_both_leaders(colombia):
    first = colombia.asks[0].requests
    assert [r.kind for r in first] == ["collective_protection"]
    assert first[0].who == Who(people=(0, 1))


@pytest.mark.parametrize("language, phrase", [
    ("de", "– kollektive Schutzmaßnahmen für Eyder Campo und Sandra Liliana Peña zu ergreifen;"),
    ("fr", "– prendre des mesures de protection collective en faveur d’Eyder Campo et de Sandra Liliana Peña\u00a0;"),
    ("en", "– take collective protection measures for Eyder Campo and Sandra Liliana Peña;"),
    ("ru", "– принять меры коллективной защиты для них;"),
    ("ky", "– Эйдер Кампо жана Сандра Лилияна Пена үчүн жамааттык коргоо чараларын көрүүнү;"),
    ("ar", "– اتخاذ تدابير حماية جماعية لهذين الشخصين؛"),
    ("es", "– adoptar medidas de protección colectiva para Eyder Campo y Sandra Liliana Peña;"),
])
def test_the_colombia_sheet_drafts_every_letter_with_no_request_left_in_spanish(colombia, language, phrase):
    letter = LetterDrafter().draft(LetterRequest(colombia, 0, language, Sender("Anna", "Lyon", "France"),
                                                 dt.date(2021, 7, 1)))
    assert letter.untranslated == ()
    assert phrase in letter.text.splitlines()
    if language != "es":
        assert "colectiva" not in letter.text and "adopten" not in letter.text


def test_every_letter_language_has_the_kind():
    for language in LANGUAGES:
        assert render_request(req(), language, (ASKAROV,)), language
