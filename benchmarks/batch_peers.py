"""Helpers for the batch benchmarks, each run in its own process by
`run_benchmarks.py` and `bench_batch.py` (which import neither the app nor
docxtpl themselves):

    python batch_peers.py setup FOLDER SIZES      signers CSVs and the docxtpl templates
    python batch_peers.py merge FOLDER CSV OUT    docxtpl mail merge: all letters into ONE document
    python batch_peers.py files FOLDER N ROUNDS   one file per letter, ours and docxtpl interleaved
    python batch_peers.py compare OURS THEIRS     do both DOCX files hold the same letters' text?

The letters: the bundled sample case, its first recipient, in English, one
letter per signer ("Signer n", Lyon, France), dated 2026-11-28: what
`ua-desktop batch CASE --signers signers-N.csv --to 1 --lang en --date
2026-11-28` makes. The docxtpl templates are made from that letter's own
paragraphs (drafted by the app once, in `setup`), with the signer's name,
town and country as variables, so both sides write the same text
(`compare` checks it). docxtpl renders with ``autoescape=True``, as it
must: without it a `<` or `&` in a name silently loses text.

- mail merge (`merge`): the template's letter paragraphs sit between
  ``{%p for l in letters %}`` and ``{%p endfor %}`` with a page-break run in
  the loop; rendered once with every signer read from the same CSV, saved
  once. This is what a mail merge does, and the peer for "N letters in one
  DOCX".
- per file (`files`): ours drafts each letter and saves it with
  `save_letter_docx` (the app's one-letter export: atomic write); docxtpl
  loads the one-letter template, renders and saves, per letter. The two
  alternate letter by letter; each prints ms per letter.

docxtpl is a benchmark-only tool (``pip install docxtpl``), not a dependency.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import os
import statistics
import sys
import time

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
if REPO not in sys.path:
    sys.path.insert(0, REPO)

DATE = dt.date(2026, 11, 28)
LANGUAGE = "en"
SAMPLE = ("Anna Schmidt", "Lyon", "France")
MERGE_TEMPLATE = "merge-template.docx"
ONE_TEMPLATE = "one-template.docx"


def signer(n: int) -> tuple[str, str, str]:
    return f"Signer {n}", "Lyon", "France"


def csv_path(folder: str, count: int) -> str:
    return os.path.join(folder, f"signers-{count}.csv")


def ours_command(folder: str, count: int, output: str, *extra: str) -> list[str]:
    """`ua-desktop batch` for the benchmark's letters (run as `python -m`)."""
    return ["-m", "ua_desktop", "batch", "--signers", csv_path(folder, count), "--to", "1",
            "--lang", LANGUAGE, "--date", DATE.isoformat(), "-o", output, *extra]


# ------------------------------------------------------------------ setup
def setup(folder: str, sizes: list[int]) -> None:
    from docx import Document
    from docx.enum.text import WD_BREAK
    from docx.shared import Mm

    from ua_desktop.core.case.casefile import load_case
    from ua_desktop.core.letters.drafting import LetterDrafter, LetterRequest
    from ua_desktop.core.letters.layout import letter_paragraphs
    from ua_desktop.core.letters.letter import Sender
    from ua_desktop.paths import sample_case_path

    for count in sizes:
        with open(csv_path(folder, count), "w", newline="", encoding="utf-8") as handle:
            writer = csv.writer(handle)
            writer.writerow(["Name", "Town", "Country"])
            writer.writerows(signer(n) for n in range(count))
    letter = LetterDrafter().draft(LetterRequest(load_case(sample_case_path()), 0, LANGUAGE, Sender(*SAMPLE), DATE))
    texts = [spec.text for spec in letter_paragraphs(letter)]
    if not all(any(value in text for text in texts) for value in SAMPLE):
        raise SystemExit("the sample letter does not name its signer, town and country")

    def template(prefix: str, names: tuple[str, str, str], loop: bool):
        document = Document()
        section = document.sections[0]
        section.page_width, section.page_height = Mm(210), Mm(297)
        section.left_margin = section.right_margin = Mm(25)
        if loop:
            document.add_paragraph("{%p for l in letters %}")
        for text in texts:
            for value, variable in zip(SAMPLE, names):
                text = text.replace(value, "{{ " + prefix + variable + " }}")
            document.add_paragraph(text)
        if loop:
            document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
            document.add_paragraph("{%p endfor %}")
        return document

    template("l.", ("name", "town", "country"), loop=True).save(os.path.join(folder, MERGE_TEMPLATE))
    template("", ("name", "town", "country"), loop=False).save(os.path.join(folder, ONE_TEMPLATE))


