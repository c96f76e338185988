"""Long fuzzing of everything that reads files from others.

    python tools/fuzz.py --count 100000            # about two minutes on two cores
    python tools/fuzz.py --count 2000 --seed 7     # a quick look

Targets, each with its contract (succeed, or raise this one error class
with a message for the user; anything else is a crash):

- ``casefile``: damaged bytes, mutated structures and random JSON through
  ``case_from_json``  -> Case or CaseFileError; every accepted case is then
  drafted (one recipient, one language, chosen at random) -> Letter or
  DraftingError, and now and then exported to DOCX.
- ``importer``: damaged sample sheets and random text through
  ``ua_desktop.core.importer.import_text`` -> ImportResult or SheetImportError.
- ``sources``: damaged bytes through the importer's ``text_from_bytes`` (file
  sniffing, PDF, DOCX, HTML, email) -> text or SheetImportError.
- ``bundle``: damaged case bundles (ZIP) through
  ``case_bundle.bundle_from_bytes`` -> Bundle or BundleError, when that
  module is there.

A target whose module is missing (being written) is skipped. Each crash is
saved with its input and traceback in ``--out`` (default
``build/fuzz-crashes/``, which git ignores). One input running longer than
``--hang`` seconds (default 2) counts as a crash too (POSIX). The last line
is the summary; the exit status is 1 when anything crashed.
"""

from __future__ import annotations

import argparse
import hashlib
import io
import json
import os
import random
import signal
import sys
import time
import traceback
import zipfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "safety"))

from fuzz_inputs import mutate, mutate_bytes, random_text, random_value, to_json_bytes  # noqa: E402


class Hang(Exception):
    pass


class Target:
    name = ""
    weight = 1.0

    def __init__(self, rng: random.Random):
        self.rng = rng
        self.outcomes: Counter[str] = Counter()
        self.slowest = (0.0, b"")

    def available(self) -> bool:
        return True

    def make_input(self) -> bytes:
        raise NotImplementedError

    def run(self, data: bytes) -> str:
        """Returns 'accepted' or 'refused'; raises on a crash."""
        raise NotImplementedError


class CaseFileTarget(Target):
    name = "casefile"
    weight = 0.5

    def __init__(self, rng):
        super().__init__(rng)
        from ua_desktop.core.case.casefile import CaseFileError, case_from_json
        from ua_desktop.core.output.docx_letter import letter_to_docx_bytes
        from ua_desktop.core.letters.drafting import DraftingError, LetterDrafter, LetterRequest
        from ua_desktop.core.letters.letter import Sender
        from ua_desktop.paths import sample_case_path

        self.CaseFileError, self.case_from_json = CaseFileError, case_from_json
        self.DraftingError, self.LetterRequest, self.Sender = DraftingError, LetterRequest, Sender
        self.to_docx = letter_to_docx_bytes
        self.drafter = LetterDrafter()
        self.codes = sorted(self.drafter.languages)
        self.sample_bytes = sample_case_path().read_bytes()
        self.sample = json.loads(self.sample_bytes)

    def make_input(self) -> bytes:
        choice = self.rng.random()
        if choice < 0.55:
            return to_json_bytes(mutate(self.sample, self.rng))
        if choice < 0.85:
            return mutate_bytes(self.sample_bytes, self.rng)
        if choice < 0.95:
            return to_json_bytes({"format": "ua-desktop-case", "version": 1,
                                  **{k: random_value(self.rng) for k in self.rng.sample(list(self.sample), 4)}})
        return self.rng.randbytes(self.rng.randrange(0, 300))

    def run(self, data: bytes) -> str:
        try:
            case = self.case_from_json(data, source_name="fuzz.json")
        except self.CaseFileError as error:
            assert str(error).strip(), "a refusal without a message"
            return "refused"
        index = self.rng.randrange(max(1, len(case.recipients)))
        sender = self.Sender(random_text(self.rng)[:100], "Lyon", random_text(self.rng)[:50])
        try:
            letter = self.drafter.draft(self.LetterRequest(case, index, self.rng.choice(self.codes), sender))
        except self.DraftingError as error:
            assert str(error).strip(), "a refusal without a message"
            return "accepted, not drafted"
        if self.rng.random() < 0.05:
            assert self.to_docx(letter)[:2] == b"PK"
        return "accepted"


