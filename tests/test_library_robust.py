"""Every library function, called with odd arguments, runs or refuses with a position: never a traceback."""
from __future__ import annotations

import pytest

from visualgrad.lang import build
from visualgrad.lang.errors import LangError
from visualgrad.lang.library import MODULES
from visualgrad.lang.runtime import HostClass, HostFunction

ARGS = ["", "x", "x, 0", "x, 5", "x, -1, True", "x, x", "None", "'a'", "[1, [2]]", "x, dim=(0, 0)",
        "3.5", "x, 10**30", "[]", "x, axis=7", "2, 3", "(2, -3)", "x, y", "float('nan')", "True"]
SETUP = {
    "torch": "import torch\nx = torch.tensor([[1.0, -2.0], [3.0, 0.0]], requires_grad=True)\ny = torch.tensor([0, 1])\n",
    "torch.nn.functional": "import torch\nimport torch.nn.functional as m\nx = torch.tensor([[1.0, -2.0], [3.0, 0.0]], "
                           "requires_grad=True)\ny = torch.tensor([0, 1])\n",
    "numpy": "import numpy as m\nx = m.array([[1.0, -2.0], [3.0, 0.0]])\ny = m.array([0, 1])\n",
    "numpy.random": "import numpy as np\nimport numpy.random as m\nx = np.array([[1.0, -2.0], [3.0, 0.0]])\ny = 2\n",
    "math": "import math as m\nx = 2.0\ny = 0.5\n",
    "random": "import random as m\nx = 2\ny = [1, 2]\n",
}
CASES = [(mod, name) for mod in SETUP for name, v in sorted(MODULES[mod].members.items())
         if isinstance(v, (HostFunction, HostClass))]


@pytest.mark.parametrize("mod, name", CASES, ids=[f"{m}.{n}" for m, n in CASES])
def test_odd_arguments_run_or_refuse_with_a_position(mod, name):
    prefix = "torch" if mod == "torch" else "m"
    for args in ARGS:
        src = SETUP[mod] + f"r = {prefix}.{name}({args})\n"
        try:
            build(src)
        except LangError as e:
            assert e.line >= 1 and e.message


def _methods():
    from visualgrad.lang.library import numpy_methods, torch_ops
    return ([("torch", m) for m in sorted(torch_ops.METHODS)] + [("numpy", m) for m in sorted(numpy_methods.METHODS)])


@pytest.mark.parametrize("mod, name", _methods(), ids=[f"{m}.x.{n}" for m, n in _methods()])
def test_methods_with_odd_arguments_run_or_refuse(mod, name):
    for args in ARGS[:11]:
        src = SETUP[mod] + f"r = x.{name}({args})\n"
        try:
            build(src)
        except LangError as e:
            assert e.line >= 1 and e.message


NN = sorted(n for n, v in MODULES["torch.nn"].members.items() if isinstance(v, HostClass))


@pytest.mark.parametrize("name", NN)
def test_nn_classes_with_odd_arguments_run_or_refuse(name):
    for args in ARGS[:11] + ["2, 3, bias=False"]:
        for call in ("", "(x)"):
            src = SETUP["torch"] + f"import torch.nn as nn\nm = nn.{name}({args}){call}\n"
            try:
                build(src)
            except LangError as e:
                assert e.line >= 1 and e.message


@pytest.mark.parametrize("expr", ["Value(x)", "Value(2.0) + 'a'", "Value(2.0) ** x", "Value(-8.0) ** 0.5",
                                  "MLP(2, 3)", "MLP(2, [3])(x)", "Neuron(-1)", "Layer(2, 2)(3.0)",
                                  "Value(2.0).grad.foo", "Value(1.0) < Value(2.0)", "-Value(0.0) / 0",
                                  "Value(2.0).tanh().exp().relu().backward()", "Value(400.0).tanh()"])
def test_micrograd_with_odd_arguments_runs_or_refuses(expr):
    try:
        build("from micrograd.engine import Value\nfrom micrograd.nn import MLP, Neuron, Layer\nx = [1.0]\n"
              f"r = {expr}\n")
    except LangError as e:
        assert e.line >= 1 and e.message
