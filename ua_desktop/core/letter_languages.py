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

from ua_desktop.core.case import Gender, Recipient


@dataclass(frozen=True)
class LetterLanguage:
    code: str
    english_name: str
    native_name: str
    babel_locale: str
    direction: str = "ltr"
    font: str = "Times New Roman"
    salutations: dict[str, dict[str, str]] = field(default_factory=dict)

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
        data = json.loads(meta.read_text(encoding="utf-8"))
        language = LetterLanguage(
            code=data["code"],
            english_name=data["english_name"],
            native_name=data["native_name"],
            babel_locale=data["babel_locale"],
            direction=data.get("direction", "ltr"),
            font=data.get("font", "Times New Roman"),
            salutations=data.get("salutations", {}),
        )
        languages[language.code] = language
    return languages
