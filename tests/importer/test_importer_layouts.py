"""One realistic fixture per layout and per kind of damage the issue lists."""

from __future__ import annotations

import datetime as dt

import pytest
from importer_helpers import FIXTURES

from ua_desktop.core.case.model import Gender, RecipientRole
from ua_desktop.core.importer import import_file


def load(name: str):
    return import_file(FIXTURES / name)


def test_later_layout_with_model_letter():
    result = load("later-model-letter-iran.txt")
    case = result.case
    assert result.layout == "model_letter"
    assert case.ua_number == "UA 42/19"
    assert case.index_number == "MDE 13/0123/2019"
    assert case.issued == dt.date(2019, 3, 14)
    assert case.country == "Iran"
    assert case.title == "Women's rights defenders sentenced to prison"
    assert case.deadline == dt.date(2019, 10, 24)
    assert case.write_languages == ("fa", "en")
    assert [(p.name, p.gender) for p in case.people] == [
        ("Yasaman Aryani", Gender.FEMALE), ("Monireh Arabshahi", Gender.FEMALE)]
    # the model letter's requests are the asks
    assert len(case.asks) == 2
    assert case.asks[0].text.startswith("release Yasaman Aryani and Monireh Arabshahi immediately")
    assert case.asks[1].text.startswith("ensure that, pending their release")
    assert any(note.field == "asks" for note in result.unsure)
    target = case.targets[0]
    assert target.name == "Ebrahim Raisi"
    assert target.title_lines == ("Head of the Judiciary",)
    assert target.phone == "+32 2 762 37 45"
    assert target.social == ("@Raisi_org",)
    assert target.fax == "" and target.email == ""
    assert target.salutation == "Dear Mr Raisi"
    assert target.gender is Gender.MALE
    assert case.late_note.startswith("Please check with the Amnesty office")
    assert case.background.startswith("Yasaman Aryani and her mother")
    assert "PREFERRED LANGUAGE" not in case.background
    assert result.model_letter.startswith("Dear Mr Raisi,")
    assert result.complete


def test_follow_up_with_no_further_action():
    result = load("further-no-action-mexico.txt")
    case = result.case
    assert case.status == "no_further_action"
    assert case.status_note == "No further action is requested from the UA network."
    assert case.ua_number == "UA 203/12"
    assert case.index_number == "AMR 41/071/2012"  # the follow-up's own index, not the earlier ones
    assert case.issued == dt.date(2012, 11, 27)
    assert [(p.name, p.gender) for p in case.people] == [("Lucía Hernández Morales", Gender.FEMALE)]
    assert case.title == "Activist released"
    assert result.complete  # a closure: nobody to write to and nothing to ask, and nothing missing
    assert result.missing == ()


def test_french_section_sheet():
    result = load("fr-action-urgente-tunisie.txt")
    case = result.case
    assert case.source_language == "fr"
    assert case.ua_number == "UA 1/15"
    assert case.index_number == "MDE 30/001/2015"
    assert case.issued == dt.date(2015, 1, 8)
    assert case.country == "Tunisia"
    assert case.deadline == dt.date(2015, 2, 5)
    assert case.write_languages == ("ar", "fr")
    assert [p.name for p in case.people] == ["Yassine Ayari"]
    assert len(case.asks) == 3 and case.asks[0].text == "libérer Yassine Ayari immédiatement et sans condition"  # no lead-in
    assert [r.role for r in case.recipients] == [RecipientRole.TARGET, RecipientRole.TARGET, RecipientRole.COPY]
    minister, prosecutor, president = case.recipients
    assert minister.name == "Mohamed Salah Ben Aïssa"
    assert minister.gender is Gender.MALE and minister.office == "minister"
    assert minister.fax == "+216 71 568 106" and minister.email == "mju@ministeres.tn"
    assert minister.salutation == "Monsieur le Ministre"
    assert minister.country == "TUNISIE"
    assert prosecutor.name == "Leila Hammami" and prosecutor.gender is Gender.FEMALE
    assert prosecutor.fax == "+216 71 561 804"  # "Fax" with no colon
    assert prosecutor.office == "prosecutor_general"  # « Procureur général près le tribunal militaire »
    assert president.social == ("@BejiCaidEssebsi",)
    assert "représentants diplomatiques" in case.copies_note
    assert case.late_note.startswith("Vérifiez auprès de votre section")
    assert result.complete


