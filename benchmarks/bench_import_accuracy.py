"""Field-level accuracy of the sheet importer over the keyed fixtures, and the
import time: per field, how many facts are right, wrong and missing, for the
sheets the rules were tuned on and for the held-out ones (scored apart).

Run: python benchmarks/bench_import_accuracy.py
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "importer"))

from import_accuracy import measure, report  # noqa: E402


def main() -> None:
    start = time.perf_counter()
    measure()  # first run: loads the language model, Babel's names, the lexicons
    first = time.perf_counter() - start
    tallies = measure()
    print(report(tallies))
    print(f"first run (loading included): {first:.2f} s")


if __name__ == "__main__":
    main()
