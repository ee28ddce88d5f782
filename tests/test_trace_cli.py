"""`visualgrad trace`: the readable traceback, the JSON contract, and clean refusals (exit 2)."""
from __future__ import annotations

import json
import math
import subprocess
import sys
from pathlib import Path

import pytest

from visualgrad.cli import main

SEED = "L = 2*(x**2 + exp(x))"


def trace(capsys, *args):
    code = main(["trace", *args])
    out, err = capsys.readouterr()
    return code, out, err


def strict_json(text: str):
    """json.loads that refuses NaN/Infinity literals: the contract is strict JSON."""
    def refuse(name):
        raise ValueError(f"non-standard JSON constant {name}")
    return json.loads(text, parse_constant=refuse)


def test_text_reads_forward_then_backward_and_ends_with_the_gradient(capsys):
    code, out, err = trace(capsys, SEED, "--set", "x=3")
    assert code == 0 and err == ""
    lines = out.rstrip("\n").splitlines()
    assert lines[-1].strip() == "∂L/∂x = 52.1711"
    assert lines[0] == "Forward pass"
    assert out.index("Forward: x² = 3² = 9.") < out.index("Loss: L = 58.1711") < out.index("Backward pass")
    # the backward pass as a traceback read from the loss back: each frame's line, text and blame
    frames = [ln.strip() for ln in lines if ln.startswith("  line 1, in ")]
    assert frames == ["line 1, in L = 2·(x² + exp(x))", "line 1, in x² + exp(x)", "line 1, in x²", "line 1, in exp(x)"]
    assert "passed to x: 2 × 2·x = 2 × 6 = 12" in out
    assert "passed to x: 2 × exp(x) = 2 × 20.09 = 40.17" in out


def test_a_file_works_like_text(capsys, tmp_path):
    path = tmp_path / "seed.txt"
    path.write_text("# the seed example\nx = 3.0\n" + SEED + "\n", encoding="utf-8")
    code, out, _ = trace(capsys, str(path))
    assert code == 0 and out.rstrip().endswith("∂L/∂x = 52.1711")
    assert "line 3, in L = 2·(x² + exp(x))" in out


def test_json_is_the_stable_contract(capsys):
    code, out, _ = trace(capsys, "a = x**2\nb = exp(x)\nL = 2*(a + b)", "--set", "x=3", "--json")
    assert code == 0
    doc = strict_json(out)
    assert set(doc) == {"output", "nodes", "steps"}
    nodes = doc["nodes"]
    assert [n["id"] for n in nodes] == list(range(len(nodes)))
    for n in nodes:
        assert set(n) == {"id", "name", "op", "role", "inputs", "value", "grad", "line"}
        assert all(i < n["id"] for i in n["inputs"])  # ids are positions in a topological order
        assert n["role"] in ("input", "parameter", "constant", "intermediate", "output")
    by_name = {n["name"]: n for n in nodes}
    assert by_name["x"]["grad"] == pytest.approx(2 * (6 + math.exp(3)), rel=1e-15)
    assert by_name["L"]["id"] == doc["output"] and by_name["L"]["role"] == "output" and by_name["L"]["grad"] == 1.0
    assert by_name["a"] == {"id": by_name["a"]["id"], "name": "a", "op": "pow", "role": "intermediate",
                            "inputs": [by_name["x"]["id"]], "value": 9.0, "grad": 2.0, "line": 1}
    # every named leaf and node has a grad; the constant 2 has none, as in PyTorch
    assert all((n["grad"] is None) == (n["role"] == "constant") for n in nodes)
    steps = doc["steps"]
    assert [s["phase"] for s in steps] == ["inputs"] + ["forward"] * 4 + ["loss", "seed"] + ["backward"] * 4
    assert [s["index"] for s in steps] == list(range(len(steps)))
    assert steps[0]["node"] is None and steps[5]["node"] == doc["output"]
    assert all(set(s) == {"index", "phase", "node", "text"} and s["text"] for s in steps)


