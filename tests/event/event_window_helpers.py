"""What the event-window tests share: sample cases, a writer, and ways to
drive the window and look into it."""

from __future__ import annotations

from pathlib import Path

from event_helpers import sample_case

from ua_desktop.core.case.model import Gender, Person, Recipient, RecipientRole

CASE = sample_case()
OTHER = CASE.with_changes(people=(Person("Jane Doe", Gender.FEMALE),), ua_number="UA 99/26", country="Ruritania")
EMBASSY = Recipient(RecipientRole.COPY, "H.E. the Ambassador of the Kyrgyz Republic",
                    title_lines=("Embassy of the Kyrgyz Republic",), address_lines=("Rue 1", "1050 Brussels"),
                    country="Belgium", office="ambassador")
WRITER = ("Zoltan Quixby", "Xanthville", "Borduria", "I am a Quixby teacher in Xanthville.")


def press(qtbot, window, key, text=None):
    from PySide6.QtCore import Qt

    target = window.focusWidget() or window
    if text is not None:
        qtbot.keyClicks(target, text)
    else:
        qtbot.keyClick(target, key, Qt.KeyboardModifier.NoModifier)


def fill_in_writer(qtbot, window, writer=WRITER):
    from ua_desktop.gui.event.window import LETTER
    from ua_desktop.gui.event.window import WRITER as WRITER_STEP

    window.go_to(WRITER_STEP)
    name, town, country, sentence = writer
    qtbot.keyClicks(window.writer_step.name, name)
    qtbot.keyClicks(window.writer_step.town, town)
    qtbot.keyClicks(window.writer_step.country, country)
    window.go_to(LETTER)
    qtbot.keyClicks(window.letter_step.personal, sentence)


def all_texts(window) -> list[str]:
    """Every text a widget of the window holds or could undo back to."""
    from PySide6.QtWidgets import (
        QAbstractButton,
        QComboBox,
        QLabel,
        QLineEdit,
        QListWidget,
        QPlainTextEdit,
    )

    texts = [window.windowTitle(), window.statusBar().currentMessage()]
    for edit in window.findChildren(QLineEdit):
        texts.append(edit.text())
        assert not edit.isUndoAvailable(), edit.accessibleName()
    for edit in window.findChildren(QPlainTextEdit):
        texts.append(edit.toPlainText())
        assert not edit.document().isUndoAvailable()
    texts += [label.text() for label in window.findChildren(QLabel)]
    texts += [b.text() + b.toolTip() for b in window.findChildren(QAbstractButton)]
    for combo in window.findChildren(QComboBox):
        texts += [combo.itemText(i) for i in range(combo.count())] + [combo.currentText()]
    for widget in window.findChildren(QListWidget):
        texts += [widget.item(i).text() for i in range(widget.count())]
    return texts


def files_mentioning(folder: Path, words: list[str]) -> list[Path]:
    found = []
    for path in folder.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            if any(word.encode("utf-8") in data or word.encode("utf-16-le") in data for word in words):
                found.append(path)
    return found
