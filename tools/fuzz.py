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
  ``bundle.bundle_from_bytes`` -> Bundle or BundleError.

A refusal must be one of the target's planned error classes
(``tests/safety/contract.py``) with a message in plain words, and must not
wrap a crash of our own code. Each crash is
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
sys.path.insert(0, str(ROOT / "tests"))  # contract.py imports the tests' shared outcome counter

from contract import check_refusal, planned_errors  # noqa: E402
from fuzz_inputs import mutate, mutate_bytes, random_text, random_value, to_json_bytes  # noqa: E402


#: A target must accept at least this share of its inputs (once it has had
#: enough of them to tell): inputs that are all refused test only the refusal.
MIN_ACCEPTED_SHARE = 0.05
MIN_INPUTS_FOR_SHARE = 50


class Hang(Exception):
    pass


class Target:
    name = ""
    weight = 1.0

    #: the key of this target's planned, user-facing errors in contract.planned_errors()
    contract = ""

    def __init__(self, rng: random.Random):
        self.rng = rng
        self.planned = planned_errors()[self.contract or self.name]
        self.outcomes: Counter[str] = Counter()
        self.slowest = (0.0, b"")

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
        except Exception as error:  # noqa: BLE001 - anything not planned is re-raised: a crash
            check_refusal(error, self.planned)
            return "refused"
        index = self.rng.randrange(max(1, len(case.recipients)))
        sender = self.Sender(random_text(self.rng)[:100], "Lyon", random_text(self.rng)[:50])
        try:
            letter = self.drafter.draft(self.LetterRequest(case, index, self.rng.choice(self.codes), sender))
        except Exception as error:  # noqa: BLE001 - anything not planned is re-raised: a crash
            check_refusal(error, planned_errors()["drafting"])
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
        from ua_desktop.core.importer import import_text

        self.import_text = import_text
        assert self.sheets, "the sample sheets in tests/importer/fixtures are missing"

    def make_input(self) -> bytes:
        if self.rng.random() < 0.85:
            return mutate_bytes(self.rng.choice(self.sheets), self.rng)
        return "\n".join(random_text(self.rng) for _ in range(self.rng.randrange(1, 30))).encode("utf-8",
                                                                                                  "surrogatepass")

    def run(self, data: bytes) -> str:
        try:
            result = self.import_text(data.decode("utf-8", "replace"))
        except Exception as error:  # noqa: BLE001 - anything not planned is re-raised: a crash
            check_refusal(error, self.planned)
            return "refused"
        from ua_desktop.core.case.casefile import case_from_json, case_to_json

        case_from_json(case_to_json(result.case))  # what was imported must save and load back
        return "accepted"


class SourcesTarget(Target):
    name = "sources"
    weight = 0.15

    def __init__(self, rng):
        super().__init__(rng)
        from ua_desktop.core.importer.extract import text_from_bytes

        self.text_from_bytes = text_from_bytes
        self.seeds = [self._docx(), b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n",
                      b"<html><body><p>Urgent Action</p><table><tr><td>x</td></tr></table></body></html>",
                      b"From: a@b\nSubject: UA\nContent-Type: text/plain; charset=utf-8\n\nPlease write\n",
                      "Urgent Action — write to the Minister".encode("utf-16"),
                      "Срочная акция: пишите министру".encode("utf-16-le"),  # no byte-order mark
                      "Срочная акция: пишите министру\n\nОбращение: Уважаемый министр".encode("cp1251"),
                      b"<html><nav>Menu</nav><div class='cookie-banner'>Cookies</div><h1>UA</h1><ul><li>a<li>b</ul>"
                      b"<p><strong>Write to:</strong></p><p>Email: <a class='__cf_email__' data-cfemail='0b'>x</a>"
                      b"<br>Fax: +7 495 667 0810</p></html>",
                      self._email()]

    @staticmethod
    def _email() -> bytes:
        from email.message import EmailMessage

        message = EmailMessage()
        message["Subject"] = "UA 12/11"
        message["Date"] = "Fri, 18 Jun 2010 10:00:00 +0000"
        message.set_content("> URGENT ACTION\n> write now\n-- \nAnna\n", cte="quoted-printable")
        message.add_alternative("<p>URGENT ACTION</p><p>write now</p>", subtype="html", cte="base64")
        message.add_attachment(SourcesTarget._docx(), maintype="application", filename="ua.docx",
                               subtype="vnd.openxmlformats-officedocument.wordprocessingml.document")
        return bytes(message)

    @staticmethod
    def _docx() -> bytes:
        from docx import Document

        document = Document()
        document.add_paragraph("URGENT ACTION: write to the Minister of Justice")
        buffer = io.BytesIO()
        document.save(buffer)
        return buffer.getvalue()

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
        except Exception as error:  # noqa: BLE001 - anything not planned is re-raised: a crash
            check_refusal(error, self.planned)
            return "refused"
        assert isinstance(text, str)
        return "accepted"


class BundleTarget(Target):
    name = "bundle"
    weight = 0.05

    def __init__(self, rng):
        super().__init__(rng)
        from ua_desktop.core.library.bundle import bundle_from_bytes
        from ua_desktop.paths import sample_case_path

        self.reader = bundle_from_bytes
        self.case_bytes = sample_case_path().read_bytes()
        self.case = json.loads(self.case_bytes)
        self.manifest = {"format": "ua-desktop-bundle", "version": 1,
                         "cases": [{"file": "cases/askarov.json", "id": "askarov", "source_name": "a.json"},
                                   {"file": "cases/other.json", "id": "other", "follows": "askarov"}]}

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
        except Exception as error:  # noqa: BLE001 - anything not planned is re-raised: a crash
            check_refusal(error, self.planned)
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
    weights = [t.weight for t in targets]
    crashes: list[tuple[str, Path, str]] = []
    can_alarm = hasattr(signal, "SIGALRM")
    if can_alarm:
        def on_alarm(signum, frame):
            raise Hang(f"one input ran longer than {args.hang} s")

        signal.signal(signal.SIGALRM, on_alarm)
    if not args.quiet:
        print(f"fuzz: seed {seed}; targets {', '.join(t.name for t in targets)}", flush=True)
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
    too_few = []
    for target in targets:
        counts = ", ".join(f"{kind} {n}" for kind, n in sorted(target.outcomes.items()))
        total = sum(target.outcomes.values())
        accepted = sum(n for kind, n in target.outcomes.items() if kind.startswith("accepted"))
        print(f"  {target.name}: {total} inputs ({counts}); {accepted / max(total, 1):.0%} accepted; "
              f"slowest {target.slowest[0] * 1000:.0f} ms")
        if total >= MIN_INPUTS_FOR_SHARE and accepted < MIN_ACCEPTED_SHARE * total:
            too_few.append(target.name)
    if too_few:
        print(f"fuzz: fewer than {MIN_ACCEPTED_SHARE:.0%} of the inputs were accepted by {', '.join(too_few)}: "
              "those inputs test only the refusal")
    distinct = Counter(message for _name, _path, message in crashes)
    for message, n in distinct.most_common(10):
        print(f"  crash x{n}: {message}")
    print(f"fuzz: {args.count} inputs in {elapsed:.1f} s ({args.count / elapsed:.0f}/s), seed {seed}, "
          f"{len(crashes)} crashes ({len(distinct)} distinct)"
          + (f", saved in {args.out}" if crashes else ""))
    return 1 if crashes or too_few else 0


if __name__ == "__main__":
    sys.exit(main())
