"""Helpers for the library's tests: run a program in visualgrad, and the same text in real Python
with PyTorch in float64 (the oracle), then compare what a user would see: values, gradients, prints."""
from __future__ import annotations

import io
import textwrap
from contextlib import redirect_stdout

import numpy as np
import pytest

from visualgrad.engine import Tensor
from visualgrad.lang import build
from visualgrad.lang.errors import LangError


def program(src: str) -> str:
    return textwrap.dedent(src).strip() + "\n"


def run(src: str):
    return build(program(src))


def oracle(src: str):
    """The program run by Python itself with torch's default dtype float64: (namespace, printed lines).
    Test code only: this is how the tests know what PyTorch/NumPy/Python would compute."""
    torch = pytest.importorskip("torch")
    old = torch.get_default_dtype()
    torch.set_default_dtype(torch.float64)
    ns: dict = {}
    out = io.StringIO()
    try:
        with redirect_stdout(out):
            exec(compile(program(src), "<oracle>", "exec"), ns)  # noqa: S102 - the oracle, in tests only
    finally:
        torch.set_default_dtype(old)
    return ns, out.getvalue().splitlines()


def py_oracle(src: str):
    """The program run by Python itself (NumPy, math, random): (namespace, printed lines). Tests only."""
    ns: dict = {}
    out = io.StringIO()
    with redirect_stdout(out):
        exec(compile(program(src), "<oracle>", "exec"), ns)  # noqa: S102 - the oracle, in tests only
    return ns, out.getvalue().splitlines()


def py_agrees(src: str, names: list[str], rtol=1e-12, prints=True):
    """The program gives Python's/NumPy's values for `names` and its prints."""
    built = run(src)
    ns, lines = py_oracle(src)
    for n in names:
        same(built.variables[n], ns[n], rtol, n)
    if prints:
        assert printed(built) == lines
    return built, ns


def printed(built) -> list[str]:
    lines = []
    for _, text in built.printed:
        lines.extend(text.split("\n"))
    return lines


def as_array(v):
    """A comparable numpy value of a visualgrad or torch/numpy value (None stays None)."""
    if v is None:
        return None
    if isinstance(v, Tensor):
        return np.asarray(v.data)
    if hasattr(v, "lang_tensor") and v.lang_tensor() is not None:
        return np.asarray(v.lang_tensor().data)
    if hasattr(v, "detach"):
        return v.detach().numpy().astype(np.float64)
    return np.asarray(v, dtype=np.float64)


def same(ours, theirs, rtol=1e-12, what=""):
    """Equal shapes and values (NaN equal to NaN)."""
    if ours is None or theirs is None:
        assert ours is None and theirs is None, f"{what}: {ours!r} vs {theirs!r}"
        return
    if hasattr(ours, "values") and hasattr(ours, "indices") and not isinstance(ours, Tensor):
        same(ours.values, theirs.values, rtol, what + ".values")
        same(ours.indices, theirs.indices, rtol, what + ".indices")
        return
    if isinstance(ours, (list, tuple)) and not isinstance(theirs, (list, tuple)) and hasattr(theirs, "shape"):
        theirs = list(theirs)
    if isinstance(ours, (list, tuple)):
        assert len(ours) == len(theirs), what
        for i, (a, b) in enumerate(zip(ours, theirs)):
            same(a, b, rtol, f"{what}[{i}]")
        return
    a, b = as_array(ours), as_array(theirs)
    assert a.shape == b.shape, f"{what}: shape {a.shape} vs {b.shape}"
    np.testing.assert_allclose(a, b, rtol=rtol, atol=0, equal_nan=True, err_msg=what)


def agrees(src: str, names: list[str], grads: list[str] = (), rtol=1e-12, prints=True):
    """The program gives PyTorch's values for `names`, PyTorch's .grad for `grads`, and its prints."""
    built = run(src)
    ns, lines = oracle(src)
    for n in names:
        same(built.variables[n], ns[n], rtol, n)
    for n in grads:
        leaf = built.variables[n]
        same(None if leaf.grad is None else leaf.grad, ns[n].grad, rtol, f"{n}.grad")
    if prints:
        assert printed(built) == lines
    return built, ns


def refused(src: str) -> LangError:
    with pytest.raises(LangError) as info:
        run(src)
    return info.value
