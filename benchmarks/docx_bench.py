"""One letter to DOCX, ours against raw python-docx:
`python docx_bench.py [--runs N] [--language en]`. Prints one JSON line.

The letter is the one the window shows first: the bundled sample case
drafted by the real drafter for its first recipient, in the first language
the case asks for (Russian for the sample), sender "Anna Schmidt, Lyon,
France", a fixed date. ``--language en`` picks another letter language.

- ours, bytes: ``letter_to_docx_bytes(letter)`` (A4, fonts, spacing, lists);
- ours, file:  ``save_letter_docx(letter, path)`` into a temp folder (the
  app's save path: bytes, then an atomic write with fsync and rename);
- raw, bytes:  ``Document()``, one ``add_paragraph(text)`` per paragraph that
  ours produces (same count, same text), ``save`` to a BytesIO;
- raw, file:   the same, ``save(path)`` into the same temp folder.

Each round runs the four in turn (interleaved), after untimed warm-up runs
(the first call pays python-docx's import). As in `timeit`, the garbage
collector is off while a run is timed and collects between runs, so a
collection cannot land on one side by chance. Reports the median and min of
each, in ms.
"""

import argparse
import datetime as dt
import gc
import io
import json
import os
import statistics
import sys
import tempfile
import time

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
if REPO not in sys.path:
    sys.path.insert(0, REPO)


def summary(ns: list[int]) -> dict:
    ms = sorted(v / 1e6 for v in ns)
    return {"n": len(ms), "median": statistics.median(ms), "min": ms[0], "max": ms[-1]}


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=100)
    parser.add_argument("--language", help="letter language (default: the first the case asks for)")
    args = parser.parse_args()

    from docx import Document

    from ua_desktop.core.case.casefile import load_case
    from ua_desktop.core.output.docx_letter import letter_to_docx_bytes, save_letter_docx
    from ua_desktop.core.letters.drafting import LetterDrafter, LetterRequest
    from ua_desktop.core.letters.letter import Sender
    from ua_desktop.paths import sample_case_path

    drafter, case = LetterDrafter(), load_case(sample_case_path())
    language = args.language or next(code for code in case.write_languages if code in drafter.languages)
    letter = drafter.draft(LetterRequest(case, 0, language, Sender("Anna Schmidt", "Lyon", "France"),
                                         dt.date(2026, 11, 28)))

    # The paragraphs ours writes, as input for the raw baseline (untimed).
    ours_doc = Document(io.BytesIO(letter_to_docx_bytes(letter)))
    paragraphs = [p.text for p in ours_doc.paragraphs]

    def raw_document():
        document = Document()
        for text in paragraphs:
            document.add_paragraph(text)
        return document

    folder = tempfile.mkdtemp(prefix="ua-bench-docx-")
    ours_path = os.path.join(folder, "ours.docx")
    raw_path = os.path.join(folder, "raw.docx")

    def ours_bytes():
        return letter_to_docx_bytes(letter)

    def ours_file():
        save_letter_docx(letter, ours_path)

    def raw_bytes():
        buffer = io.BytesIO()
        raw_document().save(buffer)
        return buffer.getvalue()

    def raw_file():
        raw_document().save(raw_path)

    cases = {"ours_bytes": ours_bytes, "raw_bytes": raw_bytes, "ours_file": ours_file, "raw_file": raw_file}
    times = {name: [] for name in cases}
    for _ in range(5):  # warm-up
        for fn in cases.values():
            fn()
    for _ in range(args.runs):
        for name, fn in cases.items():
            gc.collect()
            gc.disable()
            t0 = time.perf_counter_ns()
            fn()
            t1 = time.perf_counter_ns()
            gc.enable()
            times[name].append(t1 - t0)

    raw_check = Document(raw_path)
    same = [p.text for p in raw_check.paragraphs] == [p.text for p in Document(ours_path).paragraphs] == paragraphs
    out = {name: summary(values) for name, values in times.items()}
    out.update(language=language, paragraphs=len(paragraphs), same_paragraphs=same, letter_chars=len(letter.text),
               ours_size=os.path.getsize(ours_path), raw_size=os.path.getsize(raw_path))
    print("DOCX " + json.dumps(out), flush=True)
    return 0 if same else 1


if __name__ == "__main__":
    code = main()
    sys.stdout.flush()
    os._exit(code)  # see README: skip interpreter teardown
