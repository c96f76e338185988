"""Who a recipient line names: office words, the shape of a personal name,
a title run together with the name ("Minister of Justice Ana Pérez"), and
courtesy titles and honorifics before it."""

from __future__ import annotations

import re

from ua_desktop.core.locales.countries import sheet_country_code as country_code
from ua_desktop.core.text import fold_phrase as fold

from .keywords import lexicons


FUNCTION_END = re.compile(r"\b(?:of|the|of the|and|for|de|del|de la|des|du|la|le|et|y|für|der|die|des|und|von|to)$", re.IGNORECASE)
_OFFICE_WORDS = {
    "minister", "ministry", "ministre", "ministère", "ministerio", "ministro", "ministerin", "ministerium", "bundesminister",
    "president", "presidente", "président", "présidente", "präsident", "präsidentin", "presidency", "presidencia",
    "prosecutor", "procureur", "procuradora", "procurador", "fiscal", "fiscalía", "staatsanwalt", "generalstaatsanwalt",
    "generalstaatsanwältin", "attorney", "government", "gouvernement", "gobierno", "regierung", "affairs", "office",
    "head", "chief", "chair", "chairman", "chairperson", "director", "directeur", "directora", "director-general",
    "republic", "république", "república", "republik", "embassy", "ambassade", "embajada", "botschaft", "ambassador",
    "ambassadeur", "ambassadrice", "embajador", "embajadora", "botschafter", "botschafterin", "council", "court",
    "tribunal", "gericht", "judge", "juge", "juez", "jueza", "richter", "secretary", "secretario", "secretaria",
    "secrétaire", "commissioner", "commissaire", "governor", "gouverneur", "gobernador", "gouverneure", "gouverneurin",
    "parliament", "parlement", "parlamento", "speaker", "deputy", "vice", "interim", "justice", "justicia", "justiz",
    "interior", "intérieur", "innern", "security", "sécurité", "seguridad", "defence", "defense", "foreign", "state",
    "estado", "état", "staat", "police", "policía", "polizei", "department", "commission", "comisión", "committee",
    "authority", "king", "queen", "emir", "sultan", "prime", "premier", "federal", "national", "supreme",
    "general", "cabinet", "administration", "agency", "ombudsman", "mission", "permanent", "consulate",
    "représentant", "excellency", "excelencia", "exzellenz", "governo", "procuraduría", "attorney-general",
    "judiciary", "leader", "ombudsperson", "human", "rights", "prison", "prisons", "penitentiary", "prosecution", "public", "military",
    "army", "intelligence", "bureau", "services", "service", "investigation", "investigative", "governorate",
    "provincial", "regional", "municipal", "mayor", "union", "kingdom", "royal", "highness", "majesty", "ministries",
    "labour", "labor", "education", "health", "women", "home", "immigration", "migration", "correctional",
    "detention", "centre", "center", "commander", "commanding", "officer", "inspector", "inspectorate", "constitutional",
    "assembly", "senate", "congress", "house", "representative", "representatives", "delegate", "consul", "envoy",
    "parquet", "juzgado", "fiscalia", "defensoría", "defensor", "defensora", "pueblo", "alcalde", "maire",
    "conseil", "consejo", "direction", "dirección", "directorate", "generalstaatsanwaltschaft",
    "staatsanwaltschaft", "oberster", "oberste", "ministerpräsident", "bundespräsident", "justizminister", "innenminister",
}
# and those of the lexicon files (`office_words`: "посольство", "республики")
_OFFICE_WORDS |= {w for lexicon in lexicons().values() for w in lexicon.get("office_words", [])}
# Also as extraction leaves them: accents stripped ("ministere") or accented letters dropped ("rpublique").
_OFFICE_WORDS |= {re.sub(r"[^\x00-\x7f]", "", w) for w in _OFFICE_WORDS} | {fold(w) for w in _OFFICE_WORDS}
TITLE_START = {"chair", "chairman", "chairwoman", "chairperson", "president", "minister", "head", "director", "secretary",
                "governor", "prosecutor", "ambassador", "judge", "commissioner", "speaker", "deputy", "member", "chief",
                "attorney", "presidente", "président", "présidente", "ministre", "ministro", "ministra", "fiscal", "procureur",
                "procureure", "präsident", "präsidentin", "ministerin", "generalstaatsanwalt", "botschafter",
                "vice", "vice-president", "prime", "premier", "supreme", "acting", "interim", "mayor", "maire", "alcalde",
                "ombudsman", "ombudsperson", "defensor", "defensora", "directeur", "directrice", "directora", "secrétaire",
                "secretario", "secretaria", "gobernador", "gouverneur", "juez", "jueza", "juge", "richter", "richterin"}
