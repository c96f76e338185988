"""Properties of recognition over generated requests: voices × actions ×
people × qualifiers, written for these tests in each sheet language (not
copied from the cue files). A real share must be recognised with the right
kind and the right person; and no text, however odd, makes recognition fail
or invent words."""

from __future__ import annotations

import itertools
import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ua_desktop.core.case.model import Gender, Person
from ua_desktop.core.letters.requests.model import Request, UnrecognisedRequest
from ua_desktop.core.letters.requests.recognise import recognise
from ua_desktop.core.text import clean_line

PEOPLE = (Person("Leila Mansour", Gender.FEMALE), Person("Omar Haddad", Gender.MALE))
SAMI = (Person("Sami Idris", Gender.MALE),)
HANA = (Person("Hana Yusuf", Gender.FEMALE),)
#: Each language: voices ({a}: the action), actions (kind, wording with {o}
#: the person as object, {p} possessive, {n} the person as the language's
#: object after a preposition) and the person forms: (index, o, p, n).
GRAMMAR = {
    "en": {
        "voices": ["Calling on the authorities to {a}", "Urge them to {a}", "I urge you to {a}", "{a}",
                   "Please {a}", "We call on you to {a}", "urging the Minister of Justice to {a}",
                   "I respectfully ask you to {a}"],
        "actions": [
            ("release", "release {o}"), ("release", "release {o} immediately and unconditionally"),
            ("release", "release {o} without delay"), ("drop_charges", "drop all charges against {o}"),
            ("quash_conviction", "quash {p} conviction and sentence"),
            ("halt_execution", "halt the execution of {o}"), ("commute_death_sentence", "commute {p} death sentence"),
            ("access_lawyer", "grant {o} access to a lawyer of {p} choice"),
            ("access_family", "allow {o} regular visits from {p} family"),
            ("access_medical", "give {o} access to the medical care {p} health requires"),
            ("protect_from_torture", "protect {o} from torture and other ill-treatment"),
            ("reveal_whereabouts", "disclose the fate and whereabouts of {o}"),
            ("investigate_torture", "order an independent investigation into the torture of {o}"),
            ("protect", "provide effective protection to {o}, in accordance with {p} wishes"),
            ("lift_travel_ban", "lift the travel ban on {o}"),
            ("return_property", "return the belongings seized from {o}"),
            ("end_harassment", "end the harassment of {o}"),
            ("stop_deportation", "halt the deportation of {o}"),
            ("end_solitary", "end the solitary confinement of {o}"),
            ("end_incommunicado", "end {p} incommunicado detention"),
            ("collective_protection", "take collective protection measures for {o}"),
        ],
        "people": [(0, "Leila Mansour", "Leila Mansour's", "Leila Mansour"), (1, "Omar Haddad", "Omar Haddad's",
                   "Omar Haddad"), (0, "her", "her", "her"), (1, "him", "his", "him")],
    },
    "fr": {
        "voices": ["Appelez les autorités à {a}", "exhortez les autorités à {a}", "Je vous prie de {a}",
                   "Je vous demande de {a}", "{a}", "demandez-leur de {a}", "priez-les instamment de {a}"],
        "actions": [
            ("release", "libérer {o}"), ("release", "libérer {o} immédiatement et sans condition"),
            ("drop_charges", "abandonner toutes les charges retenues contre {n}"),
            ("quash_conviction", "annuler la condamnation de {o}"),
            ("halt_execution", "suspendre l’exécution de {o}"),
            ("commute_death_sentence", "commuer la condamnation à mort de {o}"),
            ("access_lawyer", "permettre à {o} de consulter un avocat de son choix"),
            ("access_family", "permettre à {o} de recevoir la visite de sa famille"),
            ("access_medical", "veiller à ce que {o} reçoive les soins médicaux nécessaires"),
            ("protect_from_torture", "protéger {o} contre la torture et les autres mauvais traitements"),
            ("reveal_whereabouts", "révéler le sort de {o} et le lieu où se trouve {o}"),
            ("investigate_torture", "ouvrir une enquête indépendante sur les actes de torture subis par {o}"),
            ("end_harassment", "mettre fin au harcèlement contre {n}"),
            ("collective_protection", "prendre des mesures de protection collective pour {n}"),
        ],
        "people": [(0, "Leila Mansour", "", "Leila Mansour"), (1, "Omar Haddad", "", "Omar Haddad"),
                   (0, "Leila Mansour", "", "elle"), (1, "Omar Haddad", "", "lui")],
    },
    "es": {
        "voices": ["Pidan a las autoridades que {a}", "pidiendo a las autoridades que {a}", "Le pido que {a}",
                   "Les insto a que {a}", "{a}", "instándolas a que {a}", "exhortando a las autoridades a que {a}"],
        "actions": [
            ("release", "pongan en libertad a {o}"), ("release", "liberen a {o} de inmediato y sin condiciones"),
            ("drop_charges", "retiren todos los cargos contra {n}"),
            ("quash_conviction", "anulen la condena de {o}"),
            ("halt_execution", "detengan la ejecución de {o}"),
            ("commute_death_sentence", "conmuten la condena a muerte de {o}"),
            ("access_lawyer", "garanticen que {o} tenga acceso a un abogado de su elección"),
            ("access_family", "permitan que {o} reciba visitas de su familia"),
            ("access_medical", "garanticen que {o} reciba la atención médica que necesita"),
            ("protect_from_torture", "protejan a {o} de la tortura y otros malos tratos"),
            ("reveal_whereabouts", "revelen el paradero de {o}"),
            ("investigate_torture", "investiguen de forma independiente la tortura sufrida por {o}"),
            ("protect", "proporcionen protección eficaz a {o}, de acuerdo con sus deseos"),
            ("collective_protection", "adopten medidas de protección colectiva para {n}"),
        ],
        "people": [(0, "Leila Mansour", "", "Leila Mansour"), (1, "Omar Haddad", "", "Omar Haddad"),
                   (0, "Leila Mansour", "", "ella"), (1, "Omar Haddad", "", "él")],
    },
    "de": {
        "voices": ["Fordern Sie die Behörden auf, {a}", "Ich fordere Sie auf, {a}", "Bitte {a}",
                   "Wir fordern Sie dringend auf, {a}", "{a}", "Ich bitte Sie, {a}"],
        "actions": [
            ("release", "{o} freizulassen"), ("release", "{o} umgehend und bedingungslos freizulassen"),
            ("drop_charges", "alle Anklagen gegen {n} fallen zu lassen"),
            ("quash_conviction", "das Urteil gegen {n} aufzuheben"),
            ("halt_execution", "die Hinrichtung von {o} zu stoppen"),
            ("commute_death_sentence", "das Todesurteil gegen {n} umzuwandeln"),
            ("access_lawyer", "{o} Zugang zu einem Rechtsbeistand seiner Wahl zu gewähren"),
            ("access_family", "{o} regelmäßigen Kontakt zur Familie zu ermöglichen"),
            ("access_medical", "{o} die nötige medizinische Versorgung zu gewähren"),
            ("protect_from_torture", "{o} vor Folter und anderen Misshandlungen zu schützen"),
            ("reveal_whereabouts", "den Verbleib von {o} offenzulegen"),
            ("investigate_torture", "die Folter an {o} unabhängig zu untersuchen"),
            ("collective_protection", "kollektive Schutzmaßnahmen für {n} zu ergreifen"),
        ],
        "people": [(0, "Leila Mansour", "", "Leila Mansour"), (1, "Omar Haddad", "", "Omar Haddad"),
                   (0, "Leila Mansour", "", "sie"), (1, "Omar Haddad", "", "ihn")],
    },
}


