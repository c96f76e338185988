"""Reading a list of signers: the CSV a spreadsheet exports from an event's
sign-up sheet.

What a spreadsheet hands us varies, so reading is lenient about form and
strict about meaning:

- encoding: UTF-8 (with or without a byte-order mark) and UTF-16 (what
  "Unicode text" exports give, with or without a BOM). Anything else is
  refused with a message saying how to export again: guessing a legacy code
  page would print garbled names on real letters.
- delimiter: comma, semicolon (spreadsheets in French, German, Spanish or
  Russian use it) or tab, found from the first lines.
- header: the first row (among the first few, so a title row above is fine)
  that names a column we know, in English, French, Spanish, German or
  Russian. Separate first-name and surname columns are joined. A file with
  no recognisable column names at all is read by position (name, town,
  country, address, language) and says so in its notices; a file with
  column names but none for the name is refused.
- rows: every cell is cleaned (`clean_line`); empty rows are skipped
  silently, rows without a name are skipped and reported.
- size: at most `MAX_SIGNERS` signers; more is refused, with the count.

Errors are `SignerListError` with a message for the user.
"""

from __future__ import annotations

import codecs
import csv
import io
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from ua_desktop.core.letters.letter import Sender
from ua_desktop.core.locales.languages import LanguageResolver
from ua_desktop.core.storage.bounded import FileTooLargeError, read_bounded
from ua_desktop.core.text import clean_line, fold_compact
from ua_desktop.i18n import _, ngettext

MAX_SIGNERS = 10_000
MAX_FILE_BYTES = 20 * 1024 * 1024
#: How many rows at the top may come before the header (a title, a blank).
HEADER_SEARCH_ROWS = 10
#: Row numbers listed in a notice before "and N more".
NOTICE_ROWS_SHOWN = 8


class SignerListError(Exception):
    """The list of signers could not be read; the message is for the user."""


@dataclass(frozen=True)
class Signer:
    name: str
    town: str = ""
    country: str = ""
    address_lines: tuple[str, ...] = ()
    #: A letter-language code ("ru") when the row gave one we can write.
    language: str | None = None
    #: The row's number in the file (1 = first line), for messages.
    row: int = 0

    @property
    def sender(self) -> Sender:
        return Sender(self.name, self.town, self.country, self.address_lines)


@dataclass(frozen=True)
class SignerList:
    signers: tuple[Signer, ...]
    encoding: str
    delimiter: str
    #: Which column each field came from, e.g. {"name": "Nom", "town": "Ville"}.
    columns: dict[str, str] = field(default_factory=dict)
    has_header: bool = True
    #: Things the user should know (rows skipped, unknown languages...).
    notices: tuple[str, ...] = ()

    def __len__(self) -> int:
        return len(self.signers)


# ------------------------------------------------------------------ columns

def _keys(*names: str) -> frozenset[str]:
    return frozenset(fold_compact(name) for name in names)


#: A column that always holds the whole name.
FULL_NAME = _keys(
    "full name", "fullname", "your name", "signer", "signatory", "signature", "name and surname",
    "first and last name", "first name last name", "participant", "supporter",
    "nom complet", "prénom et nom", "prénom nom", "nom et prénom", "nom prénom", "signataire",
    "nombre completo", "nombre y apellido", "nombre y apellidos", "nombre y apellido(s)", "firmante",
    "vollständiger name", "vor- und nachname", "vorname und nachname", "vorname nachname", "unterzeichner",
    "фио", "ф.и.о.", "имя и фамилия", "фамилия и имя", "фамилия имя", "полное имя", "подписант",
    "аты-жөнү", "аты жөнү", "толук аты", "кол коюучу",
)
#: A column that holds the whole name unless a surname column sits beside
#: it, when it is the first name (Spanish "Nombre", Russian "Имя") or, next
#: to a first-name column, the surname (German "Name", French "Nom").
AMBIGUOUS_NAME = _keys("name", "nom", "nombre", "имя", "аты")
GIVEN_NAME = _keys("first name", "firstname", "given name", "forename", "prénom", "vorname", "nombre de pila")
SURNAME = _keys("last name", "lastname", "surname", "family name", "nom de famille", "apellido", "apellidos",
                "nachname", "familienname", "фамилия", "фамилиясы")
