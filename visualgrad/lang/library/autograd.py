"""torch.autograd.grad and torch.autograd.backward: PyTorch's meaning, on the engine's backward pass.

autograd.grad returns ∂outputs/∂inputs without touching any .grad: the leaves' gradients are put aside
before the pass (recorded like any backward pass, so the timeline shows it) and given back after."""
from __future__ import annotations

import numpy as np

from ...engine import ancestors
from ...engine import functions as vf
from ...i18n import tr
from .autograd_function import FUNCTION
from .common import check_statistics, requires_grad, tensor_of
from .signature import export

AUTOGRAD: dict = {"Function": FUNCTION}


def _tensors(ctx, v, what, arg):
    items = list(v) if isinstance(v, (list, tuple)) else [v]
    out = [tensor_of(x) for x in items]
    if not out or any(t is None for t in out):
        ctx.refuse(tr("lang", "torch.autograd.{what}: {arg} must be a tensor or a list of tensors").format(
            what=what, arg=arg), "torch.autograd.grad(y, x)")
    return out


@export(AUTOGRAD, "torch.autograd.grad", "grad")
def grad(ctx, outputs, inputs, grad_outputs=None, retain_graph=None, create_graph=False, only_inputs=True,
         allow_unused=None, is_grads_batched=False, materialize_grads=False):
    if create_graph or is_grads_batched:
        ctx.refuse(tr("lang", "torch.autograd.grad(create_graph=True) (gradients of gradients) is not something "
                              "visualgrad computes"), "torch.autograd.grad(y, x)")
    outs = _tensors(ctx, outputs, "grad", "outputs")
    ins = _tensors(ctx, inputs, "grad", "inputs")
    seeds = [None] * len(outs) if grad_outputs is None else \
        [None if g is None else tensor_of(g) for g in (grad_outputs if isinstance(grad_outputs, (list, tuple))
                                                        else [grad_outputs])]
    if len(seeds) != len(outs):
        ctx.refuse(tr("lang", "torch.autograd.grad: grad_outputs needs one gradient per output"))
    for t in ins:
        if not requires_grad(t):
            ctx.refuse(tr("lang", "One of the differentiated Tensors does not require grad"),
                       "x = torch.tensor(..., requires_grad=True)")
    used = set()
    for o in outs:
        check_statistics(ctx, o)
        used.update(id(n) for n in ancestors(o))
    for t in ins:
        if id(t) not in used and not allow_unused:
            ctx.refuse(tr("lang", "One of the differentiated Tensors appears to not have been used in the graph"),
                       "torch.autograd.grad(y, x, allow_unused=True)")
    leaves = {id(n): n for o in outs for n in ancestors(o) if n.op is None}
    kept = {k: n.grad for k, n in leaves.items()}
    total = [None] * len(ins)
    try:
        for o, s in zip(outs, seeds):
            for n in leaves.values():
                n.grad = None
            ctx.backward(o, s, True if retain_graph is None and len(outs) > 1 else bool(retain_graph))
            for i, t in enumerate(ins):
                g = t.grad if id(t) in used else None
                if g is not None:
                    total[i] = np.array(g, dtype=np.float64) if total[i] is None else total[i] + g
    finally:
        for k, n in leaves.items():
            n.grad = kept[k]
    result = []
    for t, g in zip(ins, total):
        if g is None and (materialize_grads or id(t) in used):
            g = np.zeros(t.shape)
        result.append(None if g is None else vf.constant(g))
    return tuple(result)


@export(AUTOGRAD, "torch.autograd.backward", "backward")
def backward(ctx, tensors, grad_tensors=None, retain_graph=None, create_graph=False, inputs=None):
    from .tensor_methods import backward as tensor_backward
    ts = _tensors(ctx, tensors, "backward", "tensors")
    gs = [None] * len(ts) if grad_tensors is None else \
        (list(grad_tensors) if isinstance(grad_tensors, (list, tuple)) else [grad_tensors])
    if len(gs) != len(ts):
        ctx.refuse(tr("lang", "torch.autograd.backward: grad_tensors needs one gradient per tensor"))
    for t, g in zip(ts, gs):
        tensor_backward(ctx, t, g, retain_graph, create_graph, inputs)
