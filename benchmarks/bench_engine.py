"""The engine against hand-written numpy (the floor), on the seeds' two workloads.

1. XOR: the Catalan article's 2-2-1 sigmoid network (W1 2×2, b1 2×1, W2 1×2, b2 1×1, column samples),
   full batch of the 4 XOR rows, MSE loss, 2000 epochs of SGD with lr 0.1.
2. Deep sigmoid stack: the Korean article's 50 × (Linear 64→64 + sigmoid), batch 8, forward + backward
   of the sum of the outputs (the article's "vanishing gradient diagnostic", without its 64→1 head).

visualgrad records the whole graph every epoch (a fresh Tensor per op, then backward()), exactly as
a user's loop would. The numpy floor is the article's code made exact and lean: np.dot and np.mean as
the article writes them, the true MSE gradient 2/m·(A2 − Y) (the article drops the 2), activations
reused (a·(1−a)) instead of recomputed. Every contender's final weights are checked against it.
Runs are interleaved, REPEATS times, in one process; we print wall-clock medians and the ratio to
numpy (target ≤ 2.0×). PyTorch (float64, CPU) and micrograd are timed when importable, for reference.

PyTorch threads: these tensors are tiny (at most 8×64 @ 64×64) and numpy's OpenBLAS stays on one
thread at these sizes, so the fair comparison is torch.set_num_threads(1). Measured on the 2-core
development machine, PyTorch's default (2 threads) was no faster on XOR and 1.45× slower on the deep
stack when the machine was idle, and up to 20× slower when it was busy (threads waiting on each other).
micrograd works on scalars and is slow: it runs a tenth of the epochs and its time is scaled by ten.
"""
from __future__ import annotations

import statistics
import time

import numpy as np

import visualgrad as vg

TARGET = 2.0
REPEATS = 7
XOR_EPOCHS = 2000
XOR_LR = 0.1
DEEP_LAYERS, DEEP_WIDTH, DEEP_BATCH = 50, 64, 8
DEEP_ITERS = 20  # forward+backward passes per timed sample


# ---- the workloads' data ------------------------------------------------------

def xor_init():
    """The article's initialisation: np.random.seed(42), randn weights, zero biases."""
    rng = np.random.RandomState(42)
    W1 = rng.randn(2, 2)
    b1 = np.zeros((2, 1))
    W2 = rng.randn(1, 2)
    b2 = np.zeros((1, 1))
    X = np.array([[0, 0, 1, 1], [0, 1, 0, 1]], dtype=np.float64)
    Y = np.array([[0, 1, 1, 0]], dtype=np.float64)
    return [W1, b1, W2, b2], X, Y


def deep_init():
    rng = np.random.default_rng(0)
    bound = 1 / np.sqrt(DEEP_WIDTH)  # nn.Linear's default uniform(−1/√in, 1/√in)
    layers = [(rng.uniform(-bound, bound, (DEEP_WIDTH, DEEP_WIDTH)), rng.uniform(-bound, bound, DEEP_WIDTH))
              for _ in range(DEEP_LAYERS)]
    x = rng.standard_normal((DEEP_BATCH, DEEP_WIDTH))
    return layers, x


# ---- XOR --------------------------------------------------------------------------

def xor_numpy(epochs=XOR_EPOCHS):
    params, X, Y = xor_init()
    W1, b1, W2, b2 = params
    m = Y.size
    for _ in range(epochs):
        Z1 = np.dot(W1, X) + b1
        A1 = 1.0 / (1.0 + np.exp(-Z1))
        Z2 = np.dot(W2, A1) + b2
        A2 = 1.0 / (1.0 + np.exp(-Z2))
        D = A2 - Y
        loss = np.mean(D * D)
        dZ2 = (2.0 / m) * D * A2 * (1.0 - A2)
        dW2 = np.dot(dZ2, A1.T)
        db2 = dZ2.sum(axis=1, keepdims=True)
        dZ1 = np.dot(W2.T, dZ2) * A1 * (1.0 - A1)
        dW1 = np.dot(dZ1, X.T)
        db1 = dZ1.sum(axis=1, keepdims=True)
        W1 -= XOR_LR * dW1
        b1 -= XOR_LR * db1
        W2 -= XOR_LR * dW2
        b2 -= XOR_LR * db2
    return float(loss), [W1, b1, W2, b2]


