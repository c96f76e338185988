"""Helpers shared by the safety tests (imported by name: the tests folder is not a package)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent


def type_text(widget, text: str) -> None:
    """Type any text, Cyrillic included (qtbot.keyClicks cannot)."""
    from PySide6.QtWidgets import QApplication

    widget.setFocus()
    for ch in text:
        QApplication.sendEvent(widget, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_unknown,
                                                 Qt.KeyboardModifier.NoModifier, ch))


def type_at_end(editor, text: str) -> None:
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    type_text(editor, text)


# ---------------------------------------------------------------- network guard

#: Audit events (PEP 578) raised by anything that reaches for the network.
NETWORK_EVENTS = frozenset({
    "socket.__new__", "socket.connect", "socket.bind", "socket.sendto", "socket.sendmsg",
    "socket.getaddrinfo", "socket.gethostbyname", "socket.gethostbyaddr", "socket.getnameinfo",
    "urllib.Request", "http.client.connect", "http.client.send", "ftplib.connect", "smtplib.connect",
    "poplib.connect", "imaplib.open", "telnetlib.Telnet.open", "webbrowser.open",
})


class NetworkGuard:
    """While active, any attempt to open a socket (or resolve a name, or
    build a web request) is recorded and refused.

    An audit hook can never be removed, so one hook is installed once and
    consults the guard that is active at the time.
    """

    _active: "NetworkGuard | None" = None
    _installed = False

    def __init__(self):
        self.attempts: list[tuple[str, str]] = []

    def __enter__(self) -> "NetworkGuard":
        if not NetworkGuard._installed:
            import sys

            sys.addaudithook(NetworkGuard._hook)
            NetworkGuard._installed = True
        NetworkGuard._active = self
        return self

    def __exit__(self, *exc) -> None:
        NetworkGuard._active = None

    @staticmethod
    def _hook(event: str, args) -> None:
        guard = NetworkGuard._active
        if guard is None or event not in NETWORK_EVENTS:
            return
        import traceback

        where = "".join(traceback.format_stack(limit=8)[:-1])
        guard.attempts.append((event, where))
        raise ConnectionRefusedError(f"UA Desktop must not use the network ({event})")
