import datetime as dt

import pytest


@pytest.fixture
def stand_in(monkeypatch):
    from event_helpers import DialogStandIn

    return DialogStandIn().install(monkeypatch)


@pytest.fixture
def data_dir(_private_home):
    folder = _private_home / "data"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@pytest.fixture(autouse=True)
def _private_qt_settings(tmp_path):
    """Qt's own settings (the file dialog's folders) go to this test's folder."""
    import os

    from PySide6.QtCore import QSettings

    folder = tmp_path / "qt-settings"
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(folder))
    yield folder
    default = os.environ.get("XDG_CONFIG_HOME") or os.path.expanduser("~/.config")
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, default)


@pytest.fixture
def make_event_window(qtbot, stand_in, data_dir):
    from ua_desktop.gui.app import create_application
    from ua_desktop.gui.event.window import EventWindow

    create_application()

    from event_window_helpers import CASE, OTHER

    def make(cases=(CASE, OTHER)):
        window = EventWindow(list(cases), data_dir, today=lambda: dt.date(2026, 11, 28))
        qtbot.addWidget(window)
        window.show()
        return window

    return make
