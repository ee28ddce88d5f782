"""`visualgrad practice`: one question per line, one answer per line, the working for a wrong one, the score."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from visualgrad.cli import main
from visualgrad.timeline import from_text
from visualgrad.timeline.practice import questions

SEED = "L = 2*(x**2 + exp(x))"
ROOT = Path(__file__).resolve().parents[1]


def practice(monkeypatch, capsys, answers: str, *args):
    import io
    monkeypatch.setattr(sys, "stdin", io.StringIO(answers))
    code = main(["practice", *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_right_answers_score_n_of_n(monkeypatch, capsys):
    code, out, err = practice(monkeypatch, capsys, "1\n2\n2\n2\n52.17\n", SEED, "--set", "x=3")
    assert code == 0 and err == ""
    lines = out.splitlines()
    asked = [ln for ln in lines if ln.endswith("= ?")]
    assert asked == ["∂L/∂L = ?", "∂L/∂(x² + exp(x)) = ?", "∂L/∂(x²) = ?", "∂L/∂(exp(x)) = ?", "∂L/∂x = ?"]
    assert lines[-1] == "score 5/5"
    assert "×" not in out


def test_zeros_score_less_and_print_the_working(monkeypatch, capsys):
    code, out, err = practice(monkeypatch, capsys, "0\n" * 5, SEED, "--set", "x=3")
    assert code == 0
    assert out.splitlines()[-1] == "score 0/5"
    assert "not quite: ∂L/∂x = 52.1711" in out
    assert "∂L/∂(x²) × ∂(x²)/∂x = 2 × 2·x = 2 × 6 = 12" in out
    assert "∂L/∂x = 12 + 40.1711 = 52.1711" in out


def test_end_of_input_stops_with_the_score_so_far(monkeypatch, capsys):
    code, out, _ = practice(monkeypatch, capsys, "1\n0\n", SEED, "--set", "x=3")
    assert code == 0 and out.splitlines()[-1] == "score 1/2"
    assert "∂L/∂x = ?" not in out


@pytest.mark.parametrize("preset", ["chain-rule", "neuron", "xor-mlp"])
def test_presets_and_tensors_in_the_terminal(monkeypatch, capsys, preset):
    from visualgrad.presets import get_preset
    qs = questions(get_preset(preset).timeline(None))
    answers = "".join(f"{q.answer!r}\n" for q in qs)
    code, out, _ = practice(monkeypatch, capsys, answers, "--preset", preset)
    assert code == 0 and out.splitlines()[-1] == f"score {len(qs)}/{len(qs)}"
    assert [ln for ln in out.splitlines() if ln.endswith("= ?")] == [q.prompt for q in qs]


def test_a_real_terminal_pipe(tmp_path):
    program = tmp_path / "seed.py"
    program.write_text(SEED + "\n", encoding="utf-8")
    tl = from_text(SEED, {"x": 2.0})
    answers = "".join(f"{q.answer:.4f}\n" for q in questions(tl))
    r = subprocess.run([sys.executable, "-m", "visualgrad", "practice", str(program), "--set", "x=2"],
                       input=answers, capture_output=True, text=True, cwd=ROOT, timeout=60,
                       env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin", "PYTHONIOENCODING": "utf-8"})
    assert r.returncode == 0, r.stderr
    assert r.stdout.splitlines()[-1] == "score 5/5"


def test_bad_programs_exit_2_like_trace(monkeypatch, capsys):
    code, out, err = practice(monkeypatch, capsys, "", "L = 2*(x**2", "--set", "x=3")
    assert code == 2 and "column" in err.lower()
    code, _, err = practice(monkeypatch, capsys, "", "--preset", "nope")
    assert code == 2 and "no preset named" in err


def test_forward_values_first_when_asked(monkeypatch, capsys):
    code, out, _ = practice(monkeypatch, capsys, "9\n20.09\n0\n", SEED, "--set", "x=3", "--forward")
    asked = [ln for ln in out.splitlines() if ln.endswith("= ?")]
    assert asked == ["x² = ?", "exp(x) = ?", "x² + exp(x) = ?", "L = ?"]  # the fourth meets the end of input
    assert "x² + exp(x) = 9 + 20.09 = 29.0855" in out and out.splitlines()[-1] == "score 2/3"


def test_help_lists_the_command(capsys):
    with pytest.raises(SystemExit):
        main(["practice", "--help"])
    out = capsys.readouterr().out
    assert "--worksheet" in out and "--forward" in out
