"""The corpus (tests/corpus/): programs written as PyTorch tutorials, NumPy notebooks, micrograd and courses
write them. Each runs in visualgrad and, as the oracle, in real PyTorch float64 (here, in the test only:
visualgrad itself never executes program text). Every compared gradient agrees at rtol 1e-9.

Each file names what is compared in a first-lines comment:
    # compare: w, b, model[0].weight        gradients (.grad) of these expressions at the end
    # output: loss                           (NumPy programs) the loss the gradients are taken of
- torch_*/course_*: the same text runs under real torch (float64 default dtype).
- numpy_*: the text runs under real NumPy (printed lines and final arrays must be NumPy's own), and under
  a NumPy-spelled shim over torch (every array a leaf that requires grad) for the gradients.
- micrograd_*: against the hand translation beside it (name.torch.py), which uses torch.
"""
from __future__ import annotations

import contextlib
import io
import re
import warnings
from pathlib import Path

import numpy as np
import pytest

from visualgrad.engine import Tensor
from visualgrad.lang import build

torch = pytest.importorskip("torch")

CORPUS = Path(__file__).parent / "corpus"
PROGRAMS = sorted(p for p in CORPUS.glob("*.py") if not p.name.endswith(".torch.py"))
RTOL, ATOL = 1e-9, 1e-12


def header(text: str, key: str) -> list[str]:
    m = re.search(rf"^# {key}: (.+)$", text, re.M)
    return [s.strip() for s in m.group(1).split(",")] if m else []


def run_python(text: str, globals_: dict) -> tuple[dict, list[str]]:
    """The oracle: real Python running the program with real torch/NumPy (tests only)."""
    out = io.StringIO()
    with contextlib.redirect_stdout(out), warnings.catch_warnings():
        warnings.simplefilter("ignore")  # torch's notes about the shim's float(loss) are not the program's
        exec(compile(text, "<corpus>", "exec"), globals_)  # noqa: S102 - the oracle, never the product
    return globals_, out.getvalue().splitlines()


def as_array(v):
    if v is None:
        return None
    if isinstance(v, Tensor):
        return np.asarray(v.data, dtype=np.float64)
    if hasattr(v, "lang_tensor") and v.lang_tensor() is not None:
        return np.asarray(v.lang_tensor().data, dtype=np.float64)
    if torch.is_tensor(v):
        return v.detach().double().numpy()
    return np.asarray(v, dtype=np.float64)


def assert_same(ours, theirs, what):
    a, b = as_array(ours), as_array(theirs)
    assert (a is None) == (b is None), f"{what}: visualgrad {a} vs torch {b}"
    if a is not None:
        np.testing.assert_allclose(a, b, rtol=RTOL, atol=ATOL, err_msg=what)


def with_grads(text: str, exprs: list[str]) -> str:
    return text + "\n_vg_compared = [" + ", ".join(f"{e}.grad" for e in exprs) + "]\n"


@pytest.mark.parametrize("path", PROGRAMS, ids=lambda p: p.stem)
def test_corpus_program_matches_its_oracle(path):
    text = path.read_text(encoding="utf-8")
    exprs = header(text, "compare")
    assert exprs, f"{path.name} names nothing to compare"
    if path.name.startswith("numpy_"):
        return check_numpy(text, exprs)
    ours = build(with_grads(text, exprs)).final["_vg_compared"]
    if path.name.startswith("micrograd_"):
        translation = path.with_name(path.stem + ".torch.py").read_text(encoding="utf-8")
        ns, _ = run_torch(with_grads(translation, exprs))
    else:
        ns, printed = run_torch(with_grads(text, exprs))
        b = build(text)
        plain = [(line, t) for line, t in b.printed if "tensor" not in t and "grad_fn" not in t]
        theirs = [t for t in printed if "tensor" not in t and "grad_fn" not in t]
        assert "\n".join(t for _, t in plain).splitlines() == theirs
    for e, mine, real in zip(exprs, ours, ns["_vg_compared"]):
        assert_same(mine, real, f"{path.name}: {e}.grad")


def run_torch(text: str):
    saved = torch.get_default_dtype()
    torch.set_default_dtype(torch.float64)
    try:
        torch.manual_seed(0)
        return run_python(text, {"__name__": "__main__"})
    finally:
        torch.set_default_dtype(saved)


def check_numpy(text: str, exprs: list[str]):
    b = build(text)
    ns, printed = run_python(text, {"__name__": "__main__"})
    # Forward: NumPy's own numbers and printing.
    assert "\n".join(t for _, t in b.printed).splitlines() == printed
    for name, v in b.final.items():
        if isinstance(v, Tensor) and isinstance(ns.get(name), (np.ndarray, np.floating, float)):
            np.testing.assert_allclose(v.data, np.asarray(ns[name], dtype=np.float64), rtol=1e-12, atol=1e-15,
                                       err_msg=f"forward value of {name}")
    # Gradients: visualgrad's autograd of the loss against torch autograd over the same text.
    output = header(text, "output")[0]
    loss = b.final[output]
    from visualgrad.engine import backward
    backward(loss)
    shim_ns, _ = run_python(text, {"__name__": "__main__", "__builtins__": __builtins__,
                                   "_vg_np": TorchNumpy()})
    shim_ns[output].backward()
    for e in exprs:
        assert_same(b.leaves[e].grad, shim_ns[e].grad, f"∂{output}/∂{e}")


