#!/usr/bin/env python3
"""Extract, update and compile UA Desktop's UI message catalogs.

    python tools/update_translations.py            # extract, update, compile
    python tools/update_translations.py --check    # exit 1 if anything is stale
    python tools/update_translations.py --init fr  # start a new language, then update

What it does, with Babel's Python API and `babel.cfg` at the repository top:

1. extracts every ``_()``, ``ngettext()`` and ``N_()`` message from
   ``ua_desktop/`` into ``translations/ua_desktop.pot``;
2. updates each ``translations/<lang>/LC_MESSAGES/ua_desktop.po`` from the
   ``.pot``, keeping existing translations (a changed message becomes
   "fuzzy" until a translator checks it; a removed one is kept at the end as
   obsolete). The English catalog is the source language: its msgstr is
   filled with the msgid, so it is always complete;
3. compiles each ``.po`` to the ``.mo`` beside it (fuzzy entries left out),
   which is what `ua_desktop.i18n` loads through Python's gettext.

Output is stable: a file is only rewritten when something in it changes
besides the ``POT-Creation-Date`` and ``Generated-By`` header lines, and the
``.pot`` keeps its creation date until its messages change. Locations are
written without line numbers, so moving code does not touch the catalogs.

Importable without side effects: tests/test_translations.py uses
`extract_catalog`, `read_catalog`, `compile_mo`, `catalog_files` and
`message_key`.
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import re
import sys
from collections.abc import Iterable
from pathlib import Path

from babel.messages.catalog import Catalog, Message
from babel.messages.extract import extract_from_dir
from babel.messages.frontend import parse_mapping_cfg
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po, write_po

ROOT = Path(__file__).resolve().parent.parent
MAPPING_FILE = ROOT / "babel.cfg"
TRANSLATIONS = ROOT / "translations"
DOMAIN = "ua_desktop"
POT_FILE = TRANSLATIONS / f"{DOMAIN}.pot"
SOURCE_LANGUAGE = "en"
PROJECT = "UA Desktop"
WIDTH = 76
UPDATE_COMMAND = "python tools/update_translations.py"

HEADER_COMMENT = """\
# UA Desktop's UI messages: the template every translation starts from.
# Made from the source by tools/update_translations.py; do not edit by hand.
# This file is distributed under the same license as UA Desktop
# (GPL-3.0-or-later).
#"""

LANGUAGE_HEADER_COMMENT = """\
# UA Desktop's UI messages: the {language} translation.
# Translators edit this file; tools/update_translations.py updates it from
# translations/ua_desktop.pot and compiles it to ua_desktop.mo beside it.
# This file is distributed under the same license as UA Desktop
# (GPL-3.0-or-later).
#"""

# Header lines that may differ without the catalog having changed.
_VOLATILE = re.compile(r'^"(?:POT-Creation-Date|Generated-By): .*\\n"$')

MessageKey = tuple  # (msgid or (singular, plural), context)


# ---------------------------------------------------------------- reading


def project_version() -> str:
    text = (ROOT / "ua_desktop" / "__init__.py").read_text(encoding="utf-8")
    match = re.search(r'^__version__\s*=\s*["\']([^"\']+)["\']', text, re.MULTILINE)
    return match.group(1) if match else ""


def extract_catalog(root: Path = ROOT) -> Catalog:
    """Every message in the source as a template catalog (no header dates
    to rely on; see `update_template`)."""
    with open(root / "babel.cfg", encoding="utf-8") as cfg:
        method_map, options_map = parse_mapping_cfg(cfg, filename=str(root / "babel.cfg"))
    catalog = Catalog(project=PROJECT, version=project_version(), domain=DOMAIN, charset="utf-8",
                      header_comment=HEADER_COMMENT)
    # keywords={} : only the keywords babel.cfg names (_, ngettext:1,2, N_).
    for filename, lineno, message, comments, context in extract_from_dir(
            str(root), method_map, options_map, keywords={}, strip_comment_tags=True):
        catalog.add(message, None, [(filename.replace("\\", "/"), lineno)], auto_comments=comments,
                    context=context)
    return catalog


def read_catalog(path: Path, locale: str | None = None) -> Catalog:
    with open(path, "rb") as f:
        return read_po(f, locale=locale, domain=DOMAIN)


