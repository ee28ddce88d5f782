"""torch. shape functions and linear algebra (reshape, view, permute, flatten, unsqueeze, squeeze, t,
transpose, cat, stack, matmul, mm, mv, dot, outer), as functions and tensor methods, with PyTorch's
parameter names and grad_fn names."""
from __future__ import annotations

from ...engine import functions as vf
from ...i18n import tr
from .common import dims_of, int_of
from .signature import export
from .text import named
from .torch_ops import FUNCS, METHODS, both, need

_ = FUNCS


# ---- shape ------------------------------------------------------------------------------------

@both("reshape", method=False, gf="ViewBackward0")
def reshape(ctx, input, shape):
    return vf.reshape(need(ctx, input, "torch.reshape"), _shape(ctx, (shape,), "torch.reshape"))


def _shape(ctx, args, what):
    """Sizes where -1 is allowed (reshape/view)."""
    if len(args) == 1 and isinstance(args[0], (list, tuple)) or len(args) == 1 and hasattr(args[0], "dims"):
        args = tuple(args[0])
    return tuple(int_of(ctx, a, what) for a in args)


@export(METHODS, "Tensor.reshape", "reshape", method=True)
def reshape_method(ctx, self, *shape):
    return named(vf.reshape(self, _shape(ctx, shape, "Tensor.reshape")), "ViewBackward0")


@export(METHODS, "Tensor.view", "view", method=True)
def view_method(ctx, self, *shape):
    return named(vf.reshape(self, _shape(ctx, shape, "Tensor.view")), "ViewBackward0")


@export(METHODS, "Tensor.expand", "expand", method=True)
def expand_method(ctx, self, *sizes):
    return named(vf.expand(self, _shape(ctx, sizes, "Tensor.expand")), "ExpandBackward0")


@export(METHODS, "Tensor.permute", "permute", method=True)
def permute_method(ctx, self, *dims):
    return named(vf.permute(self, _shape(ctx, dims, "Tensor.permute")), "PermuteBackward0")


@both("permute", method=False, gf="PermuteBackward0")
def permute(ctx, input, dims):
    return vf.permute(need(ctx, input, "torch.permute"), _shape(ctx, (dims,), "torch.permute"))


@both("flatten", gf="ViewBackward0")
def flatten(ctx, input, start_dim=0, end_dim=-1):
    return flatten_of(need(ctx, input, "torch.flatten"), int_of(ctx, start_dim, "start_dim"),
                      int_of(ctx, end_dim, "end_dim"))


def flatten_of(t, start, end):
    """torch.flatten: the input itself when there is nothing to flatten (PyTorch returns it as is)."""
    n = max(t.ndim, 1)
    if t.ndim >= 1 and -n <= start < n and -n <= end < n and start % n == end % n:
        return t
    return vf.flatten(t, start, end)


@both("unsqueeze", gf="UnsqueezeBackward0")
def unsqueeze(ctx, input, dim):
    return vf.unsqueeze(need(ctx, input, "torch.unsqueeze"), int_of(ctx, dim, "dim"))


@both("squeeze", gf=lambda input, dim=None: f"SqueezeBackward{0 if dim is None else 1}")
def squeeze(ctx, input, dim=None):
    return vf.squeeze(need(ctx, input, "torch.squeeze"), dims_of(ctx, dim, "dim"))


@both("t", gf="TBackward0")
def t(ctx, input):
    return vf.t(need(ctx, input, "torch.t"))


@both("transpose", gf="TransposeBackward0")
def transpose(ctx, input, dim0, dim1):
    return vf.transpose(need(ctx, input, "torch.transpose"), int_of(ctx, dim0, "dim0"), int_of(ctx, dim1, "dim1"))


both("swapaxes", gf="TransposeBackward0")(transpose)


def _tensors(ctx, tensors, what):
    if not isinstance(tensors, (list, tuple)) or not tensors:
        ctx.refuse(tr("lang", "{what} takes a list of tensors").format(what=what), f"{what}([a, b])")
    return [need(ctx, x, what, "tensors") for x in tensors]


@both("cat", {"axis": "dim"}, method=False, gf="CatBackward0")
def cat(ctx, tensors, dim=0, *, out=None):
    return vf.cat(_tensors(ctx, tensors, "torch.cat"), int_of(ctx, dim, "dim"))


both("concat", {"axis": "dim"}, method=False, gf="CatBackward0")(cat)
both("concatenate", {"axis": "dim"}, method=False, gf="CatBackward0")(cat)


@both("stack", {"axis": "dim"}, method=False, gf="StackBackward0")
def stack(ctx, tensors, dim=0, *, out=None):
    return vf.stack(_tensors(ctx, tensors, "torch.stack"), int_of(ctx, dim, "dim"))


# ---- linear algebra ---------------------------------------------------------------------------

@both("matmul")
def matmul(ctx, input, other, *, out=None):
    a, b = need(ctx, input, "torch.matmul"), need(ctx, other, "torch.matmul", "other")
    return named(vf.matmul(a, b), matmul_name(a, b))


def matmul_name(a, b) -> str:
    return {(2, 2): "MmBackward0", (1, 1): "DotBackward0", (2, 1): "MvBackward0"}.get((a.ndim, b.ndim), "MatmulBackward0")


@both("mm", gf="MmBackward0")
def mm(ctx, input, mat2, *, out=None):
    return vf.mm(need(ctx, input, "torch.mm"), need(ctx, mat2, "torch.mm", "mat2"))


@both("mv", gf="MvBackward0")
def mv(ctx, input, vec, *, out=None):
    return vf.mv(need(ctx, input, "torch.mv"), need(ctx, vec, "torch.mv", "vec"))


@both("dot", gf="DotBackward0")
def dot(ctx, input, tensor, *, out=None):
    return vf.dot(need(ctx, input, "torch.dot"), need(ctx, tensor, "torch.dot", "tensor"))


@both("outer", gf="MulBackward0")
def outer(ctx, input, vec2, *, out=None):
    return vf.outer(need(ctx, input, "torch.outer"), need(ctx, vec2, "torch.outer", "vec2"))
