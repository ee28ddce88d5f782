"""NaN and ∞ are values in the graph, never numpy warnings: in ops, backward passes, replays,
nested calls and other threads; and numpy's own state outside the engine is left as it was."""
from __future__ import annotations

import threading
import warnings

import numpy as np
import pytest

from visualgrad.engine import Tape
from visualgrad.engine import functions as vf
from visualgrad.engine.quiet import quiet, restore, run_quiet


def _nan_and_inf_graph():
    x = vf.leaf([0.0, -1.0, 1000.0], requires_grad=True)
    return vf.sum(vf.log(x) + vf.exp(x) + 1 / x + vf.sqrt(x)), x


def test_ops_backward_and_replays_warn_nothing():
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        y, x = _nan_and_inf_graph()
        vf.backward(y)
        assert np.isnan(y.data) and np.isnan(x.grad).any() and np.isinf(x.grad).any()
        tape = Tape(y)
        tape.forward()
        tape.backward()


def test_numpy_outside_the_engine_still_warns():
    _nan_and_inf_graph()
    with pytest.warns(RuntimeWarning):
        np.log(np.zeros(1))
    token = quiet()
    try:
        np.log(np.zeros(1))  # silent inside quiet()
    finally:
        restore(token)
    with pytest.warns(RuntimeWarning):
        np.log(np.zeros(1))


def test_nested_and_threaded_calls_are_quiet_too():
    def inner():
        return run_quiet(np.log, np.zeros(1))

    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert run_quiet(inner)[0] == -np.inf  # a call inside a quiet call
    errors = []

    def work():
        try:
            for _ in range(200):
                y, x = _nan_and_inf_graph()
                vf.backward(y)
        except Exception as e:  # noqa: BLE001 - reported below
            errors.append(e)

    # The filters are process-wide: set once here, seen by every thread (a warning would raise).
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        threads = [threading.Thread(target=work) for _ in range(3)]
        for t in threads:
            t.start()
        work()
        for t in threads:
            t.join(timeout=60)
    assert errors == []
