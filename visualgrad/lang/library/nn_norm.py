"""The normalisation layers of torch.nn — LayerNorm and BatchNorm1d — and F.layer_norm /
F.batch_norm. Their start is PyTorch's own (weight ones, bias zeros, running_mean zeros, running_var
ones), so the numbers are PyTorch's. Each is built from engine ops (mean, var, rsqrt, ...) inside the
module's box, so the backward pass is the engine's exact one, op by op."""
from __future__ import annotations

import numpy as np

from ...engine import functions as vf
from ...i18n import tr
from .common import NUMBER, Size, changed_statistics, int_of, replace_values, used_statistics
from .functional import F
from .nn_layers import _class
from .nn_module import ModuleObject
from .signature import export
from .text import named
from .torch_ops import floating, need


def _number(ctx, v, what):
    if not isinstance(v, NUMBER) or isinstance(v, bool):
        ctx.refuse(tr("lang", "{what} must be a number, not {value}").format(what=what, value=ctx.text(v)))
    return v


# ---- layer norm: over the last dims of each sample ------------------------------------------------------

def normalized_shape_of(ctx, shape, what, ints_too=True):
    """nn.LayerNorm takes an int or a list of ints; F.layer_norm a list or tuple only (as PyTorch)."""
    if isinstance(shape, (list, tuple, Size)):
        return tuple(int_of(ctx, d, "normalized_shape") for d in shape)
    if not ints_too:
        ctx.refuse(tr("lang", "{what}(): argument 'normalized_shape' must be a tuple of ints, not {kind}")
                   .format(what=what, kind=type(shape).__name__), f"{what}(x, (x.shape[-1],))")
    return (int_of(ctx, shape, "normalized_shape"),)


def layer_norm_of(ctx, x, shape, weight, bias, eps):
    """(x − mean) / √(var + eps) · weight + bias, mean and biased var over the last len(shape) dims."""
    k = len(shape)
    if not k or x.ndim < k or tuple(x.shape[-k:]) != shape:
        ctx.refuse(tr("lang", "Given normalized_shape={shape}, expected input with shape [*, {last}], but got "
                              "input of size{size}").format(shape=list(shape), last=", ".join(map(str, shape)),
                                                            size=list(x.shape)))
    floating(ctx, x, "layer_norm")
    dims = tuple(range(-k, 0))
    mean = vf.mean(x, dims, keepdim=True)
    var = vf.var(x, dims, keepdim=True, correction=0)
    y = vf.mul(vf.sub(x, mean), vf.rsqrt(vf.add(var, float(eps))))
    if weight is not None:
        y = vf.mul(y, weight)
    if bias is not None:
        y = vf.add(y, bias)
    return named(y, "NativeLayerNormBackward0")


def _affine_of(ctx, t, name, shape, what):
    if t is None:
        return None
    t = need(ctx, t, what, name)
    if tuple(t.shape) != tuple(shape):
        ctx.refuse(tr("lang", "Expected {name} to be of same shape as normalized_shape, but got {name} of shape "
                              "{got} and normalized_shape = {shape}").format(name=name, got=list(t.shape),
                                                                           shape=list(shape)))
    return t


@export(F, "F.layer_norm", "layer_norm")
def layer_norm(ctx, input, normalized_shape, weight=None, bias=None, eps=1e-05):
    x = need(ctx, input, "F.layer_norm")
    shape = normalized_shape_of(ctx, normalized_shape, "F.layer_norm", ints_too=False)
    w = _affine_of(ctx, weight, "weight", shape, "F.layer_norm")
    b = _affine_of(ctx, bias, "bias", shape, "F.layer_norm")
    with ctx.group("layer_norm", kind="function"):
        return layer_norm_of(ctx, x, shape, w, b, _number(ctx, eps, "eps"))


