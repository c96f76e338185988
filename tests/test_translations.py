"""The message catalogs: current with the source, complete, compiled, with
the placeholders intact; and a pseudo-translated window that shows no
untranslated text.

When a test here fails after you added or changed a UI string, run
``python tools/update_translations.py`` and commit what it changes.
"""

from __future__ import annotations

import datetime as dt
import gettext
import importlib.util
import io
import json
import re
import string
import sys
from pathlib import Path

import pytest
from babel.messages.catalog import Catalog

ROOT = Path(__file__).resolve().parent.parent
UPDATE_COMMAND = "python tools/update_translations.py"


def _load_tool():
    path = ROOT / "tools" / "update_translations.py"
    spec = importlib.util.spec_from_file_location("update_translations", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("update_translations", module)
    spec.loader.exec_module(module)
    return module


tool = _load_tool()
CATALOGS = tool.catalog_files()


@pytest.fixture(scope="module")
def template() -> Catalog:
    assert tool.POT_FILE.exists(), f"{tool.POT_FILE} is missing. Run: {UPDATE_COMMAND}"
    return tool.read_catalog(tool.POT_FILE)


def _runtime_catalog(mo_bytes: bytes) -> dict:
    """What Python's gettext (and so ua_desktop.i18n) reads from a .mo."""
    return dict(gettext.GNUTranslations(io.BytesIO(mo_bytes))._catalog)


# ---------------------------------------------------------------- the .pot


def test_the_committed_pot_is_current(template):
    """Every _() / ngettext() / N_() message in ua_desktop/ is in the .pot,
    and the .pot holds no message the source no longer has."""
    problems = tool.template_problems(tool.extract_catalog(), template)
    if problems:
        pytest.fail("translations/ua_desktop.pot is out of date with the source.\n"
                    + "\n".join(problems) + f"\nRun: {UPDATE_COMMAND}", pytrace=False)


def test_a_new_string_is_reported_as_missing(tmp_path):
    """The check above names the strings a developer forgot to extract."""
    (tmp_path / "babel.cfg").write_bytes((ROOT / "babel.cfg").read_bytes())
    package = tmp_path / "ua_desktop"
    package.mkdir()
    module = package / "panel.py"
    module.write_text('from ua_desktop.i18n import _, ngettext\n'
                      'a = _("Old text")\n', encoding="utf-8")
    committed = tool.extract_catalog(tmp_path)
    module.write_text('from ua_desktop.i18n import _, ngettext\n'
                      'a = _("Old text")\n'
                      'b = _("Brand new text")\n'
                      'c = ngettext("{n} new thing", "{n} new things", 2)\n', encoding="utf-8")
    problems = "\n".join(tool.template_problems(tool.extract_catalog(tmp_path), committed))
    assert "2 message(s) in the source are missing from the .pot" in problems
    assert "'Brand new text'" in problems and "ua_desktop/panel.py:3" in problems
    assert "'{n} new thing | {n} new things'" in problems
    assert tool.template_problems(tool.extract_catalog(tmp_path), tool.extract_catalog(tmp_path)) == []


# ---------------------------------------------------------------- each language


def test_there_is_at_least_the_english_catalog():
    assert [tool.language_of(p) for p in CATALOGS].count("en") == 1, CATALOGS


def test_the_english_catalog_translates_every_message_to_itself():
    """`i18n.set_language("en")` does not read the English catalog (it is the
    messages' own language). That is exact only while every English message
    is its own translation; an English wording changed in the .po instead
    of the source would be lost, and fails here."""
    from ua_desktop import i18n

    (english,) = [p for p in CATALOGS if tool.language_of(p) == i18n.SOURCE_LANGUAGE]
    catalog = tool.read_catalog(english, locale=i18n.SOURCE_LANGUAGE)
    messages = [message for message in catalog if message.id]
    differing = [(message.id, message.string) for message in messages
                 if message.string and tuple(message.string if isinstance(message.id, (list, tuple))
                                             else (message.string,))
                 != tuple(message.id if isinstance(message.id, (list, tuple)) else (message.id,))]
    assert len(messages) > 500
    assert differing == [], f"English messages translated to other words: {differing[:5]}"
    i18n.set_language("en")
    assert isinstance(i18n._translation, gettext.NullTranslations)
    assert not isinstance(i18n._translation, gettext.GNUTranslations)


@pytest.mark.parametrize("po_path", CATALOGS, ids=[tool.language_of(p) for p in CATALOGS])
def test_catalog_translates_every_message(po_path, template):
    catalog = tool.read_catalog(po_path, locale=tool.language_of(po_path))
    have, want = tool.message_keys(catalog), tool.message_keys(template)
    problems = [f"not in the .po: {tool.describe(k)}" for k in want if k not in have]
    problems += [f"in the .po but not in the .pot: {tool.describe(k)}" for k in have if k not in want]
    for key, message in have.items():
        if key not in want:
            continue
        strings = message.string if isinstance(message.id, (list, tuple)) else (message.string,)
        if isinstance(message.id, (list, tuple)) and (
                not isinstance(message.string, (list, tuple)) or len(message.string) != catalog.num_plurals):
            problems.append(f"needs {catalog.num_plurals} plural forms: {tool.describe(key)}")
        elif message.fuzzy:
            problems.append(f"fuzzy (check the translation, then remove the flag): {tool.describe(key)}")
        elif not all(strings):
            problems.append(f"not translated: {tool.describe(key)}")
    if problems:
        pytest.fail(f"{po_path.relative_to(ROOT).as_posix()}: {len(problems)} problem(s)\n"
                    + "\n".join(problems) + f"\n(After changing the source, run: {UPDATE_COMMAND})",
                    pytrace=False)


@pytest.mark.parametrize("po_path", CATALOGS, ids=[tool.language_of(p) for p in CATALOGS])
def test_compiled_mo_matches_its_po(po_path):
    mo_path = po_path.with_suffix(".mo")
    assert mo_path.exists(), f"{mo_path} is missing. Run: {UPDATE_COMMAND}"
    expected = _runtime_catalog(tool.compile_mo(tool.read_catalog(po_path, locale=tool.language_of(po_path))))
    actual = _runtime_catalog(mo_path.read_bytes())
    differing = sorted((k for k in expected.keys() | actual.keys() if expected.get(k) != actual.get(k)), key=str)
    assert not differing, (f"{mo_path.relative_to(ROOT).as_posix()} does not match its .po for "
                           f"{len(differing)} message(s), e.g. {differing[:3]}. Run: {UPDATE_COMMAND}")


def _placeholders(text: str) -> set[str]:
    """The names of the str.format fields in `text`; ValueError if the
    braces do not parse."""
    names = set()
    for _literal, field, spec, _conversion in string.Formatter().parse(text):
        if field is not None:
            names.add(field)
            names |= _placeholders(spec or "")
    return names


@pytest.mark.parametrize("po_path", CATALOGS, ids=[tool.language_of(p) for p in CATALOGS])
def test_translations_keep_the_placeholders(po_path):
    catalog = tool.read_catalog(po_path, locale=tool.language_of(po_path))
    problems = []
    for key, message in tool.message_keys(catalog).items():
        if isinstance(message.id, (list, tuple)):
            ids = [_placeholders(i) for i in message.id]
            # A form may leave out the count ("one day"), but never add a
            # name or lose one that singular and plural both have.
            allowed, required = set.union(*ids), set.intersection(*ids)
            strings = message.string if isinstance(message.string, (list, tuple)) else (message.string,)
        else:
            allowed = required = _placeholders(message.id)
            strings = (message.string,)
        for index, text in enumerate(strings):
            if not text:
                continue
            try:
                found = _placeholders(text)
            except ValueError as error:
                problems.append(f"{tool.describe(key)}[{index}]: braces do not parse ({error}): {text!r}")
                continue
            if not (required <= found <= allowed):
                problems.append(f"{tool.describe(key)}[{index}]: has {sorted(found)}, "
                                f"should have {sorted(required)}"
                                + (f" (may also use {sorted(allowed - required)})" if allowed != required else "")
                                + f": {text!r}")
    assert not problems, f"{po_path.relative_to(ROOT).as_posix()}:\n" + "\n".join(problems)


# ---------------------------------------------------------------- the pseudo-translated window

PSEUDO_LANGUAGE = "xx"
PSEUDO_SEGMENT = re.compile("⟦[^⟦⟧]*⟧")  # innermost first: translations nest


def pseudo(text: str) -> str:
    return "⟦" + text + "⟧"


def write_pseudo_catalog(template: Catalog, localedir: Path) -> Path:
    """Every message as ⟦msgid⟧: placeholders and & mnemonics kept, so the
    window works as usual and every translated text is marked."""
    catalog = Catalog(locale="en", domain=tool.DOMAIN, charset="utf-8")
    for message in template:
        if not message.id:
            continue
        if isinstance(message.id, (list, tuple)):
            translation = tuple(pseudo(i) for i in message.id)
        else:
            translation = pseudo(message.id)
        catalog.add(message.id, translation, context=message.context)
    mo_path = localedir / PSEUDO_LANGUAGE / "LC_MESSAGES" / f"{tool.DOMAIN}.mo"
    mo_path.parent.mkdir(parents=True)
    mo_path.write_bytes(tool.compile_mo(catalog))
    return mo_path


def _same_spaces(text: str) -> str:
    return text.replace("\u00a0", " ").replace("\u202f", " ")


def _strip_mnemonics(text: str) -> str:
    return re.sub("&(&?)", r"\1", text)


def case_data_texts() -> list[str]:
    """The texts the window shows straight from the case file."""
    from ua_desktop.core.case.casefile import load_case
    from ua_desktop.paths import sample_case_path

    case = load_case(sample_case_path())
    texts = [case.country, case.title, case.ua_number, case.index_number, case.summary, case.copies_note,
             case.late_note, case.status_note]
    texts += [person.name for person in case.people]
    texts += [ask.text for ask in case.asks]
    for recipient in case.recipients:
        texts += [recipient.name, recipient.title, *recipient.title_lines, recipient.fax, recipient.email,
                  *recipient.emails, recipient.phone, *recipient.social, recipient.note]
    return [t for t in texts if t]


def letter_language_names() -> list[str]:
    names = []
    for meta in sorted((ROOT / "resources" / "letters").glob("*/language.json")):
        data = json.loads(meta.read_text(encoding="utf-8"))
        names += [data["english_name"], data["native_name"]]
    return names


def untranslated_rest(text: str, allowed: list[str]) -> str:
    """What is left of `text` once the translated ⟦…⟧ segments and the
    allowed data are taken out; "" when nothing with a letter remains."""
    rest = _same_spaces(_strip_mnemonics(text))
    while PSEUDO_SEGMENT.search(rest):
        rest = PSEUDO_SEGMENT.sub(" ", rest)
    for piece in sorted({_same_spaces(a) for a in allowed}, key=len, reverse=True):
        rest = rest.replace(piece, " ")
    return rest.strip() if any(ch.isalpha() for ch in rest) else ""


def window_texts(window) -> list[tuple[str, str, str]]:
    """Every text the window shows or gives to assistive technology, as
    (where, text, kind). Kinds: "ui", "title" (the window title) and
    "languages" (the letter-language list). The letter's own text is not
    UI text and is left out."""
    from PySide6.QtCore import QAbstractListModel, QModelIndex, Qt
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QComboBox, QGroupBox, QLabel, QLineEdit,
                                   QMenu, QPlainTextEdit, QStatusBar, QTabWidget, QTextEdit, QWidget)

    from ua_desktop.gui.main_window.letter_panel import LetterEditor

    found = []

    def add(where: str, text: str, kind: str = "ui") -> None:
        if text and text.strip():
            found.append((where, text, kind))

    def inside_combo(widget: QWidget) -> bool:
        parent = widget.parentWidget()
        while parent is not None:
            if isinstance(parent, QComboBox):
                return True
            parent = parent.parentWidget()
        return False

    roles = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.StatusTipRole,
             Qt.ItemDataRole.WhatsThisRole, Qt.ItemDataRole.AccessibleTextRole,
             Qt.ItemDataRole.AccessibleDescriptionRole)

    for widget in [window, *window.findChildren(QWidget)]:
        name = f"{type(widget).__name__}#{widget.objectName()}"
        add(f"{name} windowTitle", widget.windowTitle(), "title" if widget is window else "ui")
        for prop in ("toolTip", "statusTip", "whatsThis", "accessibleName", "accessibleDescription"):
            add(f"{name} {prop}", getattr(widget, prop)())
        if isinstance(widget, (QLabel, QAbstractButton)):
            add(f"{name} text", widget.text())
        if isinstance(widget, QLineEdit):
            add(f"{name} text", widget.text())
            add(f"{name} placeholderText", widget.placeholderText())
        if isinstance(widget, (QPlainTextEdit, QTextEdit)):
            add(f"{name} placeholderText", widget.placeholderText())
            if not isinstance(widget, LetterEditor):
                add(f"{name} text", widget.toPlainText())
        if isinstance(widget, QComboBox):
            kind = "languages" if widget.objectName() == "letterLanguage" else "ui"
            for i in range(widget.count()):
                add(f"{name} item {i}", widget.itemText(i), kind)
                add(f"{name} item {i} toolTip", widget.itemData(i, Qt.ItemDataRole.ToolTipRole) or "", kind)
        if isinstance(widget, QAbstractItemView) and widget.model() is not None and not inside_combo(widget):
            model = widget.model()
            top = QModelIndex()
            for row in range(model.rowCount(top)):
                columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount(top)
                for column in range(columns):
                    index = model.index(row, column)
                    for role in roles:
                        value = model.data(index, role)
                        if isinstance(value, str):
                            add(f"{name} row {row} {role.name}", value)
        if isinstance(widget, QGroupBox):
            add(f"{name} title", widget.title())
        if isinstance(widget, QTabWidget):
            for i in range(widget.count()):
                add(f"{name} tab {i}", widget.tabText(i))
                add(f"{name} tab {i} toolTip", widget.tabToolTip(i))
        if isinstance(widget, QMenu):
            add(f"{name} title", widget.title())
        if isinstance(widget, QStatusBar):
            add(f"{name} message", widget.currentMessage())

    # The window-language menu names each language in itself, by design.
    window_language_actions = set(getattr(getattr(window, "actions", None), "window_languages", {}).values())
    for action in window.findChildren(QAction):
        name = f"QAction#{action.objectName() or action.text()}"
        kind = "window languages" if action in window_language_actions else "ui"
        for prop in ("text", "iconText", "toolTip", "statusTip", "whatsThis"):
            add(f"{name} {prop}", getattr(action, prop)(), kind)
    return found


