"""One hand gradient against autograd's: equal, a constant factor (with its likely cause), transposed,
sign flipped, or different. Pure numpy; knows nothing of programs or graphs.

The factor is hand / autograd. A factor is only reported when it holds for every element to rtol 1e-9,
and its cause is named only when it is exactly one of the few ratios hand-written backprop produces:
½ (the 2 of a square dropped, or the loss is ½·MSE), 2 (the opposite), m or 1/m (a batch mean missing
or extra, m being a batch size the program shows), and their products. Anything else is reported as
the bare number: a guessed cause would teach the wrong lesson.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from fractions import Fraction

import numpy as np

RTOL = 1e-9

EQUAL, FACTOR, TRANSPOSED, SIGN, DIFFERENT = "equal", "factor", "transposed", "sign", "different"
VERDICTS = (EQUAL, FACTOR, TRANSPOSED, SIGN, DIFFERENT)

# Cause keys; report.py words them.
HALF, DOUBLE, NO_MEAN, EXTRA_MEAN, PER_EXAMPLE = "half", "double", "no_mean", "extra_mean", "per_example"


@dataclass
class Verdict:
    verdict: str  # one of VERDICTS
    factor: float | None  # hand / autograd, when one number relates them (1 for equal, -1 for sign)
    max_abs_diff: float | None  # largest |hand − autograd| element gap, after no correction at all
    transposed: bool = False  # the hand array is autograd's transposed (then factor applies to that)
    causes: tuple = ()  # (cause key, m or None), likeliest explanation of the factor, outermost first
    where: tuple | None = None  # index of the largest gap (for "different")
    hand_at: float | None = None  # the two values there
    auto_at: float | None = None
    shapes: tuple = field(default_factory=tuple)  # (hand shape, autograd shape)


def close(a: np.ndarray, b: np.ndarray, rtol: float = RTOL) -> bool:
    """|a − b| ≤ rtol·|b| elementwise, with rtol·max|b| as the floor, so an element that should be 0 may
    carry the rounding noise of the array's scale (a·b − a·b in another order is 1e-17, not 0)."""
    if a.shape != b.shape:
        return False
    if not (np.all(np.isfinite(a)) and np.all(np.isfinite(b))):
        return bool(np.array_equal(a, b, equal_nan=True))
    scale = float(np.max(np.abs(b))) if b.size else 0.0
    return bool(np.all(np.abs(a - b) <= rtol * np.abs(b) + rtol * scale))


def compare(hand, auto, batch_sizes=(), per_example_axes: bool = True) -> Verdict:
    """The verdict on one hand gradient. `batch_sizes` are the batch sizes m the program shows (the
    count a mean in the loss divides by, a variable m); they let a factor of m or 1/m be named."""
    h = np.asarray(hand, dtype=np.float64)
    a = np.asarray(auto, dtype=np.float64)
    shapes = (h.shape, a.shape)
    flipped = h.ndim == 2 and a.ndim == 2 and h.shape != a.shape and h.shape == a.T.shape
    if not flipped and h.shape != a.shape and h.size == a.size and np.squeeze(h).shape == np.squeeze(a).shape:
        # (2,) against (2, 1): the same numbers held another way; compare them, keep the shapes on record
        h = h.reshape(a.shape)
    if h.shape == a.shape:
        diff = _largest_gap(h, a)
        if close(h, a):
            return Verdict(EQUAL, 1.0, diff[0], shapes=shapes)
        if np.any(a != 0) and close(h, -a):
            return Verdict(SIGN, -1.0, *_gap_fields(diff), shapes=shapes)
        k = _factor(h, a)
        if k is not None:
            causes = explain(k, batch_sizes, h.shape if per_example_axes else ())
            # Two single numbers are always some multiple of each other: a factor says something only
            # when it is one of the usual ratios.
            if causes or h.size > 1:
                return Verdict(FACTOR, k, diff[0], causes=causes, shapes=shapes)
        return Verdict(DIFFERENT, None, *_gap_fields(diff), shapes=shapes)
    if flipped:
        at = a.T
        k = 1.0 if close(h, at) else _factor(h, at)
        if k is not None:
            causes = explain(k, batch_sizes, h.shape if per_example_axes else ()) if k != 1.0 else ()
            return Verdict(TRANSPOSED, k, _largest_gap(h, at)[0], transposed=True, causes=causes, shapes=shapes)
    return Verdict(DIFFERENT, None, None, shapes=shapes)


