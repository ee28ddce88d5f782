"""Long NumPy training loops: the epochs after the first two replay the recorded graph on the engine's Tape,
and give exactly what NumPy itself prints and computes. Where replay would not be exact (a random draw
or a changing Python number inside the loop), every epoch is interpreted instead."""
from __future__ import annotations

import contextlib
import io
import time
from pathlib import Path

import numpy as np
import pytest

from visualgrad.lang import build
from visualgrad.lang import replay as replay_module

CATALAN = Path(__file__).parent / "articles" / "ca_xarxa_dues_capes.py"


def numpy_run(text: str):
    out = io.StringIO()
    ns: dict = {}
    with contextlib.redirect_stdout(out):
        exec(compile(text, "<numpy>", "exec"), ns)  # noqa: S102 - the oracle, in the test only
    return ns, out.getvalue().splitlines()


@pytest.fixture
def replayed(monkeypatch):
    """Counts the epochs that ran on the tape."""
    count = {"epochs": 0}
    real = replay_module.EpochReplay.epoch

    def epoch(self, fr):
        count["epochs"] += 1
        return real(self, fr)
    monkeypatch.setattr(replay_module.EpochReplay, "epoch", epoch)
    return count


LOOP = """import numpy as np
np.random.seed(3)
W = np.random.randn(3, 1)
X = np.random.randn(8, 3)
Y = (X[:, 0:1] > 0) * 1.0
lr = 0.3
for i in range(EPOCHS):
    Z = X @ W
    A = 1 / (1 + np.exp(-Z))
    loss = np.mean((A - Y) ** 2)
    dA = 2 * (A - Y) / X.shape[0]
    dW = X.T @ (dA * A * (1 - A))
    W -= lr * dW
    if i % 50 == 0:
        print(f"{i}: {loss:.10f}")
print(W)
"""


def test_a_numpy_loop_replays_and_equals_numpy(replayed):
    text = LOOP.replace("EPOCHS", "300")
    b = build(text)
    ns, printed = numpy_run(text)
    assert "\n".join(t for _, t in b.printed).splitlines() == printed
    np.testing.assert_allclose(b.final["W"].data, ns["W"], rtol=1e-12)
    assert replayed["epochs"] == 300 - 3  # epoch 0 shown, 1 and 2 recorded, the rest on the tape
    assert len(b.losses) == 300 and b.losses[-1] == pytest.approx(float(ns["loss"]), rel=1e-12)


def test_replay_gives_bit_for_bit_what_interpreting_every_epoch_gives(monkeypatch):
    text = LOOP.replace("EPOCHS", "200")
    replayed = build(text)
    monkeypatch.setattr(replay_module, "replayable", lambda loop, module: False)
    interpreted = build(text)
    assert replayed.printed == interpreted.printed and replayed.losses == interpreted.losses
    np.testing.assert_array_equal(replayed.final["W"].data, interpreted.final["W"].data)
    np.testing.assert_array_equal(replayed.final["A"].data, interpreted.final["A"].data)


@pytest.mark.parametrize("change", [
    ("    Z = X @ W", "    Z = X @ W + 0.001 * np.random.randn(8, 1)"),  # a new draw every epoch
    ("    W -= lr * dW", "    W -= lr * dW\n    lr = lr * 0.99"),  # a Python number that changes
])
def test_what_replay_cannot_follow_is_interpreted(change, replayed):
    text = LOOP.replace("EPOCHS", "120").replace(*change)
    b = build(text)
    ns, printed = numpy_run(text)
    assert "\n".join(t for _, t in b.printed).splitlines() == printed
    np.testing.assert_allclose(b.final["W"].data, ns["W"], rtol=1e-12)
    assert replayed["epochs"] == 0


def test_the_catalan_article_runs_its_ten_thousand_epochs_quickly(replayed):
    text = CATALAN.read_text(encoding="utf-8")
    start = time.perf_counter()
    b = build(text)
    seconds = time.perf_counter() - start
    ns, printed = numpy_run(text)
    assert "\n".join(t for _, t in b.printed).splitlines() == printed
    assert printed[0] == "Epoch 0, Loss: 0.2566"
    assert replayed["epochs"] == 10_000 - 3
    assert (b.iteration, b.iterations, len(b.losses)) == (0, 10_000, 10_000)
    assert seconds < 30  # about 2 s on an idle machine; the bound only catches a fall back to interpreting


def test_a_mask_read_off_the_data_is_never_replayed(replayed):
    # (Z > 0) is a constant made from the data: replaying epoch 2's mask would be wrong later on.
    text = LOOP.replace("EPOCHS", "150").replace("    A = 1 / (1 + np.exp(-Z))", "    A = Z * (Z > 0) + 0.5")
    b = build(text)
    ns, printed = numpy_run(text)
    assert "\n".join(t for _, t in b.printed).splitlines() == printed
    np.testing.assert_allclose(b.final["W"].data, ns["W"], rtol=1e-12)
    assert replayed["epochs"] == 0