def untranslated_in(window, case_texts: list[str], language_names: list[str]) -> dict[tuple[str, str], str]:
    from ua_desktop import APP_NAME

    problems = {}
    for where, text, kind in window_texts(window):
        allowed = list(case_texts)
        if kind == "title":
            allowed.append(APP_NAME)  # the product's name stays as it is
        if kind == "languages":
            allowed += language_names
        if kind == "window languages":
            from ua_desktop.gui.ui_language import available_languages

            allowed += list(available_languages().values())
        rest = untranslated_rest(text, allowed)
        if rest:
            problems[(where, text)] = rest
    return problems


def every_choice(window):
    """Show each recipient in turn, then each letter language: each state
    sets its own texts (fax or "no fax", email tooltips, hints)."""
    from PySide6.QtWidgets import QComboBox, QListView

    view = window.findChild(QListView, "recipients")
    combo = window.findChild(QComboBox, "letterLanguage")
    yield "as opened"
    for row in range(view.model().rowCount()):
        view.setCurrentIndex(view.model().index(row, 0))
        yield f"recipient {row + 1}"
    for index in range(combo.count()):
        combo.setCurrentIndex(index)
        yield f"language {combo.itemData(index)}"


@pytest.fixture
def pseudo_window(qtbot, template, tmp_path, monkeypatch):
    """The real window in the pseudo language, as a user who chose it sees it."""
    import ua_desktop.paths
    from ua_desktop import i18n
    from ua_desktop.gui.app import build_main_window, create_application
    from ua_desktop.gui.app_paths import AppPaths
    from ua_desktop.gui.settings import Settings

    create_application()
    write_pseudo_catalog(template, tmp_path)
    # build_main_window switches to the language in the settings, so choose
    # it there too, and let the default catalog folder be tmp_path.
    monkeypatch.setattr(ua_desktop.paths, "translations_dir", lambda: tmp_path)
    settings = Settings(AppPaths.for_this_user().settings_file)
    settings.ui_language = PSEUDO_LANGUAGE
    settings.sync()
    assert i18n.set_language(PSEUDO_LANGUAGE, localedir=tmp_path) == PSEUDO_LANGUAGE
    try:
        window = build_main_window(None, today=lambda: dt.date(2026, 11, 28))
        qtbot.addWidget(window)
        assert i18n.current_language() == PSEUDO_LANGUAGE
        yield window
    finally:
        i18n.set_language("en")


