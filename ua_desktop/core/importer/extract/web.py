"""Saved web pages (.html, .htm) through lxml's HTML parser. Site furniture is
dropped (scripts, styles, navigation, header, footer, asides, forms, cookie
banners, share links); headings, paragraphs, list items (as "• " lines),
table cells and line breaks are kept as blocks and lines; entities are
decoded. A Cloudflare-style hidden address ("[email protected]") is kept as
that text, a visible gap for the parser to mark, never as an address."""

from __future__ import annotations

import re
from functools import lru_cache

from ..keywords import entries
from .model import Block, Extracted

_DROP = {"script", "style", "noscript", "nav", "header", "footer", "aside", "form", "svg", "template", "iframe",
         "button", "select", "textarea", "input", "head", "object", "canvas", "dialog", "menu"}
_BLOCK = {"p", "div", "section", "article", "main", "blockquote", "address", "pre", "table", "tr", "ul", "ol",
          "dl", "dd", "dt", "figure", "figcaption", "center", "body", "html", "fieldset", "details", "summary"}
_CELL = {"td", "th"}
_HEADING = {"h1", "h2", "h3", "h4", "h5", "h6"}
# class, id or role of furniture: cookie notices, sharing, menus, banners, breadcrumbs, pop-ups
_FURNITURE = re.compile(
    r"cookie|consent|gdpr|share|sharing|social|sharethis|addthis|breadcrumb|navbar|menu|banner|popup|modal|"
    r"newsletter|subscribe|donat|sidebar|related|comments?\b|skip-link|visually-hidden|sr-only|screen-reader",
    re.IGNORECASE)
_PROTECTED_EMAIL = "[email protected]"
# links that only share the page, and what is left of a share bar once they are gone
_SHARE_LINK = re.compile(r"facebook\.com/shar|twitter\.com/(?:intent|share)|x\.com/intent|linkedin\.com/(?:share|cws)|"
                         r"wa\.me/|whatsapp://|api\.whatsapp|t\.me/share|telegram\.me/share|reddit\.com/submit|"
                         r"pinterest\.com/pin/create|^mailto:\?", re.IGNORECASE)


@lru_cache(maxsize=1)
def _share_leftover() -> re.Pattern:
    """What a share bar leaves once its links are gone ("Share this page:", "Teilen"): the lexicons'
    `share_bar_words`."""
    share = "|".join(map(re.escape, entries("share_bar_words", "share")))
    what = "|".join(map(re.escape, entries("share_bar_words", "what")))
    return re.compile(rf"^(?:{share})\s*(?:{what})?\s*[:：]?\s*$", re.IGNORECASE)


def extract_html(markup: str | bytes) -> Extracted:
    import lxml.html  # imported here: only web pages need it

    try:
        root = lxml.html.document_fromstring(markup)
    except Exception:  # noqa: BLE001 - lxml refuses empty or odd documents: fall back to the text
        text = markup.decode("utf-8", "replace") if isinstance(markup, bytes) else markup
        return Extracted("html", (Block(re.sub(r"<[^>]+>", " ", text)),))
    walker = _Walker()
    walker.walk(root)
    walker.flush()
    return Extracted("html", tuple(walker.blocks))


class _Walker:
    def __init__(self) -> None:
        self.blocks: list[Block] = []
        self.lines: list[str] = [""]
        self.kind = {"is_heading": False, "in_table": False}
        self.pre = False

    def flush(self, **next_kind) -> None:
        lines = [" ".join(line.split()) for line in self.lines]
        text = "\n".join(line for line in lines if line)
        if text and not _share_leftover().match(text):
            bullets = text.startswith("• ")
            previous = self.blocks[-1] if self.blocks else None
            if bullets and previous is not None and previous.text.startswith("• ") and not self.kind["is_heading"]:
                self.blocks[-1] = Block(previous.text + "\n" + text, in_table=previous.in_table)  # one list
            else:
                self.blocks.append(Block(text, **self.kind))
        self.lines = [""]
        self.kind = {"is_heading": False, "in_table": False} | next_kind

    def text(self, value: str | None) -> None:
        if not value:
            return
        if self.pre:  # preformatted text (a pasted email, a plain-text sheet): its line breaks are lines
            first, *rest = value.replace("\r\n", "\n").split("\n")
            self.lines[-1] += first
            for line in rest:
                if line.strip():
                    self.lines.append(line)
                else:
                    self.flush(in_table=self.kind["in_table"])  # a blank line ends a block
            return
        self.lines[-1] += value.replace("\n", " ").replace("\r", " ").replace("\t", " ")

    def form_rows(self, table) -> bool:
        """A "Label: | value" table: each row becomes one line of one block, so values stay with their labels."""
        rows = [[" ".join(cell.text_content().split()) for cell in row if cell.tag in _CELL] for row in table.iter("tr")]
        rows = [[cell for cell in row if cell] for row in rows]
        labels = [row[0] for row in rows if len(row) >= 2]
        if not labels or sum(label.endswith(":") for label in labels) < 0.6 * len(labels):
            return False
        self.flush()
        for row in rows:
            if row:
                self.blocks.append(Block(" ".join(row), in_table=True))
        return True

    def walk(self, element) -> None:
        tag = element.tag if isinstance(element.tag, str) else ""
        tag = tag.lower().rsplit("}", 1)[-1]
        if tag in _DROP or not tag or _is_furniture(element):
            return
        if tag == "br":
            self.lines.append("")
            return
        if tag == "table" and self.form_rows(element):
            return
        if tag == "li":
            self.flush()
            self.text("• ")
        elif tag in _HEADING:
            self.flush(is_heading=True)
        elif tag in _CELL:
            self.flush(in_table=True)
        elif tag in _BLOCK:
            self.flush(in_table=self.kind["in_table"] and tag not in ("table", "tr"), is_heading=_all_bold(element))
        outer_pre, self.pre = self.pre, self.pre or tag in ("pre", "textarea", "plaintext", "xmp")
        if _is_protected_email(element):
            self.text(_PROTECTED_EMAIL)
        else:
            self.text(element.text)
            for child in element:
                self.walk(child)
                self.text(child.tail)
        self.pre = outer_pre
        if tag in _HEADING or tag in _CELL or tag in _BLOCK or tag == "li":
            self.flush()


def _all_bold(element) -> bool:
    """A short paragraph that is bold from end to end ("<p><strong>Write to:</strong></p>") is a heading."""
    if element.tag not in ("p", "div"):
        return False
    text = " ".join(element.text_content().split())
    bold = " ".join(" ".join(b.text_content().split()) for b in element.iter("b", "strong"))
    return 0 < len(text) < 200 and text == bold


def _is_furniture(element) -> bool:
    if element.tag in ("html", "body", "main", "article"):
        return False
    marks = " ".join(filter(None, (element.get("class"), element.get("id"), element.get("role"))))
    if element.get("aria-hidden") == "true" or element.get("hidden") is not None:
        return True
    if element.get("role") in ("navigation", "banner", "contentinfo", "search", "dialog", "complementary"):
        return True
    if element.tag == "a" and _SHARE_LINK.search(element.get("href") or ""):
        return True
    return bool(marks) and bool(_FURNITURE.search(marks)) and not _is_protected_email(element)


def _is_protected_email(element) -> bool:
    """Cloudflare's e-mail protection: <a class="__cf_email__" data-cfemail="..."> or a link to /cdn-cgi/l/email-protection."""
    return ("__cf_email__" in (element.get("class") or "") or element.get("data-cfemail") is not None
            or "/cdn-cgi/l/email-protection" in (element.get("href") or ""))
