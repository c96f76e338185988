"""The standalone build's pieces: the launcher's smoke mode, the spec, the
menu entry and the icon. (The build itself: ``python packaging/build.py --smoke``.)"""

from __future__ import annotations

import configparser
import importlib.util
import json
import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"


def load(name: str):
    spec = importlib.util.spec_from_file_location(f"packaging_{name}", PACKAGING / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_launcher_smoke_mode_drafts_and_saves_a_letter(tmp_path):
    env = dict(os.environ, UA_DESKTOP_SMOKE="1", UA_DESKTOP_SMOKE_OUT=str(tmp_path), QT_QPA_PLATFORM="offscreen",
               PYTHONPATH=str(ROOT), UA_DESKTOP_HOME=str(tmp_path / "home"))
    run = subprocess.run([sys.executable, str(PACKAGING / "launcher.py")], env=env, capture_output=True, text=True,
                         timeout=120, cwd=tmp_path)
    report = json.loads(run.stdout.strip().splitlines()[-1])
    assert run.returncode == 0 and report["ok"], report.get("traceback") or run.stderr
    assert report["frozen"] is False
    assert {"Liberation Serif", "Noto Naskh Arabic"} <= set(report["fonts"])
    assert (tmp_path / "smoke-letter.docx").stat().st_size > 5000
    assert (tmp_path / "home" / "config").is_dir(), "settings went to the smoke test's own folder"


def test_the_smoke_mode_reports_a_failure(tmp_path):
    """Broken resources: the smoke test says what failed and exits 1."""
    env = dict(os.environ, UA_DESKTOP_SMOKE="1", UA_DESKTOP_SMOKE_OUT=str(tmp_path), QT_QPA_PLATFORM="offscreen",
               PYTHONPATH=str(ROOT), UA_DESKTOP_HOME=str(tmp_path / "home"))
    code = ("import sys, runpy; import ua_desktop.gui.app as app\n"
            "def broken(*a, **k): raise RuntimeError('no window today')\n"
            "app.build_main_window = broken\n"
            f"sys.argv = [{str(PACKAGING / 'launcher.py')!r}]\n"
            f"runpy.run_path({str(PACKAGING / 'launcher.py')!r}, run_name='__main__')\n")
    run = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=120)
    report = json.loads(run.stdout.strip().splitlines()[-1])
    assert run.returncode == 1 and report["ok"] is False and "no window today" in report["error"]


def test_the_bundle_check_finds_what_is_missing(tmp_path):
    build = load("build")
    problems = build.check_bundle(tmp_path)
    assert any("no program" in p for p in problems)
    assert any("fonts" in p for p in problems) and any("compiled catalogs" in p for p in problems)


def test_the_spec_names_only_what_exists():
    text = (PACKAGING / "ua-desktop.spec").read_text(encoding="utf-8")
    compile(text, "ua-desktop.spec", "exec")
    assert "launcher.py" in text and (PACKAGING / "launcher.py").exists()
    for folder in ("resources", "translations"):
        assert f'ROOT / "{folder}"' in text and (ROOT / folder).is_dir()
    assert list((ROOT / "translations").glob("*/LC_MESSAGES/*.mo")), "compiled catalogs to bundle"
    assert '"PySide6.QtNetwork"' in text.split("EXCLUDES")[1], "network modules stay out"


def test_the_menu_entry_is_valid():
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str
    entry.read(PACKAGING / "ua-desktop.desktop", encoding="utf-8")
    desktop = entry["Desktop Entry"]
    assert desktop["Type"] == "Application" and desktop["Name"] == "UA Desktop"
    assert desktop["Exec"].split()[0] == "ua-desktop" and desktop["Icon"] == "ua-desktop"
    assert desktop["Terminal"] == "false" and desktop["Categories"].endswith(";")
    install = (PACKAGING / "install-linux.sh").read_text(encoding="utf-8")
    assert install.startswith("#!/bin/sh") and "ua-desktop.desktop" in install


def test_the_icon_is_a_clean_svg_with_a_png_beside_it(qapp):
    from PySide6.QtGui import QImage

    svg = ROOT / "resources" / "icons" / "ua-desktop.svg"
    root = ET.parse(svg).getroot()
    assert root.tag.endswith("svg") and root.get("viewBox") == "0 0 256 256"
    assert not any(el.tag.endswith(("script", "image", "foreignObject")) for el in root.iter())
    image = QImage(str(ROOT / "resources" / "icons" / "ua-desktop.png"))
    assert image.width() == image.height() == 256


# ---------------------------------------------------------------- the window on a real X server

LDD_MISSING = """\
\tlinux-vdso.so.1 (0x00007ffd)
\tlibQt6XcbQpa.so.6 => /opt/app/_internal/libQt6XcbQpa.so.6 (0x00007f85)
\tlibxcb-icccm.so.4 => not found
\tlibxcb.so.1 => /lib/x86_64-linux-gnu/libxcb.so.1 (0x00007f85)
\tlibsomething-odd.so.3 => /usr/lib/libsomething-odd.so.3 (0x00007f85)
\t/lib64/ld-linux-x86-64.so.2 (0x00007f85)
"""


