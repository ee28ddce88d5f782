"""torch.nn.functional (F.) with PyTorch's parameter names and defaults: activations, softmax,
F.linear, F.embedding, and the losses with reduction=."""
from __future__ import annotations

import numpy as np

from ...engine import functions as vf
from ...i18n import tr
from .common import data_of, dtype_of, int_of, tensor_of, torch_random
from .signature import export
from .text import named
from .torch_ops import float_dtype, floating, need

F: dict = {}
REDUCTIONS = ("mean", "sum", "none")


def _f(name):
    return export(F, f"F.{name}", name)


def _no_inplace(ctx, inplace, name):
    if inplace:
        ctx.refuse(tr("lang", "F.{name}(inplace=True) changes its input in place; visualgrad shows the "
                              "result as a new node").format(name=name), f"F.{name}(x)")


@_f("relu")
def relu(ctx, input, inplace=False):
    _no_inplace(ctx, inplace, "relu")
    return vf.relu(need(ctx, input, "F.relu"))


@_f("sigmoid")
def sigmoid(ctx, input):
    return vf.sigmoid(need(ctx, input, "F.sigmoid"))


@_f("tanh")
def tanh(ctx, input):
    return vf.tanh(need(ctx, input, "F.tanh"))


@_f("leaky_relu")
def leaky_relu(ctx, input, negative_slope=0.01, inplace=False):
    _no_inplace(ctx, inplace, "leaky_relu")
    return vf.leaky_relu(need(ctx, input, "F.leaky_relu"), float(negative_slope))


@_f("gelu")
def gelu(ctx, input, approximate="none"):
    if approximate not in ("none", "tanh"):
        ctx.refuse(tr("lang", "F.gelu's approximate is 'none' or 'tanh'"), "F.gelu(x, approximate='tanh')")
    return vf.gelu(need(ctx, input, "F.gelu"), approximate)


@_f("silu")
def silu(ctx, input, inplace=False):
    _no_inplace(ctx, inplace, "silu")
    return vf.silu(need(ctx, input, "F.silu"))


@_f("logsigmoid")
def logsigmoid(ctx, input):
    return vf.logsigmoid(need(ctx, input, "F.logsigmoid"))


@_f("elu")
def elu(ctx, input, alpha=1.0, inplace=False):
    _no_inplace(ctx, inplace, "elu")
    return vf.elu(need(ctx, input, "F.elu"), float(alpha))


@_f("hardtanh")
def hardtanh(ctx, input, min_val=-1.0, max_val=1.0, inplace=False):
    _no_inplace(ctx, inplace, "hardtanh")
    return vf.hardtanh(need(ctx, input, "F.hardtanh"), float(min_val), float(max_val))


@_f("softplus")
def softplus(ctx, input, beta=1.0, threshold=20.0):
    return vf.softplus(need(ctx, input, "F.softplus"), float(beta), float(threshold))


def implicit_dim(ctx, t, dim, name):
    """PyTorch's rule for softmax without dim (deprecated there, and said so here)."""
    if dim is not None:
        return int_of(ctx, dim, "dim")
    d = 0 if t.ndim in (0, 1, 3) else 1
    ctx.note(tr("lang", "{name} without dim= uses dim={d}, as PyTorch does (with a warning); write dim= to be "
                        "sure").format(name=name, d=d))
    return d


@_f("softmax")
def softmax(ctx, input, dim=None, _stacklevel=3, dtype=None):
    float_dtype(ctx, dtype, "F.softmax")
    t = need(ctx, input, "F.softmax")
    floating(ctx, t, "F.softmax")
    return named(vf.softmax(t, implicit_dim(ctx, t, dim, "F.softmax")), "SoftmaxBackward0")


@_f("log_softmax")
def log_softmax(ctx, input, dim=None, _stacklevel=3, dtype=None):
    float_dtype(ctx, dtype, "F.log_softmax")
    t = need(ctx, input, "F.log_softmax")
    floating(ctx, t, "F.log_softmax")
    return named(vf.log_softmax(t, implicit_dim(ctx, t, dim, "F.log_softmax")), "LogSoftmaxBackward0")


def linear_of(x, weight, bias):
    """x @ weightᵀ + bias: nn.Linear's forward."""
    y = vf.matmul(x, vf.t(weight))
    if bias is None:
        return named(y, "MmBackward0") if x.ndim == 2 else y
    out = vf.add(y, bias)
    return named(out, "AddmmBackward0") if x.ndim == 2 else out


@_f("linear")
def linear(ctx, input, weight, bias=None):
    x, w = need(ctx, input, "F.linear"), need(ctx, weight, "F.linear", "weight")
    b = None if bias is None else need(ctx, bias, "F.linear", "bias")
    if w.ndim != 2:
        ctx.refuse(tr("lang", "F.linear's weight must be 2-D (out_features, in_features)"))
    with ctx.group("linear", kind="function"):
        return linear_of(x, w, b)


def unsupported(ctx, what, hint, **options):
    """Options visualgrad does not compute (their default values pass): refused, naming the option."""
    for arg, value in options.items():
        if value:
            ctx.refuse(tr("lang", "{what}({arg}=...) is not something visualgrad computes yet")
                       .format(what=what, arg=arg), hint)