def catalog_files(translations: Path = TRANSLATIONS) -> list[Path]:
    """Every language's ``.po``, sorted by language code."""
    return sorted(translations.glob(f"*/LC_MESSAGES/{DOMAIN}.po"))


def language_of(po_path: Path) -> str:
    return po_path.parent.parent.name


def message_key(message: Message) -> MessageKey:
    msgid = tuple(message.id) if isinstance(message.id, (list, tuple)) else message.id
    return (msgid, message.context)


def message_keys(catalog: Catalog) -> dict[MessageKey, Message]:
    """The catalog's messages (not the header, not obsolete ones) by key."""
    return {message_key(m): m for m in catalog if m.id}


def describe(key: MessageKey) -> str:
    msgid, context = key
    text = " | ".join(msgid) if isinstance(msgid, tuple) else msgid
    return repr(text) + (f" (context {context!r})" if context else "")


# ---------------------------------------------------------------- writing


def render_po(catalog: Catalog, *, ignore_obsolete: bool = False) -> bytes:
    buffer = io.BytesIO()
    write_po(buffer, catalog, width=WIDTH, include_lineno=False, ignore_obsolete=ignore_obsolete)
    return buffer.getvalue()


def compile_mo(catalog: Catalog) -> bytes:
    buffer = io.BytesIO()
    write_mo(buffer, catalog, use_fuzzy=False)
    return buffer.getvalue()


def _significant(po_bytes: bytes) -> list[bytes]:
    return [line for line in po_bytes.splitlines() if not _VOLATILE.match(line.decode("utf-8", "replace"))]


def _write_if_changed(path: Path, data: bytes, *, same=lambda old, new: old == new) -> bool:
    old = path.read_bytes() if path.exists() else None
    if old is not None and same(old, data):
        return False
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return True


def _po_same(old: bytes, new: bytes) -> bool:
    return _significant(old) == _significant(new)


def _now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc).replace(second=0, microsecond=0)


def update_template(template: Catalog) -> bool:
    """Write the .pot; keep its creation date while its text is unchanged."""
    if POT_FILE.exists():
        template.creation_date = read_catalog(POT_FILE).creation_date
        if _po_same(POT_FILE.read_bytes(), render_po(template)):
            return False
    template.creation_date = _now()
    return _write_if_changed(POT_FILE, render_po(template), same=_po_same)


def fill_source_language(catalog: Catalog) -> None:
    """English is the language of the msgids: an empty or fuzzy msgstr
    becomes the msgid itself (a deliberate English rewording is kept)."""
    for message in catalog:
        if not message.id:
            continue
        if isinstance(message.id, (list, tuple)):
            strings = list(message.string) if isinstance(message.string, (list, tuple)) else [message.string]
            complete = len(strings) == catalog.num_plurals and all(strings)
            if message.fuzzy or not complete:
                singular, plural = message.id[0], message.id[1]
                message.string = tuple([singular] + [plural] * (catalog.num_plurals - 1))
        elif message.fuzzy or not message.string:
            message.string = message.id
        message.flags.discard("fuzzy")


def update_language(po_path: Path, template: Catalog) -> tuple[bool, bool]:
    """Update one .po from the template and compile its .mo.

    Returns (po rewritten, mo rewritten)."""
    language = language_of(po_path)
    catalog = read_catalog(po_path, locale=language)
    source = language == SOURCE_LANGUAGE
    catalog.update(template, no_fuzzy_matching=source)
    if source:
        fill_source_language(catalog)
    po_changed = _write_if_changed(po_path, render_po(catalog, ignore_obsolete=source), same=_po_same)
    # Compile from the file as written, so the .mo always matches the .po.
    mo_changed = _write_if_changed(po_path.with_suffix(".mo"), compile_mo(read_catalog(po_path, locale=language)))
    return po_changed, mo_changed


def init_language(language: str, template: Catalog) -> Path:
    """Start ``translations/<language>/LC_MESSAGES/ua_desktop.po`` from the
    template (Babel knows each language's plural rules)."""
    po_path = TRANSLATIONS / language / "LC_MESSAGES" / f"{DOMAIN}.po"
    if po_path.exists():
        raise SystemExit(f"{po_path.relative_to(ROOT)} already exists; just run {UPDATE_COMMAND}")
    catalog = read_po(io.BytesIO(render_po(template)), locale=language, domain=DOMAIN)
    catalog.locale = language  # also checks that Babel (CLDR) knows the language
    catalog.revision_date = _now()
    catalog.fuzzy = False
    catalog.header_comment = LANGUAGE_HEADER_COMMENT.format(language=catalog.locale.english_name)
    if language == SOURCE_LANGUAGE:
        fill_source_language(catalog)
    po_path.parent.mkdir(parents=True, exist_ok=True)
    po_path.write_bytes(render_po(catalog))
    return po_path


