from docx import Document

from ua_desktop.cli.main import main


def test_letter_to_docx_and_text(tmp_path, capsys):
    out = tmp_path / "letter.docx"
    assert main(["letter", "--to", "3", "--lang", "ru", "--from", "Анна Шмидт, Лион, Франция",
                 "--date", "2010-07-01", "-o", str(out)]) == 0
    text = "\n".join(p.text for p in Document(str(out)).paragraphs)
    assert "Уважаемая госпожа Президент!" in text and "Анна Шмидт" in text and "Лион, Франция" in text
    txt = tmp_path / "letter.txt"
    assert main(["letter", "--lang", "en", "--from", "Anna", "-o", str(txt)]) == 0
    assert "Dear Minister," in txt.read_text(encoding="utf-8")


def test_letter_printed_and_listed(capsys):
    assert main(["letter", "--to", "2", "--lang", "ky"]) == 0
    assert "Урматтуу Бекназаров мырза!" in capsys.readouterr().out
    assert main(["letter", "--list"]) == 0
    listing = capsys.readouterr().out
    assert "3. President of the Interim Government, Roza Otunbaeva (copy to)" in listing
    assert "--lang ky: Kyrgyz (кыргызча) — asked for by the case" in listing
    assert "--lang en: English — asked for by the case" in listing


def test_letter_errors_are_plain(tmp_path, capsys):
    assert main(["letter", str(tmp_path / "none.json")]) == 1
    assert "was not found" in capsys.readouterr().err
    assert main(["letter", "--to", "7"]) == 1
    assert "no recipient number 7" in capsys.readouterr().err
    assert main(["letter", "-o", str(tmp_path / "no" / "such" / "letter.docx")]) == 1
    assert "does not exist" in capsys.readouterr().err


def test_help_lists_the_commands(capsys):
    assert main(["--help"]) == 0
    out = capsys.readouterr().out
    assert "ua-desktop letter" in out and "ua-desktop import" in out
