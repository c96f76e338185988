"""The `ua-desktop` command: the window, and its command-line twins.

    ua-desktop [CASE]                 open the window (on the sample case)
    ua-desktop letter [CASE] ...      draft one letter to a file or stdout
    ua-desktop import FILE [-o OUT]   read a UA sheet into a case file
    ua-desktop batch [CASE] ...       letters for a list of signers (ua_desktop.cli.batch)

The command-line paths import no Qt, so they start fast and run anywhere
(a batch made as PDF imports Qt's painter, offscreen, and nothing else of
the window).
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

from ua_desktop import __version__

#: The command-line programs; any other first argument opens the window.
COMMANDS = ("letter", "import", "batch")
HELP_WORDS = ("-h", "--help", "help")
VERSION_WORDS = ("-V", "--version")

OVERVIEW = """\
Turn an Urgent Action case into appeal letters, offline.

usage:
  ua-desktop [CASE]                open the window on CASE (default: the bundled sample case)
  ua-desktop letter [CASE] --to N --lang LANG --from "Name, Town, Country" -o letter.docx
                                   draft one letter; -o letter.txt for plain text, no -o prints it
  ua-desktop letter [CASE] --list  list the case's recipients and the letter languages
  ua-desktop import FILE [-o case.json]
                                   read an Urgent Action sheet (PDF, DOCX or text) into a case file
  ua-desktop batch [CASE] --signers FILE.csv --to all|N[,N] [--lang L] -o letters.docx|letters.pdf
                                   one letter per signer per recipient, ready to print

Run "ua-desktop letter --help", "ua-desktop import --help" or "ua-desktop batch --help" for their options.
"""


def opens_window(argv: list[str]) -> bool:
    """Whether `argv` opens the window (and so needs Qt and a display)
    rather than running a command-line program, help or the version."""
    return not argv or argv[0] not in COMMANDS + HELP_WORDS + VERSION_WORDS


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if opens_window(argv):
        return gui_main(argv)
    if argv[0] in ("letter", "batch"):
        from ua_desktop.core.storage.leftovers import remove_leftovers

        remove_leftovers()  # temporary files of a save or batch that was interrupted last time
    if argv[0] == "letter":
        return letter_command(argv[1:])
    if argv[0] == "batch":
        from ua_desktop.cli.batch import run_batch_command

        return run_batch_command(argv[1:])
    if argv[0] == "import":
        from ua_desktop.cli.import_sheet import run_import_command

        return run_import_command(argv[1:])
    if argv[0] in HELP_WORDS:
        print(OVERVIEW)
        return 0
    print(f"ua-desktop {__version__}")
    return 0


def gui_main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    parser = argparse.ArgumentParser(prog="ua-desktop", description="Open the UA Desktop window.")
    parser.add_argument("case", nargs="?", help="a case file to open (default: the bundled sample case)")
    args = parser.parse_args(argv)
    from ua_desktop.gui.app import run_app

    return run_app(Path(args.case) if args.case else None)


def _letter_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="ua-desktop letter",
        description="Draft one appeal letter for a case, as DOCX or plain text.",
        epilog='Example: ua-desktop letter case.json --to 2 --lang ru --from "Anna Schmidt, Lyon, France" '
               "-o letter.docx",
    )
    parser.add_argument("case", nargs="?", help="case file (default: the bundled sample case)")
    parser.add_argument("--to", type=int, default=1, metavar="N",
                        help="recipient number, as --list shows it (default: 1)")
    parser.add_argument("--lang", default=None, metavar="LANG",
                        help="letter language code, e.g. en, ru, ky (default: the first the case asks for)")
    parser.add_argument("--from", dest="sender", default="", metavar='"NAME, TOWN, COUNTRY"',
                        help="who is writing, separated by commas")
    parser.add_argument("--address", action="append", default=[], metavar="LINE",
                        help="a line of your postal address (repeat for more lines)")
    parser.add_argument("--date", type=dt.date.fromisoformat, default=None, metavar="YYYY-MM-DD",
                        help="the letter's date (default: today)")
    parser.add_argument("--page", choices=("A4", "Letter"), default="A4", help="paper size for DOCX (default: A4)")
    parser.add_argument("-o", "--output", default=None,
                        help="write to this file: .docx or .txt (default: print the text)")
    parser.add_argument("--replace", action="store_true",
                        help="replace the output file even if it is read-only")
    parser.add_argument("--list", action="store_true", help="list recipients and languages, then stop")
    return parser


def letter_command(argv: list[str]) -> int:
    from ua_desktop.core.storage.atomic import SaveError
    from ua_desktop.core.storage.output_path import ReadOnlyFileError, check_output_path
    from ua_desktop.core.case.casefile import CaseFileError, load_case
    from ua_desktop.core.output.docx_letter import save_letter_docx, save_letter_text
    from ua_desktop.core.letters.drafting import DraftingError, LetterDrafter, LetterRequest
    from ua_desktop.core.letters.letter import Sender
    from ua_desktop.core.locales.languages import language_label
    from ua_desktop.core.text import clean_line
    from ua_desktop.core.storage.app_dirs import template_cache_dir
    from ua_desktop.paths import sample_case_path

    args = _letter_parser().parse_args(argv)
    try:
        case = load_case(Path(args.case) if args.case else sample_case_path())
    except CaseFileError as error:
        print(f"ua-desktop: {error}", file=sys.stderr)
        return 1
    drafter = LetterDrafter(cache_dir=template_cache_dir())
    if args.list:
        print(f"{case.people_names} — {case.country}")
        for number, recipient in enumerate(case.recipients, start=1):
            role = "copy to" if recipient.role.value == "copy" else "write to"
            print(f"  {number}. {recipient.title}, {recipient.name} ({role})".replace(" , ", " "))
        asked = set(case.write_languages)
        for code in drafter.languages:
            mark = " — asked for by the case" if code in asked else ""
            print(f"  --lang {code}: {language_label(code)}{mark}")
        return 0
    language = args.lang or next((c for c in case.write_languages if c in drafter.languages), "en")
    base = Sender.parse(clean_line(args.sender))
    sender = Sender(base.name, base.town, base.country, tuple(clean_line(a) for a in args.address if clean_line(a)))
    try:
        letter = drafter.draft(LetterRequest(case, args.to - 1, language, sender, args.date))
    except DraftingError as error:
        print(f"ua-desktop: {error}", file=sys.stderr)
        return 1
    if letter.untranslated:
        print(f"ua-desktop: note: {len(letter.untranslated)} request(s) have no {language} translation "
              "and are in the sheet's language.", file=sys.stderr)
    if args.output is None:
        sys.stdout.write(letter.text)
        return 0
    try:
        output = check_output_path(args.output, replace_read_only=args.replace)
        if output.suffix.lower() == ".txt":
            save_letter_text(letter, output)
        else:
            save_letter_docx(letter, output, page_size=args.page)
    except ReadOnlyFileError as error:
        print(f"ua-desktop: {error} To replace it anyway, add --replace.", file=sys.stderr)
        return 1
    except SaveError as error:
        print(f"ua-desktop: {error}", file=sys.stderr)
        return 1
    print(f"Saved {output}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
