"""Which way imports go, read from the source (not from what happens to be loaded).

The rules (docs/architecture.md explains them):

- ``ua_desktop.core`` and the shared top-level modules (``i18n``, ``paths``,
  ``logs``) import neither Qt (``PySide6``, ``shiboken6``) nor
  ``ua_desktop.gui`` nor ``ua_desktop.cli``;
- ``ua_desktop.gui`` does not import ``ua_desktop.cli``;
- ``ua_desktop.cli`` reaches Qt and ``ua_desktop.gui`` only inside a function
  (lazily), so that ``ua-desktop letter`` or a DOCX batch never starts Qt.

Every ``import`` and ``from ... import`` counts, wherever it stands (inside a
function, a ``try`` or an ``if TYPE_CHECKING:`` block), and so does a call such
as ``importlib.import_module("...")`` or ``__import__("...")`` with a literal name.
"""

from __future__ import annotations

import ast
import tomllib
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "ua_desktop"
QT = ("PySide6", "shiboken6")
SHARED_TOP_LEVEL = ("ua_desktop.i18n", "ua_desktop.paths", "ua_desktop.logs")


@dataclass(frozen=True)
class Import:
    target: str  # the absolute dotted name imported
    line: int
    lazy: bool  # inside a function body


def _within(name: str, prefixes: tuple[str, ...]) -> bool:
    return any(name == p or name.startswith(p + ".") for p in prefixes)


def _resolve(module: str, level: int, importer: str, is_package: bool) -> str:
    """The absolute name of ``from <level dots><module> import ...`` written in `importer`."""
    if level == 0:
        return module
    parts = importer.split(".")
    base = parts if is_package else parts[:-1]
    base = base[: len(base) - (level - 1)]
    return ".".join(base + ([module] if module else []))


_IMPORT_FUNCTIONS = {"import_module", "__import__"}


class _ImportCollector(ast.NodeVisitor):
    def __init__(self, module: str, is_package: bool):
        self.module, self.is_package = module, is_package
        self.depth = 0
        self.found: list[Import] = []

    def _add(self, target: str, node: ast.AST) -> None:
        self.found.append(Import(target, node.lineno, self.depth > 0))

    def _function(self, node):
        self.depth += 1
        self.generic_visit(node)
        self.depth -= 1

    visit_FunctionDef = visit_AsyncFunctionDef = visit_Lambda = _function

    def visit_Import(self, node: ast.Import) -> None:
        for alias in node.names:
            self._add(alias.name, node)

    def visit_ImportFrom(self, node: ast.ImportFrom) -> None:
        base = _resolve(node.module or "", node.level, self.module, self.is_package)
        self._add(base, node)
        for alias in node.names:  # `from ua_desktop import gui` imports ua_desktop.gui
            if alias.name != "*":
                self._add(f"{base}.{alias.name}", node)

    def visit_Call(self, node: ast.Call) -> None:
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", None)
        if name in _IMPORT_FUNCTIONS and node.args:
            first = node.args[0]
            if isinstance(first, ast.Constant) and isinstance(first.value, str):
                package = next((k.value for k in node.keywords if k.arg == "package"), None)
                target = first.value
                if target.startswith(".") and isinstance(package, ast.Constant):
                    level = len(target) - len(target.lstrip("."))
                    target = _resolve(target.lstrip("."), level, package.value, True)
                self._add(target, node)
        self.generic_visit(node)


def imports_of(source: str, module: str, is_package: bool = False) -> list[Import]:
    """Every import in `source`, the text of module `module`."""
    collector = _ImportCollector(module, is_package)
    collector.visit(ast.parse(source))
    return collector.found


def layering_violations(source: str, module: str, is_package: bool = False) -> list[str]:
    """What in `source` (module `module`) breaks the layering rules, one line each."""
    problems = []
    for imp in imports_of(source, module, is_package):
        where = f"{module} line {imp.line} imports {imp.target}"
        if _within(module, ("ua_desktop.core",) + SHARED_TOP_LEVEL):
            if _within(imp.target, QT + ("ua_desktop.gui", "ua_desktop.cli")):
                problems.append(where)
        elif _within(module, ("ua_desktop.gui",)):
            if _within(imp.target, ("ua_desktop.cli",)):
                problems.append(where)
        elif _within(module, ("ua_desktop.cli",)):
            if _within(imp.target, QT + ("ua_desktop.gui",)) and not imp.lazy:
                problems.append(where + " at load time (import it inside the function that needs it)")
    return problems


def _module_name(path: Path) -> tuple[str, bool]:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    is_package = parts[-1] == "__init__"
    if is_package:
        parts.pop()
    return ".".join(parts), is_package


