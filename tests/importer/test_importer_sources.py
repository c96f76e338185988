"""Files in: PDF (with two columns), DOCX (paragraphs and table cells),
text in other encodings, HTML; and every kind of bad input gives the
importer's own error with a clear message."""

from __future__ import annotations

import datetime as dt
import zipfile

import pytest
from importer_helpers import FIXTURES, make_pdf, seed_path, text_to_pdf_pages

from ua_desktop.core.case.model import RecipientRole
from ua_desktop.core.importer import SheetImportError, import_file, import_text
from ua_desktop.core.importer.extract import ScannedSheetError, text_from_bytes

HEAD = [
    "URGENT ACTION",
    "JOURNALIST DETAINED AND AT RISK OF TORTURE",
    "Journalist Pavel Orlov was detained on 2 March in Moscow. Pavel Orlov is at risk of torture.",
    "",
    "PLEASE WRITE IMMEDIATELY in Russian, English or your own language calling on the authorities to:",
    "• release Pavel Orlov immediately and unconditionally;",
    "• ensure that Pavel Orlov is protected from torture.",
    "",
    "PLEASE SEND APPEALS BEFORE 14 APRIL 2011 TO:",
]
LEFT = ["Minister of Internal Affairs", "Rashid Nurgaliev", "Ulitsa Zhitnaya 16", "Moscow 119049",
        "RUSSIAN FEDERATION", "Fax: +7 495 667 0810", "Salutation: Dear Minister"]
RIGHT = ["Prosecutor General", "Yury Chaika", "Ulitsa Bolshaya Dmitrovka 15a", "Moscow 125993",
         "RUSSIAN FEDERATION", "Email: info@genproc.gov.ru", "Salutation: Dear Prosecutor General"]
TAIL = ["Also send copies to diplomatic representatives accredited to your country.",
        "Please check with your section office if sending appeals after the above date."]


def two_column_pdf(**options) -> bytes:
    items = []
    y = 760.0
    for line in HEAD:
        if line:
            items.append((56, y, line))
        y -= 14
    y -= 10
    for i, (left, right) in enumerate(zip(LEFT, RIGHT)):
        items.append((56, y - i * 14, left))
        items.append((320, y - i * 14, right))
    y -= len(LEFT) * 14 + 20
    for line in TAIL:
        items.append((56, y, line))
        y -= 14
    return make_pdf([items], font_size=9, **options)


def test_two_column_pdf_is_read_column_by_column(tmp_path):
    path = tmp_path / "sheet.pdf"
    path.write_bytes(two_column_pdf())
    result = import_file(path)
    case = result.case
    assert [r.name for r in case.recipients] == ["Rashid Nurgaliev", "Yury Chaika"]
    first, second = case.recipients
    assert first.title_lines == ("Minister of Internal Affairs",)
    assert first.address_lines == ("Ulitsa Zhitnaya 16", "Moscow 119049")
    assert first.fax == "+7 495 667-08-10" and first.salutation == "Dear Minister"
    assert second.title_lines == ("Prosecutor General",)
    assert second.email == "info@genproc.gov.ru" and second.salutation == "Dear Prosecutor General"
    assert second.office == "prosecutor_general"
    assert case.deadline == dt.date(2011, 4, 14)
    assert case.write_languages == ("ru", "en")
    assert [p.name for p in case.people] == ["Pavel Orlov"]
    assert len(case.asks) == 2
    assert case.copies_note.startswith("Also send copies")
    assert result.complete


def test_pdf_of_the_seed_over_three_pages(tmp_path):
    text = seed_path().read_text(encoding="utf-8").replace("\uf0ae", "•")  # the bullet as a standard font has it
    pages = text_to_pdf_pages(text, lines_per_page=50)
    assert len(pages) >= 3
    path = tmp_path / "seed.pdf"
    path.write_bytes(make_pdf(pages))
    result = import_file(path)
    case = result.case
    assert [p.name for p in case.people] == ["Azimzhan Askarov"]
    assert case.deadline == dt.date(2010, 7, 30)
    assert len(case.asks) == 5
    assert [r.name for r in case.recipients] == ["Bolotbek Sherniazov", "Azimbek Beknazarov", "Roza Otunbaeva"]
    assert case.recipients[1].salutation == "Dear Deputy Head of Interim Government"


def test_two_column_pdf_drawn_word_by_word_and_column_by_column(tmp_path):
    path = tmp_path / "words.pdf"
    path.write_bytes(two_column_pdf(word_level=True))
    assert [r.name for r in import_file(path).case.recipients] == ["Rashid Nurgaliev", "Yury Chaika"]
    items = [(56, 600 - i * 14, line) for i, line in enumerate(LEFT)] + [(320, 600 - i * 14, line) for i, line in enumerate(RIGHT)]
    head = [(56, 760 - i * 14, line) for i, line in enumerate(HEAD) if line]
    columns = tmp_path / "columns.pdf"
    columns.write_bytes(make_pdf([head + items + [(56, 480, TAIL[0]), (56, 466, TAIL[1])]]))
    case = import_file(columns).case
    assert [r.name for r in case.recipients] == ["Rashid Nurgaliev", "Yury Chaika"]
    assert case.recipients[0].salutation == "Dear Minister"
    assert case.recipients[1].address_lines == ("Ulitsa Bolshaya Dmitrovka 15a", "Moscow 125993")


