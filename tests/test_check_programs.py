"""`visualgrad check` on real programs: the hand-backprop corpus (tests/check_corpus/) and its command line.

Each corpus file says what the check must find (`# expect: dW2 factor 0.5 half`); together they cover
every verdict. The gradients the check compares with are autograd's through the same recorded graph
(tested against torch in test_check_graph.py).
"""
import json
import re
from pathlib import Path

import pytest

from visualgrad.check import VERDICTS
from visualgrad.check.program import check_program
from visualgrad.cli import main

CORPUS = Path(__file__).parent / "check_corpus"
FILES = sorted(CORPUS.glob("*.py"))


def expectations(path: Path) -> tuple[dict, str | None]:
    """{hand: (verdict, factor or None, causes)} and the --loss name, from the file's header."""
    out, loss = {}, None
    for text in path.read_text(encoding="utf-8").splitlines():
        m = re.match(r"# expect: (\w+) (\w+)(?: ([-\d./]+))?((?: [\w:]+)*)$", text)
        if m:
            causes = tuple((c.split(":")[0], int(c.split(":")[1]) if ":" in c else None)
                           for c in m.group(4).split())
            out[m.group(1)] = (m.group(2), float(eval_fraction(m.group(3))) if m.group(3) else None, causes)
        elif text.startswith("# loss: "):
            loss = text.split(": ", 1)[1].strip()
    return out, loss


def eval_fraction(text: str) -> float:
    num, _, den = text.partition("/")
    return float(num) / float(den or 1)


def test_the_corpus_covers_every_verdict_and_cause():
    seen, causes = set(), set()
    for path in FILES:
        exp, _ = expectations(path)
        assert exp, f"{path.name} has no # expect: lines"
        for verdict, _, why in exp.values():
            seen.add(verdict)
            causes.update(c for c, _ in why)
    assert seen == set(VERDICTS)
    assert causes >= {"half", "double", "no_mean", "extra_mean"}
    assert len(FILES) >= 10


@pytest.mark.parametrize("path", FILES, ids=[p.stem for p in FILES])
def test_corpus_program(path):
    exp, loss = expectations(path)
    report = check_program(path.read_text(encoding="utf-8"), loss=loss)
    got = {f.hand: f for f in report.findings}
    assert set(got) == set(exp), f"hand gradients found: {sorted(got)}"
    for hand, (verdict, factor, causes) in exp.items():
        f = got[hand]
        assert f.verdict == verdict, (hand, f.result)
        if factor is not None:
            assert f.factor == pytest.approx(factor, rel=1e-9), hand
        if verdict == "factor":
            assert f.result.causes == causes, hand


def test_check_command_prints_a_line_per_hand_gradient_and_a_summary(capsys):
    path = CORPUS / "numpy_dropped_two.py"
    assert main(["check", str(path)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("dW vs ∂loss/∂W: ×0.5 (½: the 2 of the squared error is dropped")
    assert out[1].startswith("db vs ∂loss/∂b: ×0.5")
    assert out[2] == "2 hand gradients checked against autograd's ∂loss: 2 ×0.5"


def test_check_command_json(capsys):
    assert main(["check", str(CORPUS / "numpy_transposed.py"), "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert all(set(r) == {"hand", "of", "verdict", "factor", "max_abs_diff"} for r in rows)
    assert {r["hand"]: r["verdict"] for r in rows}["dW1"] == "transposed"
    assert {r["hand"]: r["of"] for r in rows}["dW1"] == "W1"


def test_check_command_loss_option_and_refusals(capsys):
    prog = "import numpy as np\nw = np.array([2.0])\nJ2 = np.sum(w ** 2)\ndw = 2 * w\n"
    assert main(["check", prog, "--loss", "J2"]) == 0
    assert capsys.readouterr().out.splitlines()[0].startswith("dw vs ∂J2/∂w: equal")
    assert main(["check", prog, "--loss", "nope"]) == 2
    assert "no tensor or array named 'nope'" in capsys.readouterr().err
    assert main(["check", "import numpy as np\nw = np.array([2.0, 1.0])\n"]) == 2
    assert "no loss found" in capsys.readouterr().err


def test_check_says_when_there_is_no_hand_gradient(capsys):
    assert main(["check", "import numpy as np\nw = np.array([2.0])\nloss = np.sum(w ** 2)\n"]) == 0
    assert "no hand gradient found: name the gradient of W2 dW2" in capsys.readouterr().out


def test_a_loss_of_several_numbers_is_checked_with_the_seed_backward_was_given():
    report = check_program("import torch\nx = torch.tensor([1.0, 2.0], requires_grad=True)\ny = x ** 2\n"
                           "y.backward(gradient=torch.tensor([1.0, 0.5]))\ndx = 2 * x * torch.tensor([1.0, 0.5])\n"
                           "dy = torch.tensor([1.0, 0.5])\n")
    assert report.loss_name == "y"
    assert {f.hand: f.verdict for f in report.findings} == {"dx": "equal", "dy": "equal"}
