import datetime as dt

import pytest

from ua_desktop.core.case.casefile import load_case
from ua_desktop.core.letters.drafting import LetterDrafter
from ua_desktop.paths import sample_case_path

DATE = dt.date(2010, 7, 30)


@pytest.fixture(scope="session")
def case():
    return load_case(sample_case_path())


@pytest.fixture(scope="session")
def drafter():
    return LetterDrafter()


def write_csv(path, text, encoding="utf-8"):
    path.write_bytes(text.encode(encoding))
    return path


def _gui_fixtures():
    """The window tests' DialogRecorder and make_window, loaded from
    tests/gui/conftest.py so both folders share one definition."""
    import importlib.util
    from pathlib import Path

    path = Path(__file__).resolve().parent.parent / "gui" / "conftest.py"
    spec = importlib.util.spec_from_file_location("ua_gui_test_fixtures", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


_gui = _gui_fixtures()
dialog_recorder = _gui.dialog_recorder
make_window = _gui.make_window
