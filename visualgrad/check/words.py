"""The check's findings in words: one line per hand gradient, a summary, the short label drawn beside a
node, and the JSON contract {hand, of, verdict, factor, max_abs_diff}."""
from __future__ import annotations

from collections import Counter
from fractions import Fraction

import numpy as np

from ..fmt import format_number
from ..i18n import tr
from .findings import Finding
from .verdict import DIFFERENT, DOUBLE, EQUAL, EXTRA_MEAN, FACTOR, HALF, NO_MEAN, PER_EXAMPLE, SIGN, TRANSPOSED

_VULGAR = {Fraction(1, 2): "½", Fraction(1, 3): "⅓", Fraction(1, 4): "¼", Fraction(3, 4): "¾",
           Fraction(1, 8): "⅛", Fraction(2, 3): "⅔", Fraction(1, 5): "⅕"}


def factor_text(k: float, short: bool = False) -> str:
    """0.5 as "×0.5" in a report line, "×½" beside a node; 0.05 as "×1/20" there."""
    if short:
        frac = Fraction(k).limit_denominator(1000)
        if abs(float(frac) - k) <= 1e-9 * abs(k):
            sign = "−" if frac < 0 else ""
            frac = abs(frac)
            if frac.denominator == 1:
                return f"×{sign}{frac.numerator}"
            return f"×{sign}{_VULGAR.get(frac, f'{frac.numerator}/{frac.denominator}')}"
    return "×" + format_number(k)


def cause_text(causes: tuple) -> str:
    parts = []
    for key, m in causes:
        if key == HALF:
            parts.append(tr("check", "½: the 2 of the squared error is dropped, or the loss is ½·MSE"))
        elif key == DOUBLE:
            parts.append(tr("check", "2: a 2 the loss does not have (it halves its square: ½·(…)²)"))
        elif key == NO_MEAN:
            parts.append(tr("check", "{m}: the loss divides by m = {m} (a mean), the hand gradient does not").format(m=m))
        elif key == EXTRA_MEAN:
            parts.append(tr("check", "1/{m}: divided by m = {m} once more than the loss is")
                         .format(m=m))
        elif key == PER_EXAMPLE:
            parts.append(tr("check", "×{m} per example: the mean's 1/m (m = {m}) is left for later")
                         .format(m=m))
        elif key == "sign":
            parts.append(tr("check", "sign flipped"))
    return "; ".join(parts)


def _num(v) -> str:
    return format_number(v, 4)


def _shape(s: tuple) -> str:
    return "×".join(map(str, s)) if s else tr("check", "a number")


def verdict_text(f: Finding) -> str:
    """What follows "dW2 vs ∂loss/∂W2: " in a report line."""
    v = f.result
    if v.verdict == EQUAL:
        return tr("check", "equal (largest gap {gap})").format(gap=_num(v.max_abs_diff))
    if v.verdict == SIGN:
        return tr("check", "sign flipped (largest gap {gap})").format(gap=_num(v.max_abs_diff))
    if v.verdict == FACTOR:
        cause = cause_text(v.causes) or tr("check", "no usual cause; look at each factor in your formula")
        return f"{factor_text(v.factor)} ({cause})"
    if v.verdict == TRANSPOSED:
        text = tr("check", "transposed (by hand {hand}, autograd {auto})").format(
            hand=_shape(v.shapes[0]), auto=_shape(v.shapes[1]))
        if v.factor is not None and v.factor != 1.0:
            cause = cause_text(v.causes)
            text += f", {factor_text(v.factor)}" + (f" ({cause})" if cause else "")
        return text
    if v.max_abs_diff is None:
        return tr("check", "different: by hand it is {hand}, autograd's is {auto}").format(
            hand=_shape(v.shapes[0]), auto=_shape(v.shapes[1]))
    at = "[" + ", ".join(map(str, v.where)) + "]" if v.where else ""
    return tr("check", "different: largest gap {gap}{at} (by hand {hand}, autograd {auto})").format(
        gap=_num(v.max_abs_diff), at=f" at {at}" if at else "", hand=_num(v.hand_at), auto=_num(v.auto_at))


def line(f: Finding, loss: str) -> str:
    return f"{f.hand} vs ∂{loss}/∂{f.of}: {verdict_text(f)}"


def short_label(f: Finding) -> str:
    """Beside the node: "by hand 0.0123 · autograd 0.0246 · ×½" (the element where autograd's is
    largest, for an array)."""
    v = f.result
    a = np.asarray(f.auto_value, dtype=np.float64)
    h = np.asarray(f.hand_value, dtype=np.float64)
    if v.transposed and h.ndim == 2:
        h = h.T
    if h.shape != a.shape and h.size == a.size:
        h = h.reshape(a.shape)
    if v.verdict == DIFFERENT and v.where:
        i = v.where
    elif a.size:
        i = np.unravel_index(int(np.argmax(np.abs(a))), a.shape) if a.ndim else ()
    else:
        i = None
    mark = {EQUAL: "=", SIGN: tr("check", "sign flipped"), DIFFERENT: "≠"}.get(v.verdict)
    if v.verdict == FACTOR:
        mark = factor_text(v.factor, short=True)
    elif v.verdict == TRANSPOSED:
        mark = "ᵀ" + ("" if v.factor in (None, 1.0) else " " + factor_text(v.factor, short=True))
    if i is None or h.shape != a.shape:
        return tr("check", "by hand {hand}: {mark}").format(hand=f.hand, mark=mark)
    return tr("check", "by hand {hand} · autograd {auto} · {mark}").format(
        hand=_num(h[i]), auto=_num(a[i]), mark=mark)


def summary(findings: list[Finding], loss: str, where: str = "") -> str:
    """"6 hand gradients checked against autograd's ∂loss/∂…, on the first iteration: 4 ×0.5, 2 ×2"."""
    if not findings:
        return tr("check", "no hand gradient found: name the gradient of W2 dW2, d_W2, grad_W2 or W2_grad "
                           "(for every variable ∂{loss} reaches)").format(loss=loss)
    counts = Counter()
    for f in findings:
        if f.verdict == FACTOR:
            counts[factor_text(f.factor)] += 1
        else:
            counts[{EQUAL: tr("check", "equal"), SIGN: tr("check", "sign flipped"),
                    TRANSPOSED: tr("check", "transposed"), DIFFERENT: tr("check", "different")}[f.verdict]] += 1
    tally = ", ".join(f"{n} {what}" for what, n in counts.most_common())
    head = tr("check", "{n} hand gradients checked against autograd's ∂{loss}").format(n=len(findings), loss=loss)
    if len(findings) == 1:
        head = tr("check", "1 hand gradient checked against autograd's ∂{loss}").format(loss=loss)
    return f"{head}{where}: {tally}"


def as_json(f: Finding) -> dict:
    v = f.result
    out = {"hand": f.hand, "of": f.of, "verdict": v.verdict,
           "factor": None if v.factor is None else float(v.factor),
           "max_abs_diff": None if v.max_abs_diff is None or not np.isfinite(v.max_abs_diff)
           else float(v.max_abs_diff)}
    return out
