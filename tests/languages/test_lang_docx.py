"""Arabic letters are right to left in the DOCX (paragraph w:bidi, run
w:rtl) and name a font that covers Arabic; the other new languages are not."""

from __future__ import annotations

import io

import pytest
from docx import Document
from docx.oxml.ns import qn
from lang_helpers import bundled_cases, draft

from ua_desktop.core.output.docx_letter import letter_to_docx_bytes

_, CASE = bundled_cases()[0]


def paragraphs(letter):
    document = Document(io.BytesIO(letter_to_docx_bytes(letter)))
    return document, [p for p in document.paragraphs if p.text.strip()]


@pytest.mark.parametrize("index", range(len(CASE.recipients)))
def test_arabic_paragraphs_and_runs_are_right_to_left(index):
    letter = draft(CASE, index, "ar")
    assert letter.right_to_left and letter.font == "Noto Naskh Arabic"
    document, found = paragraphs(letter)
    assert len(found) >= 10
    for paragraph in found:
        p_pr = paragraph._p.pPr
        assert p_pr is not None and p_pr.find(qn("w:bidi")) is not None, paragraph.text
        assert paragraph.alignment is None  # LibreOffice draws jc=right in a bidi paragraph on the left
        for run in paragraph.runs:
            assert run.font.rtl, paragraph.text
    fonts = document.styles["Normal"].element.rPr.rFonts
    assert fonts.get(qn("w:cs")) == "Noto Naskh Arabic"
    text = "\n".join(p.text for p in found)
    assert "وتفضلوا بقبول فائق الاحترام والتقدير،" in text
    assert "الإفراج فورًا ودون قيد أو شرط" in text  # the list made it in


@pytest.mark.parametrize("language", ["fr", "es", "de"])
def test_left_to_right_letters_have_no_bidi(language):
    _, found = paragraphs(draft(CASE, 0, language))
    for paragraph in found:
        p_pr = paragraph._p.pPr
        assert p_pr is None or p_pr.find(qn("w:bidi")) is None
        assert not any(run.font.rtl for run in paragraph.runs)
