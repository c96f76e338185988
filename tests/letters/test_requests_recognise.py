"""Recognising requests on sheets written for these tests, in every voice a
sheet uses (campaigner's, model letter's, bare list) and in English, French,
Spanish and German: kinds, qualifiers, reasons, whom each is about;
compound asks split; reminders kept out; nothing half-read."""

from __future__ import annotations

import pytest

from ua_desktop.core.case.model import Gender, Person
from ua_desktop.core.importer.asks import asks_from_letter, asks_from_list
from ua_desktop.core.importer.normalize import normalize_text
from ua_desktop.core.letters.requests.model import Request, UnrecognisedRequest, Who
from ua_desktop.core.letters.requests.recognise import is_statement, recognise, strip_lead_in

NOOR = (Person("Noor Salem", Gender.FEMALE),)
TOMAS = (Person("Tomás Ferrer", Gender.MALE),)
PAIR = (Person("Amira Tahan", Gender.FEMALE), Person("Jonas Berg", Gender.MALE))

# Request sections as sheets print them: a campaigner's lead-in line and a
# bulleted list, or a model letter. (language, people, section, expected
# kinds per ask; [] = a reminder the list must not keep)
CAMPAIGNER_SHEETS = [
    ("en", NOOR, """PLEASE WRITE IMMEDIATELY in English or your own language:
• Calling on the authorities to release Noor Salem immediately and unconditionally, as she is a prisoner of conscience;
• Urging them to ensure that, pending her release, she has regular access to her family and a lawyer of her choice;
• Calling on them to order an independent and impartial investigation into her allegations of torture;
• Reminding them that the state is party to the Convention against Torture.""",
     [["release"], ["access_family", "access_lawyer"], ["investigate_torture"], []]),
    ("fr", TOMAS, """ÉCRIVEZ IMMÉDIATEMENT en français ou dans votre propre langue :
• appelez les autorités à libérer Tomás Ferrer immédiatement et sans condition et à abandonner toutes les charges retenues contre lui ;
• exhortez-les à veiller à ce qu’il ne soit pas soumis à la torture ni à d’autres mauvais traitements ;
• rappelez-leur que la liberté d’expression est protégée par la Constitution.""",
     [["release", "drop_charges"], ["protect_from_torture"], []]),
    ("es", NOOR, """ESCRIBAN INMEDIATAMENTE en español o en su propio idioma:
- pidan a las autoridades que pongan en libertad a Noor Salem de inmediato y sin condiciones;
- instándolas a que garanticen que tenga acceso a atención médica adecuada mientras permanezca detenida;
- recordándoles que el Estado es parte en el Pacto Internacional de Derechos Civiles y Políticos.""",
     [["release"], ["access_medical"], []]),
    ("de", PAIR, """SCHREIBEN SIE BITTE E-MAILS, FAXE ODER LUFTPOSTBRIEFE MIT FOLGENDEN FORDERUNGEN
■ Fordern Sie die Behörden auf, Amira Tahan und Jonas Berg umgehend und bedingungslos freizulassen.
■ Fordern Sie, dass die beiden vor Folter und anderen Misshandlungen geschützt werden.
■ Erinnern Sie die Behörden daran, dass Folter absolut verboten ist.""",
     [["release"], ["protect_from_torture"], []]),
]

MODEL_LETTERS = [
    ("en", TOMAS, """Dear Minister,
I am writing to express my concern for Tomás Ferrer. I urge you to release him immediately and unconditionally
and to drop all charges against him. I also call on you to ensure that he has access to adequate medical care.
I remind you that your country is party to the International Covenant on Civil and Political Rights.
Yours sincerely,""", [["release", "drop_charges"], ["access_medical"]]),
    ("fr", NOOR, """Monsieur le Ministre,
Je vous écris pour vous faire part de ma préoccupation au sujet de Noor Salem. Je vous prie de libérer Noor Salem
immédiatement et sans condition. Je vous demande de veiller à ce qu’elle puisse consulter un avocat de son choix.
Veuillez agréer, Monsieur le Ministre, l’expression de ma haute considération.""",
     [["release"], ["access_lawyer"]]),
    ("de", TOMAS, """Sehr geehrter Herr Minister,
ich fordere Sie auf, Tomás Ferrer umgehend und bedingungslos freizulassen. Ich fordere Sie auf, die Anklagen
gegen ihn fallen zu lassen. Mit freundlichen Grüßen""", [["release"], ["drop_charges"]]),
]

