"""torch.optim.SGD: step() is PyTorch's update (weight decay, momentum, dampening, Nesterov, maximize),
zero_grad() as PyTorch's (set_to_none=True by default)."""
from __future__ import annotations

import numpy as np

from ...engine import Tensor
from ...i18n import tr
from ..runtime import HostClass, HostFunction, HostObject
from .signature import checked
from .tensor_methods import grad_of, replace_values

OPTIM: dict = {}


class SGD(HostObject):
    lang_name = "torch.optim.SGD"

    def __init__(self, params, lr, momentum, dampening, weight_decay, nesterov, maximize):
        self.params = params
        self.lr, self.momentum, self.dampening = lr, momentum, dampening
        self.weight_decay, self.nesterov, self.maximize = weight_decay, nesterov, maximize
        self.buffers: dict = {}

    def lang_getattr(self, ctx, name):
        if name == "step":
            return HostFunction("SGD.step", checked("SGD.step", self.step))
        if name == "zero_grad":
            return HostFunction("SGD.zero_grad", checked("SGD.zero_grad", self.zero_grad))
        ctx.refuse_unknown(f"SGD.{name}", ["step", "zero_grad"], prefix="optimizer.")

    def step(self, ctx, closure=None):
        if closure is not None:
            ctx.refuse(tr("lang", "optimizer.step(closure) is not something visualgrad runs"), "optimizer.step()")
        for p in self.params:
            g = grad_of(ctx, p)
            if g is None:
                continue
            d = g.data
            if self.maximize:
                d = -d
            if self.weight_decay != 0:
                d = d + self.weight_decay * p.data
            if self.momentum != 0:
                buf = self.buffers.get(id(p))
                buf = d.copy() if buf is None else self.momentum * buf + (1 - self.dampening) * d
                self.buffers[id(p)] = buf
                d = d + self.momentum * buf if self.nesterov else buf
            replace_values(ctx, p, p.data + (-self.lr) * d, force=True)

    def zero_grad(self, ctx, set_to_none=True):
        for p in self.params:
            if set_to_none or p.grad is None:
                p.grad = None
            else:
                p.grad = np.zeros_like(p.grad)

    def lang_str(self, ctx):
        return (f"SGD (\nParameter Group 0\n    dampening: {self.dampening}\n    lr: {self.lr}\n"
                f"    momentum: {self.momentum}\n    nesterov: {self.nesterov}\n    weight_decay: {self.weight_decay}\n)")


def new_sgd(ctx, params, lr=0.001, momentum=0, dampening=0, weight_decay=0, nesterov=False, *, maximize=False,
            foreach=None, differentiable=False, fused=None):
    ps = list(params) if isinstance(params, (list, tuple)) else None
    if ps is None or not all(isinstance(p, Tensor) for p in ps):
        ctx.refuse(tr("lang", "torch.optim.SGD takes a list of tensors, such as model.parameters()"),
                   "torch.optim.SGD(model.parameters(), lr=0.1)")
    for p in ps:
        if not getattr(p, "requires_grad", False) or p.op is not None:
            ctx.refuse(tr("lang", "torch.optim.SGD can only optimize leaf tensors that require grad"),
                       "w = torch.zeros(3, requires_grad=True)")
    for name, v in (("lr", lr), ("momentum", momentum), ("dampening", dampening), ("weight_decay", weight_decay)):
        if not isinstance(v, (int, float)) or isinstance(v, bool) or v < 0:
            ctx.refuse(tr("lang", "torch.optim.SGD: {name} must be a number ≥ 0").format(name=name))
    if nesterov and (momentum <= 0 or dampening != 0):
        ctx.refuse(tr("lang", "Nesterov momentum requires a momentum and zero dampening"))
    return SGD(ps, float(lr), float(momentum), float(dampening), float(weight_decay), bool(nesterov), bool(maximize))


OPTIM["SGD"] = HostClass("torch.optim.SGD", new=checked("torch.optim.SGD", new_sgd))
