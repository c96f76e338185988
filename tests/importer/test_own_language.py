"""A sheet that welcomes letters in the writer's own language says so
("... English or your own language"); the case keeps it, and the window
then starts the letter in the writer's language (tests/gui/test_first_run.py)."""

from pathlib import Path

import pytest

from ua_desktop.core.importer import import_text

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.mark.parametrize("name, welcome", [
    ("seed-ua-2010-askarov-kyrgyzstan", True),
    ("fr-action-urgente-tunisie", True),
    ("es-section-colombia", True),
    ("pt-acao-urgente-brasil", True),
    ("de-appell-belarus", False),
    ("us-action-china", False),
])
def test_the_welcome_of_the_writers_own_language_is_read(name, welcome):
    text = (FIXTURES / f"{name}.txt").read_text(encoding="utf-8")
    assert import_text(text).case.own_language_welcome is welcome


@pytest.mark.parametrize("line", [
    "Write in English, French or your own language, calling on the authorities to:",
    "Écrivez en français, en anglais ou dans votre propre langue, en exhortant les autorités à :",
    "Escriban en español o en su propio idioma, pidiendo a las autoridades que:",
    "Schreiben Sie auf Englisch oder in Ihrer eigenen Sprache und fordern Sie:",
    "Пишите на русском или на своём языке, призывая власти:",
])
def test_the_phrase_is_found_in_each_lexicon_language(line):
    sheet = f"URGENT ACTION\nFREED JOURNALIST AT RISK\n{line}\n- Release Jana Novak immediately.\n"
    assert import_text(sheet).case.own_language_welcome


def test_a_sheet_asking_for_named_languages_only_does_not_welcome_others():
    sheet = ("URGENT ACTION\nJOURNALIST AT RISK\nWrite in English or Arabic, calling on the authorities to:\n"
             "- Release Jana Novak immediately.\n")
    case = import_text(sheet).case
    assert case.write_languages == ("en", "ar") and not case.own_language_welcome