def test_the_build_check_names_a_window_library_that_is_missing_or_unexplained():
    libraries = load("system_libraries")
    problems = libraries.library_problems(LDD_MISSING, "/opt/app/_internal")
    assert len(problems) == 2, problems
    assert "libxcb-icccm.so.4" in problems[0] and "libxcb-icccm4" in problems[0]
    assert "libsomething-odd.so.3" in problems[1] and "system requirement" in problems[1]
    clean = LDD_MISSING.replace("libxcb-icccm.so.4 => not found", "libxcb-icccm.so.4 => /opt/app/_internal/x.so")
    assert len(libraries.library_problems(clean, "/opt/app/_internal")) == 1


def test_the_window_plugin_of_this_python_has_every_library_it_needs():
    """The libraries Qt's X11 plugin loads here are all named system
    requirements (or Qt's own): what the build check will find in a bundle."""
    import PySide6

    libraries = load("system_libraries")
    plugin = Path(PySide6.__file__).parent / "Qt" / "plugins" / "platforms" / "libqxcb.so"
    ldd = subprocess.run(["ldd", str(plugin)], capture_output=True, text=True, check=True)
    assert libraries.library_problems(ldd.stdout, str(Path(PySide6.__file__).parent)) == []


def test_readme_and_ci_install_every_window_library_and_ci_runs_the_readme_test_command():
    libraries = load("system_libraries")
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    for package in libraries.WINDOW_PACKAGES:
        assert package in readme, f"README's Quick start does not name {package}"
        assert package in ci, f".ci/run does not install {package}"
        assert package in libraries.SYSTEM_LIBRARIES.values()
    quick_start = readme[readme.index("## Quick start"):]
    command = next(line for line in quick_start.splitlines() if "pytest" in line and line.startswith("python3"))
    assert command in ci.splitlines(), "the CI does not run the README's test command exactly"


def test_the_launcher_opens_a_real_window_on_a_virtual_x_server(tmp_path):
    """What the offscreen smoke test cannot see: Qt's X11 plugin loads and
    the window is shown (packaging/smoke.py does the same with the build)."""
    smoke = load("smoke")
    server, display = smoke.start_virtual_screen()
    assert server is not None, display
    try:
        env = dict(os.environ, UA_DESKTOP_SMOKE="1", UA_DESKTOP_SMOKE_OUT=str(tmp_path), QT_QPA_PLATFORM="xcb",
                   DISPLAY=display, PYTHONPATH=str(ROOT), UA_DESKTOP_HOME=str(tmp_path / "home"))
        run = subprocess.run([sys.executable, str(PACKAGING / "launcher.py")], env=env, capture_output=True,
                             text=True, timeout=120, cwd=tmp_path)
    finally:
        server.kill()
        server.wait()
    report = json.loads(run.stdout.strip().splitlines()[-1])
    assert run.returncode == 0 and report["ok"], report.get("traceback") or run.stderr
    assert report["platform"] == "xcb" and report["shown"] is True


def _launch(argv: list[str], tmp_path: Path) -> subprocess.CompletedProcess:
    """The launcher's own dispatch (packaging/launcher.py main()), in a process
    with no display at all: no QT_QPA_PLATFORM, no DISPLAY, no WAYLAND_DISPLAY.
    It reports which Qt modules were loaded on stdout's last line."""
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY")}
    env.update(PYTHONPATH=str(ROOT), UA_DESKTOP_HOME=str(tmp_path / "home"))
    code = ("import json, runpy, sys\n"
            f"sys.argv = [{str(PACKAGING / 'launcher.py')!r}, *{argv!r}]\n"
            f"launcher = runpy.run_path({str(PACKAGING / 'launcher.py')!r})\n"
            "try:\n"
            "    code = launcher['main']()\n"
            "except SystemExit as exit:\n"
            "    code = exit.code\n"
            "print(json.dumps({'code': code, 'qt': sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6')))}))\n")
    return subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=120,
                          cwd=tmp_path)


def test_the_launcher_sends_a_docx_batch_to_the_command_line_without_qt(tmp_path):
    signers = tmp_path / "signers.csv"
    signers.write_text("Name,Town,Country\nAnna Schmidt,Lyon,France\nJuan Pérez,Madrid,Spain\n", encoding="utf-8")
    out = tmp_path / "letters.docx"
    run = _launch(["batch", "--signers", str(signers), "--to", "1", "--lang", "en", "-o", str(out)], tmp_path)
    report = json.loads(run.stdout.strip().splitlines()[-1])
    assert report["code"] == 0, run.stderr
    assert "Made 2 letters from 2 signers" in run.stderr
    assert out.stat().st_size > 5000
    assert report["qt"] == [], "a DOCX batch loaded Qt"


@pytest.mark.parametrize("argv", [["batch", "--help"], ["letter", "--list"], ["import", "--help"], ["--version"]])
def test_the_launcher_runs_every_command_line_program_without_a_display(argv, tmp_path):
    run = _launch(argv, tmp_path)
    report = json.loads(run.stdout.strip().splitlines()[-1])
    assert report["code"] in (0, None), run.stderr
    assert report["qt"] == [], f"{argv} loaded {report['qt']}"


def test_the_window_is_what_the_launcher_prepares_qt_for():
    from ua_desktop.cli.main import opens_window

    assert opens_window([]) and opens_window(["case.json"])
    assert not any(opens_window([word]) for word in ("letter", "import", "batch", "--help", "-V"))
