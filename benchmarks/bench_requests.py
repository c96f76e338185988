"""How many of the requests on the project's own sheets are understood.

    python benchmarks/bench_requests.py [N]

For every sheet in tests/importer/fixtures/ (imported as the app imports
it), prints per sheet language: the share of its requests recognised (a
kind with slots, not left as words), and per letter language the share of
asks written natively (rendered from their kinds or typed by the user, so
nothing in the sheet's language); then the time to recognise one ask
(median of N rounds over every ask, default 20) beside the time to fold its
text, a baseline from the same run.
"""

from __future__ import annotations

import statistics
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from ua_desktop.core.importer import import_file
from ua_desktop.core.letters.ask_phrases import untranslated_parts
from ua_desktop.core.text import fold_same_length as fold
from ua_desktop.core.letters.requests.model import Request
from ua_desktop.core.letters.requests.recognise import recognise

LANGUAGES = ("en", "ru", "ky", "fr", "es", "de", "ar")


def main() -> None:
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 20
    cases = [import_file(p).case for p in sorted((ROOT / "tests" / "importer" / "fixtures").glob("*.txt"))]
    cases = [c for c in cases if c.asks]
    recognised, parts = Counter(), Counter()
    native, asks = Counter(), Counter()
    for case in cases:
        for ask in case.asks:
            for request in ask.requests:
                parts[case.source_language] += 1
                recognised[case.source_language] += isinstance(request, Request)
            for language in LANGUAGES:
                asks[language] += 1
                native[language] += not untranslated_parts(ask, case, language)
    print("requests recognised, by sheet language (fixture sheets):")
    for language in sorted(parts):
        print(f"  {language}: {recognised[language]}/{parts[language]} = {recognised[language] / parts[language]:.0%}")
    print("asks written natively, by letter language:")
    print("  " + "  ".join(f"{l} {native[l] / asks[l]:.0%}" for l in LANGUAGES))
    texts = [(a.text, c.source_language, c.people) for c in cases for a in c.asks]
    recognise_ms, fold_ms = [], []
    for _ in range(rounds):
        start = time.perf_counter()
        for text, _language, _people in texts:
            fold(text)
        fold_ms.append((time.perf_counter() - start) * 1000 / len(texts))
        start = time.perf_counter()
        for text, language, people in texts:
            recognise(text, language, people)
        recognise_ms.append((time.perf_counter() - start) * 1000 / len(texts))
    print(f"recognise one ask: {statistics.median(recognise_ms):.3f} ms "
          f"(baseline, folding its text: {statistics.median(fold_ms):.3f} ms; {len(texts)} asks, {rounds} rounds)")


if __name__ == "__main__":
    main()
