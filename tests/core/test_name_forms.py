"""Names in a letter's script and grammatical case: suggestions from the
sheet's Latin spelling, the rules of Russian and Kyrgyz declension, and the
forms a user accepted kept in the case."""

from __future__ import annotations

import pytest

from ua_desktop.core.case.model import Gender, Person
from ua_desktop.core.locales.name_forms import (decline_kyrgyz, decline_russian, nominative_for, suggested_forms,
                                                to_arabic, to_cyrillic, with_nominative)


@pytest.mark.parametrize("latin,cyrillic", [
    ("Azimzhan Askarov", "Азимжан Аскаров"), ("Bolotbek Sherniazov", "Болотбек Шерниязов"),
    ("Yury Chaika", "Юрий Чайка"), ("Rashid Nurgaliev", "Рашид Нургалиев"), ("Mahmoud Hussein", "Махмуд Хуссейн"),
    ("Nikolai Ivanov", "Николай Иванов"), ("Svetlana Gannushkina", "Светлана Ганнушкина"),
    ("Oleg Orlov", "Олег Орлов"), ("Berta Cáceres", "Берта Касерес"),
])
def test_latin_names_in_cyrillic(latin, cyrillic):
    assert to_cyrillic(latin) == cyrillic


def test_russian_declension_of_men_and_women():
    man = decline_russian("Азимжан Аскаров", female=False)
    assert (man["gen"], man["dat"], man["ins"], man["prep"]) == (
        "Азимжана Аскарова", "Азимжану Аскарову", "Азимжаном Аскаровым", "Азимжане Аскарове")
    woman = decline_russian("Роза Отунбаева", female=True)
    assert (woman["gen"], woman["dat"], woman["acc"]) == ("Розы Отунбаевой", "Розе Отунбаевой", "Розу Отунбаеву")
    assert decline_russian("Юрий Чайка", female=False)["dat"] == "Юрию Чайке"
    assert decline_russian("Тересита Наул", female=True)["gen"] == "Тереситы Наул"
    assert decline_russian("Насрин Сотуде", female=True)["dat"] == "Насрин Сотуде"  # stays as it is


def test_kyrgyz_suffixes_follow_vowel_harmony_and_the_last_sound():
    assert decline_kyrgyz("Азимжан Аскаров") == {
        "nom": "Азимжан Аскаров", "gen": "Азимжан Аскаровдун", "dat": "Азимжан Аскаровго",
        "acc": "Азимжан Аскаровду", "loc": "Азимжан Аскаровдо", "abl": "Азимжан Аскаровдон"}
    assert decline_kyrgyz("Роза Отунбаева")["dat"] == "Роза Отунбаевага"
    assert decline_kyrgyz("Роза Отунбаева")["gen"] == "Роза Отунбаеванын"
    assert decline_kyrgyz("Рашид Нургалиев")["gen"] == "Рашид Нургалиевдин"
    assert decline_kyrgyz("Илхам Тохти")["dat"] == "Илхам Тохтиге"
    assert decline_kyrgyz("Насрин Сотудех")["dat"] == "Насрин Сотудехке"


def test_arabic_is_a_suggestion_in_arabic_letters_only():
    assert to_arabic("Lyon") == "ليون"
    arabic = to_arabic("Azimzhan Askarov")
    assert arabic and not any("a" <= c.lower() <= "z" for c in arabic)
    assert suggested_forms("Anna Schmidt", "fr") == ()


def test_the_case_files_forms_win_and_accepted_names_are_declined():
    bundled = Person("Azimzhan Askarov", Gender.MALE, {"ar": {"nom": "عظيمجان أسكاروف"}})
    assert nominative_for(bundled, "ar") == "عظيمجان أسكاروف"
    assert nominative_for(bundled, "ru") == "Азимжан Аскаров"
    accepted = with_nominative(bundled, "ru", "Азимжан Аскаров")
    assert accepted.forms["ru"]["dat"] == "Азимжану Аскарову" and accepted.forms["ar"] == bundled.forms["ar"]
    typed = with_nominative(Person("Roza Otunbaeva", Gender.FEMALE), "ky", "Роза Отунбаева")
    assert typed.forms["ky"]["dat"] == "Роза Отунбаевага"
    cleared = with_nominative(bundled, "ar", "")
    assert "ar" not in cleared.forms

