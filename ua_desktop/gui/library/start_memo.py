"""The case a start opens, remembered so that the next start can show it
without reading the case library first.

With no case named on the command line the window opens the case last
worked on, which only the library knows: opening it (loading its code,
reading its index, following the case's chain of sheets) took about 6 ms
of the window's start, and 4 ms of that was loading the library's code.
The memo keeps that case, its file, and the date and size of the
library's index and of that file. As long as the two files are unchanged,
the library would give the same case, so the start shows the remembered
one and opens the library after the first frame. Anything the library
changes (another case worked on, a newer sheet, an archived case) changes
its index, and the next start asks the library again.

Reading or writing the memo never fails: a missing, damaged or outdated
memo is simply no memo. It holds no personal details, only the case.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from ua_desktop import __version__
from ua_desktop.core.case.casefile import CaseFileError, case_from_dict, case_to_dict
from ua_desktop.core.case.model import Case
from ua_desktop.core.storage.bounded import read_bounded

#: Case files are far smaller; anything near this is not a memo.
MAX_MEMO_BYTES = 4_000_000
INDEX_FILE = "index.json"


def _stamp(path: Path) -> list[int] | None:
    try:
        stat = os.stat(path)
    except OSError:
        return None
    return [stat.st_mtime_ns, stat.st_size]


class StartMemo:
    """The memo file at `path` for the library in `library_folder`."""

    def __init__(self, path: Path, library_folder: Path):
        self.path = Path(path)
        self.index = Path(library_folder) / INDEX_FILE

    def recall(self) -> tuple[Case, Path, bool] | None:
        """The remembered case, its file in the library and whether it is
        the app's example case, while neither the library's index nor that
        file has changed (nor the app: a new version may bring another
        example); else None."""
        try:
            data = json.loads(read_bounded(self.path, MAX_MEMO_BYTES))
            case_path = Path(data["case_file"])
            if data["version"] != __version__ or data["index"] != _stamp(self.index) \
                    or data["case_stamp"] != _stamp(case_path):
                return None
            return case_from_dict(data["case"]), case_path, data["example"] is True
        except (OSError, ValueError, TypeError, KeyError, CaseFileError):
            return None

    def remember(self, case: Case, case_path: Path, example: bool = False) -> None:
        """Keep `case` (read from `case_path` in the library) for the next
        start, and whether it is the app's example case."""
        from ua_desktop.core.storage.atomic import SaveError, write_text_atomically

        index, stamp = _stamp(self.index), _stamp(case_path)
        if index is None or stamp is None:
            self.forget()
            return
        data = {"version": __version__, "index": index, "case_file": str(case_path), "case_stamp": stamp,
                "example": bool(example), "case": case_to_dict(case)}
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            write_text_atomically(self.path, json.dumps(data, ensure_ascii=False))
        except (OSError, SaveError):
            pass

    def forget(self) -> None:
        try:
            self.path.unlink(missing_ok=True)
        except OSError:
            pass
