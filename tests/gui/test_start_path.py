"""The first paint loads only what it needs: the app's own start path
(`prepare_main_window`, as `run_app` does), in a fresh process, stopped at
the first paint of the letter; none of the modules that only later actions
use may be loaded by then. (Their time and memory belong after the first
paint; `benchmarks/run_benchmarks.py` measures both.)"""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]

#: Used only after the first paint: saving, printing, importing, batches,
#: the library window, the event window, reading sheets.
NOT_AT_FIRST_PAINT = (
    "docx", "lxml", "pypdf", "pypdfium2", "charset_normalizer", "py3langid", "phonenumbers", "docxtpl",
    "PySide6.QtPrintSupport", "PySide6.QtSvg", "xml.sax", "urllib.request", "http.client", "email.parser",
    "logging.handlers", "socket", "ua_desktop.core.output.email", "ua_desktop.gui.main_window.send_checks",
    "ua_desktop.core.importer", "ua_desktop.core.output.docx_letter", "ua_desktop.core.output.docx_batch",
    "ua_desktop.core.output.batch", "ua_desktop.core.output.envelopes", "ua_desktop.core.events",
    "ua_desktop.core.locales.names_data", "ua_desktop.gui.printing", "ua_desktop.gui.event",
    "ua_desktop.gui.library.view", "ua_desktop.gui.review.dialog", "ua_desktop.cli",
)

#: Drafting a letter: not needed when the letter of the last start is kept.
DRAFTING = ("jinja2", "babel.dates", "hashlib", "ua_desktop.core.letters.ask_phrases",
            "ua_desktop.core.letters.requests.cues", "ua_desktop.core.letters.facts")

START_AND_REPORT = """
import json, os, sys
from ua_desktop.gui.app import prepare_main_window
from PySide6.QtCore import QEvent, QObject

window = prepare_main_window(None)
report = {}

class FirstPaint(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and not report:
            report["letter_chars"] = len(window.letter_panel.editor.toPlainText())
            report["modules"] = sorted(sys.modules)
            report["qstyle_made"] = "QStyle" in vars(sys.modules["PySide6.QtWidgets"])  # and its Python enums
            import linecache
            report["source_lines_kept"] = sorted(linecache.cache)
            print("FIRST_PAINT " + json.dumps(report), flush=True)
            from PySide6.QtCore import QTimer
            QTimer.singleShot(300, lambda: os._exit(0))  # what follows the first frame runs, as in a real start
        return False

watch = FirstPaint()
window.letter_panel.editor.viewport().installEventFilter(watch)
window.show()
from PySide6.QtWidgets import QApplication
QApplication.instance().exec()
"""


def modules_at_first_paint(home: Path) -> dict:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", UA_DESKTOP_HOME=str(home),
               PYTHONPATH=os.pathsep.join(filter(None, (str(REPO), os.environ.get("PYTHONPATH")))))
    proc = subprocess.run([sys.executable, "-c", START_AND_REPORT], env=env, capture_output=True, text=True,
                          timeout=120)
    for line in proc.stdout.splitlines():
        if line.startswith("FIRST_PAINT "):
            return json.loads(line[len("FIRST_PAINT "):])
    raise AssertionError(f"the app did not paint its letter (exit {proc.returncode}):\n{proc.stderr[-3000:]}")


@pytest.mark.parametrize("start", ["first start", "next start"])
def test_nothing_the_first_paint_does_not_need_is_loaded_before_it(tmp_path, start):
    if start == "next start":
        modules_at_first_paint(tmp_path)  # the first start makes the library and the settings
    report = modules_at_first_paint(tmp_path)
    assert report["letter_chars"] > 500  # the letter is on screen
    loaded = set(report["modules"])
    assert "ua_desktop.gui.main_window.window" in loaded  # the probe saw the real start
    early = sorted(name for name in NOT_AT_FIRST_PAINT if name in loaded)
    assert early == [], f"loaded before the first paint: {early}"
    assert not report["qstyle_made"], "QStyle reached Python before the first paint (its enums cost about 5 ms)"
    kept = report["source_lines_kept"]  # PySide6's early reads are let go once its check is made lighter
    assert kept == []  # no module's source lines are kept (PySide6's import check, linecache)
    if start == "first start":
        assert "jinja2" in loaded  # the first letter is drafted, and kept for the next start
    else:  # the kept letter is shown, and drafted for real after the first frame
        drafting = sorted(name for name in DRAFTING if name in loaded)
        assert drafting == [], f"loaded before the first paint of a kept letter: {drafting}"
        assert "ua_desktop.core.library" not in loaded  # the case the last start remembered is shown
