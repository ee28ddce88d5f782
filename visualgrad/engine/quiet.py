"""numpy's floating-point warnings, switched off while the engine computes — cheaply, with public API.

The engine follows PyTorch: log(−1) is NaN, exp(1000) is ∞, 1/0 is ∞, and the graph shows it;
numpy's RuntimeWarnings would only repeat that on stderr.

Two ways in:
- `run_quiet(fn, *args, **kwargs)` calls fn once with the warnings off. It is what apply() uses for
  every op, so it must cost little: `with np.errstate(...)` costs about 1.5 µs, three times a small
  op. numpy ≥ 2.0 keeps its error state in a context variable (documented: np.errstate is
  context-safe), so a `contextvars.Context` copied while np.errstate(all="ignore") is active runs any
  call under that state; Context.run costs about 0.1 µs. A Context cannot be entered twice at once
  (a nested call, another thread): those calls, and numpy without context-variable state, take
  np.errstate instead.
- `quiet()` / `restore(token)` around a longer stretch (one backward pass):

    token = quiet()
    try:
        ...numpy work...
    finally:
        restore(token)
"""
from __future__ import annotations

import contextvars
import threading
import warnings

import numpy as np


def quiet():
    state = np.errstate(all="ignore")
    state.__enter__()
    return state


def restore(token) -> None:
    token.__exit__(None, None, None)


def _errstate_run(fn, *args, **kwargs):
    with np.errstate(all="ignore"):
        return fn(*args, **kwargs)


def _context_runner():
    """Context.run bound to a context whose numpy error state is "ignore", or None where that
    does not silence numpy (a numpy whose error state is not a context variable)."""
    with np.errstate(all="ignore"):
        ctx = contextvars.copy_context()
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error")
            ctx.run(np.divide, np.ones(1), np.zeros(1))
    except (RuntimeWarning, FloatingPointError):
        return None
    return ctx.run


_local = threading.local()


def _runner():
    run = getattr(_local, "run", None)
    if run is None:
        run = _local.run = _context_runner() or _errstate_run
    return run


# run_quiet without its Python frame, for apply(): one Context for every thread, so it raises
# RuntimeError when the Context is busy (a nested call, another thread inside it).
FAST_RUN = _runner()


def run_quiet(fn, *args, **kwargs):
    """fn(*args, **kwargs) with numpy's floating-point warnings off."""
    try:
        return FAST_RUN(fn, *args, **kwargs)
    except RuntimeError as e:
        if "cannot enter context" not in str(e):
            raise
        # Nested, or another thread is inside the shared Context: this thread's own, or np.errstate.
        try:
            return _runner()(fn, *args, **kwargs)
        except RuntimeError as e2:
            if "cannot enter context" not in str(e2):
                raise
            return _errstate_run(fn, *args, **kwargs)
