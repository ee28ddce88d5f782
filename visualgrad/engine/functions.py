"""The engine's functional API, with PyTorch's meaning and argument names (float64).

What the language's library calls for `torch.`, `F.`, `np.` and tensor methods. Every Tensor
argument may also be a number or a numpy array: it becomes a constant leaf (no gradient, never
blamed). A call the engine cannot compute exactly as PyTorch would raises EngineError.
"""
from __future__ import annotations

from typing import NamedTuple


class EngineError(ValueError):
    """An argument PyTorch would refuse (a shape, a dim, an option): never a quiet wrong result."""


class ValuesIndices(NamedTuple):
    """What torch.max(x, dim) returns: .values (in the graph) and .indices (a constant)."""
    values: object
    indices: object


def _todo(*a, **k):
    raise NotImplementedError("engine function not written yet")


# ---- leaves, grad mode, groups, sources ------------------------------------------------
def leaf(data, requires_grad=False, name=None, role=None, source=None):
    """A leaf tensor; role defaults to "input" if it requires grad, else "constant"."""
    _todo()


def constant(data, dtype="float64"):
    """A constant leaf (requires_grad False); dtype is a tag ("int64", "bool") over float64 data."""
    _todo()


def detach(x):
    """Same values, no gradient ever passes (a "detach" node: the picture shows the cut)."""
    _todo()


def backward(t, gradient=None):
    """Fill .grad of every tensor that requires grad and that t depends on; return the nodes filled."""
    _todo()


# ---- elementwise -----------------------------------------------------------------------
def add(a, b): _todo()
def sub(a, b): _todo()
def mul(a, b): _todo()
def div(a, b): _todo()
def neg(x): _todo()
def pow(x, y): _todo()  # noqa: A001 - torch's name
def maximum(a, b): _todo()
def minimum(a, b): _todo()
def abs(x): _todo()  # noqa: A001
def sqrt(x): _todo()
def exp(x): _todo()
def log(x): _todo()
def log1p(x): _todo()
def sin(x): _todo()
def cos(x): _todo()
def tanh(x): _todo()
def sigmoid(x): _todo()
def relu(x): _todo()
def square(x): _todo()
def leaky_relu(x, negative_slope=0.01): _todo()
def gelu(x, approximate="none"): _todo()
def softplus(x, beta=1.0, threshold=20.0): _todo()
def clamp(x, min=None, max=None): _todo()  # noqa: A002
clip = clamp
def where(condition, x, y): _todo()


# ---- reductions ------------------------------------------------------------------------
def sum(x, dim=None, keepdim=False): _todo()  # noqa: A001
def mean(x, dim=None, keepdim=False): _todo()
def prod(x, dim=None, keepdim=False): _todo()
def max(x, dim=None, keepdim=False): _todo()  # noqa: A001 - Tensor, or ValuesIndices with a dim
def min(x, dim=None, keepdim=False): _todo()  # noqa: A001
def amax(x, dim=None, keepdim=False): _todo()
def amin(x, dim=None, keepdim=False): _todo()
def argmax(x, dim=None, keepdim=False): _todo()
def argmin(x, dim=None, keepdim=False): _todo()
def norm(x, p=2, dim=None, keepdim=False): _todo()
def logsumexp(x, dim, keepdim=False): _todo()
def softmax(x, dim): _todo()
def log_softmax(x, dim): _todo()


# ---- shape and indexing ----------------------------------------------------------------
def reshape(x, shape): _todo()
view = reshape
def flatten(x, start_dim=0, end_dim=-1): _todo()
def unsqueeze(x, dim): _todo()
def squeeze(x, dim=None): _todo()
def t(x): _todo()
def transpose(x, dim0, dim1): _todo()
def permute(x, dims): _todo()
def expand(x, shape): _todo()
def getitem(x, index): _todo()
def cat(tensors, dim=0): _todo()
def stack(tensors, dim=0): _todo()


# ---- linear algebra --------------------------------------------------------------------
def matmul(a, b): _todo()
def mm(a, b): _todo()
def mv(a, b): _todo()
def dot(a, b): _todo()
def outer(a, b): _todo()


# ---- losses ----------------------------------------------------------------------------
def mse_loss(input, target, reduction="mean"): _todo()  # noqa: A002
def l1_loss(input, target, reduction="mean"): _todo()  # noqa: A002
def cross_entropy(input, target, reduction="mean", ignore_index=-100): _todo()  # noqa: A002
def nll_loss(input, target, reduction="mean", ignore_index=-100): _todo()  # noqa: A002
def binary_cross_entropy(input, target, weight=None, reduction="mean"): _todo()  # noqa: A002
def binary_cross_entropy_with_logits(input, target, weight=None, reduction="mean", pos_weight=None): _todo()  # noqa: A002
