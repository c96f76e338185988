"""Where the app keeps its settings, data and logs.

From QStandardPaths on each platform; the environment variable
``UA_DESKTOP_HOME`` puts all three under one folder instead (for tests,
portable use from a USB stick, and development).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QStandardPaths

HOME_VARIABLE = "UA_DESKTOP_HOME"


@dataclass(frozen=True)
class AppPaths:
    config_dir: Path
    data_dir: Path
    log_dir: Path

    @property
    def settings_file(self) -> Path:
        return self.config_dir / "settings.ini"

    @property
    def kept_letter_file(self) -> Path:
        """The first letter of the last start (ua_desktop.core.letters.kept_letter)."""
        return self.data_dir / "first-letter.json"

    @property
    def library_dir(self) -> Path:
        """The case library (ua_desktop.core.library)."""
        return self.data_dir / "library"

    @property
    def start_memo_file(self) -> Path:
        """The case the last start opened (ua_desktop.gui.library.start_memo)."""
        return self.data_dir / "start-case.json"

    @classmethod
    def for_this_user(cls) -> "AppPaths":
        home = os.environ.get(HOME_VARIABLE)
        if home:
            root = Path(home)
            return cls(root / "config", root / "data", root / "logs")
        locate = QStandardPaths.writableLocation
        config = Path(locate(QStandardPaths.StandardLocation.AppConfigLocation))
        data = Path(locate(QStandardPaths.StandardLocation.AppLocalDataLocation))
        state = getattr(QStandardPaths.StandardLocation, "StateLocation", None)
        logs = Path(locate(state)) / "logs" if state is not None else data / "logs"
        return cls(config, data, logs)
