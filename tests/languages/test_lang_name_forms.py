"""A Russian letter for a sheet's person: the name the review accepted, in
Cyrillic and in the grammatical case each sentence needs."""

import dataclasses

from lang_helpers import bundled_cases, draft

from ua_desktop.core.case.model import Gender, Person
from ua_desktop.core.locales.name_forms import nominative_for, with_nominative


def test_a_russian_letter_declines_the_accepted_name():
    _, case = bundled_cases()[0]
    person = with_nominative(Person("Ivan Petrov", Gender.MALE), "ru", nominative_for(Person("Ivan Petrov"), "ru"))
    letter = draft(dataclasses.replace(case, people=(person,), letter_facts={}), 0, "ru")
    assert "Ивана Петрова" in letter.text and "Ivan Petrov" not in letter.text
