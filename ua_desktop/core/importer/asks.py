"""The asks: a bullet list after "calling on ... to:", or the requests of a
model letter ("I urge you to ...": the leads per language are the lexicons' `letter_request_leads`)."""

from __future__ import annotations

import re
from functools import lru_cache

from ua_desktop.core.case.model import Ask
from ua_desktop.core.text import clean_line

from .keywords import entries, without_leadin
from .normalize import BULLET


@lru_cache(maxsize=1)
def _trailing() -> re.Pattern:
    """What may end a request item before the next one: a sign, with or without an "and" or "or" after
    it ("; and", ", or"), or a bare "and" (the lexicons' `list_joiners`)."""
    ands = "|".join(map(re.escape, entries("list_joiners", "and")))
    both = "|".join(map(re.escape, entries("list_joiners", "and") + entries("list_joiners", "or")))
    return re.compile(rf"(?:\s*[;.,:]\s*(?:{both})?\s*|\s+(?:{ands}))$", re.IGNORECASE)


@lru_cache(maxsize=1)
def _request() -> re.Pattern:
    """A model letter's request: the lexicons' lead ("I urge you to", "Je vous demande de") and the
    sentence after it."""
    leads = entries("letter_request_leads")
    alternation = "|".join(f"(?:{lead})" for lead in leads) or "(?!)"
    return re.compile(r"(?:" + alternation + r")(.+?)(?:\.(?:\s|$)|$)",
                      re.IGNORECASE | re.DOTALL)


def clean_ask(text: str) -> str:
    text = clean_line(text.replace(BULLET, " "))
    text = without_leadin(text.lstrip("-–*·• ").strip())
    previous = None
    while previous != text:
        previous = text
        text = _trailing().sub("", text).strip()
    return text


def asks_from_list(lines: list[str]) -> list[Ask]:
    items: list[str] = []
    for line in lines:
        if not line.strip():
            continue
        if line.startswith(BULLET) or not items:
            items.append(line)
        else:
            items[-1] += " " + line.strip()
    if len(items) == 1 and ";" in items[0]:
        items = items[0].split(";")
    asks = []
    for item in items:
        text = clean_ask(item)
        if len(text) >= 8:
            asks.append(Ask(text=text))
    return asks


# "I urge you to ensure X, and for you to publicly recognize Y": one sentence, two requests.
_SECOND_REQUEST = re.compile(
    r",\s+and\s+(?:also\s+)?to\s+(?=[a-z])"
    r"|,?\s+and\s+(?:(?:for|that)\s+you\s+|(?:I|we)\s+(?:also\s+)?(?:urge|ask|call on)\s+you\s+)(?:also\s+)?to\s+(?=[a-z])",
    re.IGNORECASE)


def asks_from_letter(letter: str) -> list[Ask]:
    """Requests of a model letter, one per sentence that asks for something,
    and one per request joined in a sentence by "and for you to"."""
    flat = clean_line(letter)
    asks = []
    for m in _request().finditer(flat):
        text = m.group(1)
        for part in _SECOND_REQUEST.split(text):
            part = clean_ask(part)
            if len(part) >= 8 and all(part != a.text for a in asks):
                asks.append(Ask(text=part))
    return asks
