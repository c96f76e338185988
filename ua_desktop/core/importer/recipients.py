"""Recipient blocks: title lines, name, address, country, contacts, salutation.

Blocks come as the lines of a "send appeals to" or "copies to" zone. A block
ends after its contact or salutation lines, when an ordinary line starts the
next recipient. Contact lines are taken as they come: "Fax" with or without a
colon, several labels on one line ("Phone: ... I Fax: ..."), several
addresses joined by ";", "or", "oder" or line breaks, masked addresses.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ua_desktop.core.case.model import Recipient, RecipientRole
from ua_desktop.core.text import clean_line
from ua_desktop.i18n import _

from ua_desktop.core.locales.countries import country_code as any_language_country_code
from ua_desktop.core.locales.countries import sheet_country_code as country_code
from ua_desktop.core.case.offices import detect_gender, detect_office
from .recipient_names import (address_words, has_office_word, honorific, joins_next_line, joins_previous_line,
                              looks_like_name, split_title_from_name, strip_courtesy, title_words)
from .markers import labels, raw
from .result import FieldNote

EMAIL = re.compile(r"(?<![\w.+'-])[\w.+'-]+@[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,}")
MASKED_EMAIL = re.compile(r"\[\s*email(?:\s|&#160;|\u00a0)*protected\s*\]|\[at\]|\(at\)|\{at\}", re.IGNORECASE)

# the labels of contact lines, per language in the lexicon files ("contact_labels"); the order is the order tried
_LABELS = {kind: labels(kind) for kind in ("fax", "email", "phone", "social", "salutation", "web")}
_LABEL_RE = {kind: re.compile(r"^\s*(?:" + rx + r")\b\s*[:.\-–]?\s*", re.IGNORECASE) for kind, rx in _LABELS.items()}
_ANY_LABEL = re.compile(
    r"\s+(?:[I|/•·]\s+|;\s*)?(?=(?:" + "|".join(rx for k, rx in _LABELS.items() if k != "salutation")
    + r")\b\s*:|(?:" + _LABELS["salutation"] + r")\s*:)",
    re.IGNORECASE,
)


@dataclass
class _Block:
    head: list[str] = field(default_factory=list)
    contacts: list[tuple[str, str]] = field(default_factory=list)
    salutation: str = ""
    country_line: str = ""
    notes: list[str] = field(default_factory=list)
    tail: bool = False  # contact, country or salutation lines seen

    def empty(self) -> bool:
        return not (self.head or self.contacts or self.salutation)


def split_contacts(line: str) -> list[tuple[str, str]]:
    """'Phone: 202 895 5400 I Fax: 202 244 5131' -> [('phone', ...), ('fax', ...)];
    [] when the line is not a contact line."""
    parts = [p for p in _ANY_LABEL.split(line) if p.strip()]
    found = []
    for part in parts:
        for kind, rx in _LABEL_RE.items():
            m = rx.match(part)
            if m and kind == "salutation" and found:  # "Fax: ... Salutation: Dear Minister" on one line
                found.append((kind, part[m.end():].strip()))
                break
            if m and kind != "salutation":
                value = part[m.end():].strip()
                # "Fax" with no colon must be followed by a number
                if kind in ("fax", "phone") and not re.search(r"\d", value):
                    continue
                if kind == "email" and not (EMAIL.search(value) or MASKED_EMAIL.search(value)):
                    continue
                if kind == "social":
                    if not value:
                        continue
                    value = social_entry(m.group(0), value)
                found.append((kind, value))
                break
        else:
            if found:
                found[-1] = (found[-1][0], found[-1][1] + " " + part.strip())
            else:
                return []
    return found


def salutation_of(line: str) -> str | None:
    m = _LABEL_RE["salutation"].match(line)
    if not m:
        return None
    return line[m.end():].strip()


def _is_country_line(line: str) -> bool:
    """"KYRGYZSTAN", "Kirghizistan", and a country in the other languages Babel names ("ТАДЖИКИСТАН")."""
    name = line.strip(" .,")
    return bool(country_code(name)) or (len(name) >= 4 and bool(any_language_country_code(name)))


def _clean_salutation(value: str) -> str:
    value = value.strip().strip("()").strip()
    return clean_line(value.rstrip(",;").strip())


_NOTE = re.compile(r"^" + raw("note_labels") + r"\b\s*:", re.IGNORECASE)  # "Note:", "Hinweis:"
_FIRST_LABEL = re.compile(r"\s(?:[I|/•·]\s+)?(?=(?:phone|tel|telephone|fax|e-?mail|twitter(?:/x)?|x|facebook|instagram|"
                          r"salutation)\s*:)", re.IGNORECASE)


def expand_run_together(line: str) -> list[str]:
    """'President X, Casa Y, Street Z, Managua, Nicaragua Phone: ... Email: ...' -> one line per part:
    the name, each address part (a city stays with its country), then the contact labels."""
    m = _FIRST_LABEL.search(line)
    head = line[:m.start()] if m else line
    if head.count(",") < 2:
        return [line]
    parts = [p.strip() for p in head.split(",") if p.strip()]
    if len(parts) >= 2 and country_code(parts[-1].strip(" .")):
        parts[-2:] = [parts[-2] + ", " + parts[-1]]
    return parts + ([line[m.start():].strip()] if m else [])


def parse_recipients(lines: list[str], role: RecipientRole, start_index: int = 0) -> tuple[list[Recipient], list[FieldNote]]:
    lines = [part for line in lines for part in (expand_run_together(line) if _FIRST_LABEL.search(line) else [line])]
    blocks: list[_Block] = []
    current = _Block()
    i = 0
    pending_salutation = False
    # Most sheets separate recipients with a blank line; some extractions put a
    # blank line between every line (the seed), and then only contact and
    # salutation lines can tell where a block ends.
    filled = sum(1 for line in lines if line.strip())
    blank_separates = sum(1 for line in lines if not line.strip()) < filled * 0.5
    gap = False
    while i < len(lines):
        line = lines[i].strip()
        i += 1
        if not line:
            gap = bool(current.head)
            continue
        if gap and blank_separates and not current.tail and len(current.head) >= 2 and not split_contacts(line) \
                and any(re.search(r"\d", h) or address_words().search(h) or _is_country_line(h) for h in current.head) \
                and not re.search(r"\d", line) and not address_words().search(line) \
                and salutation_of(line) is None and not _is_country_line(line) and not line.startswith("("):
            blocks.append(current)
            current = _Block()
        gap = False
        sal = salutation_of(line)
        if sal is not None:
            if current.salutation and current.tail:
                blocks.append(current)
                current = _Block()
            current.salutation = sal
            current.tail = True
            # "(korrekte Anrede: Sehr geehrter Herr" / "Präsident)": the bracket closes on the next line
            pending_salutation = bool(joins_next_line().search(sal.rstrip(","))) or (
                line.startswith("(") and ")" not in line)
            if not pending_salutation:
                nxt = lines[i].strip() if i < len(lines) else ""
                after = lines[i + 1].strip() if i + 1 < len(lines) else ""
                if (nxt and len(nxt.split()) <= 4 and not after and not split_contacts(nxt)
                        and nxt[0].islower()):
                    pending_salutation = True
            continue
        if pending_salutation:
            current.salutation += " " + line
            pending_salutation = False
            continue
        contacts = split_contacts(line)
        if not contacts and (EMAIL.fullmatch(line.strip(" ;,.")) or re.fullmatch(r"(?:(?:or|oder|ou|o|and|und|et|y)\s+)?" + EMAIL.pattern + r"[;,.]?", line, re.IGNORECASE)) \
                and current.contacts and current.contacts[-1][0] == "email":
            contacts = [("email", line)]
        if contacts:
            for kind, value in contacts:
                if kind == "salutation":
                    current.salutation = value
                else:
                    current.contacts.append((kind, value))
            current.tail = True
            continue
        if line.startswith("(") and line.endswith(")") or _NOTE.match(line):
            current.notes.append(line.strip("()"))
            continue
        if current.tail and _is_country_line(line) and not current.country_line:
            current.country_line = line
            continue
        if current.tail:
            blocks.append(current)
            current = _Block()
        if _is_country_line(line) and current.head and not current.country_line:
            current.country_line = line
            current.tail = True
            continue
        current.head.append(line)
    if not current.empty():
        blocks.append(current)

    recipients: list[Recipient] = []
    notes: list[FieldNote] = []
    for block in blocks:
        made = _make_recipient(block, role, start_index + len(recipients), notes)
        if made is not None:
            recipients.append(made)
    return recipients, notes


def _merge_broken_lines(head: list[str]) -> list[str]:
    merged: list[str] = []
    for line in head:
        if merged and (joins_next_line().search(merged[-1]) or joins_previous_line().match(line)) \
                and not address_words().search(line) and not re.search(r"\d", line):
            merged[-1] = merged[-1] + " " + line
        else:
            merged.append(line)
    return merged


def _make_recipient(block: _Block, role: RecipientRole, index: int, notes: list[FieldNote]) -> Recipient | None:
    where = f"recipients[{index}]"
    head = _merge_broken_lines([clean_line(h) for h in block.head if clean_line(h)])
    if not head and not block.contacts:
        return None
    titles: list[str] = []
    address: list[str] = []
    name = ""
    name_at = None
    for k, line in enumerate(head[:5]):
        if looks_like_name(line):
            name_at = k
            break
        split = split_title_from_name(line)
        if split:
            name_at = k
            break
        if address_words().search(line) or re.search(r"\d", line):
            break
    courtesy = ""
    if name_at is not None:
        titles = head[:name_at]
        line = head[name_at]
        split = None if looks_like_name(line) and not honorific().match(line) else split_title_from_name(line)
        if split:
            titles = titles + split[0]
            name = split[1]
        else:
            name = line
        name, courtesy = strip_courtesy(name)
        rest = head[name_at + 1:]
        while rest and len(titles) < 3 and (not titles or rest[0].split()[0].lower() in title_words()) and has_office_word(rest[0]) \
                and (detect_office(rest[0]) != "official" or rest[0].split()[0].lower() in title_words()) \
                and not address_words().search(rest[0]) and not re.search(r"\d", rest[0]) \
                and not rest[0].lower().startswith(("office", "ministry", "ministerio", "ministère", "embassy", "embajada", "ambassade", "botschaft", "secretaría", "presidencia", "palacio", "palais", "government house")):
            titles.append(rest.pop(0))
        address = rest
    else:
        if head:
            name = head[0]
            address = head[1:]
            notes.append(FieldNote(f"{where}.name", _("No person's name was found for this recipient; the first line was used.")))
        else:
            name = ""
    country = ""
    if block.country_line:
        country = block.country_line.strip(" .,")
    else:
        for line in reversed(address):
            last = re.split(r"[,–-]\s*", line)[-1].strip(" .")
            last = re.sub(r"^\d{3,6}\s+", "", last)
            if country_code(last) or (len(last) >= 4 and any_language_country_code(last)):  # "Il Cairo, EGITTO"
                country = last
                break
    country = clean_line(country).upper()
    fax = phone = ""
    emails: list[str] = []
    social: list[str] = []
    for kind, value in block.contacts:
        value = clean_line(value)
        if kind == "email" or (kind == "web" and "@" in value):
            if MASKED_EMAIL.search(value):
                notes.append(FieldNote(f"{where}.email", _(
                    "The email address was hidden on the web page ({text}); look it up on the original page."
                ).format(text=value)))
            for addr in EMAIL.findall(value):
                if addr not in emails:
                    emails.append(addr)
        elif kind == "fax":
            fax = _join(fax, _clean_number(value))
        elif kind == "phone":
            phone = _join(phone, _clean_number(value))
        elif kind == "social":
            social.append(value)
    social = [clean_line(s).strip(" ;,") for s in social]
    if not name:
        if not (emails or fax or phone or social):
            return None
        name = emails[0] if emails else (social[0] if social else (fax or phone))
        notes.append(FieldNote(f"{where}.name", _("This recipient has contact details but no name.")))
    salutation = _clean_salutation(block.salutation) if block.salutation else ""
    if block.salutation and not salutation:
        notes.append(FieldNote(f"{where}.salutation", _("The salutation line is empty.")))
    gender = detect_gender(salutation, courtesy, " ".join(titles))
    office = detect_office(" ".join(titles) or (head[0] if name_at is None and head else ""), "" if titles else salutation)
    return Recipient(
        role=role,
        name=clean_line(name),
        title_lines=tuple(clean_line(t) for t in titles if clean_line(t)),
        address_lines=tuple(clean_line(a) for a in address if clean_line(a)),
        country=country,
        fax=fax,
        email=", ".join(emails),
        phone=phone,
        social=tuple(s for s in social if s),
        salutation=salutation,
        gender=gender,
        office=office,
        note=" ".join(clean_line(n) for n in block.notes),
    )


def social_entry(label: str, value: str) -> str:
    """Twitter/X handles as "@handle" (the "@" says where they live); other
    networks keep their name: "Facebook: Ministerio de Justicia"."""
    low = label.strip(" :.-–").lower().replace(" ", "")
    value = value.strip(" ;,")
    if low.startswith(("twitter", "x")):
        handles = re.findall(r"(?:https?://)?(?:www\.)?(?:twitter|x)\.com/@?(\w{1,30})|@(\w{1,30})", value)
        found = ["@" + (a or b) for a, b in handles]
        if found:
            return ", ".join(dict.fromkeys(found))
        if re.fullmatch(r"\w{1,30}", value):
            return "@" + value
        return value
    name = "Facebook" if low in ("facebook", "fb") else low.capitalize()
    return f"{name}: {value}"


def _clean_number(value: str) -> str:
    """The number as printed ("+98 21 5512 2000 or +98 21 5512 2001" stays so)."""
    return clean_line(value).strip(" ;,.")


def _join(a: str, b: str) -> str:
    return f"{a}, {b}" if a and b else (a or b)
