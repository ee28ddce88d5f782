"""Every code line in README.md is run: the make lines (as `make -n`, which must do what the README says),
the command-line synopsis (each command and option exists), each example command (through the CLI, with
the files and outputs its comment promises), the Python block (as a script, each `# value` checked), and
the architecture tree (every path exists, every module is listed)."""
from __future__ import annotations

import ast
import json
import re
import shlex
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from visualgrad.cli import COMMANDS, main, make_parser
from visualgrad.cli.app import make_parser as make_app_parser

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")
SEED_STEPS = 11


def blocks(lang: str) -> list[str]:
    return [m.group(1) for m in re.finditer(rf"^```{lang}\n(.*?)^```", README, re.S | re.M)]


def lines_of(block: str) -> list[str]:
    return [ln for ln in block.splitlines() if ln.strip() and not ln.lstrip().startswith("#")]


def test_every_fenced_block_is_one_this_file_runs():
    fences = re.findall(r"^```(\S*)$", README, re.M)
    opening = fences[0::2]
    assert set(opening) <= {"sh", "text", "python"}, opening
    assert len(blocks("sh")) == 2 and len(blocks("python")) == 1 and len(blocks("text")) == 2


# ---- make ----------------------------------------------------------------------------------------
def test_the_two_make_commands_set_up_and_do_what_they_say():
    make_lines = [ln.split("#")[0].split() for ln in lines_of(blocks("sh")[0])]
    assert make_lines == [["make", "run"], ["make", "test"]]
    for _, target in make_lines:
        r = subprocess.run(["make", "-n", "-B", target], cwd=ROOT, capture_output=True, text=True, timeout=60)
        assert r.returncode == 0, r.stderr
        plan = r.stdout
        # the build requirements go into .venv before anything is built, then the project with its tests
        assert "pip install -q 'setuptools>=77' wheel" in plan
        assert plan.index("setuptools>=77") < plan.index("-e '.[test]'")
        assert ("bin/visualgrad" in plan) if target == "run" else ("pytest" in plan and "lint-imports" in plan)


# ---- the synopsis --------------------------------------------------------------------------------
def test_the_synopsis_names_only_commands_and_options_that_exist():
    usage = blocks("text")[0]
    entries: list[list[str]] = []
    for ln in usage.splitlines():
        if ln.startswith("visualgrad") or ln.startswith("python -m visualgrad"):
            entries.append([ln])
        elif ln.strip():
            entries[-1].append(ln)
    seen = set()
    for entry in entries:
        text = " ".join(entry).split("#")[0]
        words = text.split()
        if words[0] == "python":
            continue
        command = words[1] if len(words) > 1 and words[1] in COMMANDS else None
        seen.add(command)
        if command is None:
            parser = make_app_parser()
        else:
            parser = make_parser()._subparsers._group_actions[0].choices[command]
        known = {s for a in parser._actions for s in a.option_strings}
        for flag in re.findall(r"(?<![\w-])(--?[a-z][\w-]*)", text):
            assert flag in known, f"{flag} in the README's synopsis of {command or 'the app'} does not exist"
    assert seen == {None, *COMMANDS}
    formats = re.search(r"OUT\.\{([a-z,]+)\}", usage).group(1).split(",")
    from visualgrad.cli.export import GRAPH_FORMATS
    from visualgrad.qt.export.options import FORMATS
    assert set(formats) == set(FORMATS) | set(GRAPH_FORMATS)
    from visualgrad.qt.i18n.languages import LANGUAGES
    assert re.search(r"--lang ([a-z|]+)", usage).group(1).split("|") == list(LANGUAGES)
    from visualgrad.qt.canvas.theme import THEMES
    assert set(re.search(r"--theme ([a-z|]+)", usage).group(1).split("|")) == set(THEMES)


# ---- the example commands ----------------------------------------------------------------------------
EXAMPLES = [ln for ln in lines_of(blocks("sh")[1])]


def pdf_pages(path: Path) -> int:
    return len(re.findall(rb"/Type\s*/Page[^s]", path.read_bytes()))