def test_spanish_section_sheet():
    result = load("es-accion-urgente-venezuela.txt")
    case = result.case
    assert case.source_language == "es"
    assert case.deadline == dt.date(2016, 9, 23)
    assert case.write_languages == ("es",)
    assert case.country == "Venezuela"
    assert [p.name for p in case.people] == ["María Alejandra Rondón Pérez"]
    # the third point reminds ("recordándoles que ..."): kept out of the requests
    assert [[r.kind for r in a.requests] for a in case.asks] == [["protect"], ["investigate_threats"]]
    target, copy = case.recipients
    assert target.role is RecipientRole.TARGET and copy.role is RecipientRole.COPY
    assert target.name == "Dra. Luisa Ortega Díaz"
    assert target.office == "prosecutor_general" and target.gender is Gender.FEMALE
    assert target.email == "despachofiscal@mp.gob.ve"
    assert copy.name == "Defensoría del Pueblo"
    assert "representación diplomática" in case.copies_note
    assert "AU: 188/16" not in case.background
    assert result.complete


def test_german_section_sheet():
    result = load("de-appell-belarus.txt")
    case = result.case
    assert case.source_language == "de"
    assert case.title == "Menschenrechtsverteidiger in Haft"
    assert case.country == "Belarus"
    assert case.deadline == dt.date(2014, 1, 9)  # "Nach dem 9. Januar 2014 keine Appelle mehr"
    assert case.issued == dt.date(2013, 11, 28)
    assert case.write_languages == ("ru", "en", "de")
    assert [p.name for p in case.people] == ["Ales Bjaljazki"]
    assert len(case.asks) == 2
    target, copy = case.recipients
    assert target.name == "Alexander Lukaschenko" and target.title_lines == ("Präsident",)
    assert target.salutation == "Exzellenz"  # "(korrekte Anrede: Exzellenz)"
    assert target.email == "contact@president.gov.by, press@president.gov.by"  # joined by "oder"
    assert target.office == "president"
    assert copy.role is RecipientRole.COPY and copy.name == "Andrei Giro"
    assert copy.gender is Gender.MALE and copy.office == "ambassador"
    assert result.complete


def test_web_page_of_a_section():
    result = load("web-page-usa-section.txt")
    case = result.case
    assert case.deadline == dt.date(2021, 9, 2)  # "This Urgent Action expires on September 2, 2021."
    assert [p.name for p in case.people] == ["Hamid Nouri"]
    assert case.country == "Sudan"
    assert [a.text for a in case.asks] == [
        "Release Hamid Nouri immediately and unconditionally",
        "Ensure that he is not tortured or otherwise ill-treated while in detention",
    ]
    target, copy = case.recipients
    assert target.name == "Mubarak Mahmoud" and target.title_lines == ("Attorney General",)
    assert target.office == "prosecutor_general"
    assert target.email == ""  # masked "[email protected]" is not kept
    assert any(n.field == "recipients[0].email" for n in result.unsure)
    assert target.social == ("@SudanAG", "Facebook: Sudan Attorney General Office")
    assert target.country == "SUDAN"
    assert target.salutation == "Dear Attorney General"
    assert copy.role is RecipientRole.COPY
    assert copy.phone == "202 338 8565" and copy.fax == "202 667 2406"  # "Phone: ... I Fax: ..."
    assert copy.email == "info@sudanembassy.org"
    # the sample letter's "Dear ...," is not a recipient; menus and banners are gone
    assert len(case.recipients) == 2
    assert "Donate" not in result.source_text and "Give monthly" not in result.source_text
    assert "(...)" not in result.source_text
    assert result.model_letter.startswith("Dear Attorney General,")
    assert result.complete