TOWN = _keys("town", "city", "place", "locality", "town/city", "city/town", "ville", "localité", "commune",
             "ciudad", "localidad", "población", "municipio", "stadt", "ort", "wohnort", "город",
             "населенный пункт", "населённый пункт", "шаар", "шаары")
COUNTRY = _keys("country", "pays", "país", "land", "staat", "страна", "өлкө", "өлкөсү")
ADDRESS = _keys("address", "street", "street address", "postal address", "address line", "address 1",
                "address line 1", "address 2", "address line 2", "adresse", "adresse postale", "rue",
                "dirección", "domicilio", "calle", "anschrift", "straße", "strasse", "adresse 2",
                "адрес", "улица", "почтовый адрес", "дарек", "дареги", "почта дареги")
POSTCODE = _keys("postcode", "post code", "zip", "zip code", "postal code", "code postal", "cp",
                 "código postal", "plz", "postleitzahl", "индекс", "почтовый индекс")
LANGUAGE = _keys("language", "lang", "letter language", "langue", "idioma", "lengua", "sprache", "язык", "тил", "тили")

#: Columns a sign-up sheet often has that letters do not use; knowing them
#: tells a header row from a row of data.
OTHER = _keys("email", "e-mail", "mail", "email address", "courriel", "adresse e-mail", "correo",
              "correo electrónico", "e-mail-adresse", "почта", "электронная почта", "phone", "telephone",
              "téléphone", "teléfono", "telefon", "телефон", "mobile", "date", "datum", "fecha", "дата",
              "signature", "firma", "unterschrift", "подпись", "notes", "comments", "remarques", "comentarios",
              "bemerkungen", "примечание", "age", "âge", "edad", "alter", "возраст", "organisation",
              "organization", "organización", "organisation", "организация", "no", "nr", "number", "№", "#")
_FIELDS = (("full", FULL_NAME), ("ambiguous", AMBIGUOUS_NAME), ("given", GIVEN_NAME), ("surname", SURNAME),
           ("town", TOWN), ("country", COUNTRY), ("address", ADDRESS), ("postcode", POSTCODE),
           ("language", LANGUAGE), ("other", OTHER))
POSITIONAL = ("full", "town", "country", "address", "language")


def _field_of(cell: str) -> str | None:
    key = fold_compact(cell)
    if not key:
        return None
    for name, keys in _FIELDS:
        if key in keys:
            return name
    return None


@dataclass
class _Layout:
    """Which column index holds what."""

    columns: dict[str, list[int]]
    header: list[str]

    def first(self, name: str) -> int | None:
        found = self.columns.get(name)
        return found[0] if found else None

    @classmethod
    def from_header(cls, row: list[str]) -> "_Layout":
        columns: dict[str, list[int]] = {}
        for index, cell in enumerate(row):
            name = _field_of(cell)
            if name:
                columns.setdefault(name, []).append(index)
        if "ambiguous" in columns:
            ambiguous = columns.pop("ambiguous")
            if "surname" in columns:
                columns.setdefault("given", []).extend(ambiguous)
            elif "given" in columns:
                columns.setdefault("surname", []).extend(ambiguous)
            else:
                columns.setdefault("full", []).extend(ambiguous)
        return cls(columns, row)

    @property
    def has_name(self) -> bool:
        return bool(self.columns.get("full") or self.columns.get("given") or self.columns.get("surname"))

    def described(self) -> dict[str, str]:
        names = {"full": "name", "given": "first name", "surname": "surname", "town": "town",
                 "country": "country", "address": "address", "postcode": "postcode", "language": "language"}
        out = {}
        for name, indexes in self.columns.items():
            label = names.get(name, name)
            out[label] = ", ".join(self.header[i] for i in indexes) if self.header else str(indexes[0] + 1)
        return out


# ------------------------------------------------------------------ reading

