"""From cleaned sheet text to an `ImportResult`: the conductor that asks each
small module for its part and notes what was unsure or missing."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import replace

from ua_desktop.core.case.model import Case, Gender, Person, RecipientRole
from ua_desktop.core.case.check import doubtful_fields, missing_fields
from ua_desktop.core.letters.requests.of_case import recognised_asks
from ua_desktop.core.text import clean_line
from ua_desktop.i18n import _

from . import references
from . import sections as S
from .asks import asks_from_letter, asks_from_list
from .dates import find_dates
from .errors import SheetImportError
from ua_desktop.core.locales.countries import country_code as any_language_country_code
from ua_desktop.core.locales.countries import country_name, find_countries
from ua_desktop.core.locales.countries import sheet_country_code as country_code
from .block_roles import assign_roles, heading_lines, reasons_in_words, rezone
from .limits import within_case_file_limits
from .keywords import common_words
from .markers import marker, plain
from .normalize import normalize_text, reflow
from .people import find_people, people_from_headline, people_from_label, people_from_labels, people_listed
from ua_desktop.core.case.offices import detect_gender
from .recipients import parse_recipients
from .line_shapes import is_caps, is_reference_line, looks_like_a_sheet, old_person_matches, sentence_case
from .pasted_columns import looks_like_columns, tab_columns, tabs_between_words_as_spaces
from .result import FieldNote, ImportResult
from .phones import numbers_in_international_form
from .sheet_language import identify_language

MAX_TEXT_CHARS = 200_000  # a three-page sheet is about 15 000 characters

_DEADLINE_STRONG = plain("deadline")  # "send appeals", "avant le", "bis spätestens"
_DEADLINE_WEAK = marker(r"\b{deadline_near}\b")  # "before", "antes", "nach": a deadline only beside an appeal word
_APPEAL_WORDS = plain("appeal_words")
_EMBASSY = plain("embassy")  # "Embassy of Iran", "Botschaft", "Permanent Mission"
_ABROAD = marker(r"\bc/o\b|{embassy}")  # a target written to through an embassy: not the case's country
_PRONOUN_LABEL = marker(r"^{pronoun_labels}")  # "NAME AND PRONOUN: ...", "NOMS ET PRONOMS : ..."
_DEADLINE_LABEL = marker(r"{deadline_labels}")  # a labelled field whose value is the deadline
_NOTE_PLACEHOLDER = marker(r"\b{note_placeholders}\b")  # "Please insert local diplomatic addresses below:"
_DIPLOMATIC = marker(r"{diplomatic_words}")  # a note about copies to the country's diplomats


def import_text(text: str) -> ImportResult:
    """Parse the text of an Urgent Action sheet (pasted, or extracted from a file)."""
    if not isinstance(text, str):
        raise SheetImportError(_("The sheet could not be read as text."))
    if len(text) > MAX_TEXT_CHARS:
        raise SheetImportError(_(
            "The text is far too long to be one Urgent Action sheet ({count} characters). "
            "Paste only the sheet itself."
        ).format(count=len(text)))
    if "\t" in text:
        text = tab_columns(tabs_between_words_as_spaces(text))
    if looks_like_columns(text):  # text laid out in columns (pdftotext -layout, a pasted table)
        from .extract.columns import split_columns

        text = split_columns(text.expandtabs(8))
    cleaned = normalize_text(text)
    if not cleaned.strip():
        raise SheetImportError(_("There is no text to import. Paste the text of an Urgent Action sheet, or open its PDF or DOCX file."))
    # Any text gives a result: what was found, and a list of what is missing for the review step.
    # An internal error is a bug and propagates (the fuzz tests catch it); it is never "not a sheet".
    return _Parser(cleaned).run()


class _Parser:
    def __init__(self, text: str):
        self.text = text
        self.lines = text.split("\n")
        self.unsure: list[FieldNote] = []
        self.missing: list[FieldNote] = []

    def note(self, field: str, message: str) -> None:
        self.unsure.append(FieldNote(field, message))

    def run(self) -> ImportResult:
        text, lines = self.text, self.lines
        zones = S.split_zones(lines)  # what the headings say: one cue among others for the blocks' roles
        language = self.language = self.detect_language()
        self.place_blocks(zones, language)
        if not looks_like_a_sheet(text, zones):
            self.note("sheet", _(
                "This does not look like an Urgent Action sheet: no \"Urgent Action\" heading, UA number, "
                "or list of people to write to was found. Check that you chose the right file."
            ))
        meta = references.meta_fields(zones.meta, self.lines)

        ua_number = references.ua_number(text, meta)
        index_number = references.index_number(text, meta)
        issued = references.issued(meta, lines)
        default_year = (issued.year if issued else None) or references.year_hint(self.text, ua_number, index_number)

        title, summary, body_rest = self.title_and_summary(zones, meta)
        recipients, notes = parse_recipients(zones.targets, RecipientRole.TARGET)
        copies, copy_notes = parse_recipients(zones.copies, RecipientRole.COPY, start_index=len(recipients))
        self.unsure.extend(notes + copy_notes)
        recipients = list(recipients) + list(copies)
        self.note_moved_blocks(recipients)

        letter_text = "\n".join(zones.letter).strip()
        if recipients and zones.letter and not any(r.salutation for r in recipients if r.role is RecipientRole.TARGET):
            first = S.key(zones.letter[0])
            if S.LETTER_START.match(first) and zones.take_action_model:
                sal = clean_line(zones.letter[0]).rstrip(",:")
                first_target = recipients[0]
                gender = first_target.gender if first_target.gender is not Gender.UNKNOWN else detect_gender(sal)
                recipients[0] = replace(first_target, salutation=sal, gender=gender)

        asks = asks_from_list(zones.asks)
        if not asks and zones.letter:
            asks = asks_from_letter(letter_text)
            if asks:
                self.note("asks", _("The requests were taken from the model letter; check that each one is a separate request."))

        people = self.people(meta, title, summary, zones, asks, letter_text, recipients, body_rest)
        country = self.country(recipients, title, summary, meta, lines)
        recipients = [self.with_numbers(recipient) for recipient in recipients]
        deadline = self.deadline(meta, lines, default_year)
        write_languages = references.write_languages(meta, lines) or next(
            (codes for b in self.blocks if "language_names" in b.features
             for codes in [references.languages_named(" ".join(b.lines))] if codes), [])
        copies_note, late_note = self.notes(zones.notes + [l for l in zones.meta if S.NOTES.search(S.key(l))])
        background = reflow([l for l in zones.background if not is_reference_line(l)]) if zones.background else ""
        status, status_note = self.status(text)

        if issued and deadline and deadline < issued:
            self.note("deadline", _("The deadline is before the date the sheet was issued; check it."))

        case = Case(
            title=title,
            country=country,
            people=tuple(people),
            recipients=tuple(recipients),
            asks=recognised_asks(asks, language, people),  # recognised here; reminders left out
            deadline=deadline,
            write_languages=tuple(write_languages),
            own_language_welcome=references.own_language_welcome(lines),
            source_language=language,
            ua_number=ua_number,
            index_number=index_number,
            issued=issued,
            summary=summary,
            copies_note=copies_note,
            late_note=late_note,
            background=background,
            status=status,
            status_note=status_note,
        )
        case = within_case_file_limits(case)
        self.check_missing(case, letter_text)
        layout = "template" if zones.letter_is_template else ("model_letter" if zones.take_action_model else ("2010" if zones.asks else "other"))
        return ImportResult(
            case=case,
            source_text=text,
            unsure=tuple(self.unsure),
            missing=tuple(self.missing),
            model_letter=letter_text,
            layout=layout,
        )

    def place_blocks(self, zones: S.Zones, language: str) -> None:
        """Every block scored for every role by its cues (`block_roles.py`); the zones rebuilt from the roles."""
        self.recipient_heading = ""
        self.blocks = assign_roles(zones, language)
        rezone(zones, self.blocks)
        taken = [b for b in self.blocks if b.moved and b.role in ("recipient", "copies")]
        if taken:  # no heading said where they are (or said something else): recipients found by their cues
            self.recipient_heading = next((h for b in taken for h in heading_lines(b)), "") or taken[0].heading
            self.note("recipients", _("The people to write to were recognised from the text; check them."))

    def note_moved_blocks(self, recipients) -> None:
        """Say in the review why a block was read against what its headings said: a recipient or a copy
        by its cues, a request list that no heading marked."""
        for block in self.blocks:
            if not block.moved:
                continue
            why = reasons_in_words(block)
            if block.role == "requests":
                self.note("asks", _("The requests were taken from a list no heading marked ({reasons}); check them.")
                          .format(reasons=why))
                continue
            if block.role not in ("recipient", "copies"):
                continue
            text = "\n".join(block.lines)
            index = next((i for i, r in enumerate(recipients) if (r.name or r.title) and (r.name or r.title) in text), None)
            if index is None or any(n.field == f"recipients[{index}]" for n in self.unsure):
                continue
            message = (_("Taken as a person to write to by what it holds ({reasons}); check it.") if block.role == "recipient"
                       else _("Taken as a copy, not a person to write to, by what it holds ({reasons}); check it."))
            self.note(f"recipients[{index}]", message.format(reasons=why))

    # ---------------------------------------------------------------- fields
    def with_numbers(self, recipient):
        """Fax and phone numbers split ("X or Y") and in international form,
        read with the recipient's own country (never the case's: a copy may
        go to a mission in New York); a number with no country code and no
        country to read it with, or not a valid number, is kept as printed,
        and the review says so."""
        changes, unsure = {}, False
        for field in ("fax", "phone"):
            written = getattr(recipient, field)
            formatted, sure = numbers_in_international_form(written, recipient.country)
            changes[field] = formatted
            unsure = unsure or not sure
        if unsure:
            self.note("recipients", _("Check the fax and phone numbers of {name}: one could not be read as a "
                                      "number of the country.").format(name=recipient.name or recipient.title))
        return replace(recipient, **changes)

    def detect_language(self) -> str:
        """The sheet's language from the language identifier (any of 97 languages, so a Portuguese
        sheet is not read as Spanish); the keyword count only when the text is too short to tell."""
        code, _confidence = identify_language(self.text)
        if code:
            return code
        sample = self.text[:20000].lower()
        scores = {lang: len(re.findall(rx, sample)) for lang, rx in common_words().items()}
        best = max(scores, key=lambda lang: (scores[lang], lang == "en"))  # a tie: English, as before
        return best if scores[best] else "en"

    def title_and_summary(self, zones: S.Zones, meta: dict[str, str]) -> tuple[str, str, list[str]]:
        title = meta.get("urgent action title", "")
        lines = list(zones.head)
        # Start at the first "URGENT ACTION" heading: an email's greeting or a page's menu may come before it.
        first_header = next((n for n, l in enumerate(lines) if S.HEADER_LINE.match(S.key(l))), None)
        if first_header is not None:
            subject = next((l for l in lines[:first_header] if S.after_ua_heading(l)), None)
            lines = ([subject] if subject else []) + lines[first_header:]
        lines = [l for l in lines if not (l.strip() and is_reference_line(l))]
        i = 0
        # leading header lines: "URGENT ACTION", "FURTHER INFORMATION ON UA ...", UA/index/date lines
        while i < len(lines):
            line = lines[i].strip()
            k = S.key(line)
            if not k:
                i += 1
                continue
            subject = S.after_ua_heading(line)
            if subject and len(line) < 200 and not re.search(r"[.!?]\s*$", line):
                if not title and not references.UA_NUMBER.search(subject):
                    title = subject
                i += 1
                continue
            if S.HEADER_LINE.match(k) or (S.FURTHER.search(k) and len(line) < 200) or (
                    len(line) < 200 and (references.UA_NUMBER.search(line) or references.INDEX_NUMBER.search(line)) and not re.search(r"[a-z]{3,}\s+[a-z]{3,}\s+[a-z]{3,}\s+[a-z]{3,}", line)):
                subject = S.after_ua_heading(line)
                if subject and not title and not references.UA_NUMBER.search(subject):
                    title = subject
                i += 1
                continue
            break
        if i < len(lines) and "urgent action title" not in meta:
            caps: list[str] = []
            j = i
            while j < len(lines) and lines[j].strip() and is_caps(lines[j]) and len(caps) < 4:
                if not (caps and country_code(lines[j])):  # a country on its own line under the headline
                    caps.append(lines[j].strip())
                j += 1
            if caps:
                title, i = " ".join(caps), j
            elif not title:
                first = lines[i].strip()
                after = lines[i + 1].strip() if i + 1 < len(lines) else ""
                prefixed = re.match(r"^([^:]{3,40}):", first) and country_code(first.split(":", 1)[0])
                if len(first) < 150 and not re.search(r"[.!?]\s*$", first) and (not after or prefixed):
                    title, i = first, i + 1
        if not title:  # older sheets: "UA 188/07 Fear of torture / Prisoner of conscience 12 July 2007"
            for line in zones.head[:8]:
                m = re.match(r"^\s*(?:UA|AU)\s*:?\s*\d{1,3}/\d{2}\s+(.{4,120}?)\s+\d{1,2}\s+[^\W\d]+\s+\d{4}\s*$", line)
                if m:
                    title = m.group(1)
                    break
        lines = lines[:i] + [l for l in lines[i:] if not old_person_matches(l)]
        paragraphs = [p for p in reflow(lines[i:]).split("\n\n") if p.strip()]
        paragraphs = [p for p in paragraphs if not (S.HEADER_LINE.match(S.key(p)) or (S.FURTHER.search(S.key(p)) and len(p) < 200))]
        summary_label = meta.get("urgent action summary")
        if summary_label:
            summary = summary_label
        else:
            summary = paragraphs.pop(0) if paragraphs else ""
        if is_caps(title):
            title = sentence_case(title, self.language)
        return clean_line(title), summary.strip(), paragraphs

    def people(self, meta, title, summary, zones, asks, letter_text, recipients, body_rest) -> list[Person]:
        for key_name, value in meta.items():
            if _PRONOUN_LABEL.match(key_name) and value:
                people = people_from_label(value)
                if people:
                    return people
        labelled = people_from_labels(self.lines) or self.listed_people(zones.head[:20]) or people_listed(zones.head)
        if labelled:
            return labelled
        pool = [title if not title.isupper() else "", summary] + [a.text for a in asks] + [letter_text]
        exclude = {r.name for r in recipients}
        background = "\n".join(zones.background) + "\n" + "\n".join(body_rest)
        people = find_people(pool, background, exclude)
        if not people:
            people = find_people(pool + body_rest, background, exclude)
        people = people or people_from_headline(zones.head)
        if people:
            self.note("people", _("The people at risk were recognised from the text; check the names."))
        return people

    def listed_people(self, head: list[str]) -> list[Person]:
        """Older sheets list people under the headline: "Umida Niazova (f), aged 32"."""
        people = []
        for line in head:
            for m in old_person_matches(line):
                words = m.group(1).split()
                while words and words[0].isupper() and len(words[0]) > 2:  # "UZBEKISTAN Umida Niazova"
                    words = words[1:]
                if len(words) >= 2:
                    gender = Gender.FEMALE if m.group(2) == "f" else Gender.MALE
                    people.append(Person(name=" ".join(words), gender=gender))
        return people

    def country(self, recipients, title, summary, meta, lines) -> str:
        votes: Counter[str] = Counter()
        for r in recipients:
            if r.country and r.role is RecipientRole.TARGET:
                code = country_code(r.country) or (len(r.country) >= 4 and any_language_country_code(r.country))
                abroad = _ABROAD.search(S.key(" ".join(r.address_lines + r.title_lines)))
                if code and not abroad:
                    votes[code] += 3
        m = re.match(r"^([^:]{3,40}):", title)
        if m and country_code(m.group(1)):
            votes[country_code(m.group(1))] += 4
        for line in lines:
            if (references.INDEX_NUMBER.search(line) or references.UA_NUMBER.search(line)) and is_reference_line(line):
                for _pos, code in find_countries(references.INDEX_NUMBER.sub(" ", line)):
                    votes[code] += 5
        for line in lines[:8]:
            if is_caps(line) and country_code(line):
                votes[country_code(line)] += 4
        if not votes:  # "c/o Embassy of Iran ...": the country the embassy represents
            for r in recipients:
                for line in r.title_lines + r.address_lines:
                    if _EMBASSY.search(S.key(line)):
                        for _pos, code in find_countries(re.split(r",", line)[0]):
                            votes[code] += 2
        for _pos, code in find_countries(summary + " " + title)[:3]:
            votes[code] += 1
        if not votes:
            return ""
        best, score = votes.most_common(1)[0]
        if score < 3:
            self.note("country", _("The country was guessed from the text; check it."))
        return country_name(best)

    def deadline(self, meta, lines, default_year) -> dt.date | None:
        for key_name, value in meta.items():
            if _DEADLINE_LABEL.search(key_name) and value:
                found = find_dates(value, default_year)
                if found:
                    if found[0][2]:
                        self.note("deadline", _("The deadline has no year; the year was guessed."))
                    return found[0][1]
        candidates: list[tuple[int, int, dt.date, bool]] = []
        for i, line in enumerate(lines):
            k = S.key(line)
            strong = _DEADLINE_STRONG.search(k)
            appeal = _APPEAL_WORDS.search(k)
            weak = _DEADLINE_WEAK.search(k) and appeal
            if not (strong or weak):
                continue
            window = line + " " + " ".join(lines[i + 1:i + 3]) if (strong and appeal) or len(line) < 60 else line
            offset = strong.start() if strong else 0
            found = find_dates(window[offset:], default_year) or find_dates(window, default_year)
            if not found:
                continue
            _pos, date, guessed = found[0]
            score = (3 if appeal else 0) + (2 if strong else 0) + (0 if guessed else 1) + (1 if len(line) < 120 else 0)
            candidates.append((-score, i, date, guessed))
        if not candidates and self.recipient_heading:  # "ENVIE APELOS ATÉ 15 DE JUNHO DE 2022 PARA:"
            found = find_dates(self.recipient_heading, default_year)
            if found:
                self.note("deadline", _("The deadline was inferred from a sentence; check it."))
                return found[0][1]
        if not candidates:
            return None
        candidates.sort(key=lambda c: (c[0], c[1]))
        score, _i, date, guessed = candidates[0]
        if guessed:
            self.note("deadline", _("The deadline has no year; the year was guessed."))
        if -score < 5:
            self.note("deadline", _("The deadline was inferred from a sentence; check it."))
        return date

    def notes(self, note_lines: list[str]) -> tuple[str, str]:
        text = reflow(note_lines)
        text = re.sub(r"\s+", " ", text).strip()
        sentences = re.split(r"(?<=[.!:])\s+(?=[A-ZÀ-ÝА-ЯЁ¿¡])", text)
        copies, late = [], []
        for sentence in sentences:
            k = S.key(sentence)
            if not k:
                continue
            if _NOTE_PLACEHOLDER.search(k):
                continue  # "Please insert local diplomatic addresses below:"
            if _DIPLOMATIC.search(k):
                copies.append(sentence)
            elif S.LATE.search(k):
                late.append(sentence)
        return " ".join(copies), " ".join(late)

    def status(self, text: str) -> tuple[str, str]:
        keyed = S.key(text)
        m = S.NO_FURTHER.search(keyed)
        if not m:
            return "open", ""
        paragraphs = reflow(self.lines).split("\n\n")
        for p in paragraphs:
            if S.NO_FURTHER.search(S.key(p)):
                sentences = re.split(r"(?<=[.!])\s+", p)
                chosen = [s for s in sentences if S.NO_FURTHER.search(S.key(s))]
                return "no_further_action", " ".join(chosen or [p]).strip()
        return "no_further_action", ""

    def check_missing(self, case: Case, letter_text: str) -> None:
        """The rules shared with the review window (`core.case_check`),
        plus what only an import can be unsure of."""
        self.missing.extend(missing_fields(case, has_model_letter=bool(letter_text)))
        if not case.write_languages:
            self.unsure.append(FieldNote("write_languages", _(
                "The sheet does not say which languages to write in; choose them yourself.")))
        if not case.title:
            self.unsure.append(FieldNote("title", _("No headline was found; add a short title.")))
        self.unsure.extend(doubtful_fields(case))
