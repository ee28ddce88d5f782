"""Broken files on the command line: a clear message, exit 2, no traceback, nothing written.

People open lessons from e-mail and USB sticks. `visualgrad FILE --screenshot`, `visualgrad trace FILE` and
`visualgrad export FILE` each refuse a corrupt, truncated, huge, wrong-type or newer-version `.vgrad` (and
non-text program files) before any window opens, and leave the file, its folder and the output path as they
were. (The Open dialog's path is tested with the documents UI.)
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from visualgrad.document import FORMAT_VERSION, MAX_BYTES

GOOD = {"format": "visualgrad", "version": 1, "text": "L = 2*(x**2 + exp(x))", "values": {"x": 3}, "step": 4}
PNG = bytes.fromhex("89504e470d0a1a0a0000000d49484452") + b"\x00" * 64


def _good_text() -> str:
    return json.dumps(GOOD, indent=2)


# name -> (bytes of the file, words the message must contain)
BROKEN = {
    "not json": (b"L = 2*x, but this is not a lesson\n", "not a visualgrad document"),
    "random bytes": (bytes(range(256)) * 8, "not UTF-8"),
    "truncated": (_good_text()[: len(_good_text()) // 2].encode(), "cut short"),
    "truncated in a string": (_good_text().encode()[:60], "cut short"),
    "empty": (b"", "empty"),
    "only spaces": (b"   \n\t\n", "empty"),
    "a PNG renamed": (PNG, "not UTF-8"),
    "other JSON": (json.dumps({"cells": [], "nbformat": 4}).encode(), "no “format”: “visualgrad” marker"),
    "a JSON list": (b"[1, 2, 3]", "not a visualgrad document"),
    "newer version": (json.dumps({**GOOD, "version": FORMAT_VERSION + 1}).encode(), "newer visualgrad"),
    "version as text": (json.dumps({**GOOD, "version": "1"}).encode(), "version"),
    "NaN literal": (_good_text().replace('"step": 4', '"step": NaN').encode(), "NaN is not allowed"),
    "text and preset": (json.dumps({**GOOD, "preset": "xor-mlp"}).encode(), "exactly one of them"),
    "bad value": (json.dumps({**GOOD, "values": {"x": "three"}}).encode(), "values.x"),
    "ragged tensor": (json.dumps({**GOOD, "values": {"W": [[1, 2], [3]]}}).encode(), "rectangular"),
    "negative step": (json.dumps({**GOOD, "step": -1}).encode(), "step"),
    "deeply nested": (b'{"format": "visualgrad", "version": 1, "text": "", "values": {"x": '
                      + b"[" * 100_000 + b"]" * 100_000 + b"}}", "visualgrad"),
    "huge": (b'{"format": "visualgrad", "version": 1, "text": "' + b"x" * (MAX_BYTES + 10) + b'"}', "too large"),
}


def run(args, cwd, timeout=120) -> subprocess.CompletedProcess:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", VISUALGRAD_TEST_PATHS="1", VISUALGRAD_NO_DIALOGS="1",
               XDG_CONFIG_HOME=str(cwd / "config"), XDG_DATA_HOME=str(cwd / "data"), PYTHONWARNINGS="default")
    return subprocess.run([sys.executable, "-m", "visualgrad", *args], capture_output=True, text=True,
                          env=env, cwd=cwd, timeout=timeout)


def snapshot(folder: Path) -> dict:
    """Every file under folder with its bytes and modification time."""
    return {p.relative_to(folder): (p.read_bytes() if p.is_file() else None, p.stat().st_mtime_ns)
            for p in sorted(folder.rglob("*")) if "config" not in p.parts and "data" not in p.parts}


def _write_all(tmp_path: Path) -> list[tuple[str, Path, str]]:
    files = []
    for k, (name, (data, words)) in enumerate(BROKEN.items()):
        path = tmp_path / "lessons" / f"lesson{k}.vgrad"
        path.parent.mkdir(exist_ok=True)
        path.write_bytes(data)
        files.append((name, path, words))
    return files


def _check_all(files, results, *, out: Path | None = None):
    problems = []
    for (name, path, words), r in zip(files, results):
        if r.returncode != 2:
            problems.append(f"{name}: exit {r.returncode}\n{r.stderr[-600:]}")
        elif "Traceback" in r.stderr:
            problems.append(f"{name}: traceback\n{r.stderr[-600:]}")
        elif str(path.name) not in r.stderr or words not in r.stderr:
            problems.append(f"{name}: message {r.stderr.strip()[:300]!r} lacks the file name or {words!r}")
    assert not problems, "\n\n".join(problems)


@pytest.mark.parametrize("command", ["trace", "export"])
def test_commands_refuse_broken_lessons_with_a_message(tmp_path, command):
    files = _write_all(tmp_path)
    before = snapshot(tmp_path)
    out = tmp_path / "out.svg"

    def one(f):
        args = ["trace", str(f[1])] if command == "trace" else ["export", str(f[1]), "-o", str(out)]
        return run(args, tmp_path)

    with ThreadPoolExecutor(max_workers=4) as pool:
        results = list(pool.map(one, files))
    _check_all(files, results)
    assert snapshot(tmp_path) == before, "a file was written, changed or left behind"
    assert not out.exists()


def test_the_app_refuses_broken_lessons_before_opening_a_window(tmp_path):
    """`visualgrad FILE --screenshot` exits 2 with the message; no screenshot, the lesson untouched."""
    files = _write_all(tmp_path)
    before = snapshot(tmp_path)
    shot = tmp_path / "shot.png"
    with ThreadPoolExecutor(max_workers=4) as pool:
        results = list(pool.map(lambda f: run([str(f[1]), "--screenshot", str(shot)], tmp_path), files))
    _check_all(files, results)
    assert not shot.exists()
    assert snapshot(tmp_path) == before


def test_a_good_lesson_opens_and_is_left_as_it_was(tmp_path):
    """The control for the tests above: the same path with a valid lesson works."""
    pytest.importorskip("visualgrad.qt.documents.controller")
    path = tmp_path / "good.vgrad"
    path.write_text(_good_text(), encoding="utf-8")
    before = path.read_bytes(), path.stat().st_mtime_ns
    r = run(["trace", str(path)], tmp_path)
    assert r.returncode == 0 and "52.1711" in r.stdout and r.stderr == ""
    shot = tmp_path / "shot.png"
    r = run([str(path), "--screenshot", str(shot)], tmp_path)
    assert r.returncode == 0, r.stderr
    assert shot.stat().st_size > 10_000
    assert (path.read_bytes(), path.stat().st_mtime_ns) == before


@pytest.mark.parametrize("name,data,words", [
    ("picture.png", PNG, "not a UTF-8 text file"),
    ("program.txt", b"L = 2*x" + b" " * (4 * 1_000_000 + 10), "too large to be a program"),
    ("latin1.txt", "L = 2*x  # café".encode("latin-1"), "not a UTF-8 text file"),
])
def test_program_files_that_are_not_programs(tmp_path, name, data, words):
    path = tmp_path / name
    path.write_bytes(data)
    before = snapshot(tmp_path)
    for args in (["trace", str(path)], [str(path), "--screenshot", str(tmp_path / "shot.png")]):
        r = run(args, tmp_path)
        assert r.returncode == 2 and words in r.stderr and "Traceback" not in r.stderr, r.stderr[-600:]
    assert snapshot(tmp_path) == before


def test_a_folder_named_like_a_lesson(tmp_path):
    folder = tmp_path / "folder.vgrad"
    folder.mkdir()
    r = run(["trace", str(folder)], tmp_path)
    assert r.returncode == 2 and "Traceback" not in r.stderr and r.stderr.strip()


def test_an_unreadable_lesson(tmp_path):
    if os.geteuid() == 0:
        pytest.skip("root reads every file")
    path = tmp_path / "secret.vgrad"
    path.write_text(_good_text(), encoding="utf-8")
    path.chmod(0)
    try:
        r = run(["trace", str(path)], tmp_path)
    finally:
        path.chmod(0o644)
    assert r.returncode == 2 and "Traceback" not in r.stderr and "not allowed to read" in r.stderr


def test_trace_of_a_program_file_with_an_error(tmp_path):
    path = tmp_path / "nul.txt"
    path.write_bytes(b"L = 2*x\x00\x00")
    r = run(["trace", str(path)], tmp_path)
    assert r.returncode == 2 and r.stderr.startswith("line 1, column 8: the text contains a NUL byte")


def test_screenshot_of_a_program_with_an_error_says_why_at_once(tmp_path):
    path = tmp_path / "nul.txt"
    path.write_bytes(b"L = 2*x\x00\x00")
    r = run([str(path), "--screenshot", str(tmp_path / "shot.png")], tmp_path, timeout=12)
    assert r.returncode == 2 and "NUL byte" in r.stderr
