"""Letters for the project's own sheets: how much is written natively, and
how long one letter takes to draft.

    python benchmarks/bench_letters.py [N]

For every sheet in tests/importer/fixtures/ (imported as the app imports
it), prints per letter language:

- the share of its *requests* written natively (the user's words for that
  language, the sheet's own words in its own language, or rendered from
  the request's kind; an unrecognised request in another language counts
  as not native);
- the share of sheets whose letter gets a facts sentence (of those whose
  summary describes a situation the cues recognise; nothing is invented
  for the others);

then the time to draft one letter (median over every sheet x language x
recipient 0, N rounds, default 20) beside the time Jinja2 alone takes to
render the same template with the same context: a baseline from the same
run. Target: under 5 ms per letter.
"""

from __future__ import annotations

import datetime as dt
import statistics
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from ua_desktop.core.importer import import_file
from ua_desktop.core.letters.ask_phrases import untranslated_parts
from ua_desktop.core.letters.drafting import TEMPLATE_NAME, LetterDrafter, LetterRequest
from ua_desktop.core.letters.facts import facts_sentence, situation_of
from ua_desktop.core.letters.letter import Sender
from ua_desktop.core.letters.requests.model import Request
from ua_desktop.core.letters.requests.of_case import requests_of
from ua_desktop.core.letters.requests.render import render_request

LANGUAGES = ("en", "ru", "ky", "fr", "es", "de", "ar")
TARGET_MS = 5.0
SENDER = Sender("Anna Schmidt", "Lyon", "France")
DATE = dt.date(2024, 5, 1)


def native_requests(cases) -> tuple[Counter, Counter]:
    native, total = Counter(), Counter()
    for case in cases:
        for ask in case.asks:
            requests = requests_of(ask, case)
            for language in LANGUAGES:
                whole = ask.translations.get(language) or (
                    language == case.source_language and not untranslated_parts(ask, case, language))
                for request in requests:
                    total[language] += 1
                    native[language] += bool(whole) or (isinstance(request, Request) and render_request(
                        request, language, case.people, source_language=case.source_language) is not None)
    return native, total


def facts_written(cases) -> tuple[int, Counter]:
    described = [c for c in cases if situation_of(c) is not None and not c.letter_facts]
    return len(described), Counter(l for c in described for l in LANGUAGES if facts_sentence(c, l))


def draft_times(cases, rounds: int) -> tuple[float, float, int]:
    drafter = LetterDrafter()
    jobs = [LetterRequest(c, 0, language, SENDER, DATE) for c in cases for language in LANGUAGES]
    floors = []
    for job in jobs:  # the same template and context, rendered by Jinja2 alone
        context, _ = drafter._context(job.case, job.case.recipient(0), drafter.language(job.language),
                                      job.sender, job.date)
        context["variant"] = lambda part, count: 0
        context["personal"] = ""
        floors.append((drafter._env.get_template(f"{job.language}/{TEMPLATE_NAME}"), context))
    ours, floor = [], []
    for _ in range(rounds):
        start = time.perf_counter()
        for job in jobs:
            drafter.draft(job)
        ours.append((time.perf_counter() - start) * 1000 / len(jobs))
        start = time.perf_counter()
        for template, context in floors:
            str(template.make_module(context))
        floor.append((time.perf_counter() - start) * 1000 / len(jobs))
    return statistics.median(ours), statistics.median(floor), len(jobs)


def main() -> None:
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 20
    sheets = sorted((ROOT / "tests" / "importer" / "fixtures").glob("*.txt"))
    cases = [c for c in (import_file(p).case for p in sheets) if c.recipients and c.people]
    native, total = native_requests(cases)
    print(f"requests written natively, by letter language ({len(cases)} fixture sheets, "
          f"{total['en']} requests):")
    print("  " + "  ".join(f"{l} {native[l] / total[l]:.0%}" for l in LANGUAGES))
    described, written = facts_written(cases)
    print(f"facts sentence written, by letter language (of {described} sheets whose summary is recognised):")
    print("  " + "  ".join(f"{l} {written[l]}/{described}" for l in LANGUAGES))
    ours, floor, letters = draft_times(cases, rounds)
    verdict = "PASS" if ours < TARGET_MS else "MISS"
    print(f"draft one letter: {ours:.2f} ms (baseline, Jinja2 rendering the same template and context: "
          f"{floor:.2f} ms; {letters} letters, {rounds} rounds) target < {TARGET_MS:.0f} ms: {verdict}")


if __name__ == "__main__":
    main()