def _largest_gap(h: np.ndarray, a: np.ndarray) -> tuple:
    gap = np.abs(h - a)
    if gap.size == 0:
        return 0.0, (), 0.0, 0.0
    gap = np.where(np.isnan(gap), np.inf, gap)
    flat = int(np.argmax(gap))
    where = tuple(int(i) for i in np.unravel_index(flat, gap.shape))
    return float(gap.flat[flat]), where, float(h.flat[flat]), float(a.flat[flat])


def _gap_fields(diff: tuple) -> tuple:
    return diff[0], False, (), diff[1], diff[2], diff[3]


def _factor(h: np.ndarray, a: np.ndarray) -> float | None:
    """k with h = k·a for every element (rtol 1e-9), k ≠ 0, 1; None when there is none."""
    if not (np.all(np.isfinite(h)) and np.all(np.isfinite(a))) or not np.any(a != 0) or not np.any(h != 0):
        return None
    k = float(np.dot(h.ravel(), a.ravel()) / np.dot(a.ravel(), a.ravel()))  # least squares
    if k == 0 or not close(h, k * a, rtol=1e-8):
        return None
    nice = snap(k, ())
    if nice is not None and close(h, nice * a):
        k = nice
    return k if close(h, k * a) else None


def snap(k: float, batch_sizes) -> float | None:
    """k as the nearest simple ratio (p/q with small p, q, or a product with a batch size) when it is that
    ratio to 1e-9; else None."""
    frac = Fraction(k).limit_denominator(64)
    if frac.numerator and abs(float(frac) - k) <= 1e-9 * abs(k):
        return float(frac)
    for m in batch_sizes:
        for c in (m, 1 / m):
            for v in (c, c / 2, c * 2):
                if abs(v - k) <= 1e-9 * abs(k):
                    return v
    return None


# The explanations tried, simplest first: (the ratio they give as a function of m, the causes).
def _candidates(m: int | None) -> list:
    if m is None:
        return [(0.5, ((HALF, None),)), (2.0, ((DOUBLE, None),))]
    return [(float(m), ((NO_MEAN, m),)), (1.0 / m, ((EXTRA_MEAN, m),)),
            (m / 2.0, ((HALF, None), (NO_MEAN, m))), (2.0 / m, ((DOUBLE, None), (EXTRA_MEAN, m))),
            (0.5 / m, ((HALF, None), (EXTRA_MEAN, m))), (2.0 * m, ((DOUBLE, None), (NO_MEAN, m)))]


def explain(k: float, batch_sizes=(), shape: tuple = ()) -> tuple:
    """The likeliest causes of a factor k = hand / autograd, or () when k is none of the known ratios.

    A per-example array (one with an axis of the batch size m) that lacks the mean's 1/m is how courses
    write dZ: the 1/m is applied later, in dW. So for such an array a factor m·c is read as "per example"
    first — the Catalan article's dZ2 is ×2 = ½ (the dropped 2) × 4 (per example, m = 4), not "an extra 2".
    """
    sign = ()
    if k < 0:
        sign, k = (("sign", None),), -k

    def near(v):
        return abs(v - k) <= 1e-9 * k

    sizes = [int(m) for m in dict.fromkeys(batch_sizes) if int(m) > 1]
    for m in sizes:
        if m in shape:
            for c, why in ((1.0, ()), (0.5, ((HALF, None),)), (2.0, ((DOUBLE, None),))):
                if near(m * c):
                    return sign + why + ((PER_EXAMPLE, m),)
    for ratio, why in _candidates(None):
        if near(ratio):
            return sign + why
    for m in sizes:
        for ratio, why in _candidates(m):
            if near(ratio):
                return sign + why
    return sign if sign and near(1.0) else ()