def padding_of(ctx, padding_idx, n):
    """PyTorch's padding_idx: None, or a row in range (a negative one counts from the end)."""
    if padding_idx is None:
        return None
    p = int_of(ctx, padding_idx, "padding_idx")
    if not -n <= p < n:
        ctx.refuse(tr("lang", "Padding_idx must be within num_embeddings"), f"padding_idx={n - 1}")
    return p % n


def embedding_of(ctx, input, weight, padding_idx, what):
    """Rows of weight picked by an int tensor of any shape (nn.Embedding's forward): the pick's gradient
    is scattered back, summed where a row is picked twice; the padding row's gradient stays 0, as in torch."""
    idx = need(ctx, input, what)
    if dtype_of(idx) != "int64":
        ctx.refuse(tr("lang", "{what}: the indices must be an int64 tensor, not {dtype}")
                   .format(what=what, dtype=dtype_of(idx)), f"{what}(idx.long())")
    n = weight.shape[0]
    rows = idx.data.astype(np.int64)
    bad = rows[(rows < 0) | (rows >= n)]
    if bad.size:
        ctx.refuse(tr("lang", "{what}: index {i} is out of range for {n} rows (0 to {top})")
                   .format(what=what, i=int(bad.flat[0]), n=n, top=n - 1))
    out = vf.getitem(weight, rows)
    if padding_idx is not None and (rows == padding_idx).any():
        # the padding positions take the row's numbers as a constant: no gradient flows into that row
        out = vf.where((rows != padding_idx)[..., None], out, vf.constant(weight.data[rows]))
    return named(out, "EmbeddingBackward0")


@_f("embedding")
def embedding(ctx, input, weight, padding_idx=None, max_norm=None, norm_type=2.0, scale_grad_by_freq=False,
              sparse=False):
    w = need(ctx, weight, "F.embedding", "weight")
    if w.ndim != 2:
        ctx.refuse(tr("lang", "F.embedding's weight must be 2-D (num_embeddings, embedding_dim)"))
    unsupported(ctx, "F.embedding", "F.embedding(idx, weight)", max_norm=max_norm is not None,
                scale_grad_by_freq=scale_grad_by_freq, sparse=sparse)
    pad = padding_of(ctx, padding_idx, w.shape[0])
    return embedding_of(ctx, input, w, pad, "F.embedding")


@_f("dropout")
def dropout(ctx, input, p=0.5, training=True, inplace=False):
    t = need(ctx, input, "F.dropout")
    _no_inplace(ctx, inplace, "dropout")
    if not isinstance(p, (int, float)) or isinstance(p, bool) or not 0 <= p <= 1:
        ctx.refuse(tr("lang", "dropout probability has to be between 0 and 1, but got {p}").format(p=p),
                   "F.dropout(x, p=0.5)")
    if not training or p == 0:
        return t
    return dropout_of(ctx, t, float(p))


def dropout_of(ctx, t, p):
    """PyTorch's dropout: x · mask / (1 − p), the mask drawn Bernoulli(1 − p) — from visualgrad's own
    generator (seeded by torch.manual_seed), so the dropped units are not PyTorch's; the note says so."""
    if not ctx.state.get("dropout.noted"):
        ctx.state["dropout.noted"] = True
        ctx.note(tr("lang", "Dropout masks are visualgrad's own random draws (seeded by torch.manual_seed), not "
                            "PyTorch's; the gradients are exact for the units shown as dropped"))
    keep = torch_random(ctx, note=False).random(t.shape) >= p
    noise = np.zeros(t.shape) if p == 1 else keep / (1.0 - p)
    return named(vf.mul(t, vf.constant(noise)), "MulBackward0")


@_f("one_hot")
def one_hot(ctx, tensor, num_classes=-1):
    t = need(ctx, tensor, "F.one_hot", "tensor")
    if dtype_of(t) != "int64":
        ctx.refuse(tr("lang", "F.one_hot takes a tensor of class indices (int64)"), "F.one_hot(torch.tensor([0, 2]), 3)")
    idx = t.data.astype(np.int64)
    n = int(idx.max()) + 1 if num_classes == -1 and idx.size else int_of(ctx, num_classes, "num_classes")
    if idx.size and (idx.min() < 0 or idx.max() >= n):
        ctx.refuse(tr("lang", "F.one_hot: class values must be from 0 to {top}").format(top=n - 1))
    return vf.constant(np.eye(n)[idx], dtype="int64")


# ---- losses -----------------------------------------------------------------------------------------

def reduction_of(ctx, reduction, size_average=None, reduce=None, name="loss"):
    if size_average is not None or reduce is not None:
        ctx.refuse(tr("lang", "size_average= and reduce= are PyTorch's old spelling; use reduction="),
                   f"{name}(..., reduction='sum')")
    if reduction not in REDUCTIONS:
        ctx.refuse(tr("lang", "reduction must be 'mean', 'sum' or 'none', not {r!r}").format(r=reduction),
                   f"{name}(..., reduction='mean')")
    return reduction


