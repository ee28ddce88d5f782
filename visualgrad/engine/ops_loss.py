"""The losses PyTorch computes as one op, with its gradients: nll_loss, binary_cross_entropy and
binary_cross_entropy_with_logits. (mse_loss, l1_loss and cross_entropy are composites of
several nodes: see functions.py.)"""
from __future__ import annotations

import numpy as np

from .table import _op, unbroadcast


def _reduce(loss, reduction, count=None):
    if reduction == "none":
        return loss
    total = np.add.reduce(loss, axis=None)
    return total if reduction == "sum" else total / (loss.size if count is None else count)


def _spread(g, shape, reduction, count):
    """A reduced loss's gradient g, as each element's share (before that element's own factor)."""
    if reduction == "none":
        return g
    share = g / count if reduction == "mean" else g
    return np.broadcast_to(share, shape)


# ---- nll_loss: input (N, C) or (C,), target class indices (attrs) ----------------------------

def _picks(x, target):
    if x.ndim == 1:
        return (target,)
    return (np.arange(x.shape[0]), target)


def _nll(x, target, reduction="mean", ignore_index=-100):
    keep = target != ignore_index
    safe = np.where(keep, target, 0)
    loss = np.where(keep, -x[_picks(x, safe)], 0.0)
    return _reduce(loss, reduction, np.count_nonzero(keep))


def _nll_vjp(g, out, x, a):
    x = x[0]
    target, reduction = a["target"], a.get("reduction", "mean")
    keep = target != a.get("ignore_index", -100)
    share = _spread(g, target.shape, reduction, np.count_nonzero(keep))
    res = np.zeros(x.shape)
    res[_picks(x, np.where(keep, target, 0))] = np.where(keep, -share, 0.0)
    return (res,)


_op("nll_loss", 1, _nll, _nll_vjp, lambda n, a: f"−{n[0]}[target]",
    lambda n, a: ("−1 at the target class",), "nll")


# ---- binary_cross_entropy: PyTorch clamps each log at −100 and divides by max(x(1−x), 1e-12) --

_EPS = float(np.float32(1e-12))  # PyTorch's EPSILON, a float literal in its kernel: 1e-12 to 7 digits


def _bce(x, t, weight=None, reduction="mean"):
    loss = (t - 1) * np.maximum(np.log1p(-x), -100.0) - t * np.maximum(np.log(x), -100.0)
    if weight is not None:
        loss = loss * weight
    return _reduce(loss, reduction)


def _bce_vjp(g, out, xs, a):
    x, t = xs
    w, reduction = a.get("weight"), a.get("reduction", "mean")
    shape = np.broadcast_shapes(x.shape, t.shape)
    share = _spread(g, shape, reduction, int(np.prod(shape)))
    gx = share * (x - t) / np.maximum((1 - x) * x, _EPS)
    gt = share * -(np.log(x) - np.log1p(-x))  # PyTorch: −logit(x)
    if w is not None:
        gx, gt = gx * w, gt * w
    return unbroadcast(gx, x.shape), unbroadcast(gt, t.shape)


_op("bce", 2, _bce, _bce_vjp, lambda n, a: f"−[{n[1]}·ln {n[0]} + (1 − {n[1]})·ln(1 − {n[0]})]",
    lambda n, a: (f"({n[0]} − {n[1]}) / ({n[0]}(1 − {n[0]}))", f"−logit({n[0]})"), "BCE")


# ---- binary_cross_entropy_with_logits ------------------------------------------------------

def _log_sigmoid(x):
    return np.minimum(x, 0.0) - np.log1p(np.exp(-np.abs(x)))


def _sigmoid(x):
    return 1.0 / (1.0 + np.exp(-x))


def _bce_logits(x, t, weight=None, pos_weight=None, reduction="mean"):
    ls = _log_sigmoid(x)
    if pos_weight is not None:
        ls = ls * ((pos_weight - 1) * t + 1)
    loss = (1 - t) * x - ls
    if weight is not None:
        loss = loss * weight
    return _reduce(loss, reduction)


def _bce_logits_vjp(g, out, xs, a):
    x, t = xs
    w, pw, reduction = a.get("weight"), a.get("pos_weight"), a.get("reduction", "mean")
    shape = np.broadcast_shapes(x.shape, t.shape)
    share = _spread(g, shape, reduction, int(np.prod(shape)))
    if pw is None:
        gx = (_sigmoid(x) - t) * share
        gt = -x * share
    else:
        pt = pw * t
        gx = ((pt + 1 - t) * _sigmoid(x) - pt) * share
        gt = (_log_sigmoid(-x) - _log_sigmoid(x) * pw) * share
    if w is not None:
        gx, gt = gx * w, gt * w
    return unbroadcast(gx, x.shape), unbroadcast(gt, t.shape)


_op("bce_logits", 2, _bce_logits, _bce_logits_vjp,
    lambda n, a: f"BCE(σ({n[0]}), {n[1]})", lambda n, a: (f"σ({n[0]}) − {n[1]}", f"−{n[0]}"), "BCE")
