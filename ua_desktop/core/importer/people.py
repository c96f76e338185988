"""Who is at risk: from a "NAME AND PRONOUN:" line when the sheet has one,
else from the personal names its headline, lead, asks and letter repeat."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from functools import lru_cache

from ua_desktop.core.case.model import Gender, Person
from ua_desktop.core.text import clean_line

from ua_desktop.core.locales.countries import sheet_country_code as country_code
from ua_desktop.core.text import fold_phrase as fold
from .keywords import country_given_names, entries, lexicons, names_after_release_verb, role_words_before_a_name
from .markers import marker
from .recipient_names import has_office_word

_UPPER = "A-ZÀ-ÖØ-ÞĀ-ſА-ЯЁ"
_LOWER = "a-zß-öø-ÿĀ-ſа-яё"
_WORD = rf"[{_UPPER}][{_LOWER}]+(?:[-’'][{_UPPER}]?[{_LOWER}]+)*"
_PARTICLE = r"(?:de|da|del|della|di|do|dos|das|du|van|von|der|den|al|el|bin|ibn|bint|y|ben|abu|la|le)"
_NAME = re.compile(rf"(?<![\w-])(?:{_WORD}|(?:al|el)-{_WORD})(?:\s+(?:{_PARTICLE}\s+)?(?:{_WORD}|(?:al|el)-{_WORD}|[{_UPPER}]\.)){{1,4}}(?![\w-])")


@lru_cache(maxsize=1)
def _stop_words() -> frozenset[str]:
    """Capitalised words that open a run without being part of a name ("The", "Señor", "Laut")."""
    return frozenset(entries("name_stop_words"))


@lru_cache(maxsize=1)
def _not_name_words() -> frozenset[str]:
    """Words that make a capitalised run no personal name ("Ministry", "Tribunal", "Facebook")."""
    return frozenset(entries("not_name_words"))


@lru_cache(maxsize=1)
def _locative() -> re.Pattern:
    """A place preposition right before a name ("in", "cerca de"): the run is a place."""
    words = "|".join(re.escape(w) for w in sorted(set(entries("place_prepositions")), key=len, reverse=True))
    return re.compile(rf"(?:\b(?:{words})\s+)$", re.IGNORECASE)


@lru_cache(maxsize=1)
def _label_pronouns() -> tuple[re.Pattern, dict[str, Gender]]:
    """The pronoun in brackets after a name ("(she/her)") and the gender each tells ("they": none)."""
    genders = {w.lower(): Gender.MALE for w in entries("label_pronouns", "male")}
    genders |= {w.lower(): Gender.FEMALE for w in entries("label_pronouns", "female")}
    words = sorted(genders.keys() | {w.lower() for w in entries("label_pronouns", "other")}, key=len, reverse=True)
    return re.compile(r"\(\s*(" + "|".join(map(re.escape, words)) + r")\b[^)]*\)", re.IGNORECASE), genders


def _ands() -> str:
    """The "and" of a list of names ("Nasrin Sotoudeh and Reza Khandan"): the lexicons' `list_joiners`."""
    return "|".join(map(re.escape, entries("list_joiners", "and")))


@lru_cache(maxsize=1)
def _between_names() -> re.Pattern:
    """The "and" between two names in a run of capitalised words: the lexicons' `name_joiners`."""
    return re.compile(r"\s+(?:" + "|".join(map(re.escape, entries("name_joiners"))) + r")\s+")


def people_from_label(value: str) -> list[Person]:
    """'Nasrin Sotoudeh (she/her); Reza Khandan (he/him)' -> two people."""
    people = []
    parts = re.split(r"\s*(?:;|,(?![^()]*\))|\b(?:" + _ands() + r")\b)\s*", value)
    for part in parts:
        part = part.strip(" .")
        if not part:
            continue
        gender = Gender.UNKNOWN
        pronoun, genders = _label_pronouns()
        m = pronoun.search(part)
        if m:
            gender = genders.get(m.group(1).lower(), Gender.UNKNOWN)
        name = clean_line(re.sub(r"\([^)]*\)", "", part)).strip(" ,.")
        if name and len(name) <= 80 and not re.fullmatch(r"[\d\W]+", name):
            people.append(Person(name=name, gender=gender))
    return people


_SENTENCE_END = re.compile(r"(?:^|[.!?|:;»\"]|\n)\s*$")
_LOWER_WORD = re.compile(r"(?<![\w-])[a-zß-öø-ÿа-яё]{3,}(?![\w-])")