def test_email_from_a_section():
    result = load("email-section-german.txt")
    case = result.case
    assert case.title == "Gewerkschafter inhaftiert"
    assert case.country == "Kazakhstan"
    assert case.deadline == dt.date(2020, 3, 16)
    assert case.issued == dt.date(2020, 2, 3)
    assert "kk" in case.write_languages
    target = case.targets[0]
    assert target.email == "gp@prokuror.kz, info@prokuror.kz, press@prokuror.kz"  # ";", "oder", line break
    assert target.fax == "+7 7172 71 27 89"  # "Fax" without colon, "00 7 …" in international form
    assert target.social == ("@Prokuratura_KZ",)
    assert target.office == "prosecutor_general"
    assert "From:" not in result.source_text
    assert result.complete


def test_extraction_damage():
    result = load("damaged-extraction-philippines.txt")
    case = result.case
    assert case.title == "Human rights defender at risk of arbitrary detention"
    assert "arrested on 15 November" in case.summary  # "ar-\nrested"
    assert [p.name for p in case.people] == ["Teresita Naul"]
    assert case.people[0].gender is Gender.FEMALE
    assert case.asks[1].text == "ensure that she is protected from torture and other ill-treatment"  # no lead-in
    assert case.deadline == dt.date(2019, 12, 30)
    assert case.write_languages == ("en", "tl")
    first = case.targets[0]
    assert first.address_lines[-1] == "Ermita, Manila 1000, PHILIPPINES"
    assert first.country == "PHILIPPINES"
    assert case.copies[0].name == "Rodrigo Duterte"
    assert "\f" not in result.source_text and "\n2\n" not in result.source_text
    assert result.complete


def test_titles_inside_name_lines_country_after_city_and_a_note():
    result = load("titles-in-name-iran.txt")
    case = result.case
    he, prosecutor, leader, copy = case.recipients
    assert he.name == "Gholamhossein Mohseni Ejei" and "H.E." in he.title_lines
    assert prosecutor.name == "Ali Salehi" and prosecutor.title_lines == ("Public Prosecutor",)
    assert prosecutor.country == "IRAN"  # "Tehran, IRAN"
    assert prosecutor.fax == "+98 21 5512 2000, +98 21 5512 2001"  # "X or Y" is two numbers
    assert prosecutor.gender is Gender.MALE
    assert leader.note.startswith("He has no postal address")
    assert leader.social == ("@khamenei_ir",)
    assert leader.salutation == "Your Excellency"
    assert copy.name == "Zohreh Elahian" and copy.gender is Gender.FEMALE
    assert copy.title_lines == ("Chair of the Human Rights Commission",)
    assert copy.country == "IRAN"  # country on its own line
    assert case.country == "Iran"
    assert [p.name for p in case.people] == ["Majid Kazemi"]


@pytest.mark.parametrize("name", sorted(p.name for p in FIXTURES.glob("*.txt")))
def test_every_fixture_imports_within_limits(name):
    result = import_file(FIXTURES / name)
    for recipient in result.case.recipients:
        assert recipient.name
        assert "@" not in recipient.name
        assert "[email" not in recipient.email
    for ask in result.case.asks:
        assert ask.text and not ask.text.endswith((";", ".")) and "•" not in ask.text


def test_web_page_with_write_to_and_copy_and_sample_letter():
    result = load("web-page-aiusa-copy.txt")
    case = result.case
    assert case.title == "Iran: Free Jailed Human Rights Defender Narges Mohammadi"
    assert case.country == "Iran"
    assert case.deadline == dt.date(2021, 8, 12)
    assert [(p.name, p.gender) for p in case.people] == [("Narges Mohammadi", Gender.FEMALE)]
    first, second, copy = case.recipients
    assert first.name == "Gholamhossein Mohseni Ejei" and first.title_lines == ("Head of the Judiciary",)
    assert first.country == "BELGIUM"
    assert first.salutation == ""  # the sample letter's "Dear ...," is not taken as a recipient's salutation
    assert second.name == "Ayatollah Ali Khamenei" and second.social == ("@khamenei_ir",)
    assert copy.role is RecipientRole.COPY and copy.name == "Amir Saeid Iravani"
    assert copy.phone == "212 687 2020" and copy.email == ""
    assert case.asks[0].text.startswith("release Narges Mohammadi immediately")
    assert result.complete


