"""Names in a letter's script and grammatical case, as suggestions.

A sheet prints names in Latin letters ("Azimzhan Askarov"). A Russian,
Kyrgyz or Arabic letter needs them in its own script, and Russian and
Kyrgyz sentences need them declined («Азимжану Аскарову», «Азимжан
Аскаровго»). This module suggests those forms; the review step shows them
for the user to correct, and the case file keeps what the user accepted
(`Person.forms`), which always wins over a suggestion.

- Latin to Cyrillic reverses the usual English-language spelling of Russian
  and Central Asian names (BGN/PCGN and the press: zh, kh, ts, ch, sh, shch,
  ya, yu, yo, ye); it is a suggestion for names of any origin.
- Russian declension follows the rules for personal names: -ов/-ев/-ин
  surnames and their feminine -ова/-ева/-ина forms, given names ending in a
  consonant, -й, -а/-я; a woman's name ending in a consonant, and names
  ending in -о, -е, -и, -у, -ю, stay as they are.
- Kyrgyz adds case suffixes to the last word by vowel harmony and the last
  sound (Аскаров-дун/-го/-ду/-до/-дон).
- Latin to Arabic writes consonants and long vowels the way Arabic media
  spell foreign names; it is always an editable suggestion.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ua_desktop.core.text import strip_accents

__all__ = ["suggested_forms", "to_arabic", "to_cyrillic", "decline_kyrgyz", "decline_russian"]

# ------------------------------------------------------------------ Cyrillic

_MULTI = (("shch", "щ"), ("sch", "ш"), ("zh", "ж"), ("kh", "х"), ("ts", "ц"), ("tch", "ч"), ("ch", "ч"),
          ("sh", "ш"), ("ya", "я"), ("ia", "ия"), ("yu", "ю"), ("iu", "ию"), ("yo", "ё"), ("ye", "е"),
          ("ie", "ие"), ("yi", "ый"), ("iy", "ий"), ("ou", "у"), ("ph", "ф"), ("th", "т"), ("qu", "кв"),
          ("ck", "к"), ("x", "кс"))
_SINGLE = dict(zip("abvgdezijklmnoprstufhcywq", "абвгдезийклмнопрстуфхцыук")) | {"j": "дж"}
_VOWELS_LATIN = set("aeiouy")
_CYR_VOWELS = set("аеёиоуыэюя")


def to_cyrillic(name: str) -> str:
    """"Azimzhan Askarov" -> "Азимжан Аскаров"; "Yury Chaika" -> "Юрий Чайка"."""
    return " ".join("-".join(_word_to_cyrillic(part) for part in word.split("-")) for word in name.split())


def _word_to_cyrillic(word: str) -> str:
    if not word or not any("a" <= c.lower() <= "z" for c in word):
        return word
    lower = strip_accents(word).lower()
    text = _transliterate(lower, _MULTI, lambda n: _cyrillic_letter(lower, n))
    return text[:1].upper() + text[1:] if word[:1].isupper() else text


def _cyrillic_letter(lower: str, n: int) -> str:
    """The Cyrillic for the single Latin letter at `n`, by its neighbours."""
    c = lower[n]
    prev = lower[n - 1] if n else ""
    following = lower[n + 1] if n + 1 < len(lower) else ""
    if c == "e" and (n == 0 or prev in _VOWELS_LATIN):
        return "э" if n == 0 else "е"
    if c in "iy" and prev in _VOWELS_LATIN and following not in _VOWELS_LATIN:
        return "й"  # Chaika -> Чайка, Hussein -> Хуссейн
    if c == "y" and not following:
        return "ий"  # Yury -> Юрий, Dmitry -> Дмитрий
    if c == "c":
        return "с" if following in ("e", "i", "y") else "к"  # Cáceres -> Касерес
    if c in ("'", "’"):
        return "ь"
    return _SINGLE.get(c, c)


def _transliterate(lower: str, multi, single) -> str:
    """Walk `lower` left to right: a letter group of `multi` ((Latin,
    target) pairs, longest first) where one starts, else `single(n)` for
    the one letter at `n`."""
    out, n = [], 0
    while n < len(lower):
        for latin, target in multi:
            if lower.startswith(latin, n):
                out.append(target)
                n += len(latin)
                break
        else:
            out.append(single(n))
            n += 1
    return "".join(out)


# ------------------------------------------------------------------ Russian

_HUSHING = set("жшчщкгх")  # after these, и not ы


def decline_russian(name: str, female: bool) -> dict[str, str]:
    """The six case forms of a full name in Cyrillic («Азимжан Аскаров»)."""
    words = name.split()
    cases = ("nom", "gen", "dat", "acc", "ins", "prep")
    declined = [_decline_ru_word(word, female, is_surname=(n == len(words) - 1 and len(words) > 1))
                for n, word in enumerate(words)]
    return {case: " ".join(forms[i] for forms in declined) for i, case in enumerate(cases)}


def _decline_ru_word(word: str, female: bool, is_surname: bool) -> tuple[str, ...]:
    low = word.lower()
    if "-" in word:
        parts = [_decline_ru_word(part, female, is_surname) for part in word.split("-")]
        return tuple("-".join(p[i] for p in parts) for i in range(6))
    stem = word[:-1]
    if is_surname and not female and re.search(r"(ов|ев|ёв|ин|ын)$", low):
        return (word, word + "а", word + "у", word + "а", word + "ым", word + "е")
    if is_surname and female and re.search(r"(ова|ева|ёва|ина|ына)$", low):
        return (word, stem + "ой", stem + "ой", stem + "у", stem + "ой", stem + "ой")
    if re.search(r"(ский|цкий)$", low) and not female:
        base = word[:-2]
        return (word, base + "ого", base + "ому", base + "ого", base + "им", base + "ом")
    if re.search(r"(ская|цкая)$", low) and female:
        base = word[:-2]
        return (word, base + "ой", base + "ой", base + "ую", base + "ой", base + "ой")
    last = low[-1:]
    if last in ("а", "я") and len(word) > 2:
        i_ending = "и" if (last == "я" or low[-2:-1] in _HUSHING) else "ы"
        dat = stem + ("и" if low.endswith("ия") else "е")
        ins = stem + ("ей" if last == "я" or low[-2:-1] in "жшчщц" else "ой")
        return (word, stem + i_ending, dat, stem + ("ю" if last == "я" else "у"), ins, dat)
    if female or last in "оеиуюэы" or not last.isalpha():
        return (word,) * 6
    if last == "й":
        return (word, stem + "я", stem + "ю", stem + "я", stem + "ем", stem + ("и" if low.endswith("ий") else "е"))
    if last == "ь":
        return (word, stem + "я", stem + "ю", stem + "я", stem + "ем", stem + "е")
    ins = "ем" if last in "жшчщц" else "ом"
    return (word, word + "а", word + "у", word + "а", word + ins, word + "е")


# ------------------------------------------------------------------ Kyrgyz

_BACK = set("аоуы")
_FRONT = set("эеиөү")
_VOICELESS = set("пфктсшщчцх")


def decline_kyrgyz(name: str) -> dict[str, str]:
    """Kyrgyz case forms: the suffix goes on the last word («Азимжан
    Аскаровдун», «…Аскаровго», «…Аскаровду», «…Аскаровдо», «…Аскаровдон»)."""
    words = name.split()
    if not words:
        return {}
    *head, last = words
    forms = {"nom": last, **{case: last + suffix for case, suffix in _kyrgyz_suffixes(last).items()}}
    return {case: " ".join([*head, form]) for case, form in forms.items()}


def _kyrgyz_suffixes(word: str) -> dict[str, str]:
    low = word.lower()
    vowels = [c for c in low if c in _BACK | _FRONT | set("ёюя")]
    v = vowels[-1] if vowels else "а"
    v = {"ё": "о", "ю": "у", "я": "а"}.get(v, v)
    rounded = v in "оуөү"
    front = v in _FRONT
    a = ("ө" if rounded else "е") if front else ("о" if rounded else "а")  # the "a" harmony class
    i = ("ү" if rounded else "и") if front else ("у" if rounded else "ы")  # the "ы" harmony class
    end = low[-1:]
    if end in _BACK | _FRONT | set("ёюя"):
        gen_c, dat_c, acc_c, loc_c = "н", "г", "н", "д"
    elif end in _VOICELESS:
        gen_c, dat_c, acc_c, loc_c = "т", "к", "т", "т"
    elif end in "лйрмнң" or end in "зж":
        sonorant = end in "йр"
        gen_c = "д" if not sonorant else "д"
        dat_c, acc_c, loc_c = "г", "д", "д"
        if end in "мнң":
            gen_c, acc_c = "д", "д"
    else:  # б, в, г, д
        gen_c, dat_c, acc_c, loc_c = "д", "г", "д", "д"
    if end in "йр":
        gen_c = acc_c = "д"
    return {"gen": f"{gen_c}{i}н", "dat": f"{dat_c}{a}", "acc": f"{acc_c}{i}", "loc": f"{loc_c}{a}",
            "abl": f"{loc_c}{a}н"}


# ------------------------------------------------------------------ Arabic

_AR_MULTI = (("kh", "خ"), ("sh", "ش"), ("ch", "تش"), ("zh", "ج"), ("th", "ث"), ("dh", "ذ"), ("gh", "غ"),
             ("ph", "ف"), ("ou", "و"), ("oo", "و"), ("ee", "ي"), ("ai", "اي"), ("ay", "اي"), ("ei", "ي"),
             ("ya", "يا"), ("yu", "يو"), ("ck", "ك"), ("qu", "كو"), ("ll", "ل"), ("ss", "س"), ("tt", "ت"))
_AR_CONSONANTS = dict(zip("bcdfghjklmnpqrstvwxyz", ["ب", "ك", "د", "ف", "غ", "ه", "ج", "ك", "ل", "م", "ن", "ب",
                                                    "ق", "ر", "س", "ت", "ف", "و", "كس", "ي", "ز"]))
_AR_LONG = {"a": "ا", "e": "ي", "i": "ي", "o": "و", "u": "و"}


def to_arabic(name: str) -> str:
    """A suggestion for a Latin name in Arabic letters ("Lyon" -> "ليون",
    "Azimzhan Askarov" -> "ازيمجان اسكاروف"); the user corrects it."""
    return " ".join(_word_to_arabic(word) for word in name.split())


def _word_to_arabic(word: str) -> str:
    plain = strip_accents(word.lower())
    if not plain or not any("a" <= c <= "z" for c in plain):
        return word
    return _transliterate(plain, _AR_MULTI, lambda n: _arabic_letter(plain, n))


def _arabic_letter(plain: str, n: int) -> str:
    """The Arabic for the single Latin letter at `n` ("" when not written)."""
    c = plain[n]
    if c in _AR_LONG:
        if n == 0:
            return "إ" if c in "ei" else ("أو" if c in "ou" else "أ")
        if c == "e" and n < len(plain) - 1 and plain[n + 1] not in _AR_LONG and plain[n - 1] not in _AR_LONG:
            return ""  # a short e between consonants is not written
        return _AR_LONG[c]
    return _AR_CONSONANTS.get(c, "") if c.isalpha() else ""


# ------------------------------------------------------------------ together

@lru_cache(maxsize=512)
def suggested_forms(name: str, language: str, female: bool | None = None) -> tuple[tuple[str, str], ...]:
    """(grammatical case, form) pairs suggested for `name` in a letter in
    `language`; empty for languages written in the Latin script. `female`
    None (not known) is guessed from the name's endings (-ova, -a)."""
    if language not in ("ru", "ky", "ar") or not name.strip():
        return ()
    if not _latin_or_cyrillic(name):
        return ()
    if female is None:  # guess only from endings that say it; otherwise no declined forms at all
        ending = name.strip().lower()
        if re.search(r"(ova|eva|ina|ская|ова|ева|ина)$", ending):
            female = True
        elif re.search(r"(ov|ev|in|ий|ов|ев|ин)$", ending):
            female = False
        elif language == "ru":
            return (("nom", to_cyrillic(name)),)
    latin = any("a" <= c.lower() <= "z" for c in name)
    if language == "ar":
        return (("nom", to_arabic(name) if latin else name),)
    cyrillic = to_cyrillic(name) if latin else name
    forms = decline_russian(cyrillic, female) if language == "ru" else decline_kyrgyz(cyrillic)
    return tuple(forms.items())


