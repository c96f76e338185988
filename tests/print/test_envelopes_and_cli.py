import io

import pytest
from docx import Document
from docx.shared import Mm

from ua_desktop.cli.batch import ProgressLine, parse_recipients, run_batch_command
from ua_desktop.core.output.envelopes import (
    AIR_MAIL_MARK,
    address_block,
    envelopes_docx_bytes,
    labels_docx_bytes,
    needs_air_mail,
    same_country,
)
from ua_desktop.core.letters.letter import Sender

ANNA = Sender("Anna Schmidt", "69001 Lyon", "France", ("3 rue de la Paix",))


def test_address_ends_with_the_country_in_capitals_and_has_the_return_address(case):
    block = address_block(case, 0, "ru", ANNA)
    assert block.recipient_lines[0] == "Исполняющему обязанности министра внутренних дел"
    assert block.recipient_lines[-3:] == ("ул. Фрунзе, 469", "720040, г. Бишкек", "KYRGYZSTAN")  # index first
    assert block.return_lines == ("Anna Schmidt", "3 rue de la Paix", "69001 Lyon", "FRANCE")
    assert block.air_mail and block.air_mail_mark == AIR_MAIL_MARK == "PAR AVION – BY AIR MAIL"


@pytest.mark.parametrize("sender_country,abroad", [
    ("France", True), ("", True), ("Kyrgyzstan", False), ("KYRGYZSTAN", False), ("Кыргызстан", False),
    ("Kirghizistan", False), ("Киргизия", False), ("KG", False), ("Kazakhstan", True),
])
def test_air_mail_only_across_a_border(case, sender_country, abroad):
    assert needs_air_mail(sender_country, "KYRGYZSTAN") is abroad
    block = address_block(case, 1, "en", Sender("A", "Town", sender_country))
    assert block.air_mail is abroad
    assert (block.recipient_lines[-1] == "KYRGYZSTAN") is abroad


def test_country_names_in_several_languages():
    assert same_country("Germany", "Deutschland") and same_country("Allemagne", "DE")
    assert not same_country("Austria", "Australia")


@pytest.mark.parametrize("size,width,height", [("DL", 220, 110), ("C5", 229, 162), ("C6", 162, 114)])
def test_envelope_page_sizes(case, size, width, height):
    blocks = [address_block(case, i, "en", ANNA) for i in range(3)]
    document = Document(io.BytesIO(envelopes_docx_bytes(blocks, size)))
    section = document.sections[0]
    assert abs(section.page_width - Mm(width)) < Mm(0.5) and abs(section.page_height - Mm(height)) < Mm(0.5)
    text = [p.text for p in document.paragraphs]
    assert text.count(AIR_MAIL_MARK) == 3 and text.count("KYRGYZSTAN") == 3 and text.count("FRANCE") == 3
    assert text[0] == "Anna Schmidt"


def test_label_sheet_3_by_7_with_exact_rows(case):
    blocks = [address_block(case, i % 3, "en", ANNA) for i in range(25)]
    document = Document(io.BytesIO(labels_docx_bytes(blocks, first_position=3)))
    table = document.tables[0]
    rows = table.rows
    assert len(rows) == 9  # 2 skipped + 25 labels = 27 places = 9 rows of 3 (21 on the first sheet)
    for row in rows:
        height = row._tr.trPr.find("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}trHeight")
        assert height.get("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}hRule") == "exact"
        assert abs(row.height - Mm(38.1)) < Mm(0.1)
    labels = [cell.text for row in rows for cell in row.cells[::2]]  # every other column is the gap
    assert labels[0] == labels[1] == ""
    assert "From: Anna Schmidt, 3 rue de la Paix, 69001 Lyon, FRANCE" in labels[2]
    assert AIR_MAIL_MARK in labels[2] and labels[2].rstrip().endswith("KYRGYZSTAN")
    assert sum(1 for label in labels if label) == 25


def test_parse_recipients():
    assert parse_recipients("all", 3) == (0, 1, 2)
    assert parse_recipients("1,3,3", 3) == (0, 2)
    assert parse_recipients("one", 3) is None


