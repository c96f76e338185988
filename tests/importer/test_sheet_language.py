"""The sheet's language from py3langid, on short sheets written for the test."""

from __future__ import annotations

import pytest

from ua_desktop.core.importer.sheet_language import identify_language

SHEETS = {
    "en": "URGENT ACTION. Journalist detained and at risk of torture. Please write immediately calling on the "
          "authorities to release him. Send appeals before 12 May to the Minister of Justice.",
    "fr": "ACTION URGENTE. Un journaliste détenu risque d'être torturé. Écrivez immédiatement aux autorités pour "
          "demander sa libération. Envoyez vos appels avant le 12 mai au ministre de la Justice.",
    "es": "ACCIÓN URGENTE. Periodista detenido en peligro de sufrir tortura. Escriban inmediatamente a las "
          "autoridades pidiendo su liberación. Envíen llamamientos antes del 12 de mayo.",
    "de": "URGENT ACTION. Journalist in Haft und in Gefahr, gefoltert zu werden. Bitte schreiben Sie sofort an die "
          "Behörden und fordern Sie seine Freilassung. Schicken Sie Ihre Appelle bis zum 12. Mai.",
    "pt": "AÇÃO URGENTE. Jornalista detido e em risco de tortura. Escrevam imediatamente às autoridades pedindo a "
          "sua libertação. Enviem apelos antes de 12 de maio ao ministro da Justiça.",
    "it": "AZIONE URGENTE. Giornalista arrestato e a rischio di tortura. Scrivete subito alle autorità chiedendo il "
          "suo rilascio. Inviate appelli entro il 12 maggio al ministro della Giustizia.",
    "nl": "URGENT ACTION. Journalist vastgezet en in gevaar gemarteld te worden. Schrijf meteen naar de "
          "autoriteiten en vraag om zijn vrijlating. Stuur uw brieven vóór 12 mei naar de minister van Justitie.",
    "ru": "СРОЧНАЯ АКЦИЯ. Журналист задержан, ему грозят пытки. Пожалуйста, немедленно напишите властям с призывом "
          "освободить его. Отправьте обращения до 12 мая министру юстиции.",
    "ja": "緊急行動。ジャーナリストが拘束され、拷問を受ける危険があります。直ちに当局に手紙を書き、釈放を求めてください。"
          "5月12日までに法務大臣に要請を送ってください。",
}


@pytest.mark.parametrize("code", sorted(SHEETS))
def test_each_language_is_named_with_confidence(code):
    found, confidence = identify_language(SHEETS[code])
    assert found == code and confidence > 0.8


@pytest.mark.parametrize("code", sorted(SHEETS))
def test_the_first_eighty_characters_are_enough(code):
    assert identify_language(SHEETS[code][:80])[0] == code


def test_addresses_and_numbers_alone_say_nothing():
    assert identify_language("") == ("", 0.0)
    assert identify_language("+996 312 66 28 60 info@gov.kg www.gov.kg 12/05/2011") == ("", 0.0)
