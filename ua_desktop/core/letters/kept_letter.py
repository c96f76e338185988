"""The first letter of the last start, kept so the next start can show it
before the drafting machinery is loaded.

Drafting the first letter loads Jinja2, Babel's locale data and the request
cues: about a third of the window's start-up time and a sixth of its memory.
A start nearly always shows the letter the start before it drafted: the
same case, recipient, language, sender, date, templates and code. So the
first letter is kept in one small file together with everything it was
drafted from (`draft_key`). When a start asks for exactly that, the window
shows the kept letter, and `LetterSession.settle_draft` drafts it for real
right after the window's first frame and shows the new draft should it
differ. The writer's details in a kept letter are those the settings
remember (a start drafts with them); the settings remove the kept letter
whenever they forget or change those details. A letter with a personal
sentence (events) is never kept.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import os
from pathlib import Path

from ua_desktop.core.letters.letter import Letter
from ua_desktop.core.storage.bounded import read_bounded

__all__ = ["KeptLetter", "draft_key", "forget_kept_letter"]

#: A kept letter with its key is a few kB; anything near this is not one.
MAX_KEPT_BYTES = 1_000_000
#: Where the drafting code and data live (their dates and sizes are part of the key).
_CODE_DIR = Path(__file__).resolve().parents[1]
_DATA_FOLDERS = ("letters", "requests", "facts", "offices")


def draft_key(request, letters_dir: Path) -> str | None:
    """Everything the letter for `request` (a `LetterRequest`) is drafted
    from, as one text; None for a request whose letter is not kept (one
    with a personal sentence)."""
    from ua_desktop import __version__
    from ua_desktop.core.case.casefile import case_to_json

    if request.personal:
        return None
    return json.dumps({
        "version": __version__,
        "case": case_to_json(request.case),
        "recipient": request.recipient_index,
        "sender": dataclasses.asdict(request.sender),
        "language": request.language,
        "date": (request.date or dt.date.today()).isoformat(),
        "wording": request.wording,
        "sources": _sources(Path(letters_dir)),
    }, ensure_ascii=False, sort_keys=True)


def _sources(letters_dir: Path) -> list:
    """The name, date and size of every file drafting reads: the templates,
    the language and request data, and the code (in a frozen build the
    version stands for the code)."""
    from ua_desktop.paths import resource

    folders = [letters_dir, _CODE_DIR] + [resource(name) for name in _DATA_FOLDERS if name != "letters"]
    found: list = []
    for folder in folders:
        _walk(folder, found)
    return found


def _walk(folder: Path, found: list) -> None:
    try:
        entries = sorted(os.scandir(folder), key=lambda entry: entry.name)
    except OSError:
        return
    for entry in entries:
        if entry.is_dir():
            if entry.name != "__pycache__":
                _walk(Path(entry.path), found)
        else:
            stat = entry.stat()
            found.append([entry.path, stat.st_mtime_ns, stat.st_size])


class KeptLetter:
    """One kept letter in the file at `path`. Reading or writing it never
    fails: a missing, damaged or unwritable file is simply no kept letter."""

    def __init__(self, path: Path):
        self.path = Path(path)

    def load(self, key: str) -> Letter | None:
        """The kept letter when it was drafted from `key`, else None."""
        try:
            data = json.loads(read_bounded(self.path, MAX_KEPT_BYTES))
            if data.get("key") != key:
                return None
            fields = dict(data["letter"])
            fields["untranslated"] = tuple(fields.get("untranslated", ()))
            letter = Letter(**fields)
        except (OSError, ValueError, TypeError, KeyError, AttributeError):
            return None
        return letter if isinstance(letter.text, str) and letter.text else None

    def keep(self, key: str, letter: Letter) -> None:
        from ua_desktop.core.storage.atomic import SaveError, write_text_atomically

        data = {"key": key, "letter": dataclasses.asdict(letter)}
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            write_text_atomically(self.path, json.dumps(data, ensure_ascii=False))
        except (OSError, SaveError):
            pass


def forget_kept_letter(path: Path) -> None:
    """Remove the kept letter at `path` (it may hold the writer's details)."""
    try:
        Path(path).unlink(missing_ok=True)
    except OSError:
        pass
