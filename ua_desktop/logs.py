"""Logging to a rotating file in the platform's log folder (and to the
console when developing)."""

from __future__ import annotations

import logging
import logging.handlers
import os
from pathlib import Path

LOG_FILE_NAME = "ua-desktop.log"


def setup_logging(log_dir: Path, console: bool | None = None) -> Path:
    """Send the app's log records to ``log_dir/ua-desktop.log`` (5 files of
    1 MB kept). Returns the log file's path. Safe to call more than once."""
    log_dir.mkdir(parents=True, exist_ok=True)
    log_path = log_dir / LOG_FILE_NAME
    logger = logging.getLogger("ua_desktop")
    logger.setLevel(logging.INFO)
    for handler in list(logger.handlers):
        if getattr(handler, "_ua_desktop", False):
            logger.removeHandler(handler)
            handler.close()
    file_handler = logging.handlers.RotatingFileHandler(log_path, maxBytes=1_000_000, backupCount=5,
                                                        encoding="utf-8")
    file_handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    file_handler._ua_desktop = True  # type: ignore[attr-defined]
    logger.addHandler(file_handler)
    if console if console is not None else bool(os.environ.get("UA_DESKTOP_DEBUG")):
        stream = logging.StreamHandler()
        stream._ua_desktop = True  # type: ignore[attr-defined]
        logger.addHandler(stream)
    return log_path
