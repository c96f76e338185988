"""Logging to a rotating file in the platform's log folder (and to the
console when developing)."""

from __future__ import annotations

import logging
import os
from pathlib import Path

LOG_FILE_NAME = "ua-desktop.log"
MAX_LOG_BYTES = 1_000_000
KEPT_LOGS = 5


class _RotatingFile(logging.FileHandler):
    """What `logging.handlers.RotatingFileHandler(path, maxBytes, backupCount)`
    does, without importing `logging.handlers` at start (it brings socket,
    pickle and queue: about 4 ms and 1.8 MB before the first paint): when a
    record would take the file past `max_bytes`, it becomes `name.1` (the
    older ones `name.2` ... `name.<backups>`) and a new file is begun."""

    def __init__(self, path: Path, max_bytes: int, backups: int):
        super().__init__(path, encoding="utf-8")
        self.max_bytes, self.backups = max_bytes, backups

    def emit(self, record: logging.LogRecord) -> None:
        try:
            if self._full(record):
                self._roll_over()
        except Exception:  # as logging does: a failing handler never stops the app
            self.handleError(record)
            return
        super().emit(record)

    def _full(self, record: logging.LogRecord) -> bool:
        if self.stream is None:
            self.stream = self._open()
        self.stream.seek(0, 2)  # the end, also where appending does not move the position (Windows)
        text = self.format(record) + self.terminator
        return self.stream.tell() + len(text.encode("utf-8")) >= self.max_bytes > 0 and self.stream.tell() > 0

    def _roll_over(self) -> None:
        self.stream.close()
        self.stream = None
        for number in range(self.backups - 1, 0, -1):
            older = f"{self.baseFilename}.{number}"
            if os.path.exists(older):
                os.replace(older, f"{self.baseFilename}.{number + 1}")
        if self.backups > 0:
            os.replace(self.baseFilename, f"{self.baseFilename}.1")
        self.stream = self._open()


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
    file_handler = _RotatingFile(log_path, MAX_LOG_BYTES, KEPT_LOGS)
    file_handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    file_handler._ua_desktop = True  # type: ignore[attr-defined]
    logger.addHandler(file_handler)
    if console if console is not None else bool(os.environ.get("UA_DESKTOP_DEBUG")):
        stream = logging.StreamHandler()
        stream._ua_desktop = True  # type: ignore[attr-defined]
        logger.addHandler(stream)
    return log_path
