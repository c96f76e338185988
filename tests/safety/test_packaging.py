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
