"""Saved emails (.eml) through the standard `email` package (policy=default):
the Subject and Date headers as the first lines (cues such as a UA number or
a date), then the text/plain part, or the HTML part through the web page
extractor. Transfer encodings (quoted-printable, base64) are decoded by the
package; ">" quoting is removed and a signature after "-- " dropped. An attached
PDF or DOCX sheet is read too, after the message's own text."""

from __future__ import annotations

import re

from ..errors import SheetImportError
from .model import Block, Extracted, blocks_from_text
from .plain import decode_text
from .web import extract_html

_QUOTE = re.compile(r"^(?:[ \t]*>)+[ \t]?", re.MULTILINE)


def looks_like_email(text: str) -> bool:
    head = text[:2000]
    return bool(re.match(r"^(?:[A-Za-z-]+: .*\r?\n(?:[ \t].*\r?\n)*)+", head)) and bool(
        re.search(r"^(?:From|Subject|Date|MIME-Version): ", head, re.MULTILINE))


def extract_email(data: bytes) -> Extracted:
    import email
    import email.policy

    message = email.message_from_bytes(data, policy=email.policy.default)
    head = [f"{label}: {message[key]}" for key, label in (("subject", "Subject"), ("date", "Date")) if message[key]]
    blocks = [Block("\n".join(head), is_heading=True)] if head else []
    body = _body(message)
    if body is None:
        return Extracted("email", tuple(blocks + blocks_from_text(strip_quoting(decode_text(data)))))
    content, subtype = body
    if subtype == "html":
        blocks.extend(extract_html(content).blocks)
    else:
        blocks.extend(blocks_from_text(strip_quoting(content)))
    blocks.extend(_attached_sheets(message))
    return Extracted("email", tuple(blocks))


_SHEET_TYPES = {"application/pdf": ".pdf",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document": ".docx"}


def _attached_sheets(message) -> list[Block]:
    """The blocks of attached PDF and DOCX files (a section often mails the sheet as an attachment),
    after the message's own text. An attachment that cannot be read is left out: the message still is."""
    from . import extract_bytes  # the package's dispatcher (imported here: it imports this module)

    blocks: list[Block] = []
    for part in message.iter_attachments():
        name = part.get_filename() or ""
        suffix = _SHEET_TYPES.get(part.get_content_type()) or (name[-5:].lower() if name.lower().endswith((".pdf", ".docx")) else "")
        if not suffix:
            continue
        try:
            data = part.get_payload(decode=True) or b""
            blocks.extend(extract_bytes(data, name or "attachment" + suffix).blocks)
        except SheetImportError:
            continue
    return blocks


def _body(message) -> tuple[str, str] | None:
    try:
        part = message.get_body(preferencelist=("plain", "html"))
    except Exception:  # noqa: BLE001 - malformed MIME
        return None
    if part is None:
        return None
    try:
        content = part.get_content()
    except Exception:  # noqa: BLE001 - an unknown charset: guess it from the bytes
        content = decode_text(part.get_payload(decode=True) or b"")
    if not isinstance(content, str):
        content = decode_text(content if isinstance(content, bytes) else b"")
    if part.get_param("format", "").lower() == "flowed":
        content = unflow(content, part.get_param("delsp", "").lower() == "yes")
    return content, part.get_content_subtype()


def unflow(text: str, delete_space: bool) -> str:
    """format=flowed (RFC 3676): a line ending in a space goes on with the next one."""
    out: list[str] = []
    joining = False
    for line in text.replace("\r\n", "\n").split("\n"):
        if line.startswith(" "):
            line = line[1:]  # space-stuffing
        if joining and out:
            out[-1] += line
        else:
            out.append(line)
        joining = line.endswith(" ") and line.rstrip() != "--"
        if joining and delete_space:
            out[-1] = out[-1][:-1]
    return "\n".join(out)


def strip_quoting(text: str) -> str:
    """Remove ">" quote marks, and drop each signature: from a "-- " line to the
    end of its quote level (a top-posted note's signature above the quoted sheet
    goes; the quoted sheet stays)."""
    kept, signature_depth = [], None
    for line in text.replace("\r\n", "\n").split("\n"):
        marks = _QUOTE.match(line)
        depth = marks.group().count(">") if marks else 0
        body = line[marks.end():] if marks else line
        if signature_depth is not None and depth == signature_depth:
            continue
        if signature_depth is not None:
            kept.append("")  # the signature ended a block
        signature_depth = None
        if body.rstrip() == "--" or body == "-- ":
            signature_depth = depth
            continue
        kept.append(body)
    return "\n".join(kept)
