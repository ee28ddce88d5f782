"""`visualgrad trace --lang`: the terminal speaks the chosen language, like the window and `export`."""
from __future__ import annotations

import subprocess
import sys

import pytest

pytest.importorskip("PySide6")
SEED = ["trace", "L = 2*(x**2 + exp(x))", "--set", "x=3"]


def trace(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "visualgrad", *args], capture_output=True, text=True,
                          timeout=120, encoding="utf-8")


@pytest.mark.parametrize("code, word", [("nl", "Voorwaarts"), ("ja", "順伝播"), ("ca", "Endavant"),
                                        ("ko", "forward pass")])
def test_trace_prints_in_the_language_asked_for(code, word):
    out = trace(*SEED, "--lang", code)
    assert out.returncode == 0, out.stderr
    assert word in out.stdout
    assert "52.1711" in out.stdout  # the numbers do not change with the language


def test_trace_defaults_to_english_and_refuses_an_unknown_language():
    assert "Forward pass" in trace(*SEED).stdout
    bad = trace(*SEED, "--lang", "xx")
    assert bad.returncode == 2 and "unknown language" in bad.stderr and "Traceback" not in bad.stderr
