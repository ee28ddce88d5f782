"""`--lang CODE`: slides exported in any of the five languages, and the app opened in one."""
from __future__ import annotations

import os
import subprocess
import sys

import pytest
from PySide6.QtWidgets import QApplication

from visualgrad.cli import main

SEED = "L = 2*(x**2 + exp(x))"


@pytest.fixture(autouse=True)
def english_after(qapp):
    yield
    from visualgrad.qt.i18n.languages import install_language
    install_language(QApplication.instance(), "en")


def test_export_in_dutch_has_a_dutch_caption_and_narration(tmp_path, capsys):
    out = tmp_path / "step.svg"
    assert main(["export", SEED, "--set", "x=3", "--step", "10", "--lang", "nl", "-o", str(out)]) == 0
    svg = out.read_text(encoding="utf-8")
    assert "stap 10 van 11 · achterwaarts" in svg
    assert "geeft de schuld door" in svg


def test_export_in_japanese_uses_the_articles_words(tmp_path):
    out = tmp_path / "loss.svg"
    assert main(["export", SEED, "--set", "x=3", "--step", "loss", "--lang", "ja", "-o", str(out)]) == 0
    svg = out.read_text(encoding="utf-8")
    assert "事故はここで起きました" in svg and "犯人" in svg


def test_export_without_lang_stays_english(tmp_path):
    out = tmp_path / "step.svg"
    assert main(["export", SEED, "--set", "x=3", "--step", "10", "-o", str(out)]) == 0
    assert "passes the blame on" in out.read_text(encoding="utf-8")


def test_an_unknown_language_is_a_one_line_error(tmp_path, capsys):
    assert main(["export", SEED, "--lang", "xx", "-o", str(tmp_path / "a.svg")]) == 2
    err = capsys.readouterr().err
    assert "unknown language 'xx'" in err and "nl" in err and "Traceback" not in err
    assert not (tmp_path / "a.svg").exists()


@pytest.mark.parametrize("code, word", [("ja", "ファイル"), ("ko", "파일")])
def test_the_app_opens_in_the_language_asked_for(tmp_path, code, word):
    """`visualgrad --lang ja --screenshot`: a window whose menu bar is Japanese (looked at by a child process,
    so its translators do not touch this one)."""
    shot = tmp_path / f"{code}.png"
    probe = (
        "import sys\n"
        "from visualgrad.cli import main\n"
        "import visualgrad.qt.app as app\n"
        "seen = {}\n"
        "orig = app.screenshot\n"
        "def spy(a, window, path, step):\n"
        "    seen['menus'] = [x.text() for x in window.menuBar().actions()]\n"
        "    return orig(a, window, path, step)\n"
        "app.screenshot = spy\n"
        f"rc = main([{SEED!r}, '--set', 'x=3', '--step', '10', '--lang', {code!r}, '--screenshot', {str(shot)!r}])\n"
        "print('MENUS', seen.get('menus'))\n"
        "sys.exit(rc)\n")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", VISUALGRAD_TEST_PATHS="1", VISUALGRAD_NO_DIALOGS="1")
    proc = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, env=env, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert word in proc.stdout, ("the app did not open in the language given with --lang "
                                 "(app.run_app must call languages.install_language(app, args.lang)): " + proc.stdout)
    assert shot.stat().st_size > 10_000
