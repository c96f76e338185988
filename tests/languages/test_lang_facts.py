"""The facts sentence: the situation read from a sheet's summary in English,
French, Spanish and German, and written in all seven letter languages; what
is not recognised is not invented, and the user's own facts win."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from lang_helpers import bundled_cases, draft
from test_lang_requests_render import ASKAROV, BARE_MAN, NAUL, NOBODY

from ua_desktop.core.case.model import Case, Gender, Person, Recipient, RecipientRole
from ua_desktop.core.letters.facts import (
    EVENTS,
    OCCUPATIONS,
    Event,
    Situation,
    facts_sentence,
    recognise_situation,
    render_situation,
)
from ua_desktop.core.letters.facts.render import _data
from ua_desktop.core.letters.requests.render import LANGUAGES

ISSUED = dt.date(2021, 7, 1)


# ---------------------------------------------------------------- recognition
@pytest.mark.parametrize("language, summary, expected", [
    ("en", "Woman human rights defender Teresita Naul was arrested on 3 March 2021. She was sentenced to six years "
           "in prison in May. She has reportedly been tortured.",
     Situation("defender", (Event("arrested", dt.date(2021, 3, 3)), Event("sentenced", years=6), Event("tortured")))),
    ("en", "Journalist Ali Saleh has been held since 12 June and could be executed at any time.",
     Situation("journalist", (Event("execution_risk"),))),
    ("fr", "La journaliste Teresita Naul a été arrêtée le 1er avril à Manille. Elle observe une grève de la faim "
           "et serait privée de soins médicaux.",
     Situation("journalist", (Event("arrested", dt.date(2021, 4, 1)), Event("hunger_strike"), Event("denied_medical")))),
    ("es", "El sindicalista Ali Saleh fue detenido el 2 de mayo de 2019 y condenado a 12 años de prisión.",
     Situation("trade_unionist", (Event("detained", dt.date(2019, 5, 2)), Event("sentenced", years=12)))),
    ("es", "Se desconoce su paradero desde el 5 de enero.",
     Situation("", (Event("disappeared", dt.date(2021, 1, 5)),))),
    ("de", "Die Studentin Teresita Naul wurde am 15. Juni 2020 festgenommen. Ihr Prozess hat begonnen; sie wurde "
           "zu zehn Jahren Haft verurteilt und hat Morddrohungen erhalten.",
     Situation("student", (Event("arrested", dt.date(2020, 6, 15)), Event("threatened"), Event("sentenced", years=10)))),
])
def test_the_situation_is_read_from_the_summary(language, summary, expected):
    found = recognise_situation(summary, language, issued=ISSUED)
    assert found is not None
    assert found.occupation == expected.occupation
    assert {e.kind for e in found.events} >= {e.kind for e in expected.events}
    for event in expected.events:
        got = next(e for e in found.events if e.kind == event.kind)
        assert (got.date, got.years) == (event.date, event.years), event.kind


@pytest.mark.parametrize("language, summary", [
    ("en", "He was arrested on 3 May. He is at risk of torture."),
    ("en", "He was arrested on 3 May and his family fears he is being tortured."),
    ("fr", "Il a été arrêté le 3 mai. Il risque d’être torturé."),
    ("es", "Fue detenido el 3 de mayo y corre riesgo de ser torturado."),
    ("de", "Er wurde am 3. Mai festgenommen. Es besteht die Gefahr, gefoltert zu werden."),
])
def test_a_risk_or_a_fear_is_not_told_as_something_that_happened(language, summary):
    found = recognise_situation(summary, language, issued=ISSUED)
    assert [e.kind for e in found.events] in (["arrested"], ["detained"])


def test_two_occupations_are_not_put_on_everyone():
    found = recognise_situation("Human rights defender Umida Niazova and journalist Dilmurod Saidov were "
                                "detained on 10 July.", "en")
    assert found.occupation == ""
    assert render_situation(found, "en", (NAUL, ASKAROV)) == \
        "Teresita Naul and Azimzhan Askarov were detained on 10 July."


def test_a_summary_without_cues_gives_no_situation():
    assert recognise_situation("The weather in the capital was mild this spring.", "en") is None
    assert recognise_situation("Il fait beau.", "fr") is None
    assert recognise_situation("detained on 3 March", "pt") is None  # no cues for the language


def test_a_date_without_a_year_is_not_given_one():
    found = recognise_situation("She was arrested on 3 March.", "en")
    event = found.events[0]
    assert not event.year_known
    assert render_situation(found, "en", (NAUL,)) == "Teresita Naul was arrested on 3 March."
    assert render_situation(found, "ky", (NAUL,)) == "Тересита Наул 3-мартта камакка алынган."


# ---------------------------------------------------------------- rendering
STORY = Situation("defender", (Event("detained", dt.date(2010, 6, 15)), Event("tortured"), Event("denied_medical")))


@pytest.mark.parametrize("language, expected", [
    ("en", "Human rights defender Azimzhan Askarov was detained on 15 June 2010. There are reports that he has been "
           "tortured and is being denied medical care."),
    ("ru", "Правозащитник Азимжан Аскаров был задержан 15 июня 2010 года. По имеющимся сведениям, он подвергается "
           "пыткам и лишён медицинской помощи."),
    ("ky", "Укук коргоочу Азимжан Аскаров 2010-жылдын 15-июнунда кармалган. Маалыматтарга караганда, ал кыйноого "
           "кабылууда жана медициналык жардамдан ажыратылууда."),
    ("fr", "Le défenseur des droits humains Azimzhan Askarov a été placé en détention le 15 juin 2010. Selon "
           "certaines informations, il aurait été torturé et serait privé de soins médicaux."),
    ("es", "El defensor de los derechos humanos Azimzhan Askarov fue detenido el 15 de junio de 2010. Según la "
           "información recibida, ha sido torturado y no recibe atención médica."),
    ("de", "Der Menschenrechtsverteidiger Azimzhan Askarov wurde am 15. Juni 2010 inhaftiert. Es liegen Berichte "
           "vor, wonach er gefoltert wird und keine medizinische Versorgung erhält."),
    ("ar", "اعتُقل المدافع عن حقوق الإنسان عظيمجان أسكاروف في 15 يونيو/حزيران 2010. وتفيد التقارير بأنه يتعرض "
           "للتعذيب ويُحرم من الرعاية الطبية."),
])
def test_the_facts_in_every_language_for_a_man(language, expected):
    assert render_situation(STORY, language, (ASKAROV,)) == expected


@pytest.mark.parametrize("language, expected", [
    ("en", "Journalist Teresita Naul was arrested on 1 March 2020 and sentenced to 6 years in prison."),
    ("ru", "Журналистка Тересита Наул была арестована 1 марта 2020 года и приговорена к 6 годам лишения свободы."),
    ("fr", "La journaliste Teresita Naul a été arrêtée le 1er mars 2020 et condamnée à 6 ans d’emprisonnement."),
    ("es", "La periodista Teresita Naul fue arrestada el 1 de marzo de 2020 y condenada a 6 años de prisión."),
    ("de", "Die Journalistin Teresita Naul wurde am 1. März 2020 festgenommen und zu 6 Jahren Haft verurteilt."),
    ("ar", "أُلقي القبض على الصحفية تيريسيتا ناول في 1 مارس/آذار 2020 وحُكم عليها بالسجن 6 سنوات."),
])
def test_the_facts_agree_with_a_woman(language, expected):
    situation = Situation("journalist", (Event("arrested", dt.date(2020, 3, 1)), Event("sentenced", years=6)))
    assert render_situation(situation, language, (NAUL,)) == expected


def test_three_events_are_a_list_sharing_their_auxiliary():
    situation = Situation("", (Event("arrested"), Event("sentenced", years=5), Event("hunger_strike")))
    assert render_situation(situation, "en", (NAUL,)) == \
        "Teresita Naul was arrested, sentenced to 5 years in prison and is on hunger strike."
    assert render_situation(situation, "fr", (NAUL,)) == \
        "Teresita Naul a été arrêtée, condamnée à 5 ans d’emprisonnement et observe une grève de la faim."


def test_numbers_of_years_take_the_right_form():
    for years, ru, ar in [(1, "к 1 году", "بالسجن سنة واحدة"), (2, "к 2 годам", "بالسجن سنتين"),
                          (5, "к 5 годам", "بالسجن 5 سنوات"), (11, "к 11 годам", "بالسجن 11 سنة"),
                          (21, "к 21 году", "بالسجن 21 سنة")]:
        situation = Situation("", (Event("sentenced", years=years),))
        assert ru in render_situation(situation, "ru", (ASKAROV,))
        assert ar in render_situation(situation, "ar", (ASKAROV,))
    assert "1 year in prison" in render_situation(Situation("", (Event("sentenced", years=1),)), "en", (ASKAROV,))


def test_two_people_and_two_women():
    situation = Situation("student", (Event("detained"),))
    assert render_situation(situation, "fr", (ASKAROV, NAUL)) == \
        "Les étudiants Azimzhan Askarov et Teresita Naul ont été placés en détention."
    women = (NAUL, Person("Mona Adel", Gender.FEMALE))
    assert render_situation(situation, "fr", women) == \
        "Les étudiantes Teresita Naul et Mona Adel ont été placées en détention."
    assert render_situation(situation, "es", women) == \
        "Las estudiantes Teresita Naul y Mona Adel fueron detenidas."


def test_arabic_facts_take_the_dual_for_two():
    situation = Situation("", (Event("detained"), Event("sentenced", years=3), Event("tortured")))
    two = (ASKAROV, Person("Ali Saleh", Gender.MALE, {"ar": {"nom": "علي صالح"}}))
    assert render_situation(situation, "ar", two) == (
        "اعتُقل عظيمجان أسكاروف وعلي صالح وحُكم عليهما بالسجن 3 سنوات. وتفيد التقارير بأنهما يتعرضان للتعذيب.")


def test_arabic_puts_an_unnamed_pair_in_the_case_after_a_preposition():
    pair = (BARE_MAN, Person("Omar Adel", Gender.MALE))
    assert render_situation(Situation("", (Event("sentenced", years=3),)), "ar", pair) == \
        "حُكم على هذين الشخصين بالسجن 3 سنوات."
    assert render_situation(Situation("", (Event("detained"),)), "ar", pair) == "اعتُقل هذان الشخصان."


def test_names_are_never_read_as_template_text():
    odd = Person("{subject} {g:a|b|c|d}", Gender.FEMALE)
    assert render_situation(Situation("", (Event("arrested"), Event("tortured"))), "en", (odd,)) == \
        "{subject} {g:a|b|c|d} was arrested. There are reports that she has been tortured."


def test_names_without_a_form_in_the_letters_script_are_not_printed():
    situation = Situation("journalist", (Event("on_trial"),))
    assert render_situation(situation, "ru", (BARE_MAN,)) == "Журналист Али Салех предстал перед судом."  # suggested
    assert render_situation(situation, "ar", (BARE_MAN,)) == "يُحاكم هذا الشخص حاليًا."


def test_unknown_gender_gives_no_sentence_where_the_verb_would_guess_one():
    situation = Situation("", (Event("arrested"),))
    for language in ("ru", "fr", "es"):
        assert render_situation(situation, language, (NOBODY,)) is None
    assert render_situation(situation, "en", (NOBODY,)) == "Alex Doe was arrested."
    assert render_situation(situation, "de", (NOBODY,)) == "Alex Doe wurde festgenommen."


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_event_and_occupation_is_written_in_every_language(language):
    data = _data(language)
    assert set(data["events"]) == set(EVENTS)
    assert set(data["occupations"]) == set(OCCUPATIONS)
    for people in ((ASKAROV,), (NAUL,), (ASKAROV, NAUL)):
        for occupation in OCCUPATIONS:
            for kind in EVENTS:
                event = Event(kind, dt.date(2020, 5, 4), years=3 if kind == "sentenced" else None)
                text = render_situation(Situation(occupation, (event, Event("tortured"))), language, people)
                assert text and "{" not in text and "  " not in text, (kind, occupation, text)


# ------------------------------------------------------------- in the letter
def _imported(summary: str, language: str, facts: dict | None = None) -> Case:
    _, bundled = bundled_cases()[0]
    return dataclasses.replace(
        bundled, summary=summary, title="", source_language=language, letter_facts=facts or {},
        people=(NAUL,), asks=(),
        recipients=(Recipient(RecipientRole.TARGET, "Juan Pérez", office="minister", gender=Gender.MALE),))


def test_a_letter_tells_what_happened_in_its_own_language():
    case = _imported("La journaliste Teresita Naul a été arrêtée le 3 mars 2021.", "fr")
    assert facts_sentence(case, "de") == "Die Journalistin Teresita Naul wurde am 3. März 2021 festgenommen."
    assert "Журналистка Тересита Наул была арестована 3 марта 2021 года." in draft(case, 0, "ru").text


def test_the_users_facts_win_and_nothing_is_invented():
    typed = _imported("La journaliste Teresita Naul a été arrêtée le 3 mars 2021.", "fr", {"de": "Eigener Text."})
    assert facts_sentence(typed, "de") == "Eigener Text."
    unknown = _imported("Teresita Naul est une personne courageuse.", "fr")
    assert all(facts_sentence(unknown, language) == "" for language in LANGUAGES)
