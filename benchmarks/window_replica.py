"""The floor under the start-up figure: the app's first window, rebuilt
from plain PySide6 widgets with nothing of the app behind it.

``python window_replica.py dump OUT.json`` builds the real window (the
start path of ``startup_probe.py app``), shows it, and writes its visible
widget tree: each widget's PySide6 class, position and size, text, font,
own style sheet, the menus and the toolbar.

``startup_probe.py replica OUT.json`` then starts a fresh interpreter that
imports only PySide6, recreates that tree at the recorded positions (no
layouts, no signals, no case, no Jinja2, no Babel, no settings, no logging,
the letter text already typed in), shows it and waits for the first frame,
like the other probes.

No implementation of this window can start faster than its replica: it
creates the same widgets with the same texts and fonts, and does nothing
else. The runner prints the replica beside the bare window, so the 1.5x
target can be read against what the window itself costs.
"""

from __future__ import annotations

import json
import os
import sys

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

#: Widgets recreated whole: their inner parts (viewports, scroll bars,
#: popups) come with them, as they do in the app.
COMPOUND = ("QComboBox", "QLineEdit", "QPlainTextEdit", "QTextEdit", "QListView", "QListWidget",
            "QTreeView", "QTableView", "QAbstractSpinBox", "QDateEdit", "QSpinBox", "QCheckBox",
            "QRadioButton", "QPushButton", "QToolButton", "QLabel", "QScrollBar", "QProgressBar")


def qt_class(widget) -> str:
    for cls in type(widget).__mro__:
        if cls.__module__.startswith("PySide6."):
            return cls.__name__
    return "QWidget"


def font_of(widget) -> dict:
    font = widget.font()
    return {"family": font.family(), "points": font.pointSizeF(), "bold": font.bold(), "italic": font.italic()}


def describe(widget) -> dict:
    """One widget and, unless it is compound, its visible children."""
    from PySide6.QtWidgets import QAbstractItemView, QScrollArea

    g = widget.geometry()
    node = {"cls": qt_class(widget), "geo": [g.x(), g.y(), g.width(), g.height()], "font": font_of(widget),
            "style": widget.styleSheet(), "object_name": widget.objectName(), "children": []}
    for getter in ("text", "toPlainText", "placeholderText", "title"):
        method = getattr(widget, getter, None)
        if callable(method) and node["cls"] != "QScrollArea":
            try:
                value = method()
            except TypeError:
                continue
            if isinstance(value, str) and value:
                node[getter] = value
    if hasattr(widget, "wordWrap") and callable(widget.wordWrap):
        node["word_wrap"] = widget.wordWrap()
    if node["cls"] == "QComboBox":
        node["items"] = [widget.itemText(i) for i in range(widget.count())]
    if isinstance(widget, QAbstractItemView) and widget.model() is not None:
        model = widget.model()
        node["items"] = [str(model.index(row, 0).data() or "") for row in range(model.rowCount())]
        node["cls"] = "QListWidget"
    if isinstance(widget, QScrollArea):
        inner = widget.widget()
        node["scroll_child"] = describe(inner) if inner is not None else None
        return node
    if node["cls"] in COMPOUND or isinstance(widget, QAbstractItemView):
        return node
    from PySide6.QtWidgets import QWidget

    for child in widget.children():
        if isinstance(child, QWidget) and not child.isWindow() and child.isVisible():
            node["children"].append(describe(child))
    return node


def count(node: dict) -> int:
    inner = node.get("scroll_child")
    return 1 + sum(count(child) for child in node["children"]) + (count(inner) if inner else 0)


def snapshot(window) -> dict:
    """The shown main window's visible widgets, menus, toolbars and status line, as data."""
    from PySide6.QtWidgets import QToolBar

    menus = []
    for action in window.menuBar().actions():
        menu = action.menu()
        entries = [a.text() for a in menu.actions()] if menu is not None else []
        menus.append({"title": action.text(), "actions": entries})
    toolbars = [[a.text() for a in bar.actions()] for bar in window.findChildren(QToolBar) if bar.isVisible()]
    return {
        "size": [window.width(), window.height()],
        "title": window.windowTitle(),
        "central": describe(window.centralWidget()),
        "menus": menus,
        "toolbars": toolbars,
        "status": window.statusBar().currentMessage(),
    }


def dump(path: str) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if not os.environ.get("UA_DESKTOP_HOME"):
        import tempfile

        os.environ["UA_DESKTOP_HOME"] = tempfile.mkdtemp(prefix="ua-bench-home-")
    sys.path.insert(0, REPO)
    from PySide6.QtWidgets import QApplication

    from ua_desktop.gui.app import create_application, prepare_main_window

    app = create_application()
    window = prepare_main_window(None)
    window.show()
    for _ in range(5):
        app.processEvents()
    data = snapshot(window)
    with open(path, "w", encoding="utf-8") as out:
        json.dump(data, out, ensure_ascii=False, indent=1)
    print("DUMP " + json.dumps({"widgets": count(data["central"])}), flush=True)
    QApplication.instance().quit()


# ---------------------------------------------------------------- rebuilding
def build(path: str):
    """The replica window (not shown) and the widget that holds the letter."""
    from PySide6 import QtWidgets
    from PySide6.QtGui import QFont

    with open(path, encoding="utf-8") as src:
        data = json.load(src)
    window = QtWidgets.QMainWindow()
    window.resize(*data["size"])
    window.setWindowTitle(data["title"])
    for spec in data["menus"]:
        menu = window.menuBar().addMenu(spec["title"])
        for text in spec["actions"]:
            if text:
                menu.addAction(text)
            else:
                menu.addSeparator()
    for actions in data["toolbars"]:
        bar = window.addToolBar("")
        for text in actions:
            bar.addAction(text)
    window.statusBar().showMessage(data["status"])
    letter = []

    def make(node: dict, parent):
        cls = getattr(QtWidgets, node["cls"], QtWidgets.QWidget)
        widget = cls(parent) if parent is not None else cls()
        widget.setGeometry(*node["geo"])
        if node["object_name"]:
            widget.setObjectName(node["object_name"])
        f = node["font"]
        font = QFont(f["family"])
        font.setPointSizeF(f["points"])
        font.setBold(f["bold"])
        font.setItalic(f["italic"])
        widget.setFont(font)
        if node["style"]:
            widget.setStyleSheet(node["style"])
        if "toPlainText" in node:
            widget.setPlainText(node["toPlainText"])
            letter.append(widget)
        elif "text" in node and hasattr(widget, "setText"):
            widget.setText(node["text"])
        if "title" in node and hasattr(widget, "setTitle"):
            widget.setTitle(node["title"])
        if "placeholderText" in node and hasattr(widget, "setPlaceholderText"):
            widget.setPlaceholderText(node["placeholderText"])
        if node.get("word_wrap") and hasattr(widget, "setWordWrap"):
            widget.setWordWrap(True)
        if "items" in node and hasattr(widget, "addItems"):
            widget.addItems(node["items"])
        if node.get("scroll_child"):
            widget.setWidget(make(node["scroll_child"], None))
        for child in node["children"]:
            make(child, widget)
        return widget

    window.setCentralWidget(make(data["central"], None))
    if not letter:
        raise SystemExit("the dump holds no letter editor")
    return window, letter[-1]


if __name__ == "__main__":
    if len(sys.argv) != 3 or sys.argv[1] != "dump":
        raise SystemExit("usage: window_replica.py dump OUT.json")
    dump(sys.argv[2])
    sys.stdout.flush()
    os._exit(0)
