"""The docs name modules that exist: a file moved or removed shows here."""

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PATH = re.compile(r"(?<![\w/.])((?:ua_desktop|tools|packaging|benchmarks|core|gui|cli)/[\w/]+\.py)\b")


def _exists(path: str) -> bool:
    """`core/...`, `gui/...` and `cli/...` are inside the package."""
    return (ROOT / path).exists() or (ROOT / "ua_desktop" / path).exists()


def test_every_module_path_in_the_docs_exists():
    docs = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
    named = {(doc.name, path) for doc in docs for path in PATH.findall(doc.read_text(encoding="utf-8"))}
    assert len(named) > 20  # the pattern really finds the paths the docs give
    missing = sorted(f"{doc}: {path}" for doc, path in named if not _exists(path))
    assert not missing, "\n".join(missing)
