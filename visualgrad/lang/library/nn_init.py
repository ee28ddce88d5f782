"""torch.nn.init: PyTorch's formulas for the bounds and spreads (gain, fan_in, fan_out), drawn from
visualgrad's own seeded generator (the numbers are not PyTorch's; the note says so)."""
from __future__ import annotations

import math

import numpy as np

from ...i18n import tr
from .common import NUMBER, replace_values, tensor_of, torch_random
from .signature import export

INIT: dict = {}
GAINS = {"linear": 1.0, "conv1d": 1.0, "conv2d": 1.0, "conv3d": 1.0, "sigmoid": 1.0, "tanh": 5.0 / 3,
         "relu": math.sqrt(2.0), "selu": 0.75}


def _init(name):
    return export(INIT, f"nn.init.{name}", name)


def _target(ctx, tensor, what):
    t = tensor_of(tensor)
    if t is None:
        ctx.refuse(tr("lang", "{what} takes a tensor (a layer's weight or bias)").format(what=what),
                   f"{what}(layer.weight)")
    return t


def _fill(ctx, t, values):
    # nn.init runs under no_grad in PyTorch: a parameter's numbers change in place
    replace_values(ctx, t, values, force=True)
    return t


def _fans(ctx, t, what):
    if t.ndim < 2:
        ctx.refuse(tr("lang", "{what}: fan in and fan out need a tensor of at least 2 dimensions").format(what=what),
                   "nn.init.zeros_(layer.bias)")
    receptive = int(np.prod(t.shape[2:])) if t.ndim > 2 else 1
    return t.shape[1] * receptive, t.shape[0] * receptive


def gain_of(ctx, nonlinearity, param=None):
    if nonlinearity == "leaky_relu":
        slope = 0.01 if param is None else float(param)
        return math.sqrt(2.0 / (1 + slope ** 2))
    if nonlinearity not in GAINS:
        ctx.refuse(tr("lang", "nn.init: unknown nonlinearity {n!r}").format(n=nonlinearity), "nonlinearity='relu'")
    return GAINS[nonlinearity]


@_init("calculate_gain")
def calculate_gain(ctx, nonlinearity, param=None):
    return gain_of(ctx, nonlinearity, param)


@_init("zeros_")
def zeros_(ctx, tensor):
    t = _target(ctx, tensor, "nn.init.zeros_")
    return _fill(ctx, t, np.zeros(t.shape))


@_init("ones_")
def ones_(ctx, tensor):
    t = _target(ctx, tensor, "nn.init.ones_")
    return _fill(ctx, t, np.ones(t.shape))


@_init("constant_")
def constant_(ctx, tensor, val):
    t = _target(ctx, tensor, "nn.init.constant_")
    if not isinstance(val, NUMBER):
        ctx.refuse(tr("lang", "nn.init.constant_ takes a number"), "nn.init.constant_(layer.bias, 0.1)")
    return _fill(ctx, t, np.full(t.shape, float(val)))


@_init("normal_")
def normal_(ctx, tensor, mean=0.0, std=1.0, generator=None):
    t = _target(ctx, tensor, "nn.init.normal_")
    return _fill(ctx, t, torch_random(ctx).normal(float(mean), float(std), t.shape))


@_init("uniform_")
def uniform_(ctx, tensor, a=0.0, b=1.0, generator=None):
    t = _target(ctx, tensor, "nn.init.uniform_")
    return _fill(ctx, t, torch_random(ctx).uniform(float(a), float(b), t.shape))


@_init("xavier_uniform_")
def xavier_uniform_(ctx, tensor, gain=1.0, generator=None):
    t = _target(ctx, tensor, "nn.init.xavier_uniform_")
    fan_in, fan_out = _fans(ctx, t, "nn.init.xavier_uniform_")
    bound = float(gain) * math.sqrt(6.0 / (fan_in + fan_out))
    return _fill(ctx, t, torch_random(ctx).uniform(-bound, bound, t.shape))


@_init("xavier_normal_")
def xavier_normal_(ctx, tensor, gain=1.0, generator=None):
    t = _target(ctx, tensor, "nn.init.xavier_normal_")
    fan_in, fan_out = _fans(ctx, t, "nn.init.xavier_normal_")
    return _fill(ctx, t, torch_random(ctx).normal(0.0, float(gain) * math.sqrt(2.0 / (fan_in + fan_out)), t.shape))


def _kaiming_std(ctx, t, a, mode, nonlinearity, what):
    fan_in, fan_out = _fans(ctx, t, what)
    if mode not in ("fan_in", "fan_out"):
        ctx.refuse(tr("lang", "{what}: mode is 'fan_in' or 'fan_out'").format(what=what), f"{what}(w, mode='fan_in')")
    fan = fan_in if mode == "fan_in" else fan_out
    return gain_of(ctx, nonlinearity, a) / math.sqrt(fan)


@_init("kaiming_uniform_")
def kaiming_uniform_(ctx, tensor, a=0, mode="fan_in", nonlinearity="leaky_relu", generator=None):
    t = _target(ctx, tensor, "nn.init.kaiming_uniform_")
    bound = math.sqrt(3.0) * _kaiming_std(ctx, t, a, mode, nonlinearity, "nn.init.kaiming_uniform_")
    return _fill(ctx, t, torch_random(ctx).uniform(-bound, bound, t.shape))


@_init("kaiming_normal_")
def kaiming_normal_(ctx, tensor, a=0, mode="fan_in", nonlinearity="leaky_relu", generator=None):
    t = _target(ctx, tensor, "nn.init.kaiming_normal_")
    std = _kaiming_std(ctx, t, a, mode, nonlinearity, "nn.init.kaiming_normal_")
    return _fill(ctx, t, torch_random(ctx).normal(0.0, std, t.shape))