@_class("LayerNorm")
class LayerNorm(ModuleObject):
    attributes = ("normalized_shape", "eps", "elementwise_affine")

    def setup(self, ctx, normalized_shape, eps=1e-05, elementwise_affine=True, bias=True, device=None, dtype=None):
        self.normalized_shape = normalized_shape_of(ctx, normalized_shape, "nn.LayerNorm")
        if any(d < 1 for d in self.normalized_shape) or int(np.prod(self.normalized_shape)) > 1_000_000:
            ctx.refuse(tr("lang", "{what}: sizes must be from 1 up to a million weights")
                       .format(what=f"nn.LayerNorm({list(self.normalized_shape)})"))
        self.eps = _number(ctx, eps, "eps")
        self.elementwise_affine = bool(elementwise_affine)
        affine, shape = self.elementwise_affine, self.normalized_shape
        # PyTorch's start: weight ones, bias zeros; a layer without them has them as None
        self.params["weight"] = vf.leaf(np.ones(shape), requires_grad=True, role="parameter") if affine else None
        self.params["bias"] = vf.leaf(np.zeros(shape), requires_grad=True, role="parameter") \
            if affine and bias else None

    def forward(self, ctx, input):
        x = need(ctx, input, "nn.LayerNorm")
        return layer_norm_of(ctx, x, self.normalized_shape, self.params["weight"], self.params["bias"], self.eps)

    def extra_text(self):
        return (f"{self.normalized_shape}, eps={self.eps}, elementwise_affine={self.elementwise_affine}, "
                f"bias={self.params['bias'] is not None}")


# ---- batch norm: over the batch (and length) of each channel ------------------------------------------------

def _channel_stat(ctx, t, name, c, what):
    if t is None:
        return None
    t = need(ctx, t, what, name)
    if t.data.size != c:
        ctx.refuse(tr("lang", "{name} should contain {c} elements not {n}").format(name=name, c=c, n=t.data.size))
    return t


def batch_norm_of(ctx, x, running_mean, running_var, weight, bias, training, momentum, eps):
    """PyTorch's batch norm of x (N, C, *): in training, each channel's batch mean and biased variance
    normalise it, and the running statistics (when given) move towards the batch's mean and unbiased
    variance, in place; otherwise the running statistics normalise it."""
    floating(ctx, x, "batch_norm")
    c = x.shape[1]
    dims = (0,) + tuple(range(2, x.ndim))

    def per_channel(t):  # (C,) -> (C, 1, ...) to meet x's channel dim
        return t if t is None or x.ndim == 2 else vf.reshape(t, (c,) + (1,) * (x.ndim - 2))

    if training:
        n = x.data.size // c
        if n <= 1:
            ctx.refuse(tr("lang", "Expected more than 1 value per channel when training, got input size "
                                  "torch.Size({size})").format(size=list(x.shape)), "model.eval()")
        if eps <= 0:
            ctx.refuse(tr("lang", "batch_norm eps must be positive during training and non-negative otherwise, "
                                  "but got {eps}").format(eps=eps), "eps=1e-05")
        mean = vf.mean(x, dims, keepdim=True)
        var = vf.var(x, dims, keepdim=True, correction=0)
        m = float(momentum)
        if running_mean is not None:  # PyTorch's update: momentum · batch + (1 − momentum) · running
            replace_values(ctx, running_mean, m * mean.data.reshape(c) + (1 - m) * running_mean.data, force=True)
        if running_var is not None:
            centred = x.data - x.data.mean(axis=dims, keepdims=True)
            unbiased = np.sum(centred * centred, axis=dims) / (n - 1)
            replace_values(ctx, running_var, m * unbiased + (1 - m) * running_var.data, force=True)
        changed_statistics(ctx, [s for s in (running_mean, running_var) if s is not None])
    else:
        if running_mean is None or running_var is None:
            ctx.refuse(tr("lang", "running_mean must be defined in evaluation mode"),
                       "F.batch_norm(x, None, None, training=True)")
        if eps < 0:
            ctx.refuse(tr("lang", "batch_norm eps must be positive during training and non-negative otherwise, "
                                  "but got {eps}").format(eps=eps), "eps=1e-05")
        mean, var = per_channel(running_mean), per_channel(running_var)
    y = vf.mul(vf.sub(x, mean), vf.rsqrt(vf.add(var, float(eps))))
    if weight is not None:
        y = vf.mul(y, per_channel(weight))
    if bias is not None:
        y = vf.add(y, per_channel(bias))
    if not training:
        used_statistics(ctx, y, (running_mean, running_var))
    return named(y, "NativeBatchNormBackward0")


