"""Refusals of the library's less travelled paths: each message, with its position (the common ones are
tested with their spellings in the other test_library_* files)."""
from __future__ import annotations

import pytest
from test_library_support import refused

T = "import torch\nimport torch.nn as nn\nimport torch.nn.functional as F\nimport numpy as np\n"
X = T + "x = torch.tensor([[1.0, -2.0], [3.0, 0.5]], requires_grad=True)\n"
MG = "from micrograd.engine import Value\nfrom micrograd.nn import MLP, Neuron\n"

CASES = {
    # torch.autograd
    "torch.autograd.backward: grad_tensors needs one gradient per tensor":
        X + "torch.autograd.backward([x.sum()], [None, None])",
    "One of the differentiated Tensors does not require grad": X + "g = torch.autograd.grad(x.sum(), torch.ones(2))",
    "One of the differentiated Tensors appears to not have been used in the graph":
        X + "w = torch.ones(2, requires_grad=True)\ng = torch.autograd.grad(x.sum(), w)",
    "torch.autograd.grad: inputs must be a tensor or a list of tensors": X + "g = torch.autograd.grad(x.sum(), 3)",
    # data and sizes
    "torch.where takes a tensor, not dict": X + "y = torch.where(x > 0, x, {1: 2})",
    "index 5 is out of range for torch.Size([2, 2])": X + "n = x.shape[5]",
    "F.one_hot: class values must be from 0 to 1": X + "h = F.one_hot(torch.tensor([0, 3]), 2)",
    "label_smoothing is not something visualgrad computes yet":
        X + "l = F.cross_entropy(x, torch.tensor([0, 1]), label_smoothing=0.1)",
    # micrograd
    "a Value's grad is a number": MG + "v = Value(1.0)\nv.grad = [1]",
    "a Value's data is a number": MG + "v = Value(1.0)\nv.data = 'a'",
    "MLP is called with one input list": MG + "m = MLP(2, [1])\ny = m([1.0, 2.0], 3)",
    "a Value has data, grad and label; 'foo' cannot be set": MG + "v = Value(1.0)\nv.foo = 1",
    # nn.init and modules
    "nn.init.constant_ takes a number": T + "l = nn.Linear(2, 2)\nnn.init.constant_(l.bias, 'a')",
    "nn.init.zeros_ takes a tensor (a layer's weight or bias)": T + "nn.init.zeros_(3)",
    "nn.init.xavier_uniform_: fan in and fan out need a tensor of at least 2 dimensions":
        T + "l = nn.Linear(2, 2)\nnn.init.xavier_uniform_(l.bias)",
    "nn.init: unknown nonlinearity 'cube'": T + "g = nn.init.calculate_gain('cube')",
    "nn.init.kaiming_normal_: mode is 'fan_in' or 'fan_out'":
        T + "l = nn.Linear(2, 2)\nnn.init.kaiming_normal_(l.weight, mode='both')",
    "nn.Linear(0, 3): sizes must be from 1 up to a million weights": T + "l = nn.Linear(0, 3)",
    "index 5 is out of range for nn.Sequential of 2 modules": T + "m = nn.Sequential(nn.ReLU(), nn.Tanh())\nk = m[5]",
    "nn.Linear.weight can only be set to an nn.Parameter": T + "l = nn.Linear(2, 2)\nl.weight = torch.ones(2, 2)",
    "attributes of nn.Linear cannot be set here": T + "l = nn.Linear(2, 2)\nl.foo = 3",
    "nn.Module.__init__() takes no arguments":
        T + "class N(nn.Module):\n    def __init__(self):\n        super().__init__(3)\nn = N()",
    # NumPy
    "np.arange: the step cannot be 0": T + "a = np.arange(0, 5, 0)",
    "np.arange: too many numbers to draw": T + "a = np.arange(0, 10**9)",
    "np.linspace: num must be from 0 to 10,000,000": T + "a = np.linspace(0, 1, -2)",
    "np.eye: too many numbers to draw": T + "a = np.eye(10**5)",
    "np.linalg.norm is accepted for vector norms": T + "a = np.linalg.norm(np.ones((2, 2)), ord=3)",
    "np.exp: can't call numpy() on a tensor that requires grad": X + "a = np.exp(x)",
    "np.random.randint: high must be greater than low": T + "a = np.random.randint(5, 1)",
    "rng.integers: high must be greater than low": T + "a = np.random.default_rng(0).integers(5, 1)",
    "np.random.choice: a must be a positive whole number": T + "a = np.random.choice(0)",
    # optimizers
    "Nesterov momentum requires a momentum and zero dampening":
        X + "o = torch.optim.SGD([x], lr=0.1, nesterov=True)",
    "optimizer.step(closure) is not something visualgrad runs":
        X + "o = torch.optim.SGD([x], lr=0.1)\no.step(3)",
    "torch.optim.SGD takes a list of tensors, such as model.parameters()": X + "o = torch.optim.SGD(3, lr=0.1)",
    "torch.optim.Adam can only optimize leaf tensors that require grad": X + "o = torch.optim.Adam([x * 2])",
    "torch.optim.SGD: lr must be a number ≥ 0": X + "o = torch.optim.SGD([x], lr=-1)",
    "torch.optim.Adam: betas is a pair of numbers": X + "o = torch.optim.Adam([x], betas=0.9)",
    # random, math
    "random.sample: k must be from 0 to the population's size": "import random\ns = random.sample([1, 2], 5)",
    "random.choices: k is too large": "import random\ns = random.choices([1, 2], k=10**8)",
    "math.exp takes a number; this tensor has 4 elements": X + "import math\ny = math.exp(x)",
    "random.choices: ": "import random\ns = random.choices([1, 2], weights=[1], k=2)",
    # torch.return_types
    "torch.return_types.max has .values and .indices, not 'value'": X + "m = torch.max(x, 0).value",
    "torch.return_types.max has two items: [0] the values and [1] the indices": X + "m = torch.max(x, 0)[2]",
    # tensors
    "attributes of a NumPy array cannot be set": T + "a = np.ones(2)\na.foo = 1",
    "requires_grad can only be changed on a tensor you made (a leaf), not on a computed one":
        X + "y = x * 2\ny.requires_grad = False",
    "changing a computed tensor in place is not something visualgrad shows": X + "y = x * 2\ny.add_(1)",
    "backward(inputs=...) is not something visualgrad computes": X + "x.sum().backward(inputs=[x])",
    "writing a tensor that requires grad into another tensor is not something visualgrad shows":
        X + "y = torch.zeros(2)\ny[0] = x[0, 0]",
    "tensors used as indices must be long, int or bool tensors": X + "y = x[torch.tensor([0.0])]",
    "dimension 3 is out of range for a tensor of 2 dimensions": X + "n = x.size(3)",
    "x.T on a tensor of 3 dimensions is not something visualgrad computes": X + "y = torch.ones(2, 2, 2).T",
    "x.grad can be set to None or to a tensor of x's shape": X + "x.grad = torch.ones(3)",
    "x.data can be set to a tensor": X + "x.data = 3",
    "x.copy_(): the result's shape [3] is not x's [2, 2]": X + "y = torch.zeros(2, 2)\ny.copy_(torch.ones(3))",
    "x[...] = ...: ": X + "y = torch.zeros(2)\ny[5] = 1.0",
    "'foo' cannot be set on a tensor": X + "x.foo = 1",
    "torch.arange: step must be nonzero": T + "a = torch.arange(0, 5, 0)",
    "torch.linspace: steps must be non-negative": T + "a = torch.linspace(0, 1, -3)",
    "torch.randint: high must be greater than low": T + "a = torch.randint(5, 1, (2,))",
    "torch.arange: 1000000000 is too many numbers to draw": T + "a = torch.arange(10**9)",
    "torch.div with rounding_mode has no gradient to show": X + "y = torch.div(x, 2, rounding_mode='floor')",
    "torch.exp() takes a torch tensor, not a NumPy array": T + "y = torch.exp(np.ones(2))",
    "torch.sum(dtype=...) other than a float type is not something visualgrad computes":
        X + "y = torch.sum(x, dtype=torch.int64)",
    "torch.mean(): the input must be a floating point tensor, not int64": T + "y = torch.mean(torch.tensor([1, 2]))",
    "torch.mean() takes keepdim only with a dim": X + "y = torch.mean(x, keepdim=True)",
    "torch.std: correction must be a number": X + "y = torch.std(x, correction='a')",
    "torch.max() takes keepdim only with a dim": X + "y = x.max(keepdim=False)",
    "torch.allclose: shapes [2, 2] and [3] do not broadcast": X + "b = torch.allclose(x, torch.ones(3))",
    "torch.sum() got 'input' twice: by position and by name": X + "y = torch.sum(x, input=x)",
}


@pytest.mark.parametrize("message", sorted(CASES))
def test_each_refusal_says_what_and_where(message):
    src = CASES[message]
    e = refused(src)
    assert message in e.message, e.message
    # the position is the line that makes the call (the last one; in a class, the super().__init__ line)
    lines = src.splitlines()
    want = next(i for i, line in enumerate(lines, 1) if "super()" in line) if "super()" in src else len(lines)
    assert (e.line, e.column >= 1) == (want, True)
