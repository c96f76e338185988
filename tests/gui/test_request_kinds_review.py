"""The review step says what each request asks for, in the window's
language, and lets the user choose the kind (never silent about a request
it could not read), with a preview in a letter language."""

from __future__ import annotations

from ua_desktop.core.importer import import_text
from ua_desktop.core.letters.requests.model import Request, UnrecognisedRequest
from ua_desktop.gui.review.dialog import ReviewDialog
from ua_desktop.gui.review.request_descriptions import describe
from ua_desktop.i18n import set_language

SHEET = """URGENT ACTION
UA 99/25 Index: MDE 12/345/2025 Egypt Date: 1 March 2025
JOURNALIST DETAINED
Journalist Noor Salem was arrested on 20 February 2025.
PLEASE WRITE IMMEDIATELY in English or your own language:
- Calling on the authorities to release Noor Salem immediately and unconditionally;
- Calling on them to rename the central square after the victims.
PLEASE SEND APPEALS BEFORE 12 APRIL 2025 TO:
Minister of Interior
Mahmoud Tawfik
Ministry of Interior
Cairo, Egypt
Fax: +20 2 2794 5529
Salutation: Dear Minister
"""


def _rows(editor):
    form = editor.form
    return [(_widget_at(form, r, form.ItemRole.LabelRole), _widget_at(form, r, form.ItemRole.FieldRole))
            for r in range(form.rowCount())]


def _widget_at(form, row, role):
    from tests.gui.fit_helpers import forget_item

    item = form.itemAt(row, role)
    widget = item.widget()
    forget_item(item)
    return widget


def _texts(column):
    from PySide6.QtWidgets import QComboBox, QLabel

    return ([w.text() for w in column.findChildren(QLabel)], column.findChildren(QComboBox)[0])


def test_each_request_is_described_and_its_kind_can_be_chosen(qtbot):
    result = import_text(SHEET)
    dialog = ReviewDialog(result, letter_languages=("en", "fr", "ru"))
    qtbot.addWidget(dialog)
    dialog.tabs.setCurrentIndex(dialog.kinds_tab)
    editor = dialog.request_kinds
    editor.language.setCurrentIndex(editor.language.findData("fr"))
    (first_label, first), (second_label, second) = _rows(editor)
    labels, _picker = _texts(first)
    assert labels[0] == "Release (immediately and unconditionally)"
    assert labels[1] == "→ libérer Noor Salem immédiatement et sans condition"
    assert second_label.text() == "rename the central square after the victims"
    labels, picker = _texts(second)
    assert labels[0] == "Not recognised"
    picker.setCurrentIndex(picker.findData("investigate"))
    chosen = dialog.case().asks[1].requests[0]
    assert isinstance(chosen, Request) and chosen.kind == "investigate" and chosen.confidence == 1.0
    (_l, _f), (_l2, second) = _rows(editor)
    assert _texts(second)[0][0] == "An investigation"
    picker = _texts(second)[1]
    picker.setCurrentIndex(picker.findData(""))
    assert isinstance(dialog.case().asks[1].requests[0], UnrecognisedRequest)


def test_descriptions_are_in_the_window_language():
    request = Request("release", qualifiers=frozenset({"immediately", "unconditionally"}),
                      reason="prisoner_of_conscience")
    try:
        set_language("fr")
        assert describe(request) == "Libération (immédiatement et sans condition ; en tant que prisonnier d’opinion)"
        set_language("ru")
        assert describe(UnrecognisedRequest("x")) == "Не распознано"
    finally:
        set_language("en")
