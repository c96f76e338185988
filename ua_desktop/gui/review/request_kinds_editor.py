"""What each request asks for, as UA Desktop understood it: for every
request of the case, its kind in plain words in the window's language, or
"Not recognised"; the user can choose the kind from a list and sees the
request as a letter in the chosen language would write it. The choices are
kept in the case file with the asks."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtWidgets import QComboBox, QFormLayout, QVBoxLayout, QWidget

from ua_desktop.core.case.model import Ask, Case
from ua_desktop.core.letters.requests.model import KINDS, Request, UnrecognisedRequest, Who
from ua_desktop.core.letters.requests.of_case import requests_of
from ua_desktop.core.letters.requests.render import render_requests
from ua_desktop.gui.review.request_descriptions import describe, kind_name
from ua_desktop.gui.widgets import plain_label
from ua_desktop.i18n import _

__all__ = ["RequestKindsEditor"]

_UNRECOGNISED = ""


class RequestKindsEditor(QWidget):
    def __init__(self, languages: dict[str, str], current_case: Callable[[], Case],
                 parent: QWidget | None = None):
        """`languages` maps letter-language codes to names (the preview's
        language); `current_case()` gives the case as the review has it now."""
        super().__init__(parent)
        self._current_case = current_case
        #: ask text -> its requests as the user chose them
        self._chosen: dict[str, tuple[Request | UnrecognisedRequest, ...]] = {}
        self.language = QComboBox()
        self.language.setAccessibleName(_("Letter language for the preview"))
        for code, name in languages.items():
            self.language.addItem(name, code)
        self.language.currentIndexChanged.connect(self.refresh)
        self.form_host = QWidget()
        self.form = QFormLayout(self.form_host)
        layout = QVBoxLayout(self)
        layout.addWidget(plain_label(_(
            "What UA Desktop understood each request to ask for. If it is wrong or not recognised, choose what "
            "the request asks for: the letters then write it in their own language. Below each choice you see "
            "how a letter in the language you pick here writes it.")))
        layout.addWidget(self.language)
        layout.addWidget(self.form_host)
        layout.addStretch(1)

    # ---------------------------------------------------------------- view
    def refresh(self, *_args) -> None:
        while self.form.rowCount():
            self.form.removeRow(0)
        case = self.apply_to(self._current_case())
        for ask in case.asks:
            for index, part in enumerate(ask.requests or ()):
                self._add_row(case, ask, index, part)
        if not self.form.rowCount():
            self.form.addRow(plain_label(_("This case has no requests yet.")))

    def _add_row(self, case: Case, ask: Ask, index: int, part: Request | UnrecognisedRequest) -> None:
        words = part.source_text or (part.text if isinstance(part, UnrecognisedRequest) else ask.text)
        picker = QComboBox()
        picker.setAccessibleName(_("What this request asks for: {request}").format(request=words))
        picker.addItem(_("Not recognised"), _UNRECOGNISED)
        for kind in KINDS:
            picker.addItem(kind_name(kind), kind)
        picker.setCurrentIndex(max(0, picker.findData(part.kind if isinstance(part, Request) else _UNRECOGNISED)))
        picker.setToolTip(describe(part))
        preview = plain_label(self._preview(case, part), object_name="note", selectable=True)
        picker.currentIndexChanged.connect(
            lambda _i, p=picker, key=ask.text, at=index: self._choose(key, at, p.currentData()))
        column = QWidget()
        box = QVBoxLayout(column)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(plain_label(describe(part)))
        box.addWidget(picker)
        box.addWidget(preview)
        self.form.addRow(plain_label(words, selectable=True), column)

    def _preview(self, case: Case, part: Request | UnrecognisedRequest) -> str:
        code = self.language.currentData()
        if not code or isinstance(part, UnrecognisedRequest):
            return _("Letters in other languages keep these words as the sheet wrote them, and say so.")
        phrase = render_requests([part], code, case.people, source_language=case.source_language)
        if phrase is None:
            return _("UA Desktop cannot write this request in this language yet; type your own words under "
                     "“Translate requests”.")
        return "→ " + phrase

    # ---------------------------------------------------------------- state
    def _choose(self, ask_text: str, index: int, kind: str) -> None:
        case = self.apply_to(self._current_case())
        ask = next((a for a in case.asks if a.text == ask_text), None)
        if ask is None or ask.requests is None or index >= len(ask.requests):
            return
        parts = list(ask.requests)
        parts[index] = _with_kind(parts[index], kind, ask.text)
        self._chosen[ask_text] = tuple(parts)
        self.refresh()

    def apply_to(self, case: Case) -> Case:
        return replace(case, asks=self.apply(case.asks, case))

    def apply(self, asks: tuple[Ask, ...], case: Case) -> tuple[Ask, ...]:
        """`asks` with their requests filled in: the user's choices, else
        what is stored, else what recognition reads now."""
        result = []
        for ask in asks:
            chosen = self._chosen.get(ask.text)
            result.append(replace(ask, requests=chosen if chosen is not None else requests_of(ask, case)))
        return tuple(result)


def _with_kind(part: Request | UnrecognisedRequest, kind: str, ask_text: str) -> Request | UnrecognisedRequest:
    words = part.source_text or (part.text if isinstance(part, UnrecognisedRequest) else ask_text)
    if kind == _UNRECOGNISED:
        text = part.text if isinstance(part, UnrecognisedRequest) else words
        return UnrecognisedRequest(text=text, source_text=words)
    if isinstance(part, Request) and part.kind == kind:
        return part
    who = part.who if isinstance(part, Request) else Who()
    return Request(kind=kind, who=who, source_text=words, confidence=1.0)
