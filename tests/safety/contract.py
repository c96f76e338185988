"""The contract every reader of other people's files keeps, shared by the
fuzz tests and ``tools/fuzz.py``: it returns its result, or raises one of
its *planned* error classes with a message for the user in plain words.
Anything else is a crash, and so is a planned error that only wraps a crash
of our own code (a safety net that turns every bug into "not a sheet").

``Outcomes`` (tests/outcomes.py) counts what happened, so that a fuzz test
also checks that a real share of its inputs reached the success path.
"""

from __future__ import annotations

import os
import re
import traceback

from outcomes import Outcomes  # noqa: F401 - the fuzz tests' counter lives with the other tests'

#: Words that belong in a traceback, never in a message for the user.
_NOT_PLAIN = re.compile(
    r"Traceback|\bFile \"|object at 0x|\b[A-Z][A-Za-z]*(?:Error|Exception)\b|\bline \d+ column \d+|"
    r"\(char \d+\)|\[Errno"
)
_WORD = re.compile(r"[^\W\d_]{2,}")
_OUR_CODE = f"{os.sep}ua_desktop{os.sep}"


def planned_errors() -> dict[str, tuple[type[BaseException], ...]]:
    """Each reader's planned, user-facing error classes (listed on purpose)."""
    from ua_desktop.core.case.casefile import CaseFileError
    from ua_desktop.core.importer import SheetImportError
    from ua_desktop.core.letters.drafting import DraftingError
    from ua_desktop.core.library.bundle import BundleError

    return {"casefile": (CaseFileError,), "drafting": (DraftingError,), "importer": (SheetImportError,),
            "sources": (SheetImportError,), "bundle": (BundleError,)}


def check_plain_message(message: str) -> None:
    """A message for a person: some words, no programmer's vocabulary."""
    assert message.strip(), "a refusal must say why"
    assert len(_WORD.findall(message)) >= 3, f"not a sentence: {message!r}"
    found = _NOT_PLAIN.search(message)
    assert found is None, f"programmer's words {found.group(0)!r} in the message {message!r}"


def crash_of_our_own(error: BaseException) -> BaseException | None:
    """An unplanned exception raised inside UA Desktop's own code that
    `error` wraps (``raise Planned(...) from crash``), if any. A crash inside
    a library reading a damaged file (python-docx, zipfile, pypdf) is a
    damaged file, not a bug of ours."""
    seen = set()
    cause = error.__cause__
    while cause is not None and id(cause) not in seen:
        seen.add(id(cause))
        frames = traceback.extract_tb(cause.__traceback__)
        if frames and _OUR_CODE in frames[-1].filename and not type(cause).__module__.startswith("ua_desktop"):
            return cause
        cause = cause.__cause__
    return None


def check_refusal(error: BaseException, planned: tuple[type[BaseException], ...]) -> None:
    """Fails unless `error` is a planned, user-facing refusal."""
    if not isinstance(error, planned):
        raise error
    check_plain_message(str(error))
    crash = crash_of_our_own(error)
    assert crash is None, "a crash in our own code was turned into a refusal:\n" + "".join(
        traceback.format_exception(crash))
