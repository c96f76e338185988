"""Importing a sheet into the window: open, paste, drop, review, use."""

from pathlib import Path

from PySide6.QtCore import QMimeData, Qt, QUrl

from ua_desktop.core.importer import import_text
from ua_desktop.gui import dialogs
from ua_desktop.gui.review_dialog import ReviewDialog

SEED = Path(__file__).resolve().parents[1] / "fixtures" / "ua-2010-askarov-kyrgyzstan.txt"
SEED_TEXT = SEED.read_text(encoding="utf-8")


def accept_review(monkeypatch, seen):
    def review(parent, result, languages, save_case):
        seen.append(result)
        return result.case
    monkeypatch.setattr(dialogs, "review_import", review)


def test_open_a_sheet_file_reviews_and_uses_it(make_window, dialog_recorder, monkeypatch, tmp_path):
    window = make_window()
    sheet = tmp_path / "sheet.txt"
    sheet.write_text(SEED_TEXT.replace("Azimzhan Askarov", "Ivan Petrov"), encoding="utf-8")
    seen = []
    accept_review(monkeypatch, seen)
    dialog_recorder.open_path = sheet
    assert window.open_case()
    assert seen and seen[0].source_text
    assert window.case_panel.people.text() == "Ivan Petrov"
    assert "Ivan Petrov" in window.letter_panel.editor.toPlainText() or window.session.language != "en"


def test_paste_and_drop(make_window, dialog_recorder, monkeypatch, tmp_path):
    window = make_window()
    seen = []
    accept_review(monkeypatch, seen)
    monkeypatch.setattr(dialogs, "ask_for_pasted_text", lambda parent: SEED_TEXT)
    assert window.import_actions.paste_sheet()
    assert len(seen) == 1
    mime = QMimeData()
    mime.setText(SEED_TEXT)
    assert window.import_actions.accepts(mime)
    assert window.import_actions.drop(mime)
    sheet = tmp_path / "dropped.txt"
    sheet.write_text(SEED_TEXT, encoding="utf-8")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(sheet))])
    assert window.import_actions.drop(mime)
    assert len(seen) == 3


def test_bad_sheets_get_messages_and_keep_the_letter(make_window, dialog_recorder, monkeypatch, tmp_path):
    window = make_window()
    before = window.letter_panel.editor.toPlainText()
    monkeypatch.setattr(dialogs, "ask_for_pasted_text", lambda parent: "   ")
    assert not window.import_actions.paste_sheet()
    corrupt = tmp_path / "broken.pdf"
    corrupt.write_bytes(b"%PDF-1.4\n garbage that is not a pdf")
    assert not window.import_actions.import_sheet_file(corrupt)
    not_ua = tmp_path / "recipe.txt"
    not_ua.write_text("Pancakes: flour, eggs, milk. Mix and fry.", encoding="utf-8")
    assert not window.import_actions.import_sheet_file(not_ua)
    assert len(dialog_recorder.errors) == 3
    assert all(message.strip() for message in dialog_recorder.errors)
    assert window.letter_panel.editor.toPlainText() == before


def test_review_shows_found_fields_and_takes_corrections(qtbot):
    result = import_text(SEED_TEXT)
    dialog = ReviewDialog(result, letter_languages=("en", "ru", "ky", "fr"))
    qtbot.addWidget(dialog)
    assert dialog.people.toPlainText() == "Azimzhan Askarov"
    assert dialog.country.text() == "Kyrgyzstan"
    assert not dialog.problems.isVisibleTo(dialog) and dialog.use_button.isEnabled()
    assert dialog.source.toPlainText().startswith("URGENT ACTION") or "URGENT ACTION" in dialog.source.toPlainText()
    # correct a salutation, add the embassy, drop one request
    editor = dialog.recipients
    editor.list.setCurrentRow(0)
    editor.salutation.setText("Dear Minister")
    editor.salutation.textEdited.emit("Dear Minister")
    editor.add_recipient()
    editor.name.setText("Embassy of Kyrgyzstan")
    editor.name.textEdited.emit("Embassy of Kyrgyzstan")
    dialog.asks.setPlainText("\n".join(dialog.asks.toPlainText().splitlines()[:4]))
    case = dialog.case()
    assert case.recipients[0].salutation == "Dear Minister"
    assert case.recipients[-1].name == "Embassy of Kyrgyzstan"
    assert len(case.asks) == 4
    assert case.asks[0] == result.case.asks[0]


def test_review_says_what_is_missing(qtbot):
    result = import_text(SEED_TEXT)
    dialog = ReviewDialog(result)
    qtbot.addWidget(dialog)
    dialog.people.setPlainText("")
    dialog.no_deadline.setChecked(True)
    assert dialog.problems.isVisibleTo(dialog)
    assert "person at risk" in dialog.problems.text() and "deadline" in dialog.problems.text()
    assert not dialog.use_button.isEnabled()
    qtbot.mouseClick(dialog.use_button, Qt.MouseButton.LeftButton)
    assert not dialog.wants_to_use
    dialog.people.setPlainText("Azimzhan Askarov")
    dialog.no_deadline.setChecked(False)
    assert dialog.use_button.isEnabled()
    qtbot.mouseClick(dialog.use_button, Qt.MouseButton.LeftButton)
    assert dialog.wants_to_use


def test_review_marks_unsure_fields(qtbot):
    text = SEED_TEXT.replace("Salutation: Dear Acting Minister", "")
    result = import_text(text)
    assert any(note.field.startswith("recipients[0]") for note in result.unsure)
    dialog = ReviewDialog(result)
    qtbot.addWidget(dialog)
    assert dialog.recipients.list.item(0).text().startswith("⚠")
    dialog.recipients.list.setCurrentRow(0)
    assert "#fff3cd" in dialog.recipients.salutation.styleSheet()
    assert dialog.checks.isVisibleTo(dialog)


def test_save_case_from_review(make_window, dialog_recorder, monkeypatch, tmp_path):
    from ua_desktop.core.casefile import load_case

    window = make_window()
    target = tmp_path / "case.json"
    dialog_recorder.save_path = target

    def review(parent, result, languages, save_case):
        assert save_case(result.case)
        return None  # saved, then cancelled

    monkeypatch.setattr(dialogs, "review_import", review)
    monkeypatch.setattr(dialogs, "ask_for_pasted_text", lambda parent: SEED_TEXT)
    assert not window.import_actions.paste_sheet()
    assert load_case(target).people[0].name == "Azimzhan Askarov"
