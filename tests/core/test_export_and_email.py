import datetime as dt
import errno
import io
import os

import pytest
from docx import Document
from docx.oxml.ns import qn
from docx.shared import Mm

from ua_desktop.core.storage.atomic import SaveError, write_atomically
from ua_desktop.core.case.casefile import load_case
from ua_desktop.core.output.docx_letter import letter_to_docx_bytes, save_letter_docx, save_letter_text
from ua_desktop.core.letters.drafting import LetterDrafter, LetterRequest
from ua_desktop.core.output.email import email_text, letter_body_for_email, mailto_plan
from ua_desktop.core.letters.letter import Letter, Sender
from ua_desktop.paths import sample_case_path


@pytest.fixture(scope="module")
def case():
    return load_case(sample_case_path())


@pytest.fixture(scope="module")
def letters(case):
    drafter = LetterDrafter()
    return {lang: drafter.draft(LetterRequest(case, 0, lang, Sender("Anna", "Lyon", "France"), dt.date(2010, 7, 1)))
            for lang in ("en", "ru", "ky")}


def read_docx(data: bytes):
    return Document(io.BytesIO(data))


@pytest.mark.parametrize("language", ["en", "ru", "ky"])
def test_docx_holds_the_letter_on_a4_in_a_font_for_the_script(letters, language):
    letter = letters[language]
    document = read_docx(letter_to_docx_bytes(letter))
    section = document.sections[0]
    assert abs(section.page_width - Mm(210)) < Mm(1) and abs(section.page_height - Mm(297)) < Mm(1)
    text = "\n".join(p.text for p in document.paragraphs)
    for block in letter.blocks:
        for line in block:
            assert line.lstrip("– ") in text
    fonts = document.styles["Normal"].element.rPr.rFonts
    assert fonts.get(qn("w:ascii")) == fonts.get(qn("w:cs")) == "Times New Roman"
    list_items = [p for p in document.paragraphs if p.text.startswith("–\t")]
    assert len(list_items) == 5
    assert document.core_properties.title == letter.subject


def test_docx_us_letter_and_edited_text(letters, tmp_path):
    edited = letters["en"].with_text(letters["en"].text.replace("Yours sincerely,", "With best wishes,"))
    path = tmp_path / "letter.docx"
    save_letter_docx(edited, path, page_size="Letter")
    document = Document(str(path))
    assert abs(document.sections[0].page_width - Mm(215.9)) < Mm(1)
    assert any(p.text == "With best wishes," for p in document.paragraphs)


def test_docx_survives_control_characters(letters):
    letter = letters["en"].with_text(letters["en"].text + "\nbell\x07 nul\x00 vt\x0b end\ufffe")
    document = read_docx(letter_to_docx_bytes(letter))
    assert any("bell nul vt end" in p.text for p in document.paragraphs)


def test_right_to_left_letter_gets_bidi_paragraphs():
    letter = Letter(text="سلام\n\nالسطر الثاني\n", language="ar", right_to_left=True, font="Arial")
    document = read_docx(letter_to_docx_bytes(letter))
    for paragraph in document.paragraphs:
        assert paragraph._p.pPr.find(qn("w:bidi")) is not None
        assert paragraph.runs[0].font.rtl is True


def test_text_export_is_the_letter(letters, tmp_path):
    path = tmp_path / "letter.txt"
    save_letter_text(letters["ru"], path)
    assert path.read_text(encoding="utf-8") == letters["ru"].text


def test_failed_save_keeps_the_old_file_and_leaves_no_temp(tmp_path):
    target = tmp_path / "letter.docx"
    target.write_bytes(b"old letter")

    def broken(handle):
        handle.write(b"half a new lett")
        raise OSError(errno.ENOSPC, "No space left on device")

    with pytest.raises(SaveError, match="disk is full"):
        write_atomically(target, broken)
    assert target.read_bytes() == b"old letter"
    assert os.listdir(tmp_path) == ["letter.docx"]


def test_save_into_missing_or_unwritable_folder(letters, tmp_path, monkeypatch):
    with pytest.raises(SaveError, match="does not exist"):
        save_letter_docx(letters["en"], tmp_path / "missing" / "letter.docx")

    def denied(*args, **kwargs):
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr("tempfile.mkstemp", denied)
    with pytest.raises(SaveError, match="not allowed to save"):
        save_letter_docx(letters["en"], tmp_path / "letter.docx")


def test_email_text_and_body(case, letters):
    text = email_text(case.recipients[0], letters["en"])
    assert text.startswith("To: pressa@mail.mvd.kg\nSubject: Appeal for Azimzhan Askarov, Kyrgyzstan\n\n"
                           "Dear Minister,\n")
    assert "Frunze Street" not in text  # no postal blocks in an email
    assert letter_body_for_email(letters["ru"]).startswith("Уважаемый господин министр!")


def test_mailto_keeps_short_bodies_and_drops_long_ones(case, letters):
    short = Letter(text="Dear Minister,\n\nRelease him.\n", language="en", subject="Appeal",
                   salutation="Dear Minister")
    plan = mailto_plan(case.recipients[0], short)
    assert plan.url.startswith("mailto:pressa@mail.mvd.kg?subject=Appeal&body=Dear%20Minister%2C")
    assert not plan.body_left_out
    long_plan = mailto_plan(case.recipients[0], letters["ru"])
    assert long_plan.body_left_out and "body=" not in long_plan.url
    assert len(long_plan.url) <= 2000


def test_email_body_falls_back_when_salutation_was_rewritten(case, letters):
    edited = letters["en"].with_text(letters["en"].text.replace("Dear Minister,", "Honourable Minister,"))
    assert letter_body_for_email(edited).startswith("Honourable Minister,")


def test_a_subject_too_long_for_the_document_title_is_shortened():
    """Found by the fuzzer: a case naming many people made a subject over
    the 255 characters a DOCX title takes, and saving failed."""
    from ua_desktop.core.output.docx_batch import BatchDocx

    subject = "Appeal for " + ", ".join(f"Person {n}" for n in range(60))
    letter = Letter("Dear Minister,\n\nPlease act.\n", "en", subject=subject)
    title = Document(io.BytesIO(letter_to_docx_bytes(letter))).core_properties.title
    assert len(title) <= 255 and title.endswith("…") and subject.startswith(title[:-1])
    batch = BatchDocx("A4")
    batch.add(letter)
    assert Document(io.BytesIO(batch.to_bytes())).core_properties.title == title
