"""Importing a sheet into the window: open, paste, drop, review, use."""

from pathlib import Path

from PySide6.QtCore import QMimeData, Qt, QUrl

from ua_desktop.core.importer import import_text
from ua_desktop.gui.dialogs import seam as dialogs
from ua_desktop.gui.review.dialog import ReviewDialog

SEED = Path(__file__).resolve().parents[1] / "fixtures" / "ua-2010-askarov-kyrgyzstan.txt"
SEED_TEXT = SEED.read_text(encoding="utf-8")


def accept_review(monkeypatch, seen):
    def review(parent, result, languages, save_case, translations_first=False):
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
    assert len(dialog_recorder.errors) == 2
    assert all(message.strip() for message in dialog_recorder.errors)
    assert window.letter_panel.editor.toPlainText() == before


def test_text_that_is_no_sheet_opens_the_review_with_what_is_missing(make_window, dialog_recorder, monkeypatch,
                                                                    tmp_path):
    window = make_window()
    before = window.letter_panel.editor.toPlainText()
    reviewed = []

    def review(parent, result, languages, save_case, translations_first=False):
        reviewed.append(result)
        return None  # the user closes the review

    monkeypatch.setattr(dialogs, "review_import", review)
    not_ua = tmp_path / "recipe.txt"
    not_ua.write_text("Pancakes: flour, eggs, milk. Mix and fry.", encoding="utf-8")
    assert not window.import_actions.import_sheet_file(not_ua)
    assert not dialog_recorder.errors
    assert reviewed and {"people", "recipients", "deadline"} <= {note.field for note in reviewed[0].missing}
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
    from ua_desktop.core.case.casefile import load_case

    window = make_window()
    target = tmp_path / "case.json"
    dialog_recorder.save_path = target

    def review(parent, result, languages, save_case, translations_first=False):
        assert save_case(result.case)
        return None  # saved, then cancelled

    monkeypatch.setattr(dialogs, "review_import", review)
    monkeypatch.setattr(dialogs, "ask_for_pasted_text", lambda parent: SEED_TEXT)
    assert not window.import_actions.paste_sheet()
    assert load_case(target).people[0].name == "Azimzhan Askarov"


def test_requests_the_app_cannot_write_are_translated_in_the_review(qtbot):
    text = SEED_TEXT.replace("return any equipment and video or photographic material or other possessions that "
                             "have been seized from ", "publicly thank the ombudsman for defending ")
    result = import_text(text)
    odd = next(ask.text for ask in result.case.asks if "ombudsman" in ask.text)
    dialog = ReviewDialog(result, letter_languages=("en", "ru", "fr"))
    qtbot.addWidget(dialog)
    dialog.tabs.setCurrentIndex(dialog.translations_tab)
    editor = dialog.ask_translations
    editor.language.setCurrentIndex(editor.language.findData("ru"))
    labels = [_widget_at(editor.form, row, editor.form.ItemRole.LabelRole).text()
              for row in range(editor.form.rowCount())]
    assert labels == [odd]  # the common requests are written by the app itself
    edit = _widget_at(editor.form, 0, editor.form.ItemRole.FieldRole)
    edit.setText("публично поблагодарить омбудсмена")
    edit.textEdited.emit(edit.text())
    case = dialog.case()
    translated = next(ask for ask in case.asks if ask.text == odd)
    assert translated.translations["ru"] == "публично поблагодарить омбудсмена"
    from ua_desktop.core.letters.drafting import LetterDrafter, LetterRequest

    letter = LetterDrafter().draft(LetterRequest(case, 0, "ru"))
    assert "публично поблагодарить омбудсмена" in letter.text and not letter.untranslated