class ImporterTarget(Target):
    name = "importer"
    weight = 0.3

    def __init__(self, rng):
        super().__init__(rng)
        self.sheets = [p.read_bytes() for p in sorted((ROOT / "tests" / "importer" / "fixtures").glob("*.txt"))]
        try:
            from ua_desktop.core.importer import SheetImportError, import_text
        except ImportError:
            self.import_text = None
            return
        self.import_text, self.SheetImportError = import_text, SheetImportError

    def available(self) -> bool:
        return self.import_text is not None and bool(self.sheets)

    def make_input(self) -> bytes:
        if self.rng.random() < 0.85:
            return mutate_bytes(self.rng.choice(self.sheets), self.rng)
        return "\n".join(random_text(self.rng) for _ in range(self.rng.randrange(1, 30))).encode("utf-8",
                                                                                                  "surrogatepass")

    def run(self, data: bytes) -> str:
        try:
            result = self.import_text(data.decode("utf-8", "replace"))
        except self.SheetImportError as error:
            assert str(error).strip(), "a refusal without a message"
            return "refused"
        from ua_desktop.core.case.casefile import case_from_json, case_to_json

        case_from_json(case_to_json(result.case))  # what was imported must save and load back
        return "accepted"


class SourcesTarget(Target):
    name = "sources"
    weight = 0.15

    def __init__(self, rng):
        super().__init__(rng)
        try:
            from ua_desktop.core.importer import SheetImportError
            from ua_desktop.core.importer.extract import text_from_bytes
        except ImportError:
            self.text_from_bytes = None
            return
        self.text_from_bytes, self.SheetImportError = text_from_bytes, SheetImportError
        self.seeds = [self._docx(), b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n",
                      b"<html><body><p>Urgent Action</p><table><tr><td>x</td></tr></table></body></html>",
                      b"From: a@b\nSubject: UA\nContent-Type: text/plain; charset=utf-8\n\nPlease write\n",
                      "Urgent Action — write to the Minister".encode("utf-16")]

    @staticmethod
    def _docx() -> bytes:
        from docx import Document

        document = Document()
        document.add_paragraph("URGENT ACTION: write to the Minister of Justice")
        buffer = io.BytesIO()
        document.save(buffer)
        return buffer.getvalue()

    def available(self) -> bool:
        return self.text_from_bytes is not None

    def make_input(self) -> bytes:
        seed = self.rng.choice(self.seeds)
        if seed.startswith(b"PK") and self.rng.random() < 0.7:
            return self._damaged_zip(seed)
        return mutate_bytes(seed, self.rng)

    def _damaged_zip(self, seed: bytes) -> bytes:
        """A valid ZIP whose members are damaged: reaches the XML parsing."""
        out = io.BytesIO()
        with zipfile.ZipFile(io.BytesIO(seed)) as source, zipfile.ZipFile(out, "w") as target:
            for info in source.infolist():
                content = source.read(info)
                if info.filename.endswith(".xml") and self.rng.random() < 0.3:
                    content = mutate_bytes(content, self.rng)
                target.writestr(info.filename, content)
        return out.getvalue()

    def run(self, data: bytes) -> str:
        name = self.rng.choice(("sheet.pdf", "sheet.docx", "sheet.txt", "sheet.html", "sheet.eml", "sheet"))
        try:
            text = self.text_from_bytes(data, name)
        except self.SheetImportError as error:
            assert str(error).strip(), "a refusal without a message"
            return "refused"
        assert isinstance(text, str)
        return "accepted"


class BundleTarget(Target):
    name = "bundle"
    weight = 0.05

    def __init__(self, rng):
        super().__init__(rng)
        try:
            from ua_desktop.core.library import bundle as case_bundle
        except ImportError:
            self.reader = None
            return
        self.reader = getattr(case_bundle, "bundle_from_bytes", None)
        self.error = getattr(case_bundle, "BundleError", None)
        from ua_desktop.paths import sample_case_path

        self.case_bytes = sample_case_path().read_bytes()
        self.case = json.loads(self.case_bytes)
        self.manifest = {"format": "ua-desktop-bundle", "version": 1,
                         "cases": [{"file": "cases/askarov.json", "id": "askarov", "source_name": "a.json"},
                                   {"file": "cases/other.json", "id": "other", "follows": "askarov"}]}

    def available(self) -> bool:
        return callable(self.reader) and self.error is not None

    def _zip(self, members: dict[str, bytes]) -> bytes:
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
            for name, content in members.items():
                archive.writestr(name, content)
        return out.getvalue()

    def make_input(self) -> bytes:
        rng = self.rng
        manifest = mutate(self.manifest, rng) if rng.random() < 0.5 else self.manifest
        other = to_json_bytes(mutate(self.case, rng)) if rng.random() < 0.5 else mutate_bytes(self.case_bytes, rng)
        members = {"manifest.json": to_json_bytes(manifest), "cases/askarov.json": self.case_bytes,
                   "cases/other.json": other}
        if rng.random() < 0.2:
            members[rng.choice(("../evil.json", "/etc/evil.json", "cases/../x.json", "cases\\x.json",
                                "cases/.hidden.json", "C:/x.json"))] = self.case_bytes
        data = self._zip(members)
        return mutate_bytes(data, rng) if rng.random() < 0.3 else data

    def run(self, data: bytes) -> str:
        try:
            bundle = self.reader(data, "fuzz.uacases")
        except self.error as error:
            assert str(error).strip(), "a refusal without a message"
            return "refused"
        assert all(hasattr(item, "case") for item in getattr(bundle, "cases", ()))
        return "accepted"


