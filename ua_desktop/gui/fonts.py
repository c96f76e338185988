"""The fonts UA Desktop brings along, so letters look the same everywhere.

``resources/fonts/`` holds a serif font for Latin and Cyrillic (Kyrgyz
ң ө ү included) with the widths of Times New Roman, and a font for Arabic.
`register_bundled_fonts` adds them to Qt's font database once a
QGuiApplication exists, and tells Qt to use them wherever a letter asks for
a font this computer does not have ("Times New Roman" on Linux, for
instance). Call it right after the application object is made::

    app = create_application()
    register_bundled_fonts()
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


@dataclass
class RegisteredFonts:
    families: set[str] = field(default_factory=set)
    failed: list[Path] = field(default_factory=list)


_registered: RegisteredFonts | None = None


def fonts_dir() -> Path:
    from ua_desktop.paths import resource

    return resource("fonts")


def register_bundled_fonts(folder: Path | None = None) -> RegisteredFonts:
    """Register every font file in `folder` (default: the bundled fonts).

    Safe to call more than once; a damaged or missing file is logged and
    skipped (the letter then falls back to the system's fonts).
    """
    global _registered
    if _registered is not None and folder is None:
        return _registered
    from PySide6.QtGui import QFont, QFontDatabase

    result = RegisteredFonts()
    try:
        files = sorted(p for p in (folder or fonts_dir()).iterdir() if p.suffix.lower() in FONT_SUFFIXES)
    except (OSError, FileNotFoundError) as error:
        log.warning("No bundled fonts: %s", error)
        files = []
    for path in files:
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id < 0:
            log.warning("Could not load the font %s", path.name)
            result.failed.append(path)
            continue
        result.families.update(QFontDatabase.applicationFontFamilies(font_id))
    for family, substitutes in SUBSTITUTES.items():
        usable = [name for name in substitutes if name in result.families and name != family]
        if usable:
            QFont.insertSubstitutions(family, usable)
    log.info("Registered bundled fonts: %s", ", ".join(sorted(result.families)) or "none")
    if folder is None:
        _registered = result
    return result

