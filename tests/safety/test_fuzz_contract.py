"""The fuzz contract can fail: an unplanned error, a refusal without plain
words, a crash of our own code dressed as a refusal, and a run whose inputs
are all refused are each caught. And the long fuzzer runs clean on a short
run with a fixed seed."""

from __future__ import annotations

import logging
import signal
import sys
from pathlib import Path

import pytest

from contract import Outcomes, check_plain_message, check_refusal, planned_errors
from ua_desktop.core.case.casefile import CaseFileError, case_from_json
from ua_desktop.core.importer import SheetImportError, import_text

ROOT = Path(__file__).resolve().parents[2]


def test_an_unplanned_error_is_a_crash():
    with pytest.raises(ValueError):
        check_refusal(ValueError("bad"), planned_errors()["casefile"])


@pytest.mark.parametrize("message", ["", "   ", "KeyError", "The sheet could not be understood (IndexError).",
                                     "Expecting value: line 1 column 2 (char 1)", "Traceback (most recent call last)"])
def test_a_refusal_must_be_plain_words(message):
    with pytest.raises(AssertionError):
        check_plain_message(message)


def test_a_planned_refusal_passes():
    with pytest.raises(CaseFileError) as caught:
        case_from_json(b"\xff\xfe", source_name="a.json")
    check_refusal(caught.value, planned_errors()["casefile"])


def test_a_crash_of_our_own_code_wrapped_in_a_refusal_is_a_crash(monkeypatch):
    """A safety net that turns any bug into "not a sheet" hides the bug."""
    from ua_desktop.core.importer import parser

    def broken(self):
        return {}["no such key"]

    monkeypatch.setattr(parser._Parser, "run", broken)
    with pytest.raises(Exception) as caught:
        import_text("URGENT ACTION\nWrite to the Minister of Justice.")
    if isinstance(caught.value, SheetImportError):  # the safety net is still there
        with pytest.raises(AssertionError, match="crash in our own code|programmer's words"):
            check_refusal(caught.value, planned_errors()["importer"])
    else:
        assert isinstance(caught.value, KeyError)


def test_a_share_of_successes_is_checked():
    outcomes = Outcomes(refused=97, loaded=3)
    outcomes.check_share("loaded", 0.03)
    with pytest.raises(AssertionError, match="only 3 of 100"):
        outcomes.check_share("loaded", 0.1)
    with pytest.raises(AssertionError, match="no examples"):
        Outcomes().check_share("loaded", 0.1)


def test_the_long_fuzzer_runs_clean_on_a_short_run(tmp_path, capsys):
    sys.path.insert(0, str(ROOT / "tools"))
    try:
        import fuzz
    finally:
        sys.path.remove(str(ROOT / "tools"))
    alarm = signal.getsignal(signal.SIGALRM) if hasattr(signal, "SIGALRM") else None
    try:
        status = fuzz.main(["--count", "600", "--seed", "12", "--quiet", "--out", str(tmp_path)])
    finally:
        logging.disable(logging.NOTSET)  # the fuzzer silences the log for its run
        if alarm is not None:
            signal.signal(signal.SIGALRM, alarm)
    assert status == 0, capsys.readouterr().out
    summary = capsys.readouterr().out
    for target in ("casefile", "importer", "sources", "bundle"):
        assert f"  {target}: " in summary
    assert " 0 crashes" in summary
