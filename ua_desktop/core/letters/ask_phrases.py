"""What a letter asks for, ask by ask, in the letter's language and voice.

For each ask of the case, in this order:

1. the user's own words for that language (`Ask.translations`);
2. in the sheet's own language, the sheet's words (without a lead-in) when
   they already continue the letter's lead-in ("release X immediately",
   „X freizulassen“): they may say more than the request's slots;
3. its recognised requests written natively (`requests.render`), as a
   phrase that continues the letter's lead-in;
4. in the sheet's own language, the sheet's words without their campaigner
   or model-letter lead-in (never "I urge you to: – calling on the
   authorities to …");
5. otherwise the same words, listed in `AskPhrases.untranslated` so the
   letter says it carries text in another language.

An ask recognised only in part gives one phrase for the recognised requests
and its other words by rule 3 or 4. An ask that asks for nothing (a reminder)
gives no phrase.
"""

from __future__ import annotations

from dataclasses import dataclass

from ua_desktop.core.case.model import Ask, Case
from ua_desktop.core.letters.requests.model import Request, UnrecognisedRequest
from ua_desktop.core.letters.requests.of_case import requests_of
from ua_desktop.core.letters.requests.recognise import strip_lead_in
from ua_desktop.core.letters.requests.render import fits_lead_in, render_requests

__all__ = ["AskPhrases", "ask_phrases", "asks_needing_translation", "untranslated_parts"]

_TRAILING = " ;.,"


@dataclass(frozen=True)
class AskPhrases:
    phrases: tuple[str, ...]
    #: The words printed in the sheet's language in a letter in another one.
    untranslated: tuple[str, ...]


def ask_phrases(case: Case, language: str) -> AskPhrases:
    phrases: list[str] = []
    untranslated: list[str] = []
    for ask in case.asks:
        for phrase, foreign in _phrases(ask, case, language):
            phrases.append(phrase.rstrip(_TRAILING))
            if foreign:
                untranslated.append(phrase.rstrip(_TRAILING))
    return AskPhrases(tuple(phrases), tuple(untranslated))


def untranslated_parts(ask: Ask, case: Case, language: str) -> tuple[str, ...]:
    """The words of `ask` a letter in `language` would print in the sheet's
    language (empty when it can be written natively or the user translated it)."""
    return tuple(phrase for phrase, foreign in _phrases(ask, case, language) if foreign)


def asks_needing_translation(case: Case, language: str) -> tuple[Ask, ...]:
    """The asks a letter in `language` would print (partly) in the sheet's
    language: the review step offers them for the user's own words."""
    return tuple(ask for ask in case.asks if untranslated_parts(ask, case, language))


def _phrases(ask: Ask, case: Case, language: str) -> list[tuple[str, bool]]:
    """(phrase, still in the sheet's language) pairs for one ask."""
    typed = ask.translations.get(language)
    if typed:
        return [(typed, False)]
    requests = requests_of(ask, case)
    if not requests:
        return []  # asks for nothing: a reminder
    if language == case.source_language:
        own = strip_lead_in(ask.text, case.source_language) or ask.text
        if fits_lead_in(own, language):
            return [(own, False)]
    recognised = [r for r in requests if isinstance(r, Request)]
    result: list[tuple[str, bool]] = []
    if recognised:
        phrase = render_requests(recognised, language, case.people, source_language=case.source_language)
        if phrase is None:
            return [_own_words(ask.text, case, language)]
        result.append((phrase, False))
    for part in requests:
        if isinstance(part, UnrecognisedRequest):
            result.append(_own_words(part.text or part.source_text, case, language))
    return result


def _own_words(text: str, case: Case, language: str) -> tuple[str, bool]:
    """The sheet's words without their lead-in, and whether they are in
    another language than the letter's."""
    return strip_lead_in(text, case.source_language) or text, language != case.source_language
