"""Autograd on numpy: nodes, the op table, graph walks, backward, gradient check. No Qt.

The torch-like functional API is visualgrad.engine.functions. `tensor` (the leaf maker) is
visualgrad.engine.tensor.tensor: it is not re-exported here, where it would hide the submodule.
"""
from . import ops_activation, ops_custom, ops_loss, ops_mask, ops_reduce, ops_shape  # noqa: F401 - they register their ops
from .errors import EngineError
from .finite_differences import LeafCheck, gradcheck
from .graph import ancestors, backward, consumers, groups_of, recompute
from .mode import Group, at, enable_grad, group, is_grad_enabled, no_grad, set_grad_enabled
from .ops import FUNCTIONS, OPS, Op, unbroadcast
from .tape import Tape
from .tensor import ROLES, Source, Tensor, apply, as_tensor

__all__ = ["LeafCheck", "gradcheck", "ancestors", "backward", "consumers", "groups_of", "recompute", "FUNCTIONS",
           "OPS", "Op", "unbroadcast", "Tape", "ROLES", "Source", "Tensor", "apply", "as_tensor",
           "EngineError", "Group", "at", "enable_grad", "group", "is_grad_enabled", "no_grad",
           "set_grad_enabled"]
