"""Phone and fax numbers: split, parsed with the recipient's country, shown in international form."""

from __future__ import annotations

import pytest

from ua_desktop.core.importer.phones import parse_numbers


def shown(text: str, country: str = "") -> list[tuple[str, str, bool]]:
    return [(n.international, n.kind, n.sure) for n in parse_numbers(text, country)]


def test_x_or_y_with_a_short_second_number_borrows_the_area_code():
    assert shown("fax: +996 312 66 28 60 or 62 62 44", "Kyrgyzstan") == [
        ("+996 312 662 860", "fax", True), ("+996 312 626 244", "fax", True)]


def test_us_style_line_with_a_bar_and_the_011_prefix():
    assert shown("Fax: 011 52 55 5346 0908 I Phone: 011 52 55 5346 0909", "Mexico") == [
        ("+52 55 5346 0908", "fax", True), ("+52 55 5346 0909", "phone", True)]


@pytest.mark.parametrize("country", ["KG", "Kyrgyzstan", "KYRGYZSTAN", "Кыргызстан", "Kirghizistan"])
def test_national_numbers_take_the_country_given_by_name_or_code(country):
    assert shown("0312 66 28 60, 0312 62 62 44", country) == [
        ("+996 312 662 860", "", True), ("+996 312 626 244", "", True)]


@pytest.mark.parametrize("text", ["+7 495 667 0810 / +7 495 667 0811", "+7 495 667 0810; +7 495 667 0811",
                                  "+7 495 667 0810 или +7 495 667 0811"])
def test_separators(text):
    assert [n.e164 for n in parse_numbers(text, "Russian Federation")] == ["+74956670810", "+74956670811"]


def test_labels_in_french_and_a_number_kept_as_written_when_invalid():
    assert shown("Fax : +33 1 40 20 02 40 ; tél : 01 40 20 02 41", "France") == [
        ("+33 1 40 20 02 40", "fax", True), ("+33 1 40 20 02 41", "phone", True)]
    invalid = parse_numbers("Tel: 12345 67", "France")
    assert [(n.written, n.international, n.e164, n.sure) for n in invalid] == [("12345 67", "12345 67", "", False)]


def test_without_a_country_only_international_numbers_are_sure():
    assert shown("Fax: +41 22 917 90 22 or 022 917 90 11") == [
        ("+41 22 917 90 22", "fax", True), ("+41 22 917 90 11", "fax", True)]
    assert shown("Fax: 022 917 90 22") == [("022 917 90 22", "fax", False)]


def test_text_without_numbers():
    assert parse_numbers("Salutation: Dear Minister", "KG") == ()
    assert parse_numbers("", "") == ()
