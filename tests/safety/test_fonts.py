"""The bundled fonts cover every letter script, carry their licences, and
stand in for whatever font a letter language names."""

from __future__ import annotations

import json

import pytest

from ua_desktop.gui.fonts import SUBSTITUTES, fonts_dir, register_bundled_fonts
from ua_desktop.paths import resource

SAMPLES = {
    "Latin": "Sehr geehrte Frau Präsidentin, Excelentísimo Señor, façon œuvre",
    "Cyrillic": "Уважаемый господин министр! Ёё",
    "Kyrgyz": "Урматтуу Президент айым! ң ө ү Ң Ө Ү",
    "Arabic": "السيد الرئيس المحترم، ١٢٣",
}


@pytest.fixture(scope="module")
def registered():
    from PySide6.QtWidgets import QApplication

    QApplication.instance() or QApplication([])
    return register_bundled_fonts()


def raw_font(name: str):
    from PySide6.QtGui import QRawFont

    font = QRawFont(str(fonts_dir() / name), 12)
    assert font.isValid(), name
    return font


def covers(font, text: str) -> bool:
    return all(font.supportsCharacter(ord(ch)) for ch in text if not ch.isspace() and ch not in "!,،")


def test_the_bundled_fonts_are_registered(registered):
    assert {"Liberation Serif", "Noto Naskh Arabic"} <= registered.families
    assert registered.failed == []
    assert register_bundled_fonts() is registered  # once is enough


@pytest.mark.parametrize("script", ["Latin", "Cyrillic", "Kyrgyz"])
def test_the_serif_font_covers_latin_and_cyrillic(registered, script):
    for name in ("LiberationSerif-Regular.ttf", "LiberationSerif-Bold.ttf"):
        assert covers(raw_font(name), SAMPLES[script]), (name, script)


def test_the_arabic_font_covers_arabic(registered):
    for name in ("NotoNaskhArabic-Regular.ttf", "NotoNaskhArabic-Bold.ttf"):
        assert covers(raw_font(name), SAMPLES["Arabic"])
    assert not covers(raw_font("LiberationSerif-Regular.ttf"), SAMPLES["Arabic"])  # the check can fail


def test_every_font_file_has_its_licence():
    files = sorted(p.name for p in fonts_dir().iterdir())
    fonts = [name for name in files if name.endswith((".ttf", ".otf"))]
    assert fonts
    for font in fonts:
        family = font.split("-")[0].replace("NotoNaskhArabic", "Noto").replace("LiberationSerif", "Liberation")
        licence = fonts_dir() / f"LICENSE-{family}.txt"
        assert licence.exists(), font
        assert "SIL Open Font License" in licence.read_text(encoding="utf-8")


def test_every_letter_language_font_is_bundled_or_stood_in_for(registered):
    for meta in sorted(resource("letters").glob("*/language.json")):
        font = json.loads(meta.read_text(encoding="utf-8")).get("font", "Times New Roman")
        assert font in registered.families or any(name in registered.families for name in SUBSTITUTES.get(font, [])), \
            f"{meta.parent.name}: no bundled font for {font!r}"


def test_a_letter_in_every_script_is_drawn_without_missing_letters(registered):
    from PySide6.QtGui import QFont, QFontMetrics

    for family in ("Times New Roman", "Liberation Serif"):
        metrics = QFontMetrics(QFont(family))
        for script in ("Latin", "Cyrillic", "Kyrgyz"):
            assert all(metrics.inFontUcs4(ord(ch)) for ch in SAMPLES[script] if not ch.isspace()), (family, script)
    metrics = QFontMetrics(QFont("Noto Naskh Arabic"))
    assert all(metrics.inFontUcs4(ord(ch)) for ch in SAMPLES["Arabic"] if not ch.isspace())


def test_a_missing_font_folder_is_not_fatal(tmp_path, registered):
    result = register_bundled_fonts(tmp_path / "nowhere")
    assert result.families == set()
    (tmp_path / "broken.ttf").write_bytes(b"not a font")
    assert register_bundled_fonts(tmp_path).failed == [tmp_path / "broken.ttf"]


START = """
import json, os
import ua_desktop.gui.fonts as fonts
from ua_desktop.gui.app import prepare_main_window
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

window = prepare_main_window(None)
report = {"before_show": sorted(fonts._done_files)}
def look(tries=[0]):
    tries[0] += 1
    if not fonts._complete and tries[0] < 200:  # up to 10 s
        QTimer.singleShot(50, look)
        return
    report["after_first_frame"] = sorted(fonts._done_files)
    print("FONTS " + json.dumps(report), flush=True)
    os._exit(0)
window.show()
QTimer.singleShot(50, look)
QApplication.instance().exec()
"""


def test_the_start_registers_the_bold_faces_after_the_first_frame(tmp_path):
    """The window's start (in a fresh process, as `run_app` starts it)
    registers the faces its first frame shows, and the others (bold, for
    printing and saving) once that frame is painted."""
    import os
    import subprocess
    import sys

    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", UA_DESKTOP_HOME=str(tmp_path))
    result = subprocess.run([sys.executable, "-c", START], env=env, capture_output=True, text=True, timeout=120)
    line = next((line for line in result.stdout.splitlines() if line.startswith("FONTS ")), None)
    assert line, result.stderr[-2000:]
    report = json.loads(line[len("FONTS "):])
    from ua_desktop.gui.fonts import FIRST_FRAME_FACES

    assert report["before_show"] == sorted(f"{face}.ttf" for face in FIRST_FRAME_FACES)
    assert report["after_first_frame"] == sorted(p.name for p in fonts_dir().glob("*.ttf"))
