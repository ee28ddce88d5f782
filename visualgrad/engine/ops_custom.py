"""The op of a program's own torch.autograd.Function: its forward and its backward are the program's.

The node's attrs hold `fn`, an object the language layer makes (lang/library/autograd_function.py):
    fn.name                       the class's name, as the node reads: LegendrePolynomial3(x)
    fn.forward_data(xs) -> array  the forward on the inputs' numbers (run again only when a graph is replayed)
    fn.vjp_data(g, out, xs)       one gradient per input, from the program's backward (None: no gradient)
The engine knows nothing else about it, so every reader of ops (the timeline, "why this number", practice)
treats it as any other op."""
from __future__ import annotations

import numpy as np

from .table import _op


def _forward(*xs, fn):
    return fn.forward_data(xs)


def _vjp(g, out, xs, a):
    grads = a["fn"].vjp_data(g, out, xs)
    # PyTorch reads a None gradient for an input as zeros
    return tuple(np.zeros_like(x) if gi is None else gi for x, gi in zip(xs, grads))


_op("custom", -1, _forward, _vjp,
    lambda n, a: f"{a['fn'].name}({', '.join(n)})",
    lambda n, a: tuple(f"{a['fn'].name}.backward" for _ in n),
    "f")