def test_french_later_layout():
    result = load("fr-later-model-letter.txt")
    case = result.case
    assert case.source_language == "fr"
    assert case.country == "Iran"  # the target is reached through an embassy in Belgium
    assert case.deadline == dt.date(2020, 10, 2)
    assert case.write_languages == ("fa", "en")
    assert [(p.name, p.gender) for p in case.people] == [("Nasrin Sotoudeh", Gender.FEMALE)]
    target = case.targets[0]
    assert target.name == "Ebrahim Raisi"
    assert target.salutation == "Monsieur" and target.gender is Gender.MALE
    assert [a.text for a in case.asks] == [
        "libérer Nasrin Sotoudeh immédiatement et sans condition",
        "veiller à ce qu’elle puisse recevoir les soins médicaux dont elle a besoin",
    ]
    assert case.background.startswith("Nasrin Sotoudeh purge une peine")
    assert result.complete


def test_section_email_with_greeting_blank_separated_copies_and_no_more_appeals():
    result = load("email-section-uk-network.txt")
    case = result.case
    assert case.title == "Youth activists tortured in detention"
    assert case.summary.startswith("Youth activists Bakhtiyar Guliyev and Shahin Novruzlu were tortured")
    assert case.deadline == dt.date(2014, 1, 9)  # "after 9 January 2014 send no more appeals"
    assert case.write_languages == ("az", "en")
    assert [(p.name, p.gender) for p in case.people] == [
        ("Bakhtiyar Guliyev", Gender.MALE), ("Shahin Novruzlu", Gender.MALE)]
    assert len(case.asks) == 2
    assert result.model_letter == ""  # the greeting to network members is not a model letter
    president, prosecutor, minister, ombudsperson = case.recipients
    assert president.name == "Ilham Aliyev" and president.gender is Gender.MALE  # "H.E. Mr Ilham Aliyev"
    assert president.office == "president"
    assert president.email == "office@pa.gov.az, president@pa.gov.az"  # "or" and a line break
    assert president.country == "AZERBAIJAN"
    assert prosecutor.fax == "+994 12 492 06 86"
    assert [minister.role, ombudsperson.role] == [RecipientRole.COPY, RecipientRole.COPY]
    assert minister.address_lines == ("1 Inshaatchilar Avenue", "Baku AZ1073, Azerbaijan")
    assert ombudsperson.name == "Elmira Suleymanova" and ombudsperson.title_lines == ("Ombudsperson",)
    assert result.complete


@pytest.mark.parametrize("name", [
    "es-accion-urgente-venezuela.txt", "fr-action-urgente-tunisie.txt", "de-appell-belarus.txt",
    "fr-later-model-letter.txt", "email-section-german.txt", "21_honduras-copinh-2017-template.txt",
    "seed-ua-2010-askarov-kyrgyzstan.txt",
])
def test_accented_letters_dropped_by_extraction(name):
    import re

    from ua_desktop.core.importer import import_text

    text = (FIXTURES / name).read_text(encoding="utf-8")
    good = import_text(text).case
    damaged = import_text(re.sub(r"[À-ÿ]", "", text))  # "ACCIN URGENTE", "Enven", "Prsident"
    case = damaged.case
    for field in ("deadline", "country", "write_languages", "ua_number", "index_number", "status", "issued"):
        assert getattr(case, field) == getattr(good, field), field
    assert len(case.recipients) == len(good.recipients)
    assert [r.role for r in case.recipients] == [r.role for r in good.recipients]
    assert [r.office for r in case.recipients] == [r.office for r in good.recipients]
    assert len(case.asks) == len(good.asks)
    assert len(case.people) == len(good.people)
    assert bool(case.copies_note) == bool(good.copies_note)
    assert bool(case.late_note) == bool(good.late_note)
    assert damaged.complete


