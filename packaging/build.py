"""Build the standalone one-folder app and check it.

    python packaging/build.py             # build into dist/ua-desktop/
    python packaging/build.py --smoke     # build, then run packaging/smoke.py on it
    python packaging/build.py --smoke --archive   # ... and pack it into one file to hand out

Needs PyInstaller (``python -m pip install pyinstaller``). Prints how long
the build took and how big the folder is. The output (dist/, build/) is
not kept in version control.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "packaging" / "ua-desktop.spec"
APP_ID = "ua-desktop"


def executable(dist: Path) -> Path:
    return dist / APP_ID / (APP_ID + (".exe" if sys.platform == "win32" else ""))


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def check_bundle(dist: Path) -> list[str]:
    """What a working bundle must hold; returns the problems found."""
    app = dist / APP_ID
    internal = app / "_internal" if (app / "_internal").is_dir() else app
    problems = []
    if not executable(dist).exists():
        problems.append(f"no program at {executable(dist)}")
    expected = {
        "letter templates": list((internal / "resources" / "letters").glob("*/letter.txt.j2")),
        "letter languages": list((internal / "resources" / "letters").glob("*/language.json")),
        "sample case": list((internal / "resources" / "cases").glob("*.json")),
        "fonts": list((internal / "resources" / "fonts").glob("*.ttf")),
        "font licences": list((internal / "resources" / "fonts").glob("LICENSE-*.txt")),
        "icon": list((internal / "resources" / "icons").glob("ua-desktop.png")),
        "compiled catalogs": list((internal / "translations").glob("*/LC_MESSAGES/*.mo")),
        "Babel locale data": list((internal / "babel" / "locale-data").glob("ky.dat")),
        "python-docx template": list((internal / "docx" / "templates").glob("default.docx")),
    }
    for what, found in expected.items():
        if not found:
            problems.append(f"missing: {what}")
    network = [p.name for pattern in ("*QtNetwork*", "*Qt6Network*", "*WebEngine*", "*qvnc*", "*tuiotouch*")
               for p in internal.rglob(pattern)]
    if network:
        problems.append(f"network modules bundled: {', '.join(sorted(set(network))[:5])}")
    return problems + window_plugin_problems(internal)


def window_plugin_problems(internal: Path) -> list[str]:
    """On Linux, every library Qt's X11 window plugin loads must be in the
    bundle or be a named system requirement (packaging/system_libraries.py),
    else the app cannot open a window on a desktop that lacks it."""
    if not sys.platform.startswith("linux"):
        return []
    plugins = sorted(internal.rglob("platforms/libqxcb.so"))
    if not plugins:
        return ["missing: Qt's X11 window plugin (platforms/libqxcb.so)"]
    sys.path.insert(0, str(ROOT / "packaging"))
    from system_libraries import library_problems

    folders = sorted({str(p.parent) for p in internal.rglob("*.so*")})
    env = dict(os.environ, LD_LIBRARY_PATH=os.pathsep.join(folders))
    ldd = subprocess.run(["ldd", str(plugins[0])], capture_output=True, text=True, env=env)
    if ldd.returncode != 0:
        return [f"could not check the window plugin's libraries: {ldd.stderr.strip()[:200]}"]
    return library_problems(ldd.stdout, str(internal.resolve()))


def add_desktop_files(app: Path) -> None:
    """Beside the program: the menu entry, its installer (Linux) and a
    short text for whoever unpacks the folder."""
    import shutil

    if sys.platform.startswith("linux"):
        shutil.copy2(ROOT / "packaging" / "ua-desktop.desktop", app / "ua-desktop.desktop")
        shutil.copy2(ROOT / "packaging" / "install-linux.sh", app / "install-linux.sh")
    program = APP_ID + (".exe" if sys.platform == "win32" else "")
    (app / "README.txt").write_text(
        "UA Desktop\n\n"
        f"To start it, double-click {program} in this folder.\n"
        + ("To add it to your applications menu, run install-linux.sh once.\n"
           if sys.platform.startswith("linux") else "")
        + "Keep the whole folder together: the program needs the _internal folder beside it.\n"
          "UA Desktop never connects to the internet.\n",
        encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Build UA Desktop as a one-folder app.")
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="output folder (default dist/)")
    parser.add_argument("--work", type=Path, default=ROOT / "build", help="PyInstaller's work folder (default build/)")
    parser.add_argument("--smoke", action="store_true", help="run packaging/smoke.py on the result")
    parser.add_argument("--archive", action="store_true",
                        help="also pack the folder into one file to hand out (.zip on Windows, .tar.gz elsewhere)")
    args = parser.parse_args(argv)
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        print("build: PyInstaller is not installed. Run: python -m pip install pyinstaller", file=sys.stderr)
        return 2
    started = time.perf_counter()
    command = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
               "--distpath", str(args.dist), "--workpath", str(args.work), str(SPEC)]
    result = subprocess.run(command, cwd=ROOT, env=dict(os.environ, PYTHONHASHSEED="0"))
    elapsed = time.perf_counter() - started
    if result.returncode != 0:
        print(f"build: PyInstaller failed (exit {result.returncode}) after {elapsed:.0f} s", file=sys.stderr)
        return 1
    add_desktop_files(args.dist / APP_ID)
    problems = check_bundle(args.dist)
    size = folder_size(args.dist / APP_ID)
    for problem in problems:
        print(f"build: {problem}", file=sys.stderr)
    print(f"build: {'FAILED' if problems else 'ok'}: {args.dist / APP_ID} "
          f"({size / 1e6:.0f} MB, {sum(1 for _ in (args.dist / APP_ID).rglob('*'))} files) in {elapsed:.0f} s")
    if problems:
        return 1
    if args.smoke:
        status = subprocess.run([sys.executable, str(ROOT / "packaging" / "smoke.py"), "--dist",
                                 str(args.dist)]).returncode
        if status:
            return status
    if args.archive:
        print(f"build: archive {make_archive(args.dist)}")
    return 0


def make_archive(dist: Path) -> Path:
    """One file to hand out: unpack it anywhere and double-click the program."""
    import platform
    import shutil

    sys.path.insert(0, str(ROOT))
    from ua_desktop import __version__

    system = {"win32": "windows", "darwin": "macos"}.get(sys.platform, "linux")
    base = dist / f"{APP_ID}-{__version__}-{system}-{platform.machine().lower()}"
    kind = "zip" if sys.platform == "win32" else "gztar"  # tar keeps the program's "executable" mark
    return Path(shutil.make_archive(str(base), kind, root_dir=dist, base_dir=APP_ID))


if __name__ == "__main__":
    sys.exit(main())