def test_command_line_batch_docx_with_envelopes(tmp_path, capsys):
    csv = tmp_path / "signers.csv"
    csv.write_text("Nom;Ville;Pays;Langue\nAnna;Lyon;France;ru\nJean;Paris;France;\n", encoding="utf-8-sig")
    out = tmp_path / "letters.docx"
    code = run_batch_command([ "--signers", str(csv), "--to", "1,3", "--lang", "en", "-o", str(out),
                              "--envelopes", "C6", "--labels", "--date", "2010-07-30"])
    assert code == 0, capsys.readouterr().err
    err = capsys.readouterr().err
    assert "Made 4 letters from 2 signers (2 in en, 2 in ru)" in err
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "letters - envelopes C6.docx", "letters - labels.docx", "letters.docx", "signers.csv"]


@pytest.mark.parametrize("args,words", [
    (["--to", "all", "-o", "x.txt"], "must end in .docx or .pdf"),
    (["--to", "first", "-o", "x.docx"], "--to takes"),
    (["--to", "9", "-o", "x.docx"], "no recipient number 9"),
])
def test_command_line_errors(tmp_path, capsys, args, words):
    csv = tmp_path / "s.csv"
    csv.write_text("Name\nAnna\n", encoding="utf-8")
    args = [a if a not in ("x.txt", "x.docx") else str(tmp_path / a) for a in args]
    assert run_batch_command(["--signers", str(csv), *args]) == 1
    assert words in capsys.readouterr().err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["s.csv"]


def test_command_line_bad_list_and_unwritable_folder(tmp_path, capsys, monkeypatch):
    csv = tmp_path / "s.csv"
    csv.write_text("Email\nx@y.z\n", encoding="utf-8")
    assert run_batch_command(["--signers", str(csv), "-o", str(tmp_path / "x.docx")]) == 1
    assert "no column for the signers" in capsys.readouterr().err
    csv.write_text("Name\nAnna\n", encoding="utf-8")
    import errno
    import tempfile

    def refuse(*args, **kwargs):
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(tempfile, "mkstemp", refuse)
    assert run_batch_command(["--signers", str(csv), "-o", str(tmp_path / "x.docx")]) == 1
    assert "not allowed to save" in capsys.readouterr().err


class _Clock:
    def __init__(self):
        self.now = 0.0

    def __call__(self):
        return self.now


class _Log(io.StringIO):
    def __init__(self, tty):
        super().__init__()
        self.tty = tty

    def isatty(self):
        return self.tty


def test_command_line_progress_line_is_rate_limited_in_a_log():
    clock, log = _Clock(), _Log(tty=False)
    progress = ProgressLine(log, letters=10_000, pdf=True, clock=clock, log_every=2.0)
    total = 2 * 10_000 + 1
    for step in range(0, total, 20):
        clock.now = step / 1000  # 20 s for the whole batch
        progress(step, total)
    progress(total, total)
    lines = log.getvalue().splitlines()
    assert 5 <= len(lines) <= 11, lines
    assert "Letter 2,000 of 10,000" in lines
    assert any(line.startswith("PDF: letter ") and line.endswith(" of 10,000") for line in lines)


def test_command_line_progress_line_on_a_terminal_rewrites_one_line():
    clock, terminal = _Clock(), _Log(tty=True)
    progress = ProgressLine(terminal, letters=1_200, pdf=False, clock=clock, tty_every=0.1)
    for step in range(0, 1_201, 20):
        clock.now = step / 100
        progress(step, 1_201)
    progress(1_201, 1_201)
    text = terminal.getvalue()
    assert text.count("\n") == 1 and text.endswith("\n")
    assert "\rLetter 1,200 of 1,200" in text


def test_command_line_batch_reports_progress_on_stderr(tmp_path, capsys, monkeypatch):
    csv = tmp_path / "signers.csv"
    csv.write_text("Name\n" + "".join(f"Signer {n}\n" for n in range(45)), encoding="utf-8")
    ticks = iter(range(1_000_000))
    monkeypatch.setattr("ua_desktop.cli.batch.time.monotonic", lambda: 10.0 * next(ticks))
    code = run_batch_command(["--signers", str(csv), "--to", "1", "-o", str(tmp_path / "l.docx")])
    err = capsys.readouterr().err
    assert code == 0, err
    assert "Letter 20 of 45" in err and "Letter 40 of 45" in err
