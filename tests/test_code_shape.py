"""Functions stay short enough to read at once: outside the importer (whose
readers follow the layouts of real sheets), none is over 60 lines."""

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "ua_desktop"
LONGEST = 60
EXEMPT = (PACKAGE / "core" / "importer",)


def long_functions(root: Path, longest: int = LONGEST) -> list[str]:
    found = []
    for path in sorted(root.rglob("*.py")):
        if any(path.is_relative_to(folder) for folder in EXEMPT):
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                lines = node.end_lineno - node.lineno + 1
                if lines > longest:
                    found.append(f"{path.relative_to(root.parent)}:{node.lineno} {node.name} ({lines} lines)")
    return found


def test_no_function_outside_the_importer_is_over_60_lines():
    assert long_functions(PACKAGE) == []


def test_the_check_finds_a_long_function(tmp_path):
    package = tmp_path / "ua_desktop"
    package.mkdir()
    (package / "long.py").write_text("def long():\n" + "    x = 1\n" * 61, encoding="utf-8")
    assert long_functions(package) == ["ua_desktop/long.py:1 long (62 lines)"]
