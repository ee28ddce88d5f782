"""torch.optim.SGD, Adam, AdamW, RMSprop and Adagrad: step() is PyTorch's update as its single-tensor (CPU) code
writes it, operation by operation (SGD: weight decay, momentum, dampening, Nesterov, maximize; Adam: lerp for the
first moment, bias corrections, weight decay coupled or decoupled (AdamW), amsgrad; RMSprop: centered, momentum;
Adagrad: lr_decay, initial accumulator), zero_grad() as PyTorch's (set_to_none=True)."""
from __future__ import annotations

import numpy as np

from ...engine import Tensor
from ...i18n import tr
from ..runtime import HostClass, HostFunction, HostObject
from .common import replace_values
from .signature import checked
from .tensor_methods import grad_of

OPTIM: dict = {}


class Optimizer(HostObject):
    lang_name = "torch.optim.Optimizer"

    def lang_getattr(self, ctx, name):
        if name == "step":
            return HostFunction(f"{self.lang_name}.step", checked(f"{self.lang_name}.step", self.step))
        if name == "zero_grad":
            return HostFunction(f"{self.lang_name}.zero_grad", checked(f"{self.lang_name}.zero_grad", self.zero_grad))
        ctx.refuse_unknown(f"{self.lang_name}.{name}", ["step", "zero_grad"], prefix="optimizer.")

    def zero_grad(self, ctx, set_to_none=True):
        for p in self.params:
            if set_to_none or p.grad is None:
                p.grad = None
            else:
                p.grad = np.zeros_like(p.grad)

    def grads(self, ctx, closure):
        if closure is not None:
            ctx.refuse(tr("lang", "optimizer.step(closure) is not something visualgrad runs"), "optimizer.step()")
        for p in self.params:
            g = grad_of(ctx, p)
            if g is not None:
                yield p, (-g.data if self.maximize else g.data)


class SGD(Optimizer):
    lang_name = "torch.optim.SGD"

    def __init__(self, params, lr, momentum, dampening, weight_decay, nesterov, maximize):
        self.params = params
        self.lr, self.momentum, self.dampening = lr, momentum, dampening
        self.weight_decay, self.nesterov, self.maximize = weight_decay, nesterov, maximize
        self.buffers: dict = {}

    def step(self, ctx, closure=None):
        for p, d in list(self.grads(ctx, closure)):
            if self.weight_decay != 0:
                d = d + self.weight_decay * p.data
            if self.momentum != 0:
                buf = self.buffers.get(id(p))
                buf = d.copy() if buf is None else self.momentum * buf + (1 - self.dampening) * d
                self.buffers[id(p)] = buf
                d = d + self.momentum * buf if self.nesterov else buf
            replace_values(ctx, p, p.data + (-self.lr) * d, force=True)

    def lang_str(self, ctx):
        return (f"SGD (\nParameter Group 0\n    dampening: {self.dampening}\n    lr: {self.lr}\n"
                f"    momentum: {self.momentum}\n    nesterov: {self.nesterov}\n    weight_decay: {self.weight_decay}\n)")


def _params(ctx, params, what):
    ps = list(params) if isinstance(params, (list, tuple)) else None
    if ps is None or not all(isinstance(p, Tensor) for p in ps):
        ctx.refuse(tr("lang", "{what} takes a list of tensors, such as model.parameters()").format(what=what),
                   f"{what}(model.parameters(), lr=0.1)")
    for p in ps:
        if not getattr(p, "requires_grad", False) or p.op is not None:
            ctx.refuse(tr("lang", "{what} can only optimize leaf tensors that require grad").format(what=what),
                       "w = torch.zeros(3, requires_grad=True)")
    return ps


def _numbers(ctx, what, **values):
    for name, v in values.items():
        if not isinstance(v, (int, float)) or isinstance(v, bool) or v < 0:
            ctx.refuse(tr("lang", "{what}: {name} must be a number ≥ 0").format(what=what, name=name))


