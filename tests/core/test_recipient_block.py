"""The recipient's block and salutation as a letter writes them: normal case
for headings a sheet printed in capitals, the country once, the postal index
first in Russian and Kyrgyz, and the sheet's salutation only in its own
language and only when it is complete."""

from __future__ import annotations

import dataclasses

import pytest

from ua_desktop.core.case.model import Case, Gender, Person, Recipient, RecipientRole
from ua_desktop.core.letters.recipient_block import normal_case, recipient_block
from ua_desktop.core.letters.salutations import salutation_language, sheet_salutation
from ua_desktop.core.output.envelopes import address_block
from ua_desktop.core.letters.letter import Sender

EGYPT = Case(
    title="Journalists detained", country="Egypt", people=(Person("Omar Adel", Gender.MALE),),
    recipients=(Recipient(role=RecipientRole.TARGET, title_lines=("MINISTER OF THE INTERIOR",), name="MOHAMED IBRAHIM",
                          address_lines=("MINISTRY OF INTERIOR", "PO BOX 1234", "Cairo, Egypt"), country="EGYPT",
                          salutation="Dear Minister", office="minister", gender=Gender.MALE),),
)


def test_capitals_become_normal_case_and_acronyms_stay():
    assert normal_case("MINISTER OF THE INTERIOR") == "Minister of the Interior"
    assert normal_case("COMISIÓN NACIONAL DE LOS DERECHOS HUMANOS") == "Comisión Nacional de los Derechos Humanos"
    assert normal_case("JALAL-ABAD REGION") == "Jalal-Abad Region"
    assert normal_case("NHRC OF INDIA") == "NHRC of India"
    assert normal_case("PO BOX 1234") == "PO BOX 1234".replace("BOX", "Box")
    assert normal_case("Minister of Interior") == "Minister of Interior"  # mixed case is the sheet's choice


def test_the_country_is_written_once_in_the_letter_and_on_the_envelope():
    block = recipient_block(EGYPT, EGYPT.recipients[0], "en")
    assert block.addressee_lines == ("Minister of the Interior", "Mohamed Ibrahim")
    assert block.address_lines == ("Ministry of Interior", "PO Box 1234", "Cairo")
    assert block.country == "EGYPT"
    envelope = address_block(EGYPT, 0, "en", Sender("Anna", "Lyon", "France"))
    assert envelope.recipient_lines == (*block.addressee_lines, *block.address_lines, "EGYPT")


@pytest.mark.parametrize("language", ["ru", "ky"])
def test_russian_and_kyrgyz_put_the_postal_index_first(language):
    recipient = dataclasses.replace(EGYPT.recipients[0], address_lines=("ul. Zhitnaya 16", "Moscow 119049"),
                                    country="RUSSIA")
    case = dataclasses.replace(EGYPT, recipients=(recipient,), country="Russia")
    assert recipient_block(case, recipient, language).address_lines[-1] == "119049, Moscow"
    assert recipient_block(case, recipient, "en").address_lines[-1] == "Moscow 119049"


BILINGUAL = "Dear Minister/Estimado Señor Secretario de Seguridad"


@pytest.mark.parametrize("language,expected", [("en", "Dear Minister"),
                                               ("es", "Estimado Señor Secretario de Seguridad"),
                                               ("fr", ""), ("de", ""), ("ar", "")])
def test_a_salutation_with_one_form_per_language_is_split(language, expected):
    assert sheet_salutation(BILINGUAL, language, "en") == expected


def test_a_salutation_cut_short_or_in_another_language_is_not_used():
    assert sheet_salutation("Sehr geehrter Herr,", "de", "de") == ""
    assert sheet_salutation("Dear Mr", "en", "en") == ""
    assert sheet_salutation("Estimado Señor Ministro", "en", "en") == ""  # a Spanish salutation on an English sheet
    assert sheet_salutation("Estimado Señor Ministro", "es", "en") == "Estimado Señor Ministro"
    assert sheet_salutation("Señor/a Fiscal", "es", "es") == "Señor/a Fiscal"  # one salutation with a slash


def test_salutation_languages():
    assert [salutation_language(s) for s in ("Dear Sir", "Monsieur le Ministre", "Estimada Fiscal", "Sehr geehrte Frau",
                                             "Уважаемый господин", "Урматтуу министр", "معالي الوزير", "Minister")] == [
        "en", "fr", "es", "de", "ru", "ky", "ar", None]


def test_the_letter_uses_the_part_for_its_language_and_the_table_otherwise():
    from ua_desktop.core.letters.drafting import LetterDrafter, LetterRequest

    recipient = dataclasses.replace(EGYPT.recipients[0], salutation=BILINGUAL)
    case = dataclasses.replace(EGYPT, recipients=(recipient,))
    drafter = LetterDrafter()
    letters = {code: drafter.draft(LetterRequest(case, 0, code, Sender("Anna", "Lyon", "France")))
               for code in ("en", "es", "de")}
    assert letters["en"].salutation == "Dear Minister"
    assert letters["es"].salutation == "Estimado Señor Secretario de Seguridad"
    assert letters["de"].salutation == "Sehr geehrter Herr Minister"
    assert "Dear Minister/" not in letters["de"].text and "Estimado" not in letters["en"].text
