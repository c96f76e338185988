"""Typed settings with defaults, stored with QSettings in an INI file.

Each option is declared once, with its type and default; reading a missing
or damaged value gives the default. `reset` forgets everything.

A damaged file (not text, control characters, lines that are not ours) is
checked before QSettings reads it: it is set aside as a dated ``.damaged``
copy, the values that could be read are kept in a clean file, and
`Settings.damage` says so for the window to tell the user.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QSettings

from ua_desktop.core.letters.letter import Sender
from ua_desktop.core.storage.atomic import SaveError, write_text_atomically
from ua_desktop.core.storage.bounded import FileTooLargeError, read_bounded
from ua_desktop.core.storage.damaged import DamageNotice, report_damaged
from ua_desktop.i18n import _

MAX_SETTINGS_BYTES = 256 * 1024
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff]")


class _Option:
    def __init__(self, key: str, default, kind=str):
        self.key, self.default, self.kind = key, default, kind

    def __set_name__(self, owner, name):
        self.name = name

    def __get__(self, settings: "Settings | None", owner=None):
        if settings is None:
            return self
        value = settings._store.value(self.key, self.default)
        try:
            if self.kind is bool:
                return value if isinstance(value, bool) else str(value).lower() in ("true", "1", "yes")
            if self.kind is list:
                if value in (None, ""):
                    return []
                return [str(v) for v in value] if isinstance(value, list) else [str(value)]
            return self.kind(value)
        except (TypeError, ValueError):
            return self.default

    def __set__(self, settings: "Settings", value) -> None:
        settings._store.setValue(self.key, value)


class Settings:
    remember_sender = _Option("sender/remember", True, bool)
    sender_name = _Option("sender/name", "")
    sender_town = _Option("sender/town", "")
    sender_country = _Option("sender/country", "")
    sender_address = _Option("sender/address", [], list)
    page_size = _Option("letter/page_size", "A4")
    last_save_dir = _Option("files/last_save_dir", "")
    last_open_dir = _Option("files/last_open_dir", "")
    ui_language = _Option("ui/language", "")
    #: 0 normal, 1 large, 2 extra large (ua_desktop.gui.text_size).
    text_size = _Option("ui/text_size", 0, int)
    #: The start panel is shown until it is used or closed once.
    show_start = _Option("ui/show_start", True, bool)
    #: The event organiser's PIN as a salted hash (core.events.organiser_pin), never in clear.
    organiser_pin = _Option("event/organiser_pin", "")

    def __init__(self, path: Path, copies_of_sender: tuple[Path, ...] = ()):
        """`copies_of_sender`: files that may hold the remembered writer's
        details (the kept first letter): removed whenever the settings
        forget or change those details."""
        path.parent.mkdir(parents=True, exist_ok=True)
        self._copies_of_sender = tuple(copies_of_sender)
        #: Set when the file was damaged: what to tell the user.
        self.damage: DamageNotice | None = _check_file(path, _known_keys())
        self._store = QSettings(str(path), QSettings.Format.IniFormat)

    def sender(self) -> Sender:
        if not self.remember_sender:
            return Sender()
        return Sender(self.sender_name, self.sender_town, self.sender_country, tuple(self.sender_address))

    def store_sender(self, sender: Sender) -> None:
        if self.remember_sender:
            if sender != self.sender():
                self._forget_copies_of_sender()
            self.sender_name, self.sender_town = sender.name, sender.town
            self.sender_country, self.sender_address = sender.country, list(sender.address_lines)
        else:
            self.forget_sender()

    def forget_sender(self) -> None:
        self._forget_copies_of_sender()
        self._store.remove("sender/name")
        self._store.remove("sender/town")
        self._store.remove("sender/country")
        self._store.remove("sender/address")

    def reset(self) -> None:
        self._forget_copies_of_sender()
        self._store.clear()

    def _forget_copies_of_sender(self) -> None:
        from ua_desktop.core.letters.kept_letter import forget_kept_letter

        for path in self._copies_of_sender:
            forget_kept_letter(path)

    def sync(self) -> None:
        self._store.sync()


def _known_keys() -> set[str]:
    return {option.key for option in vars(Settings).values() if isinstance(option, _Option)}


def _check_file(path: Path, known: set[str]) -> DamageNotice | None:
    """Set a damaged settings file aside, keeping its readable values; None when it is sound."""
    try:
        if not path.is_file():
            return None
        raw = read_bounded(path, MAX_SETTINGS_BYTES)
    except FileTooLargeError:
        raw = None
    except OSError:
        return None
    kept, damaged = _readable_lines(raw, known) if raw is not None else ([], True)
    if not damaged:
        return None
    notice = report_damaged(
        path,
        _("Your settings were damaged. UA Desktop kept what it could read and uses the usual choices for the "
          "rest. The damaged file was kept as {copy}."),
        _("Your settings were damaged. UA Desktop uses the usual choices for what it could not read."))
    try:
        write_text_atomically(path, "\n".join(kept) + "\n")
    except SaveError:
        path.unlink(missing_ok=True)
    return notice


def _readable_lines(raw: bytes, known: set[str]) -> tuple[list[str], bool]:
    """The lines of an INI file that are ours and sound, and whether anything else was there."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        text, damaged = raw.decode("utf-8", "replace"), True
    else:
        damaged = False
    kept, section = [], ""
    for line in text.splitlines():
        stripped = line.strip()
        if not stripped:
            continue
        if stripped.startswith("[") and stripped.endswith("]"):
            section = stripped[1:-1]
            if any(key.startswith(section + "/") for key in known):
                kept.append(stripped)
            else:
                damaged = True
            continue
        key, equals, value = stripped.partition("=")
        sound = (equals and f"{section}/{key.strip()}" in known and not _CONTROL.search(value)
                 and "\ufffd" not in value and (not value.startswith("@") or value == "@Invalid()"))
        if sound:
            kept.append(f"{key.strip()}={value.strip()}")
        else:
            damaged = True
    return kept, damaged
