"""A letter with requests still in the sheet's language is never silent:
the panel lists them and offers a language the case accepts in which the
whole letter can be written; saving it asks first."""

from __future__ import annotations

import json

from ua_desktop.core.case.casefile import case_to_dict, load_case
from ua_desktop.paths import sample_case_path

ODD = "publicly thank the ombudsman for his statement"


def _window_with_odd_ask(make_window, tmp_path, language):
    data = case_to_dict(load_case(sample_case_path()))
    data["asks"].append({"text": ODD})
    data["write_languages"] = ["ru", "en"]
    path = tmp_path / "case.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    window = make_window(path)
    window.languages.select(language)
    return window


def test_the_panel_offers_a_language_in_which_the_whole_letter_can_be_written(make_window, tmp_path):
    window = _window_with_odd_ask(make_window, tmp_path, "fr")
    notice = window.letter_panel.untranslated_box
    assert notice.isVisibleTo(window) and ODD in notice.label.text()
    # Russian is asked for but the odd request cannot be written in it; English is the sheet's own
    assert notice.language_button.isVisibleTo(window) and "English" in notice.language_button.text()
    notice.language_button.click()
    assert window.session.language == "en"
    assert not notice.isVisibleTo(window)
    assert ODD in window.letter_panel.editor.toPlainText()


def test_saving_a_letter_with_untranslated_requests_asks_first(make_window, tmp_path, dialog_recorder):
    window = _window_with_odd_ask(make_window, tmp_path, "fr")
    window.sender_form.name.setText("Anna")
    dialog_recorder.choice = "closed"  # the writer closes the question
    dialog_recorder.save_path = tmp_path / "letter.docx"
    assert window.letter_actions.save_letter() is None
    assert any(ODD in question for question in dialog_recorder.questions)
    assert not (tmp_path / "letter.docx").exists()


def test_a_letter_written_whole_is_saved_without_that_question(make_window, tmp_path, dialog_recorder):
    window = _window_with_odd_ask(make_window, tmp_path, "en")
    window.sender_form.name.setText("Anna")
    dialog_recorder.save_path = tmp_path / "letter.docx"
    window.letter_actions.save_letter()
    assert (tmp_path / "letter.docx").exists()
    assert not any(ODD in question for question in dialog_recorder.questions)
