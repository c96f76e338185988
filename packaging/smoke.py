"""Start the built app offscreen and have it draft a letter.

    python packaging/smoke.py                # the build in dist/ua-desktop/
    python packaging/smoke.py --dist /path/to/dist

Runs the program with ``UA_DESKTOP_SMOKE=1`` (see packaging/launcher.py):
offscreen, with a settings folder of its own, it opens the bundled case,
drafts a Kyrgyz letter, saves it as DOCX and reports. Then this script
checks the DOCX (a real Word file holding the Kyrgyz salutation), runs the
command-line ``letter`` twin of the same program, and prints one summary
line. Exit 0 when everything worked.
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
        run = subprocess.run([str(program)], env=env, capture_output=True, text=True, timeout=args.timeout,
                             cwd=folder)
        elapsed = time.perf_counter() - started
        line = next((text for text in reversed(run.stdout.splitlines()) if text.startswith("{")), "")
        report = json.loads(line) if line else {"ok": False, "error": "no report"}
        problems = []
        if run.returncode != 0 or not report.get("ok"):
            problems.append(f"the app failed (exit {run.returncode}): {report.get('error')}\n"
                            f"{report.get('traceback', '')}{run.stderr[-2000:]}")
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
    for problem in problems:
        print(f"smoke: {problem}", file=sys.stderr)
    print(f"smoke: {'FAILED' if problems else 'ok'}: started, drafted and saved a letter in {elapsed:.1f} s; "
          f"fonts {', '.join(report.get('fonts', []))}; letter font {report.get('letter_font', '?')}; "
          f"languages {' '.join(report.get('languages', []))}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
