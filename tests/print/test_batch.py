import io
import os
import stat

import pytest
from docx import Document
from docx.oxml.ns import qn

from readonly import is_really_read_only, read_only
from ua_desktop.core.storage.atomic import SaveError
from ua_desktop.core.output.batch import (
    MAX_LETTERS,
    BatchCancelled,
    BatchError,
    BatchOutputs,
    BatchRequest,
    make_batch,
    plan_letters,
)
from ua_desktop.core.output.docx_batch import BatchDocx
from ua_desktop.core.output.docx_letter import letter_to_docx_bytes
from ua_desktop.core.letters.drafting import LetterRequest
from ua_desktop.core.letters.letter import Letter, Sender
from ua_desktop.core.events.signers import Signer

import datetime as dt

DATE = dt.date(2010, 7, 30)

SIGNERS = (Signer("Anna Schmidt", "Lyon", "France", ("3 rue de la Paix",), "ru", 2),
           Signer("John Smith", "Leeds", "United Kingdom", (), None, 3),
           Signer("Айгуль", "Бишкек", "Кыргызстан", (), "ky", 4))


def request(case, signers=SIGNERS, recipients=(0, 1, 2), **kw):
    return BatchRequest(case, signers, recipients, kw.pop("language", "en"), date=DATE, **kw)


def paragraphs(data):
    return Document(io.BytesIO(data)).paragraphs


def letter_starts(document_paragraphs):
    return [p for p in document_paragraphs
            if p._p.pPr is not None and p._p.pPr.find(qn("w:pageBreakBefore")) is not None]


def test_one_letter_per_signer_per_recipient_each_on_its_own_page(case, drafter, tmp_path):
    out = tmp_path / "letters.docx"
    result = make_batch(request(case), BatchOutputs(docx=out), drafter)
    assert result.letters == 9 and result.written == (out,)
    assert result.by_language == {"ru": 3, "en": 3, "ky": 3}
    ps = paragraphs(out.read_bytes())
    assert len(letter_starts(ps)) == 8  # 9 letters: a page break before every letter but the first
    text = "\n".join(p.text for p in ps)
    assert text.count("Anna Schmidt") >= 3 and text.count("John Smith") >= 3
    assert "Уважаем" in text and "Yours sincerely" in text and "Урматтуу" in text


def test_each_letter_in_the_signers_language_unless_forced(case, drafter):
    planned = plan_letters(request(case), drafter)
    assert [p.language for p in planned] == ["ru"] * 3 + ["en"] * 3 + ["ky"] * 3
    forced = plan_letters(request(case, language="en", force_language=True), drafter)
    assert {p.language for p in forced} == {"en"}


def test_batch_paragraphs_match_the_single_letter_docx(case, drafter):
    for language in ("en", "ru", "ky"):
        letter = drafter.draft(LetterRequest(case, 1, language, Sender("Anna", "Lyon", "France"), DATE))
        single = paragraphs(letter_to_docx_bytes(letter))
        batch = BatchDocx()
        batch.add(letter)
        batch.add(letter)
        double = paragraphs(batch.to_bytes())

        def shape(p):
            f = p.paragraph_format
            return (p.text, f.left_indent, f.first_line_indent, f.space_before, f.space_after, f.keep_with_next,
                    [t.position for t in f.tab_stops])

        assert [shape(p) for p in single] * 2 == [shape(p) for p in double]


def test_right_to_left_and_other_fonts_in_a_batch():
    batch = BatchDocx()
    batch.add(Letter("Hello\n\nBye\n", "en"))
    batch.add(Letter("سلام\n\nمع السلامة\n", "ar", right_to_left=True, font="Arial"))
    ps = paragraphs(batch.to_bytes())
    arabic = ps[2:]
    assert all(p._p.pPr.find(qn("w:bidi")) is not None and p.runs[0].font.rtl for p in arabic)
    assert arabic[0].runs[0].font.name == "Arial" and ps[0].runs[0].font.name is None  # Normal style's font


def test_texts_with_xml_characters_survive(case, drafter):
    batch = BatchDocx()
    batch.add(Letter("A & B <c> </w:t> \"q\"\tx\n\n– one\n– two\n", "en"))
    ps = paragraphs(batch.to_bytes())
    assert ps[0].text == "A & B <c> </w:t> \"q\"\tx"
    assert [p.text for p in ps[1:]] == ["–\tone", "–\ttwo"]


