"""`ua-desktop batch`: letters for a list of signers from the command line.

    ua-desktop batch [CASE] --signers FILE.csv --to all|N[,N] [--lang L] -o letters.docx|letters.pdf

A .pdf output needs Qt (imported only then, offscreen); a .docx does not.
Envelopes and labels go beside the letters, named after them.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import time
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
    parser.add_argument("-o", "--output", required=True, help="letters.docx or letters.pdf")
    parser.add_argument("--replace", action="store_true",
                        help="replace output files even if they are read-only")
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


class _Refused(Exception):
    """The command cannot go on; the message says why, in plain words."""


def _fail(message: str) -> int:
    print(f"ua-desktop: {message}", file=sys.stderr)
    return EXIT_ERROR


def run_batch_command(argv: list[str]) -> int:
    from ua_desktop.core.output.batch import BatchCancelled, BatchError, make_batch
    from ua_desktop.core.letters.drafting import LetterDrafter
    from ua_desktop.core.storage.app_dirs import template_cache_dir
    from ua_desktop.core.storage.atomic import SaveError

    args = _parser().parse_args(argv)
    drafter = LetterDrafter(cache_dir=template_cache_dir())
    try:
        request, outputs = _batch_request(args, drafter)
    except _Refused as error:
        return _fail(str(error))
    renderer = None
    if outputs.pdf is not None:  # Qt only for a PDF
        from ua_desktop.gui.printing.render import letters_pdf_steps

        renderer = letters_pdf_steps
    letters = len(request.signers) * len(request.recipient_indexes)
    progress = ProgressLine(sys.stderr, letters, outputs.pdf is not None)
    try:
        result = make_batch(request, outputs, drafter, progress=progress, pdf_renderer=renderer)
    except (BatchError, SaveError) as error:
        return _fail(str(error) + " Nothing was written.")
    except (BatchCancelled, KeyboardInterrupt):
        print("\nua-desktop: cancelled; nothing was written.", file=sys.stderr)
        return EXIT_CANCELLED
    _report(result)
    return EXIT_OK


def _batch_request(args: argparse.Namespace, drafter):
    """(the BatchRequest, the BatchOutputs) the arguments ask for; raises
    _Refused when the case, the list or an argument cannot be used."""
    from ua_desktop.core.case.casefile import CaseFileError, load_case
    from ua_desktop.core.events.signers import SignerListError, read_signers
    from ua_desktop.core.output.batch import BatchOutputs, BatchRequest, companion_paths
    from ua_desktop.paths import sample_case_path

    from ua_desktop.core.storage.atomic import SaveError
    from ua_desktop.core.storage.output_path import ReadOnlyFileError, check_output_path

    try:
        args.output = check_output_path(args.output, args.replace)
    except ReadOnlyFileError as error:
        raise _Refused(f"{error} To replace it anyway, add --replace.") from None
    except SaveError as error:
        raise _Refused(str(error)) from None
    suffix = args.output.suffix.lower()
    if suffix not in (".docx", ".pdf"):
        raise _Refused("the output must end in .docx or .pdf, for example -o letters.docx")
    try:
        case = load_case(Path(args.case) if args.case else sample_case_path())
        signers = read_signers(args.signers, drafter.languages)
    except (CaseFileError, SignerListError) as error:
        raise _Refused(str(error)) from None
    for notice in signers.notices:
        print(f"ua-desktop: note: {notice}", file=sys.stderr)
    recipients = parse_recipients(args.to, len(case.recipients))
    if recipients is None:
        raise _Refused(f"--to takes 'all' or recipient numbers separated by commas, such as 1,3 (not {args.to!r})")
    language = args.lang or next((c for c in case.write_languages if c in drafter.languages), "en")
    envelopes, labels = companion_paths(args.output, args.envelopes, args.labels)
    for companion in (envelopes, labels):
        if companion is not None and not args.replace:
            try:
                check_output_path(companion)
            except ReadOnlyFileError as error:
                raise _Refused(f"{error} To replace it anyway, add --replace.") from None
    outputs = BatchOutputs(docx=args.output if suffix == ".docx" else None,
                           pdf=args.output if suffix == ".pdf" else None,
                           envelopes=envelopes, envelope_size=args.envelopes or "DL",
                           labels=labels, first_label=args.first_label)
    request = BatchRequest(case, signers.signers, recipients, language, args.force_lang, args.date, args.page)
    return request, outputs


def _report(result) -> None:
    for notice in result.notices:
        print(f"ua-desktop: note: {notice}", file=sys.stderr)
    languages = ", ".join(f"{count} in {code}" for code, count in sorted(result.by_language.items()))
    print(f"Made {result.letters} letters from {result.signers} signers ({languages}).", file=sys.stderr)
    for path in result.written:
        print(f"Saved {path}", file=sys.stderr)


class ProgressLine:
    """Where a batch stands, on stderr, without flooding it: on a terminal
    one line rewritten in place at most every `tty_every` seconds; in a log
    a new line at most every `log_every` seconds. The steps that
    `make_batch` reports are the letters drafted, then (for a PDF) the
    letters painted, then the writing of the files."""

    def __init__(self, stream, letters: int, pdf: bool, clock=None,
                 tty_every: float = 0.1, log_every: float = 2.0):
        self.stream, self.letters, self.pdf = stream, letters, pdf
        self.clock = clock or time.monotonic
        self.tty = stream.isatty()
        self.every = tty_every if self.tty else log_every
        self.last = self.clock()
        self.shown = False

    def describe(self, done: int, total: int) -> str:
        if done <= self.letters:
            return f"Letter {done:,} of {self.letters:,}"
        if self.pdf and done <= 2 * self.letters:
            return f"PDF: letter {done - self.letters:,} of {self.letters:,}"
        return "Writing the files"

    def __call__(self, done: int, total: int) -> None:
        if done >= total:  # all written: end the line rewritten in place
            if self.tty and self.shown:
                print(file=self.stream, flush=True)
            return
        now = self.clock()
        if now - self.last < self.every:
            return
        self.last, self.shown = now, True
        if self.tty:
            print(f"\r{self.describe(done, total):<32}", end="", file=self.stream, flush=True)
        else:
            print(self.describe(done, total), file=self.stream, flush=True)
