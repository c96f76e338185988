"""Plain names for the places in a case file, for error messages.

A damaged case file is reported by where the damage is. The reader tracks
that place as a path such as ``recipients[2].localized.ru.salutation``;
people who open a case file never see such paths: `describe_place` turns
it into words in the window's language ("Recipient 2, Russian,
Salutation").
"""

from __future__ import annotations

import re

from ua_desktop.i18n import N_, _, current_language

#: Lists of numbered entries: the label of one entry and of the whole list.
_ENTRIES = {
    "people": (N_("Person {number}"), N_("People at risk")),
    "recipients": (N_("Recipient {number}"), N_("Recipients")),
    "asks": (N_("Request {number}"), N_("Requests")),
    "requests": (N_("Part {number}"), N_("Parts of the request")),
}

_FIELDS = {
    "title": N_("Title of the case"),
    "country": N_("Country"),
    "deadline": N_("Deadline"),
    "issued": N_("Date of issue"),
    "write_languages": N_("Languages to write in"),
    "source_language": N_("Language of the sheet"),
    "own_language_welcome": N_("Letters in your own language"),
    "ua_number": N_("UA number"),
    "index_number": N_("Index number"),
    "summary": N_("Summary"),
    "letter_facts": N_("Facts for the letter"),
    "copies_note": N_("Note on copies"),
    "late_note": N_("Note on late letters"),
    "background": N_("Background"),
    "status": N_("Status"),
    "status_note": N_("Note on the status"),
    "name": N_("Name"),
    "gender": N_("Gender"),
    "forms": N_("Forms of the name"),
    "title_lines": N_("Title lines"),
    "address_lines": N_("Address"),
    "addressee_lines": N_("Addressee lines"),
    "fax": N_("Fax number"),
    "email": N_("Email address"),
    "phone": N_("Phone number"),
    "social": N_("Social media"),
    "salutation": N_("Salutation"),
    "role": N_("Role"),
    "office": N_("Office"),
    "note": N_("Note"),
    "text": N_("Wording"),
    "translations": N_("Translations"),
    "source_text": N_("Wording on the sheet"),
    "unrecognised": N_("Wording on the sheet"),
    "kind": N_("Kind of request"),
    "who": N_("People it is for"),
    "reason": N_("Reason"),
    "qualifiers": N_("Details"),
    "details": N_("Details"),
}

#: Segments whose next segment is a language code.
_BY_LANGUAGE = {"localized", "forms", "translations", "letter_facts"}
#: Segments that only group what follows and add nothing a reader needs.
_SILENT = {"case", "localized"}

_NUMBERED = re.compile(r"(\w+)\[(\d+)\]")


def describe_place(path: str) -> str:
    """Words for a place in a case file: "Recipient 2, Fax number"."""
    from ua_desktop.core.locales.languages import language_label

    words: list[str] = []
    previous = ""
    for segment in path.split("."):
        numbered = _NUMBERED.fullmatch(segment)
        if numbered:
            entry = _ENTRIES.get(numbered.group(1))
            if entry:
                words.append(_(entry[0]).format(number=int(numbered.group(2))))
            else:
                words.append(_(_FIELDS.get(numbered.group(1), numbered.group(1))))
        elif previous in _BY_LANGUAGE:
            words.append(language_label(segment, current_language()))
        elif segment in _ENTRIES:
            words.append(_(_ENTRIES[segment][1]))
        elif segment in _FIELDS:
            words.append(_(_FIELDS[segment]))
        elif segment not in _SILENT:
            words.append(f"“{segment}”")
        previous = segment
    comma = "، " if current_language() == "ar" else ", "
    return comma.join(words) or _("The case")
