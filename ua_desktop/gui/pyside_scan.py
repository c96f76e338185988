"""A lighter form of one thing PySide6 does on every import.

Once PySide6 is loaded it replaces Python's ``__import__`` (for its
``from __feature__ import snake_case`` switch) and asks, for each module an
import statement names, whether its source mentions "PySide6". It reads the
source with ``inspect.getsource``, which keeps every line of every such
module in ``linecache`` for the rest of the run. For the window's start
that was about 155 modules: 16 ms and 4 MB before the first paint
(measured with `benchmarks/startup_probe.py`, this check replaced by one
answering False), which the app never uses (it uses no PySide6 features).

`lighten_pyside_import_scan` gives the same answer by reading the source
file's bytes, keeping nothing; for anything that is not a plain ``.py``
file it asks PySide6's own check. If a PySide6 version no longer has the
check, nothing is changed.
"""

from __future__ import annotations

import sys

_FEATURE_MODULE = "shibokensupport.feature"
_CHECK = "_mod_uses_pyside"


def lighten_pyside_import_scan() -> bool:
    """Install the lighter check (after PySide6 is imported); True if it is
    in place."""
    feature = sys.modules.get(_FEATURE_MODULE)
    original = getattr(feature, _CHECK, None)
    if original is None:
        return False
    if getattr(original, "lighter", False):
        return True

    def uses_pyside(module) -> bool:
        path = getattr(module, "__file__", None)
        if isinstance(path, str) and path.endswith(".py"):
            try:
                with open(path, "rb") as source:
                    return b"PySide6" in source.read()
            except OSError:
                pass
        return original(module)

    uses_pyside.lighter = True  # type: ignore[attr-defined]
    uses_pyside.original = original  # type: ignore[attr-defined]
    setattr(feature, _CHECK, uses_pyside)
    # PySide6's own check already read a few sources while PySide6 itself was
    # imported (enum.py alone is 2,000 lines); nothing needs them kept, and
    # linecache reads a file again if a traceback ever shows its lines.
    import linecache

    linecache.clearcache()
    return True
