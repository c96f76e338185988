"""The start-up benchmark's floor is a plain-PySide6 replica of the main
window (`benchmarks/window_replica.py`). A replica that lost the letter or
half the widgets would make the floor look cheaper than it is."""

import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from benchmarks.window_replica import build, count, snapshot  # noqa: E402


def texts(widget):
    from PySide6.QtWidgets import QAbstractButton, QLabel

    shown = [w for w in (*widget.findChildren(QLabel), *widget.findChildren(QAbstractButton)) if w.isVisibleTo(widget)]
    return {w.text() for w in shown if w.text()}  # a hidden message bar is not part of the first paint


def test_the_replica_shows_the_same_letter_widgets_and_menus(make_window, qtbot, tmp_path):
    window = make_window()
    data = snapshot(window)
    path = tmp_path / "window.json"
    path.write_text(json.dumps(data), encoding="utf-8")

    replica, editor = build(str(path))
    qtbot.addWidget(replica)

    assert editor.toPlainText() == window.letter_panel.editor.toPlainText()
    assert count(data["central"]) >= 30
    assert [a.text() for a in replica.menuBar().actions()] == [a.text() for a in window.menuBar().actions()]
    ours = texts(window.centralWidget())
    copied = texts(replica.centralWidget())
    for text in ("Azimzhan Askarov", "Copy fax num&ber", "&Save letter…"):
        assert text in ours and text in copied
    assert len(copied) >= 0.9 * len({t for t in ours if t})
    assert (replica.width(), replica.height()) == (window.width(), window.height())