BARE_LISTS = [
    ("en", NOOR, "release Noor Salem\nensure she is not tortured or otherwise ill-treated\n"
                 "reveal her fate and whereabouts", [["release"], ["protect_from_torture"], ["reveal_whereabouts"]]),
    ("es", TOMAS, "detengan la ejecución de Tomás Ferrer\nconmuten su condena a muerte",
     [["halt_execution"], ["commute_death_sentence"]]),
    ("de", NOOR, "Lassen Sie Noor Salem frei\nStellen Sie sicher, dass sie Zugang zu ihrer Familie hat",
     [["release"], ["access_family"]]),
]


def _kinds(text: str, language: str, people) -> list[str]:
    return [r.kind if isinstance(r, Request) else "?" for r in recognise(text, language, people)]


@pytest.mark.parametrize("language,people,section,expected", CAMPAIGNER_SHEETS,
                         ids=[s[0] for s in CAMPAIGNER_SHEETS])
def test_campaigner_voice_lists(language, people, section, expected):
    items = asks_from_list(normalize_text(section).splitlines()[1:])
    assert len(items) == len(expected)
    assert [_kinds(a.text, language, people) for a in items] == expected


@pytest.mark.parametrize("language,people,letter,expected", MODEL_LETTERS, ids=[s[0] for s in MODEL_LETTERS])
def test_model_letter_voice(language, people, letter, expected):
    found = [_kinds(a.text, language, people) for a in asks_from_letter(letter)]
    assert [k for k in found if k] == expected


@pytest.mark.parametrize("language,people,lines,expected", BARE_LISTS, ids=[s[0] for s in BARE_LISTS])
def test_bare_lists(language, people, lines, expected):
    assert [_kinds(line, language, people) for line in lines.splitlines()] == expected


def test_slots_are_read():
    release, = recognise("Calling on the authorities to release her immediately and unconditionally, "
                         "as she is held solely for peacefully exercising her right to freedom of expression", "en", NOOR)
    assert release.qualifiers == {"immediately", "unconditionally"}
    assert release.reason == "peaceful_exercise" and release.who == Who(people=(0,))
    lawyer, = recognise("ensure that he has access to a lawyer of his choosing", "en", TOMAS)
    assert lawyer.kind == "access_lawyer" and lawyer.qualifiers == {"of_their_choice"}
    retrial, = recognise("ensure that any retrial complies with international fair trial standards, "
                         "excludes statements obtained under torture and is without recourse to the death penalty",
                         "en", TOMAS)
    assert retrial.kind == "retrial"
    assert retrial.qualifiers == {"international_standards", "excluding_torture_evidence", "without_death_penalty"}
    law, = recognise("Urge them to repeal the Foreign Agents Law", "en", TOMAS)
    assert law.kind == "repeal_law" and law.details == {"law": "Foreign Agents Law"}
    work, = recognise("allow human rights defenders and journalists to carry out their work without fear of reprisals",
                      "en", TOMAS)
    assert work.kind == "let_defenders_work" and work.who.group == "defenders"
    assert work.details == {"occupation": "defenders,journalists"}


def test_who_is_resolved_against_the_case_people():
    # names, pronouns in each language, and "the two" for everyone
    assert recognise("release Jonas Berg", "en", PAIR)[0].who == Who(people=(1,))
    assert recognise("ensure she is protected from torture", "en", PAIR)[0].who == Who(people=(0,))
    assert recognise("veiller à ce qu’il ne soit pas torturé", "fr", PAIR)[0].who == Who(people=(1,))
    assert recognise("liberen a ella de inmediato", "es", PAIR)[0].who == Who(people=(0,))
    assert recognise("Sorgen Sie dafür, dass er Zugang zu seiner Familie hat", "de", PAIR)[0].who == Who(people=(1,))
    assert recognise("release the two activists", "en", PAIR)[0].who == Who()
    # a later part of a compound ask is about the person named in the first
    release, drop = recognise("release Amira Tahan and drop all charges", "en", PAIR)
    assert drop.who == release.who == Who(people=(0,))


