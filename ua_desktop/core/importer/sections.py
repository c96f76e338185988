"""Splitting a sheet into zones by its headings and markers.

Every line is given one zone: head (headline, lead, body), asks, targets,
copies, notes, letter (model or sample letter), background or meta (labelled
fields such as "PREFERRED LANGUAGE TO ADDRESS TARGET: ..."). Markers are
matched on accent-free lower-case text, so extraction that drops accents
("ACCIN URGENTE") still matches most of them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from ua_desktop.core.text import fold

from .normalize import BULLET


@lru_cache(maxsize=8192)
def key(line: str) -> str:
    """Accent-free lower case with typographic quotes made plain."""
    return fold(line).replace("“", '"').replace("”", '"').strip()


def _rx(pattern: str) -> re.Pattern:
    # Extraction sometimes glues words ("PLEASE SENDAPPEALS"): every space in a marker is optional.
    # "~" marks a letter that carries an accent in the sheet; extraction may drop it ("ENVEN", "secci n").
    return re.compile(pattern.replace(" ", " ?").replace("~", "[a-z]?"), re.IGNORECASE)


UA_MARKER = _rx(r"\b(?:urgent action|action urgente|acci?on urgente|accin urgente|eilaktion|urgent-action|"
                r"dringende aktion|further information on ua|ua\s*:?\s*\d{1,3}/\d{2}|au\s*:?\s*\d{1,3}/\d{2})\b")
HEADER_LINE = _rx(r"^(?:urgent action|action urgente|acci?on urgente|accin urgente|eilaktion|urgent-action)s?\b[^a-z]*$")
FURTHER = _rx(r"(?:further information on (?:ua|urgent action)|follow[- ]up (?:to|on) (?:ua|urgent action)|update on (?:ua|urgent action)|"
              r"complement d'information|informations? complementaires?|mas informacion sobre|informacion complementaria|"
              r"actualizacion (?:de la )?(?:au|accion)|weitere informationen zu|folgeaktion|^(?:second|third|fourth|fifth|sixth) ua\b|"
              r"type and number:\s*(?:second|third|fourth|fifth|sixth|further|follow))")
NO_FURTHER = _rx(r"(?:no further (?:appeals|action)|no more appeals are (?:needed|requested)|aucune (?:action|autre action|intervention) (?:complementaire|supplementaire)?\s*n'est (?:requise|necessaire)|"
                 r"no se (?:requieren|necesitan|solicitan) mas (?:acciones|llamamientos)|no es necesario (?:enviar|realizar) mas|"
                 r"keine weiteren (?:appelle|aktionen|briefe)|weitere appelle sind nicht (?:mehr )?(?:notig|erforderlich))")
ASKS_INTRO = _rx(r"(?:recommended action|calling (?:on|for)|call(?:ing)? upon|urging|urge (?:the|them|him|her)|ask(?:ing)? (?:them|the|him|her)\b.*\bto:?\s*$|"
                 r"please write immediately|write immediately|~crivez imm~diatement|~crivez sans d~lai|escriban? inmediatamente|"
                 r"en (?:les )?(?:exhortant|appelant|priant|demandant)|pidiendo|instando|exhortando|"
                 r"schreiben sie bitte|bitte schreiben sie|mit folgenden forderungen|folgende forderungen|"
                 r"following points|points suivants|ce qui suit|lo siguiente|in your appeals?|dans vos appels|en sus llamamientos|"
                 r"\bto:\s*$)")
TARGETS = _rx(r"^(?:(?:please )?send (?:your )?(?:appeals|letters|emails|messages)\b|appeals? to\b|(?:please )?write to\b|"
              r"(?:merci d'|veuillez )?envoy(?:ez|er) (?:vos|des) (?:appels|lettres)|merci d'envoyer|"
              r"(?:por favor,? )?env~(?:en|a|e)n? (?:sus |tus )?(?:llamamientos|cartas)|enviar (?:llamamientos|cartas)|"
              r"appelle? an\b|(?:bitte )?schreiben sie an|briefe an\b|"
              r"target'?s? contact details|targets?\s*:|take action:? write (?:an appeal|a letter)|write a letter,|"
              r"passez ~ l'action|agissez|actuen:? escrib|actua:? escrib|"
              r"contact (?:the )?(?:authorities|following)|contacts?(?: details| information)?\s*:?\s*$|write to the following)")
COPIES = _rx(r"^(?:and |also |y |e |et |und |con )?(?:(?:please )?(?:also )?(?:send )?(?:a )?cop(?:y|ies) (?:of your (?:appeals?|letters?) )?(?:to|a|à)\b(?!.*diplomat)|"
             r"cop(?:y|ies)(?: to)?\s*:|copias? (?:a|para)\b|copie (?:a|à)\b|(?:bitte )?(?:sende|senden sie) (?:eine )?kopien? an\b|kopien? an\b|cc\s*:)")
NOTES = _rx(r"(?:diplomatic representatives|repr~sentants diplomatiques|repr~sentation diplomatique|representaci~n diplom~tica|"
            r"representantes diplom~ticos|diplomatische(?:n)? vertretung|botschaft (?:des|der) landes in ihrem land|"
            r"section office|check with your section|with the amnesty office|bureau de votre section|bureau de la section|"
            r"aupr~s de votre section|oficina de (?:tu|su) secci~n|consulten? con (?:la oficina|su secci~n)|"
            r"send(?:ing)? appeals after|after the (?:above )?(?:date|deadline)|apr~s la date|despu~s de la fecha)")
LATE = _rx(r"(?:section office|check with|amnesty office|bureau|oficina|secci~n|sektion|after the (?:above )?(?:date|deadline)|apr~s (?:la|cette) date|despu~s de (?:la|esta) fecha|nach (?:dem|diesem) (?:datum|termin)|v~rifiez)")
BACKGROUND = _rx(r"^(?:background information|background|additional information|further information|informations? g~n~rales?|"
                 r"compl~ment d'information|informations? compl~mentaires?|contexte|informaci~n general|informaci~n adicional|"
                 r"antecedentes|informaci~n complementaria|hintergrundinformation(?:en)?|hintergrund|sachlage|zusatzinformationen?)\b"
                 r"(?:\s*\([^)]*\))?\s*:?\s*$")
LETTER_START = _rx(r"^(?:dear|estimad[oa]s?|distinguid[oa]s?|senor|senora|excelentisim[oa]|monsieur|madame|sehr geehrte[rs]?|exzellenz|your excellency|excellency)\b.{0,70}[,:]\s*$")
LETTER_END = _rx(r"^(?:yours sincerely|sincerely|yours faithfully|yours truly|respectfully|kind regards|best regards|warm regards|regards|"
                 r"best wishes|with best wishes|many thanks|thanks|thank you,|atentamente|cordialement|bien cordialement|amities|"
                 r"veuillez agr~er|je vous prie d'agr~er|mit freundlichen gr~~~?en|hochachtungsvoll|viele grusse|beste grusse|"
                 r"herzliche grusse|saludos cordiales|saludos|un saludo|respetuosamente)\b")
LETTER_LABEL = _rx(r"^(?:urgent action letter|model letter|sample letter|modele de lettre|lettre type|carta modelo|modelo de carta|musterbrief)\s*:?\s*$")
TAKE_ACTION_MODEL = _rx(r"model letter|modele de lettre|ce modele|lettre type|carta modelo|esta carta|musterbrief")
# "LABEL: value" fields of the drafting template and the later layout.
META = _rx(r"^(?:preferred language(?:s)? to address target|name(?:s)? and (?:gender )?pronouns?|link to previous ua|"
           r"publication date|urgent action type and number|index number|ai index|urgent action title|urgent action summary|"
           r"appeal deadline notice|please take action as soon as possible until|\[sections to add|additional information\b.*words|"
           r"date of issue|issue date|fecha de publicacion|date de publication|idioma preferido|langue preferee|bevorzugte sprache|"
           r"langue ~ ?privil~gier|idioma preferente|merci d'agir|act~en lo antes posible|act~a lo antes posible|"
           r"noms? et pronoms?|nombres? y pronombres?|lien vers|enlace a|bitte bis|name und pronomen)\b")
# US action pages: "Contact President X, Casa ..., Managua, Nicaragua Phone: ... I Fax: ... Salutation: ..."
RUN_TOGETHER_TARGET = re.compile(r"^\s*(?:please\s+)?(?:contact|write to)\s*:?\s+(\S.{20,})$", re.IGNORECASE)
CONTACT_LABEL = re.compile(r"\b(?:phone|tel|fax|e-?mail|twitter|salutation)\s*:", re.IGNORECASE)
PAGE_FOOTER = re.compile(r"\b(?:index|indice|ua|au)\b.{0,40}\b[a-z]{3} ?\d{2}/\d{3,4}/\d{4}|^(?:ua|au)\s*:?\s*\d{1,3}/\d{2}\b")


@dataclass
class Zones:
    head: list[str] = field(default_factory=list)
    asks: list[str] = field(default_factory=list)
    asks_intro: list[str] = field(default_factory=list)
    targets: list[str] = field(default_factory=list)
    copies: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    letter: list[str] = field(default_factory=list)
    background: list[str] = field(default_factory=list)
    meta: list[str] = field(default_factory=list)
    targets_marker: str = ""
    letter_is_template: bool = False
    take_action_model: bool = False


def split_zones(lines: list[str]) -> Zones:
    zones = Zones()
    zone = "head"
    skip_caps = False
    letters: list[tuple[list[str], bool]] = []  # (lines, labelled as the model letter)
    for index, line in enumerate(lines):
        k = key(line)
        if not k:
            if zone == "meta_tail" and zones.meta and re.search(r":\s*\S", zones.meta[-1]):
                zone = "head"  # "NAME AND PRONOUN: X (he/him)" then a blank line: the value is complete
            target = {"meta_tail": "meta", "asks_done": "head", "after_letter": "head"}.get(zone, zone)
            getattr(zones, target).append("")
            continue
        if zone in ("targets", "copies") and (HEADER_LINE.match(k) or (skip_caps and line.isupper())):
            skip_caps = HEADER_LINE.match(k) is not None
            continue  # a page's repeated "URGENT ACTION" header and headline
        if zone in ("targets", "copies") and (PAGE_FOOTER.search(k) or k.startswith("amnesty international")):
            continue  # a page footer ("Index: MDE 13/0123/2019 ... Date: ...") between recipients
        skip_caps = False
        if META.match(k):
            zones.meta.append(line)
            if k.startswith("urgent action summary"):
                zone = "head"
            elif k.startswith(("[sections", "link to previous", "name")) or zone in (
                    "targets", "copies", "letter", "asks", "background"):
                zone = "meta_tail"
            continue
        if zone == "meta_tail" and not BACKGROUND.match(k) and not TARGETS.match(k) and not COPIES.match(k) and not NOTES.search(k):
            zones.meta.append(line)
            continue
        if zone == "letter" and (BACKGROUND.match(k) or COPIES.match(k) or (TARGETS.match(k) and len(k) < 160)
                                 or NOTES.search(k) or LETTER_LABEL.match(k) or HEADER_LINE.match(k)
                                 or (ASKS_INTRO.search(k) and _bullets_follow(lines, index))):
            zone = "after_letter"  # a letter with no closing line ends at the next section
        if LETTER_LABEL.match(k):
            zone = "letter"
            letters.append(([], True))
            zones.letter_is_template = k.startswith("urgent action letter")
            continue
        if zone in ("targets", "copies") and LETTER_START.match(k) and len(line) < 80 and not _prose_follows(lines, index):
            # "Dear Minister," under a recipient's address, not a letter: it is the salutation
            getattr(zones, zone).append("Salutation: " + line.strip())
            continue
        if zone != "letter" and LETTER_START.match(k) and not k.startswith(("salutation", "anrede")):
            labelled = zone == "targets" and zones.take_action_model
            if letters and letters[-1][1] and not letters[-1][0]:
                letters[-1][0].append(line)  # "Sample letter:" then "Dear ...,"
            else:
                letters.append(([line], labelled))
            zone = "letter"
            continue
        if zone == "letter":
            letters[-1][0].append(line)
            if LETTER_END.match(k):
                zone = "after_letter"
            continue
        if BACKGROUND.match(k) and len(k) < 80:
            zone = "background"
            continue
        if zone == "background" and k.endswith(":") and len(k) < 130 and (
                TARGETS.match(k) or COPIES.match(k) or (ASKS_INTRO.search(k) and _bullets_follow(lines, index))):
            zone = "head"  # older sheets put the background before the action part
        if zone == "background":
            zones.background.append(line)
            continue
        if NOTES.search(k) and len(k) < 300:
            zones.notes.append(line)
            zone = "notes"
            continue
        if COPIES.match(k):
            zone = "copies"
            rest = re.split(r":", line, maxsplit=1)
            if len(rest) == 2 and rest[1].strip():
                zones.copies.append(rest[1].strip())
            continue
        run_together = RUN_TOGETHER_TARGET.match(line)
        if run_together and CONTACT_LABEL.search(run_together.group(1)):
            zone = "targets"  # "Contact President X, street, city, country Phone: ... Salutation: ..."
            zones.targets.append(run_together.group(1))
            continue
        if TARGETS.match(k) and len(k) < 160 and not (k.endswith(" to:") and _next_is_bullet(lines, index)):
            zone = "targets"
            zones.targets_marker += " " + line
            if TAKE_ACTION_MODEL.search(k):
                zones.take_action_model = True
            continue
        if (zone in ("head", "after_letter", "asks_done", "notes") or (zone in ("targets", "copies") and k.endswith(":"))) \
                and ASKS_INTRO.search(k) and _bullets_follow(lines, index):
            zone = "asks_intro"
            zones.asks_intro.append(line)
            if line.rstrip().endswith(":") or _next_is_bullet(lines, index):
                zone = "asks"
            continue
        if zone == "asks_intro":
            zones.asks_intro.append(line)
            if line.rstrip().endswith(":") or _next_is_bullet(lines, index):
                zone = "asks"
            continue
        if zone == "asks":
            # after a blank line only an open item goes on, and only when the line continues it (lower
            # case, or a sheet with a blank line after every line): else the next paragraph is no request
            filled = [a for a in zones.asks if a]
            after_blank = bool(zones.asks) and not zones.asks[-1]
            blank_everywhere = len(zones.asks) - len(filled) >= len(filled) - 1
            open_item = bool(filled) and not re.search(r"[.;!]\s*$", filled[-1])
            if line.startswith(BULLET) or (open_item and not TARGETS.match(k) and (
                    not after_blank or line[:1].islower() or blank_everywhere)):
                zones.asks.append(line)
                continue
            zone = "asks_done"
        if zone == "notes":
            last = next((n for n in reversed(zones.notes) if n), "")
            open_sentence = bool(last) and not re.search(r"[.!]\s*$", last)
            if open_sentence and len(line) < 100 and not HEADER_LINE.match(k) and (zones.notes[-1] or line[:1].islower()):
                zones.notes.append(line)
                continue
            zone = "asks_done"
        if zone in ("targets", "copies") and is_prose(line):
            zone = "asks_done"
        if zone == "targets":
            zones.targets.append(line)
        elif zone == "copies":
            zones.copies.append(line)
        else:
            zones.head.append(line)
    _choose_letter(zones, letters)
    return zones


_REQUESTS = re.compile(r"\b(?:i|we) (?:\w+ ){0,3}(?:urge|call on|call upon|ask|request)\b|\bplease (?:ensure|release|guarantee|protect)\b|je vous (?:demande|prie|exhorte)|"
                       r"les? (?:pido|insto|exhorto|solicito)|ich (?:fordere|bitte) sie", re.IGNORECASE)


def _choose_letter(zones: Zones, letters: list[tuple[list[str], bool]]) -> None:
    """The model letter is the labelled one, else the one that asks for
    something; any other "Dear ...," block (a greeting to members) is text."""
    if not letters:
        return
    chosen = next((lines for lines, labelled in letters if labelled and lines), None)
    if chosen is None:
        chosen = next((lines for lines, _l in letters if _REQUESTS.search(" ".join(lines))), None)
    if chosen is None:
        chosen = letters[-1][0] if len(letters) == 1 and zones.take_action_model else None
    for lines, _labelled in letters:
        if lines is chosen:
            zones.letter = list(lines)
        else:
            zones.head.extend([""] + lines)


def is_prose(line: str) -> bool:
    """A sentence, not an address line: ends a recipients zone."""
    words = line.split()
    if line.startswith(("(", "[")) or re.match(r"^(?:note|nb|n\.b\.|remarque|nota|hinweis)\b", line, re.IGNORECASE):
        return False
    if len(CONTACT_LABEL.findall(line)) >= 2:
        return False  # a contact block run together on one line
    if len(words) >= 7 and re.search(r"[.!?]\s*$", line) and not re.search(r"@|\bfax\b|\btel\b", line, re.IGNORECASE):
        return True
    return len(words) >= 14 and not re.search(r"@", line)


def _prose_follows(lines: list[str], index: int) -> bool:
    for line in lines[index + 1:index + 4]:
        if line.strip():
            return is_prose(line) or len(line) > 70 or bool(re.match(r"^(?:i|we|je|nous|yo|ich|wir)\b", line.strip(), re.IGNORECASE))
    return False


def _next_is_bullet(lines: list[str], index: int) -> bool:
    for line in lines[index + 1:index + 4]:
        if line.strip():
            return line.startswith(BULLET)
    return False


def _bullets_follow(lines: list[str], index: int) -> bool:
    """An asks lead-in is followed by a bullet list within a few lines, or
    itself ends with "to:"."""
    for line in lines[index + 1:index + 6]:
        if line.startswith(BULLET):
            return True
    return lines[index].rstrip().endswith(":") and bool(re.search(r"\b(?:to|a|à|an|de|que)\s*:\s*$", lines[index].strip(), re.IGNORECASE)) \
        and any(l.strip() and l.strip()[0].islower() for l in lines[index + 1:index + 3])