def test_untranslated_requests_lead_to_the_review(make_window, monkeypatch, tmp_path):
    import dataclasses
    import json

    from ua_desktop.core.case.casefile import case_to_dict, load_case
    from ua_desktop.paths import sample_case_path

    data = case_to_dict(load_case(sample_case_path()))
    data["asks"].append({"text": "publicly thank the ombudsman for his statement"})
    path = tmp_path / "case.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    window = make_window(path)
    window.languages.select("ru")
    panel = window.letter_panel
    assert panel.untranslated_box.isVisibleTo(window)
    assert "publicly thank the ombudsman" in panel.untranslated.text()
    seen = []

    def review(parent, result, languages, save_case, translations_first=False):
        seen.append(translations_first)
        asks = tuple(dataclasses.replace(a, translations={**a.translations, "ru": "поблагодарить омбудсмена"})
                     if "ombudsman" in a.text else a for a in result.case.asks)
        return dataclasses.replace(result.case, asks=asks)

    monkeypatch.setattr(dialogs, "review_import", review)
    panel.translate_button.click()
    assert seen == [True]
    assert "– поблагодарить омбудсмена." in panel.editor.toPlainText()
    assert not panel.untranslated_box.isVisibleTo(window)


def test_the_review_suggests_names_in_other_scripts_and_keeps_them(qtbot):
    """The names tab shows a Cyrillic and an Arabic suggestion for a sheet's
    name; what the user leaves there goes into the case, declined."""
    result = import_text(SEED_TEXT.replace("Azimzhan Askarov", "Ivan Petrov"))
    dialog = ReviewDialog(result, letter_languages=("en", "ru", "ky", "ar"))
    qtbot.addWidget(dialog)
    dialog.tabs.setCurrentIndex(dialog.names_tab)
    editor = dialog.name_forms
    assert editor._boxes[("Ivan Petrov", "ru")].text() == "Иван Петров"
    assert editor._boxes[("Ivan Petrov", "ky")].text() == "Иван Петров"
    arabic = editor._boxes[("Ivan Petrov", "ar")]
    assert arabic.text() and not any("a" <= c.lower() <= "z" for c in arabic.text())
    arabic.setText("إيفان بيتروف")
    person = next(p for p in dialog.case().people if p.name == "Ivan Petrov")
    assert person.forms["ar"] == {"nom": "إيفان بيتروف"}
    assert person.forms["ru"]["dat"] == "Ивану Петрову" and person.forms["ky"]["gen"] == "Иван Петровдун"


def test_the_sheets_language_is_shown_and_a_correction_reads_the_requests_again(qtbot):
    """A German sheet read as English (say) can be corrected in the review:
    the case then says German, and its requests are recognised in German."""
    result = import_text(SEED_TEXT)
    dialog = ReviewDialog(result, letter_languages=("en", "ru", "de"))
    qtbot.addWidget(dialog)
    assert dialog.sheet_language.currentData() == "en"
    assert dialog.case().asks[0].requests[0].kind == "release"
    dialog.asks.setPlainText("Azimzhan Askarov umgehend und bedingungslos freizulassen")
    dialog.sheet_language.setCurrentIndex(dialog.sheet_language.findData("de"))
    case = dialog.case()
    assert case.source_language == "de"
    assert [request.kind for request in case.asks[0].requests] == ["release"]


def test_a_sheet_with_no_requests_is_stopped_and_can_take_them_from_its_model_letter(qtbot):
    """A letter that asks for nothing is no appeal: the review says so and
    offers the model letter's requests."""
    import dataclasses

    result = import_text(SEED_TEXT)
    letter = ("Dear Minister,\nI urge you to release Azimzhan Askarov immediately and unconditionally, "
              "and to ensure that he has access to a lawyer of his choice.\nYours sincerely,")
    result = dataclasses.replace(result, case=dataclasses.replace(result.case, asks=()), model_letter=letter)
    dialog = ReviewDialog(result, letter_languages=("en", "ru"))
    qtbot.addWidget(dialog)
    assert not dialog.use_button.isEnabled()
    assert "model letter" in dialog.problems.text()
    dialog.take_requests_from(letter)
    assert dialog.case().asks and dialog.use_button.isEnabled()


def _widget_at(form, row, role):
    from tests.gui.fit_helpers import forget_item

    item = form.itemAt(row, role)
    widget = item.widget()
    forget_item(item)
    return widget