class _Random:
    """np.random over NumPy's own legacy generator: the same numbers, handed over as torch leaves."""

    def __init__(self, shim):
        self.shim = shim

    def seed(self, k):
        np.random.seed(k)

    def randn(self, *shape):
        return self.shim.leaf(np.random.randn(*shape))

    def rand(self, *shape):
        return self.shim.leaf(np.random.rand(*shape))

    def uniform(self, low=0.0, high=1.0, size=None):
        return self.shim.leaf(np.random.uniform(low, high, size))

    def normal(self, loc=0.0, scale=1.0, size=None):
        return self.shim.leaf(np.random.normal(loc, scale, size))

    def default_rng(self, seed=None):
        return _Generator(self.shim, np.random.default_rng(seed))


class _Generator:
    """np.random.default_rng(k): NumPy's own Generator, its draws handed over as torch leaves."""

    def __init__(self, shim, rng):
        self.shim, self.rng = shim, rng

    def normal(self, loc=0.0, scale=1.0, size=None):
        return self.shim.leaf(self.rng.normal(loc, scale, size))

    def random(self, size=None):
        return self.shim.leaf(self.rng.random(size))

    def uniform(self, low=0.0, high=1.0, size=None):
        return self.shim.leaf(self.rng.uniform(low, high, size))

    def standard_normal(self, size=None):
        return self.shim.leaf(self.rng.standard_normal(size))


class TorchNumpy:
    """NumPy's spelling over torch float64, for the gradient oracle: every array made is a leaf."""

    def __init__(self):
        self.random = _Random(self)
        self.pi, self.e = np.pi, np.e

    @staticmethod
    def leaf(a):
        return torch.tensor(np.asarray(a, dtype=np.float64), requires_grad=True)

    def _t(self, x):
        return x if torch.is_tensor(x) else torch.tensor(np.asarray(x, dtype=np.float64))

    def array(self, x, dtype=None):
        return self.leaf(x)

    asarray = array

    def zeros(self, shape):
        return self.leaf(np.zeros(shape))

    def ones(self, shape):
        return self.leaf(np.ones(shape))

    def dot(self, a, b):
        return torch.matmul(self._t(a), self._t(b))

    matmul = dot

    def outer(self, a, b):
        return torch.outer(self._t(a), self._t(b))

    def _reduce(self, fn, x, axis=None, keepdims=False):
        x = self._t(x)
        if axis is None:
            r = fn(x)
            return r.reshape([1] * x.ndim) if keepdims else r
        return fn(x, dim=axis, keepdim=keepdims)

    def sum(self, x, axis=None, keepdims=False):
        return self._reduce(torch.sum, x, axis, keepdims)

    def mean(self, x, axis=None, keepdims=False):
        return self._reduce(torch.mean, x, axis, keepdims)

    def max(self, x, axis=None, keepdims=False):
        return self._reduce(torch.amax, x, axis, keepdims)

    def min(self, x, axis=None, keepdims=False):
        return self._reduce(torch.amin, x, axis, keepdims)

    def exp(self, x):
        return torch.exp(self._t(x))

    def log(self, x):
        return torch.log(self._t(x))

    def tanh(self, x):
        return torch.tanh(self._t(x))

    def sqrt(self, x):
        return torch.sqrt(self._t(x))

    def abs(self, x):
        return torch.abs(self._t(x))

    def square(self, x):
        return self._t(x) ** 2

    def power(self, x, p):
        return self._t(x) ** p

    def maximum(self, a, b):
        return torch.maximum(self._t(a), self._t(b))

    def minimum(self, a, b):
        return torch.minimum(self._t(a), self._t(b))

    def clip(self, x, lo, hi):
        return torch.clamp(self._t(x), lo, hi)

    def where(self, c, a, b):
        return torch.where(self._t(c).bool(), self._t(a), self._t(b))


@pytest.fixture(autouse=True)
def _numpy_shim_import(monkeypatch):
    """`import numpy as np` inside the gradient oracle's run binds the shim (only there)."""
    import builtins
    real = builtins.__import__

    def importer(name, globals=None, locals=None, fromlist=(), level=0):
        if name == "numpy" and globals is not None and "_vg_np" in globals:
            return globals["_vg_np"]
        return real(name, globals, locals, fromlist, level)
    monkeypatch.setattr(builtins, "__import__", importer)


def test_the_corpus_is_large_and_varied():
    names = [p.name for p in PROGRAMS]
    assert len(names) >= 80
    for style in ("torch_", "numpy_", "micrograd_", "course_"):
        assert sum(n.startswith(style) for n in names) >= 10, style
