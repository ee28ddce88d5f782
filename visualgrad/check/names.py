"""Which program variable is a hand gradient of which forward variable.

Courses name the gradient of W2 `dW2`, `d_W2`, `grad_W2`, `W2_grad`, `gradW2`, and, writing the loss in,
`dL_dW2`, `dloss_dW2` or `dLdW2`. A name is a hand gradient when, with one of those spellings taken off,
what is left is a forward variable (one the loss depends on). Names are matched exactly, case included:
`dz2` is the gradient of `z2`, never of `Z2`.
"""
from __future__ import annotations

import re

_SPELLINGS = (
    re.compile(r"^d_?(?P<of>.+)$"),
    re.compile(r"^grad_?(?P<of>.+)$"),
    re.compile(r"^(?P<of>.+?)_?grad$"),
)


def _with_loss(loss: str | None) -> list:
    names = {"L", "loss", "Loss", "J", "E", "cost", "C"}
    if loss:
        names.add(loss)
    alt = "|".join(sorted((re.escape(n) for n in names), key=len, reverse=True))
    return [re.compile(rf"^d(?:{alt})_?d_?(?P<of>.+)$")]


def gradient_of(name: str, forward: set, loss: str | None = None) -> str | None:
    """The forward variable whose hand gradient `name` is, or None. `forward` holds the names of the
    variables the loss depends on (parameters, inputs and intermediates), the loss itself included."""
    if name in forward:
        return None  # a forward variable is never also a hand gradient (`data` is not d·ata)
    for pattern in _with_loss(loss) + list(_SPELLINGS):
        m = pattern.match(name)
        if m and m.group("of") in forward:
            return m.group("of")
    return None


def match(variables, forward, loss: str | None = None) -> dict:
    """{hand name: forward name} for every variable that is a hand gradient, in the variables' order.
    Two hand names for the same forward variable (`dW2` and `grad_W2`) are both checked."""
    forward = set(forward)
    out = {}
    for name in variables:
        of = gradient_of(name, forward, loss)
        if of is not None:  # `dL` itself is the seed: checked against 1, like any other
            out[name] = of
    return out