#: Wordings written by hand as sheets phrase them, one person per example
#: (Leila Mansour or Omar Haddad above; Sami Idris below is a man too).
HAND_WRITTEN = {
    "en": [
        ('release', 'Urging the authorities to immediately release Hana Yusuf', HANA),
        ('drop_charges', 'Calling for all charges against her to be dropped', HANA),
        ('access_lawyer', 'Urging them to grant her immediate and regular access to a lawyer', HANA),
        ('protect_from_torture', 'Calling on the authorities to ensure she is not tortured or otherwise ill-treated', HANA),
        ('investigate_attack', "Urge them to promptly investigate the attack on Hana Yusuf's home", HANA),
        ('return_property', 'Return her laptop and phone, which police confiscated', HANA),
        ('stop_deportation', 'Calling on them not to forcibly return Hana Yusuf to a country where she would face persecution', HANA),
        ('access_medical', 'Ensure she receives the medical care she urgently requires', HANA),
        ('release', 'set Omar Haddad free at once', PEOPLE),
        ('release', 'free Leila Mansour immediately', PEOPLE),
        ('drop_charges', 'withdraw the charges brought against Omar Haddad', PEOPLE),
        ('quash_conviction', "overturn Leila Mansour's conviction", PEOPLE),
        ('access_lawyer', 'allow Omar Haddad to meet his lawyer', PEOPLE),
        ('access_family', 'let Leila Mansour see her family regularly', PEOPLE),
        ('access_medical', 'ensure Omar Haddad receives urgent medical treatment', PEOPLE),
        ('protect_from_torture', 'ensure that Leila Mansour is not subjected to torture', PEOPLE),
        ('reveal_whereabouts', 'tell her family where she is held', PEOPLE),
        ('investigate_killing', 'carry out an independent investigation into the killing of Omar Haddad', PEOPLE),
        ('halt_execution', 'stop the execution of Omar Haddad', PEOPLE),
        ('commute_death_sentence', 'commute the death sentence imposed on Omar Haddad', PEOPLE),
        ('end_harassment', 'stop harassing Leila Mansour and her family', PEOPLE),
        ('lift_travel_ban', 'lift the travel ban imposed on Omar Haddad', PEOPLE),
        ('stop_deportation', 'do not deport Omar Haddad', PEOPLE),
        ('fair_trial', 'ensure Omar Haddad receives a fair trial', PEOPLE),
        ('humane_conditions', 'ensure humane conditions of detention for Leila Mansour', PEOPLE),
        ('end_incommunicado', 'end the incommunicado detention of Omar Haddad', PEOPLE),
        ('investigate_threats', 'investigate the death threats against Leila Mansour', PEOPLE),
        ('bring_to_justice', 'hold those responsible accountable', PEOPLE),
        ('release', 'Release Sami Idris, who is detained solely for his peaceful activism', SAMI),
        ('drop_charges', 'Drop all charges against Sami Idris immediately', SAMI),
        ('access_medical', 'Grant Sami Idris prompt access to the specialist treatment he needs', SAMI),
        ('protect_from_torture', 'Protect Sami Idris from any form of torture', SAMI),
        ('investigate_torture', 'Launch an impartial inquiry into his torture', SAMI),
        ('reveal_whereabouts', 'Disclose where Sami Idris is being detained', SAMI),
        ('halt_execution', 'Immediately halt any plans to execute Sami Idris', SAMI),
        ('access_family', 'Allow his wife and children to visit him', SAMI),
    ],
    "fr": [
        ('release', 'Appelez les autorités à libérer Hana Yusuf sans délai', HANA),
        ('drop_charges', 'Demandez-leur d’abandonner les charges retenues contre elle', HANA),
        ('access_lawyer', 'exhortez-les à lui permettre de consulter un avocat', HANA),
        ('protect_from_torture', 'demandez-leur de veiller à ce qu’elle ne soit pas torturée', HANA),
        ('investigate_attack', 'Je vous prie d’enquêter sur l’agression dont Hana Yusuf a été victime', HANA),
        ('return_property', 'restituer à Hana Yusuf son ordinateur et son téléphone', HANA),
        ('access_family', 'permettre à sa famille de lui rendre visite régulièrement', HANA),
        ('access_medical', 'veiller à ce qu’elle reçoive des soins médicaux', HANA),
        ('release', 'remettre Omar Haddad en liberté', PEOPLE),
        ('release', 'relâcher Leila Mansour sans délai', PEOPLE),
        ('drop_charges', 'retirer les accusations portées contre Omar Haddad', PEOPLE),
        ('quash_conviction', 'annuler la déclaration de culpabilité de Leila Mansour', PEOPLE),
        ('access_lawyer', 'permettre à Omar Haddad de voir son avocat', PEOPLE),
        ('access_medical', 'fournir à Leila Mansour les soins médicaux dont elle a besoin', PEOPLE),
        ('protect_from_torture', 'veiller à ce que Omar Haddad ne soit pas torturé', PEOPLE),
        ('halt_execution', 'renoncer à l’exécution de Omar Haddad', PEOPLE),
        ('investigate_threats', 'enquêter sur les menaces reçues par Leila Mansour', PEOPLE),
        ('end_harassment', 'cesser de harceler Leila Mansour', PEOPLE),
        ('fair_trial', 'garantir un procès équitable à Omar Haddad', PEOPLE),
        ('reveal_whereabouts', 'révéler le lieu de détention de Leila Mansour', PEOPLE),
        ('release', 'Libérer Sami Idris, détenu uniquement pour avoir exprimé pacifiquement ses opinions', SAMI),
        ('drop_charges', 'abandonner toutes les poursuites engagées contre Sami Idris', SAMI),
        ('access_medical', 'permettre à Sami Idris de bénéficier de soins médicaux adaptés', SAMI),
        ('protect_from_torture', 'protéger Sami Idris de toute forme de torture', SAMI),
        ('investigate_torture', 'ouvrir une enquête impartiale sur les tortures qu’il a subies', SAMI),
        ('reveal_whereabouts', 'indiquer où Sami Idris est détenu', SAMI),
        ('halt_execution', 'surseoir à l’exécution de Sami Idris', SAMI),
        ('access_family', 'autoriser sa famille à lui rendre visite', SAMI),
    ],
    "es": [
        ('release', 'Pidan a las autoridades que liberen a Hana Yusuf de inmediato', HANA),
        ('drop_charges', 'instándolas a retirar los cargos contra ella', HANA),
        ('access_lawyer', 'que le permitan acceder a un abogado', HANA),
        ('protect_from_torture', 'que garanticen que no sea sometida a tortura', HANA),
        ('investigate_attack', 'Le insto a investigar la agresión que sufrió Hana Yusuf', HANA),
        ('return_property', 'devolver a Hana Yusuf su computadora y su teléfono', HANA),
        ('access_family', 'permitir que su familia la visite periódicamente', HANA),
        ('access_medical', 'garantizar que reciba atención médica', HANA),
        ('release', 'excarcelar a Omar Haddad', PEOPLE),
        ('release', 'dejar en libertad a Leila Mansour', PEOPLE),
        ('drop_charges', 'retirar las acusaciones contra Omar Haddad', PEOPLE),
        ('access_lawyer', 'permitir que Omar Haddad vea a su abogado', PEOPLE),
        ('access_family', 'garantizar que Leila Mansour pueda ver a su familia', PEOPLE),
        ('access_medical', 'proporcionar a Omar Haddad atención médica urgente', PEOPLE),
        ('protect_from_torture', 'garantizar que Leila Mansour no sea torturada', PEOPLE),
        ('halt_execution', 'suspender la ejecución de Omar Haddad', PEOPLE),
        ('investigate_attack', 'investigar el ataque contra Leila Mansour', PEOPLE),
        ('end_harassment', 'poner fin al hostigamiento contra Leila Mansour', PEOPLE),
        ('fair_trial', 'garantizar un juicio justo para Omar Haddad', PEOPLE),
        ('reveal_whereabouts', 'revelar dónde está recluida Leila Mansour', PEOPLE),
        ('release', 'Liberen a Sami Idris, detenido únicamente por expresar pacíficamente sus opiniones', SAMI),
        ('drop_charges', 'retiren todos los cargos presentados contra Sami Idris', SAMI),
        ('access_medical', 'garanticen que Sami Idris reciba la atención médica especializada que necesita', SAMI),
        ('protect_from_torture', 'protejan a Sami Idris de cualquier forma de tortura', SAMI),
        ('investigate_torture', 'abran una investigación imparcial sobre las torturas que sufrió', SAMI),
        ('reveal_whereabouts', 'informen a su familia de su paradero', SAMI),
        ('halt_execution', 'paralicen la ejecución de Sami Idris', SAMI),
        ('access_family', 'permitan que su familia lo visite', SAMI),
    ],
    "de": [
        ('release', 'Fordern Sie die Behörden auf, Hana Yusuf unverzüglich freizulassen', HANA),
        ('drop_charges', 'Fordern Sie, alle Anklagen gegen sie fallen zu lassen', HANA),
        ('access_lawyer', 'Sorgen Sie dafür, dass sie Zugang zu einem Rechtsbeistand erhält', HANA),
        ('protect_from_torture', 'Stellen Sie sicher, dass sie nicht gefoltert wird', HANA),
        ('investigate_attack', 'Ich fordere Sie auf, den Angriff auf Hana Yusuf zu untersuchen', HANA),
        ('return_property', 'Hana Yusuf ihren Laptop und ihr Telefon zurückzugeben', HANA),
        ('access_family', 'ihrer Familie regelmäßige Besuche zu ermöglichen', HANA),
        ('access_medical', 'dafür zu sorgen, dass sie medizinisch versorgt wird', HANA),
        ('release', 'Omar Haddad sofort freizulassen', PEOPLE),
        ('release', 'Leila Mansour aus der Haft zu entlassen', PEOPLE),
        ('drop_charges', 'die Vorwürfe gegen Omar Haddad fallen zu lassen', PEOPLE),
        ('access_lawyer', 'Omar Haddad Kontakt zu seinem Anwalt zu ermöglichen', PEOPLE),
        ('access_family', 'Leila Mansour Besuche ihrer Familie zu erlauben', PEOPLE),
        ('access_medical', 'Omar Haddad ärztlich versorgen zu lassen', PEOPLE),
        ('protect_from_torture', 'sicherzustellen, dass Leila Mansour nicht gefoltert wird', PEOPLE),
        ('halt_execution', 'die Hinrichtung von Omar Haddad auszusetzen', PEOPLE),
        ('investigate_threats', 'die Drohungen gegen Leila Mansour zu untersuchen', PEOPLE),
        ('end_harassment', 'die Schikanen gegen Leila Mansour zu beenden', PEOPLE),
        ('fair_trial', 'Omar Haddad ein faires Verfahren zu garantieren', PEOPLE),
        ('reveal_whereabouts', 'den Aufenthaltsort von Leila Mansour bekanntzugeben', PEOPLE),
        ('release', 'Sami Idris freizulassen, da er nur wegen seiner friedlichen Meinungsäußerung inhaftiert ist', SAMI),
        ('drop_charges', 'alle Anklagen gegen Sami Idris umgehend fallen zu lassen', SAMI),
        ('access_medical', 'Sami Idris die fachärztliche Behandlung zu ermöglichen, die er benötigt', SAMI),
        ('protect_from_torture', 'Sami Idris vor jeder Form von Folter zu schützen', SAMI),
        ('investigate_torture', 'eine unparteiische Untersuchung der Folter an Sami Idris einzuleiten', SAMI),
        ('reveal_whereabouts', 'mitzuteilen, wo Sami Idris festgehalten wird', SAMI),
        ('halt_execution', 'die Hinrichtung von Sami Idris zu stoppen', SAMI),
        ('access_family', 'seiner Familie Besuche bei ihm zu gestatten', SAMI),
    ],
}


