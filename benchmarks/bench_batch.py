"""Batches against their peers, and how they grow, in the same run:

    python benchmarks/bench_batch.py [--sizes 1000,4000,10000] [--no-pdf] [--rounds 5]

1. 1,002 letters in ONE DOCX: the whole `ua-desktop batch` command (a new
   process: interpreter, imports, case, signers CSV, drafting, DOCX) against
   a docxtpl mail merge of the same letters into one document, also a whole
   new process reading the same CSV (`batch_peers.py merge`). Runs
   alternate; medians of wall time from spawn to exit.
2. One file per letter: the app's one-letter export against docxtpl
   rendering and saving one file per letter (`batch_peers.py files`).
3. Growth: `ua-desktop batch` for 1,000, 4,000 and 10,000 signers to one
   recipient, for the letters alone (DOCX), the letters with envelopes and
   labels (DOCX), and the letters as PDF with envelopes and labels. Wall
   time and peak memory (the child's ru_maxrss) of each run.

Every figure is a child process, so this file imports neither the app nor
docxtpl; `run_benchmarks.py` uses these functions for its table.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
PEERS = str(HERE / "batch_peers.py")
MERGE_LETTERS = 1002

if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

from batch_peers import csv_path, ours_command  # noqa: E402  (imports nothing of the app)


def timed(args: list[str], env: dict[str, str], log: Path) -> dict:
    """Run `python ARGS`; wall time (s, spawn to exit), CPU time and the
    child's peak resident memory (MB)."""
    with open(log, "w") as out:
        start = time.perf_counter()
        child = subprocess.Popen([sys.executable, *args], env=env, stdout=out, stderr=subprocess.STDOUT)
        _, status, usage = os.wait4(child.pid, 0)
        wall = time.perf_counter() - start
    code = os.waitstatus_to_exitcode(status)
    child.returncode = code
    if code:
        raise RuntimeError(f"{' '.join(args)} failed ({code}):\n{log.read_text(errors='replace')[-2000:]}")
    scale = 1024 if sys.platform != "darwin" else 1024 * 1024  # ru_maxrss: KB on Linux, bytes on macOS
    return {"s": wall, "cpu_s": usage.ru_utime + usage.ru_stime, "rss_mb": usage.ru_maxrss / scale}


def output_json(args: list[str], env: dict[str, str], marker: str) -> dict:
    import json

    proc = subprocess.run([sys.executable, *args], env=env, capture_output=True, text=True, timeout=900)
    for line in proc.stdout.splitlines():
        if line.startswith(marker + " "):
            return json.loads(line[len(marker) + 1:])
    raise RuntimeError(f"{' '.join(args)} gave no result:\n{proc.stdout[-2000:]}\n{proc.stderr[-2000:]}")


def setup(folder: Path, env: dict[str, str], sizes: list[int]) -> None:
    output_json([PEERS, "setup", str(folder), ",".join(str(n) for n in sorted({MERGE_LETTERS, *sizes}))],
                env, "SETUP")


def mail_merge(folder: Path, env: dict[str, str], rounds: int) -> dict:
    """1,002 letters into one DOCX: ours (the whole command) and docxtpl's
    mail merge (the whole process), alternating; checks they hold the same
    text."""
    ours_out, merge_out = folder / "ours-1002.docx", folder / "merge-1002.docx"
    ours_args = ours_command(str(folder), MERGE_LETTERS, str(ours_out))
    merge_args = [PEERS, "merge", str(folder), csv_path(str(folder), MERGE_LETTERS), str(merge_out)]
    runs: dict[str, list[dict]] = {"ours": [], "docxtpl": []}
    timed(ours_args, env, folder / "warm.log"), timed(merge_args, env, folder / "warm.log")  # warm-up
    for n in range(rounds):
        pair = (("ours", ours_args), ("docxtpl", merge_args))
        for name, args in (pair if n % 2 == 0 else pair[::-1]):
            runs[name].append(timed(args, env, folder / f"{name}.log"))
    same = output_json([PEERS, "compare", str(ours_out), str(merge_out)], env, "COMPARE")["same_text"]
    result = {"letters": MERGE_LETTERS, "rounds": rounds, "same_text": same}
    for name, values in runs.items():
        for key in ("s", "cpu_s", "rss_mb"):
            result[f"{name}_{key}"] = statistics.median(v[key] for v in values)
        result[f"{name}_all_s"] = [v["s"] for v in values]
    result["ratio_within_rounds"] = statistics.median(
        d["s"] / o["s"] for o, d in zip(runs["ours"], runs["docxtpl"]))
    return result