def test_envelopes_and_labels_come_with_the_letters(case, drafter, tmp_path):
    outputs = BatchOutputs(docx=tmp_path / "l.docx", envelopes=tmp_path / "e.docx", envelope_size="C5",
                           labels=tmp_path / "lab.docx")
    make_batch(request(case), outputs, drafter)
    envelopes = Document(str(tmp_path / "e.docx"))
    assert len(letter_starts(envelopes.paragraphs)) == 8
    labels = Document(str(tmp_path / "lab.docx"))
    cells = [c.text for row in labels.tables[0].rows for c in row.cells]
    # Anna (France) and John (UK) write abroad; Айгуль writes from Кыргызстан: no mark, no country line.
    assert sum("PAR AVION" in c for c in cells) == 6
    domestic = [c for c in cells if "Айгуль" in c]
    assert len(domestic) == 3 and not any("KYRGYZSTAN" in c or "PAR AVION" in c for c in domestic)


def test_cancel_in_the_middle_leaves_no_file(case, drafter, tmp_path):
    out = tmp_path / "letters.docx"
    seen = []

    def progress(done, total):
        seen.append(done)

    outputs = BatchOutputs(docx=out, labels=tmp_path / "labels.docx")
    signers = tuple(Signer(f"Signer {n}", "Lyon", "France") for n in range(200))
    with pytest.raises(BatchCancelled):
        make_batch(request(case, signers), outputs, drafter, progress=progress,
                   should_cancel=lambda: bool(seen) and seen[-1] >= 100)
    assert 100 <= seen[-1] < 600
    assert os.listdir(tmp_path) == []


