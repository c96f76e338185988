"""UA Desktop benchmarks, each against a baseline measured in the same run.

    python benchmarks/run_benchmarks.py [--quick] [--json FILE]

1. Start-up to the first painted frame with the letter shown, against a
   bare PySide6 QMainWindow (fresh `python` processes, alternated). For
   information, the floor: the same window rebuilt from plain PySide6
   widgets with nothing of the app behind it (window_replica.py), with and
   without `from PySide6.QtCore import Qt`.
2. Preview update after one keystroke in the sender's name, against
   QPlainTextEdit.setPlainText of the same letter text.
3. One letter to DOCX (in memory, and saved to a file), against raw
   python-docx writing the same paragraphs.

Every benchmark runs in its own child process (helpers beside this file),
so this script imports neither Qt nor the app. Targets are reported as
PASS/MISS; a MISS does not change the exit status (benchmarks, not tests).
The exit status is 1 only if a benchmark could not run or its sanity check
failed (for example, an empty letter at first paint).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent

TARGET_STARTUP_RATIO = 1.5
TARGET_KEYSTROKE_MS = 5.0
TARGET_DOCX_RATIO = 1.2


def child_env(home: Path, pycache: Path) -> dict[str, str]:
    """The environment of every child: offscreen Qt, a private app home,
    the checkout on sys.path, and a bytecode cache outside the tree (so the
    app's modules load from .pyc as in an installed app, without writing
    __pycache__ folders into the checkout)."""
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["UA_DESKTOP_HOME"] = str(home)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(REPO), env.get("PYTHONPATH", "")) if p)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(pycache)
    return env


def run_child(args: list[str], env: dict[str, str], marker: str, timeout: float = 300) -> tuple[dict, int]:
    """Run a helper; return its JSON line (after `marker`) and the spawn
    time (CLOCK_MONOTONIC ns, taken just before the process is created)."""
    t0 = time.monotonic_ns()
    proc = subprocess.run([sys.executable, *args], env=env, capture_output=True, text=True, timeout=timeout)
    for line in proc.stdout.splitlines():
        if line.startswith(marker + " "):
            data = json.loads(line[len(marker) + 1:])
            if proc.returncode and "error" not in data:
                data["error"] = f"exit status {proc.returncode}"
            return data, t0
    raise RuntimeError(f"{' '.join(args)} gave no result (exit {proc.returncode}):\n"
                       f"{proc.stdout[-2000:]}\n{proc.stderr[-2000:]}")


# ---------------------------------------------------------------- 1. start-up
def bench_startup(runs: int, work: Path) -> dict:
    """Five kinds of start, interleaved: the bare window; the app as it
    usually starts (its data folder from the last run, so compiled
    templates are cached); the app's very first start on a machine (an
    empty data folder); the replica of the app's window in plain PySide6
    (`window_replica.py`), the floor under the app's figure; and the same
    replica importing Qt's enum namespace, as every real window does."""
    probe = str(HERE / "startup_probe.py")
    pycache = work / "pycache"
    usual_home = Path(tempfile.mkdtemp(prefix="home-usual-", dir=work))
    replica_dump = work / "window.json"
    run_child([str(HERE / "window_replica.py"), "dump", str(replica_dump)],
              child_env(Path(tempfile.mkdtemp(prefix="home-dump-", dir=work)), pycache), "DUMP", timeout=60)
    results = {"bare": [], "app": [], "app_first": [], "replica": [], "replica_qt": []}
    errors = []
    phases = {"interpreter": [], "imports_and_build": [], "show": [], "first_frame": []}

    def one(kind: str) -> dict:
        if kind == "app":
            home = usual_home
        else:
            home = Path(tempfile.mkdtemp(prefix=f"home-{kind}-", dir=work))  # a first run: nothing cached
        replica = [probe, "replica", str(replica_dump)]
        args = {"bare": [probe, "bare"], "replica": replica, "replica_qt": replica}.get(kind, [probe, "app"])
        env = child_env(home, pycache)
        if kind == "replica_qt":
            env["UA_BENCH_REPLICA_WITH_QT"] = "1"
        data, t0 = run_child(args, env, "STARTUP", timeout=60)
        if "error" in data:
            errors.append(f"{kind}: {data['error']}")
        stamps = data["stamps"]
        data["ms"] = {name: (value - t0) / 1e6 for name, value in stamps.items()}
        return data

    one("bare"), one("app"), one("replica"), one("replica_qt")  # warm-up: fills the bytecode caches and the OS file cache
    kinds = tuple(results)
    for i in range(runs):
        for kind in kinds[i % len(kinds):] + kinds[:i % len(kinds)]:
            data = one(kind)
            results[kind].append(data["ms"]["frame"])
            if kind != "bare" and not data.get("letter_chars"):
                errors.append(f"{kind}: the letter editor was empty at first paint")
            if kind == "app":
                ms = data["ms"]
                phases["interpreter"].append(ms["script"])
                phases["imports_and_build"].append(ms["built"] - ms["script"])
                phases["show"].append(ms["shown"] - ms["built"])
                phases["first_frame"].append(ms["frame"] - ms["shown"])
    return {
        "app_median": statistics.median(results["app"]), "app_min": min(results["app"]),
        "app_first_median": statistics.median(results["app_first"]), "app_first_min": min(results["app_first"]),
        "bare_median": statistics.median(results["bare"]), "bare_min": min(results["bare"]),
        "replica_median": statistics.median(results["replica"]), "replica_min": min(results["replica"]),
        "replica_all": results["replica"],
        "replica_qt_median": statistics.median(results["replica_qt"]), "replica_qt_min": min(results["replica_qt"]),
        "replica_qt_all": results["replica_qt"],
        "app_all": results["app"], "app_first_all": results["app_first"], "bare_all": results["bare"],
        "app_phases_median": {k: statistics.median(v) for k, v in phases.items()},
        # Each round runs every kind once, so a ratio within a round is less
        # moved by a machine whose speed drifts between rounds.
        "paired_ratio_median": {
            f"{top}/{bottom}": statistics.median(a / b for a, b in zip(results[top], results[bottom]))
            for top, bottom in (("app", "bare"), ("replica", "bare"), ("replica_qt", "bare"),
                                ("app", "replica_qt"))},
        "runs": runs, "errors": errors,
    }


