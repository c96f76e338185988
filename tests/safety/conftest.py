"""The safety tests reuse the window fixtures of the GUI tests
(`dialog_recorder`, `make_window`) and add a few helpers of their own."""

from __future__ import annotations

import importlib.util
from pathlib import Path

_GUI_CONFTEST = Path(__file__).parent.parent / "gui" / "conftest.py"
_spec = importlib.util.spec_from_file_location("ua_safety_gui_fixtures", _GUI_CONFTEST)
_gui = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_gui)

DialogRecorder = _gui.DialogRecorder
dialog_recorder = _gui.dialog_recorder
make_window = _gui.make_window

