"""Typed settings with defaults, stored with QSettings in an INI file.

Each option is declared once, with its type and default; reading a missing
or damaged value gives the default. `reset` forgets everything.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from ua_desktop.core.letters.letter import Sender


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

    def __init__(self, path: Path):
        path.parent.mkdir(parents=True, exist_ok=True)
        self._store = QSettings(str(path), QSettings.Format.IniFormat)

    def sender(self) -> Sender:
        if not self.remember_sender:
            return Sender()
        return Sender(self.sender_name, self.sender_town, self.sender_country, tuple(self.sender_address))

    def store_sender(self, sender: Sender) -> None:
        if self.remember_sender:
            self.sender_name, self.sender_town = sender.name, sender.town
            self.sender_country, self.sender_address = sender.country, list(sender.address_lines)
        else:
            self.forget_sender()

    def forget_sender(self) -> None:
        self._store.remove("sender/name")
        self._store.remove("sender/town")
        self._store.remove("sender/country")
        self._store.remove("sender/address")

    def reset(self) -> None:
        self._store.clear()

    def sync(self) -> None:
        self._store.sync()
