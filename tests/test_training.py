"""Training the network presets through the engine: losses, weights, chunks, cancelling, editing."""
import threading
import time

import numpy as np
import pytest

from visualgrad.presets import PresetError, Trainer, article_weights
from visualgrad.presets.xor import XOR_X, XOR_Y

NAMES = ("W1", "b1", "W2", "b2")


def sig(z):
    return 1 / (1 + np.exp(-z))


def test_xor_loss_decreases_over_2000_epochs():
    t = Trainer("xor-mlp")
    losses = t.step(2000)
    assert len(losses) == 2000 == t.epoch and t.losses == losses
    assert losses[0] == pytest.approx(0.25663, abs=1e-5)  # the article's weights, before any update
    assert losses[-1] < losses[0]
    assert all(b <= a + 1e-15 for a, b in zip(losses, losses[1:]))  # lr 0.1 on this loss: every step helps


def test_xor_is_learned_in_the_articles_10000_epochs():
    """lr 0.1 on the true MSE gradient (twice the article's hand one) learns XOR in 10,000 epochs:
    loss 0.0156, outputs ≈ [0.118, 0.879, 0.879, 0.139]."""
    t = Trainer("xor-mlp")
    t.step(10_000)
    p = t.predictions()
    assert np.array_equal(p.inputs, XOR_X) and np.array_equal(p.targets, XOR_Y)
    assert np.all(np.abs(p.outputs - XOR_Y) < 0.15)
    assert np.array_equal(np.round(p.outputs), XOR_Y)
    assert t.loss == pytest.approx(0.01564, abs=1e-4)


def test_training_matches_pytorch_sgd():
    torch = pytest.importorskip("torch")
    w = {k: torch.tensor(v, dtype=torch.float64, requires_grad=True) for k, v in article_weights().items()}
    X, Y = torch.tensor(XOR_X), torch.tensor(XOR_Y)
    opt = torch.optim.SGD(list(w.values()), lr=0.1)
    want = []
    for _ in range(300):
        opt.zero_grad()
        A2 = torch.sigmoid(w["W2"] @ torch.sigmoid(w["W1"] @ X + w["b1"]) + w["b2"])
        loss = torch.mean((A2 - Y) ** 2)
        loss.backward()
        want.append(loss.item())
        opt.step()
    t = Trainer("xor-mlp")
    assert np.allclose(t.step(300), want, rtol=1e-9, atol=0)
    for k in NAMES:
        assert np.allclose(t.params[k], w[k].detach().numpy(), rtol=1e-9, atol=0)


def test_the_articles_loop_is_ours_at_half_the_learning_rate():
    """The article's hand gradients are half the true ones, so its lr 0.1 run is our lr 0.05 run."""
    w = article_weights()
    X, Y, m, lr = XOR_X, XOR_Y, 4, 0.1
    printed = []
    for _ in range(500):  # the article's loop, verbatim
        Z1 = np.dot(w["W1"], X) + w["b1"]
        A1 = sig(Z1)
        Z2 = np.dot(w["W2"], A1) + w["b2"]
        A2 = sig(Z2)
        printed.append(np.mean((A2 - Y) ** 2))
        dZ2 = (A2 - Y) * sig(Z2) * (1 - sig(Z2))
        dW2 = (1 / m) * np.dot(dZ2, A1.T)
        db2 = (1 / m) * np.sum(dZ2, axis=1, keepdims=True)
        dZ1 = np.dot(w["W2"].T, dZ2) * sig(Z1) * (1 - sig(Z1))
        dW1 = (1 / m) * np.dot(dZ1, X.T)
        db1 = (1 / m) * np.sum(dZ1, axis=1, keepdims=True)
        w["W1"] -= lr * dW1
        w["b1"] -= lr * db1
        w["W2"] -= lr * dW2
        w["b2"] -= lr * db2
    ours = Trainer("xor-mlp", learning_rate=0.05)
    assert np.allclose(ours.step(500), printed, rtol=1e-9, atol=0)
    for k in NAMES:
        assert np.allclose(ours.params[k], w[k], rtol=1e-9, atol=0)


def test_chunks_add_up_to_one_run():
    a, b = Trainer("xor-mlp"), Trainer("xor-mlp")
    a.step(300)
    for _ in range(3):
        b.step(100)
    assert a.losses == b.losses and all(np.array_equal(a.params[k], b.params[k]) for k in NAMES)


def test_run_reports_progress_and_stops_when_cancelled():
    t = Trainer("xor-mlp")
    seen = []

    def progress(done, total):
        seen.append((done, total))
        if done >= 300:
            t.cancel()  # what the GUI's Stop button does, from its thread, between chunks

    ran = t.run(10_000, chunk=100, progress=progress)
    assert seen == [(100, 10_000), (200, 10_000), (300, 10_000)]
    assert len(ran) == 300 == t.epoch and t.cancelled
    assert len(t.run(250, chunk=100)) == 250 and t.epoch == 550 and not t.cancelled  # a new run starts afresh
    assert len(t.run(1000, chunk=100, should_stop=lambda: t.epoch >= 750)) == 200


