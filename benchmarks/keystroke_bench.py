"""Keystroke to repainted letter, in the real window:
`python keystroke_bench.py [--keys N]`. Prints one JSON line.

Per keystroke (time.perf_counter_ns): QTest.keyClick of one ASCII letter on
the sender name field; read the letter editor's text and check that it
holds the name as now typed; then `repaint()` of the letter editor's
viewport (the letter as the user sees it), which paints it at once, and
check that it really received a paint event. The chain from the key to the
editor is synchronous (textChanged -> sender_changed -> session.set_sender
-> redraft -> letter_panel.show_state -> setPlainText), so the timed span
ends with the new letter painted (`keystroke_repaint`, the figure held to
the target). The time up to the check, before painting, is kept as
`keystroke` (updated, not yet painted).

Baseline, interleaved with the keystrokes: QPlainTextEdit.setPlainText of
the same letter text (the text the editor showed after that keystroke and
the one before, alternately, so the text really changes) and repaint() of
the viewport of a plain QPlainTextEdit of the letter editor's size and font, shown, outside
the app. That is the floor: what showing and painting the new letter costs
with no drafting.

The name field takes at most 200 characters, so typing goes in rounds: the
name is reset to "Anna " (untimed) and 12 letters are typed.
"""

import argparse
import json
import os
import statistics
import sys
import tempfile
import time

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
if REPO not in sys.path:
    sys.path.insert(0, REPO)

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("UA_DESKTOP_HOME", tempfile.mkdtemp(prefix="ua-bench-home-"))


def summary(ns: list[int]) -> dict:
    ms = sorted(v / 1e6 for v in ns)
    return {"n": len(ms), "median": statistics.median(ms), "p95": ms[min(len(ms) - 1, int(0.95 * len(ms)))],
            "min": ms[0], "max": ms[-1]}


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--keys", type=int, default=200)
    args = parser.parse_args()

    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QPlainTextEdit

    from ua_desktop.gui.app import build_main_window, create_application

    app = create_application()
    window = build_main_window(None)
    window.show()
    QTest.qWaitForWindowExposed(window)
    app.processEvents()

    name_edit = window.sender_form.name
    editor = window.letter_panel.editor

    floor = QPlainTextEdit()
    floor.setFont(editor.font())
    floor.setWordWrapMode(editor.wordWrapMode())
    floor.resize(editor.size())
    floor.show()
    QTest.qWaitForWindowExposed(floor)

    from PySide6.QtCore import QEvent, QObject

    class PaintCounter(QObject):
        count = 0

        def eventFilter(self, obj, event):  # noqa: N802 (Qt's name)
            if event.type() == QEvent.Type.Paint:
                self.count += 1
            return False

    letter_view = editor.viewport()  # the letter as the user sees it
    letter_paints, floor_paints = PaintCounter(), PaintCounter()
    letter_view.installEventFilter(letter_paints)
    floor.viewport().installEventFilter(floor_paints)

    letters = "abcdefghijklmnopqrstuvwxyz"
    round_len = 12
    base = "Anna "
    typed, floor_ns, painted = [], [], []
    previous_text = editor.toPlainText()
    errors = []
    none_lost = 0  # diagnostic, see README (PySide6 6.12 + Python 3.11)
    i = 0

    def reset():
        name_edit.setText(base)  # untimed: a new round
        app.processEvents()
        if base.strip() not in editor.toPlainText():
            errors.append(f"after setting the name to {base!r}, the letter does not show it")

    reset()
    # warm-up: a few keystrokes and set-texts, not counted
    for ch in "xyz":
        QTest.keyClick(name_edit, ch)
        letter_view.repaint()
        floor.setPlainText(editor.toPlainText())
        floor.viewport().repaint()
    reset()

    while len(typed) < args.keys:
        if i and i % round_len == 0:
            reset()
        ch = letters[i % len(letters)]
        expected = name_edit.text() + ch
        none_before = sys.getrefcount(None)
        paints_before = letter_paints.count
        t0 = time.perf_counter_ns()
        QTest.keyClick(name_edit, ch)
        text = editor.toPlainText()
        ok = expected in text
        t1 = time.perf_counter_ns()
        letter_view.repaint()
        t2 = time.perf_counter_ns()
        if not ok:
            errors.append(f"keystroke {i}: {expected!r} not in the letter")
        if letter_paints.count == paints_before:
            errors.append(f"keystroke {i}: the letter was not repainted")
        typed.append(t1 - t0)
        painted.append(t2 - t0)
        none_lost += none_before - sys.getrefcount(None)

        # baseline: the same letter text, alternating with the previous one, set and painted
        for sample in (previous_text, text):
            paints_before = floor_paints.count
            t0 = time.perf_counter_ns()
            floor.setPlainText(sample)
            floor.viewport().repaint()
            t1 = time.perf_counter_ns()
            floor_ns.append(t1 - t0)
            if floor_paints.count == paints_before:
                errors.append("the baseline editor was not repainted")
        previous_text = text
        app.processEvents()
        i += 1

    out = {
        "none_refs_lost_per_keystroke": none_lost / args.keys,
        "keystroke": summary(typed),
        "set_plain_text_repaint": summary(floor_ns),
        "keystroke_repaint": summary(painted),
        "letter_chars": len(editor.toPlainText()),
        "errors": errors[:5],
    }
    print("KEYSTROKE " + json.dumps(out), flush=True)
    return 1 if errors else 0


if __name__ == "__main__":
    code = main()
    sys.stdout.flush()
    os._exit(code)  # see README: skip interpreter teardown (PySide6 6.12 refcount bug)
