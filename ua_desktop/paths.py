"""Where the bundled data lives: one resolver for a checkout, an installed
wheel and a PyInstaller bundle."""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent


@cache
def _data_root(name: str) -> Path:
    candidates = []
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        candidates.append(Path(bundle) / name)
    candidates.append(_PACKAGE_DIR / name)  # installed wheel: inside the package
    candidates.append(_PACKAGE_DIR.parent / name)  # source checkout / editable
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"UA Desktop's {name} folder is missing; looked in {candidates}")


def resources_dir() -> Path:
    return _data_root("resources")


def translations_dir() -> Path:
    return _data_root("translations")


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


def sample_case_path() -> Path:
    return resource("cases", "ua-2010-askarov-kyrgyzstan.json")