def _latin_or_cyrillic(name: str) -> bool:
    import unicodedata

    letters = [c for c in name if c.isalpha()]
    return bool(letters) and all(unicodedata.name(c, "").startswith(("LATIN", "CYRILLIC")) for c in letters)


#: The letter languages whose script is not the Latin one, where a name needs forms of its own.
NAME_FORM_LANGUAGES = ("ru", "ky", "ar")


def nominative_for(person, language: str) -> str:
    """The person's name as a letter in `language` writes it: the case
    file's form, else the suggestion."""
    given = person.forms.get(language, {}).get("nom")
    if given:
        return given
    return dict(suggested_forms(person.name, language, _female(person))).get("nom", person.name)


def with_nominative(person, language: str, nominative: str):
    """`person` with its forms for `language` made from `nominative` (as the
    user accepted or typed it): Russian and Kyrgyz get every case form by
    their rules, Arabic the nominative. Forms the case file already had for
    the same nominative are kept (a translator may have corrected them)."""
    from dataclasses import replace

    nominative = " ".join(nominative.split())
    old = dict(person.forms.get(language, {}))
    if not nominative:
        forms = {lang: dict(f) for lang, f in person.forms.items() if lang != language}
        return replace(person, forms=forms)
    if old.get("nom") == nominative:
        return person
    new = dict(suggested_forms(nominative, language, _female(person))) if language in ("ru", "ky") else {}
    new["nom"] = nominative
    return replace(person, forms={**{lang: dict(f) for lang, f in person.forms.items()}, language: new})


def _female(person) -> bool | None:
    gender = getattr(person.gender, "value", person.gender)
    return {"female": True, "male": False}.get(gender)