def test_a_stop_before_the_run_starts_is_not_lost():
    t = Trainer("xor-mlp")
    t.cancel()
    assert t.run(1000) == [] and t.cancelled and t.epoch == 0
    assert len(t.run(100)) == 100


def test_cancel_from_another_thread():
    t = Trainer("xor-mlp")
    started = threading.Event()
    # daemon, and a should_stop after a minute: a failing assertion must not leave a thread running
    # ten million epochs that keeps the test process from exiting.
    deadline = time.monotonic() + 60
    worker = threading.Thread(target=t.run, args=(10_000_000,), daemon=True,
                              kwargs={"chunk": 50, "progress": lambda done, total: started.set(),
                                      "should_stop": lambda: time.monotonic() > deadline})
    worker.start()
    assert started.wait(timeout=30)
    t.cancel()
    worker.join(timeout=30)
    assert not worker.is_alive() and t.cancelled and t.epoch < 10_000_000


def test_reset_goes_back_to_the_start():
    t = Trainer("xor-mlp")
    first = t.loss
    t.step(50)
    t.set_param("b2", 3.0)
    t.reset()
    assert t.epoch == 0 and t.losses == [] and t.loss == first
    assert all(np.array_equal(t.params[k], v) for k, v in article_weights().items())


def test_editing_a_weight_or_an_input_changes_the_loss_and_outputs():
    t = Trainer("xor-mlp")
    before, out = t.loss, t.predictions().outputs
    t.set_param("W2", [[2.0, -2.0]])
    assert t.loss != before and not np.allclose(t.predictions().outputs, out)
    assert np.array_equal(t.params["W2"], [[2.0, -2.0]])
    t.set_input("Y", [[1, 0, 0, 1]])
    assert np.array_equal(t.predictions().targets, [[1, 0, 0, 1]])
    with pytest.raises(KeyError, match="W3"):
        t.set_param("W3", 1)
    with pytest.raises(KeyError, match="no weight named 'X'"):
        t.set_param("X", XOR_X)
    with pytest.raises(ValueError, match="shape"):
        t.set_param("W1", [1, 2])


def test_learning_rate_is_settable_and_used():
    t = Trainer("xor-mlp")
    g = t.gradients()
    w1 = t.params["W1"]
    t.learning_rate = 2.0
    t.step(1)
    assert np.allclose(t.params["W1"], w1 - 2.0 * g["W1"], rtol=1e-15, atol=0)
    for bad in (-1, float("nan")):
        with pytest.raises(ValueError):
            t.learning_rate = bad


def test_timeline_shows_the_current_weights_and_the_update():
    t = Trainer("xor-mlp")
    t.step(100)
    now, g = t.params, t.gradients()
    tl = t.timeline()
    w1 = next(n for n in tl.nodes.values() if n.label == "W1")
    assert np.array_equal(w1.value, now["W1"]) and np.allclose(w1.grad, g["W1"], rtol=1e-15)
    assert np.allclose(w1.updated, now["W1"] - 0.1 * g["W1"], rtol=1e-15)
    assert [s.phase for s in tl.steps if s.phase == "update"] == ["update"] * 4
    assert "W1 ← W1 − η·∂L/∂W1" in next(s.text for s in tl.steps if s.phase == "update")
    # one step of training is exactly what the update phase showed
    t.step(1)
    assert np.allclose(t.params["W1"], w1.updated, rtol=1e-15, atol=0)


def test_timeline_in_the_scalar_view():
    t = Trainer("xor-mlp", view="scalar")
    t.step(10)
    tl = t.timeline()
    assert len(tl.nodes) == 94
    w = next(n for n in tl.nodes.values() if n.label == "W1_01")
    assert float(w.value) == t.params["W1"][0, 1]
    assert sum(s.phase == "update" for s in tl.steps) == 9
    assert len(t.timeline(view="tensor").nodes) == 15


def test_the_neuron_trains_too():
    t = Trainer("neuron")
    assert t.learning_rate == 0.5 and set(t.params) == {"w", "b"}
    assert t.step(1) == [0.25]
    assert float(t.params["w"]) == 0.75 and float(t.params["b"]) == -0.875
    t.step(200)
    p = t.predictions()
    assert float(p.targets) == 1.0 and float(p.outputs) > 0.9 and t.losses[-1] < t.losses[0]


def test_only_trainable_presets():
    with pytest.raises(PresetError, match="nothing to train"):
        Trainer("vanishing")
    with pytest.raises(KeyError):
        Trainer("nope")
