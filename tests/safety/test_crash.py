"""An unexpected error in a real slot: logged, shown in plain words with
the details, and the letter on the screen stays as it was."""

from __future__ import annotations

import sys

from PySide6.QtCore import Qt

from safety_helpers import type_at_end
from ua_desktop.gui.crash import NO_DIALOG_VARIABLE, CrashHandler
from ua_desktop.logs import setup_logging
from ua_desktop.gui.dialogs import seam as dialogs


def install(monkeypatch, handler: CrashHandler) -> None:
    """As `CrashHandler.install`, undone after the test (pytest-qt has its own hook)."""
    monkeypatch.setattr(sys, "excepthook", handler.handle)


def test_a_forced_exception_shows_the_dialog_and_keeps_the_letter(make_window, dialog_recorder, tmp_path,
                                                                  monkeypatch, qtbot):
    window = make_window()
    type_at_end(window.letter_panel.editor, "P.S. Не потеряйте это.")
    mine = window.letter_panel.editor.toPlainText()
    log_path = setup_logging(tmp_path / "logs")
    handler = CrashHandler(log_path, show_dialog=True)
    install(monkeypatch, handler)

    def broken_copy():
        raise ZeroDivisionError("forced for the test")

    monkeypatch.setattr(window.letter_actions, "copy_email_text", broken_copy)
    window.letter_panel.copy_email_text_requested.disconnect()
    window.letter_panel.copy_email_text_requested.connect(window.letter_actions.copy_email_text)
    with qtbot.capture_exceptions():  # pytest-qt would otherwise fail the test on purpose
        sys.excepthook = handler.handle
        qtbot.mouseClick(window.letter_panel.copy_email_button, Qt.MouseButton.LeftButton)

    assert handler.crashes, "the error reached the crash handler"
    assert len(dialog_recorder.crashes) == 1
    assert "ZeroDivisionError: forced for the test" in dialog_recorder.crashes[0]
    assert "forced for the test" in log_path.read_text(encoding="utf-8")
    assert window.isVisible()
    assert window.letter_panel.editor.toPlainText() == mine
    assert window.session.letter.text.rstrip().endswith("P.S. Не потеряйте это.")
    # the app goes on working after it
    window.languages.select("ru")
    assert window.letter_panel.editor.toPlainText() == mine and window.letter_panel.banner.isVisibleTo(window)


def test_the_switch_turns_the_dialog_off(monkeypatch, dialog_recorder, tmp_path, capsys):
    monkeypatch.setenv(NO_DIALOG_VARIABLE, "1")
    handler = CrashHandler(tmp_path / "log")
    try:
        raise KeyError("quiet")
    except KeyError as error:
        handler.handle(type(error), error, error.__traceback__)
    assert dialog_recorder.crashes == []
    assert "KeyError: 'quiet'" in capsys.readouterr().err
    monkeypatch.delenv(NO_DIALOG_VARIABLE)
    assert CrashHandler(None).show_dialog is True


def test_a_second_error_while_the_dialog_is_up_does_not_stack_dialogs(monkeypatch, dialog_recorder, tmp_path):
    handler = CrashHandler(None, show_dialog=True)

    def dialog_that_fails_again(parent, summary, details):
        dialog_recorder.crashes.append(details)
        try:
            raise RuntimeError("inside the dialog")
        except RuntimeError as error:
            handler.handle(type(error), error, error.__traceback__)

    monkeypatch.setattr(dialogs, "show_crash", dialog_that_fails_again)
    try:
        raise ValueError("first")
    except ValueError as error:
        handler.handle(type(error), error, error.__traceback__)
    assert len(dialog_recorder.crashes) == 1 and len(handler.crashes) == 2


def test_an_error_in_a_worker_thread_is_logged_and_shown_by_the_gui_thread(dialog_recorder, tmp_path, qtbot,
                                                                            monkeypatch):
    import threading

    log_path = setup_logging(tmp_path / "logs")
    handler = CrashHandler(log_path, show_dialog=True)
    monkeypatch.setattr(threading, "excepthook", handler.handle_thread)
    shown_in = []
    recorded = dialog_recorder.crashes

    def show(parent, summary, details):
        shown_in.append(threading.current_thread() is threading.main_thread())
        recorded.append(details)


    monkeypatch.setattr(dialogs, "show_crash", show)

    def work():
        raise OSError("the worker failed")

    worker = threading.Thread(target=work, name="worker")
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: bool(recorded), timeout=5000)
    assert "OSError: the worker failed" in recorded[0] and shown_in == [True]
    assert "the worker failed" in log_path.read_text(encoding="utf-8")


def test_qt_warnings_go_to_the_log(tmp_path, qtbot):
    from PySide6.QtCore import qInstallMessageHandler, qWarning

    from ua_desktop.gui.crash import install_qt_message_log

    log_path = setup_logging(tmp_path / "logs")
    try:
        install_qt_message_log()
        qWarning("a warning from Qt for the log")
    finally:
        qInstallMessageHandler(None)
    assert "WARNING ua_desktop.qt: a warning from Qt for the log" in log_path.read_text(encoding="utf-8")
