"""The people finder and the 'write in ...' languages, in every lexicon language: an occupation or
role word before a name is not part of it, a capitalised word that opens a sentence is not a name by
its capital alone, and Russian names a language in its grammatical forms."""

from __future__ import annotations

import pytest

from ua_desktop.core.importer import import_text
from ua_desktop.core.importer.lexicon import languages_in
from ua_desktop.core.importer.people import find_people


def _names(pool: list[str], background: str = "") -> list[str]:
    return [p.name for p in find_people(pool, background, set())]


@pytest.mark.parametrize("lead, name", [
    ("Human rights defender Dilnoza Karimova was arrested on 3 May.", "Dilnoza Karimova"),
    ("Human Rights Defender Dilnoza Karimova was arrested on 3 May.", "Dilnoza Karimova"),
    ("Le journaliste Karim Benslimane a été arrêté le 3 mai.", "Karim Benslimane"),
    ("Die Aktivistin Jana Wolkowa wurde am 3. Mai festgenommen.", "Jana Wolkowa"),
    ("La defensora de derechos humanos Rosa Quispe Mamani fue detenida el 3 de mayo.", "Rosa Quispe Mamani"),
    ("Правозащитница Гульнара Абдыкадырова задержана в Оше.", "Гульнара Абдыкадырова"),
    ("Журналист Азамат Токтогулов задержан в Бишкеке.", "Азамат Токтогулов"),
])
def test_a_role_word_before_a_name_is_not_part_of_it(lead, name):
    assert _names([lead]) == [name]


def test_a_role_word_before_a_repeated_name_leaves_the_name():
    lead = "Правозащитница Гульнара Абдыкадырова задержана. Правозащитница Гульнара Абдыкадырова в опасности."
    assert _names([lead]) == ["Гульнара Абдыкадырова"]


def test_a_sentence_opening_word_the_text_also_writes_in_lower_case_is_not_a_name():
    lead = "Правозащитница Гульнара Абдыкадырова задержана в Оше."
    background = "Как правозащитницу её преследуют с 2020 года."
    assert _names([lead], background) == ["Гульнара Абдыкадырова"]
    # Cyrillic words in lower case count like Latin ones: no role list needed for this one
    lead = "Пенсионерка Айгуль Мамбетова задержана в Оше."
    assert _names([lead], "Пенсионерка из Оша; пенсионерку задержали дважды.") == ["Айгуль Мамбетова"]


def test_a_sentence_opening_word_before_a_name_the_text_repeats_without_it():
    lead = ("Доярка Айгуль Мамбетова задержана в Оше. Доярка Айгуль Мамбетова объявила голодовку. "
            "Айгуль Мамбетова в опасности.")
    assert _names([lead]) == ["Айгуль Мамбетова"]


def test_a_three_word_name_at_a_sentence_start_is_kept():
    lead = "Rosa Quispe Mamani fue detenida. Rosa Quispe Mamani sigue en prisión."
    assert _names([lead]) == ["Rosa Quispe Mamani"]


def test_the_russian_sheet_gives_the_name_without_the_role_word():
    sheet = ("СРОЧНАЯ АКЦИЯ\nКЫРГЫЗСТАН: ПРАВОЗАЩИТНИЦА ЗАДЕРЖАНА\n\n"
             "Правозащитница Гульнара Абдыкадырова задержана в Оше.\n\n"
             "Пожалуйста, пишите до 14 мая 2024 года:\nГенеральный прокурор\nКурманкожо Уркунбаев\n"
             "Бишкек, КЫРГЫЗСТАН\nФакс: +996 312 54 93 47\n")
    assert [p.name for p in import_text(sheet).case.people] == ["Гульнара Абдыкадырова"]


@pytest.mark.parametrize("phrase, codes", [
    ("на русском", ["ru"]),
    ("на русском языке", ["ru"]),
    ("по-русски", ["ru"]),
    ("на английском или русском", ["en", "ru"]),
    ("на кыргызском, русском или английском языке", ["ky", "ru", "en"]),
    ("на таджикском или русском языках", ["tg", "ru"]),
    ("по-английски или по-немецки", ["en", "de"]),
    ("на французском", ["fr"]),
])
def test_russian_names_a_language_in_its_grammatical_forms(phrase, codes):
    assert languages_in(phrase) == codes


@pytest.mark.parametrize("sentence, codes", [
    ("Пожалуйста, пишите на русском или английском языке, призывая власти:", ["ru", "en"]),
    ("Пишите по-русски или на своём родном языке.", ["ru"]),
    ("Направляйте обращения на кыргызском или русском языке.", ["ky", "ru"]),
])
def test_a_russian_sheet_asks_for_letters_in_these_languages(sentence, codes):
    sheet = ("СРОЧНАЯ АКЦИЯ\nКЫРГЫЗСТАН: ПРАВОЗАЩИТНИЦА ЗАДЕРЖАНА\n\n"
             "Правозащитница Гульнара Абдыкадырова задержана в Оше. Гульнара Абдыкадырова в опасности.\n\n"
             f"{sentence}\n\n"
             "Генеральный прокурор\nКурманкожо Уркунбаев\nБишкек, КЫРГЫЗСТАН\nФакс: +996 312 54 93 47\n")
    assert list(import_text(sheet).case.write_languages) == codes