def test_pdf_content_is_sniffed_whatever_the_name(tmp_path):
    path = tmp_path / "sheet.txt"
    path.write_bytes(two_column_pdf())
    assert import_file(path).case.recipients[1].name == "Yury Chaika"


def test_docx_paragraphs_and_table_cells(tmp_path):
    import docx

    document = docx.Document()
    for line in HEAD:
        if line.startswith("• "):
            document.add_paragraph(line[2:], style="List Bullet")
        elif line:
            document.add_paragraph(line)
    table = document.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "\n".join(LEFT)
    table.cell(0, 1).text = "\n".join(RIGHT)
    for line in TAIL:
        document.add_paragraph(line)
    path = tmp_path / "sheet.docx"
    document.save(path)
    result = import_file(path)
    case = result.case
    assert [r.name for r in case.recipients] == ["Rashid Nurgaliev", "Yury Chaika"]
    assert [a.text for a in case.asks] == [
        "release Pavel Orlov immediately and unconditionally", "ensure that Pavel Orlov is protected from torture"]
    assert case.recipients[1].email == "info@genproc.gov.ru"
    assert result.complete


def test_docx_form_table_is_read_row_by_row(tmp_path):
    import docx

    sample = (FIXTURES / "21_honduras-copinh-2017-template.txt").read_text(encoding="utf-8")
    document = docx.Document()
    table = document.add_table(rows=0, cols=2)
    fields = {}
    for line in sample.split("\n")[:12]:
        if ":" in line and line.split(":", 1)[0].isupper():
            label, value = line.split(":", 1)
            fields[label] = value.strip()
            row = table.add_row()
            row.cells[0].text = label + ":"
            row.cells[1].text = value.strip()
    rest = sample.split("URGENT ACTION SUMMARY:", 1)[1]
    document.add_paragraph("URGENT ACTION SUMMARY:")
    for line in rest.replace("\f", "").split("\n"):
        document.add_paragraph(line)
    path = tmp_path / "form.docx"
    document.save(path)
    case = import_file(path).case
    assert case.index_number == "AMR 37/6674/2017"
    assert case.title == "Honduras: Armed attack against members of COPINH"
    assert case.issued == dt.date(2017, 7, 5)
    assert case.recipients[0].name == "General de División Julián Pacheco"


def test_text_in_other_encodings_and_html(tmp_path):
    text = (FIXTURES / "fr-action-urgente-tunisie.txt").read_text(encoding="utf-8")
    latin = text.replace("\uf0b7", "-").replace("’", "'").replace("«", '"').replace("»", '"')
    path = tmp_path / "fr.txt"
    path.write_bytes(latin.encode("cp1252"))
    assert import_file(path).case.recipients[0].name == "Mohamed Salah Ben Aïssa"
    path16 = tmp_path / "fr16.txt"
    path16.write_bytes(text.encode("utf-16"))
    assert import_file(path16).case.deadline == dt.date(2015, 2, 5)
    markup = "<html><head><style>p{}</style><script>var x='URGENT';</script></head><body><nav>Menu Donate</nav>" + \
        "".join(f"<p>{line}</p>" for line in seed_path().read_text(encoding="utf-8").split("\n")) + "</body></html>"
    page = tmp_path / "page.html"
    page.write_text(markup, encoding="utf-8")
    result = import_file(page)
    assert [r.name for r in result.case.recipients] == ["Bolotbek Sherniazov", "Azimbek Beknazarov", "Roza Otunbaeva"]
    assert "var x" not in result.source_text


# ---------------------------------------------------------------- bad input


def _error(path) -> str:
    with pytest.raises(SheetImportError) as info:
        import_file(path)
    message = str(info.value)
    assert message and len(message) < 400 and "Traceback" not in message
    return message


def test_image_only_pdf(tmp_path):
    path = tmp_path / "scan.pdf"
    path.write_bytes(make_pdf([[], []], images_only=True))
    assert "cannot read scanned sheets yet" in _error(path)
    with pytest.raises(ScannedSheetError):
        import_file(path)


def test_text_that_is_no_sheet_opens_the_review_with_what_is_missing(tmp_path):
    """Text is never refused: the review step opens with what was found and what is missing."""
    path = tmp_path / "recipe.txt"
    path.write_text("Pancakes\n\nMix 200 g flour with two eggs and milk. Fry in butter.\n", encoding="utf-8")
    texts = [import_file(path), import_text("Dear Anna,\nsee you on Monday.\nBest, Tom"),
             import_text("Local group news\n\nOur group wrote 40 letters for an Urgent Action last month. "
                         "Thanks to everyone who came to the meeting.")]
    for result in texts:
        assert not result.complete
        assert {"people", "recipients", "asks", "deadline", "country"} <= {note.field for note in result.missing}
        assert any(note.field == "sheet" and "does not look like an Urgent Action" in note.message
                   for note in result.unsure)
    assert not any(note.field == "sheet" for note in import_file(seed_path()).unsure)


