"""The asks: a bullet list after "calling on ... to:", or the requests of a
model letter ("I urge you to ...")."""

from __future__ import annotations

import re

from ua_desktop.core.case.model import Ask
from ua_desktop.core.text import clean_line

from .keywords import without_leadin
from .normalize import BULLET

_TRAILING = re.compile(r"(?:\s*[;.,:]\s*(?:and|or|et|y|und|ou|o)?\s*|\s+(?:and|et|y|und))$", re.IGNORECASE)
_REQUEST = re.compile(
    r"\b(?:I|we)\s+(?:am\s+writing\s+to\s+|are\s+writing\s+to\s+|would\s+like\s+to\s+|therefore\s+|also\s+|further\s+|respectfully\s+|strongly\s+)*"
    r"(?:urge|call on|call upon|ask|request|implore|appeal to)\s+"
    r"(?:you|your (?:government|excellency|office)|the (?:authorities|government)[^,]{0,40}?)\s+to\s+(.+?)(?:\.(?:\s|$)|$)"
    r"|\bplease\s+((?:immediately\s+|urgently\s+)?(?:ensure|release|guarantee|allow|provide|stop|end|drop|quash|order|"
    r"investigate|protect|grant|lift|halt|commute|free|repeal|revoke|withdraw|disclose|reveal|return)\b.+?)(?:\.(?:\s|$)|$)"
    r"|\b(?:je vous (?:demande|prie|exhorte)\s+(?:instamment\s+)?(?:de|d')\s*)(.+?)(?:\.(?:\s|$)|$)"
    r"|\b(?:le[s]? (?:pido|insto|exhorto|solicito)\s+(?:que\s+|a\s+)?)(.+?)(?:\.(?:\s|$)|$)"
    r"|\b(?:ich (?:fordere|bitte) sie(?: dringend)? (?:auf|darum),?\s*)(.+?)(?:\.(?:\s|$)|$)",
    re.IGNORECASE | re.DOTALL,
)


def clean_ask(text: str) -> str:
    text = clean_line(text.replace(BULLET, " "))
    text = without_leadin(text.lstrip("-–*·• ").strip())
    previous = None
    while previous != text:
        previous = text
        text = _TRAILING.sub("", text).strip()
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
    for m in _REQUEST.finditer(flat):
        text = next(g for g in m.groups() if g)
        for part in _SECOND_REQUEST.split(text):
            part = clean_ask(part)
            if len(part) >= 8 and all(part != a.text for a in asks):
                asks.append(Ask(text=part))
    return asks
