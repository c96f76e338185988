"""Country names, language names and text folding: one source each."""

from ua_desktop.core.locales import names_data
from ua_desktop.core.locales.countries import (country_code, country_name, country_name_in, find_countries,
                                               same_country, sheet_country_code)
from ua_desktop.core.locales.names import build_name_tables
from ua_desktop.core.text import fold, fold_compact, fold_phrase, strip_accents


def test_saved_name_tables_match_babel():
    countries, languages, english = build_name_tables()
    stale = "names_data.py is stale: run python3 tools/generate_names_data.py"
    assert names_data.COUNTRIES == countries, stale
    assert names_data.LANGUAGES == languages, stale
    assert names_data.ENGLISH == english, stale


def test_saved_language_labels_match_babel():
    from ua_desktop.core.locales import language_names_data
    from ua_desktop.core.locales.languages import language_label, saved_language_labels

    assert language_names_data.LABELS == saved_language_labels(), \
        "language_names_data.py is stale: run python3 tools/generate_names_data.py"
    assert language_label("ru", "en_GB") == "Russian (русский)" and language_label("ru", "ru") == "Русский"
    assert language_label("uz", "en") == "Uzbek (o‘zbek)"  # not saved: read from CLDR


def test_sheet_index_is_strict_and_the_wide_one_is_not():
    assert sheet_country_code("KIRGHIZISTAN") == "KG" == sheet_country_code("Kyrgyz Republic.")
    assert sheet_country_code("fr") is None and sheet_country_code("Кыргызская Республика") is None
    assert country_code("fr") == "FR" and country_code("Кыргызская Республика") == "KG"
    assert country_code("U.S.A.") == "US" and country_code("ألمانيا") == "DE" and country_code("") is None
    assert same_country("Kyrgyzstan", "Кыргызстан") and not same_country("France", "Germany")


def test_names_for_running_text():
    assert country_name("KG") == "Kyrgyzstan" and country_name("CD") == "Democratic Republic of the Congo"
    assert country_name_in("France", "es") == "Francia"
    assert country_name_in("Hong Kong", "en") == "Hong Kong"  # CLDR's "Hong Kong SAR China" is not for a letter
    assert [code for _pos, code in find_countries("Held in Kyrgyzstan, then moved to Kazakhstan.")] == ["KG", "KZ"]


def test_one_folding():
    assert fold("Lucía Hernández") == "lucia hernandez" and fold("Аскаров ёж й") == "аскаров еж и"
    assert fold("Straße Ørsted") == "strasse orsted" and fold("Côte d’Ivoire") == "cote d'ivoire"
    assert strip_accents("Hernández") == "Hernandez"
    assert fold_phrase("  Côte\u00a0 d’Ivoire. ") == "cote d'ivoire"
    assert fold_compact("Ф.И.О.") == "фио" and fold_compact("Prénom ") == "prenom"


def test_one_language_label_for_every_window():
    from ua_desktop.core.locales.languages import language_label, sheet_language_code

    assert language_label("ru", "en_GB") == "Russian (русский)"
    assert language_label("ru", "ru") == "Русский"  # its own name once
    assert language_label("ky", "de") == "Kirgisisch (кыргызча)"
    assert language_label("zz-unknown", "fr") == "zz-unknown"
    assert language_label("ru", "not-a-locale") == "Russian (русский)"  # English when the window's is unknown
    assert sheet_language_code("Kirghiz") == sheet_language_code("kirgisisch") == "ky"


def test_folding_one_character_for_one_keeps_positions():
    from ua_desktop.core.text import fold_same_length

    text = "Libérez l’homme, `Straße´ Ørsted"
    folded = fold_same_length(text)
    assert len(folded) == len(text) and folded == "liberez l'homme, 'straße' orsted"


def test_accents_are_stripped_in_one_place_only():
    from pathlib import Path

    package = Path(__file__).resolve().parents[2] / "ua_desktop"
    others = sorted(str(p.relative_to(package)) for p in package.rglob("*.py")
                    if "combining" in p.read_text(encoding="utf-8") and p != package / "core" / "text.py")
    assert others == [], "fold text with ua_desktop.core.text (fold, fold_phrase, fold_compact, fold_same_length)"


def test_saved_long_dates_are_babels_for_every_letter_language():
    import datetime as dt

    from babel.dates import format_date

    from ua_desktop.core.letters.languages import load_letter_languages
    from ua_desktop.core.locales import dates_data
    from ua_desktop.core.locales.dates import build_long_dates, long_date

    locales = [language.babel_locale for language in load_letter_languages().values()]
    assert dates_data.LONG_DATES == build_long_dates(locales), \
        "dates_data.py is stale: run python3 tools/generate_names_data.py"
    assert set(dates_data.LONG_DATES) == set(locales)  # every letter language's date is saved
    for locale in locales + ["pt_BR", "ja"]:  # and others come from Babel
        for date in (dt.date(2010, month, day) for month in range(1, 13) for day in (1, 9, 28)):
            assert long_date(date, locale) == format_date(date, "long", locale=locale), (locale, date)


def test_a_cldr_pattern_with_other_fields_is_not_saved():
    from ua_desktop.core.locales.dates import saved_form

    assert saved_form("d MMMM y 'г'.") == "{d} {month} {y} г."
    assert saved_form("d 'de' MMMM 'de' y") == "{d} de {month} de {y}"
    assert saved_form("y-'ж'., d-MMMM") == "{y}-ж., {d}-{month}"
    assert saved_form("EEEE d MMMM y") is None and saved_form("d MMM y") is None
    assert saved_form("d '{o''c}'") == "{d} {{o'c}}" and "{d} {{o'c}}".format(d=5) == "5 {o'c}"


def test_saved_running_text_country_names_are_babels_for_every_letter_language():
    from ua_desktop.core.letters.languages import load_letter_languages
    from ua_desktop.core.locales.countries import country_name_in, running_names
    from ua_desktop.core.locales.running_names_data import RUNNING_NAMES

    locales = sorted({language.babel_locale for language in load_letter_languages().values()})
    assert sorted(RUNNING_NAMES) == locales
    for locale in locales:
        assert RUNNING_NAMES[locale] == running_names(locale), \
            "running_names_data.py is stale: run python3 tools/generate_names_data.py"
    assert country_name_in("Germany", "es") == "Alemania" and country_name_in("Germany", "pt") == "Alemanha"
    assert country_name_in("Hong Kong", "en_GB") == "Hong Kong" and country_name_in("Atlantis", "es") == "Atlantis"