def per_file(folder: Path, env: dict[str, str], letters: int, rounds: int) -> dict:
    return output_json([PEERS, "files", str(folder), str(letters), str(rounds)], env, "FILES")


GROWTH_KINDS = {
    "letters": ("letters, DOCX", ".docx", ()),
    "with_companions": ("letters + envelopes + labels, DOCX", ".docx", ("--envelopes", "DL", "--labels")),
    "pdf": ("letters as PDF + envelopes + labels", ".pdf", ("--envelopes", "DL", "--labels")),
}


def growth(folder: Path, env: dict[str, str], sizes: list[int], pdf: bool = True) -> dict:
    """{kind: {size: timed(...)}} for each kind of batch at each size."""
    kinds = [kind for kind in GROWTH_KINDS if pdf or kind != "pdf"]
    result: dict[str, dict[int, dict]] = {kind: {} for kind in kinds}
    for size in sizes:
        for kind in kinds:
            _, suffix, extra = GROWTH_KINDS[kind]
            out = folder / f"growth-{kind}-{size}{suffix}"
            result[kind][size] = timed(ours_command(str(folder), size, str(out), *extra), env,
                                       folder / f"growth-{kind}-{size}.log")
            for made in folder.glob(f"growth-{kind}-{size}*"):
                if made.suffix != ".log":
                    made.unlink()
    return result


def growth_table(result: dict, sizes: list[int]) -> str:
    lines = [f"{'batch':<38} | " + " | ".join(f"{size:>6,} letters: time, ms/letter, peak" for size in sizes)]
    for kind, by_size in result.items():
        cells = [f"{by_size[s]['s']:>7.2f} s, {by_size[s]['s'] * 1000 / s:5.2f} ms, {by_size[s]['rss_mb']:5.0f} MB"
                 for s in sizes]
        lines.append(f"{GROWTH_KINDS[kind][0]:<38} | " + " | ".join(f"{c:>34}" for c in cells))
    return "\n".join(lines)


def child_env(home: Path, pycache: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.update(QT_QPA_PLATFORM="offscreen", UA_DESKTOP_HOME=str(home), PYTHONPYCACHEPREFIX=str(pycache))
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(REPO), env.get("PYTHONPATH", "")) if p)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="1000,4000,10000")
    parser.add_argument("--rounds", type=int, default=5, help="rounds of the 1,002-letter comparison")
    parser.add_argument("--no-pdf", action="store_true", help="leave out the PDF batches (the slowest)")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    work = Path(tempfile.mkdtemp(prefix="ua-bench-batch-"))
    try:
        env = child_env(work / "home", work / "pycache")
        setup(work, env, sizes)
        merge = mail_merge(work, env, args.rounds)
        print(f"{MERGE_LETTERS:,} letters in one DOCX, whole process, median of {args.rounds}: "
              f"ua-desktop batch {merge['ours_s']:.2f} s ({merge['ours_rss_mb']:.0f} MB), "
              f"docxtpl mail merge {merge['docxtpl_s']:.2f} s ({merge['docxtpl_rss_mb']:.0f} MB): "
              f"docxtpl/ours {merge['docxtpl_s'] / merge['ours_s']:.2f}x (target >= 2x); "
              f"same text: {merge['same_text']}", flush=True)
        files = per_file(work, env, 50, 3)
        print(f"One file per letter: ours {files['ours_ms']:.1f} ms, docxtpl {files['docxtpl_ms']:.1f} ms per letter: "
              f"{files['docxtpl_ms'] / files['ours_ms']:.2f}x (target >= 1.5x); same text: {files['same_text']}",
              flush=True)
        print(growth_table(growth(work, env, sizes, pdf=not args.no_pdf), sizes))
        return 0 if merge["same_text"] and files["same_text"] else 1
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    sys.exit(main())
