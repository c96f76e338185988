"""The small modules on their own: dates, cleaning, contact lines, names."""

from __future__ import annotations

import datetime as dt

import pytest

from ua_desktop.core.case.model import Gender
from ua_desktop.core.importer.dates import find_dates, first_date
from ua_desktop.core.importer.lexicon import languages_in
from ua_desktop.core.importer.normalize import normalize_text
from ua_desktop.core.case.offices import detect_gender, detect_office
from ua_desktop.core.importer.recipient_names import looks_like_name
from ua_desktop.core.importer.recipients import split_contacts
from ua_desktop.core.importer.extract.columns import split_columns


@pytest.mark.parametrize("text, expected", [
    ("PLEASE SEND APPEALS BEFORE 30 JULY 2010 TO:", dt.date(2010, 7, 30)),
    ("This Urgent Action expires on September 2, 2021.", dt.date(2021, 9, 2)),
    ("after 9 January 2014 send no more appeals", dt.date(2014, 1, 9)),
    ("ENVOYEZ VOS APPELS AVANT LE 1er FÉVRIER 2012", dt.date(2012, 2, 1)),
    ("avant le 3 aot 2011", dt.date(2011, 8, 3)),  # "août" with its accent dropped
    ("avant le 12 dcembre 2013", dt.date(2013, 12, 12)),
    ("ANTES DEL 30 DE JULIO DE 2010", dt.date(2010, 7, 30)),
    ("antes del 5 de setiembre de 2016", dt.date(2016, 9, 5)),
    ("bis zum 30. Juli 2010", dt.date(2010, 7, 30)),
    ("nicht nach dem 3. Mrz 2014", dt.date(2014, 3, 3)),  # "März" damaged
    ("Datum: 2019-03-14", dt.date(2019, 3, 14)),
    ("до 30 июля 2010", dt.date(2010, 7, 30)),
])
def test_dates_in_sheet_languages(text, expected):
    assert first_date(text)[0] == expected


def test_dates_without_a_year_use_the_default_and_say_so():
    assert first_date("before 30 July", default_year=2010) == (dt.date(2010, 7, 30), True)
    assert first_date("before 30 July") is None
    assert find_dates("UA 135/10 (EUR 58/007/2010, 18 June 2010)")[0][1] == dt.date(2010, 6, 18)
    assert find_dates("on 31 February 2010") == []


def test_languages():
    assert languages_in("in Russian, Kyrgyz, English or your own language") == ["ru", "ky", "en"]
    assert languages_in("en arabe, en français ou dans votre propre langue") == ["ar", "fr"]
    assert languages_in("en español o en inglés") == ["es", "en"]
    assert languages_in("auf Russisch, Englisch oder auf Deutsch") == ["ru", "en", "de"]
    assert languages_in("Persian, English") == ["fa", "en"]
    assert languages_in("your own language") == []


def test_normalize_repairs_extraction_damage():
    raw = "URGENT ACTION\fPage 2\n\uf0b7 first ask;\n\uf0a7 second\n12\nde-\ntention and well-\nknown\n(...)\nDonate\n"
    text = normalize_text(raw)
    assert "\f" not in text and "Page 2" not in text and "\n12\n" not in text
    assert "• first ask;" in text and "• second" in text
    assert "detention" in text and "well-known" in text
    assert "(...)" not in text and "Donate" not in text


@pytest.mark.parametrize("line, expected", [
    ("Phone: 202 895 5400 I Fax: 202 244 5131", [("phone", "202 895 5400"), ("fax", "202 244 5131")]),
    ("Fax +996 312 68 20 44", [("fax", "+996 312 68 20 44")]),
    ("E-Mail: a@b.kg", [("email", "a@b.kg")]),
    ("Email: a@b.kg; c@d.kg", [("email", "a@b.kg; c@d.kg")]),
    ("Twitter/X: @MinJustice", [("social", "@MinJustice")]),
    ("Twitter: https://twitter.com/MinJustice", [("social", "@MinJustice")]),
    ("Facebook: Ministerio de Justicia", [("social", "Facebook: Ministerio de Justicia")]),
    ("Fax number unknown", []),
    ("Frunze Street, 469", []),
])
def test_contact_lines(line, expected):
    assert split_contacts(line) == expected


def test_names_titles_gender_and_office():
    assert looks_like_name("Bolotbek Sherniazov")
    assert looks_like_name("General de División Julián Pacheco")
    assert looks_like_name("Mr Ali Salehi")
    assert not looks_like_name("Interim Government")
    assert not looks_like_name("Frunze Street, 469")
    assert not looks_like_name("KYRGYZSTAN")
    assert detect_gender("Dear Madam Minister") is Gender.FEMALE
    assert detect_gender("Sehr geehrter Herr Minister") is Gender.MALE
    assert detect_gender("Exzellenz") is Gender.UNKNOWN
    assert detect_office("Deputy Head of Interim Government") == "deputy_head_of_government"
    assert detect_office("Prime Minister") == "prime_minister"
    assert detect_office("Generalstaatsanwalt") == "prosecutor_general"
    assert detect_office("Ambassador of Sudan") == "ambassador"
    assert detect_office("Governor of Lagos State") == "governor"
    assert detect_office("Judge of the Supreme Court") == "judge"
    assert detect_office("Director of Prisons") == "prison_director"
    assert detect_office("Secretary of Justice") == "minister"
    assert detect_office("Secretario de Seguridad") == "minister"


def test_split_columns_reads_left_then_right():
    rows = [
        "HEADLINE ACROSS THE WHOLE PAGE WIDTH, WRITTEN ON ONE VERY LONG LINE",
        "",
        "Minister of Justice                      Prosecutor General",
        "Ivan Petrov                              Olga Smirnova",
        "Fax: +7 495 1                            Email: a@b.ru",
        "Salutation: Dear Minister",
        "",
        "Also send copies to diplomatic representatives accredited to your country, thank you.",
    ]
    text = "\n".join(rows)
    out = [line for line in split_columns(text).split("\n") if line]
    assert out == ["HEADLINE ACROSS THE WHOLE PAGE WIDTH, WRITTEN ON ONE VERY LONG LINE",
                   "Minister of Justice", "Ivan Petrov", "Fax: +7 495 1", "Salutation: Dear Minister",
                   "Prosecutor General", "Olga Smirnova", "Email: a@b.ru",
                   "Also send copies to diplomatic representatives accredited to your country, thank you."]
