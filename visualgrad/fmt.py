"""Numbers as people read them: significant digits, ∞ and NaN spelled out."""
from __future__ import annotations

DEFAULT_DIGITS = 6


def format_number(v: float, digits: int = DEFAULT_DIGITS) -> str:
    v = float(v)
    if v != v:
        return "NaN"
    if v in (float("inf"), float("-inf")):
        return "∞" if v > 0 else "−∞"
    s = format(v, f".{digits}g")
    if "e" in s:
        m, e = s.split("e")
        s = f"{m}e{int(e)}"
    if s == "-0":
        s = "0"
    return s.replace("-", "−")  # a typographic minus, in the exponent too: 1e−5, −2.5e−7


def format_value(v, digits: int = DEFAULT_DIGITS, max_items: int = 6) -> str:
    """A scalar as a number; a tensor as its shape and leading entries."""
    if isinstance(v, (float, int)):
        return format_number(v, digits)
    a = v if hasattr(v, "ndim") else _asarray(v)  # values are arrays already, nearly always
    if a.ndim == 0:
        return format_number(a, digits)
    if a.size <= max_items:
        return _nested(a, digits)
    flat = ", ".join(format_number(x, digits) for x in a.ravel()[:max_items])
    return f"{'×'.join(map(str, a.shape))} [{flat}, …]"


SUM_SHOWN = 6  # terms of a long sum or list written out; the rest become "…"


def elide(texts, shown: int = SUM_SHOWN) -> list:
    """The first and last few of a sequence of strings, with "…" between when it is long.

    A node used k times has k backward steps, each showing its sum so far; writing every term
    would make their text O(k²) in all, a fifty-million-term read for a node used 10,000 times.
    """
    n = len(texts)
    if n <= shown:
        return [texts[i] for i in range(n)]
    return [texts[i] for i in range(shown - 2)] + ["…"] + [texts[n - 2], texts[n - 1]]


def format_sum(terms, digits: int = DEFAULT_DIGITS) -> str:
    """`12 + 40.17`, or `1 + 2 + 3 + 4 + … + 99 + 100` for many terms (only those are formatted)."""
    n = len(terms)
    idx = list(range(n)) if n <= SUM_SHOWN else list(range(SUM_SHOWN - 2)) + [n - 2, n - 1]
    parts = [format_value(terms[i], digits) for i in idx]
    if n > SUM_SHOWN:
        parts.insert(SUM_SHOWN - 2, "…")
    return " + ".join(parts)


def _asarray(v):
    # numpy is imported here, not at the top: the app's window paints before numpy loads. (Not in
    # format_value itself: an import statement costs microseconds under PySide6's import hook.)
    import numpy as np
    return np.asarray(v)


def _nested(a, digits: int) -> str:
    if a.ndim == 0:
        return format_number(a, digits)
    return "[" + ", ".join(_nested(x, digits) for x in a) + "]"


def to_json(v):
    """Strict JSON: nested lists of floats, non-finite numbers as strings."""
    import numpy as np
    a = np.asarray(v, dtype=np.float64)
    if a.ndim == 0:
        f = float(a)
        if f != f:
            return "nan"
        if f in (float("inf"), float("-inf")):
            return "inf" if f > 0 else "-inf"
        return f
    return [to_json(x) for x in a]
