"""`ua-desktop import FILE [-o case.json]`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ua_desktop.core.storage.atomic import SaveError, write_text_atomically
from ua_desktop.core.case.casefile import case_to_json
from ua_desktop.i18n import _

from ua_desktop.core.importer.errors import SheetImportError


class _UsageError(Exception):
    pass


class _Parser(argparse.ArgumentParser):
    def error(self, message):  # argparse would exit; we return 2 instead
        self.print_usage(sys.stderr)
        print(f"{self.prog}: {message}", file=sys.stderr)
        raise _UsageError(message)


def _standard_input_text() -> str:
    """Standard input read as bytes and decoded as a file's text is (not in the system's encoding)."""
    from ua_desktop.core.importer.extract import read_stream

    stream = getattr(sys.stdin, "buffer", None)
    if stream is None:  # already text (an embedding program replaced sys.stdin)
        return sys.stdin.read()
    return read_stream(stream, _("standard input"))


def run_import_command(argv: list[str]) -> int:
    from ua_desktop.core.importer import import_file, import_text

    parser = _Parser(
        prog="ua-desktop import",
        description=_("Read an Urgent Action sheet (PDF, DOCX or text) and print the case as JSON."),
    )
    parser.add_argument("file", help=_("the sheet: a PDF, DOCX or text file, or - to read text from standard input"))
    parser.add_argument("-o", "--output", metavar="case.json", help=_("write the case file here instead of printing it"))
    try:
        args = parser.parse_args(argv)
    except _UsageError:
        return 2
    except SystemExit as exit_:  # --help
        return 0 if not exit_.code else 2
    try:
        if args.file == "-":
            result = import_text(_standard_input_text())
        else:
            result = import_file(args.file)
    except SheetImportError as error:
        print(_("Import failed: {message}").format(message=error), file=sys.stderr)
        return 1
    for note in result.unsure:
        print(_("Check {field}: {message}").format(field=note.field, message=note.message), file=sys.stderr)
    for note in result.missing:
        print(_("Missing {field}: {message}").format(field=note.field, message=note.message), file=sys.stderr)
    if result.missing:
        print(_("The case is not complete: fill in the missing fields before drafting a letter."), file=sys.stderr)
    text = case_to_json(result.case)
    if args.output:
        try:
            write_text_atomically(Path(args.output), text)
        except SaveError as error:
            print(_("Import failed: {message}").format(message=error), file=sys.stderr)
            return 1
    else:
        sys.stdout.write(text)
    return 0