def _sources():
    return sorted(p for p in PACKAGE.rglob("*.py") if "__pycache__" not in p.parts)


def test_the_package_keeps_its_layers():
    sources = _sources()
    assert len(sources) > 50  # the walk really saw the package
    problems = []
    for path in sources:
        module, is_package = _module_name(path)
        problems += layering_violations(path.read_text(encoding="utf-8"), module, is_package)
    assert not problems, "\n".join(problems)


def test_the_walk_sees_imports_inside_functions():
    # The command line opens the window and writes PDFs through gui, lazily:
    # if the collector missed imports in functions, this would find nothing.
    path = PACKAGE / "cli" / "main.py"
    found = imports_of(path.read_text(encoding="utf-8"), "ua_desktop.cli.main")
    assert any(i.lazy and i.target.startswith("ua_desktop.gui") for i in found)


def test_core_importing_qt_is_reported_wherever_it_stands():
    source = (
        "from __future__ import annotations\n"
        "from typing import TYPE_CHECKING\n"
        "import json\n"
        "if TYPE_CHECKING:\n"
        "    from PySide6.QtWidgets import QWidget\n"
        "def show():\n"
        "    import shiboken6\n"
        "    from ...gui.dialogs import seam\n"
        "    from ua_desktop import cli\n"
        "    importlib.import_module('ua_desktop.gui.app')\n"
        "    importlib.import_module('..printing', package='ua_desktop.core.output')\n"
    )
    problems = layering_violations(source, "ua_desktop.core.output.envelopes")
    lines = sorted({int(p.split(" line ")[1].split()[0]) for p in problems})
    assert lines == [5, 7, 8, 9, 10], problems
    assert not any("json" in p or "printing" in p for p in problems)


def test_a_relative_import_is_resolved_from_the_importing_module():
    # In the package ua_desktop.core, ".." is ua_desktop; in a module of core.storage, it is core.
    assert layering_violations("from ..gui import app\n", "ua_desktop.core", is_package=True)
    assert layering_violations("from ..gui import app\n", "ua_desktop.core.storage.atomic") == []
    assert layering_violations("from ...gui import app\n", "ua_desktop.core.storage.atomic")
    assert layering_violations("from . import window\n", "ua_desktop.gui.event", is_package=True) == []


def test_gui_importing_cli_and_cli_loading_qt_eagerly_are_reported():
    assert layering_violations("from ua_desktop.cli.batch import main\n", "ua_desktop.gui.app")
    assert layering_violations("from ...cli import batch\n", "ua_desktop.gui.printing.batch_dialog")
    eager = layering_violations("from PySide6.QtGui import QPdfWriter\n", "ua_desktop.cli.batch")
    assert eager and "at load time" in eager[0]
    lazy = "def pdf():\n    from ua_desktop.gui.printing.render import letters_pdf_steps\n"
    assert layering_violations(lazy, "ua_desktop.cli.batch") == []
    assert layering_violations("import ua_desktop.cli.main\n", "ua_desktop.__main__") == []


def private_imports(source: str) -> list[str]:
    """``from a.module import _helper``: a private name reached into from outside
    its module (``_``, gettext's function, is public by convention)."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.ImportFrom) and (node.level or (node.module or "").startswith("ua_desktop")):
            found += [f"line {node.lineno}: {alias.name}" for alias in node.names
                      if alias.name.startswith("_") and alias.name != "_" and not alias.name.startswith("__")]
    return found


def test_no_module_imports_another_modules_private_names():
    assert private_imports("from ua_desktop.core.events.signers import _key\nfrom ua_desktop.i18n import _\n") == [
        "line 1: _key"]
    problems = [f"{path.relative_to(ROOT)} {found}" for path in _sources()
                for found in private_imports(path.read_text(encoding="utf-8"))]
    assert not problems, "make the name public (and document it), or move the code: " + "; ".join(problems)


def test_every_package_folder_is_listed_for_the_build():
    listed = set(tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
                 ["tool"]["setuptools"]["packages"])
    folders = {_module_name(p)[0] for p in PACKAGE.rglob("__init__.py") if "__pycache__" not in p.parts}
    assert len(folders) > 15
    assert folders - listed == set(), "add these to [tool.setuptools] packages in pyproject.toml"
    loose = [str(d.relative_to(ROOT)) for d in PACKAGE.rglob("*")
             if d.is_dir() and d.name != "__pycache__" and any(d.glob("*.py"))
             and not (d / "__init__.py").exists()]
    assert not loose, f"folders of modules without __init__.py: {loose}"