@pytest.mark.parametrize("line", EXAMPLES, ids=[ln.split("#")[0].strip()[:60] for ln in EXAMPLES])
def test_each_example_command_runs_and_does_what_its_comment_says(line, tmp_path, monkeypatch, capsys):
    command, _, comment = line.partition("#")
    argv = shlex.split(command)
    assert argv[0] == "visualgrad"
    monkeypatch.chdir(tmp_path)
    if "--screenshot" in argv:
        # the app itself, as a user starts it (a process of its own, offscreen)
        r = subprocess.run([sys.executable, "-m", "visualgrad", *argv[1:]], capture_output=True, text=True,
                           timeout=120, cwd=tmp_path, env={**_env(tmp_path)})
        assert r.returncode == 0, r.stderr
        out = tmp_path / argv[argv.index("--screenshot") + 1]
        assert out.stat().st_size > 10_000
        return
    if argv[1] == "check":
        monkeypatch.chdir(ROOT)  # the example checks a file of the repository (the Catalan article's code)
    assert main(argv[1:]) == 0
    printed = capsys.readouterr().out
    if argv[1] == "check":
        for name in re.findall(r"\b(d\w+)\b", comment.split(":")[0]):
            assert re.search(rf"^{name} vs ∂loss/∂{name[1:]}: ×0\.5\b", printed, re.M), printed
    elif argv[1] == "practice":
        sheet = Path(argv[argv.index("--worksheet") + 1])
        assert pdf_pages(sheet) >= 2 and "answer key" in comment
    elif argv[1] == "trace" and "--json" in argv:
        data = json.loads(printed)
        assert [s["index"] for s in data["steps"]] == list(range(SEED_STEPS))  # index counts from 0
    elif argv[1] == "trace":
        assert printed.rstrip().endswith("∂L/∂x = 52.1711")
    elif argv[1] == "presets":
        assert "chain-rule" in printed and "vanishing" in printed
    elif argv[1] == "export":
        out = Path(argv[argv.index("-o") + 1])
        if "one page per step" in comment:
            assert pdf_pages(out) == SEED_STEPS
        elif "frame-001.png" in comment:
            named = re.findall(r"(frame-\d{3}\.png)", comment)
            assert sorted(p.name for p in tmp_path.glob("frame-*.png")) == \
                [f"frame-{i:03d}.png" for i in range(1, int(named[-1][6:9]) + 1)]
        elif "GIF animates every step" in comment:
            from PIL import Image

            from visualgrad.presets import get_preset
            assert Image.open(out).n_frames == len(get_preset(argv[argv.index("--preset") + 1]).timeline().steps)
        elif out.suffix == ".svg":
            step = argv[argv.index("--step") + 1]
            assert f"step {step} of {SEED_STEPS}" in out.read_text(encoding="utf-8")
        elif out.suffix == ".graphml":
            import networkx as nx
            assert nx.read_graphml(out).number_of_nodes() == 6
        elif out.suffix == ".pptx":
            from pptx import Presentation
            deck = Presentation(str(out))
            assert len(deck.slides) == SEED_STEPS and "Morph" in comment
            assert _has_morph(out)
        elif out.suffix == ".tex":
            tex = out.read_text(encoding="utf-8")
            assert "\\begin{frame}" in tex and tex.count("\\only<") >= SEED_STEPS - 1
        elif out.suffix == ".dot":
            assert out.read_text(encoding="utf-8").startswith("digraph")
        else:
            pytest.fail(f"no check for {line!r}")


def _has_morph(deck: Path) -> bool:
    import zipfile
    with zipfile.ZipFile(deck) as z:
        return any(b"morph" in z.read(n) for n in z.namelist() if n.startswith("ppt/slides/slide"))


def _env(home: Path) -> dict:
    import os
    env = {k: v for k, v in os.environ.items() if not k.startswith(("XDG_", "VISUALGRAD_"))}
    env.update(HOME=str(home), QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    return env


def test_the_prose_about_step_numbers_matches_the_cli(tmp_path, capsys):
    assert "`--step 11` the last of the seed\nexample's 11 steps" in README
    assert main(["export", "L = 2*(x**2 + exp(x))", "--set", "x=3", "--step", "11", "-o",
                 str(tmp_path / "last.svg")]) == 0
    assert "step 11 of 11" in (tmp_path / "last.svg").read_text(encoding="utf-8")


# ---- the Python block ------------------------------------------------------------------------------------
# A Jupyter cell shows a bare expression's value; the script below does the same (an SVG, a graphviz
# rendering, or the repr) so every line runs as a notebook would run it. vg.show() blocks until its
# window closes, as it says: the prelude closes what is on screen once the event loop runs.
PRELUDE = '''
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from visualgrad.qt.application import application
app = application()
shown = []
def close_windows():
    for w in QApplication.topLevelWidgets():
        if w.isVisible():
            shown.append(type(w).__name__)
            w.close()
QTimer.singleShot(2000, close_windows)
def display(value):
    for method in ("_repr_svg_", "_repr_mimebundle_"):
        if hasattr(value, method):
            assert getattr(value, method)()
            return
    repr(value)
'''


def script_of(block: str) -> str:
    tree = ast.parse(block)
    src_lines = block.splitlines()
    out = [textwrap.dedent(PRELUDE)]
    for st in tree.body:
        text = ast.get_source_segment(block, st)
        comment = src_lines[st.end_lineno - 1].partition("#")[2].strip()
        if isinstance(st, ast.Expr):
            if re.fullmatch(r"-?\d[\d.e+-]*", comment):
                out.append(f"got = repr({text})\nassert got == {comment!r}, got")
            else:
                out.append(f"display({text})")
        else:
            out.append(text)
    out.append('assert "GraphWindow" in shown, shown\nprint("README block ok")')
    return "\n".join(out) + "\n"


def test_the_python_block_runs_and_prints_what_it_says(tmp_path):
    (block,) = blocks("python")
    script = tmp_path / "readme_block.py"
    script.write_text(script_of(block), encoding="utf-8")
    r = subprocess.run([sys.executable, str(script)], cwd=tmp_path, env=_env(tmp_path), capture_output=True,
                       text=True, timeout=180)
    assert r.returncode == 0 and "README block ok" in r.stdout, r.stdout + r.stderr
    assert pdf_pages(tmp_path / "steps.pdf") == SEED_STEPS  # "every step, one page each"
    assert (tmp_path / "step10.png").stat().st_size > 1000
    assert r.stderr.strip() == "", r.stderr


# ---- the architecture tree ----------------------------------------------------------------------------------
def test_the_architecture_tree_matches_the_repository():
    tree = blocks("text")[1]
    listed = []
    for ln in tree.splitlines():
        if ln.startswith(" "):
            continue  # a description's second line
        path = ln.split()[0]
        listed.append(path)
        assert (ROOT / path).exists(), f"the README lists {path}, which is not in the tree"
    text = tree
    for p in sorted((ROOT / "visualgrad").iterdir()):
        if p.name.startswith("__pycache__") or p.name == "__init__.py":
            continue
        assert p.name in text, f"visualgrad/{p.name} is not in the README's architecture section"
    for top in ("tests", "benchmarks", "packaging", "docs", "resources"):
        assert f"{top}/" in listed
