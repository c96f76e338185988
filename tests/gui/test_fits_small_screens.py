"""Every window fits a small laptop's screen (1366×768 and 1024×600, less
the taskbar) in every window language: its minimum size within the room,
its main buttons whole and on the window, nothing on top of anything."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from ua_desktop.i18n import _
from tests.gui.fit_helpers import LANGUAGES, SCREENS, problems_at, room_on

SHEET = Path(__file__).resolve().parents[1] / "fixtures" / "ua-2010-askarov-kyrgyzstan.txt"
_built: dict[str, dict] = {}


def windows_in(code: str, tmp_path_factory) -> dict:
    """The app's windows in one window language (built once per language)."""
    if code in _built:
        _built[code]["shell"].ui_language.apply(code)
        return _built[code]
    from ua_desktop.gui.app import AppShell, create_application
    from ua_desktop.gui.fonts import register_bundled_fonts

    create_application()
    register_bundled_fonts()
    shell = AppShell(today=lambda: dt.date(2026, 11, 28))
    shell.settings.ui_language = code
    shell.language = shell.ui_language.apply(code)
    main = shell.open(None)
    built = {"shell": shell, "main": main}
    built.update(_dialogs(main, tmp_path_factory.mktemp(f"event-{code}")))
    _built[code] = built
    return built


def _dialogs(main, data_dir: Path) -> dict:
    from ua_desktop.core.importer import import_text
    from ua_desktop.core.library.store import CaseLibrary
    from ua_desktop.gui.event.recipient_dialog import ExtraRecipientDialog
    from ua_desktop.gui.event.tally_view import OrganiserPanel
    from ua_desktop.gui.event.window import EventWindow
    from ua_desktop.gui.library.view import LibraryDialog
    from ua_desktop.gui.printing.batch_dialog import BatchDialog
    from ua_desktop.gui.review.dialog import ReviewDialog

    event = EventWindow([main.session.case], data_dir)
    library = CaseLibrary(data_dir / "library")
    library.add(main.session.case, "askarov.json")
    return {
        "event": event,
        "review": ReviewDialog(import_text(SHEET.read_text(encoding="utf-8")), main, ("en", "ru", "ky")),
        "batch": BatchDialog(main.session.case, main.settings, "en", main),
        "library": LibraryDialog(library, parent=main),
        "organiser": OrganiserPanel(event.tally, event.letter_event, event),
        "extra recipient": ExtraRecipientDialog("Kyrgyzstan", event),
    }


def primary_buttons(name: str, window) -> dict:
    if name == "main":
        panel = window.letter_panel
        return {"Save letter": panel.save_button, "Print": panel.print_button,
                "Copy whole email": panel.copy_email_button, "Open in email program": panel.open_email_button,
                "letter": panel.editor, "Your name": window.sender_form.name, "Your town": window.sender_form.town,
                "Your country": window.sender_form.country}
    if name == "review":
        return {"Write letters": window.use_button, "Save case file": window.save_button}
    if name == "batch":
        return {"Make the letters": window.make_button, "Close": window.cancel_button,
                "Choose the list": window.choose_list_button}
    if name == "library":
        return {"Open": window.view.open_button, "Import": window.view.import_button}
    if name == "organiser":
        return {"Close": window.close_button, "Export counts": window.export_button}
    if name == "extra recipient":
        from PySide6.QtWidgets import QDialogButtonBox

        return {"Add recipient": window.buttons.button(QDialogButtonBox.StandardButton.Ok),
                "Cancel": window.buttons.button(QDialogButtonBox.StandardButton.Cancel), "Address": window.address}
    raise KeyError(name)


@pytest.mark.parametrize("screen", list(SCREENS))
@pytest.mark.parametrize("code", LANGUAGES)
@pytest.mark.parametrize("name", ["main", "review", "batch", "library", "organiser", "extra recipient"])
def test_window_fits_the_screen(name, code, screen, tmp_path_factory):
    window = windows_in(code, tmp_path_factory)[name]
    window.show()
    try:
        problems = problems_at(window, room_on(screen), primary_buttons(name, window))
        if name == "main" and window.recipients.list.verticalScrollBar().isVisible():
            problems.append("the recipient list needs a scroll bar for the case's three recipients")
        if name == "main":  # and once a letter is saved, its message in the window
            saved = tmp_path_factory.mktemp("saved") / "Letter to Bolotbek Sherniazov (Russian).docx"
            saved.write_bytes(b"")
            window._show_saved(_("Saved your letter as {path}").format(path=saved), saved)
            problems += [f"after saving: {p}" for p in problems_at(window, room_on(screen),
                                                                  primary_buttons(name, window))]
            window.saved_bar.forget()
    finally:
        window.hide()
    assert not problems, f"{name} in {code} at {screen}:\n" + "\n".join(problems)


@pytest.mark.parametrize("screen", list(SCREENS))
@pytest.mark.parametrize("code", LANGUAGES)
def test_event_window_fits_the_screen_at_every_step(code, screen, tmp_path_factory):
    from ua_desktop.gui.event.window import LETTER, WRITER

    window = windows_in(code, tmp_path_factory)["event"]
    window.letter_event.signups_enabled = True  # the sign-up box on "About you" too
    window.show()
    problems = []
    try:
        for step in range(LETTER + 1):
            window.go_to(step)
            buttons = {"Back": window.back_button, "Next": window.next_button, "Next writer": window.next_writer_button}
            if step == WRITER:
                buttons["Sign-up box"] = window.writer_step.signup
            if step == LETTER:
                page = window.letter_step
                buttons |= {"Print": page.print_button, "Save": page.save_button, "letter": page.editor,
                            "Write to another recipient": page.another_button}
            problems += [f"step {step + 1}: {p}" for p in problems_at(window, room_on(screen), buttons)]
            if step == LETTER and window.letter_step.visible_lines() < LETTER_LINES[screen]:
                problems.append(f"the letter box shows {window.letter_step.visible_lines()} lines, "
                                f"fewer than {LETTER_LINES[screen]}")
    finally:
        window.letter_event.signups_enabled = False
        window.hide()
    assert not problems, f"event in {code} at {screen}:\n" + "\n".join(problems)


