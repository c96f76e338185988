"""No network, ever: using every feature opens no socket, and the source
imports nothing that talks to the network. Email is handed to the desktop
as a mailto: link; the app itself never sends."""

from __future__ import annotations

import ast
import socket
import sys
import urllib.request
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from safety_helpers import NetworkGuard, type_at_end, type_text
from ua_desktop.cli.main import main as cli_main
from ua_desktop.paths import sample_case_path

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "ua_desktop"
FIXTURES = ROOT / "tests" / "importer" / "fixtures"

#: Modules whose only purpose is talking over a network.
FORBIDDEN_MODULES = (
    "socket", "ssl", "http.client", "http.server", "urllib.request", "urllib3", "requests", "httpx", "aiohttp",
    "ftplib", "smtplib", "poplib", "imaplib", "telnetlib", "xmlrpc", "socketserver", "asyncio", "webbrowser",
    "PySide6.QtNetwork", "PySide6.QtWebEngineCore", "PySide6.QtWebSockets",
)


# ---------------------------------------------------------------- the guard itself


def test_the_guard_catches_a_connection_attempt():
    """The guard must be able to fail: a real attempt is caught."""
    with NetworkGuard() as guard:
        with pytest.raises(OSError):
            socket.create_connection(("127.0.0.1", 9), timeout=0.1)
        with pytest.raises(OSError):
            urllib.request.urlopen("http://example.invalid/", timeout=0.1)
    events = {event for event, _where in guard.attempts}
    assert "socket.__new__" in events or "socket.getaddrinfo" in events
    assert "urllib.Request" in events


# ---------------------------------------------------------------- every feature


def close_any_modal_dialog():
    """Should an unpatched modal dialog open, close it rather than hang."""
    modal = QApplication.activeModalWidget()
    if modal is not None:
        modal.close()


def test_using_every_window_feature_opens_no_socket(make_window, dialog_recorder, tmp_path, qtbot):
    docx, txt = tmp_path / "letter.docx", tmp_path / "letter.txt"
    closer = QTimer()
    closer.timeout.connect(close_any_modal_dialog)
    closer.start(50)
    with NetworkGuard() as guard:
        window = make_window()
        dialog_recorder.open_path = sample_case_path()
        assert window.open_case(None)
        window.recipients.select(2)
        window.languages.select("en")
        window.languages.select("ky")
        qtbot.keyClicks(window.sender_form.name, "Anna Schmidt")
        type_text(window.sender_form.town, "Лион")
        type_at_end(window.letter_panel.editor, " P.S.")
        dialog_recorder.save_path = docx
        assert window.letter_actions.save_letter() == docx
        dialog_recorder.save_path = txt
        assert window.letter_actions.save_letter() == txt
        window.recipients.select(0)
        window.letter_actions.copy_fax()
        window.letter_actions.copy_email_address()
        window.letter_actions.copy_email_text()
        window.letter_actions.open_email()
        window.letter_panel.redraft_requested.emit()

        # then every menu action there is, including ones added later
        triggered = []
        for menu_action in window.menuBar().actions():
            menu = menu_action.menu()
            for action in (menu.actions() if menu else []):
                if action.isSeparator() or action is window.actions.quit or action.menu():
                    continue
                dialog_recorder.save_path = tmp_path / f"any-{len(dialog_recorder.urls)}.docx"
                dialog_recorder.open_path = sample_case_path()
                if action.isEnabled():
                    action.trigger()
                    QApplication.processEvents()
                    triggered.append(action.text())
        window.close()
    closer.stop()
    assert guard.attempts == [], "\n\n".join(f"{event}\n{where}" for event, where in guard.attempts)
    assert len(triggered) >= 10, triggered
    assert docx.stat().st_size > 0 and txt.read_text(encoding="utf-8").rstrip().endswith("P.S.")
    assert dialog_recorder.urls and all(url.startswith("mailto:") for url in dialog_recorder.urls)
    assert "PySide6.QtNetwork" not in sys.modules


def test_the_command_line_opens_no_socket(tmp_path, capsys):
    out = tmp_path / "letter.docx"
    case = tmp_path / "case.json"
    with NetworkGuard() as guard:
        assert cli_main(["letter", "--list"]) == 0
        assert cli_main(["letter", "--to", "2", "--lang", "ru", "--from", "Anna, Lyon, France", "-o", str(out)]) == 0
        assert cli_main(["letter", "--to", "3", "--lang", "ky"]) == 0
        sheet = FIXTURES / "seed-ua-2010-askarov-kyrgyzstan.txt"
        if sheet.exists():
            cli_main(["import", str(sheet), "-o", str(case)])
            cli_main(["import", str(out)])  # a DOCX that is not a sheet: refused, offline
    assert guard.attempts == [], guard.attempts
    assert out.stat().st_size > 0


def test_email_is_handed_to_the_desktop_not_sent(make_window, dialog_recorder):
    """`open_email` only asks the desktop to open a mailto: link."""
    with NetworkGuard() as guard:
        window = make_window()
        window.recipients.select(0)
        window.letter_actions.open_email()
    assert guard.attempts == []
    assert len(dialog_recorder.urls) == 1 and dialog_recorder.urls[0].startswith("mailto:")


# ---------------------------------------------------------------- the source


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
        elif isinstance(node, ast.Call) and getattr(node.func, "attr", getattr(node.func, "id", "")) in (
                "import_module", "__import__") and node.args and isinstance(node.args[0], ast.Constant):
            names.add(str(node.args[0].value))
    return names


def forbidden_imports(path: Path) -> list[str]:
    found = []
    for name in imported_modules(path):
        if any(name == bad or name.startswith(bad + ".") for bad in FORBIDDEN_MODULES):
            found.append(name)
    return sorted(found)


def test_the_source_imports_nothing_that_talks_to_the_network():
    sources = sorted(PACKAGE.rglob("*.py"))
    assert len(sources) > 20
    offenders = {str(path.relative_to(ROOT)): forbidden_imports(path) for path in sources}
    offenders = {path: names for path, names in offenders.items() if names}
    assert offenders == {}


def test_the_source_scan_can_fail(tmp_path):
    bad = tmp_path / "bad.py"
    bad.write_text("import socket\nfrom urllib.request import urlopen\nfrom PySide6 import QtNetwork\n"
                   "import importlib\nimportlib.import_module('requests')\n", encoding="utf-8")
    assert forbidden_imports(bad) == ["PySide6.QtNetwork", "requests", "socket", "urllib.request",
                                      "urllib.request.urlopen"]
