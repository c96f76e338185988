"""Write the toolbar's fallback icons to resources/icons/toolbar/.

The toolbar shows the icon theme's "document-open", "document-save" and
"document-print" where the computer has an icon theme (most Linux
desktops), and these files where it has none (Windows, macOS, a bare
Linux). They are Qt's own standard icons for the same jobs, drawn by the
Fusion style (Qt, LGPL-3.0; see resources/icons/toolbar/README.md), saved
once as files so that the window's start needs no QStyle: making its Python
enums cost about 5 ms before the first frame.

    python tools/make_toolbar_icons.py
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FOLDER = ROOT / "resources" / "icons" / "toolbar"
SIZES = (16, 24, 32, 48)
#: file name: the QStyle standard pixmap drawn for it
ICONS = {"open": "SP_DialogOpenButton", "save": "SP_DialogSaveButton", "print": "SP_FileDialogDetailedView"}


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication, QStyle, QStyleFactory

    app = QApplication.instance() or QApplication(sys.argv[:1])
    style = QStyleFactory.create("Fusion")
    FOLDER.mkdir(parents=True, exist_ok=True)
    for name, pixmap in ICONS.items():
        icon = style.standardIcon(getattr(QStyle.StandardPixmap, pixmap))
        for size in SIZES:
            path = FOLDER / f"{name}-{size}.png"
            if not icon.pixmap(size, size).save(str(path), "PNG"):
                print(f"could not write {path}", file=sys.stderr)
                return 1
            print(path.relative_to(ROOT))
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
