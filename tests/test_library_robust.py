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
