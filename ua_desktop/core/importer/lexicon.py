"""Country and language names in the sheet languages, from Babel's CLDR data
(loaded once, lazily) plus the spellings sheets actually use."""

from __future__ import annotations

import re
from functools import lru_cache

from .normalize import strip_accents

SHEET_LOCALES = ("en", "fr", "es", "de")

_COUNTRY_ALIASES = {
    "usa": "US", "u.s.a.": "US", "united states of america": "US", "us": "US", "uk": "GB",
    "united kingdom of great britain and northern ireland": "GB", "great britain": "GB", "england": "GB",
    "burma": "MM", "myanmar": "MM", "russian federation": "RU", "russia": "RU", "viet nam": "VN",
    "turkey": "TR", "türkiye": "TR", "turkiye": "TR", "syria": "SY", "syrian arab republic": "SY",
    "kyrgyz republic": "KG", "kirghizia": "KG", "kirghizistan": "KG", "kirgisistan": "KG", "czech republic": "CZ", "drc": "CD",
    "democratic republic of the congo": "CD", "democratic republic of congo": "CD", "dr congo": "CD",
    "republic of the congo": "CG", "republic of congo": "CG", "ivory coast": "CI", "cote d'ivoire": "CI",
    "côte d'ivoire": "CI", "iran": "IR", "islamic republic of iran": "IR", "swaziland": "SZ", "eswatini": "SZ",
    "macedonia": "MK", "north macedonia": "MK", "palestine": "PS", "occupied palestinian territories": "PS",
    "south korea": "KR", "republic of korea": "KR", "north korea": "KP", "laos": "LA", "bolivia": "BO",
    "venezuela": "VE", "tanzania": "TZ", "moldova": "MD", "the gambia": "GM", "gambia": "GM",
    "hong kong": "HK", "macau": "MO", "taiwan": "TW", "vatican": "VA", "brasil": "BR", "méxico": "MX",
    "perú": "PE", "россия": "RU", "кыргызстан": "KG", "казахстан": "KZ", "україна": "UA",
}
_NOT_COUNTRIES = {"chad", "jersey", "guernsey", "georgia", "jordan", "niger", "guinea", "turkey", "china", "japan",
                  "israel", "india", "kenya"}
# Names that are also common given names or words: only a country when alone on a line or in capitals.
AMBIGUOUS_COUNTRY_WORDS = {"chad", "jordan", "georgia", "israel", "india", "kenya", "niger", "jersey", "guernsey",
                           "turkey", "china", "japan", "mali", "oman", "peru", "cuba", "iran", "iraq"}

_LANGUAGE_ALIASES = {
    "farsi": "fa", "persian": "fa", "kirghiz": "ky", "kirgiz": "ky", "kyrgyz": "ky", "mandarin": "zh",
    "chinese": "zh", "castellano": "es", "castilian": "es", "brazilian portuguese": "pt",
    "kyrgyzisch": "ky", "kirgisisch": "ky", "kirghize": "ky", "kurdish": "ku", "sorani": "ckb",
    "uzbek": "uz", "ouzbek": "uz", "usbekisch": "uz", "tajik": "tg", "belarusian": "be", "burmese": "my",
}
_LANGUAGE_STOP = {"your", "own", "language", "languages", "or", "and", "in", "en", "et", "y", "o", "ou", "und",
                  "oder", "the", "local", "votre", "propre", "langue", "su", "propio", "idioma", "ihrer",
                  "sprache", "auf", "eigenen", "also", "you", "can", "write", "preferably", "either", "any",
                  "other", "as", "well", "if", "possible", "des", "la", "le", "de", "autre", "otra", "andere",
                  "si", "sinon", "einer", "oficial"}


def squeeze(value: str) -> str:
    """The name as extraction leaves it when it drops accented letters ("español" -> "espaol")."""
    return re.sub(r"\s+", " ", re.sub(r"[^\x00-\x7f]", "", value.lower().replace("’", "'"))).strip(" .,;:")


def fold(value: str) -> str:
    return re.sub(r"\s+", " ", strip_accents(value).lower().replace("’", "'")).strip(" .,;:")


@lru_cache(maxsize=1)
def _babel():
    from babel import Locale

    return {code: Locale.parse(code) for code in SHEET_LOCALES}


