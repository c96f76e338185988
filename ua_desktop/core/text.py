"""Cleaning text at the boundary: whatever comes in (a case file, a sheet, a
form field) is made safe to show, template and write into XML."""

from __future__ import annotations

import re
import unicodedata

# Characters XML 1.0 (and so DOCX) refuses, plus the private-use bullets PDF
# extraction leaves behind are handled by the importer, not here.
_XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff\ud800-\udfff]")
_LINE_BREAKS = re.compile("[\t\n\r\x0b\x0c\u0085\u2028\u2029]")
_LINE_INVALID = re.compile("[\x00-\x1f\x7f\ufffe\uffff\ud800-\udfff]")


def clean_text(value: str) -> str:
    """Multi-line text: keep tabs and newlines, drop control characters,
    normalise line endings and Unicode composition (NFC)."""
    value = value.replace("\r\n", "\n").replace("\r", "\n")
    value = _XML_INVALID.sub("", value)
    return unicodedata.normalize("NFC", value)


def xml_escape(value: str, quote: bool = False) -> str:
    """`value` as XML character data (or, with `quote`, an attribute value
    in double quotes). xml.sax.saxutils.escape does the same but loads
    urllib.request, http.client and email with it."""
    value = value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return value.replace('"', "&quot;") if quote else value


def xml_safe(value: str) -> bool:
    """True if `value` holds no character that XML 1.0 refuses."""
    return _XML_INVALID.search(value) is None


def clean_line(value: str) -> str:
    """One-line text (a name, a fax number): no control characters or line
    breaks, runs of white space folded, ends trimmed."""
    if value.isascii() and value.isprintable():  # no control characters, line breaks or tabs; NFC already
        return value if "  " not in value and value.strip(" ") == value else " ".join(value.split())
    value = _LINE_INVALID.sub("", _LINE_BREAKS.sub(" ", value))
    value = unicodedata.normalize("NFC", value)
    return " ".join(value.split())


# ------------------------------------------------------------------ folding
# One way to compare text without minding case or accents, used by the
# importer, the case library, UA numbers, signer lists and country names.

#: Letters NFKD does not take apart.
_EXTRA_FOLDS = str.maketrans({"ø": "o", "ł": "l", "đ": "d", "ð": "d", "ı": "i", "æ": "ae", "œ": "oe",
                              "þ": "th"})
#: Apostrophes and accents typed for one, made plain (before NFKD takes "´" apart).
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "´": "'", "`": "'"})
_NOT_LETTERS_OR_DIGITS = re.compile(r"[\W_]+")


def strip_accents(value: str) -> str:
    """`value` without combining marks, its case kept ("Hernández" -> "Hernandez",
    "й" -> "и"); compatibility forms are decomposed too ("ﬁ" -> "fi")."""
    if value.isascii():
        return value
    return "".join(c for c in unicodedata.normalize("NFKD", value) if not unicodedata.combining(c))


def fold(value: str) -> str:
    """Lower case without accents, apostrophes made plain, for comparing and
    looking up: "Lucía Hernández" -> "lucia hernandez", "Côte d’Ivoire" ->
    "cote d'ivoire"; Cyrillic stays Cyrillic ("Аскаров" -> "аскаров")."""
    value = value.translate(_APOSTROPHES)
    if value.isascii():
        return value.lower()
    return strip_accents(value).casefold().translate(_EXTRA_FOLDS)


def fold_phrase(value: str) -> str:
    """`fold`, with runs of white space made one space and the ends trimmed of
    spaces and ``. , ; :`` -- the form names are looked up in ("  Côte
    d’Ivoire." -> "cote d'ivoire")."""
    return " ".join(fold(value).split()).strip(" .,;:")


def fold_compact(value: str) -> str:
    """`fold`, keeping only letters and digits: the form to match a header
    cell or a name however it is punctuated ("Prénom " -> "prenom",
    "Ф.И.О." -> "фио", "U.S.A." -> "usa")."""
    return _NOT_LETTERS_OR_DIGITS.sub("", fold(value))


def fold_same_length(value: str) -> str:
    """`fold`, one character for one, so that a position in the folded text
    is the same position in `value` (to find words in the folded text and
    cut the original there): "Libérez" -> "liberez". A character that folds
    to several ("ß", "æ") is only lowered."""
    if value.isascii():
        return fold(value)
    out = []
    for char in value:
        folded = fold(char)
        out.append(folded if len(folded) == 1 else char.lower()[:1] or char)
    return "".join(out)
