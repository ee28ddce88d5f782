"""Every code block of the four articles, as written (tests/articles/, indentation restored), through
`visualgrad trace` and `visualgrad check`: the numbers the article's readers get.

The Dutch and Japanese articles have no code block (see tests/articles/README.md). The window's side
is in tests/gui/test_check_window.py.
"""
import json
import re
import time
from pathlib import Path

import numpy as np

from visualgrad.cli import main

ARTICLES = Path(__file__).parent / "articles"
CATALAN = ARTICLES / "ca_xarxa_dues_capes.py"
CHAIN = ARTICLES / "ko_chain_rule_by_hand_vs_autograd.py"
DIAGNOSTIC = ARTICLES / "ko_vanishing_gradient_diagnostic.py"
EXERCISE = ARTICLES / "ko_exercise_sigmoid_vs_relu.py"

# What NumPy prints for the Catalan article (python3 ca_xarxa_dues_capes.py, numpy's own arithmetic).
CATALAN_PRINTS = ["Epoch 0, Loss: 0.2566", "Epoch 1000, Loss: 0.2497", "Epoch 2000, Loss: 0.2488",
                  "Epoch 3000, Loss: 0.2474", "Epoch 4000, Loss: 0.2447", "Epoch 5000, Loss: 0.2400",
                  "Epoch 6000, Loss: 0.2323", "Epoch 7000, Loss: 0.2215", "Epoch 8000, Loss: 0.2082",
                  "Epoch 9000, Loss: 0.1946", "Sortida final:"]
CATALAN_A2 = [0.25584718, 0.64147818, 0.57403497, 0.59318451]


def printed(out: str) -> list[str]:
    """The program's own output: what `trace` writes before its "Forward pass" section."""
    return out.split("Forward pass", 1)[0].strip("\n").splitlines()


def test_every_article_block_is_a_file():
    assert sorted(p.name for p in ARTICLES.glob("*.py")) == sorted(
        [CATALAN.name, CHAIN.name, DIAGNOSTIC.name, EXERCISE.name])
    for path in ARTICLES.glob("*.py"):
        assert "\t" not in path.read_text(encoding="utf-8"), path.name  # four spaces, as the pages show
    catalan = CATALAN.read_text(encoding="utf-8").splitlines()
    assert "    if i % 1000 == 0:" in catalan and '        print(f"Epoch {i}, Loss: {loss:.4f}")' in catalan
    assert catalan[catalan.index("# Resultats finals") - 1] == '        print(f"Epoch {i}, Loss: {loss:.4f}")'


def numpy_catalan_seconds() -> float:
    """CPU seconds of the article's loop in NumPy itself (written out here, as the oracle of speed)."""
    t0 = time.process_time()

    def sigmoid(z):
        return 1 / (1 + np.exp(-z))
    np.random.seed(42)
    W1, b1, W2, b2 = np.random.randn(2, 2), np.zeros((2, 1)), np.random.randn(1, 2), np.zeros((1, 1))
    X, Y = np.array([[0, 0, 1, 1], [0, 1, 0, 1]]), np.array([[0, 1, 1, 0]])
    for _ in range(10000):
        Z1 = np.dot(W1, X) + b1
        A1 = sigmoid(Z1)
        Z2 = np.dot(W2, A1) + b2
        A2 = sigmoid(Z2)
        m = X.shape[1]
        np.mean((A2 - Y) ** 2)
        dZ2 = (A2 - Y) * sigmoid(Z2) * (1 - sigmoid(Z2))
        dW2, db2 = (1 / m) * np.dot(dZ2, A1.T), (1 / m) * np.sum(dZ2, axis=1, keepdims=True)
        dZ1 = np.dot(W2.T, dZ2) * sigmoid(Z1) * (1 - sigmoid(Z1))
        dW1, db1 = (1 / m) * np.dot(dZ1, X.T), (1 / m) * np.sum(dZ1, axis=1, keepdims=True)
        W1, b1, W2, b2 = W1 - 0.1 * dW1, b1 - 0.1 * db1, W2 - 0.1 * dW2, b2 - 0.1 * db2
    return time.process_time() - t0