def build_babel_tables() -> tuple[dict[str, str], dict[str, str], dict[str, str]]:
    """(country names -> code, language names -> code, code -> English country name), folded,
    from Babel's CLDR data. `names_data.py` is this, saved (regenerate with
    ``python -m ua_desktop.core.importer.lexicon``): loading four locales costs about 0.1 s."""
    countries: dict[str, str] = {}
    languages: dict[str, str] = {}
    for locale in _babel().values():
        for code, name in sorted(locale.territories.items()):
            if code.isalpha() and len(code) == 2 and code not in ("ZZ", "EU", "EZ", "UN", "QO", "XA", "XB"):
                countries.setdefault(fold(name), code)
                plain = re.sub(r"\s*\(.*\)$", "", name)
                countries.setdefault(fold(plain), code)
                if len(squeeze(plain)) >= 5:
                    countries.setdefault(squeeze(plain), code)
        for code, name in sorted(locale.languages.items()):
            if len(code) == 2:
                languages.setdefault(fold(name), code)
                if len(squeeze(name)) >= 5 and squeeze(name) != fold(name):
                    languages.setdefault(squeeze(name), code)
    english = {code: name for code, name in sorted(_babel()["en"].territories.items()) if len(code) == 2 and code.isalpha()}
    return countries, languages, english


@lru_cache(maxsize=1)
def _tables() -> tuple[dict[str, str], dict[str, str], dict[str, str]]:
    try:
        from ua_desktop.core.locales import names_data

        return dict(names_data.COUNTRIES), dict(names_data.LANGUAGES), dict(names_data.ENGLISH)
    except ImportError:  # pragma: no cover - the saved table is missing: build it (slower)
        return build_babel_tables()


@lru_cache(maxsize=1)
def country_table() -> dict[str, str]:
    """Folded country name (any sheet language) -> territory code."""
    table = dict(_tables()[0])
    for alias, code in _COUNTRY_ALIASES.items():
        table[fold(alias)] = code
    return table


@lru_cache(maxsize=1)
def _country_regex() -> re.Pattern:
    names = sorted((n for n in country_table() if len(n) >= 4 or n in ("iran", "iraq", "oman", "peru", "cuba", "chad", "mali", "laos", "togo", "fiji")), key=len, reverse=True)
    return re.compile(r"\b(" + "|".join(re.escape(n) for n in names) + r")\b")


def country_code(name: str) -> str | None:
    return country_table().get(fold(name))


def country_name(code: str) -> str:
    """English name in normal case ("Kyrgyzstan")."""
    special = {"US": "USA", "GB": "United Kingdom", "MM": "Myanmar", "CD": "Democratic Republic of the Congo",
               "CG": "Republic of the Congo", "HK": "Hong Kong", "PS": "Palestine", "MO": "Macau",
               "CI": "Côte d'Ivoire", "TR": "Turkey"}
    if code in special:
        return special[code]
    return _tables()[2].get(code, code)


def find_countries(text: str) -> list[tuple[int, str]]:
    """(position, code) of every country name mentioned in `text`."""
    folded = fold(text) if len(strip_accents(text)) == len(text) else None
    if folded is None or len(folded) != len(text):
        folded = strip_accents(text).lower()
    return [(m.start(), country_table()[m.group(1)]) for m in _country_regex().finditer(folded)]


@lru_cache(maxsize=1)
def language_table() -> dict[str, str]:
    table = dict(_tables()[1])
    for alias, code in _LANGUAGE_ALIASES.items():
        table[fold(alias)] = code
    return table


def languages_in(phrase: str) -> list[str]:
    """ISO 639-1 codes of the language names in a phrase like
    "in Russian, Kyrgyz, English or your own language"."""
    table = language_table()
    words = re.findall(r"[^\W\d_]+(?:[-'][^\W\d_]+)?", phrase)
    codes: list[str] = []
    i = 0
    while i < len(words):
        two = fold(" ".join(words[i:i + 2])) if i + 1 < len(words) else ""
        one = fold(words[i])
        if two in table and two.split()[0] not in _LANGUAGE_STOP:
            code = table[two]
            i += 2
        elif one in table and one not in _LANGUAGE_STOP and (words[i][0].isupper() or len(one) > 3):
            code = table[one]
            i += 1
        else:
            i += 1
            continue
        if code not in codes:
            codes.append(code)
    return codes


def _write_names_data() -> None:  # pragma: no cover - a maintenance command
    from pathlib import Path

    import babel

    countries, languages, english = build_babel_tables()
    lines = [
        f'"""Country and language names from Babel {babel.__version__} (CLDR), folded as `lexicon.fold` does.',
        "",
        "Generated by ``python -m ua_desktop.core.importer.lexicon``; do not edit.",
        '"""',
        "",
        "# fmt: off",
        f"BABEL_VERSION = {babel.__version__!r}",
        f"COUNTRIES = {countries!r}",
        f"LANGUAGES = {languages!r}",
        f"ENGLISH = {english!r}",
        "",
    ]
    Path(__file__).parents[1].joinpath("locales", "names_data.py").write_text("\n".join(lines), encoding="utf-8")


if __name__ == "__main__":  # pragma: no cover
    _write_names_data()