def new_sgd(ctx, params, lr=0.001, momentum=0, dampening=0, weight_decay=0, nesterov=False, *, maximize=False,
            foreach=None, differentiable=False, fused=None):
    ps = _params(ctx, params, "torch.optim.SGD")
    _numbers(ctx, "torch.optim.SGD", lr=lr, momentum=momentum, dampening=dampening, weight_decay=weight_decay)
    if nesterov and (momentum <= 0 or dampening != 0):
        ctx.refuse(tr("lang", "Nesterov momentum requires a momentum and zero dampening"))
    return SGD(ps, float(lr), float(momentum), float(dampening), float(weight_decay), bool(nesterov), bool(maximize))


OPTIM["SGD"] = HostClass("torch.optim.SGD", new=checked("torch.optim.SGD", new_sgd))


class Adam(Optimizer):
    lang_name = "torch.optim.Adam"

    def __init__(self, params, lr, betas, eps, weight_decay, amsgrad, maximize, decoupled):
        self.params = params
        self.lr, (self.beta1, self.beta2), self.eps = lr, betas, eps
        self.weight_decay, self.amsgrad, self.maximize, self.decoupled = weight_decay, amsgrad, maximize, decoupled
        self.state: dict = {}

    def step(self, ctx, closure=None):
        for p, g in list(self.grads(ctx, closure)):
            st = self.state.setdefault(id(p), {"step": 0, "m": np.zeros(p.shape), "v": np.zeros(p.shape),
                                               "vmax": np.zeros(p.shape)})
            st["step"] += 1
            data = p.data
            if self.weight_decay != 0:
                if self.decoupled:
                    data = data * (1 - self.lr * self.weight_decay)
                else:
                    g = g + self.weight_decay * data
            # torch's lerp(m, g, w) with w = 1 − β1 < 0.5: m + w·(g − m)
            w = 1 - self.beta1
            m = st["m"] + w * (g - st["m"]) if w < 0.5 else g - (g - st["m"]) * (1 - w)
            v = st["v"] * self.beta2 + (1 - self.beta2) * g * g
            st["m"], st["v"] = m, v
            c1 = 1 - self.beta1 ** st["step"]
            c2 = 1 - self.beta2 ** st["step"]
            step_size = self.lr / c1
            if self.amsgrad:
                st["vmax"] = np.maximum(st["vmax"], v)
                v = st["vmax"]
            denom = np.sqrt(v) / c2 ** 0.5 + self.eps
            replace_values(ctx, p, data + (-step_size) * m / denom, force=True)

    def lang_str(self, ctx):
        return f"Adam (lr: {self.lr}, betas: ({self.beta1}, {self.beta2}), eps: {self.eps})"


def _adam(decoupled_default):
    def new_adam(ctx, params, lr=0.001, betas=(0.9, 0.999), eps=1e-08, weight_decay=0.01 if decoupled_default else 0,
                 amsgrad=False, *, foreach=None, maximize=False, capturable=False, differentiable=False, fused=None,
                 decoupled_weight_decay=decoupled_default):
        what = "torch.optim.AdamW" if decoupled_default else "torch.optim.Adam"
        ps = _params(ctx, params, what)
        if not isinstance(betas, (list, tuple)) or len(betas) != 2:
            ctx.refuse(tr("lang", "{what}: betas is a pair of numbers").format(what=what), "betas=(0.9, 0.999)")
        _numbers(ctx, what, lr=lr, eps=eps, weight_decay=weight_decay, beta1=betas[0], beta2=betas[1])
        return Adam(ps, float(lr), (float(betas[0]), float(betas[1])), float(eps), float(weight_decay),
                    bool(amsgrad), bool(maximize), bool(decoupled_weight_decay))
    return new_adam


OPTIM["Adam"] = HostClass("torch.optim.Adam", new=checked("torch.optim.Adam", _adam(False)))
OPTIM["AdamW"] = HostClass("torch.optim.AdamW", new=checked("torch.optim.AdamW", _adam(True)))