# ---------------------------------------------------------------- 2. keystroke
def bench_keystroke(keys: int, work: Path) -> dict:
    home = Path(tempfile.mkdtemp(prefix="home-keys-", dir=work))
    data, _ = run_child([str(HERE / "keystroke_bench.py"), "--keys", str(keys)],
                        child_env(home, work / "pycache"), "KEYSTROKE")
    return data


# ---------------------------------------------------------------- 3. DOCX
def bench_docx(runs: int, work: Path) -> dict:
    home = Path(tempfile.mkdtemp(prefix="home-docx-", dir=work))
    data, _ = run_child([str(HERE / "docx_bench.py"), "--runs", str(runs)],
                        child_env(home, work / "pycache"), "DOCX")
    return data


# ---------------------------------------------------------------- report
def verdict(ok: bool) -> str:
    return "PASS" if ok else "MISS"


def table(rows: list[tuple[str, ...]]) -> str:
    header = ("benchmark", "ours", "baseline", "ratio", "target", "result")
    rows = [header, *rows]
    widths = [max(len(row[i]) for row in rows) for i in range(len(header))]
    line = "+-" + "-+-".join("-" * w for w in widths) + "-+"
    out = [line]
    for n, row in enumerate(rows):
        out.append("| " + " | ".join(cell.ljust(w) for cell, w in zip(row, widths)) + " |")
        if n == 0:
            out.append(line)
    out.append(line)
    return "\n".join(out)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="fewer repetitions (CI-like, noisier)")
    parser.add_argument("--json", metavar="FILE", help="also write all raw figures to FILE")
    args = parser.parse_args()
    startup_runs, keys, docx_runs = (5, 60, 20) if args.quick else (25, 200, 100)

    work = Path(tempfile.mkdtemp(prefix="ua-bench-"))
    problems = []
    try:
        print(f"UA Desktop benchmarks{' (quick)' if args.quick else ''}: "
              f"Python {platform.python_version()}, {platform.system()} {platform.machine()}, "
              f"{os.cpu_count()} CPUs, QT_QPA_PLATFORM=offscreen", flush=True)
        print(f"1/3 start-up: {startup_runs} runs each of a bare window, the app, and the app's first start, "
              "interleaved ...", flush=True)
        startup = bench_startup(startup_runs, work)
        print(f"2/3 keystroke: {keys} keystrokes ...", flush=True)
        keystroke = bench_keystroke(keys, work)
        print(f"3/3 DOCX: {docx_runs} rounds, interleaved ...", flush=True)
        docx = bench_docx(docx_runs, work)
    finally:
        shutil.rmtree(work, ignore_errors=True)

    problems += startup["errors"]
    problems += keystroke.get("errors", [])
    if "error" in keystroke:
        problems.append(f"keystroke: {keystroke['error']}")
    if "error" in docx:
        problems.append(f"docx: {docx['error']}")
    if not docx.get("same_paragraphs"):
        problems.append("docx: the raw baseline did not write the same paragraphs")

    rows = []
    ratio = startup["app_median"] / startup["bare_median"]
    rows.append(("start-up to first paint, letter shown (median; min)",
                 f"{startup['app_median']:.0f} ms; {startup['app_min']:.0f}",
                 f"{startup['bare_median']:.0f} ms; {startup['bare_min']:.0f} (bare QMainWindow)",
                 f"{ratio:.2f}x", f"<= {TARGET_STARTUP_RATIO}x", verdict(ratio <= TARGET_STARTUP_RATIO)))
    first = startup["app_first_median"] / startup["bare_median"]
    rows.append(("  the same, very first start (nothing cached)",
                 f"{startup['app_first_median']:.0f} ms; {startup['app_first_min']:.0f}",
                 f"{startup['bare_median']:.0f} ms (bare QMainWindow)", f"{first:.2f}x", "(information)", ""))
    floor_ratio = startup["replica_median"] / startup["bare_median"]
    rows.append(("  floor: the same window in plain PySide6 (replica)",
                 f"{startup['replica_median']:.0f} ms; {startup['replica_min']:.0f}",
                 f"{startup['bare_median']:.0f} ms (bare QMainWindow)", f"{floor_ratio:.2f}x", "(information)", ""))
    floor_qt = startup["replica_qt_median"] / startup["bare_median"]
    rows.append(("  floor + Qt's enum namespace (from PySide6.QtCore import Qt)",
                 f"{startup['replica_qt_median']:.0f} ms; {startup['replica_qt_min']:.0f}",
                 f"{startup['bare_median']:.0f} ms (bare QMainWindow)", f"{floor_qt:.2f}x", "(information)", ""))
    k, floor = keystroke["keystroke"], keystroke["set_plain_text"]
    rows.append(("keystroke in name -> letter updated (median; p95)",
                 f"{k['median']:.2f} ms; {k['p95']:.2f}",
                 f"{floor['median']:.2f} ms; {floor['p95']:.2f} (setPlainText)",
                 f"{k['median'] / floor['median']:.2f}x", f"median < {TARGET_KEYSTROKE_MS:g} ms",
                 verdict(k["median"] < TARGET_KEYSTROKE_MS)))
    for kind, label in (("bytes", "in memory"), ("file", "saved to a file")):
        ours, raw = docx[f"ours_{kind}"], docx[f"raw_{kind}"]
        r = ours["median"] / raw["median"]
        rows.append((f"one letter to DOCX, {label} (median)", f"{ours['median']:.1f} ms",
                     f"{raw['median']:.1f} ms (raw python-docx)", f"{r:.2f}x", f"<= {TARGET_DOCX_RATIO}x",
                     verdict(r <= TARGET_DOCX_RATIO)))

    print()
    print(table(rows))
    phases = startup["app_phases_median"]
    print(f"\nApp start-up by phase (median ms from spawn): interpreter up {phases['interpreter']:.0f}, "
          f"imports + QApplication + window built {phases['imports_and_build']:.0f}, "
          f"show() {phases['show']:.0f}, show() to first frame {phases['first_frame']:.0f}.")
    paired = startup["paired_ratio_median"]
    print("Start-up ratios within each round (median over rounds): "
          + ", ".join(f"{name.replace('replica_qt', 'replica+Qt')} {value:.2f}x" for name, value in paired.items())
          + ".")
    kr = keystroke["keystroke_repaint"]
    print(f"For information: keystroke through repaint (processEvents) median {kr['median']:.2f} ms, "
          f"p95 {kr['p95']:.2f} ms; letter {keystroke['letter_chars']} characters; "
          f"DOCX: the '{docx['language']}' letter, {docx['paragraphs']} paragraphs.")
    lost = keystroke.get("none_refs_lost_per_keystroke", 0)
    if lost > 0 and sys.version_info < (3, 12):
        print(f"WARNING: each keystroke dropped {lost:.0f} references to None (a PySide6 refcount bug; "
              f"fatal on Python < 3.12 once None's count reaches zero). See benchmarks/README.md.")
    for problem in problems:
        print(f"ERROR: {problem}")

    if args.json:
        Path(args.json).write_text(json.dumps({"startup": startup, "keystroke": keystroke, "docx": docx},
                                              indent=2), encoding="utf-8")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
