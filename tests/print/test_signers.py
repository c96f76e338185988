import pytest

from ua_desktop.core.events.signers import MAX_SIGNERS, SignerListError, parse_signers, read_signers

LANGS = ("en", "ru", "ky")
TEXT = ("Name,Town,Country,Address,Language\nAnna Schmidt,Lyon,France,3 rue de la Paix,ru\n"
        "Жанна Иванова,Бишкек,Кыргызстан,,русский\n")


def parse(data, **kw):
    return parse_signers(data, name="list.csv", languages=LANGS, **kw)


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-16-le"])
def test_every_encoding_a_spreadsheet_gives(encoding):
    result = parse(TEXT.encode(encoding))
    assert [s.name for s in result.signers] == ["Anna Schmidt", "Жанна Иванова"]
    assert result.signers[0].address_lines == ("3 rue de la Paix",)
    assert [s.language for s in result.signers] == ["ru", "ru"]
    assert result.signers[1].town == "Бишкек"


def test_excel_unicode_text_is_utf16_with_tabs():
    data = TEXT.replace(",", "\t").replace("\n", "\r\n").encode("utf-16")
    result = parse(data)
    assert result.delimiter == "\t" and len(result) == 2 and result.signers[0].country == "France"


def test_semicolons_and_french_headers_with_a_title_row():
    text = "Pétition, soirée du 12 mars;;\n\nNom;Ville;Pays;Langue\nDupont, Jean;Lyon;France;anglais\n"
    result = parse(text.encode("utf-8"))
    assert result.delimiter == ";"
    assert result.signers[0].name == "Dupont, Jean" and result.signers[0].language == "en"
    assert result.signers[0].row == 4
    assert any("left out" in notice for notice in result.notices)


@pytest.mark.parametrize("header,row,name", [
    ("Vorname;Name;Stadt;Land", "Anna;Schmidt;Berlin;Deutschland", "Anna Schmidt"),
    ("Nombre;Apellidos;Ciudad;País", "Ana;García López;Madrid;España", "Ana García López"),
    ("Имя;Фамилия;Город;Страна", "Анна;Петрова;Москва;Россия", "Анна Петрова"),
    ("ФИО;Город;Страна", "Петрова Анна;Москва;Россия", "Петрова Анна"),
    ("First name,Last name,City,Country,Postcode", "Ann,Lee,Leeds,UK,LS1 1AA", "Ann Lee"),
])
def test_names_from_one_or_two_columns_in_five_languages(header, row, name):
    result = parse(f"{header}\n{row}\n".encode())
    assert result.signers[0].name == name
    assert result.signers[0].town


def test_postcode_goes_before_the_town():
    result = parse("Name;Code postal;Ville\nAnna;69001;Lyon\n".encode())
    assert result.signers[0].town == "69001 Lyon"


def test_no_name_column_is_refused_with_the_columns_found():
    with pytest.raises(SignerListError) as error:
        parse(b"Email,Town,Country\na@b.c,Lyon,France\n")
    assert "no column for the signers" in str(error.value) and "Email, Town, Country" in str(error.value)


def test_no_header_at_all_reads_by_position_and_says_so():
    result = parse("Anna Schmidt,Lyon,France\nJean Dupont,Paris,France\n".encode())
    assert [s.name for s in result.signers] == ["Anna Schmidt", "Jean Dupont"]
    assert result.signers[1].country == "France" and not result.has_header
    assert any("no column names" in notice for notice in result.notices)


def test_empty_rows_skipped_and_rows_without_a_name_reported():
    result = parse(b"Name,Town\n\n,,\nAnna,Lyon\n,Paris\n\n  ,  \nJean,Nice\n")
    assert [s.name for s in result.signers] == ["Anna", "Jean"]
    assert result.notices == ("Row 5 has no name and was left out.",)


def test_control_characters_and_spaces_are_cleaned():
    result = parse(b"Name,Town\n  Anna\x07  Schmidt ,\x00Lyon\n")
    assert result.signers[0].name == "Anna Schmidt" and result.signers[0].town == "Lyon"


def test_unknown_language_falls_back_with_a_notice():
    result = parse("Name,Language\nAnna,klingon\nJean,EN-gb\n".encode())
    assert [s.language for s in result.signers] == [None, "en"]
    assert any("klingon" in notice and "row 2" in notice for notice in result.notices)


@pytest.mark.parametrize("data,words", [
    ("Name\nJosé Müller\n".encode("cp1252"), "CSV UTF-8"),
    (b"PK\x03\x04rest-of-a-zip", "spreadsheet file"),
    (b"Name,Town\n", "no signers"),
    (b"", "no signers"),
])
def test_bad_files_get_a_clear_message(data, words):
    with pytest.raises(SignerListError) as error:
        parse(data)
    assert words in str(error.value)


def test_ten_thousand_rows_are_read_and_one_more_is_refused(tmp_path):
    rows = "".join(f"Signer {n},Town {n},France\n" for n in range(MAX_SIGNERS))
    path = tmp_path / "big.csv"
    path.write_text("Name,Town,Country\n" + rows, encoding="utf-8")
    assert len(read_signers(path, LANGS)) == MAX_SIGNERS
    path.write_text("Name,Town,Country\n" + rows + "One too many,X,Y\n", encoding="utf-8")
    with pytest.raises(SignerListError) as error:
        read_signers(path, LANGS)
    assert "at most 10,000" in str(error.value) and "10,001" in str(error.value)


def test_missing_file_and_folder(tmp_path):
    with pytest.raises(SignerListError, match="was not found"):
        read_signers(tmp_path / "nope.csv")
    with pytest.raises(SignerListError, match="is a folder"):
        read_signers(tmp_path)


def test_a_kyrgyz_sign_up_list_is_read_by_its_column_names(tmp_path):
    """The event's sign-up list writes translated headers; Kyrgyz ones
    were read as a signer (found while translating the window)."""
    from ua_desktop.core.events.signers import read_signers

    path = tmp_path / "signers.csv"
    path.write_text("Аты-жөнү,Шаар,Өлкө,Тил\nАйгүл Осмонова,Ош,Кыргызстан,ky\n", encoding="utf-8")
    signers = read_signers(path)
    assert [(s.name, s.town, s.country) for s in signers.signers] == [("Айгүл Осмонова", "Ош", "Кыргызстан")]