def test_too_many_letters_refused_before_any_work(case, drafter, tmp_path):
    signers = tuple(Signer(f"S{n}") for n in range(MAX_LETTERS // 2 + 1))
    with pytest.raises(BatchError, match="at most 10,000 letters"):
        make_batch(request(case, signers, (0, 1)), BatchOutputs(docx=tmp_path / "x.docx"), drafter)
    assert os.listdir(tmp_path) == []


@pytest.mark.parametrize("kw,words", [
    (dict(recipients=()), "at least one"),
    (dict(recipients=(7,)), "no recipient number 8"),
    (dict(signers=()), "no signers"),
    (dict(language="xx"), "cannot write letters"),
])
def test_bad_requests(case, drafter, tmp_path, kw, words):
    with pytest.raises(BatchError, match=words):
        make_batch(request(case, **kw), BatchOutputs(docx=tmp_path / "x.docx"), drafter)


def test_folder_not_writable_is_said_before_any_work(case, drafter, tmp_path):
    """Also as root (CI): the folder is made immutable, which root cannot write either."""
    folder = tmp_path / "locked"
    folder.mkdir()
    with read_only(folder):
        assert is_really_read_only(folder)
        with pytest.raises(SaveError, match="not allowed to save"):
            make_batch(request(case), BatchOutputs(docx=folder / "x.docx"), drafter)
        assert list(folder.iterdir()) == []


def test_missing_folder_and_failed_write_leave_nothing(case, drafter, tmp_path, monkeypatch):
    with pytest.raises(SaveError, match="does not exist"):
        make_batch(request(case), BatchOutputs(docx=tmp_path / "no" / "x.docx"), drafter)
    # The disk fills while the second file is written: neither file appears.
    import ua_desktop.core.output.batch as batch

    real_fsync, calls = os.fsync, []

    def failing_fsync(fd):
        calls.append(fd)
        if len(calls) == 2:
            raise OSError(28, "No space left on device")
        real_fsync(fd)

    monkeypatch.setattr(batch.os, "fsync", failing_fsync)
    with pytest.raises(SaveError, match="disk is full"):
        make_batch(request(case), BatchOutputs(docx=tmp_path / "a.docx", labels=tmp_path / "b.docx"), drafter)
    assert os.listdir(tmp_path) == []


def replace_failing_on_call(number: int, error: OSError):
    """os.replace that raises `error` on its `number`-th call."""
    real_replace, calls = os.replace, []

    def replace(src, dst):
        calls.append(dst)
        if len(calls) == number:
            raise error
        real_replace(src, dst)

    return replace


def test_a_failed_move_puts_back_the_files_already_moved(tmp_path, monkeypatch):
    """The second of three moves fails: the first target has its old
    contents again, the new targets do not appear, no temporary file is left."""
    import ua_desktop.core.output.batch as batch

    old = tmp_path / "letters.docx"
    old.write_bytes(b"last week's letters")
    targets = {old: b"new letters", tmp_path / "labels.docx": b"new labels", tmp_path / "env.docx": b"envelopes"}
    monkeypatch.setattr(batch.os, "replace", replace_failing_on_call(2, OSError(28, "No space left on device")))
    with pytest.raises(SaveError, match="disk is full"):
        batch.write_all_or_nothing(targets)
    assert old.read_bytes() == b"last week's letters"
    assert sorted(os.listdir(tmp_path)) == ["letters.docx"]

    monkeypatch.undo()
    batch.write_all_or_nothing(targets)
    assert {path.name: path.read_bytes() for path in tmp_path.iterdir()} == {
        path.name: data for path, data in targets.items()}


def test_a_failed_move_of_new_files_leaves_none_of_them(tmp_path, monkeypatch):
    import ua_desktop.core.output.batch as batch

    monkeypatch.setattr(batch.os, "replace", replace_failing_on_call(2, OSError(13, "Permission denied")))
    with pytest.raises(SaveError):
        batch.write_all_or_nothing({tmp_path / "a.docx": b"a", tmp_path / "b.docx": b"b"})
    assert os.listdir(tmp_path) == []


def test_streamed_body_goes_before_the_section_and_refuses_characters_xml_cannot_hold():
    from ua_desktop.core.output.docx_batch import new_letter_document
    from ua_desktop.core.output.docx_stream import docx_with_body

    chunks = [f'<w:p><w:r><w:t>Letter {n}</w:t></w:r></w:p>' for n in range(3)]
    document = Document(io.BytesIO(docx_with_body(new_letter_document("A4"), chunks)))
    assert [p.text for p in document.paragraphs] == ["Letter 0", "Letter 1", "Letter 2"]
    assert abs(document.sections[0].page_width.mm - 210) < 0.1
    with pytest.raises(ValueError):
        docx_with_body(new_letter_document("A4"), ["<w:p><w:r><w:t>a\x01b</w:t></w:r></w:p>"])


def test_the_streamed_body_is_compressed(case, drafter):
    import zipfile

    batch = BatchDocx()
    for n in range(40):
        batch.add(drafter.draft(LetterRequest(case, 0, "en", Sender(f"Signer {n}", "Lyon", "France"), DATE)))
    with zipfile.ZipFile(io.BytesIO(batch.to_bytes())) as package:
        info = package.getinfo("word/document.xml")
    assert info.compress_type == zipfile.ZIP_DEFLATED and info.compress_size * 5 < info.file_size


def test_documents_from_one_template_made_side_by_side_are_each_whole(case, drafter):
    """Two DOCX files from the same blank document, finished one inside the
    other's making, both open with all their parts."""
    import zipfile

    first, second = BatchDocx(), BatchDocx()
    for n, batch in enumerate((first, second, first)):
        batch.add(drafter.draft(LetterRequest(case, 0, "en", Sender(f"Signer {n}", "Lyon", "France"), DATE)))
    made = [second.to_bytes(), first.to_bytes()]
    for data in made:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            assert package.testzip() is None and "word/styles.xml" in package.namelist()
        assert len(letter_starts(paragraphs(data))) in (0, 1)


def test_envelopes_and_labels_are_made_in_steps_that_a_cancel_can_stop(case, drafter, tmp_path):
    """A big batch's envelopes are made in steps after the letters (the
    window handles its events and Cancel between them); stopped there,
    nothing is written."""
    from ua_desktop.core.output.batch import batch_steps

    signers = tuple(Signer(f"Signer {n}", "Lyon", "France", (), "en", n + 2) for n in range(300))
    outputs = BatchOutputs(docx=tmp_path / "l.docx", envelopes=tmp_path / "e.docx", labels=tmp_path / "lab.docx")
    finished = list(batch_steps(request(case, signers, (0,)), outputs, drafter))
    total = finished[0][1]
    assert finished.count((total - 1, total)) >= 3  # envelope steps, then the last chance to cancel
    assert sorted(p.name for p in tmp_path.iterdir()) == ["e.docx", "l.docx", "lab.docx"]

    other = tmp_path / "other"
    other.mkdir()
    outputs = BatchOutputs(docx=other / "l.docx", envelopes=other / "e.docx", labels=other / "lab.docx")
    steps = batch_steps(request(case, signers, (0,)), outputs, drafter)
    near_end = 0
    for step in steps:
        near_end += step == (total - 1, total)
        if near_end == 1:  # in the middle of the envelopes
            break
    steps.close()
    assert list(other.iterdir()) == []