@export(F, "F.batch_norm", "batch_norm")
def batch_norm(ctx, input, running_mean, running_var, weight=None, bias=None, training=False, momentum=0.1,
               eps=1e-05):
    x = need(ctx, input, "F.batch_norm")
    if x.ndim < 2:
        ctx.refuse(tr("lang", "F.batch_norm takes an input of shape (N, C, ...), not shape {s}")
                   .format(s=list(x.shape)), "x.unsqueeze(0)")
    c = x.shape[1]
    stats = [_channel_stat(ctx, t, name, c, "F.batch_norm") for t, name in
             ((running_mean, "running_mean"), (running_var, "running_var"), (weight, "weight"), (bias, "bias"))]
    with ctx.group("batch_norm", kind="function"):
        return batch_norm_of(ctx, x, *stats, bool(training), _number(ctx, momentum, "momentum"),
                             _number(ctx, eps, "eps"))


@_class("BatchNorm1d")
class BatchNorm1d(ModuleObject):
    """PyTorch's start: weight ones, bias zeros, running_mean zeros, running_var ones, and
    num_batches_tracked counting the training calls (momentum=None averages over all of them)."""
    attributes = ("num_features", "eps", "momentum", "affine", "track_running_stats")

    def setup(self, ctx, num_features, eps=1e-05, momentum=0.1, affine=True, track_running_stats=True, device=None,
              dtype=None, *, bias=True):
        c = self.num_features = int_of(ctx, num_features, "num_features")
        if not 1 <= c <= 1_000_000:
            ctx.refuse(tr("lang", "{what}: sizes must be from 1 up to a million weights")
                       .format(what=f"nn.{self.kind}({c})"))
        self.eps = _number(ctx, eps, "eps")
        self.momentum = None if momentum is None else _number(ctx, momentum, "momentum")
        self.affine, self.track_running_stats = bool(affine), bool(track_running_stats)
        self.params["weight"] = vf.leaf(np.ones(c), requires_grad=True, role="parameter") if affine else None
        self.params["bias"] = vf.leaf(np.zeros(c), requires_grad=True, role="parameter") if affine and bias else None
        track = self.track_running_stats
        self.buffers["running_mean"] = vf.constant(np.zeros(c)) if track else None
        self.buffers["running_var"] = vf.constant(np.ones(c)) if track else None
        self.buffers["num_batches_tracked"] = vf.constant(np.array(0.0), "int64") if track else None

    def forward(self, ctx, input):
        x = need(ctx, input, self.lang_name)
        if x.ndim not in (2, 3):
            ctx.refuse(tr("lang", "expected 2D or 3D input (got {n}D input)").format(n=x.ndim),
                       f"nn.BatchNorm1d({self.num_features})(x.view(-1, {self.num_features}))")
        if x.shape[1] != self.num_features:
            ctx.refuse(tr("lang", "{name} should contain {c} elements not {n}")
                       .format(name="running_mean", c=x.shape[1], n=self.num_features),
                       f"nn.{self.kind}({x.shape[1]})")
        factor = 0.0 if self.momentum is None else self.momentum
        b = self.buffers
        if self.training and self.track_running_stats:
            count = b["num_batches_tracked"]
            replace_values(ctx, count, count.data + 1, force=True)
            if self.momentum is None:  # the cumulative average of every batch so far
                factor = 1.0 / float(count.data)
        # batch statistics in training, and in eval mode when the layer keeps no running ones
        use_batch = self.training or b["running_mean"] is None
        return batch_norm_of(ctx, x, b["running_mean"], b["running_var"], self.params["weight"], self.params["bias"],
                             use_batch, factor, self.eps)

    def extra_text(self):
        return (f"{self.num_features}, eps={self.eps}, momentum={self.momentum}, affine={self.affine}, "
                f"bias={self.params['bias'] is not None}, track_running_stats={self.track_running_stats}")

