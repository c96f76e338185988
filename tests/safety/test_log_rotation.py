"""The log file is begun anew when it would grow past its limit, keeping
the older ones as ua-desktop.log.1 ... .5 (as logging's
RotatingFileHandler does; ua_desktop.logs does it without loading
logging.handlers at start)."""

import logging

from ua_desktop import logs


def test_the_log_rolls_over_and_keeps_five_old_files(tmp_path, monkeypatch):
    monkeypatch.setattr(logs, "MAX_LOG_BYTES", 2_000)
    path = logs.setup_logging(tmp_path)
    log = logging.getLogger("ua_desktop.test")
    try:
        for number in range(400):
            log.info("record %04d %s", number, "x" * 40)
    finally:
        for handler in list(logging.getLogger("ua_desktop").handlers):
            if getattr(handler, "_ua_desktop", False):
                logging.getLogger("ua_desktop").removeHandler(handler)
                handler.close()
    files = sorted(p.name for p in tmp_path.iterdir())
    assert files == ["ua-desktop.log"] + [f"ua-desktop.log.{n}" for n in range(1, 6)]
    sizes = [p.stat().st_size for p in tmp_path.iterdir()]
    assert all(0 < size < 2_000 for size in sizes)
    newest, previous = path.read_text(), (tmp_path / "ua-desktop.log.1").read_text()
    assert "record 0399" in newest and "record 0000" not in newest
    last_before = int(previous.strip().splitlines()[-1].split("record ")[1][:4])
    first_now = int(newest.splitlines()[0].split("record ")[1][:4])
    assert first_now == last_before + 1  # nothing lost between the files
