"""Activation functions, with PyTorch's forward and backward formulas: leaky_relu, gelu (exact and
tanh), softplus, silu, elu, hardtanh, logsigmoid. (relu, sigmoid and tanh are in ops.py.)"""
from __future__ import annotations

import math

import numpy as np

from ..fmt import format_number
from .ops import _sigmoid
from .table import _ONE, _op, _paren


def _leaky(x, negative_slope):
    return np.where(x > 0, x, x * negative_slope)


_op("leaky_relu", 1, _leaky,
    lambda g, out, x, a: (np.where(x[0] > 0, g, g * a["negative_slope"]),),
    lambda n, a: f"leaky_relu({n[0]})",
    lambda n, a: (f"[{n[0]} > 0] + {format_number(a['negative_slope'])}·[{n[0]} ≤ 0]",), "leaky")

_erf = np.frompyfunc(math.erf, 1, 1)
_SQRT1_2 = 1 / math.sqrt(2)
_GELU_PDF = (2 / math.sqrt(math.pi)) * _SQRT1_2 * 0.5  # 1/√(2π), as PyTorch spells it
_GELU_TANH_BETA = math.sqrt(2) * (2 / math.sqrt(math.pi)) * 0.5  # √(2/π)
_GELU_KAPPA = 0.044715


def _erf_f64(x):
    return np.asarray(_erf(x), dtype=np.float64).reshape(np.shape(x))


def _gelu(x, approximate):
    if approximate == "tanh":
        inner = _GELU_TANH_BETA * (x + _GELU_KAPPA * (x * x * x))
        return 0.5 * x * (1 + np.tanh(inner))
    return x * 0.5 * (1 + _erf_f64(x * _SQRT1_2))


def _gelu_vjp(g, out, x, a):
    x = x[0]
    if a["approximate"] == "tanh":
        x_sq = x * x
        inner = _GELU_TANH_BETA * (x + _GELU_KAPPA * (x_sq * x))
        t = np.tanh(inner)
        left = 0.5 * x
        right = 1 + t
        right_d = left * (1 - t * t) * (_GELU_TANH_BETA * (1 + 3 * _GELU_KAPPA * x_sq))
        return (g * (0.5 * right + right_d),)
    cdf = 0.5 * (1 + _erf_f64(x * _SQRT1_2))
    pdf = np.exp(-0.5 * x * x) * _GELU_PDF
    return (g * (cdf + x * pdf),)


_op("gelu", 1, _gelu, _gelu_vjp, lambda n, a: f"gelu({n[0]})",
    lambda n, a: (f"Φ({n[0]}) + {_paren(n[0])}·φ({n[0]})",), "gelu")


def _softplus(x, beta, threshold):
    bx = x * beta
    return np.where(bx > threshold, x, np.log1p(np.exp(bx)) / beta)


def _softplus_vjp(g, out, x, a):
    bx = x[0] * a["beta"]
    z = np.exp(bx)
    return (np.where(bx > a["threshold"], g, g * z / (z + 1)),)


_op("softplus", 1, _softplus, _softplus_vjp, lambda n, a: f"softplus({n[0]})",
    lambda n, a: (f"σ({n[0]})",), "softplus")


def _silu_vjp(g, out, x, a):
    s = _sigmoid(x[0])
    return (g * s * (_ONE + x[0] * (_ONE - s)),)


_op("silu", 1, lambda x: x * _sigmoid(x), _silu_vjp,
    lambda n, a: f"{_paren(n[0])}·σ({n[0]})", lambda n, a: (f"σ({n[0]})·(1 + {_paren(n[0])}·(1 − σ({n[0]})))",), "silu")


def _elu(x, alpha):
    return np.where(x > 0, x, alpha * np.expm1(x))


# At NaN, PyTorch's two kernels disagree (its vectorized one gives NaN, its scalar tail g); we
# follow the vectorized one, which a contiguous gradient takes: g only where x > 0.
_op("elu", 1, _elu, lambda g, out, x, a: (np.where(x[0] > 0, g, g * a["alpha"] * np.exp(x[0])),),
    lambda n, a: f"elu({n[0]})", lambda n, a: (f"[{n[0]} > 0] + α·exp({n[0]})·[{n[0]} ≤ 0]",), "elu")

# hardtanh: the gradient stops at the bounds themselves (min < x < max), unlike clamp's; and at
# NaN (PyTorch's vectorized kernel; as for elu, its scalar tail says otherwise).
_op("hardtanh", 1, lambda x, min_val, max_val: np.minimum(np.maximum(x, min_val), max_val),
    lambda g, out, x, a: (np.where((x[0] > a["min_val"]) & (x[0] < a["max_val"]), g, 0.0),),
    lambda n, a: f"hardtanh({n[0]})", lambda n, a: (f"[{format_number(a['min_val'])} < {n[0]} < "
                                                     f"{format_number(a['max_val'])}]",), "hardtanh")


def _log_sigmoid(x):
    return np.minimum(x, 0.0) - np.log1p(np.exp(-np.abs(x)))


_op("logsigmoid", 1, _log_sigmoid, lambda g, out, x, a: (g * _sigmoid(-x[0]),),
    lambda n, a: f"ln σ({n[0]})", lambda n, a: (f"σ(−{_paren(n[0])})",), "ln σ")
