"""Phone and fax numbers as sheets write them, through phonenumbers.

`parse_numbers("fax: +996 312 66 28 60 or 62 62 44", "Kyrgyzstan")` gives
each number, parsed with the country's region and shown in international
form (+996 312 662 860, +996 312 626 244): "X or Y", "X / Y", "X, Y" and
labels run together ("Fax: ... I Phone: ...") are split; a short second
number borrows the area code of the first; "00" and the North American
"011" before a country code are read as international prefixes. A number
phonenumbers does not find valid is kept as written and marked unsure.
phonenumbers is imported on first use (about 30 ms, then about 10 ms for a
region's data)."""

from __future__ import annotations

import re
from dataclasses import dataclass

_LABEL = re.compile(
    r"\b(?P<label>fax|telefax|t[ée]l[ée]copie|facs[ií]mil|phone|t[ée]l[ée]phone|telephone|tel|t[ée]l|tfno|tel[ée]fono|telefon|"
    r"telefone|mobile|mob|cell|cellphone|m[oó]vil|portable|handy|whatsapp|факс|тел|телефон|моб)\b\.?\s*(?:number|no\.?|nr\.?)?\s*[:.]?",
    re.IGNORECASE)
# between two numbers: "or", "/", ",", ";", "|", a capital I used as a bar, and the same words in sheet languages
_SEPARATOR = re.compile(r"\s+(?:or|ou|o|oder|или|ou bien|and|et|y|und)\s+|\s+/\s+|[,;|]\s*|\s+I\s+", re.IGNORECASE)
_CANDIDATE = re.compile(r"\+?\(?\d[\d\s().\-/]{3,}\d(?:\s*(?:ext\.?|x|poste|доб\.?)\s*\d{1,5})?")
_FAX_WORDS = re.compile(r"fax|t[ée]l[ée]copie|facs|факс", re.IGNORECASE)


@dataclass(frozen=True)
class PhoneNumber:
    written: str  # as on the sheet
    international: str  # "+996 312 662 860"; the written form when unsure
    e164: str  # "+996312662860"; "" when unsure
    kind: str  # "fax", "phone" or "" (no label)
    sure: bool


def parse_numbers(text: str, country: str = "") -> tuple[PhoneNumber, ...]:
    """Every phone or fax number in `text`, for a recipient in `country` (a name in any language, or an ISO code)."""
    region = _region(country)
    numbers: list[PhoneNumber] = []
    previous = None
    for kind, chunk in _labelled_chunks(text):
        for part in _SEPARATOR.split(chunk):
            for match in _CANDIDATE.finditer(part):
                written = match.group().strip(" -./")
                if sum(ch.isdigit() for ch in written) < 6:  # "UA 123/11" is no phone number
                    continue
                parsed = _parse(written, region, previous)
                numbers.append(_number(written, parsed, kind))
                if parsed is not None:
                    previous = parsed
    return tuple(numbers)


def numbers_in_international_form(text: str, country: str = "") -> tuple[str, bool]:
    """A fax or phone field as a letter and an envelope show it: each number
    in international form, several joined by ", " ("+98 21 5512 2000,
    +98 21 5512 2001" for "021 5512 2000 or 2001" in Iran); and whether every
    number was read as a valid one. Text with no number stays as it is."""
    numbers = parse_numbers(text, country) if text.strip() else ()
    if not numbers:
        return text, True
    return ", ".join(number.international for number in numbers), all(number.sure for number in numbers)


def _region(country: str) -> str | None:
    if not country:
        return None
    from ua_desktop.core.locales.countries import country_code

    return country_code(country)


def _labelled_chunks(text: str) -> list[tuple[str, str]]:
    """(kind, text after the label) for each label; text before any label has kind ""."""
    chunks, kind, start = [], "", 0
    for match in _LABEL.finditer(text):
        chunks.append((kind, text[start:match.start()]))
        kind = "fax" if _FAX_WORDS.search(match.group("label")) else "phone"
        start = match.end()
    chunks.append((kind, text[start:]))
    return [(k, c) for k, c in chunks if c.strip()]


def _parse(written: str, region: str | None, previous):
    import phonenumbers

    digits = re.sub(r"\D", "", written.split("x")[0] if "x" in written.lower() else written)
    if not region and previous is not None:  # "+41 22 917 90 22 or 022 917 90 11": the first number's country
        region = phonenumbers.region_code_for_number(previous)
    attempts = []
    if written.startswith("+"):
        attempts.append((written, None))
    else:
        if region:
            attempts.append((written, region))
        for prefix in ("00", "011"):
            if digits.startswith(prefix) and len(digits) - len(prefix) >= 8:
                attempts.append(("+" + digits[len(prefix):], None))
        if previous is not None:
            national = str(previous.national_number)
            if len(digits) < len(national):
                attempts.append(("+%d%s%s" % (previous.country_code, national[:len(national) - len(digits)], digits), None))
    for candidate, where in attempts:
        try:
            number = phonenumbers.parse(candidate, where)
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number(number):
            return number
    return None


def _number(written: str, parsed, kind: str) -> PhoneNumber:
    if parsed is None:
        return PhoneNumber(written, written, "", kind, False)
    import phonenumbers

    return PhoneNumber(written, phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.INTERNATIONAL),
                       phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164), kind, True)
