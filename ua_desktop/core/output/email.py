"""Email and fax details of a letter: what gets copied, and mailto: links.

UA Desktop never sends anything itself; a mailto: link is handed to the
desktop's mail program. Long links fail in some mail programs, so above
`MAX_MAILTO_CHARS` the link carries only the address and subject and the
body goes to the clipboard instead.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import quote

from ua_desktop.core.case.model import Recipient
from ua_desktop.core.letters.letter import Letter
from ua_desktop.i18n import _

MAX_MAILTO_CHARS = 2000


@dataclass(frozen=True)
class MailtoPlan:
    url: str
    #: True when the body did not fit and must be pasted by the user.
    body_left_out: bool


def email_text(recipient: Recipient, letter: Letter) -> str:
    """The whole email as one text to paste: address, subject, body."""
    return _("To: {addresses}\nSubject: {subject}\n\n{body}").format(
        addresses=", ".join(recipient.emails), subject=letter.subject, body=letter_body_for_email(letter))


def letter_body_for_email(letter: Letter) -> str:
    """An email needs no postal address blocks: start at the salutation."""
    blocks = letter.blocks
    start = _salutation_index(blocks, letter.salutation)
    return "\n\n".join("\n".join(block) for block in blocks[start:]) + "\n"


def mailto_plan(recipient: Recipient, letter: Letter, limit: int = MAX_MAILTO_CHARS) -> MailtoPlan:
    address = ",".join(quote(email, safe="@.+-_") for email in recipient.emails)
    subject = quote(letter.subject, safe="")
    body = quote(letter_body_for_email(letter).replace("\n", "\r\n"), safe="")
    full = f"mailto:{address}?subject={subject}&body={body}"
    if len(full) <= limit:
        return MailtoPlan(full, body_left_out=False)
    return MailtoPlan(f"mailto:{address}?subject={subject}", body_left_out=True)


def _salutation_index(blocks, salutation: str) -> int:
    """Where the letter proper starts: the block holding the salutation as
    drafted; if the user rewrote it, the block after the address block
    (whose last line is the destination country in capitals); failing both,
    the start.
    """
    if salutation:
        for index, block in enumerate(blocks):
            if block[0].strip().startswith(salutation):
                return index
    for index, block in enumerate(blocks[:6]):
        last = block[-1].strip()
        if len(block) >= 2 and last and last == last.upper() and any(ch.isalpha() for ch in last):
            return index + 1 if index + 1 < len(blocks) else 0
    return 0