def test_english_language_phrases_are_read_as_before():
    assert languages_in("in Russian, Kyrgyz, English or your own language") == ["ru", "ky", "en"]
    assert languages_in("auf Russisch, Englisch oder auf Deutsch") == ["ru", "en", "de"]


@pytest.mark.parametrize("line", ["© 2024 Amnesty International", "©2019 Amnesty International USA", "© Amnesty",
                                  "Copyright 2024 Amnesty International"])
def test_a_copyright_line_is_site_furniture(line):
    from ua_desktop.core.importer.keywords import is_furniture

    assert is_furniture(line)


def test_a_line_that_only_starts_like_furniture_is_kept():
    from ua_desktop.core.importer.keywords import is_furniture

    assert not is_furniture("Copyrighted works were seized at his home.")


@pytest.mark.parametrize("lines, gender", [
    (["Name: Lucía Pérez Gómez", "Gender m/f: f"], "female"),
    (["Nom : Karim Benslimane", "Genre h/f : h"], "male"),
    (["Nombre: Lucía Pérez Gómez", "Género h/m: m"], "female"),  # m is mujer
    (["Name der Betroffenen: Jana Wolkowa", "Geschlecht m/w: w"], "female"),
    (["Имя: Гульнара Абдыкадырова", "Пол м/ж: ж"], "female"),
])
def test_name_and_gender_lines_in_each_language(lines, gender):
    from ua_desktop.core.importer.people import people_from_labels

    [person] = people_from_labels(["Some text before.", ""] + lines)
    assert person.name == lines[0].split(":", 1)[1].strip() and person.gender.value == gender


def test_a_russian_sheet_gives_its_notes_on_copies_and_late_appeals():
    from pathlib import Path

    from ua_desktop.core.importer import import_file

    case = import_file(Path(__file__).parent / "fixtures" / "ru-srochnaya-akciya-tadzhikistan.txt").case
    assert case.copies_note.startswith("Пожалуйста, отправьте копии дипломатическим представителям")
    assert case.late_note.startswith("Если вы отправляете обращения после указанной даты")


@pytest.mark.parametrize("letter, requests", [
    ("Уважаемый господин Генеральный прокурор, Я призываю вас немедленно освободить Зарину Саидову. "
     "Мы просим вас обеспечить ей доступ к адвокату. С уважением,",
     ["немедленно освободить Зарину Саидову", "обеспечить ей доступ к адвокату"]),
    ("Dear Minister, I urge you to release Ana Pérez immediately. Please ensure she has a lawyer. Yours sincerely,",
     ["release Ana Pérez immediately", "ensure she has a lawyer"]),
    ("Monsieur le Ministre, Je vous demande de libérer Karim Benslimane. Veuillez agréer ...",
     ["libérer Karim Benslimane"]),
])
def test_model_letter_requests_in_each_language(letter, requests):
    from ua_desktop.core.importer.asks import asks_from_letter

    assert [a.text for a in asks_from_letter(letter)] == requests


def test_a_russian_page_footer_between_recipients_is_left_out():
    sheet = ("СРОЧНАЯ АКЦИЯ\nКЫРГЫЗСТАН: ПРАВОЗАЩИТНИЦА ЗАДЕРЖАНА\n\n"
             "Правозащитница Гульнара Абдыкадырова задержана в Оше. Гульнара Абдыкадырова в опасности.\n\n"
             "Пожалуйста, пишите до 14 мая 2024 года:\nГенеральный прокурор\nКурманкожо Уркунбаев\n"
             "Индекс: EUR 58/1234/2024 Срочная акция\n"
             "Бишкек, КЫРГЫЗСТАН\nФакс: +996 312 54 93 47\n")
    [recipient] = import_text(sheet).case.recipients
    assert not any("58/1234" in line for line in recipient.address_lines + recipient.title_lines)
    assert recipient.address_lines[-1].startswith("Бишкек")


def test_contact_labels_of_any_lexicon_keep_a_run_together_block_out_of_the_prose():
    from ua_desktop.core.importer.sections import is_prose

    assert not is_prose("Генеральный прокурор Курманкожо Уркунбаев, Бишкек, Кыргызстан Факс: +996 312 549347 "
                        "Обращение: Уважаемый господин Генеральный прокурор")


def test_a_count_in_a_marker_pattern_stays_a_count():
    """'\\d{2}' in a marker pattern is a repeat count, not a lexicon kind: 'UA 12/19' is a UA marker."""
    from ua_desktop.core.importer import sections as S

    assert S.UA_MARKER.search("ua 12/19") and S.PAGE_FOOTER.search("index: mde 13/0123/2019 date: 1 may 2019")


def test_a_labelled_language_field_in_russian():
    from ua_desktop.core.importer.references import write_languages

    assert write_languages({"предпочтительный язык обращения": "русский, английский"}, []) == ["ru", "en"]


@pytest.mark.parametrize("fixture, gender", [("ru-srochnaya-akciya-tadzhikistan.txt", "female"),
                                             ("ru-web-azerbaijan.txt", "male")])
def test_a_russian_sheet_tells_the_persons_gender_by_its_pronouns(fixture, gender):
    from pathlib import Path

    from ua_desktop.core.importer import import_file

    [person] = import_file(Path(__file__).parent / "fixtures" / fixture).case.people
    assert person.gender.value == gender