def test_catalan_network_runs_as_written_and_prints_the_articles_numbers(capsys):
    t0 = time.process_time()  # CPU time: the wall clock of a shared machine says little
    assert main(["trace", str(CATALAN)]) == 0
    elapsed = time.process_time() - t0
    out = printed(capsys.readouterr().out)
    assert out[:11] == CATALAN_PRINTS
    final = [float(x) for x in re.findall(r"-?\d+\.\d+", out[11])]
    assert out[11].startswith("[[") and np.allclose(final, CATALAN_A2, rtol=0, atol=5e-9)
    # "10,000 epochs within a couple of seconds": NumPy alone takes ~0.3 s of CPU on an idle machine;
    # held relative to it, so a loaded machine slows both alike.
    reference = numpy_catalan_seconds()
    assert elapsed < 12 * reference, f"10,000 epochs took {elapsed:.1f} s of CPU; NumPy alone {reference:.2f} s"


def test_catalan_check_reports_half_for_parameters_and_twice_per_example(capsys):
    assert main(["check", str(CATALAN)]) == 0
    lines = capsys.readouterr().out.splitlines()
    by_hand = {ln.split(" vs ")[0]: ln for ln in lines[:-1]}
    for name in ("dW1", "db1", "dW2", "db2"):
        assert by_hand[name].startswith(f"{name} vs ∂loss/∂{name[1:]}: ×0.5 (½: the 2 of the squared error"), name
    for name in ("dZ2", "dZ1"):
        assert by_hand[name].startswith(f"{name} vs ∂loss/∂{name[1:]}: ×2 (½"), name
        assert "×4 per example" in by_hand[name]
    assert lines[-1] == ("6 hand gradients checked against autograd's ∂loss, on the first of the loop's 10000 "
                         "iterations: 4 ×0.5, 2 ×2")
    assert main(["check", str(CATALAN), "--json"]) == 0
    rows = {r["hand"]: r for r in json.loads(capsys.readouterr().out)}
    assert rows["dW2"] == {"hand": "dW2", "of": "W2", "verdict": "factor", "factor": 0.5,
                           "max_abs_diff": rows["dW2"]["max_abs_diff"]}
    assert rows["dW2"]["max_abs_diff"] > 0


def test_korean_chain_rule_by_hand_and_autograd_agree(capsys):
    assert main(["trace", str(CHAIN)]) == 0
    out = capsys.readouterr().out
    assert printed(out)[:2] == ["manual: 52.1711", "autograd: 52.1711"]
    assert "∂L/∂x = 52.1711" in out


def _norms(lines: list[str]) -> tuple[float, float]:
    first = float(lines[0].split(":")[1])
    last = float(lines[1].split(":")[1])
    return first, last


def test_korean_vanishing_diagnostic_first_layer_far_below_the_last(capsys):
    assert main(["trace", str(DIAGNOSTIC), "--json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    texts = [p["text"] for p in doc["printed"]]
    assert texts[0].startswith("first-layer grad norm: ") and texts[1].startswith("last-layer grad norm:  ")
    first, last = _norms(texts)
    assert last > 0.1 and first < last * 1e-3, texts
    assert any("not PyTorch" in n for n in doc["notes"])
    linears = [n for n in doc["nodes"] if n["op"] in ("matmul", "mm", "addmm", "linear")]
    assert len(linears) >= 51  # 50 Linear(64, 64) and the head


def test_korean_exercise_sigmoid_vanishes_relu_does_not(capsys):
    assert main(["trace", str(EXERCISE), "--json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    ratios = {}
    for p in doc["printed"]:
        m = re.match(r"(\w+): first ([\d.e+-]+), last ([\d.e+-]+), ratio", p["text"])
        ratios[m.group(1)] = float(m.group(2)) / float(m.group(3))
    assert ratios["sigmoid"] < 1e-6
    assert ratios["relu"] > 1e-2
