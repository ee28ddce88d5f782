"""Every hand gradient of a program's variables, checked: the pure part of `visualgrad check`.

    findings = check_arrays(variables, grads, loss="loss", batch_sizes=(4,), leaves={"W1", ...})

`variables` are the program's values (at the end of the iteration checked), `grads` autograd's
∂loss/∂v for every forward variable v. Both are plain arrays; where they come from is program.py's job.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .names import match
from .verdict import Verdict, compare


@dataclass
class Finding:
    hand: str  # the hand gradient's name, `dW2`
    of: str  # the forward variable it is the gradient of, `W2`
    hand_value: np.ndarray
    auto_value: np.ndarray  # autograd's ∂loss/∂of
    result: Verdict

    @property
    def verdict(self) -> str:
        return self.result.verdict

    @property
    def factor(self) -> float | None:
        return self.result.factor


def _is_numeric(v) -> bool:
    if isinstance(v, bool):
        return False
    if isinstance(v, (int, float, np.number)):
        return True
    return isinstance(v, np.ndarray) and v.dtype.kind in "fiu"


def check_arrays(variables: dict, grads: dict, loss: str | None = None, batch_sizes=(),
                 leaves=()) -> list[Finding]:
    """One finding per hand gradient in `variables`, in the variables' order. A name that looks like a
    hand gradient but holds no number (a function, a list of layers) is not one. `leaves` are the forward
    variables that are leaves (parameters, inputs): their gradients sum over the batch, so an axis of
    size m there is not a per-example axis."""
    numeric = [n for n, v in variables.items() if _is_numeric(v)]
    pairs = match(numeric, grads.keys(), loss)
    leaves = set(leaves)
    out = []
    for hand, of in pairs.items():
        h = np.asarray(variables[hand], dtype=np.float64)
        a = np.asarray(grads[of], dtype=np.float64)
        out.append(Finding(hand, of, h, a, compare(h, a, batch_sizes, per_example_axes=of not in leaves)))
    return out
