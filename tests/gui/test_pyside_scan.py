"""PySide6's check of each imported module, made lighter at start
(`ua_desktop.gui.pyside_scan`), gives the same answers as PySide6's own."""

import sys

import ua_desktop.core.case.model  # noqa: F401 (a module that does not use PySide6)
from ua_desktop.gui.app import create_application
from ua_desktop.gui.pyside_scan import lighten_pyside_import_scan


def test_the_lighter_check_answers_as_pysides_own():
    create_application()
    assert lighten_pyside_import_scan()
    check = sys.modules["shibokensupport.feature"]._mod_uses_pyside
    assert check.lighter
    modules = [module for name, module in sorted(sys.modules.items())
               if name.startswith(("ua_desktop.gui", "ua_desktop.core.case", "json", "logging", "PySide6"))]
    answers = {module.__name__: check(module) for module in modules}
    assert answers == {module.__name__: check.original(module) for module in modules}
    assert answers["ua_desktop.gui.app"] and not answers["ua_desktop.core.case.model"]  # both answers occur


def test_no_source_is_kept_in_memory_after_the_start(tmp_path):
    """A fresh start keeps no module's lines in linecache: PySide6's own
    check read some while PySide6 was imported; they are let go, and the
    lighter check reads none."""
    import os
    import subprocess

    code = ("from ua_desktop.gui.app import create_application\n"
            "create_application()\n"
            "import ua_desktop.gui.main_window.window, linecache\n"
            "print(sorted(linecache.cache))\n")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", UA_DESKTOP_HOME=str(tmp_path))
    result = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"