class RMSprop(Optimizer):
    lang_name = "torch.optim.RMSprop"

    def __init__(self, params, lr, alpha, eps, weight_decay, momentum, centered, maximize):
        self.params = params
        self.lr, self.alpha, self.eps, self.weight_decay = lr, alpha, eps, weight_decay
        self.momentum, self.centered, self.maximize = momentum, centered, maximize
        self.state: dict = {}

    def step(self, ctx, closure=None):
        for p, g in list(self.grads(ctx, closure)):
            st = self.state.setdefault(id(p), {"square_avg": np.zeros(p.shape), "grad_avg": np.zeros(p.shape),
                                               "buf": np.zeros(p.shape)})
            if self.weight_decay != 0:
                g = g + self.weight_decay * p.data
            # square_avg.mul_(alpha).addcmul_(grad, grad, value=1 - alpha), in torch's order
            sq = st["square_avg"] = st["square_avg"] * self.alpha + (1 - self.alpha) * g * g
            if self.centered:
                w = 1 - self.alpha  # grad_avg.lerp_(grad, 1 - alpha)
                ga = st["grad_avg"] = (st["grad_avg"] + w * (g - st["grad_avg"]) if w < 0.5
                                       else g - (g - st["grad_avg"]) * (1 - w))
                avg = np.sqrt(sq + (-1.0) * ga * ga)
            else:
                avg = np.sqrt(sq)
            avg = avg + self.eps
            if self.momentum > 0:
                buf = st["buf"] = st["buf"] * self.momentum + g / avg
                new = p.data + (-self.lr) * buf
            else:
                new = p.data + (-self.lr) * g / avg
            replace_values(ctx, p, new, force=True)

    def lang_str(self, ctx):
        return (f"RMSprop (lr: {self.lr}, alpha: {self.alpha}, eps: {self.eps}, momentum: {self.momentum}, "
                f"centered: {self.centered})")


def new_rmsprop(ctx, params, lr=0.01, alpha=0.99, eps=1e-08, weight_decay=0, momentum=0, centered=False,
                capturable=False, foreach=None, maximize=False, differentiable=False):
    ps = _params(ctx, params, "torch.optim.RMSprop")
    _numbers(ctx, "torch.optim.RMSprop", lr=lr, alpha=alpha, eps=eps, weight_decay=weight_decay, momentum=momentum)
    return RMSprop(ps, float(lr), float(alpha), float(eps), float(weight_decay), float(momentum), bool(centered),
                   bool(maximize))


OPTIM["RMSprop"] = HostClass("torch.optim.RMSprop", new=checked("torch.optim.RMSprop", new_rmsprop))


class Adagrad(Optimizer):
    lang_name = "torch.optim.Adagrad"

    def __init__(self, params, lr, lr_decay, weight_decay, initial, eps, maximize):
        self.params = params
        self.lr, self.lr_decay, self.weight_decay, self.initial, self.eps = lr, lr_decay, weight_decay, initial, eps
        self.maximize = maximize
        self.state: dict = {}

    def step(self, ctx, closure=None):
        for p, g in list(self.grads(ctx, closure)):
            st = self.state.setdefault(id(p), {"step": 0, "sum": np.full(p.shape, self.initial)})
            st["step"] += 1
            if self.weight_decay != 0:
                g = g + self.weight_decay * p.data
            clr = self.lr / (1 + (st["step"] - 1) * self.lr_decay)
            st["sum"] = st["sum"] + 1.0 * g * g
            std = np.sqrt(st["sum"]) + self.eps
            replace_values(ctx, p, p.data + (-clr) * g / std, force=True)

    def lang_str(self, ctx):
        return f"Adagrad (lr: {self.lr}, lr_decay: {self.lr_decay}, eps: {self.eps})"


def new_adagrad(ctx, params, lr=0.01, lr_decay=0, weight_decay=0, initial_accumulator_value=0, eps=1e-10,
                foreach=None, *, maximize=False, differentiable=False, fused=None):
    ps = _params(ctx, params, "torch.optim.Adagrad")
    _numbers(ctx, "torch.optim.Adagrad", lr=lr, lr_decay=lr_decay, weight_decay=weight_decay,
             initial_accumulator_value=initial_accumulator_value, eps=eps)
    return Adagrad(ps, float(lr), float(lr_decay), float(weight_decay), float(initial_accumulator_value),
                   float(eps), bool(maximize))


OPTIM["Adagrad"] = HostClass("torch.optim.Adagrad", new=checked("torch.optim.Adagrad", new_adagrad))
