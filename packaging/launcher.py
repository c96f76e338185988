"""The standalone app's entry point (what PyInstaller freezes).

It does what ``ua-desktop`` does, plus two things a frozen app needs:

- the command-line programs (``letter``, ``import``, ``batch``, help and the
  version: whatever `ua_desktop.cli.main.opens_window` says is not the
  window) run as they are, without Qt or a display;
- the window gets the bundled fonts and the icon before it opens (so
  letters look the same on a computer that has none of the fonts);
- with ``UA_DESKTOP_SMOKE=1`` it runs a smoke test instead of opening the
  window for a person: offscreen, it opens the bundled case, drafts a
  Kyrgyz letter to the third recipient, saves it as DOCX into
  ``UA_DESKTOP_SMOKE_OUT`` (or a temporary folder), prints one line of JSON
  and exits 0 -- or prints what failed and exits 1. ``packaging/smoke.py``
  runs it against a fresh build.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
import traceback
from pathlib import Path

SMOKE_VARIABLE = "UA_DESKTOP_SMOKE"
SMOKE_OUT_VARIABLE = "UA_DESKTOP_SMOKE_OUT"
#: Set to 1 to also save pictures of the window (Kyrgyz and Arabic letters) beside the DOCX.
SMOKE_SCREENSHOT_VARIABLE = "UA_DESKTOP_SMOKE_SCREENSHOT"


def prepare_gui() -> None:
    """The application object, the bundled fonts and the window icon."""
    from PySide6.QtGui import QIcon

    from ua_desktop.gui.app import create_application
    from ua_desktop.gui.fonts import register_bundled_fonts
    from ua_desktop.paths import resource

    app = create_application()
    register_bundled_fonts()
    icon = resource("icons", "ua-desktop.png")
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))


def smoke() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("UA_DESKTOP_NO_CRASH_DIALOG", "1")
    out = Path(os.environ.get(SMOKE_OUT_VARIABLE) or tempfile.mkdtemp(prefix="ua-desktop-smoke-"))
    os.environ.setdefault("UA_DESKTOP_HOME", str(out / "home"))  # never a real user's settings
    report: dict = {"frozen": bool(getattr(sys, "frozen", False))}
    try:
        prepare_gui()
        from PySide6.QtGui import QFont, QFontInfo

        from ua_desktop.core.output.docx_letter import save_letter_docx
        from ua_desktop.core.letters.letter import Sender
        from ua_desktop.gui.app import build_main_window
        from ua_desktop.gui.fonts import register_bundled_fonts
        from ua_desktop.paths import resources_dir

        from PySide6.QtGui import QGuiApplication
        from PySide6.QtWidgets import QApplication

        window = build_main_window(None)
        window.show()
        for _round in range(50):  # a real window server shows the window after a few events
            QApplication.processEvents()
            if window.windowHandle() is not None and window.windowHandle().isExposed():
                break
        report.update(platform=QGuiApplication.platformName(),
                      shown=bool(window.windowHandle() and window.windowHandle().isExposed()))
        window.recipients.select(2)
        window.languages.select("ky")
        sender = Sender("Anna Schmidt", "Lyon", "France")
        window.sender_form.show_sender(sender, False)
        window.session.set_sender(sender)
        text = window.letter_panel.editor.toPlainText()
        assert "Урматтуу Президент айым!" in text, "the Kyrgyz letter was not drafted"
        assert text.startswith("Anna Schmidt\n"), "the sender is missing"
        path = out / "smoke-letter.docx"
        save_letter_docx(window.session.letter, path)
        report.update(
            letter_chars=len(text),
            docx=str(path),
            docx_bytes=path.stat().st_size,
            resources=str(resources_dir()),
            fonts=sorted(register_bundled_fonts().families),
            letter_font=QFontInfo(QFont("Times New Roman")).family(),
            languages=sorted(window.session._drafter.languages) if hasattr(window.session, "_drafter") else [],
        )
        assert {"Liberation Serif", "Noto Naskh Arabic"} <= set(report["fonts"]), "bundled fonts missing"
        if os.environ.get(SMOKE_SCREENSHOT_VARIABLE):
            window.resize(1360, 880)
            window.grab().save(str(out / "smoke-ky.png"))
            if "ar" in report["languages"]:
                window.languages.select("ar")
                window.grab().save(str(out / "smoke-ar.png"))
        window.session._edited_text = None
        window.close()
    except Exception as error:  # the smoke test reports, it does not crash
        report.update(ok=False, error=f"{type(error).__name__}: {error}", traceback=traceback.format_exc())
        print(json.dumps(report, ensure_ascii=False))
        return 1
    report["ok"] = True
    print(json.dumps(report, ensure_ascii=False))
    return 0


def main() -> int:
    if os.environ.get(SMOKE_VARIABLE):
        return smoke()
    from ua_desktop.cli.main import main as cli_main, opens_window

    argv = sys.argv[1:]
    if opens_window(argv):  # the command-line programs (letter, import, batch...) never start Qt
        prepare_gui()
    return cli_main(argv)


if __name__ == "__main__":
    sys.exit(main())