def test_compound_asks_split_into_requests():
    first, second = recognise("release her and drop all charges", "en", NOOR)
    assert (first.kind, second.kind) == ("release", "drop_charges")
    assert second.qualifiers == {"all_charges"} and not first.qualifiers
    parts = recognise("halt the execution of Tomás Ferrer and commute his death sentence", "en", TOMAS)
    assert [p.kind for p in parts] == ["halt_execution", "commute_death_sentence"]
    parts = recognise("ordenen una investigación exhaustiva sobre la tortura y lleven a los responsables ante la "
                      "justicia", "es", TOMAS)
    assert [p.kind for p in parts] == ["investigate_torture", "bring_to_justice"]


def test_what_is_not_understood_is_never_half_read():
    release, other = recognise("release him and allow him to travel abroad for surgery not available at home",
                               "en", TOMAS)
    assert release.kind == "release"
    assert isinstance(other, UnrecognisedRequest)
    assert other.text == "allow him to travel abroad for surgery not available at home"
    # a request of no known kind loses the campaigner's lead-in, nothing else
    unknown, = recognise("Calling on the authorities to rename the central square after the victims", "en", TOMAS)
    assert isinstance(unknown, UnrecognisedRequest) and unknown.text == "rename the central square after the victims"
    # a known cue drowned in words it does not account for is not taken
    vague, = recognise("release the report on the regional water supply and its budget for the coming years",
                       "en", TOMAS)
    assert isinstance(vague, UnrecognisedRequest)


@pytest.mark.parametrize("language,text", [
    ("en", "I remind you that the state is party to the Convention against Torture"),
    ("en", "expressing concern that they are held incommunicado"),
    ("fr", "Je vous rappelle que la Tunisie est partie au Pacte international"),
    ("es", "recordándoles que los defensores tienen derecho a realizar su trabajo"),
    ("de", "Ich erinnere Sie daran, dass Ihr Land Vertragsstaat des Paktes ist"),
])
def test_reminders_ask_for_nothing(language, text):
    assert recognise(text, language, NOOR) == []
    assert is_statement(text, language)


@pytest.mark.parametrize("language,text,bare", [
    ("en", "Calling on the Egyptian authorities to disclose her whereabouts", "disclose her whereabouts"),
    ("en", "I urge you to release him", "release him"),
    ("fr", "exhortez les autorités à libérer Tomás Ferrer", "libérer Tomás Ferrer"),
    ("fr", "Je vous prie de libérer Tomás Ferrer", "libérer Tomás Ferrer"),
    ("es", "Pidan a las autoridades que liberen a Tomás Ferrer", "liberen a Tomás Ferrer"),
    ("de", "Ich fordere Sie auf, Tomás Ferrer freizulassen", "Tomás Ferrer freizulassen"),
])
def test_lead_ins_are_removed(language, text, bare):
    assert strip_lead_in(text, language) == bare


def test_a_language_without_cues_gives_its_words_unrecognised():
    item, = recognise("освободить его", "ru", TOMAS)
    assert isinstance(item, UnrecognisedRequest) and item.text == "освободить его"


def test_the_real_template_sample_asks_for_two_things():
    # The shared real sample (a copy is among the importer's fixtures): a model
    # letter whose two requests are in its prose ("I urge you to ensure ...,
    # and for you to publicly recognize ...").
    from pathlib import Path

    from ua_desktop.core.importer import import_file

    sheet = Path(__file__).parents[1] / "importer" / "fixtures" / "21_honduras-copinh-2017-template.txt"
    case = import_file(sheet).case
    kinds = [[r.kind for r in ask.requests] for ask in case.asks]
    assert kinds == [["protect"], ["recognise_legitimacy"]]
    assert case.asks[0].requests[0].who.group == "activists"  # "COPINH members"
