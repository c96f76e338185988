"""Repairing extraction damage before anything is parsed.

Input is whatever a PDF, DOCX, web page or email gave: private-use bullet
glyphs, form feeds, page numbers, hyphenated line breaks, web menus and
donation banners. Output is plain lines, with blank lines kept (they still
separate blocks) and bullets turned into a single "• ".
"""

from __future__ import annotations

import re
from functools import lru_cache

from ua_desktop.core.text import clean_text

from .keywords import entries, is_furniture, opens_a_request

BULLET = "•"
# Private-use glyphs (Symbol/Wingdings bullets from PDFs) and common bullet shapes.
_BULLET_CHARS = "\u2022\u25cf\u25aa\u25a0\u25e6\u2023\u2043\u2219\u00b7\u27a2\u25ba\u2666\u2713\u2714\u25c6\u25b8\uf0b7\uf0a7\uf0d8\uf0fc\uf076\uf02d\uf0a8\uf0ae"
_PRIVATE_USE = re.compile("[\ue000-\uf8ff]")
_LEADING_BULLET = re.compile(r"^\s*(?:[" + _BULLET_CHARS + r"\ue000-\uf8ff]+|[-–*]\s(?=\S)|\?\s(?=[a-z])|\d{1,2}[.)]\s(?=[a-zà-ÿ]))\s*")
_ELLIPSIS_LINE = re.compile(r"^\s*[\(\[]?\s*(?:\.\.\.|…)\s*[\)\]]?\s*$")
_ELLIPSIS_INLINE = re.compile(r"[\(\[]\s*(?:\.\.\.|…)\s*[\)\]]")


@lru_cache(maxsize=1)
def _page_number() -> re.Pattern:
    """A line that is only a page number ("3", "- 3 -", "Page 3 of 4", "Seite 3 von 4", "3/4")."""
    page = "|".join(map(re.escape, entries("page_number_words", "page")))
    of = "|".join(["/"] + [re.escape(w) for w in entries("page_number_words", "of")])
    return re.compile(rf"^\s*(?:[-–]\s*)?(?:(?:{page})\s*)?\d{{1,2}}(?:\s*(?:{of})\s*\d{{1,2}})?(?:\s*[-–])?\s*$", re.IGNORECASE)


@lru_cache(maxsize=1)
def _hyphen_prefixes() -> frozenset[str]:
    """Prefixes whose hyphen stays when a line break splits the word ("well-|known")."""
    return frozenset(entries("hyphen_prefixes"))


@lru_cache(maxsize=1)
def _web_noise() -> re.Pattern:
    """A line that is only navigation, sharing or fundraising ("Donate now", "Spenden Sie jetzt"): the lexicons'
    `web_noise`, or a bar of "|"."""
    return re.compile(r"^\s*(?:" + "|".join(f"(?:{e})" for e in entries("web_noise") + [r"\|+"]) + r")\s*[.!]?\s*$", re.IGNORECASE)


# The blank address form printed under "Please insert local diplomatic addresses below:".
_TEMPLATE_PLACEHOLDER = re.compile(r"^\s*Name\s+Address 1\s+Address 2\b.*$")


def normalize_text(text: str) -> str:
    """Return the sheet as clean lines (see the module docstring)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n\n").replace("\x0b", "\n")
    text = clean_text(text)
    text = (
        text.replace("\u00a0", " ").replace("\u202f", " ").replace("\u2009", " ").replace("\u00ad", "")
        .replace("\u200b", "").replace("\ufeff", "").replace("\t", " ")
    )
    lines = []
    for raw in text.split("\n"):
        line = raw.rstrip()
        if _page_number().match(line) or _ELLIPSIS_LINE.match(line):
            # A page number or an elision mark: keep a paragraph break only.
            lines.append("")
            continue
        if (_web_noise().match(line) and len(line) < 60) or _TEMPLATE_PLACEHOLDER.match(line) or is_furniture(line):
            lines.append("")
            continue
        match = _LEADING_BULLET.match(line)
        if match and match.end() < len(line):
            line = BULLET + " " + line[match.end():].lstrip()
        elif match:
            line = ""
        elif opens_a_request(line) or (_NUMBERED.match(line) and _after_intro(lines)):
            # a request list whose bullets were lost in extraction, or numbered after "... to:"
            line = BULLET + " " + _NUMBERED.sub("", line.strip())
        line = _PRIVATE_USE.sub(" ", line)
        line = _ELLIPSIS_INLINE.sub(" ", line)
        line = re.sub(r"[ ]{2,}", " ", line.strip()) if line.strip() else ""  # two spaces are one (columns were read before)
        lines.append(line)
    lines = _join_hyphenated(lines)
    return "\n".join(lines).strip("\n") + "\n" if any(lines) else ""


_NUMBERED = re.compile(r"^\s*\d{1,2}[.)]\s+(?=[A-ZÀ-Ý])")


def _after_intro(previous: list[str]) -> bool:
    """The last line before is a list item or ends with ':' ("... urging the authorities to:")."""
    last = next((line for line in reversed(previous) if line), "")
    return last.endswith(":") or last.startswith(BULLET)


def _join_hyphenated(lines: list[str]) -> list[str]:
    out: list[str] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        nxt = lines[i + 1] if i + 1 < len(lines) else ""
        m = re.search(r"(\w+)-$", line[-60:]) if line.endswith("-") else None
        caps = bool(m) and line.isupper() and nxt.isupper() and nxt[:1].isalpha() and m.group(1).lower() not in _hyphen_prefixes()
        if m and (nxt[:1].islower() or caps) and not m.group(1).isdigit():
            head = m.group(1)
            word, rest = (nxt.split(" ", 1) + [""])[:2]
            if head.lower() in _hyphen_prefixes():
                joined = line + word
            else:
                joined = line[:-1] + word
            out.append(joined)
            lines[i + 1] = rest.strip()
            if not lines[i + 1]:
                i += 1
            i += 1
            continue
        out.append(line)
        i += 1
    return out


def reflow(lines: list[str]) -> str:
    """Join wrapped lines into paragraphs separated by blank lines."""
    paragraphs: list[str] = []
    current: list[str] = []
    for line in lines:
        if not line.strip():
            if current:
                paragraphs.append(" ".join(current))
                current = []
            continue
        if line.startswith(BULLET) and current:
            paragraphs.append(" ".join(current))
            current = []
        current.append(line.strip())
    if current:
        paragraphs.append(" ".join(current))
    return "\n\n".join(re.sub(r"\s{2,}", " ", p) for p in paragraphs)
