"""The event window's organiser side: counts that survive a restart,
export and reset, and the sign-up list only when both sides agree."""

from __future__ import annotations

from event_window_helpers import CASE, fill_in_writer

from ua_desktop.core.events.tally import Tally
from ua_desktop.gui.dialogs import seam as dialogs


def test_counts_by_print_save_and_email_survive_a_restart(qtbot, make_event_window, stand_in, tmp_path, data_dir):
    from ua_desktop.gui.event.window import LETTER

    window = make_event_window()
    window.choose_language(CASE.write_languages[0])  # (an English window starts in English)
    window.go_to(LETTER)
    window.print_letter()
    window.print_letter()  # the same letter printed twice is one letter
    stand_in.save_path = tmp_path / "a.pdf"
    window.save_pdf()
    window.email_letter()
    assert stand_in.urls and stand_in.urls[0].startswith("mailto:")
    window.session.choose_language("en")
    window.print_letter()
    tally = Tally(data_dir)
    language = CASE.write_languages[0]
    recipient = CASE.recipients[0].name
    assert [(r.recipient, r.language, r.printed, r.saved, r.emailed) for r in tally.rows()] == sorted(
        [(recipient, "en", 1, 0, 0), (recipient, language, 1, 1, 1)])
    stand_in.print_ok = False
    window.next_writer()
    window.go_to(LETTER)
    window.print_letter()  # cancelled: not counted
    assert Tally(data_dir).total() == 4


def test_organiser_panel_exports_and_resets_the_counts(qtbot, make_event_window, stand_in, tmp_path):
    from ua_desktop.gui.event.window import LETTER
    from ua_desktop.core.locales.languages import language_label
    from ua_desktop.gui.event.tally_view import OrganiserPanel

    window = make_event_window()
    window.choose_language("ru")  # a language whose label in English has its own name in brackets
    window.go_to(LETTER)
    window.print_letter()
    panel = OrganiserPanel(window.tally, window.letter_event, window)
    qtbot.addWidget(panel)
    assert panel.table.rowCount() == 1 and panel.table.item(0, 3).text() == "1"
    language = panel.table.item(0, 2).text()
    assert language == language_label(window.session.language, "en_GB") and "(" in language  # named, not "en"
    assert "1 letter in all" in panel.total.text()
    stand_in.save_path = tmp_path / "counts"
    assert panel.export_csv() == tmp_path / "counts.csv"
    assert (tmp_path / "counts.csv").read_bytes().startswith(b"\xef\xbb\xbf")
    stand_in.answer_yes = False
    assert not panel.reset() and window.tally.total() == 1
    stand_in.answer_yes = True
    assert panel.reset() and window.tally.total() == 0 and panel.table.rowCount() == 0


def test_organiser_button_opens_the_panel(qtbot, make_event_window, monkeypatch):
    from PySide6.QtCore import Qt


    shown = []
    monkeypatch.setattr(dialogs, "show_organiser_panel", lambda parent, panel: shown.append(panel))
    window = make_event_window()
    qtbot.mouseClick(window.organiser_button, Qt.MouseButton.LeftButton)
    assert shown and shown[0].windowTitle() == "For the organiser"


def test_sign_up_list_only_when_the_organiser_and_the_writer_agree(qtbot, make_event_window, data_dir):
    from ua_desktop.gui.event.window import LETTER
    from ua_desktop.gui.event.window import WRITER as WRITER_STEP
    from ua_desktop.gui.event.tally_view import OrganiserPanel

    window = make_event_window()
    fill_in_writer(qtbot, window)
    window.print_letter()
    window.next_writer()
    assert not (data_dir / "event-signups.csv").exists()
    panel = OrganiserPanel(window.tally, window.letter_event, window)
    qtbot.addWidget(panel)
    panel.signup.setChecked(True)
    window.go_to(WRITER_STEP)
    assert window.writer_step.signup.isVisible()
    fill_in_writer(qtbot, window, ("Ann Lee", "Lyon", "France", ""))
    window.go_to(WRITER_STEP)
    window.writer_step.signup.setChecked(True)
    window.go_to(LETTER)
    window.print_letter()
    window.next_writer()
    assert [s.name for s in window.letter_event.signups()] == ["Ann Lee"]
    assert not window.writer_step.signup.isChecked()


def test_the_organiser_panel_opens_only_with_the_pin_chosen_the_first_time(qtbot, make_event_window, monkeypatch,
                                                                          stand_in, data_dir):
    shown = []
    monkeypatch.setattr(dialogs, "show_organiser_panel", lambda parent, panel: shown.append(panel))
    window = make_event_window()
    stand_in.pins = ["1357", "1357"]  # the first time: choose it, then type it again
    assert window.show_organiser() and len(shown) == 1
    assert "Choose a PIN" in stand_in.pin_prompts[0]
    stored = window.pin_settings.organiser_pin
    assert stored.startswith("pbkdf2_sha256$") and "1357" not in stored
    assert "1357" not in (data_dir / "event-settings.ini").read_text(encoding="utf-8")
    stand_in.pins = ["0000"]  # a writer guessing
    assert not window.show_organiser() and len(shown) == 1
    assert "not the organiser's PIN" in stand_in.errors[-1]
    stand_in.pins = [None]  # cancelled
    assert not window.show_organiser() and len(shown) == 1
    stand_in.pins = ["1357"]
    assert window.show_organiser() and len(shown) == 2


def test_two_different_pins_or_a_short_one_set_no_pin(make_event_window, monkeypatch, stand_in):
    shown = []
    monkeypatch.setattr(dialogs, "show_organiser_panel", lambda parent, panel: shown.append(panel))
    window = make_event_window()
    stand_in.pins = ["1357", "1375"]
    assert not window.show_organiser() and "not the same" in stand_in.errors[-1]
    stand_in.pins = ["12"]
    assert not window.show_organiser() and "at least 4" in stand_in.errors[-1]
    assert shown == [] and window.pin_settings.organiser_pin == ""


def test_pin_hash_is_salted_and_checks_only_the_right_pin():
    from ua_desktop.core.events.organiser_pin import hash_pin, pin_matches

    first, second = hash_pin("2468", iterations=1000), hash_pin("2468", iterations=1000)
    assert first != second  # a new salt each time
    assert pin_matches("2468", first) and pin_matches("2468", second)
    assert not pin_matches("2469", first) and not pin_matches("2468", "damaged") and not pin_matches("2468", "")


def test_organiser_counts_name_the_person_not_only_the_ua_number(qtbot, make_event_window):
    from event_window_helpers import CASE

    from ua_desktop.gui.event.tally_view import OrganiserPanel
    from ua_desktop.gui.event.window import LETTER

    window = make_event_window((CASE.with_changes(ua_number="UA 15/20"),))
    window.go_to(LETTER)
    window.print_letter()
    panel = OrganiserPanel(window.tally, window.letter_event, window)
    qtbot.addWidget(panel)
    assert panel.table.item(0, 0).text() == "Azimzhan Askarov (UA 15/20)"