TITLE_START |= {re.sub(r"[^\x00-\x7f]", "", w) for w in TITLE_START} | {fold(w) for w in TITLE_START}
_RANK_WORDS = {"general", "colonel", "major", "lieutenant", "captain", "admiral", "brigadier", "marshal", "field"}
ADDRESS_WORDS = re.compile(
    r"\b(?:street|st\.|road|rd\.|avenue|ave\.?|av\.|avda\.?|boulevard|blvd|lane|square|place|building|floor|box|p\.?\s?o\.?|"
    r"calle|carrera|colonia|col\.|edificio|piso|apartado|rue|bd|cedex|bp|straße|strasse|str\.|platz|allee|weg|postfach|"
    r"ulitsa|ul\.|prospekt|pr\.|dom|house|city|district|province|region|oblast|c/o|km|zona|barrio|casilla|"
    r"plaza|paseo|pasaje|via|viale|piazza)\b",
    re.IGNORECASE,
)
_PARTICLES = {"de", "da", "del", "della", "di", "do", "dos", "das", "du", "des", "la", "le", "van", "von", "der", "den",
              "ter", "al", "el", "bin", "ibn", "bint", "y", "e", "ben", "abu", "zu", "af", "st."}
HONORIFIC_TITLE = re.compile(r"^(?:H\.\s?E\.|S\.\s?E\.|His\s+Excellency|Her\s+Excellency|Son\s+Excellence|Su\s+Excelencia|Seine\s+Exzellenz|Ihre\s+Exzellenz|Excmo\.?|Excma\.?|Exmo\.?|Hon\.|The\s+Hon(?:ou?rable)?\.?)\s+", re.IGNORECASE)
_COURTESY = re.compile(
    r"^(?:(?P<m>Mr\.?|Sr\.?|Señor|Senor|Herrn?|Monsieur|M\.|Don|Dn\.)|(?P<f>Mrs\.?|Ms\.?|Miss|Sra\.?|Srta\.?|Señora|Senora|Frau|Madame|Mme\.?|Doña|Dña\.?))\s+",
)
def _words(line: str) -> list[str]:
    return line.replace(",", " ").split()


def has_office_word(line: str) -> bool:
    return any(w.strip(".,;:()").lower() in _OFFICE_WORDS for w in _words(line))


def looks_like_name(line: str) -> bool:
    """A personal name: 1-6 capitalised words (particles allowed), no digits,
    no office or address words, not a country."""
    line = HONORIFIC_TITLE.sub("", line).strip()
    had_courtesy = bool(_COURTESY.match(line))
    line = _COURTESY.sub("", line).strip()
    if not line or any(ch.isdigit() for ch in line) or ":" in line or "@" in line or len(line) > 60:
        return False
    if ADDRESS_WORDS.search(line) or country_code(line):
        return False
    words = line.split()
    if not (2 <= len(words) <= 6 or (had_courtesy and len(words) >= 1)):
        return False
    capitals = 0
    for i, word in enumerate(words):
        bare = word.strip(".,()’'\"")
        low = bare.lower()
        if low in _OFFICE_WORDS and not (low in _RANK_WORDS and i == 0):
            return False
        if low in _PARTICLES or re.fullmatch(r"(?:al|el|ad|ar|as|az|ash)-\w+", low):
            continue
        if not bare or not (bare[0].isupper() or bare[0] in "'’"):
            return False
        capitals += 1
    return capitals >= (1 if had_courtesy else 2) or (capitals >= 1 and len(words) >= 2)


def split_title_from_name(line: str) -> tuple[list[str], str] | None:
    """'Public Prosecutor Juan Pérez' -> (['Public Prosecutor'], 'Juan Pérez')."""
    honorific = HONORIFIC_TITLE.match(line)
    prefix_titles: list[str] = []
    if honorific:
        prefix_titles.append(honorific.group(0).strip())
        line = line[honorific.end():]
    words = line.split()
    for k in range(1, len(words) - 1):
        head, rest = " ".join(words[:k]), " ".join(words[k:])
        if FUNCTION_END.search(head) or words[k][0].islower():
            continue  # "Head of the | Judiciary ..." cannot be the split point
        if has_office_word(head) and looks_like_name(rest) and not has_office_word(rest):
            head = head.rstrip(",")
            return prefix_titles + [head], rest
    if prefix_titles and looks_like_name(line):
        return prefix_titles, line
    return None


def strip_courtesy(name: str) -> tuple[str, str]:
    m = _COURTESY.match(name)
    if m:
        return name[m.end():].strip(), m.group(0)
    return name, ""
