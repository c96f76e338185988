"""`ua-desktop import FILE [-o case.json]`."""

from __future__ import annotations

import io
import json
import sys

from importer_helpers import FIXTURES, seed_path

from ua_desktop.core.case.casefile import load_case
from ua_desktop.cli.import_sheet import run_import_command


def test_prints_the_case_as_json(capsys):
    assert run_import_command([str(seed_path())]) == 0
    out, err = capsys.readouterr()
    data = json.loads(out)
    assert data["format"] == "ua-desktop-case"
    assert data["deadline"] == "2010-07-30"
    assert [r["name"] for r in data["recipients"]] == ["Bolotbek Sherniazov", "Azimbek Beknazarov", "Roza Otunbaeva"]
    assert "Missing" not in err


def test_writes_the_case_file_with_o(tmp_path, capsys):
    target = tmp_path / "case.json"
    assert run_import_command([str(seed_path()), "-o", str(target)]) == 0
    out, _err = capsys.readouterr()
    assert out == ""
    case = load_case(target)
    assert case.people[0].name == "Azimzhan Askarov"
    assert not list(tmp_path.glob(".case.json.*"))  # no temporary file left behind


def test_missing_fields_go_to_stderr(tmp_path, capsys):
    cut = tmp_path / "cut.txt"
    cut.write_text(seed_path().read_text(encoding="utf-8").split("PLEASE SEND APPEALS")[0], encoding="utf-8")
    assert run_import_command([str(cut)]) == 0
    out, err = capsys.readouterr()
    assert json.loads(out)["people"][0]["name"] == "Azimzhan Askarov"
    assert "Missing recipients" in err
    assert "not complete" in err


def test_a_closure_is_complete_without_recipients(capsys):
    assert run_import_command([str(FIXTURES / "further-no-action-mexico.txt")]) == 0
    out, err = capsys.readouterr()
    assert json.loads(out)["status"] == "no_further_action"
    assert "Missing" not in err and "not complete" not in err


def test_import_error_exit_code_1(tmp_path, capsys):
    path = tmp_path / "broken.pdf"
    path.write_bytes(b"%PDF-1.4\n" + bytes(range(256)) * 4)
    assert run_import_command([str(path)]) == 1
    out, err = capsys.readouterr()
    assert out == ""
    assert "Import failed:" in err and "PDF" in err


def test_text_that_is_no_sheet_is_imported_with_what_is_missing(tmp_path, capsys):
    path = tmp_path / "notes.txt"
    path.write_text("Shopping list: milk, bread, eggs.", encoding="utf-8")
    assert run_import_command([str(path)]) == 0
    out, err = capsys.readouterr()
    assert out.startswith("{")
    assert "does not look like an Urgent Action" in err and "not complete" in err


def test_unwritable_output_exit_code_1(tmp_path, capsys):
    assert run_import_command([str(seed_path()), "-o", str(tmp_path / "no" / "such" / "case.json")]) == 1
    assert "does not exist" in capsys.readouterr().err


def test_usage_errors_exit_code_2(capsys):
    assert run_import_command([]) == 2
    assert "ua-desktop import" in capsys.readouterr().err
    assert run_import_command(["a", "b", "--bogus"]) == 2
    assert run_import_command(["--help"]) == 0
    assert "ua-desktop import" in capsys.readouterr().out


class _BytesStdin(io.TextIOWrapper):
    """A standard input whose system encoding is cp1252: only its bytes give the right text."""

    def __init__(self, data: bytes):
        super().__init__(io.BytesIO(data), encoding="cp1252", errors="replace")


def test_reads_standard_input(monkeypatch, capsys):
    monkeypatch.setattr(sys, "stdin", _BytesStdin(seed_path().read_bytes()))
    assert run_import_command(["-"]) == 0
    assert json.loads(capsys.readouterr().out)["country"] == "Kyrgyzstan"


RUSSIAN_SHEET = """СРОЧНАЯ АКЦИЯ
КЫРГЫЗСТАН: ПРАВОЗАЩИТНИЦА ЗАДЕРЖАНА

Правозащитница Гульнара Абдыкадырова задержана в Оше.

Пожалуйста, пишите до 14 мая 2024 года:
Генеральный прокурор
Курманкожо Уркунбаев
Бишкек, КЫРГЫЗСТАН
Факс: +996 312 54 93 47
Обращение: Уважаемый господин Генеральный прокурор
"""


def test_a_windows_1251_sheet_piped_in_comes_out_right(monkeypatch, capsys):
    monkeypatch.setattr(sys, "stdin", _BytesStdin(RUSSIAN_SHEET.encode("cp1251")))
    assert run_import_command(["-"]) == 0
    out = capsys.readouterr().out
    data = json.loads(out)
    assert "Гульнара Абдыкадырова" in out
    assert "Áîëîò" not in out and "\ufffd" not in out
    assert data["source_language"] == "ru"
    assert data["title"] == "Кыргызстан: правозащитница задержана"
    # Russian is only a lexicon file (resources/importer/lexicon/ru.json): its headings, deadline words and
    # contact labels are read like any other language's
    assert data["deadline"] == "2024-05-14"
    [recipient] = data["recipients"]
    assert recipient["name"] == "Курманкожо Уркунбаев" and recipient["title_lines"] == ["Генеральный прокурор"]
    assert recipient["fax"] == "+996 312 549 347"
    assert recipient["salutation"] == "Уважаемый господин Генеральный прокурор"


def test_a_pdf_piped_in_is_read_as_a_pdf(monkeypatch, capsys):
    from importer_helpers import make_pdf, text_to_pdf_pages

    pdf = make_pdf(text_to_pdf_pages(seed_path().read_text(encoding="utf-8").replace("\uf0ae", "•"), lines_per_page=45))
    monkeypatch.setattr(sys, "stdin", _BytesStdin(pdf))
    assert run_import_command(["-"]) == 0
    assert json.loads(capsys.readouterr().out)["people"][0]["name"] == "Azimzhan Askarov"


def test_empty_standard_input_is_an_import_error(monkeypatch, capsys):
    monkeypatch.setattr(sys, "stdin", _BytesStdin(b"  \n"))
    assert run_import_command(["-"]) == 1
    assert "no text to import" in capsys.readouterr().err


def test_standard_input_through_the_real_command(tmp_path):
    """The installed command in a process whose locale is C: the sheet still comes out right."""
    import os
    import subprocess

    env = dict(os.environ, LC_ALL="C", LANG="C", PYTHONIOENCODING="ascii:replace", PYTHONUTF8="0")
    done = subprocess.run([sys.executable, "-m", "ua_desktop", "import", "-", "-o", str(tmp_path / "case.json")],
                          input=RUSSIAN_SHEET.encode("cp1251"), capture_output=True, env=env, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "Гульнара Абдыкадырова" in (tmp_path / "case.json").read_text(encoding="utf-8")
