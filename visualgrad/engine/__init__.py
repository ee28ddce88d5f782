"""Autograd on numpy: nodes, the op table, graph walks, backward, gradient check. No Qt."""
from .gradcheck import LeafCheck, gradcheck
from .graph import ancestors, backward, consumers, recompute
from .ops import FUNCTIONS, OPS, Op, unbroadcast
from .tape import Tape
from .tensor import ROLES, Source, Tensor, apply, as_tensor, tensor

__all__ = ["LeafCheck", "gradcheck", "ancestors", "backward", "consumers", "recompute", "FUNCTIONS",
           "OPS", "Op", "unbroadcast", "Tape", "ROLES", "Source", "Tensor", "apply", "as_tensor", "tensor"]
