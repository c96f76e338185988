"""Render the icon's PNG and ICO files from resources/icons/ua-desktop.svg.

    python packaging/render_icon.py

Run it after changing the SVG: ua-desktop.png (256 px, window and Linux
menu), ua-desktop-48.png, and ua-desktop.ico (both sizes, PNG inside, for
the Windows program).
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

ICONS = Path(__file__).resolve().parents[1] / "resources" / "icons"
SIZES = (256, 48)


def render(size: int) -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(ICONS / "ua-desktop.svg"))
    if not renderer.isValid():
        raise SystemExit("render_icon: the SVG could not be read")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def ico(pngs: list[tuple[int, bytes]]) -> bytes:
    """An .ico holding PNG images (Windows Vista and later read these)."""
    header = struct.pack("<HHH", 0, 1, len(pngs))
    offset = 6 + 16 * len(pngs)
    entries, images = b"", b""
    for size, png in pngs:
        side = 0 if size >= 256 else size  # 0 means 256 in an ICO directory
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset + len(images))
        images += png
    return header + entries + images


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, str(ICONS.parents[1]))
    from PySide6.QtGui import QGuiApplication

    from ua_desktop.core.storage.atomic import write_bytes_atomically

    app = QGuiApplication.instance() or QGuiApplication([])  # noqa: F841
    pngs = [(size, render(size)) for size in SIZES]
    for size, png in pngs:
        write_bytes_atomically(ICONS / ("ua-desktop.png" if size == 256 else f"ua-desktop-{size}.png"), png)
    write_bytes_atomically(ICONS / "ua-desktop.ico", ico(pngs))
    print(f"render_icon: wrote {', '.join(str(s) for s in SIZES)} px PNGs and ua-desktop.ico in {ICONS}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
