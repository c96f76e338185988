"""One start-up, in a fresh interpreter: `python startup_probe.py bare|app`.

``python startup_probe.py replica DUMP.json`` starts the plain-PySide6
replica of the app's window written by ``window_replica.py dump`` (the floor
under the app's figure; see that file).

Prints one JSON line with CLOCK_MONOTONIC stamps (nanoseconds; the clock is
system-wide on Linux, so the parent can subtract its own spawn time):

- ``script``: the first line of this script ran (the interpreter is up);
- ``built``: the window exists (imports, QApplication, window constructed);
- ``shown``: ``window.show()`` returned;
- ``paint``: the first QEvent.Paint reached the watched widget (the bare
  window itself; for the app, the letter editor's viewport, i.e. the letter);
- ``frame``: control came back to the event loop after that paint, so the
  whole first frame has been painted. This is the figure the runner uses.

It also reports ``rss_kb``, the process's resident memory at that moment
(memory at first paint), and ``heavy_modules``: which modules that the
first paint does not need were loaded by then.

For ``app`` it also reports how many characters the letter editor held when
its viewport was first painted (must be > 0) and stops with an error if the
letter was empty.

The app side uses the real entry path: ``prepare_main_window(None)``
(logging, crash handler, bundled fonts, settings, language, the window, as
``run_app`` does) + ``window.show()``. The runner sets
QT_QPA_PLATFORM=offscreen and a fresh UA_DESKTOP_HOME; run on its own, the
probe defaults to the same (a new temporary home), so it never touches the
real user's settings.
"""

import time

T_SCRIPT = time.monotonic_ns()

import json  # noqa: E402
import os  # noqa: E402
import sys  # noqa: E402

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


#: Modules the first paint does not need (reported if loaded by then).
HEAVY_MODULES = ("docx", "pypdf", "pypdfium2", "PySide6.QtPrintSupport", "ua_desktop.core.importer",
                 "ua_desktop.core.library", "ua_desktop.core.output.docx_letter", "ua_desktop.gui.event",
                 "ua_desktop.gui.printing", "ua_desktop.gui.library.view", "charset_normalizer")


def resident_kb() -> int:
    """This process's resident memory now (Linux: /proc/self/statm)."""
    try:
        with open("/proc/self/statm") as statm:
            return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") // 1024
    except OSError:
        import resource

        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # the peak, where statm is missing


def main(kind: str) -> int:
    stamps = {"script": T_SCRIPT}
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if kind == "app" and not os.environ.get("UA_DESKTOP_HOME"):
        import tempfile

        os.environ["UA_DESKTOP_HOME"] = tempfile.mkdtemp(prefix="ua-bench-home-")
    result = {"kind": kind}

    if kind == "bare":
        from PySide6.QtCore import QEvent, QObject, QTimer
        from PySide6.QtWidgets import QApplication, QMainWindow

        app = QApplication([sys.argv[0]])
        window = QMainWindow()
        window.resize(1360, 880)  # the same size as the app's window
        watched = window
        letter_text = None
    elif kind == "app":
        if REPO not in sys.path:
            sys.path.insert(0, REPO)
        from ua_desktop.gui.app import create_application, prepare_main_window

        app = create_application()
        window = prepare_main_window(None)
        from PySide6.QtCore import QEvent, QObject, QTimer  # already imported by the app: free

        watched = window.letter_panel.editor.viewport()
        letter_text = window.letter_panel.editor.toPlainText
    elif kind == "replica":
        from PySide6.QtCore import QEvent, QObject, QTimer
        from PySide6.QtWidgets import QApplication

        if REPO not in sys.path:
            sys.path.insert(0, REPO)
        from benchmarks.window_replica import build

        app = QApplication([sys.argv[0]])
        if os.environ.get("UA_BENCH_REPLICA_WITH_QT"):  # what any app using Qt.* enums pays once
            from PySide6.QtCore import Qt  # noqa: F401
        window, editor = build(sys.argv[2])
        watched = editor.viewport()
        letter_text = editor.toPlainText
    else:
        raise SystemExit(f"unknown kind {kind!r}; use bare, app or replica DUMP.json")
    stamps["built"] = time.monotonic_ns()

    class FirstPaint(QObject):
        done = False

        def eventFilter(self, obj, event):  # noqa: N802 (Qt's name)
            if not self.done and event.type() == QEvent.Type.Paint:
                self.done = True
                stamps["paint"] = time.monotonic_ns()
                if letter_text is not None:
                    result["letter_chars"] = len(letter_text())
                QTimer.singleShot(0, self.frame_done)
            return False

        def frame_done(self):
            stamps["frame"] = time.monotonic_ns()
            result["rss_kb"] = resident_kb()
            result["heavy_modules"] = sorted(name for name in HEAVY_MODULES if name in sys.modules)
            app.quit()

    first_paint = FirstPaint()
    watched.installEventFilter(first_paint)
    QTimer.singleShot(30_000, lambda: (result.setdefault("error", "no paint within 30 s"), app.quit()))
    window.show()
    stamps["shown"] = time.monotonic_ns()
    app.exec()

    result["stamps"] = stamps
    if kind != "bare" and not result.get("letter_chars"):
        result.setdefault("error", "the letter editor was empty at its first paint")
    print("STARTUP " + json.dumps(result), flush=True)
    return 1 if "error" in result else 0


if __name__ == "__main__":
    code = main(sys.argv[1] if len(sys.argv) > 1 else "bare")
    sys.stdout.flush()
    os._exit(code)  # see README: skip interpreter teardown (PySide6 6.12 refcount bug)
