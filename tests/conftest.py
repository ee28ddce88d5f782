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