def _leading_words_to_drop(words: list[str], common: frozenset[str], opens_sentence: bool) -> int:
    """How many words open the run without being part of the name: function words, occupations and
    roles ("Journalist", "Правозащитница"), and words the text also uses in lower case ("Free")."""
    cut = 0
    while cut < len(words):
        roles = role_words_before_a_name(words[cut:])
        if roles:
            cut += roles
        elif words[cut].lower() in _stop_words() or fold(words[cut]) in common:
            cut += 1
        elif opens_sentence and cut == 0 and len(words) >= 3 and _inflected_in(fold(words[0]), common):
            cut += 1  # "Пенсионерка Айгуль ...": the text writes "пенсионерку" in lower case
        else:
            break
    return cut


def _inflected_in(word: str, common: frozenset[str]) -> bool:
    """Whether the text writes `word` in lower case with another ending (a common noun, declined)."""
    return len(word) >= 7 and any(len(c) >= 7 and (c[:-2] == word[:-2] or c[:-1] == word[:-1]) for c in common)


@lru_cache(maxsize=1)
def _gender_lines() -> list[tuple[re.Pattern, dict[str, Gender]]]:
    """Per lexicon, its "Gender m/f:" label and what each letter means in its language."""
    found = []
    for lexicon in lexicons().values():
        labels = lexicon.get("markers", {}).get("gender_labels")
        if labels:
            letters = lexicon.get("gender_letters", {})
            sexes = {fold(c): Gender.MALE for c in letters.get("male", [])} | {
                fold(c): Gender.FEMALE for c in letters.get("female", [])}
            found.append((re.compile(r"^\s*(?:" + "|".join(labels) + r")\s*:\s*(.+)$"), sexes))
    return found


_NAME_LABEL = marker(r"^\s*{person_labels}\s*:\s*\S")


def people_from_labels(lines: list[str]) -> list[Person]:
    """Older sheets end with "Name: ..." and "Gender m/f: ..." lines (their labels per language are data)."""
    names = genders = None
    for line in lines:
        keyed = fold(line)
        if names is None and _NAME_LABEL.match(keyed):
            names = line.split(":", 1)[1].strip()
        for pattern, sexes in _gender_lines() if genders is None else ():
            m = pattern.match(keyed)
            if m:
                genders = [sexes[c] for c in re.findall(r"(?<!\w)(\w)(?!\w)", m.group(1)) if c in sexes]
                break
    if not names:
        return []
    people = people_from_label(names)
    codes = genders or []
    if len(codes) == 1:
        codes = codes * len(people)
    for i, gender in enumerate(codes[:len(people)]):
        if people[i].gender is Gender.UNKNOWN:
            people[i] = replace(people[i], gender=gender)
    return people


def _candidates(text: str, common: frozenset[str] = frozenset()) -> list[tuple[int, str, bool]]:
    """Capitalised word runs that may be names, with where each starts and whether it opens a
    sentence. Leading role words and words the text also uses in lower case are not part of a name."""
    found = []
    for m in _NAME.finditer(text):
        words = m.group(0).split()
        start = m.start()
        opens_sentence = bool(_SENTENCE_END.search(text[max(0, start - 3):start]))
        cut = _leading_words_to_drop(words, common, opens_sentence)
        if cut:
            start += len(" ".join(words[:cut])) + 1
            words = words[cut:]
            opens_sentence = False
        while words and re.fullmatch(_PARTICLE, words[-1]):
            words = words[:-1]
        if len(words) < 2:
            continue
        name = " ".join(words)
        name = re.sub(r"[’']s$", "", name)
        lowered = [w.lower().strip(".") for w in words]
        if any(w in _not_name_words() for w in lowered) or has_office_word(name):
            continue
        if country_code(name):
            continue
        if words[0].lower() in country_given_names() and len(words) >= 3:
            pass  # "Jordan Ortiz Mejía", "Maurice Habimana ...": a given name, not the country
        elif any(country_code(w) for w in words if len(w) > 3) and not (
                words[0].lower() in country_given_names() and len(words) >= 2 and not country_code(" ".join(words[1:]))):
            continue
        for part in _between_names().split(name):  # "Eyder Campo y Sandra Liliana Peña"
            if len(part.split()) >= 2:
                found.append((start + name.find(part), part, opens_sentence and name.startswith(part)))
    return found


