"""Who a recipient is, from the words around the name: a man or a woman
(salutation, courtesy title), and what office they hold."""

from __future__ import annotations

import re

from ua_desktop.core.case.model import Gender

from ua_desktop.core.text import fold_phrase as fold

_MALE_WORDS = re.compile(r"\b(?:mr|sir|señor|senor|sr|herr|herrn|monsieur|geehrter|estimado|his excellency|don|king)\b\.?", re.IGNORECASE)
_FEMALE_WORDS = re.compile(r"\b(?:mrs|ms|madam|madame|miss|señora|senora|sra|frau|geehrte|estimada|her excellency|doña|queen|mme)\b\.?", re.IGNORECASE)
_OFFICES = (
    ("deputy_head_of_government", r"deputy head of (?:the )?(?:\w+ )?government|vice[- ]?(?:premier|prime minister)|deputy prime minister|vice[- ]?primer ministro|vice-premier ministre|stellvertretende[rn]? (?:regierungschef|ministerpräsident)"),
    ("prime_minister", r"prime minister|premier ministre|primer ministro|primera ministra|premierminister|ministerpräsident"),
    ("head_of_government", r"head of (?:the )?(?:\w+ )?government|chef du gouvernement|jefe de gobierno|regierungschef|chancellor"),
    ("prosecutor", r"prosecutor|procureur|fiscal|staatsanwalt|staatsanwältin|attorney[- ]general|procurador"),
    ("ambassador", r"ambassador|ambassade|ambassadeur|ambassadrice|embassy|embajad|botschaft|chargé d'affaires|charge d'affaires"),
    ("minister", (r"minist|(?:cabinet )?secretary of (?:state|justice|the interior|interior|home affairs|defen[cs]e|"
                  r"security|foreign affairs|labou?r|health|education)|secretari[oa] de (?:estado|seguridad|justicia|"
                  r"gobernaci[oó]n)")),
    ("president", r"pr[a-z]?sid|head of state|chef de l'état|jefe de estado|staatsoberhaupt|king|emir|sultan"),
    ("governor", r"governor|gouverneur|gobernador|gouverneurin|gobernadora"),
    ("judge", r"judge|juge|juez|jueza|richter|court|tribunal|chief justice|magistrate"),
)


def detect_gender(*texts: str) -> Gender:
    male = female = 0
    for text in texts:
        male += len(_MALE_WORDS.findall(text))
        female += len(_FEMALE_WORDS.findall(text))
    if male and not female:
        return Gender.MALE
    if female and not male:
        return Gender.FEMALE
    return Gender.UNKNOWN


# German compounds ("Generalstaatsanwalt", "Bundespräsident") have no word boundary before the office word.
_COMPOUND = {"prosecutor": "staatsanwalt", "president": "pr[a-z]?sident", "minister": "minister", "ambassador": "botschaft"}
_OFFICE_RES = tuple(
    (office, re.compile(r"\b(?:" + fold(pattern) + r")" + (r"|" + _COMPOUND[office] if office in _COMPOUND else ""), re.IGNORECASE))
    for office, pattern in _OFFICES
)


def detect_office(*texts: str) -> str:
    joined = fold(" ".join(texts))
    for office, rx in _OFFICE_RES:
        if rx.search(joined):
            return office
    return "official"