def target_of(ctx, target, what, classes=False):
    """A loss target: a tensor or a list of numbers; class indices stay integers."""
    t = tensor_of(target)
    if t is None:
        arr, tag = data_of(ctx, target, what)
        t = vf.constant(arr, dtype=tag)
    if classes and dtype_of(t) != "int64":
        ctx.refuse(tr("lang", "{what}: the target must hold class indices (an int64 tensor), not {dtype}")
                   .format(what=what, dtype=dtype_of(t)), "torch.tensor([0, 2, 1])")
    return t


def _no_weight(ctx, weight, name):
    if weight is not None:
        ctx.refuse(tr("lang", "{name}(weight=...) is not something visualgrad computes yet").format(name=name),
                   f"({name}(..., reduction='none') * w).mean()")


@_f("mse_loss")
def mse_loss(ctx, input, target, size_average=None, reduce=None, reduction="mean", weight=None):
    _no_weight(ctx, weight, "F.mse_loss")
    r = reduction_of(ctx, reduction, size_average, reduce, "F.mse_loss")
    return named(vf.mse_loss(need(ctx, input, "F.mse_loss"), target_of(ctx, target, "F.mse_loss"), r), "MseLossBackward0")


@_f("l1_loss")
def l1_loss(ctx, input, target, size_average=None, reduce=None, reduction="mean", weight=None):
    _no_weight(ctx, weight, "F.l1_loss")
    r = reduction_of(ctx, reduction, size_average, reduce, "F.l1_loss")
    return named(vf.l1_loss(need(ctx, input, "F.l1_loss"), target_of(ctx, target, "F.l1_loss"), r),
                 {"mean": "MeanBackward0", "sum": "SumBackward0", "none": "AbsBackward0"}[r])


@_f("cross_entropy")
def cross_entropy(ctx, input, target, weight=None, size_average=None, ignore_index=-100, reduce=None,
                  reduction="mean", label_smoothing=0.0):
    _no_weight(ctx, weight, "F.cross_entropy")
    if label_smoothing:
        ctx.refuse(tr("lang", "label_smoothing is not something visualgrad computes yet"), "F.cross_entropy(logits, y)")
    r = reduction_of(ctx, reduction, size_average, reduce, "F.cross_entropy")
    t = target_of(ctx, target, "F.cross_entropy")
    if dtype_of(t) != "int64":
        ctx.refuse(tr("lang", "F.cross_entropy is accepted with class-index targets (int64), not "
                              "probabilities"), "F.cross_entropy(logits, torch.tensor([0, 2]))")
    return named(vf.cross_entropy(need(ctx, input, "F.cross_entropy"), t, r, int(ignore_index)), "NllLossBackward0")


@_f("nll_loss")
def nll_loss(ctx, input, target, weight=None, size_average=None, ignore_index=-100, reduce=None, reduction="mean"):
    _no_weight(ctx, weight, "F.nll_loss")
    r = reduction_of(ctx, reduction, size_average, reduce, "F.nll_loss")
    t = target_of(ctx, target, "F.nll_loss", classes=True)
    return named(vf.nll_loss(need(ctx, input, "F.nll_loss"), t, r, int(ignore_index)), "NllLossBackward0")


def _weight_of(ctx, w, what):
    if w is None:
        return None
    t = tensor_of(w)
    return t if t is not None else vf.constant(data_of(ctx, w, what)[0])


@_f("binary_cross_entropy")
def binary_cross_entropy(ctx, input, target, weight=None, size_average=None, reduce=None, reduction="mean"):
    r = reduction_of(ctx, reduction, size_average, reduce, "F.binary_cross_entropy")
    x = need(ctx, input, "F.binary_cross_entropy")
    t = target_of(ctx, target, "F.binary_cross_entropy")
    if t.shape != x.shape:
        ctx.refuse(tr("lang", "F.binary_cross_entropy: the target's shape {t} must be the input's {x}")
                   .format(t=list(t.shape), x=list(x.shape)), "target.view_as(input)")
    return named(vf.binary_cross_entropy(x, t, _weight_of(ctx, weight, "weight"), r), "BinaryCrossEntropyBackward0")


@_f("binary_cross_entropy_with_logits")
def binary_cross_entropy_with_logits(ctx, input, target, weight=None, size_average=None, reduce=None,
                                     reduction="mean", pos_weight=None):
    r = reduction_of(ctx, reduction, size_average, reduce, "F.binary_cross_entropy_with_logits")
    x = need(ctx, input, "F.binary_cross_entropy_with_logits")
    t = target_of(ctx, target, "F.binary_cross_entropy_with_logits")
    if t.shape != x.shape:
        ctx.refuse(tr("lang", "F.binary_cross_entropy_with_logits: the target's shape {t} must be the input's {x}")
                   .format(t=list(t.shape), x=list(x.shape)), "target.view_as(input)")
    return named(vf.binary_cross_entropy_with_logits(x, t, _weight_of(ctx, weight, "weight"), r,
                                                     _weight_of(ctx, pos_weight, "pos_weight")),
                 "BinaryCrossEntropyWithLogitsBackward0")

