"""Unsure marks in the import review, and the main window's fields, stay
readable whatever the theme: measured on the rendered pixels, the text
keeps a contrast ratio of at least 4.5:1 (WCAG AA) against its background
in a light, a dark and a high-contrast (black, white and yellow) palette."""

from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit

from ua_desktop.core.importer import import_text

SHEET = (Path(__file__).resolve().parents[1] / "fixtures" / "ua-2010-askarov-kyrgyzstan.txt").read_text(
    encoding="utf-8")

PALETTES = {
    "light": {},
    "dark": {"Window": "#2b2b2b", "WindowText": "#e8e8e8", "Base": "#1e1e1e", "Text": "#e8e8e8",
             "Button": "#3a3a3a", "ButtonText": "#e8e8e8", "PlaceholderText": "#9a9a9a"},
    "high contrast": {"Window": "#000000", "WindowText": "#ffffff", "Base": "#000000", "Text": "#ffffff",
                      "Button": "#000000", "ButtonText": "#ffff00", "Highlight": "#ffff00",
                      "HighlightedText": "#000000", "PlaceholderText": "#c0c0c0"},
}


def luminance(colour: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4
    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF())


def contrast(first: QColor, second: QColor) -> float:
    light, dark = sorted((luminance(first), luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def text_contrast(widget) -> float:
    """The contrast of the text drawn in `widget` against its background:
    the background is the commonest colour inside the frame, the text the
    pixel that differs most from it."""
    target = widget.viewport() if isinstance(widget, QPlainTextEdit) else widget
    return image_text_contrast(target.grab().toImage())


def image_text_contrast(image) -> float:
    """`text_contrast` of what is drawn in `image`."""
    counts: dict[int, int] = {}
    pixels = [image.pixelColor(x, y) for x in range(4, image.width() - 4) for y in range(4, image.height() - 4)]
    for pixel in pixels:
        counts[pixel.rgb()] = counts.get(pixel.rgb(), 0) + 1
    background = QColor.fromRgb(max(counts, key=counts.get))
    assert len(counts) > 3, "nothing was drawn"
    return max(contrast(background, pixel) for pixel in pixels)


@pytest.fixture(params=list(PALETTES))
def palette(request, qapp):
    old = qapp.palette()
    new = QPalette(old)
    for role, colour in PALETTES[request.param].items():
        new.setColor(getattr(QPalette.ColorRole, role), QColor(colour))
    qapp.setPalette(new)
    yield request.param
    qapp.setPalette(old)


def test_the_measure_tells_readable_from_unreadable(qtbot):
    assert contrast(QColor("black"), QColor("white")) == pytest.approx(21)
    assert contrast(QColor("#9a9a9a"), QColor("#fff3cd")) < 4.5
    edit = QLineEdit("Azimzhan Askarov")
    qtbot.addWidget(edit)
    edit.setStyleSheet("background: #fff3cd; color: #f0e0a0;")
    edit.show()
    assert text_contrast(edit) < 4.5


def test_unsure_marks_in_the_review_are_readable(qtbot, palette):
    import dataclasses

    from ua_desktop.gui.review.dialog import ReviewDialog

    result = import_text(SHEET.replace("Salutation: Dear Acting Minister", ""))
    people_note = dataclasses.replace(result.unsure[0], field="people", message="Only one name was found: check it.")
    result = dataclasses.replace(result, unsure=(*result.unsure, people_note))
    dialog = ReviewDialog(result)
    qtbot.addWidget(dialog)
    dialog.show()
    salutation = dialog.recipients.salutation
    assert salutation.styleSheet(), "the salutation the sheet did not give is marked unsure"
    checked = {"field": dialog.people, "reason": dialog.unsure_reasons["people"], "recipient field": salutation}
    salutation.clear()  # empty: its hint shows, and must read too
    salutation.setPlaceholderText("for example: Dear Minister")
    QApplication.processEvents()
    found = {name: round(text_contrast(widget), 1) for name, widget in checked.items()}
    assert all(ratio >= 4.5 for ratio in found.values()), f"{palette}: {found}"


def frame_contrast(field) -> float:
    """How well the field's frame stands out from what is around it (WCAG
    asks 3:1 for the parts of a control): the middle of its left edge
    against the pixels just outside."""
    around = field.geometry().adjusted(-3, -3, 3, 3)
    image = field.parentWidget().grab(around).toImage()
    middle = image.height() // 2
    outside = image.pixelColor(0, middle)
    return max(contrast(outside, image.pixelColor(x, middle)) for x in range(3, 5))


def test_the_main_window_fields_are_readable_and_visible(make_window, palette):
    window = make_window()
    window.show()
    form = window.sender_form
    form.town.setText("Lyon")
    QApplication.processEvents()
    found = {"name hint": text_contrast(form.name), "town": text_contrast(form.town)}
    assert all(ratio >= 4.5 for ratio in found.values()), f"{palette}: {found}"
    frames = {"name": frame_contrast(form.name), "country": frame_contrast(form.country),
              "recipients": frame_contrast(window.recipients.list),
              "letter language": frame_contrast(window.languages.combo)}
    assert all(ratio >= 3 for ratio in frames.values()), f"{palette}: {frames}"


def test_the_review_fields_can_be_seen(qtbot, palette):
    from ua_desktop.gui.review.dialog import ReviewDialog

    dialog = ReviewDialog(import_text(SHEET))
    qtbot.addWidget(dialog)
    dialog.show()
    QApplication.processEvents()
    frames = {"UA number": frame_contrast(dialog.ua_number), "country": frame_contrast(dialog.country),
              "recipient name": frame_contrast(dialog.recipients.name), "deadline": frame_contrast(dialog.deadline)}
    assert all(ratio >= 3 for ratio in frames.values()), f"{palette}: {frames}"


def box_contrast(check_box) -> float:
    """How well an unticked box stands out: its drawn pixels against the
    background around it."""
    from PySide6.QtWidgets import QStyle, QStyleOptionButton

    option = QStyleOptionButton()
    check_box.initStyleOption(option)
    box = check_box.style().subElementRect(QStyle.SubElement.SE_CheckBoxIndicator, option, check_box)
    image = check_box.grab().toImage()
    around = image.pixelColor(box.right() + 2, 1)
    return max(contrast(around, image.pixelColor(x, y))
               for x in range(box.left(), box.right() + 1) for y in range(box.top(), box.bottom() + 1))


def test_tick_boxes_can_be_seen(make_window, qtbot, palette):
    from ua_desktop.gui.review.dialog import ReviewDialog

    window = make_window()
    window.show()
    remember = window.sender_form.remember
    remember.setChecked(False)
    dialog = ReviewDialog(import_text(SHEET))
    qtbot.addWidget(dialog)
    dialog.show()
    QApplication.processEvents()
    found = {"remember my details": box_contrast(remember), "no deadline": box_contrast(dialog.no_deadline)}
    assert all(ratio >= 3 for ratio in found.values()), f"{palette}: {found}"


def test_coloured_panels_keep_their_text_readable(make_window, palette, tmp_path):
    """The deadline line and the saved message are painted in colours of
    their own (ua_desktop.gui.painted_looks): their text stays readable on
    them whatever the theme's text colour."""
    import datetime as dt

    window = make_window()
    window.show()
    saved = tmp_path / "letter.docx"
    saved.write_bytes(b"x")
    window.saved_bar.show_saved("Saved your letter as letter.docx", saved)
    found = {}
    for state, day in (("example", None), ("open", dt.date(2010, 7, 1)), ("passed", dt.date(2011, 1, 1))):
        if day:
            window.case_panel.show_case(window.session.case, day)
        QApplication.processEvents()
        assert window.case_panel.deadline.property("state") == state
        found[f"deadline, {state}"] = text_contrast(window.case_panel.deadline)
    bar = window.saved_bar  # its message on the bar's own colour, which the bar paints behind it
    found["saved"] = image_text_contrast(bar.grab(bar.message.geometry()).toImage())
    assert all(ratio >= 4.5 for ratio in found.values()), f"{palette}: {found}"


def test_a_tick_box_follows_a_theme_changed_while_it_is_open(make_window, qapp):
    """Dark or high contrast switched on with the window open: the box's
    edge takes the new text colour."""
    window = make_window()
    window.show()
    remember = window.sender_form.remember
    remember.setChecked(False)
    old = qapp.palette()
    new = QPalette(old)
    for role, colour in PALETTES["high contrast"].items():
        new.setColor(getattr(QPalette.ColorRole, role), QColor(colour))
    qapp.setPalette(new)
    try:
        QApplication.processEvents()
        assert box_contrast(remember) >= 3
    finally:
        qapp.setPalette(old)
