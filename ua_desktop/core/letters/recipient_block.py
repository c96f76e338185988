"""The recipient's block on a letter and an envelope: who, where, and the
country in capitals on the last line, written once.

Sheets print headings and names in capitals ("MINISTER OF INTERIOR",
"MOHAMED IBRAHIM"); a letter writes them in normal case. A sheet's last
address line often names the country already ("Cairo, Egypt") before the
country line: the country is written once. Russian and Kyrgyz addresses put
the postal index first ("720040, г. Бишкек").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ua_desktop.core.case.model import Case, Recipient
from ua_desktop.core.text import clean_line, fold_compact

__all__ = ["RecipientBlock", "normal_case", "recipient_block"]

#: Words written in lower case inside a name or title, per language family.
_SMALL_WORDS = frozenset(
    "of the and for in on at to a an de du des la le les et à au aux d l del los las y e el da do dos das "
    "für und der die das von zu im am vom zum zur".split()
)
#: Letter languages whose addresses put the postal index before the town.
_INDEX_FIRST = frozenset({"ru", "ky"})
_TOWN_THEN_INDEX = re.compile(r"^(?P<town>\D*?\S)[,\s]+(?P<index>\d{5,6})$")
#: Acronyms written in capitals even in a line of capitals.
_ACRONYMS = frozenset("PO P.O. BP CP UN UK USA EU NGO PMB GPO UAE DRC ONU OAS OEA EAU".split())
_VOWELS = set("AEIOUYÀÁÂÄÉÈÊËÍÎÏÓÔÖÚÙÛÜАЕЁИОУЫЭЮЯ")


@dataclass(frozen=True)
class RecipientBlock:
    addressee_lines: tuple[str, ...]
    address_lines: tuple[str, ...]
    #: The destination country in capitals ("" when the case gives none).
    country: str


def recipient_block(case: Case, recipient: Recipient, language: str) -> RecipientBlock:
    """The block for a letter to `recipient` in `language`: the translator's
    lines for that language when the case has them, else the sheet's."""
    local = recipient.in_language(language)
    addressee = local.addressee_lines or (*recipient.title_lines, recipient.name)
    country = clean_line(local.country or recipient.country or case.country)
    address = _without_country([normal_case(line) for line in (local.address_lines or recipient.address_lines)],
                               {country, recipient.country, local.country, case.country})
    if language in _INDEX_FIRST:
        address = [_index_first(line) for line in address]
    return RecipientBlock(
        tuple(line for line in (normal_case(line) for line in addressee) if line),
        tuple(line for line in address if line),
        country.upper(),
    )


def normal_case(line: str) -> str:
    """A line printed in capitals, in normal case ("MINISTER OF THE INTERIOR"
    -> "Minister of the Interior"); a line with any lower-case letter, and
    short all-consonant acronyms, are kept as they are."""
    line = clean_line(line)
    letters = [c for c in line if c.isalpha()]
    if len(letters) < 3 or any(c.islower() for c in letters):
        return line
    words = line.split(" ")
    return " ".join(_word_case(word, first=(n == 0)) for n, word in enumerate(words))


def _word_case(word: str, first: bool) -> str:
    letters = [c for c in word if c.isalpha()]
    if not letters or any(c.isdigit() for c in word):
        return word
    if word.strip(",.;:()") in _ACRONYMS or (len(letters) <= 4 and not (set(letters) & _VOWELS)):  # "PO", "NHRC"
        return word
    lowered = word.lower()
    if not first and lowered.strip(",.;:()") in _SMALL_WORDS:
        return lowered
    return "-".join(_capitalised(part) for part in lowered.split("-"))


def _capitalised(part: str) -> str:
    for n, c in enumerate(part):
        if c.isalpha():
            if part[n + 1:n + 2] == "'" or part[n + 1:n + 2] == "’":  # d'Ivoire, l'Intérieur
                return part[:n + 2] + part[n + 2:n + 3].upper() + part[n + 3:]
            return part[:n] + c.upper() + part[n + 1:]
    return part


def _without_country(lines: list[str], countries: set[str]) -> list[str]:
    """Drop an address line that only names the country, and a trailing ",
    Country" on the last line: the country line follows."""
    keys = {fold_compact(name) for name in countries if name and fold_compact(name)}
    kept = [line for line in lines if fold_compact(line) not in keys]
    if kept:
        head, sep, tail = kept[-1].rpartition(",")
        if sep and head.strip() and fold_compact(tail) in keys:
            kept[-1] = head.strip()
    return kept


def _index_first(line: str) -> str:
    match = _TOWN_THEN_INDEX.match(line)
    return f"{match['index']}, {match['town'].rstrip(', ')}" if match else line
