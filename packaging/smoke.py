"""Start the built app offscreen and have it draft a letter.

    python packaging/smoke.py                # the build in dist/ua-desktop/
    python packaging/smoke.py --dist /path/to/dist

Runs the program with ``UA_DESKTOP_SMOKE=1`` (see packaging/launcher.py):
with a settings folder of its own, it opens the bundled case, drafts a
Kyrgyz letter, saves it as DOCX and reports. It does so twice: offscreen,
and on Linux in a real window on a virtual X server (Xvfb), which is what
finds a window plugin library missing from the bundle and the machine.
Then this script checks the DOCX (a real Word file holding the Kyrgyz
salutation), runs the command-line ``letter`` and ``batch`` twins of the
same program with no display at all, and prints one summary line. Exit 0
when everything worked.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
APP_ID = "ua-desktop"


def start_virtual_screen() -> tuple[subprocess.Popen | None, str]:
    """Start Xvfb on a free display; (process, display) or (None, why not)."""
    import shutil

    xvfb = shutil.which("Xvfb")
    if xvfb is None:
        return None, "Xvfb is not installed, so the real window was not checked (apt-get install xvfb)"
    read, write = os.pipe()
    process = subprocess.Popen([xvfb, "-displayfd", str(write), "-screen", "0", "1366x768x24", "-nolisten", "tcp"],
                               pass_fds=(write,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write)
    with os.fdopen(read) as pipe:
        number = pipe.readline().strip()
    if not number:
        process.kill()
        return None, "Xvfb did not start"
    return process, ":" + number


def run_smoke(program: Path, env: dict, folder: str, timeout: float) -> tuple[dict, str]:
    """The launcher's smoke mode: (its report, what it printed on stderr)."""
    run = subprocess.run([str(program)], env=env, capture_output=True, text=True, timeout=timeout, cwd=folder)
    line = next((text for text in reversed(run.stdout.splitlines()) if text.startswith("{")), "")
    report = json.loads(line) if line else {"ok": False, "error": "no report"}
    report["exit"] = run.returncode
    return report, run.stderr


def window_problems(program: Path, env: dict, folder: str, timeout: float) -> list[str]:
    """Open the real window on a virtual X server (Linux only)."""
    if not sys.platform.startswith("linux"):
        return []
    server, display = start_virtual_screen()
    if server is None:
        return [display]
    try:
        report, stderr = run_smoke(program, dict(env, QT_QPA_PLATFORM="xcb", DISPLAY=display), folder, timeout)
    finally:
        server.kill()
        server.wait()
    if report["exit"] != 0 or not report.get("ok"):
        return [f"the window did not open on a real X server (exit {report['exit']}): {report.get('error')}\n"
                f"{stderr[-1500:]}"]
    if report.get("platform") != "xcb" or not report.get("shown"):
        return [f"the window was not shown on the X server (platform {report.get('platform')})"]
    return []


def batch_problems(program: Path, env: dict, folder: str, timeout: float) -> list[str]:
    """`batch` to DOCX runs with no display and no Qt platform set."""
    signers = Path(folder) / "signers.csv"
    signers.write_text("name,town,country,language\nAnna Schmidt,Lyon,France,fr\nOmar Haddad,Lyon,France,ar\n",
                       encoding="utf-8")
    out = Path(folder) / "batch-letters.docx"
    bare = {key: value for key, value in env.items() if key not in ("DISPLAY", "QT_QPA_PLATFORM", "WAYLAND_DISPLAY")}
    run = subprocess.run([str(program), "batch", "--signers", str(signers), "--to", "1", "-o", str(out)],
                         env=dict(bare, UA_DESKTOP_SMOKE=""), capture_output=True, text=True, timeout=timeout,
                         cwd=folder)
    if run.returncode != 0 or not out.exists():
        return [f"the batch command failed with no display (exit {run.returncode}): {run.stderr[-800:]}"]
    return []


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Smoke-test the built UA Desktop.")
    parser.add_argument("--dist", type=Path, default=ROOT / "dist")
    parser.add_argument("--timeout", type=float, default=120)
    args = parser.parse_args(argv)
    program = args.dist / APP_ID / (APP_ID + (".exe" if sys.platform == "win32" else ""))
    if not program.exists():
        print(f"smoke: no built app at {program}; run python packaging/build.py first", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory(prefix="ua-smoke-") as folder:
        out = Path(folder)
        env = {key: value for key, value in os.environ.items() if not key.startswith(("PYTHON", "UA_DESKTOP"))}
        env.update(UA_DESKTOP_SMOKE="1", UA_DESKTOP_SMOKE_OUT=str(out), QT_QPA_PLATFORM="offscreen",
                   UA_DESKTOP_HOME=str(out / "home"))
        started = time.perf_counter()
        report, stderr = run_smoke(program, env, folder, args.timeout)
        elapsed = time.perf_counter() - started
        problems = []
        if report["exit"] != 0 or not report.get("ok"):
            problems.append(f"the app failed (exit {report['exit']}): {report.get('error')}\n"
                            f"{report.get('traceback', '')}{stderr[-2000:]}")
        if not report.get("frozen"):
            problems.append("the app did not run as the frozen build")
        docx = out / "smoke-letter.docx"
        if docx.exists():
            with zipfile.ZipFile(docx) as archive:
                xml = archive.read("word/document.xml").decode("utf-8")
            if "Урматтуу Президент айым!" not in xml:
                problems.append("the saved DOCX lacks the Kyrgyz salutation")
        elif not problems:
            problems.append("no DOCX was saved")
        cli = subprocess.run([str(program), "letter", "--to", "2", "--lang", "ru"], env=dict(env, UA_DESKTOP_SMOKE=""),
                             capture_output=True, text=True, timeout=args.timeout, cwd=folder)
        if cli.returncode != 0 or "Уважаемый" not in cli.stdout:
            problems.append(f"the letter command failed (exit {cli.returncode}): {cli.stderr[-500:]}")
        problems += batch_problems(program, env, folder, args.timeout)
        (out / "window").mkdir()
        problems += window_problems(program, dict(env, UA_DESKTOP_SMOKE_OUT=str(out / "window")), folder,
                                    args.timeout)
    for problem in problems:
        print(f"smoke: {problem}", file=sys.stderr)
    print(f"smoke: {'FAILED' if problems else 'ok'}: started, drafted and saved a letter in {elapsed:.1f} s; "
          f"fonts {', '.join(report.get('fonts', []))}; letter font {report.get('letter_font', '?')}; "
          f"languages {' '.join(report.get('languages', []))}; real window, batch with no display checked")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
