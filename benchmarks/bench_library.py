"""The case library with 1,000 cases: `python benchmarks/bench_library.py
[--cases N] [--runs N]`. Prints a table and one JSON line (after "LIBRARY").

A library of N generated cases (varied names with accents, 14 countries,
UA numbers, deadlines, languages; every tenth case has a follow-up sheet)
is written with the real API into a temporary folder. Then, each figure
beside a baseline measured in the same run (time.perf_counter_ns):

1. Open and list: `CaseLibrary(folder)` (read the index, scan the folder
   for changed files) plus `current_entries()`, median of --runs.
   Baseline: reading the N case files one by one with `load_case` (what
   listing would cost without the index), median of 3.
2. The library window: a `LibraryView` built and showing all N rows,
   sorted by deadline (offscreen Qt), median of --runs.
3. Search per keystroke: names, countries and UA numbers typed one
   character at a time into the view's search box; each keystroke runs
   the whole chain (textChanged -> library.search -> model reset and sort
   -> selection and details). Median and p95. Baselines, per keystroke:
   the core search alone, and a plain Python list filter (lower-case
   substring over name + country + number, no accents folded) on the same
   rows.
4. Rebuilding a lost index from the N case files (once, for information).

Targets: open and list well under 200 ms; a keystroke under 16 ms (one
frame at 60 Hz), so search keeps up with typing.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("UA_DESKTOP_HOME", tempfile.mkdtemp(prefix="ua-bench-home-"))

TARGET_LIST_MS = 200.0
TARGET_KEYSTROKE_MS = 16.0
TODAY = dt.date(2026, 11, 28)

FIRST = ["Azimzhan", "Lucía", "Majid", "Yasaman", "Teresita", "Ales", "Erlan", "María", "Yassine", "Berta",
         "Hamid", "Nasrin", "Ilham", "Narges", "Oleg", "Zhanna", "Ahmed", "Fatima", "Chen", "Ngozi"]
LAST = ["Askarov", "Hernández", "Kazemi", "Aryani", "Naul", "Bjaljazki", "Baltabay", "Rondón", "Ayari", "Zúñiga",
        "Nouri", "Sotoudeh", "Tohti", "Mohammadi", "Sentsov", "Nemtsova", "Mansoor", "Haidari", "Guangcheng",
        "Okafor", "Ferreira", "Nguyen", "Osei", "Petrova", "Quispe"]
COUNTRIES = ["Kyrgyzstan", "Mexico", "Iran", "Philippines", "Belarus", "Kazakhstan", "Venezuela", "Tunisia",
             "Honduras", "Sudan", "China", "Russia", "Egypt", "Nigeria"]
TYPED = ["Hernández", "zuniga", "Iran", "UA 135/12", "Mohammadi Narges", "kyrgyz", "Ferreira 4", "pet"]


def summary(ns: list[int]) -> dict:
    ms = sorted(v / 1e6 for v in ns)
    return {"n": len(ms), "median": statistics.median(ms), "p95": ms[min(len(ms) - 1, int(0.95 * len(ms)))],
            "min": ms[0], "max": ms[-1]}


def generate(folder: Path, count: int):
    from ua_desktop.core.case.model import Ask, Case, Person, Recipient, RecipientRole
    from ua_desktop.core.library.store import CaseLibrary

    library = CaseLibrary(folder)
    with library.batch():
        for n in range(count):
            name = f"{FIRST[n % len(FIRST)]} {LAST[(n * 7) % len(LAST)]}"
            number = f"UA {n % 300 + 1}/{10 + n // 300}"
            case = Case(
                title=f"Human rights defender at risk ({n})", country=COUNTRIES[n % len(COUNTRIES)],
                people=(Person(name),), ua_number=number,
                recipients=(Recipient(RecipientRole.TARGET, "Minister of Justice", email="minister@example.org"),),
                asks=(Ask("release them immediately and unconditionally"),),
                deadline=TODAY + dt.timedelta(days=(n * 13) % 150 - 60), issued=dt.date(2020, 1, 1),
                write_languages=(("ru", "en"), ("es",), ("fr", "ar"), ("en",))[n % 4])
            entry = library.store(case, "generated")
            if n % 10 == 0:
                update = case.with_changes(title=f"Further information on {number}", issued=dt.date(2020, 3, 1),
                                           deadline=case.deadline + dt.timedelta(days=30))
                library.store(update, "generated", follows=entry.id)
    return library


def time_ns(fn) -> int:
    t0 = time.perf_counter_ns()
    fn()
    return time.perf_counter_ns() - t0


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cases", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=21)
    args = parser.parse_args()

    from ua_desktop.core.case.casefile import load_case
    from ua_desktop.core.library.store import CaseLibrary
    from ua_desktop.core.library.entry import fold

    work = Path(tempfile.mkdtemp(prefix="ua-bench-library-"))
    folder = work / "library"
    t0 = time.perf_counter()
    generate(folder, args.cases)
    generate_s = time.perf_counter() - t0
    errors = []

    # 1. open and list, against reading every case file
    listed = []

    def open_and_list():
        listed.append(len(CaseLibrary(folder).current_entries()))

    open_and_list()  # warm the OS file cache
    open_ns = [time_ns(open_and_list) for _ in range(args.runs)]
    if set(listed) != {args.cases}:
        errors.append(f"listed {set(listed)} rows, expected {args.cases}")
    files = sorted((folder / "cases").glob("*.json"))
    read_ns = [time_ns(lambda: [load_case(p) for p in files]) for _ in range(3)]

    # 2. the library window with every row
    from ua_desktop.gui.app import create_application
    from ua_desktop.gui.library.view import LibraryView

    app = create_application()
    library = CaseLibrary(folder)
    views = []

    def build_view():
        view = LibraryView(library, lambda: TODAY)
        view.show()
        app.processEvents()
        views.append(view)

    build_view()
    view_ns = []
    for _ in range(max(3, args.runs // 3)):
        views.pop().deleteLater()
        view_ns.append(time_ns(build_view))
    view = views[-1]
    if view.model.rowCount() != args.cases:
        errors.append(f"the view showed {view.model.rowCount()} rows")

    # 3. a keystroke in the search box, against the core search and a plain filter
    entries = library.current_entries()
    plain_rows = [(f"{e.people_names} {e.country} {e.ua_number}".lower(), e) for e in entries]
    key_ns, core_ns, plain_ns, matches = [], [], [], []
    for word in TYPED:
        view.search.clear()
        for end in range(1, len(word) + 1):
            typed = word[:end]
            key_ns.append(time_ns(lambda: view.search.setText(typed)))
            matches.append(view.model.rowCount())
            core_ns.append(time_ns(lambda: library.search(typed)))
            low = typed.lower()
            plain_ns.append(time_ns(lambda: [e for text, e in plain_rows if low in text]))
    if view.model.rowCount() != len(library.search(TYPED[-1])):
        errors.append("the view and the core search disagree")
    if not library.search(fold("Hernandez")):
        errors.append("accent-free search found nothing")

    # 4. rebuilding a lost index
    (folder / "index.json").unlink()
    rebuild_ns = time_ns(lambda: CaseLibrary(folder))

    result = {
        "cases": args.cases, "sheets": len(files), "generate_s": generate_s,
        "open_and_list": summary(open_ns), "baseline_read_every_file": summary(read_ns),
        "view_with_all_rows": summary(view_ns),
        "keystroke_in_view": summary(key_ns), "baseline_core_search": summary(core_ns),
        "baseline_plain_filter": summary(plain_ns), "rows_after_keystroke_median": statistics.median(matches),
        "rebuild_index_ms": rebuild_ns / 1e6, "errors": errors,
        "targets": {"open_and_list_ms": TARGET_LIST_MS, "keystroke_ms": TARGET_KEYSTROKE_MS},
    }
    ok_list = result["open_and_list"]["median"] < TARGET_LIST_MS
    ok_key = result["keystroke_in_view"]["p95"] < TARGET_KEYSTROKE_MS
    print(f"Library of {args.cases} cases ({len(files)} sheets, generated in {generate_s:.1f} s)")
    print(f"  open and list          median {result['open_and_list']['median']:7.1f} ms   "
          f"[{'PASS' if ok_list else 'MISS'} < {TARGET_LIST_MS:.0f} ms]")
    print(f"    baseline: read every case file  {result['baseline_read_every_file']['median']:7.1f} ms")
    print(f"  library window, all rows  median {result['view_with_all_rows']['median']:7.1f} ms")
    print(f"  keystroke in search    median {result['keystroke_in_view']['median']:7.2f} ms, "
          f"p95 {result['keystroke_in_view']['p95']:.2f} ms   [{'PASS' if ok_key else 'MISS'} p95 < "
          f"{TARGET_KEYSTROKE_MS:.0f} ms]")
    print(f"    baseline: core search alone      median {result['baseline_core_search']['median']:7.2f} ms, "
          f"p95 {result['baseline_core_search']['p95']:.2f} ms")
    print(f"    baseline: plain list filter      median {result['baseline_plain_filter']['median']:7.2f} ms, "
          f"p95 {result['baseline_plain_filter']['p95']:.2f} ms")
    print(f"  rebuild a lost index   {result['rebuild_index_ms']:7.1f} ms")
    if errors:
        print("  ERRORS: " + "; ".join(errors))
    print("LIBRARY " + json.dumps(result))
    for each in views:
        each.deleteLater()
    shutil.rmtree(work, ignore_errors=True)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