def xor_engine(epochs=XOR_EPOCHS):
    arrays, X, Y = xor_init()
    W1, b1, W2, b2 = params = [vg.parameter(a, name=n) for a, n in zip(arrays, ("W1", "b1", "W2", "b2"))]
    x = vg.tensor(X, name="X", role="constant")
    y = vg.tensor(Y, name="Y", role="constant")
    for _ in range(epochs):
        a1 = vg.sigmoid(W1 @ x + b1)
        a2 = vg.sigmoid(W2 @ a1 + b2)
        loss = vg.mean((a2 - y) ** 2)
        loss.backward()
        for p in params:
            p.data -= XOR_LR * p.grad
            p.grad = None
    return float(loss.data), [p.data for p in params]


def xor_torch(epochs=XOR_EPOCHS):
    import torch
    arrays, X, Y = xor_init()
    params = [torch.tensor(a, dtype=torch.float64, requires_grad=True) for a in arrays]
    W1, b1, W2, b2 = params
    x, y = torch.tensor(X), torch.tensor(Y)
    for _ in range(epochs):
        a1 = torch.sigmoid(W1 @ x + b1)
        a2 = torch.sigmoid(W2 @ a1 + b2)
        loss = torch.mean((a2 - y) ** 2)
        loss.backward()
        with torch.no_grad():
            for p in params:
                p -= XOR_LR * p.grad
                p.grad = None
    return float(loss.detach()), [p.detach().numpy() for p in params]


def xor_micrograd(epochs=XOR_EPOCHS):
    """The same network on micrograd's scalar Values (sigmoid written with exp, as micrograd has none)."""
    from micrograd.engine import Value
    arrays, X, Y = xor_init()
    params = [[[Value(float(v)) for v in row] for row in a] for a in arrays]
    W1, b1, W2, b2 = params
    flat = [v for a in params for row in a for v in row]

    def sig(z):
        return 1 / (1 + (-z).exp())

    for _ in range(epochs):
        loss = Value(0.0)
        for s in range(X.shape[1]):
            xs = X[:, s]
            h = [sig(W1[i][0] * xs[0] + W1[i][1] * xs[1] + b1[i][0]) for i in range(2)]
            out = sig(W2[0][0] * h[0] + W2[0][1] * h[1] + b2[0][0])
            loss = loss + (out - Y[0, s]) ** 2
        loss = loss * (1 / X.shape[1])
        for v in flat:
            v.grad = 0.0
        loss.backward()
        for v in flat:
            v.data -= XOR_LR * v.grad
    return loss.data, [np.array([[v.data for v in row] for row in a]) for a in params]


# ---- deep sigmoid stack -----------------------------------------------------------------

def deep_numpy(iters=DEEP_ITERS):
    layers, x = deep_init()
    for _ in range(iters):
        acts = [x]
        for W, b in layers:
            acts.append(1.0 / (1.0 + np.exp(-(np.dot(acts[-1], W) + b))))
        g = np.ones_like(acts[-1])
        grads = []
        for k in range(DEEP_LAYERS - 1, -1, -1):
            W, _ = layers[k]
            a = acts[k + 1]
            dz = g * a * (1.0 - a)
            grads.append((np.dot(acts[k].T, dz), dz.sum(axis=0)))
            g = np.dot(dz, W.T)
    return float(acts[-1].sum()), grads[-1][0]


def deep_engine(iters=DEEP_ITERS):
    arrays, xv = deep_init()
    layers = [(vg.parameter(W), vg.parameter(b)) for W, b in arrays]
    x = vg.tensor(xv, role="constant")
    for _ in range(iters):
        h = x
        for W, b in layers:
            h = vg.sigmoid(h @ W + b)
        y = vg.sum(h)
        y.backward()
        first = layers[0][0].grad
        for W, b in layers:
            W.grad = b.grad = None
    return float(y.data), first


def deep_torch(iters=DEEP_ITERS):
    import torch
    arrays, xv = deep_init()
    layers = [(torch.tensor(W, requires_grad=True), torch.tensor(b, requires_grad=True)) for W, b in arrays]
    x = torch.tensor(xv)
    for _ in range(iters):
        h = x
        for W, b in layers:
            h = torch.sigmoid(h @ W + b)
        y = h.sum()
        y.backward()
        first = layers[0][0].grad.numpy().copy()
        for W, b in layers:
            W.grad = b.grad = None
    return float(y.detach()), first