def find_people(pool: list[str], background: str, exclude: set[str]) -> list[Person]:
    """Names repeated across the headline, lead, asks and letter."""
    flat = " | ".join(re.sub(r"\s+", " ", part) for part in pool if part)
    counts: Counter[str] = Counter()
    first: dict[str, int] = {}
    locative: Counter[str] = Counter()
    common = frozenset(fold(w) for w in _LOWER_WORD.findall(flat + " " + background)) - set(_PARTICLE.strip("(?:)").split("|"))
    only_opening: dict[str, bool] = {}  # the name is only ever seen opening a sentence
    for start, name, opens_sentence in _candidates(flat, common):
        only_opening[name] = only_opening.get(name, True) and opens_sentence
        words = name.split()
        # count the name and its shorter tails ("Der Menschenrechtsverteidiger Ales Bjaljazki" -> "Ales Bjaljazki")
        for cut in range(max(1, len(words) - 1)):
            tail = " ".join(words[cut:])
            if cut and re.fullmatch(_PARTICLE, words[cut]):
                continue
            counts[tail] += 1
            offset = start + len(" ".join(words[:cut])) + (1 if cut else 0)
            first.setdefault(tail, offset)
            if _locative().search(flat[max(0, offset - 12):offset]):
                locative[tail] += 1
    excluded = {fold(e) for e in exclude}
    chosen = []
    for name, count in counts.items():
        if fold(name) in excluded or any(fold(name) in e or e in fold(name) for e in excluded if len(e) > 5):
            continue
        if locative[name] * 2 >= count:
            continue
        bg_count = background.count(name)
        if count >= 2 or (count == 1 and bg_count >= 2):
            chosen.append(name)
    # "Доярка Айгуль Мамбетова" only ever opens a sentence, and "Айгуль Мамбетова" is also written alone:
    # the first word is a capitalised common noun, not part of the name
    chosen = [n for n in chosen if not (only_opening.get(n) and counts[n.split(" ", 1)[-1]] > counts[n]
                                        and n.split(" ", 1)[-1] in chosen)]
    # drop names contained in longer chosen names ("Berta Cáceres" inside none; "Askarov" is single-word anyway)
    chosen = [n for n in chosen if not any(n != o and n in o for o in chosen)]
    chosen.sort(key=lambda n: first[n])
    if not chosen:
        # a single mention in the lead is better than nothing
        singles = sorted((first[n], n) for n, c in counts.items() if c == 1 and fold(n) not in excluded and not locative[n])
        chosen = [n for _pos, n in singles[:1]]
    people = []
    for name in chosen[:12]:
        people.append(Person(name=name, gender=_gender_from_text(name, flat, len(chosen))))
    return people


@lru_cache(maxsize=1)
def _gender_pronouns() -> tuple[re.Pattern, frozenset[str]]:
    """Every lexicon's gender pronouns as one pattern, and the male ones (folded)."""
    male = {w.lower() for w in entries("gender_pronouns", "male")}
    female = {w.lower() for w in entries("gender_pronouns", "female")}
    words = sorted(male | female, key=len, reverse=True)
    pattern = re.compile(r"(?<!\w)(" + "|".join(map(re.escape, words)) + r")(?!\w)", re.IGNORECASE) if words else re.compile(r"(?!)")
    return pattern, frozenset(male)


def _gender_from_text(name: str, text: str, how_many: int) -> Gender:
    """One person's gender from the pronouns the text uses (the lexicons' `gender_pronouns`)."""
    if how_many != 1:
        return Gender.UNKNOWN
    pattern, male_words = _gender_pronouns()
    found = [w.lower() for w in pattern.findall(text)]
    male = sum(1 for w in found if w in male_words)
    female = len(found) - male
    if male >= 2 and female == 0:
        return Gender.MALE
    if female >= 2 and male == 0:
        return Gender.FEMALE
    return Gender.UNKNOWN


def people_from_headline(lines: list[str]) -> list[Person]:
    """'FREE TRAN THI NGA AND NGUYEN VAN HOA': names that only the headline gives."""
    for line in lines[:12]:
        rest = names_after_release_verb(line) if line.strip() else ""
        if not rest:
            continue
        parts = [p.strip(" .!,") for p in re.split(r"\s*(?:,|&|\b(?:" + _ands() + r")\b)\s*", rest, flags=re.IGNORECASE)]
        names = [" ".join(w.capitalize() if w.isupper() else w for w in p.split()) for p in parts]
        if names and all(2 <= len(n.split()) <= 5 and not has_office_word(n) for n in names):
            return [Person(name=n) for n in names]
    return []


def people_listed(lines: list[str]) -> list[Person]:
    """Bullet lines that are each a person's name ("- Ángel Moya Acosta"), two or more in a row."""
    from .normalize import BULLET

    runs: list[list[str]] = [[]]
    for line in lines:
        text = line[len(BULLET):].strip() if line.startswith(BULLET) else None
        if text and _NAME.fullmatch(text) and not has_office_word(text) and not country_code(text):
            runs[-1].append(text)
        elif line.strip():
            runs.append([])
    best = max(runs, key=len)
    return [Person(name=n) for n in best] if len(best) >= 2 else []
