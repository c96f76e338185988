"""`ua-desktop batch`: letters for a list of signers from the command line.

    ua-desktop batch [CASE] --signers FILE.csv --to all|N[,N] [--lang L] -o letters.docx|letters.pdf

A .pdf output needs Qt (imported only then, offscreen); a .docx does not.
Envelopes and labels go beside the letters, named after them.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

EXIT_OK, EXIT_ERROR, EXIT_CANCELLED = 0, 1, 130


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="ua-desktop batch",
        description="Make one print-ready file with a letter from every signer of a list to each chosen "
                    "recipient, one letter per page, plus matching envelopes or address labels.",
        epilog="Example: ua-desktop batch case.json --signers signers.csv --to all -o letters.pdf --envelopes DL\n"
               "The list is a CSV file from a spreadsheet with a column of names and, if you like, town, "
               "country, address and language columns.",
    )
    parser.add_argument("case", nargs="?", help="case file (default: the bundled sample case)")
    parser.add_argument("--signers", required=True, type=Path, metavar="FILE.csv", help="the list of signers (CSV)")
    parser.add_argument("--to", default="all", metavar="all|N[,N]",
                        help="recipients, by number as 'ua-desktop letter --list' shows them, or all (default)")
    parser.add_argument("--lang", default=None, metavar="LANG",
                        help="language for signers who gave none (default: the first the case asks for)")
    parser.add_argument("--force-lang", action="store_true", help="write every letter in --lang")
    parser.add_argument("--date", type=dt.date.fromisoformat, default=None, metavar="YYYY-MM-DD",
                        help="the letters' date (default: today)")
    parser.add_argument("--page", choices=("A4", "Letter"), default="A4", help="paper size (default: A4)")
    parser.add_argument("--envelopes", choices=("DL", "C5", "C6"), default=None,
                        help="also make envelopes of this size (a .docx beside the letters)")
    parser.add_argument("--labels", action="store_true",
                        help="also make address labels, A4 sheets of 3×7 (a .docx beside the letters)")
    parser.add_argument("--first-label", type=int, default=1, metavar="N",
                        help="start on label N of the first sheet (to finish a used sheet)")
    parser.add_argument("-o", "--output", required=True, type=Path, help="letters.docx or letters.pdf")
    return parser


def parse_recipients(text: str, count: int) -> tuple[int, ...] | None:
    """'all' or '1,3' (1-based) -> zero-based indexes; None if malformed."""
    text = text.strip().lower()
    if text in ("all", "*", ""):
        return tuple(range(count))
    indexes = []
    for part in text.split(","):
        part = part.strip()
        if not part.isdigit():
            return None
        index = int(part) - 1
        if index not in indexes:
            indexes.append(index)
    return tuple(indexes)


def run_batch_command(argv: list[str]) -> int:
    from ua_desktop.core.storage.atomic import SaveError
    from ua_desktop.core.output.batch import (
        BatchCancelled,
        BatchError,
        BatchOutputs,
        BatchRequest,
        companion_paths,
        make_batch,
    )
    from ua_desktop.core.case.casefile import CaseFileError, load_case
    from ua_desktop.core.letters.drafting import LetterDrafter
    from ua_desktop.core.events.signers import SignerListError, read_signers
    from ua_desktop.paths import sample_case_path

    args = _parser().parse_args(argv)

    def fail(message: str) -> int:
        print(f"ua-desktop: {message}", file=sys.stderr)
        return EXIT_ERROR

    suffix = args.output.suffix.lower()
    if suffix not in (".docx", ".pdf"):
        return fail("the output must end in .docx or .pdf, for example -o letters.docx")
    try:
        case = load_case(Path(args.case) if args.case else sample_case_path())
    except CaseFileError as error:
        return fail(str(error))
    drafter = LetterDrafter()
    try:
        signers = read_signers(args.signers, drafter.languages)
    except SignerListError as error:
        return fail(str(error))
    for notice in signers.notices:
        print(f"ua-desktop: note: {notice}", file=sys.stderr)
    recipients = parse_recipients(args.to, len(case.recipients))
    if recipients is None:
        return fail(f"--to takes 'all' or recipient numbers separated by commas, such as 1,3 (not {args.to!r})")
    language = args.lang or next((c for c in case.write_languages if c in drafter.languages), "en")
    envelopes, labels = companion_paths(args.output, args.envelopes, args.labels)
    outputs = BatchOutputs(docx=args.output if suffix == ".docx" else None,
                           pdf=args.output if suffix == ".pdf" else None,
                           envelopes=envelopes, envelope_size=args.envelopes or "DL",
                           labels=labels, first_label=args.first_label)
    request = BatchRequest(case, signers.signers, recipients, language, args.force_lang, args.date, args.page)
    renderer = None
    if outputs.pdf is not None:
        from ua_desktop.gui.printing.render import letters_pdf_steps

        renderer = letters_pdf_steps
    progress = _progress_printer() if sys.stderr.isatty() else None
    try:
        result = make_batch(request, outputs, drafter, progress=progress, pdf_renderer=renderer)
    except (BatchError, SaveError) as error:
        return fail(str(error) + " Nothing was written.")
    except (BatchCancelled, KeyboardInterrupt):
        print("\nua-desktop: cancelled; nothing was written.", file=sys.stderr)
        return EXIT_CANCELLED
    for notice in result.notices:
        print(f"ua-desktop: note: {notice}", file=sys.stderr)
    languages = ", ".join(f"{count} in {code}" for code, count in sorted(result.by_language.items()))
    print(f"Made {result.letters} letters from {result.signers} signers ({languages}).", file=sys.stderr)
    for path in result.written:
        print(f"Saved {path}", file=sys.stderr)
    return EXIT_OK


def _progress_printer():
    last = [-1]

    def show(done: int, total: int) -> None:
        percent = done * 100 // max(total, 1)
        if percent != last[0]:
            last[0] = percent
            print(f"\r{percent:3d} %", end="", file=sys.stderr, flush=True)
            if done >= total:
                print(file=sys.stderr)

    return show