def read_signers(path: Path | str, languages: Mapping | Iterable[str] = (), max_signers: int = MAX_SIGNERS
                 ) -> SignerList:
    """Read a signer list from a CSV file. `languages` are the letter
    languages we can write (codes, or code -> LetterLanguage), used to
    understand a language column."""
    path = Path(path)
    try:
        if path.is_dir():
            raise SignerListError(_("{name} is a folder, not a list of signers.").format(name=path.name))
        data = read_bounded(path, MAX_FILE_BYTES)
    except FileTooLargeError:
        raise SignerListError(_(
            "The file {name} is too large for a list of signers. Split it into smaller lists."
        ).format(name=path.name)) from None
    except FileNotFoundError:
        raise SignerListError(_("The file {name} was not found. It may have been moved or renamed.").format(
            name=path.name)) from None
    except OSError as error:
        raise SignerListError(_("The file {name} could not be opened: {reason}").format(
            name=path.name, reason=error.strerror or error)) from None
    return parse_signers(data, name=path.name, languages=languages, max_signers=max_signers)


def parse_signers(data: bytes, name: str = "", languages: Mapping | Iterable[str] = (),
                  max_signers: int = MAX_SIGNERS) -> SignerList:
    name = name or _("the list")
    text, encoding = decode_csv_bytes(data, name)
    delimiter = sniff_delimiter(text)
    rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
    rows = [[clean_line(cell) for cell in row] for row in rows]
    header_index, layout, notices = _columns_of(rows, name)
    signers, no_name, unknown_languages = _read_rows(rows, header_index, layout, LanguageResolver(languages),
                                                     name, max_signers)
    notices += _left_out_notices(no_name, unknown_languages)
    if not signers:
        raise SignerListError(_("The list {name} has no signers in it: every row is empty or has no name.").format(
            name=name))
    return SignerList(tuple(signers), encoding, delimiter, layout.described(), bool(layout.header), tuple(notices))


def _columns_of(rows: list[list[str]], name: str) -> tuple[int, _Layout, list[str]]:
    """(the header's row index, -1 for none; the columns; what to tell the
    user about them). A list with no header is read by position; one whose
    header names no column for the names is refused."""
    header_index, layout = _find_header(rows)
    if layout is not None:
        if header_index == 0:
            return header_index, layout, []
        return header_index, layout, [ngettext("The first line above the column names was left out.",
                                               "The first {count} lines above the column names were left out.",
                                               header_index).format(count=header_index)]
    found = next((row for row in rows[:HEADER_SEARCH_ROWS] if any(_field_of(cell) for cell in row)), None)
    if found is not None:
        raise SignerListError(_(
            "The list {name} has no column for the signers’ names. Its columns are: {columns}. "
            "Name the column with the names “Name” (or “Nom”, “Nombre”, “Name”, “Имя”) and try again."
        ).format(name=name, columns=", ".join(cell for cell in found if cell) or "—"))
    layout = _Layout({field_name: [i] for i, field_name in enumerate(POSITIONAL)}, [])
    return -1, layout, [_(
        "The list has no column names UA Desktop knows, so each row was read as: name, town, country, "
        "address, language. Check the first letters before you print.")]


def _read_rows(rows: list[list[str]], header_index: int, layout: _Layout, resolve: LanguageResolver, name: str,
               max_signers: int) -> tuple[list[Signer], list[int], dict[str, list[int]]]:
    """(the signers; the row numbers with no name; the languages not
    understood, with their row numbers)."""
    signers: list[Signer] = []
    no_name: list[int] = []
    unknown_languages: dict[str, list[int]] = {}
    header = [cell.casefold() for cell in layout.header]
    for index in range(header_index + 1, len(rows)):
        row = rows[index]
        if not any(row) or (header and [cell.casefold() for cell in row] == header):
            continue  # blank, or the header repeated (two sheets pasted together)
        signer_name = _name(row, layout)
        if not signer_name:
            no_name.append(index + 1)
            continue
        if len(signers) >= max_signers:
            remaining = sum(1 for r in rows[index:] if any(r))
            raise SignerListError(_(
                "The list {name} has more than {limit} signers ({count} rows). UA Desktop makes letters for "
                "at most {limit} signers at a time: split the list into smaller files and make them in turns."
            ).format(name=name, limit=f"{max_signers:,}", count=f"{len(signers) + remaining:,}"))
        raw_language = _cell(row, layout.first("language"))
        language = resolve(raw_language) if raw_language else None
        if raw_language and language is None:
            unknown_languages.setdefault(raw_language, []).append(index + 1)
        signers.append(Signer(
            name=signer_name,
            town=_town(row, layout),
            country=_cell(row, layout.first("country")),
            address_lines=tuple(line for line in (_cell(row, i) for i in layout.columns.get("address", [])) if line),
            language=language,
            row=index + 1,
        ))
    return signers, no_name, unknown_languages