#: Lines of the letter the event's letter box shows at least, by screen (the
#: large type leaves room for about 4 at 1024×600 when the letter shares
#: the height with a row of buttons under it).
LETTER_LINES = {"1366x768": 16, "1024x600": 10}


@pytest.mark.parametrize("screen", list(SCREENS))
@pytest.mark.parametrize("code", LANGUAGES)
def test_event_letter_after_a_save_keeps_the_message_and_the_letter_in_view(code, screen, tmp_path_factory,
                                                                           tmp_path):
    from ua_desktop.gui.event.window import LETTER

    window = windows_in(code, tmp_path_factory)["event"]
    window.show()
    try:
        window.go_to(LETTER)
        saved = tmp_path / "a folder with a long name, as people's documents have" / "letter.docx"
        saved.parent.mkdir()
        saved.write_bytes(b"")
        window.letter_actions.on_saved("The letter was saved as " + str(saved), saved)
        window.letter_step.show_done("You have written to: Someone with a long name, and Someone Else.")
        bar = window.saved_bar
        problems = problems_at(window, room_on(screen), {
            "Back": window.back_button, "Print": window.letter_step.print_button,
            "Open": bar.open_button, "Show folder": bar.folder_button, "letter": window.letter_step.editor,
            "what was written": window.letter_step.done})
        if window.letter_step.visible_lines() < 3:
            problems.append(f"the letter box shows {window.letter_step.visible_lines()} lines")
    finally:
        window.saved_bar.forget()
        window.letter_step.show_done("")
        window.hide()
    assert not problems, f"event in {code} at {screen}:\n" + "\n".join(problems)


def test_main_window_opens_within_the_screen_and_goes_narrow(make_window):
    from PySide6.QtCore import QSize

    from ua_desktop.gui.screen_fit import available_area

    window = make_window()
    area = available_area(window)
    assert window.frameGeometry().width() <= area.width() and window.frameGeometry().height() <= area.height()
    window.resize(QSize(1014, 524))
    assert window.narrow
    window.resize(QSize(1600, 900))
    assert not window.narrow


@pytest.mark.parametrize("code", LANGUAGES)
def test_organiser_counts_fit_the_width_of_a_small_screen(code, tmp_path_factory, tmp_path):
    """No sideways scrolling at 1024 px: the names wrap, every header's
    words are whole, and a long name is in the cell's tooltip too."""
    from ua_desktop.core.events.tally import Tally, case_key
    from ua_desktop.gui.event.tally_view import OrganiserPanel

    built = windows_in(code, tmp_path_factory)
    event = built["event"]
    case = event.letter_event.cases[0]
    tally = Tally(tmp_path)
    for recipient in case.recipients:
        for language in ("ru", "ky", "en"):
            tally.record(case_key(case), recipient.name + ", " + " ".join(recipient.title_lines), language, "printed", 3)
    panel = OrganiserPanel(tally, event.letter_event, event)
    panel.show()
    try:
        problems = problems_at(panel, room_on("1024x600"), {"Close": panel.close_button})
        table = panel.table
        header = table.horizontalHeader()
        if table.horizontalScrollBar().maximum() > 0:
            problems.append(f"the table scrolls sideways by {table.horizontalScrollBar().maximum()} px")
        for column in range(table.columnCount()):
            title = table.horizontalHeaderItem(column).text()
            widest = max(header.fontMetrics().horizontalAdvance(word) for word in title.split())
            if header.sectionSize(column) < widest:
                problems.append(f"the header {title!r} is cut ({header.sectionSize(column)} px < {widest})")
        long_name = table.item(0, 1)
        if long_name.toolTip() != long_name.text():
            problems.append("a recipient's cell has no tooltip with the whole name")
    finally:
        panel.hide()
        panel.deleteLater()
    assert not problems, f"organiser in {code}:\n" + "\n".join(problems)


@pytest.mark.parametrize("code", ["en", "de", "ru", "ar"])
@pytest.mark.parametrize("step", [1, 2])
def test_main_window_fits_a_small_screen_with_large_text(code, step, tmp_path_factory):
    """Large and Extra large text at 1024x600: the window stays within the
    screen with the letter, its buttons and the sender's fields on it."""
    window = windows_in(code, tmp_path_factory)["main"]
    window.show()
    window.set_text_size(step)
    try:
        problems = problems_at(window, room_on("1024x600"), primary_buttons("main", window))
    finally:
        window.set_text_size(0)
        window.hide()
    assert not problems, f"main in {code} with text size {step}:\n" + "\n".join(problems)


@pytest.mark.parametrize("code", LANGUAGES)
def test_the_event_recipient_form_scrolls_rather_than_squeezes(code, tmp_path_factory):
    """Shorter than its form (Qt opens a dialog at no more than 2/3 of the
    screen's height), the form scrolls: its buttons stay, nothing overlaps."""
    from PySide6.QtCore import QSize

    dialog = windows_in(code, tmp_path_factory)["extra recipient"]
    dialog.show()
    try:
        problems = problems_at(dialog, QSize(room_on("1024x600").width(), 360), primary_buttons("extra recipient", dialog))
    finally:
        dialog.hide()
    problems = [p for p in problems if not p.startswith("Address")]  # scrolled out of view is fine here
    assert not problems, f"{code}:\n" + "\n".join(problems)
