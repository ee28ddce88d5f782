"""Shape ops and indexing: the values move, the gradient moves back (scattered, summed where an
entry was used twice)."""
from __future__ import annotations

import numpy as np

from .table import _op, _paren, unbroadcast

# reshape covers view, flatten, squeeze and unsqueeze: attrs {"shape": the result's shape,
# "how": the name the program used, for the picture}.
_op("reshape", 1, lambda x, shape, how="reshape": x.reshape(shape),
    lambda g, out, x, a: (g.reshape(x[0].shape),),
    lambda n, a: f"{a.get('how', 'reshape')}({n[0]})", lambda n, a: ("1 (moved back)",), "reshape")

# permute covers t(), transpose(d0, d1) and permute(dims): attrs {"dims": the permutation}.
# Views, not copies (as numpy's and PyTorch's): a product then reads the operand in the order
# numpy's own X.T @ M does, to the bit.
_op("permute", 1, lambda x, dims: np.transpose(x, dims),
    lambda g, out, x, a: (np.transpose(g, np.argsort(a["dims"])),),
    lambda n, a: f"{_paren(n[0])}ᵀ" if len(a["dims"]) == 2 else f"permute({n[0]}, {tuple(a['dims'])})",
    lambda n, a: ("1 (moved back)",), "ᵀ")

_op("expand", 1, lambda x, shape: np.broadcast_to(x, shape).copy(),
    lambda g, out, x, a: (unbroadcast(g, x[0].shape),),
    lambda n, a: f"expand({n[0]})", lambda n, a: ("1 (summed back)",), "expand")


def _getitem_vjp(g, out, x, a):
    res = np.zeros(x[0].shape)
    np.add.at(res, a["index"], g)  # an entry picked twice gets both shares, as in PyTorch
    return (res,)


_op("getitem", 1, lambda x, index, text="": np.asarray(x[index]), _getitem_vjp,
    lambda n, a: f"{_paren(n[0])}[{a.get('text', '…')}]", lambda n, a: ("1 at the entries picked",), "[]")


def _cat(*xs, axis):
    return np.concatenate(xs, axis=axis)


def _cat_vjp(g, out, xs, a):
    axis = a["axis"]
    cuts = np.cumsum([x.shape[axis] for x in xs])[:-1]
    return tuple(np.split(g, cuts, axis=axis))


_op("cat", 2, _cat, _cat_vjp, lambda n, a: f"cat({', '.join(n)})",
    lambda n, a: tuple("1 (its part)" for _ in n), "cat")


def _stack(*xs, axis):
    return np.stack(xs, axis=axis)


_op("stack", 2, _stack,
    lambda g, out, xs, a: tuple(np.take(g, k, axis=a["axis"]) for k in range(len(xs))),
    lambda n, a: f"stack({', '.join(n)})", lambda n, a: tuple("1 (its slice)" for _ in n), "stack")