def test_pseudo_translated_window_has_no_untranslated_text(pseudo_window):
    case_texts, language_names = case_data_texts(), letter_language_names()
    problems = {}
    marked = 0
    for state in every_choice(pseudo_window):
        for (where, text), rest in untranslated_in(pseudo_window, case_texts, language_names).items():
            problems.setdefault((where, text), (state, rest))
        marked = max(marked, sum("⟦" in text for _w, text, _k in window_texts(pseudo_window)))
    assert marked >= 40, f"only {marked} texts are pseudo-translated: was the pseudo catalog loaded?"
    if problems:
        lines = [f"  {where}: {text!r}\n      untranslated: {rest!r} ({state})"
                 for (where, text), (state, rest) in problems.items()]
        pytest.fail(f"{len(problems)} text(s) in the window do not go through _() (or the .pot is stale; run "
                    f"{UPDATE_COMMAND}):\n" + "\n".join(lines), pytrace=False)


def test_the_window_check_catches_untranslated_text(pseudo_window):
    """The check above is not lenient: plain or half-translated text fails."""
    from PySide6.QtWidgets import QLabel, QPushButton

    panel = pseudo_window.centralWidget()
    QLabel("hello", panel)
    QPushButton(pseudo("Save letter…") + " now", panel).setToolTip("Azimzhan Askarov, fax")
    problems = untranslated_in(pseudo_window, case_data_texts(), letter_language_names())
    assert {text: rest for (_where, text), rest in problems.items()} == {
        "hello": "hello",
        "⟦Save letter…⟧ now": "now",
        "Azimzhan Askarov, fax": ", fax",
    }
    # Language names are allowed in the language list only; the product
    # name in the window title only.
    assert untranslated_rest("Russian — русский  " + pseudo("x"), letter_language_names()) == ""
    assert untranslated_rest("Russian", case_data_texts()) == "Russian"
    assert untranslated_rest("Azimzhan Askarov — UA Desktop", case_data_texts()) == "— UA Desktop"