def _examples(language: str, count: int = 250):
    grammar = GRAMMAR[language]
    combos = list(itertools.product(grammar["voices"], grammar["actions"], grammar["people"]))
    random.Random(language).shuffle(combos)
    for voice, (kind, wording), (index, o, p, n) in combos[:count]:
        action = wording.format(o=o, p=p, n=n)
        text = voice.format(a=action)
        yield text[:1].upper() + text[1:], kind, index


@pytest.mark.parametrize("language", sorted(GRAMMAR))
def test_four_in_five_generated_requests_are_recognised_with_the_right_kind(language):
    right, wrong = 0, []
    for text, kind, index in _examples(language):
        found = recognise(text, language, PEOPLE)
        first = found[0] if found else None
        if isinstance(first, Request) and first.kind == kind and first.who.people in ((index,), ()):
            right += 1
        else:
            wrong.append((text, found))
    share = right / (right + len(wrong))
    assert share >= 0.8, (language, share, wrong[:5])


@pytest.mark.parametrize("language", sorted(GRAMMAR))
def test_named_people_are_the_right_people(language):
    named = [(t, k, i) for t, k, i in _examples(language, 400) if PEOPLE[i].name in t]
    hits = sum(1 for text, _kind, index in named
               if any(isinstance(r, Request) and r.who.people == (index,) for r in recognise(text, language, PEOPLE)))
    assert named and hits / len(named) >= 0.9


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(["en", "fr", "es", "de", "ru"]), st.text(max_size=300))
def test_any_text_gives_requests_or_words_from_the_text(language, text):
    for item in recognise(text, language, PEOPLE):
        assert isinstance(item, (Request, UnrecognisedRequest))
        words = item.source_text if isinstance(item, Request) else item.text
        assert words and words in clean_line(text)


@pytest.mark.parametrize("language", sorted(HAND_WRITTEN))
def test_four_in_five_hand_written_requests_are_recognised(language):
    found = [recognise(text, language, people) for _kind, text, people in HAND_WRITTEN[language]]
    right = sum(1 for (kind, _text, _people), parts in zip(HAND_WRITTEN[language], found)
                if parts and isinstance(parts[0], Request) and parts[0].kind == kind)
    assert right / len(found) >= 0.8, [(t, f) for (_k, t, _p), f in zip(HAND_WRITTEN[language], found)]