# ---- timing -------------------------------------------------------------------------

def _torch_runner(fn, threads):
    import torch

    def run():
        before = torch.get_num_threads()
        torch.set_num_threads(threads)
        try:
            return fn()
        finally:
            torch.set_num_threads(before)
    return run


MICROGRAD_SHARE = 10  # micrograd (scalar Values) is slow: it runs 1/10 of the epochs, its time is scaled up


def contenders(workload: str) -> list[tuple[str, object, int]]:
    """(label, callable, time scale) for what is importable; numpy and visualgrad always first."""
    fns = {"xor": (xor_numpy, xor_engine, xor_torch, xor_micrograd),
           "deep": (deep_numpy, deep_engine, deep_torch, None)}[workload]
    out = [("numpy by hand", fns[0], 1), ("visualgrad", fns[1], 1)]
    try:
        import torch  # noqa: F401
        out.append(("PyTorch CPU, 1 thread", _torch_runner(fns[2], 1), 1))
    except ImportError:
        pass
    if fns[3] is not None:
        try:
            import micrograd.engine  # noqa: F401
            share = XOR_EPOCHS // MICROGRAD_SHARE
            check_same({"numpy by hand": xor_numpy(share), "micrograd": fns[3](share)})
            out.append((f"micrograd (time of {share} epochs ×{MICROGRAD_SHARE})",
                        lambda: fns[3](share), MICROGRAD_SHARE))
        except ImportError:
            pass
    return out


def measure(runners, repeats=REPEATS) -> dict:
    """Median seconds per runner; runs interleaved so drift and turbo hit all alike."""
    times = {label: [] for label, _, _ in runners}
    results = {}
    for label, fn, scale in runners:  # warm-up, and the result to check
        result = fn()
        if scale == 1:
            results[label] = result
    for _ in range(repeats):
        for label, fn, scale in runners:
            t0 = time.perf_counter()
            fn()
            times[label].append((time.perf_counter() - t0) * scale)
    return {label: statistics.median(ts) for label, ts in times.items()}, results


def check_same(results: dict, rtol=1e-6):
    """Every contender must have computed the same thing as the numpy floor."""
    ref = results["numpy by hand"]
    for label, res in results.items():
        a = np.concatenate([np.ravel(np.asarray(v, dtype=np.float64)) for v in _flatten(res)])
        b = np.concatenate([np.ravel(np.asarray(v, dtype=np.float64)) for v in _flatten(ref)])
        if not np.allclose(a, b, rtol=rtol, atol=1e-9):
            raise AssertionError(f"{label} disagrees with numpy: max |diff| {np.max(np.abs(a - b)):.3g}")


def _flatten(res):
    loss, rest = res
    return [loss] + (list(rest) if isinstance(rest, list) else [rest])


def report(title: str, medians: dict, unit: str) -> float:
    floor = medians["numpy by hand"]
    print(title)
    for label, t in medians.items():
        print(f"  {label:34} {t * 1e3:9.2f} ms {unit}   {t / floor:5.2f}×")
    ratio = medians["visualgrad"] / floor
    verdict = "meets" if ratio <= TARGET else "MISSES"
    print(f"  visualgrad / numpy = {ratio:.2f}× ({verdict} the {TARGET:.1f}× target)")
    return ratio


def main(repeats: int = REPEATS) -> int:
    print(f"medians of {repeats} interleaved runs; numpy {np.__version__}, float64, graph recorded every pass")
    med, res = measure(contenders("xor"), repeats)
    check_same(res)
    report(f"XOR 2-2-1 sigmoid MLP, full batch, {XOR_EPOCHS} epochs SGD lr {XOR_LR}, MSE",
           med, f"/ {XOR_EPOCHS} epochs")
    med, res = measure(contenders("deep"), repeats)
    check_same(res)
    report(f"{DEEP_LAYERS} × (Linear {DEEP_WIDTH}→{DEEP_WIDTH} + sigmoid), batch {DEEP_BATCH}, forward + backward",
           med, f"/ {DEEP_ITERS} passes")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
