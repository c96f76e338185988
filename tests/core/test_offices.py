"""Which office and gender a recipient's words say, in the sheet languages:
the salutation of every letter depends on it."""

from __future__ import annotations

import pytest

from ua_desktop.core.case.model import Gender
from ua_desktop.core.case.offices import OFFICE_KEYS, detect_gender, detect_office

OFFICE_WORDS = {
    "Minister of Internal Affairs of the Interim Government": "minister",
    "Acting Minister of Justice": "minister",
    "Министру внутренних дел": "minister",
    "Secretario de Seguridad": "minister",
    "Minister of Police": "minister",
    "Deputy Minister of Interior": "deputy_minister",
    "Staatssekretär im Innenministerium": "deputy_minister",
    "Prosecutor General": "prosecutor_general",
    "Attorney General": "prosecutor_general",
    "Fiscal General de la Nación": "prosecutor_general",
    "Generalstaatsanwalt der Republik": "prosecutor_general",
    "Procureur général près la cour d’appel": "prosecutor_general",
    "Генеральный прокурор": "prosecutor_general",
    "Public Prosecutor, Cairo": "prosecutor",
    "Procureur de la République": "prosecutor",
    "President of the National Human Rights Commission": "commission_president",
    "Presidente de la Comisión Nacional de los Derechos Humanos": "commission_president",
    "Defensora del Pueblo": "ombudsperson",
    "Уполномоченный по правам человека": "ombudsperson",
    "Head of the Judiciary": "head_of_judiciary",
    "Supreme Leader of the Islamic Republic": "supreme_leader",
    "King of Saudi Arabia": "king",
    "Emir of Qatar": "emir",
    "Vice-Premier ministre": "deputy_prime_minister",
    "Deputy Head of Interim Government": "deputy_head_of_government",
    "Head of Interim Government": "head_of_government",
    "Prime Minister": "prime_minister",
    "Inspector General of Police": "police_chief",
    "Director of Evin Prison": "prison_director",
    "Governor of Lagos State": "governor",
    "Mayor of Istanbul": "mayor",
    "Judge of the Criminal Court": "judge",
    "Bundespräsident": "president",
    "Président de la République": "president",
    "Ambassador of Kyrgyzstan": "ambassador",
    "Botschaft der Republik Belarus": "ambassador",
    "Jordan Valley Development Office": "official",
}


@pytest.mark.parametrize("words,office", OFFICE_WORDS.items())
def test_the_office_is_read_from_the_title(words, office):
    assert detect_office(words) == office


def test_every_office_has_cues_or_is_the_fallback():
    seen = {detect_office(words) for words in OFFICE_WORDS}
    assert seen == set(OFFICE_KEYS), set(OFFICE_KEYS) - seen


GENDER_WORDS = {
    "Dear Mr Sherniazov": Gender.MALE,
    "S. E. Herrn Botschafter": Gender.MALE,
    "M. Jean Dupont": Gender.MALE,
    "Frère Pierre": Gender.MALE,
    "Sr. Pérez": Gender.MALE,
    "Estimado Señor Secretario": Gender.MALE,
    "Уважаемый господин министр": Gender.MALE,
    "Mme Dupont": Gender.FEMALE,
    "Sra. Ministra": Gender.FEMALE,
    "Ms Smith": Gender.FEMALE,
    "NAME AND PRONOUN: Ana Pérez (she/her)": Gender.FEMALE,
    "Sehr geehrte Frau Ministerin": Gender.FEMALE,
    "Sehr geehrte Damen und Herren": Gender.UNKNOWN,
    "Madame, Monsieur": Gender.UNKNOWN,
    "Dr. Ana Pérez": Gender.UNKNOWN,
    "at 10 a.m. Monday": Gender.UNKNOWN,
    "Dear Minister": Gender.UNKNOWN,
}


@pytest.mark.parametrize("words,gender", GENDER_WORDS.items())
def test_the_gender_is_read_from_honorifics_and_pronouns(words, gender):
    assert detect_gender(words) is gender
