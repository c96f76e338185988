"""The fonts UA Desktop brings along, so letters look the same everywhere.

``resources/fonts/`` holds a serif font for Latin and Cyrillic (Kyrgyz
ң ө ү included) with the widths of Times New Roman, and a font for Arabic.
`register_bundled_fonts` adds them to Qt's font database once a
QGuiApplication exists, and tells Qt to use them wherever a letter asks for
a font this computer does not have ("Times New Roman" on Linux, for
instance). Call it right after the application object is made::

    app = create_application()
    register_bundled_fonts()

The window's start registers only the faces its first frame shows
(`FIRST_FRAME_FACES`: the letter preview is plain text, never bold) and the
others once that frame is painted; printing and saving call
`register_bundled_fonts()` themselves.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path

log = logging.getLogger(__name__)

FONT_SUFFIXES = (".ttf", ".otf")
#: Family to stand in for a font a letter language names, when the
#: computer lacks it. Liberation Serif has Times New Roman's metrics.
SUBSTITUTES = {
    "Times New Roman": ["Liberation Serif", "Noto Naskh Arabic"],
    "Times": ["Liberation Serif"],
    "Noto Naskh Arabic": ["Noto Naskh Arabic"],
    "Liberation Serif": ["Noto Naskh Arabic"],  # Arabic words inside a Latin letter
}


#: The font files (by name, without suffix) the window's first frame needs.
FIRST_FRAME_FACES = ("LiberationSerif-Regular", "NotoNaskhArabic-Regular")


@dataclass
class RegisteredFonts:
    families: set[str] = field(default_factory=set)
    failed: list[Path] = field(default_factory=list)


_registered: RegisteredFonts | None = None


def fonts_dir() -> Path:
    from ua_desktop.paths import resource

    return resource("fonts")


def register_bundled_fonts(folder: Path | None = None, faces: tuple[str, ...] | None = None) -> RegisteredFonts:
    """Register every font file in `folder` (default: the bundled fonts), or
    only those named in `faces` (file names without suffix).

    Safe to call more than once: a file is registered once. A damaged or
    missing file is logged and skipped (the letter then falls back to the
    system's fonts).
    """
    global _registered, _complete
    if folder is not None:
        return _register(folder, faces, RegisteredFonts(), set())
    if _registered is None:
        _registered = RegisteredFonts()
    if not _complete:
        _register(fonts_dir(), faces, _registered, _done_files)
        _complete = faces is None
    return _registered


_done_files: set[str] = set()  # the bundled files registered so far
_complete = False  # all of them


def _register(folder: Path, faces: tuple[str, ...] | None, result: RegisteredFonts, done: set[str]) -> RegisteredFonts:
    from PySide6.QtGui import QFont, QFontDatabase

    try:
        files = sorted(p for p in folder.iterdir() if p.suffix.lower() in FONT_SUFFIXES)
    except (OSError, FileNotFoundError) as error:
        log.warning("No bundled fonts: %s", error)
        files = []
    files = [p for p in files if p.name not in done and (faces is None or p.stem in faces)]
    for path in files:
        done.add(path.name)
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id < 0:
            log.warning("Could not load the font %s", path.name)
            result.failed.append(path)
            continue
        result.families.update(QFontDatabase.applicationFontFamilies(font_id))
    for family, substitutes in SUBSTITUTES.items():
        usable = [name for name in substitutes if name in result.families and name != family]
        if usable:
            QFont.removeSubstitutions(family)
            QFont.insertSubstitutions(family, usable)
    if files:
        log.info("Registered bundled fonts: %s", ", ".join(p.name for p in files))
    return result