@pytest.mark.parametrize("paste", ["", "   \n\n\t ", "\x00\x01", "\uf0ae\n•\n"])
def test_empty_paste(paste):
    with pytest.raises(SheetImportError) as info:
        import_text(paste)
    assert "no text" in str(info.value).lower()


def test_corrupt_docx(tmp_path):
    path = tmp_path / "broken.docx"
    path.write_bytes(b"PK\x03\x04" + b"\x00garbage" * 50)
    assert "damaged" in _error(path)
    zipped = tmp_path / "other.docx"
    with zipfile.ZipFile(zipped, "w") as archive:
        archive.writestr("hello.txt", "hello")
    assert "not a Word document" in _error(zipped)
    wrong = tmp_path / "word.docx"
    with zipfile.ZipFile(wrong, "w") as archive:
        archive.writestr("word/document.xml", "<not xml")
    assert "damaged" in _error(wrong)
    named = tmp_path / "plain.docx"
    named.write_bytes(b"\x01\x02\x03 not a docx")
    assert "DOCX" in _error(named) or "not a text" in _error(named)


def test_corrupt_pdf(tmp_path):
    good = two_column_pdf()
    truncated = tmp_path / "truncated.pdf"
    truncated.write_bytes(good[: len(good) // 3])
    message = _error(truncated)
    assert "PDF" in message or "text" in message
    garbage = tmp_path / "garbage.pdf"
    garbage.write_bytes(b"%PDF-1.4\n" + bytes(range(256)) * 20)
    _error(garbage)
    fake = tmp_path / "fake.pdf"
    fake.write_text("just text", encoding="utf-8")
    assert "not really a PDF" in _error(fake)


def test_fifty_megabyte_file(tmp_path):
    path = tmp_path / "huge.pdf"
    with open(path, "wb") as handle:
        handle.truncate(50 * 1024 * 1024)
    assert "too large" in _error(path)
    with pytest.raises(SheetImportError) as info:
        import_text("URGENT ACTION\n" + "x" * (50 * 1024 * 1024))
    assert "too long" in str(info.value)


def test_missing_file_folder_and_empty_file(tmp_path):
    assert "not found" in _error(tmp_path / "nope.pdf")
    assert "folder" in _error(tmp_path)
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    assert "empty" in _error(empty)


def test_password_protected_pdf(tmp_path):
    import io

    from pypdf import PdfReader, PdfWriter

    for password, readable in (("secret", False), ("", True)):
        writer = PdfWriter(clone_from=PdfReader(io.BytesIO(two_column_pdf())))
        writer.encrypt(user_password=password, owner_password="owner", algorithm="RC4-128")
        path = tmp_path / f"locked-{readable}.pdf"
        with open(path, "wb") as handle:
            writer.write(handle)
        if readable:
            assert import_file(path).case.recipients[1].name == "Yury Chaika"
        else:
            assert "password" in _error(path)


def test_rtf_and_old_word_files(tmp_path):
    rtf = tmp_path / "sheet.rtf"
    rtf.write_text("{\\rtf1\\ansi URGENT ACTION}", encoding="ascii")
    assert "RTF" in _error(rtf)
    doc = tmp_path / "sheet.doc"
    doc.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600)
    assert ".docx" in _error(doc)


def test_binary_file(tmp_path):
    path = tmp_path / "photo.jpg"
    path.write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(range(256)) * 10)
    assert "not a text, PDF or DOCX" in _error(path)


def test_two_column_text_helper_directly():
    text = text_from_bytes(two_column_pdf(), "x.pdf")
    lines = [l for l in text.split("\n") if l.strip()]
    assert lines.index("Yury Chaika") > lines.index("Salutation: Dear Minister")
    assert RecipientRole.TARGET.value == "target"


def test_html_email_from_a_section(tmp_path):
    from email.message import EmailMessage

    message = EmailMessage()
    message["From"] = "Urgent Actions <ua@example.org>"
    message["Subject"] = "Urgent Action: Kyrgyzstan"
    message["Date"] = "Fri, 18 Jun 2010 10:00:00 +0000"
    body = "".join(f"<p>{line}</p>" for line in seed_path().read_text(encoding="utf-8").split("\n"))
    message.set_content("<html><body><div>Donate</div>" + body + "</body></html>", subtype="html")
    path = tmp_path / "ua.eml"
    path.write_bytes(bytes(message))
    result = import_file(path)
    assert [r.name for r in result.case.recipients] == ["Bolotbek Sherniazov", "Azimbek Beknazarov", "Roza Otunbaeva"]
    assert result.case.deadline == dt.date(2010, 7, 30)
    assert "From:" not in result.source_text
