"""Shared test set-up: small and general (GUI fixtures live in tests/gui/conftest.py)."""
from __future__ import annotations

import os

import numpy as np
import pytest
from hypothesis import HealthCheck, settings

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# Hypothesis: no per-example deadline and no "too slow" complaint, because CI machines are slow and
# shared; tests that need another budget pass their own settings. HYPOTHESIS_PROFILE=thorough explores more.
settings.register_profile("default", deadline=None, print_blob=True, suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("thorough", parent=settings.get_profile("default"), max_examples=1000)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))


@pytest.fixture
def rng():
    """A numpy generator with a fixed seed: random, but the same numbers every run."""
    return np.random.default_rng(20240607)


@pytest.fixture
def this_thread_only():
    """wrap(real, guard): a stand-in for a process-wide function (a builtin, subprocess.Popen) that applies
    `guard` to calls from this test's thread only and passes every other thread's calls to `real`.

    Other threads keep running while a test patches builtins: pytest-xdist's channel to the controller,
    a Qt worker left from an earlier test, pytest-timeout's timer. Refusing them an import or an open()
    kills them, and a worker that lost its channel hangs the whole run.
    """
    import threading
    me = threading.get_ident()

    def wrap(real, guard):
        def stand_in(*args, **kwargs):
            if threading.get_ident() != me:
                return real(*args, **kwargs)
            return guard(*args, **kwargs)
        return stand_in
    return wrap
