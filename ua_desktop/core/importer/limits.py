"""What an import gives must be a case the case file can hold: every text
within the case file's length limit and every list within its item limit,
however odd the text that came in (a 60 000-character line is a headline of
nothing, but it must not make the case unsaveable)."""

from __future__ import annotations

from dataclasses import fields, is_dataclass, replace

from ua_desktop.core.case.casefile import MAX_ITEMS, MAX_TEXT_CHARS

#: A headline longer than this is not a headline; the case file would take more.
MAX_TITLE_CHARS = 300


def within_case_file_limits(value):
    """`value` (a Case, or any of its parts) with texts and lists cut to the case file's limits."""
    if isinstance(value, str):
        return value[:MAX_TEXT_CHARS]
    if isinstance(value, tuple):
        return tuple(within_case_file_limits(item) for item in value[:MAX_ITEMS])
    if isinstance(value, dict):
        return {k: within_case_file_limits(v) for k, v in list(value.items())[:MAX_ITEMS]}
    if is_dataclass(value) and not isinstance(value, type):
        changes = {}
        for f in fields(value):
            old = getattr(value, f.name)
            new = within_case_file_limits(old)
            if f.name == "title" and isinstance(new, str):
                new = new[:MAX_TITLE_CHARS]
            if new is not old and new != old:
                changes[f.name] = new
        return replace(value, **changes) if changes else value
    return value