TARGETS = (CaseFileTarget, ImporterTarget, SourcesTarget, BundleTarget)


def where_in_app(error: BaseException) -> str:
    """The innermost frame in UA Desktop's own code: tells crashes apart."""
    frames = [f for f in traceback.extract_tb(error.__traceback__) if f"{os.sep}ua_desktop{os.sep}" in f.filename]
    if not frames:
        return "?"
    frame = frames[-1]
    return f"{Path(frame.filename).relative_to(ROOT) if frame.filename.startswith(str(ROOT)) else frame.filename}:" \
           f"{frame.lineno} ({frame.name})"


def save_crash(out: Path, target: str, data: bytes, details: str) -> Path:
    out.mkdir(parents=True, exist_ok=True)
    digest = hashlib.sha1(data).hexdigest()[:12]
    stem = out / f"{target}-{digest}"
    stem.with_suffix(".input").write_bytes(data)
    stem.with_suffix(".txt").write_text(details, encoding="utf-8")
    return stem.with_suffix(".input")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", type=int, default=10_000, help="number of inputs (default 10000)")
    parser.add_argument("--seed", type=int, default=None, help="random seed (default: from the clock)")
    parser.add_argument("--out", type=Path, default=ROOT / "build" / "fuzz-crashes",
                        help="folder for crashing inputs (default build/fuzz-crashes, not kept in git)")
    parser.add_argument("--only", choices=[t.name for t in TARGETS], action="append", help="fuzz only these")
    parser.add_argument("--hang", type=float, default=2.0, help="seconds after which one input is a hang")
    parser.add_argument("--quiet", action="store_true", help="print only the summary")
    args = parser.parse_args(argv)

    import logging

    logging.disable(logging.CRITICAL)  # refusals are logged; not wanted here
    seed = args.seed if args.seed is not None else int(time.time())
    rng = random.Random(seed)
    targets = [cls(random.Random(rng.random())) for cls in TARGETS if not args.only or cls.name in args.only]
    skipped = [t.name for t in targets if not t.available()]
    targets = [t for t in targets if t.available()]
    if not targets:
        print("fuzz: nothing to fuzz (no target available)")
        return 2
    weights = [t.weight for t in targets]
    crashes: list[tuple[str, Path, str]] = []
    can_alarm = hasattr(signal, "SIGALRM")
    if can_alarm:
        def on_alarm(signum, frame):
            raise Hang(f"one input ran longer than {args.hang} s")

        signal.signal(signal.SIGALRM, on_alarm)
    if not args.quiet:
        print(f"fuzz: seed {seed}; targets {', '.join(t.name for t in targets)}"
              + (f"; skipped (not there yet) {', '.join(skipped)}" if skipped else ""), flush=True)
    started = time.perf_counter()
    step = max(1, args.count // 20)
    for number in range(1, args.count + 1):
        target = rng.choices(targets, weights)[0]
        data = target.make_input()
        began = time.perf_counter()
        try:
            if can_alarm:
                signal.setitimer(signal.ITIMER_REAL, args.hang)
            outcome = target.run(data)
        except (Exception, Hang, RecursionError, MemoryError) as error:  # everything not in the contract
            outcome = "CRASH"
            details = f"target {target.name}, seed {seed}, input {number}\n\n" + traceback.format_exc()
            path = save_crash(args.out, target.name, data, details)
            crashes.append((target.name, path, f"{type(error).__name__} at {where_in_app(error)}"))
            if not args.quiet:
                print(f"  CRASH {target.name}: {type(error).__name__}: {str(error)[:100]} -> {path}", flush=True)
        finally:
            if can_alarm:
                signal.setitimer(signal.ITIMER_REAL, 0)
        spent = time.perf_counter() - began
        if spent > target.slowest[0]:
            target.slowest = (spent, data)
        target.outcomes[outcome] += 1
        if not args.quiet and number % step == 0:
            print(f"  {number}/{args.count} inputs, {len(crashes)} crashes, "
                  f"{time.perf_counter() - started:.0f} s", flush=True)
    elapsed = time.perf_counter() - started
    for target in targets:
        counts = ", ".join(f"{kind} {n}" for kind, n in sorted(target.outcomes.items()))
        print(f"  {target.name}: {sum(target.outcomes.values())} inputs ({counts}); "
              f"slowest {target.slowest[0] * 1000:.0f} ms")
    distinct = Counter(message for _name, _path, message in crashes)
    for message, n in distinct.most_common(10):
        print(f"  crash x{n}: {message}")
    print(f"fuzz: {args.count} inputs in {elapsed:.1f} s ({args.count / elapsed:.0f}/s), seed {seed}, "
          f"{len(crashes)} crashes ({len(distinct)} distinct)"
          + (f", saved in {args.out}" if crashes else ""))
    return 1 if crashes else 0


if __name__ == "__main__":
    sys.exit(main())
