"""numpy's floating-point warnings, switched off while the engine computes — cheaply.

The engine follows PyTorch: log(−1) is NaN, exp(1000) is ∞, 1/0 is ∞, and the graph shows it;
numpy's RuntimeWarnings would only repeat that on stderr. `with np.errstate(...)` costs about
3 µs, as much as an op on a small tensor, and apply() runs once per op. numpy ≥ 2.0 keeps the
error state in a context variable, so we set that variable to numpy's own "ignore all" state and
reset it afterwards (≈ 0.3 µs). Older numpy, or a numpy that moves the variable, gets np.errstate.

    token = quiet()
    try:
        ...numpy work...
    finally:
        restore(token)
"""
from __future__ import annotations

from functools import partial

import numpy as np

try:
    from numpy._core._ufunc_config import _extobj_contextvar as _state

    with np.errstate(all="ignore"):
        _IGNORE_ALL = _state.get()

    quiet = partial(_state.set, _IGNORE_ALL)  # C calls all the way: no Python frame
    restore = _state.reset

except (ImportError, AttributeError):  # pragma: no cover - numpy < 2.0
    def quiet():
        state = np.errstate(all="ignore")
        state.__enter__()
        return state

    def restore(token) -> None:
        token.__exit__(None, None, None)