def test_classic_sheet_with_recipients_in_two_text_columns():
    result = load("classic-2013-two-columns-egypt.txt")
    case = result.case
    assert case.ua_number == "UA 201/13" and case.index_number == "MDE 12/045/2013"
    assert case.issued == dt.date(2013, 7, 26)
    assert case.country == "Egypt"
    assert case.deadline == dt.date(2013, 9, 6)
    assert [(p.name, p.gender) for p in case.people] == [
        ("Mahmoud Hussein", Gender.MALE), ("Omar Adel", Gender.MALE), ("Ahmed Saad", Gender.MALE)]
    assert len(case.asks) == 3
    minister, prosecutor, copy = case.recipients
    assert (minister.name, minister.fax, minister.email, minister.salutation) == (
        "Mohamed Ibrahim", "+20 2 25792031", "moi@idsc.gov.eg", "Dear Minister")
    assert (prosecutor.name, prosecutor.title_lines, prosecutor.salutation) == (
        "Hesham Barakat", ("Public Prosecutor",), "Dear Counsellor")
    assert prosecutor.address_lines == ("Office of the Public Prosecutor", "Supreme Court House, 26 July Street", "Cairo, Egypt")
    assert copy.role is RecipientRole.COPY and copy.office == "deputy_prime_minister"
    assert case.copies_note == "Also send copies to diplomatic representatives accredited to your country."
    assert case.late_note == "Please check with your section office if sending appeals after the above date."
    assert "Name Address 1" not in result.source_text
    assert case.background == "Security forces have detained hundreds of protesters since 3 July."
    assert result.complete


def test_page_break_with_footer_and_repeated_header_inside_the_recipients():
    from importer_helpers import seed_path

    from ua_desktop.core.importer import import_text

    text = seed_path().read_text(encoding="utf-8").replace(
        "Bishkek 720040",
        "Bishkek 720040\n\f2\nUA: 135/10 Index: EUR 58/007/2010 Issue Date: 18 June 2010\n"
        "Amnesty International is a global movement of more than 3 million people.\n"
        "URGENT ACTION\nLIFE OF HUMAN RIGHTS DEFENDER AT RISK\n",
    )
    result = import_text(text)
    first = result.case.recipients[0]
    assert first.address_lines == ("Frunze Street, 469", "Bishkek 720040")
    assert first.country == "KYRGYZSTAN" and first.salutation == "Dear Acting Minister"
    assert len(result.case.recipients) == 3
    assert result.case.ua_number == "UA 135/10" and result.case.index_number == "EUR 58/007/2010"
    assert result.complete


def test_older_format_before_2010():
    result = load("old-2007-format-uzbekistan.txt")
    case = result.case
    assert case.ua_number == "UA 188/07" and case.index_number == "EUR 62/012/2007"
    assert case.title == "Fear of torture / Prisoner of conscience"
    assert case.country == "Uzbekistan"
    assert case.deadline == dt.date(2007, 8, 23)  # "if sending appeals after 23 August 2007"
    assert case.write_languages == ("uz", "ru", "en")
    assert [(p.name, p.gender) for p in case.people] == [
        ("Umida Niazova", Gender.FEMALE), ("Dilmurod Saidov", Gender.MALE)]
    assert case.summary.startswith("Human rights defender Umida Niazova and journalist Dilmurod Saidov")
    # after "RECOMMENDED ACTION:", though the background came first; "expressing concern" asks for nothing
    assert [[r.kind for r in a.requests] for a in case.asks] == [["release"], ["access_lawyer", "access_family"]]
    target, copy = case.recipients
    assert target.fax == "+998 71 133 39 17" and target.salutation == "Dear Prosecutor General"  # one line
    assert copy.role is RecipientRole.COPY and copy.name == "Islam Karimov"
    assert case.background == "Torture and other ill-treatment in detention remain widespread in Uzbekistan."
    assert result.complete