def test_json_tensors_are_nested_lists(capsys):
    code, out, _ = trace(capsys, "W = [[0.5, -0.2], [0.1, 0.4]]\nv = [1, 2]\nL = sum(W @ v)", "--json")
    doc = strict_json(out)
    W = next(n for n in doc["nodes"] if n["name"] == "W")
    assert W["value"] == [[0.5, -0.2], [0.1, 0.4]] and W["grad"] == [[1.0, 2.0], [1.0, 2.0]]


def test_json_spells_nan_and_infinities_as_strings(capsys):
    code, out, _ = trace(capsys, "L = sqrt(x) + log(y) - exp(z)", "--set", "x=-1", "--set", "y=0", "--set", "z=1000",
                         "--json")
    assert code == 0
    nodes = {n["name"]: n for n in strict_json(out)["nodes"]}
    assert nodes["√x"]["value"] == "nan" and nodes["x"]["grad"] == "nan"
    assert nodes["ln(y)"]["value"] == "-inf" and nodes["y"]["grad"] == "inf"
    assert nodes["exp(z)"]["value"] == "inf" and nodes["L"]["value"] == "nan"


@pytest.mark.parametrize("args,words", [
    (["L = 2*(x**2 + exp(x)"], "line 1, column 7: this is not valid Python: '(' was never closed"),
    (["a = 1\nL = expp(a)"], "line 2, column 5: unknown function 'expp' — did you mean 'exp'?"),
    (["x = 1\ntry:\n    L = x\nexcept ValueError:\n    L = 0"], "line 2, column 1: try/except is not part of the language"),
    ([SEED, "--set", "q=1"], "there is no input named 'q' to set; the inputs are: x"),
    ([SEED, "--set", "x=abc"], "--set x: 'abc' is not a number or a list of numbers"),
    ([SEED, "--set", "x"], "--set takes NAME=VALUE"),
    ([SEED, "--set", 'x=[1, "a"]'], "the value given for 'x' is not a number or a rectangular list of numbers"),
    (["W = [[1, 2], [3, 4]]\nL = sum(W @ v)", "--set", "v=[1, 2, 3]"], "line 2, column 9: matmul: shapes"),
])
def test_bad_input_exits_2_with_the_message_and_no_traceback(capsys, args, words):
    code, out, err = trace(capsys, *args)
    assert code == 2 and out == ""
    assert words in err and "Traceback" not in err
    if words.startswith("line"):  # the offending line and a caret under it
        assert err.splitlines()[2].strip().startswith("^")


def visualgrad_command() -> list[str]:
    exe = Path(sys.executable).with_name("visualgrad")
    return [str(exe)] if exe.exists() else [sys.executable, "-m", "visualgrad"]


def test_the_installed_command(tmp_path):
    ok = subprocess.run(visualgrad_command() + ["trace", SEED, "--set", "x=3"], capture_output=True, text=True,
                        timeout=120, encoding="utf-8")
    assert ok.returncode == 0 and ok.stdout.rstrip().endswith("∂L/∂x = 52.1711")
    bad = subprocess.run(visualgrad_command() + ["trace", "L = 2*(x"], capture_output=True, text=True,
                         timeout=120, encoding="utf-8")
    assert bad.returncode == 2 and bad.stdout == ""
    assert bad.stderr.startswith("line 1, column 7: ") and "Traceback" not in bad.stderr


def test_numbers_read_as_people_write_them():
    from visualgrad.fmt import format_number, format_value, to_json
    assert [format_number(v) for v in (58.171073846, -3.0, -0.0, 1e-5, -2.5e-7, 1e20)] == \
        ["58.1711", "−3", "0", "1e−5", "−2.5e−7", "1e20"]
    assert [format_number(v) for v in (float("nan"), float("inf"), float("-inf"))] == ["NaN", "∞", "−∞"]
    assert format_value([[1, 2], [3, 4]]) == "[[1, 2], [3, 4]]"
    assert format_value(list(range(12))) == "12 [0, 1, 2, 3, 4, 5, …]"
    assert to_json([[float("nan"), 1], [float("inf"), float("-inf")]]) == [["nan", 1.0], ["inf", "-inf"]]
