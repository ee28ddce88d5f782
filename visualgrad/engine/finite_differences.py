"""gradcheck(): central finite differences for every leaf, compared with the backward pass."""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .graph import ancestors, backward, recompute, seed_for
from .tensor import Tensor


@dataclass
class LeafCheck:
    node: Tensor
    analytic: np.ndarray
    numeric: np.ndarray
    error: float  # max |analytic − numeric| / max(1, |numeric|)
    finite: bool  # False when the leaf's gradient or the function is ∞/NaN near it

    @property
    def ok(self) -> bool:
        return self.finite and self.error < 1e-5


def gradcheck(output: Tensor, eps: float = 1e-6, gradient=None) -> list[LeafCheck]:
    """Check the gradient of every leaf that requires one (constants are data and take none)
    against central differences; leaves the graph's values as they were."""
    order = ancestors(output)
    seed = seed_for(output, gradient)
    leaves = [n for n in order if n.op is None and n.requires_grad]
    for n in leaves:
        n.grad = None
    backward(output, seed, order)
    results = []
    with np.errstate(all="ignore"):
        for leaf in leaves:
            base = leaf.data.copy()
            num = np.zeros_like(base)
            flat = num.reshape(-1)
            for k in range(base.size):
                h = eps * max(1.0, abs(base.flat[k]))
                vals = []
                for s in (1, -1):
                    leaf.data = base.copy()
                    leaf.data.flat[k] += s * h
                    recompute(order)
                    vals.append(float(np.sum(output.data * seed)))
                flat[k] = (vals[0] - vals[1]) / (2 * h)
            leaf.data = base
            ana = np.asarray(leaf.grad, dtype=np.float64)
            finite = bool(np.all(np.isfinite(ana)) and np.all(np.isfinite(num)))
            err = float(np.max(np.abs(ana - num) / np.maximum(1.0, np.abs(num)))) if finite else float("inf")
            results.append(LeafCheck(leaf, ana, num, err, finite))
        recompute(order)
    return results
