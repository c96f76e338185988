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


def test_other_spellings():
    assert shown("Téléphone : +216 71 333 000", "Tunisie") == [("+216 71 333 000", "phone", True)]
    assert shown("(+504) 2221-8571 / 2221-8572", "Honduras") == [("+504 2221-8571", "", True), ("+504 2221-8572", "", True)]
    assert shown("+44 (0)20 7123 4567") == [("+44 20 7123 4567", "", True)]
    assert shown("Fax: 00 996 312 66 28 60", "KG") == [("+996 312 662 860", "fax", True)]
    assert shown("Phone: +1 (202) 555-0147 ext 12 | Fax: 202 555 0148", "United States") == [
        ("+1 202-555-0147 ext. 12", "phone", True), ("+1 202-555-0148", "fax", True)]


def test_text_without_numbers():
    assert parse_numbers("Salutation: Dear Minister", "KG") == ()
    assert parse_numbers("UA 123/11", "RU") == ()
    assert parse_numbers("", "") == ()


from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

_REGIONS = ["KG", "RU", "FR", "ES", "DE", "MX", "HN", "TN", "NP", "GB", "US", "BR", "JP", "EG", "IR", "BY"]


@settings(max_examples=120, deadline=None)
@given(st.sampled_from(_REGIONS), st.sampled_from(["Fax: {} or {}", "Phone: {} / {}", "{}, {}", "Tel {} I Fax {}"]))
def test_national_numbers_of_many_countries_come_out_international(region, layout):
    """The library's own example numbers, written the national way, two to a line."""
    import phonenumbers

    first = phonenumbers.example_number_for_type(region, phonenumbers.PhoneNumberType.FIXED_LINE)
    second = phonenumbers.example_number_for_type(region, phonenumbers.PhoneNumberType.MOBILE) or first
    national = [phonenumbers.format_number(n, phonenumbers.PhoneNumberFormat.NATIONAL) for n in (first, second)]
    found = parse_numbers(layout.format(*national), region)
    assert [n.e164 for n in found] == [phonenumbers.format_number(n, phonenumbers.PhoneNumberFormat.E164)
                                       for n in (first, second)]
    assert all(n.sure for n in found)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("0123456789 +-()/.,;:xFaxTelor I")), max_size=80),
       st.sampled_from(["", "KG", "France", "nowhere"]))
def test_any_text_gives_numbers_or_nothing_never_an_error(text, country):
    for number in parse_numbers(text, country):
        assert number.written and (not number.sure or number.e164.startswith("+"))
