"""The letter languages UA Desktop can write, described by data files.

Each language is a folder ``resources/letters/<code>/`` holding
``language.json`` (names, Babel locale, writing direction, font, salutations
by office and gender) and ``letter.txt.j2`` (the letter template).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from ua_desktop.core.case.model import Gender, Recipient
from ua_desktop.core.storage.bounded import read_bounded
from ua_desktop.core.log import logger

#: language.json is a few kB; anything near this is not one.
MAX_LANGUAGE_BYTES = 200_000


@dataclass(frozen=True)
class LetterLanguage:
    code: str
    english_name: str
    native_name: str
    babel_locale: str
    direction: str = "ltr"
    font: str = "Times New Roman"
    salutations: dict[str, dict[str, str]] = field(default_factory=dict)
    #: The script letters in this language are written in (ISO 15924: Latn, Cyrl, Arab).
    script: str = "Latn"
    #: A letter's date, when CLDR's long date is not how letters write it:
    #: a pattern with {d}, {month} and {y}, and the twelve month forms.
    date_pattern: str = ""
    date_months: tuple[str, ...] = ()

    @property
    def right_to_left(self) -> bool:
        return self.direction == "rtl"

    def salutation_for(self, recipient: Recipient) -> str:
        """A salutation built from the recipient's office and gender, for a
        language the sheet gives none for."""
        by_gender = self.salutations.get(recipient.office) or self.salutations.get("official", {})
        gender = recipient.gender.value if isinstance(recipient.gender, Gender) else str(recipient.gender)
        return by_gender.get(gender) or by_gender.get("unknown", "")


def default_letters_dir() -> Path:
    from ua_desktop.paths import resource

    return resource("letters")


@cache
def load_letter_languages(letters_dir: Path | None = None) -> dict[str, LetterLanguage]:
    """All letter languages found under `letters_dir`, by code."""
    letters_dir = letters_dir or default_letters_dir()
    languages = {}
    for meta in sorted(letters_dir.glob("*/language.json")):
        try:
            language = _read_language(meta)
        except (OSError, ValueError, KeyError, TypeError, AttributeError, RecursionError) as error:
            # damaged or hostile
            logger(__name__).warning("Skipping the letter language in %s: %s", meta.parent.name, error)
            continue
        languages[language.code] = language
    return languages


def _read_language(meta: Path) -> LetterLanguage:
    data = json.loads(read_bounded(meta, MAX_LANGUAGE_BYTES).decode("utf-8"))
    texts = [data[key] for key in ("code", "english_name", "native_name", "babel_locale")]
    if not all(isinstance(value, str) and value for value in texts) or data["code"] != meta.parent.name:
        raise ValueError("code, names and babel_locale must be text, and code the folder's name")
    salutations = data.get("salutations", {})
    if not isinstance(salutations, dict) or not all(
            isinstance(by_gender, dict) and all(isinstance(v, str) for v in by_gender.values())
            for by_gender in salutations.values()):
        raise ValueError("salutations must map office to gender to text")
    from ua_desktop.core.locales.dates_data import LONG_DATES

    if data["babel_locale"] not in LONG_DATES:  # saved from Babel: known (and loading Babel takes time)
        from babel import Locale

        Locale.parse(data["babel_locale"])  # an unknown locale fails here, not in the middle of a letter
    return LetterLanguage(
        code=data["code"],
        english_name=data["english_name"],
        native_name=data["native_name"],
        babel_locale=data["babel_locale"],
        direction="rtl" if data.get("direction") == "rtl" else "ltr",
        font=str(data.get("font") or "Times New Roman"),
        salutations=salutations,
        script=str(data.get("script") or "Latn"),
        **_date_format(data.get("date_format")),
    )


def _date_format(value) -> dict:
    """`date_format` from language.json: {"pattern": "...", "months": [12 texts]}."""
    if not value:
        return {}
    pattern, months = value["pattern"], value["months"]
    if not (isinstance(pattern, str) and isinstance(months, list) and len(months) == 12
            and all(isinstance(m, str) and m for m in months)):
        raise ValueError("date_format needs a pattern and twelve month names")
    pattern.format(d=1, month="", y=2000)  # a broken pattern fails here, not in the middle of a letter
    return {"date_pattern": pattern, "date_months": tuple(months)}