# ------------------------------------------------------------------ docxtpl mail merge
def merge(folder: str, signers_csv: str, output: str) -> None:
    from docxtpl import DocxTemplate

    with open(signers_csv, newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    letters = [{"name": row["Name"], "town": row["Town"], "country": row["Country"]} for row in rows]
    document = DocxTemplate(os.path.join(folder, MERGE_TEMPLATE))
    document.render({"letters": letters}, autoescape=True)
    document.save(output)


# ------------------------------------------------------------------ one file per letter
def files(folder: str, count: int, rounds: int) -> dict:
    """Per letter, alternating: ours (draft + save_letter_docx) and docxtpl
    (load template, render, save). Median over `rounds` of ms per letter."""
    from docxtpl import DocxTemplate

    from ua_desktop.core.case.casefile import load_case
    from ua_desktop.core.letters.drafting import LetterDrafter, LetterRequest
    from ua_desktop.core.letters.letter import Sender
    from ua_desktop.core.output.docx_letter import save_letter_docx
    from ua_desktop.paths import sample_case_path

    case, drafter = load_case(sample_case_path()), LetterDrafter()
    out = os.path.join(folder, "files")
    os.makedirs(out, exist_ok=True)
    template_path = os.path.join(folder, ONE_TEMPLATE)

    def ours(n: int) -> None:
        letter = drafter.draft(LetterRequest(case, 0, LANGUAGE, Sender(*signer(n)), DATE))
        save_letter_docx(letter, os.path.join(out, f"ours-{n}.docx"))

    def theirs(n: int) -> None:
        name, town, country = signer(n)
        document = DocxTemplate(template_path)
        document.render({"name": name, "town": town, "country": country}, autoescape=True)
        document.save(os.path.join(out, f"tpl-{n}.docx"))

    for n in range(5):  # warm-up: imports, template compile
        ours(n), theirs(n)
    per_round = {"ours": [], "docxtpl": []}
    for _ in range(rounds):
        spent = {"ours": 0, "docxtpl": 0}
        for n in range(count):
            for name, fn in (("ours", ours), ("docxtpl", theirs)):
                t0 = time.perf_counter_ns()
                fn(n)
                spent[name] += time.perf_counter_ns() - t0
        for name, ns in spent.items():
            per_round[name].append(ns / 1e6 / count)
    same = compare(os.path.join(out, f"ours-{count - 1}.docx"), os.path.join(out, f"tpl-{count - 1}.docx"))
    return {"letters": count, "rounds": rounds, "same_text": same,
            **{f"{name}_ms": statistics.median(values) for name, values in per_round.items()},
            **{f"{name}_all": values for name, values in per_round.items()}}


# ------------------------------------------------------------------ checking
def letter_texts(path: str) -> list[str]:
    from docx import Document

    return [p.text for p in Document(path).paragraphs if p.text.strip() and "{%" not in p.text]


def compare(ours: str, theirs: str) -> bool:
    return letter_texts(ours) == letter_texts(theirs)


def main(argv: list[str]) -> int:
    command, *args = argv
    if command == "setup":
        setup(args[0], [int(s) for s in args[1].split(",")])
        print("SETUP {}", flush=True)
    elif command == "merge":
        merge(*args)
    elif command == "files":
        print("FILES " + json.dumps(files(args[0], int(args[1]), int(args[2]))), flush=True)
    elif command == "compare":
        print("COMPARE " + json.dumps({"same_text": compare(*args)}), flush=True)
    else:
        raise SystemExit(f"unknown command {command!r}")
    return 0


if __name__ == "__main__":
    code = main(sys.argv[1:])
    sys.stdout.flush()
    os._exit(code)  # skip interpreter teardown, as the other helpers do