def _left_out_notices(no_name: list[int], unknown_languages: dict[str, list[int]]) -> list[str]:
    notices = []
    if no_name:
        notices.append(ngettext("Row {rows} has no name and was left out.",
                                "Rows {rows} have no name and were left out.", len(no_name)
                                ).format(rows=_row_list(no_name)))
    for value, row_numbers in unknown_languages.items():
        notices.append(_(
            "UA Desktop cannot write letters in “{language}” (row {rows}); those letters use the "
            "language chosen for the batch.").format(language=value, rows=_row_list(row_numbers)))
    return notices


def _find_header(rows: list[list[str]]) -> tuple[int, _Layout | None]:
    for index, row in enumerate(rows[:HEADER_SEARCH_ROWS]):
        layout = _Layout.from_header(row)
        if layout.has_name:
            return index, layout
    return -1, None


def _cell(row: list[str], index: int | None) -> str:
    return row[index] if index is not None and index < len(row) else ""


def _name(row: list[str], layout: _Layout) -> str:
    full = _cell(row, layout.first("full"))
    if full:
        return full
    parts = [_cell(row, i) for i in layout.columns.get("given", []) + layout.columns.get("surname", [])]
    return " ".join(part for part in parts if part)


def _town(row: list[str], layout: _Layout) -> str:
    town = _cell(row, layout.first("town"))
    postcode = _cell(row, layout.first("postcode"))
    return " ".join(part for part in (postcode, town) if part)


def _row_list(numbers: list[int]) -> str:
    shown = ", ".join(str(n) for n in numbers[:NOTICE_ROWS_SHOWN])
    if len(numbers) > NOTICE_ROWS_SHOWN:
        shown += " " + _("and {count} more").format(count=len(numbers) - NOTICE_ROWS_SHOWN)
    return shown


# ------------------------------------------------------------------ encoding

_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))


def decode_csv_bytes(data: bytes, name: str = "") -> tuple[str, str]:
    """The text of a CSV and the encoding it was in."""
    if data[:4] == b"PK\x03\x04" or data[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1":
        raise SignerListError(_(
            "{name} is a spreadsheet file, not a CSV list. In your spreadsheet, choose File → Save As "
            "(or Download) and pick “CSV UTF-8”, then choose that file.").format(name=name))
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _decode(data, encoding, name), encoding.replace("utf-16", "utf-16 (BOM)")
    if len(data) >= 4:
        sample = data[:4000]
        even, odd = sample[0::2].count(0), sample[1::2].count(0)
        half = len(sample) // 2
        if odd > half * 0.3 and even < half * 0.05:
            return _decode(data, "utf-16-le", name), "utf-16-le"
        if even > half * 0.3 and odd < half * 0.05:
            return _decode(data, "utf-16-be", name), "utf-16-be"
    return _decode(data, "utf-8", name), "utf-8"


def _decode(data: bytes, encoding: str, name: str) -> str:
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError:
        raise SignerListError(_(
            "{name} is not saved as UTF-8 text, so its names could come out garbled. In your spreadsheet, "
            "choose File → Save As (or Download) and pick “CSV UTF-8”, then choose the new file."
        ).format(name=name)) from None
    if text.count("\x00") > max(8, len(text) // 100):  # a binary file, not a stray character
        raise SignerListError(_(
            "{name} does not look like a CSV list of signers. Save the list from your spreadsheet as "
            "“CSV UTF-8” and try again.").format(name=name))
    return text.lstrip("\ufeff")


def sniff_delimiter(text: str) -> str:
    """Comma, semicolon or tab: whichever splits the first lines into the
    same number of columns most consistently (and most often)."""
    lines = [line for line in text.splitlines()[:20] if line.strip()]
    best, best_score = ",", (0, 0)
    for delimiter in (",", ";", "\t"):
        counts = [len(row) for row in csv.reader(lines, delimiter=delimiter)]
        if not counts or max(counts) < 2:
            continue
        most = max(set(counts), key=counts.count)
        score = (counts.count(most) if most > 1 else 0, most)
        if score > best_score:
            best, best_score = delimiter, score
    return best
