"""Letters for a list of signers into one DOCX, ours against docxtpl one by
one, in the same run: `python benchmarks/bench_batch.py [--sizes 100,500,1000]`.

- ours: `make_batch` (drafting every letter with the real drafter, one
  DOCX with page breaks, written atomically) for N signers × 1 recipient;
- docxtpl: what staff would otherwise do: a .docx template (made here, in
  a temp folder, with the same paragraphs as our letter: sender, date,
  address, salutation, body, five requests, closing, name) rendered and
  saved once per signer, N files.

docxtpl is a benchmark-only tool (`pip install docxtpl`), not a dependency.
Prints ms per letter for each size (linear growth shows as a flat line),
and ours | docxtpl | ratio per letter against the 4× target.
"""

import argparse
import datetime as dt
import os
import shutil
import sys
import tempfile
import time

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
if REPO not in sys.path:
    sys.path.insert(0, REPO)

TARGET = 4.0


def make_template(path: str, letter) -> None:
    """A docxtpl template holding our letter's paragraphs with the signer's
    name, town and country as variables (autoescape on, as it must be)."""
    from docx import Document
    from docx.shared import Mm

    document = Document()
    section = document.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.left_margin = section.right_margin = Mm(25)
    for block in letter.blocks:
        for line in block:
            text = (line.replace("Anna Schmidt", "{{ name }}").replace("Lyon", "{{ town }}")
                    .replace("France", "{{ country }}"))
            document.add_paragraph(text)
    document.save(path)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="100,500,1000")
    parser.add_argument("--docxtpl-letters", type=int, default=100,
                        help="letters for the docxtpl run (its cost per letter is flat)")
    parser.add_argument("--pdf", type=int, default=0, metavar="N", help="also time a PDF of N letters (needs Qt)")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    try:
        from docxtpl import DocxTemplate
    except ImportError:
        print("docxtpl is not installed: pip install docxtpl (benchmark only)")
        return 2

    from ua_desktop.core.output.batch import BatchOutputs, BatchRequest, make_batch
    from ua_desktop.core.case.casefile import load_case
    from ua_desktop.core.letters.drafting import LetterDrafter, LetterRequest
    from ua_desktop.core.letters.letter import Sender
    from ua_desktop.core.events.signers import Signer
    from ua_desktop.paths import sample_case_path

    case = load_case(sample_case_path())
    drafter = LetterDrafter()
    date = dt.date(2026, 11, 28)
    folder = tempfile.mkdtemp(prefix="ua-bench-batch-")
    try:
        sample = drafter.draft(LetterRequest(case, 0, "en", Sender("Anna Schmidt", "Lyon", "France"), date))
        template_path = os.path.join(folder, "template.docx")
        make_template(template_path, sample)

        def ours(count: int) -> float:
            signers = tuple(Signer(f"Signer {n}", "Lyon", "France", (), "en", n + 2) for n in range(count))
            request = BatchRequest(case, signers, (0,), "en", date=date)
            start = time.perf_counter()
            make_batch(request, BatchOutputs(docx=os.path.join(folder, f"ours-{count}.docx")), drafter)
            return time.perf_counter() - start

        def docxtpl(count: int) -> float:
            start = time.perf_counter()
            for n in range(count):
                template = DocxTemplate(template_path)
                template.render({"name": f"Signer {n}", "town": "Lyon", "country": "France"}, autoescape=True)
                template.save(os.path.join(folder, f"tpl-{n}.docx"))
            return time.perf_counter() - start

        def single_files(count: int) -> float:
            """Our own one-letter export, one file per letter (for reference)."""
            from ua_desktop.core.output.docx_letter import save_letter_docx

            start = time.perf_counter()
            for n in range(count):
                letter = drafter.draft(LetterRequest(case, 0, "en", Sender(f"Signer {n}", "Lyon", "France"), date))
                save_letter_docx(letter, os.path.join(folder, f"single-{n}.docx"))
            return time.perf_counter() - start

        ours(20)
        docxtpl(5)  # warm-up: imports, caches
        single_files(5)
        tpl_seconds = docxtpl(args.docxtpl_letters)
        tpl_ms = tpl_seconds * 1000 / args.docxtpl_letters
        print(f"docxtpl one by one: {args.docxtpl_letters} letters in {tpl_seconds:.2f} s "
              f"= {tpl_ms:.2f} ms per letter")
        single_ms = single_files(args.docxtpl_letters) * 1000 / args.docxtpl_letters
        print(f"ours, one file per letter (docx_export, for reference): {single_ms:.2f} ms per letter")
        print(f"{'letters':>8} | {'ours total':>10} | {'ours/letter':>11} | "
              f"{'docxtpl/letter':>14} | {'ratio':>6} | target")
        worst = None
        for count in sizes:
            seconds = ours(count)
            per = seconds * 1000 / count
            ratio = tpl_ms / per
            worst = ratio if worst is None else min(worst, ratio)
            print(f"{count:>8} | {seconds:>8.2f} s | {per:>8.2f} ms | {tpl_ms:>11.2f} ms | {ratio:>5.1f}× | "
                  f"{TARGET:.0f}× {'met' if ratio >= TARGET else 'MISSED'}")
        size = os.path.getsize(os.path.join(folder, f"ours-{sizes[-1]}.docx"))
        print(f"ours, {sizes[-1]} letters: one file of {size / 1024:.0f} KiB")
        if args.pdf:
            from ua_desktop.gui.printing.render import letters_pdf_steps

            signers = tuple(Signer(f"Signer {n}", "Lyon", "France", (), "en", n + 2) for n in range(args.pdf))
            request = BatchRequest(case, signers, (0,), "en", date=date)
            start = time.perf_counter()
            make_batch(request, BatchOutputs(pdf=os.path.join(folder, "ours.pdf")), drafter,
                       pdf_renderer=letters_pdf_steps)
            seconds = time.perf_counter() - start
            print(f"ours, PDF of {args.pdf} letters: {seconds:.2f} s = {seconds * 1000 / args.pdf:.2f} ms per letter")
        return 0 if worst is not None and worst >= TARGET else 1
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