def update_all(init: Iterable[str] = (), only: Iterable[str] = ()) -> int:
    template = extract_catalog()
    changed = []
    if update_template(template):
        changed.append(POT_FILE)
    for language in init:
        changed.append(init_language(language, template))
    only = set(only)
    for po_path in catalog_files():
        if only and language_of(po_path) not in only:
            continue
        po_changed, mo_changed = update_language(po_path, template)
        changed += [p for p, c in ((po_path, po_changed), (po_path.with_suffix(".mo"), mo_changed)) if c]
    languages = [language_of(p) for p in catalog_files()]
    print(f"{len(message_keys(template))} messages; languages: {', '.join(languages) or 'none'}")
    for path in dict.fromkeys(changed):
        print(f"  updated {path.relative_to(ROOT).as_posix()}")
    if not changed:
        print("  nothing changed")
    return 0


# ---------------------------------------------------------------- checking


def template_problems(source: Catalog, committed: Catalog | None) -> list[str]:
    """What differs between the messages in the source and the committed .pot."""
    if committed is None:
        return [f"{POT_FILE.relative_to(ROOT).as_posix()} is missing."]
    found, known = message_keys(source), message_keys(committed)
    problems = []
    missing = [k for k in found if k not in known]
    stale = [k for k in known if k not in found]
    if missing:
        problems.append(f"{len(missing)} message(s) in the source are missing from the .pot:")
        for key in missing:
            where = ", ".join(f"{f}:{n}" for f, n in found[key].locations)
            problems.append(f"  {describe(key)}  ({where})")
    if stale:
        problems.append(f"{len(stale)} message(s) in the .pot are no longer in the source:")
        problems += [f"  {describe(key)}" for key in stale]
    return problems


def catalog_problems(po_path: Path, template: Catalog) -> list[str]:
    """A .po that was not updated from the .pot, or a .mo not compiled from its .po."""
    name = po_path.relative_to(ROOT).as_posix()
    catalog = read_catalog(po_path, locale=language_of(po_path))
    have, want = message_keys(catalog), message_keys(template)
    problems = []
    missing = [k for k in want if k not in have]
    extra = [k for k in have if k not in want]
    if missing:
        problems.append(f"{name} lacks {len(missing)} message(s) of the .pot, e.g. {describe(missing[0])}")
    if extra:
        problems.append(f"{name} has {len(extra)} message(s) not in the .pot, e.g. {describe(extra[0])}")
    mo_path = po_path.with_suffix(".mo")
    if not mo_path.exists():
        problems.append(f"{mo_path.relative_to(ROOT).as_posix()} is missing")
    elif mo_path.read_bytes() != compile_mo(catalog):
        problems.append(f"{mo_path.relative_to(ROOT).as_posix()} was not compiled from the current .po")
    return problems


def check() -> int:
    committed = read_catalog(POT_FILE) if POT_FILE.exists() else None
    problems = template_problems(extract_catalog(), committed)
    if committed is not None:
        for po_path in catalog_files():
            problems += catalog_problems(po_path, committed)
    if problems:
        print("The message catalogs are out of date:", file=sys.stderr)
        for line in problems:
            print(line, file=sys.stderr)
        print(f"Run: {UPDATE_COMMAND}", file=sys.stderr)
        return 1
    print("The message catalogs are up to date.")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true",
                        help="change nothing; exit 1 and say what is missing if the catalogs are out of date")
    parser.add_argument("--init", metavar="LANG", action="append", default=[],
                        help="start a catalog for a new language (e.g. fr, ky), then update all")
    parser.add_argument("--only", metavar="LANG", action="append", default=[],
                        help="update and compile only this language's catalog (repeatable); the .pot always")
    args = parser.parse_args(argv)
    if args.check:
        return check()
    return update_all(args.init, args.only)


if __name__ == "__main__":
    sys.exit(main())
