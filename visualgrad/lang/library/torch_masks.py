"""torch.tril, torch.triu and masked_fill, as functions and tensor methods (and their in-place forms
x.tril_(), x.triu_(), x.masked_fill_()), with PyTorch's parameter names and grad_fn names: what a
causal self-attention head needs (wei.masked_fill(tril == 0, float('-inf'))). The maths is the
engine's (engine/ops_mask.py)."""
from __future__ import annotations

from ...engine import functions as vf
from ...engine.masks import broadcast_shape
from ...i18n import tr
from .common import NUMBER, dtype_of, int_of, replace_values, requires_grad, tensor_of, type_name
from .signature import export
from .torch_ops import METHODS, both, need


@both("tril", gf="TrilBackward0")
def tril(ctx, input, diagonal=0, *, out=None):
    return vf.tril(need(ctx, input, "torch.tril"), int_of(ctx, diagonal, "diagonal"))


@both("triu", gf="TriuBackward0")
def triu(ctx, input, diagonal=0, *, out=None):
    return vf.triu(need(ctx, input, "torch.triu"), int_of(ctx, diagonal, "diagonal"))


def _value(ctx, value, what):
    """masked_fill's value: a number (float('-inf') included) or a tensor (the engine wants it 0-d)."""
    t = tensor_of(value)
    if t is not None:
        return t
    if isinstance(value, NUMBER):
        return value
    ctx.refuse(tr("lang", "x.{name}() takes a tensor or a number").format(name=what))


def _mask(ctx, mask, what):
    """The mask: a tensor (the engine insists, as torch does, that it is a bool one)."""
    if tensor_of(mask) is None:
        ctx.refuse(tr("lang", "{what}(): argument '{arg}' must be a tensor, not {kind}")
                   .format(what=what, arg="mask", kind=type_name(mask)), "mask = torch.tensor(mask)")
    return need(ctx, mask, what, "mask")


@both("masked_fill",
      gf=lambda input, mask, value: "MaskedFillBackward1" if tensor_of(value) is not None else "MaskedFillBackward0")
def masked_fill(ctx, input, mask, value):
    return vf.masked_fill(need(ctx, input, "torch.masked_fill"), _mask(ctx, mask, "torch.masked_fill"),
                          _value(ctx, value, "masked_fill"))


# ---- in place: only where PyTorch allows it (a leaf that requires grad is refused, as torch refuses) ----

def _in_place(ctx, self, name, compute, rewrite, value=None):
    # A computed tensor changed in place, or any tensor filled from a value that requires grad, would
    # need a node that replaces its own input: visualgrad draws the out-of-place form instead.
    if ctx.grad_enabled and (requires_grad(self) and self.op is not None or requires_grad(value)):
        ctx.refuse(tr("lang", "changing a computed tensor in place is not something visualgrad shows"), rewrite)
    with vf.no_grad():  # the new numbers only: nothing is recorded
        new = compute(vf.constant(self.data, dtype_of(self)))
    if new.shape != self.shape:  # PyTorch: the mask must broadcast to the tensor's own shape
        ctx.refuse(tr("lang", "x.{name}(): the result's shape {got} is not x's {want}").format(
            name=name, got=list(new.shape), want=list(self.shape)))
    replace_values(ctx, self, new.data)
    return self


@export(METHODS, "Tensor.masked_fill_", "masked_fill_", method=True)
def masked_fill_(ctx, self, mask, value):
    m = _mask(ctx, mask, "Tensor.masked_fill_")
    v = _value(ctx, value, "masked_fill_")
    broadcast_shape(m.shape, self.shape)  # PyTorch's complaint first, when the shapes do not broadcast at all
    return _in_place(ctx, self, "masked_fill_", lambda x: vf.masked_fill(x, m, v), "y = y.masked_fill(mask, value)",
                     v)


@export(METHODS, "Tensor.tril_", "tril_", method=True)
def tril_(ctx, self, diagonal=0):
    k = int_of(ctx, diagonal, "diagonal")
    return _in_place(ctx, self, "tril_", lambda x: vf.tril(x, k), "y = y.tril()")


@export(METHODS, "Tensor.triu_", "triu_", method=True)
def triu_(ctx, self, diagonal=0):
    k = int_of(ctx, diagonal, "diagonal")
    return _in_place(ctx, self, "triu_", lambda x: vf.triu(x, k), "y = y.triu()")
