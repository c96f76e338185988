"""The folder where the app keeps, per user, what it needs between runs
without Qt (the command-line programs and the core): the journal of saves
under way and the compiled letter templates.

``UA_DESKTOP_HOME`` puts it at ``$UA_DESKTOP_HOME/data`` (the window's data
folder too, see `ua_desktop.gui.app_paths`); otherwise it is the platform's
per-user state folder.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

HOME_VARIABLE = "UA_DESKTOP_HOME"


def state_dir() -> Path:
    home = os.environ.get(HOME_VARIABLE)
    if home:
        return Path(home) / "data"
    if sys.platform == "win32":
        base = Path(os.environ.get("LOCALAPPDATA") or Path.home() / "AppData" / "Local")
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Application Support"
    else:
        base = Path(os.environ.get("XDG_STATE_HOME") or Path.home() / ".local" / "state")
    return base / "ua-desktop"


def template_cache_dir() -> Path:
    """Compiled letter templates (Jinja2's bytecode cache): the first letter
    of a run need not compile its template again."""
    return state_dir() / "template-cache"
