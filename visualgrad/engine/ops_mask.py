"""Masks, with PyTorch's gradients: tril and triu (a triangle of each matrix kept, the rest 0) and
masked_fill (the entries a bool mask picks replaced by one value). The mask is data (attrs): what
passes back is the gradient with the same entries cut, and a fill value that is a tensor gets the
sum of the gradients of the entries it filled."""
from __future__ import annotations

import numpy as np

from ..fmt import format_number
from .table import _op, _sum, unbroadcast


def _diagonal_text(name, n, a):
    k = a.get("diagonal", 0)
    return f"{name}({n[0]})" if k == 0 else f"{name}({n[0]}, {k})"


# np.tril/np.triu work on the last two axes (a batch of matrices as torch's) and write their zeros
# with np.where: an ∞ or NaN outside the triangle becomes 0, as in PyTorch (a product with a 0/1 mask
# would give NaN there). PyTorch's backward is the same triangle of the gradient.
_op("tril", 1, lambda x, diagonal=0: np.tril(x, diagonal),
    lambda g, out, x, a: (np.tril(g, a.get("diagonal", 0)),),
    lambda n, a: _diagonal_text("tril", n, a), lambda n, a: ("1 on and below the diagonal, else 0",), "tril")
_op("triu", 1, lambda x, diagonal=0: np.triu(x, diagonal),
    lambda g, out, x, a: (np.triu(g, a.get("diagonal", 0)),),
    lambda n, a: _diagonal_text("triu", n, a), lambda n, a: ("1 on and above the diagonal, else 0",), "triu")


def _masked_fill(x, *value, mask, fill=None):
    """Inputs: x, and the fill value when it is a 0-d tensor (else attrs["fill"], a number). The
    result has the broadcast shape of x and the mask (PyTorch's out-of-place masked_fill)."""
    return np.where(mask, value[0] if value else fill, x)


def _masked_fill_vjp(g, out, xs, a):
    mask = a["mask"]
    grads = (unbroadcast(np.where(mask, 0.0, g), xs[0].shape),)
    if len(xs) > 1:  # PyTorch: the value's gradient is where(mask, g, 0).sum()
        grads += (np.asarray(_sum(np.where(mask, g, 0.0), axis=None)),)
    return grads


def _masked_fill_text(n, a):
    fill = n[1] if len(n) > 1 else format_number(a["fill"])
    return f"masked_fill({n[0]}, m, {fill})"


_op("masked_fill", 2, _masked_fill, _masked_fill_vjp, _masked_fill_text,
    lambda n, a: ("[not m]", "Σ[m]")[:len(n)], "fill", broadcasts=True)
