"""PyTorch's rule for a second backward(): refused unless the first kept the graph (retain_graph=True);
ops that keep no tensors (add, sum) may be walked again, as in torch."""
from __future__ import annotations

import pytest

from visualgrad.lang import LangError, build

HEAD = "import torch\nx = torch.tensor(3.0, requires_grad=True)\n"


def test_a_second_backward_through_a_freed_graph_is_refused_at_its_line():
    with pytest.raises(LangError) as e:
        build(HEAD + "y = x**2\ny.backward()\ny.backward()\n")
    assert e.value.line == 5 and "retain_graph=True" in e.value.message


def test_retain_graph_keeps_it_and_gradients_accumulate():
    b = build(HEAD + "y = x**2\ny.backward(retain_graph=True)\ny.backward()\n")
    assert float(b.leaves["x"].grad) == 12.0


def test_a_graph_of_adds_can_be_walked_twice():
    b = build(HEAD + "z = x + 1\nz.backward()\nz.backward()\n")
    assert float(b.leaves["x"].grad) == 2.0
