"""Python's own `math` and `random`, on plain numbers. `random` is the real random.Random of this run,
seeded by random.seed(k): micrograd's starting weights come from it exactly as in Python."""
from __future__ import annotations

import math as _math

from ...engine import Tensor
from ...i18n import tr
from .common import NUMBER, python_random, requires_grad, type_name
from .signature import export

MATH: dict = {"pi": _math.pi, "e": _math.e, "tau": _math.tau, "inf": _math.inf, "nan": _math.nan}
RANDOM: dict = {}


def number(ctx, v, what):
    """What Python's math sees: a number; a one-element tensor or array becomes its float (the graph is
    cut there, as PyTorch's float(x) does), anything else is refused."""
    if isinstance(v, NUMBER):
        return v
    t = v if isinstance(v, Tensor) else None
    if t is not None:
        if t.data.size != 1:
            ctx.refuse(tr("lang", "{what} takes a number; this tensor has {n} elements").format(what=what, n=t.data.size),
                       what.replace("math.", "torch.") + "(x)")
        if requires_grad(t):
            ctx.cut(t, None, "item")
            ctx.note(tr("lang", "{what}(x) turns the tensor into a plain number, as in PyTorch: no gradient flows "
                                "through it (torch.{name}(x) keeps it)").format(what=what, name=what.split(".")[-1]))
        return float(t.data.reshape(()))
    ctx.refuse(tr("lang", "{what} takes a number, not {kind}").format(what=what, kind=type_name(v)),
               what.replace("math.", "x.") + "()" if type_name(v) == "Value" else None)


def _math1(name):
    fn = getattr(_math, name)

    def call(ctx, x, /):
        try:
            return fn(number(ctx, x, f"math.{name}"))
        except (ValueError, OverflowError) as e:
            ctx.refuse(tr("lang", "math.{name}: {error}").format(name=name, error=str(e)))
    export(MATH, f"math.{name}", name)(call)


for _n in ("exp", "log1p", "sqrt", "sin", "cos", "tan", "tanh", "sinh", "cosh", "asin", "acos", "atan",
           "fabs", "floor", "ceil", "erf", "log2", "log10", "isnan", "isinf", "isfinite", "degrees",
           "radians", "trunc", "expm1", "gamma", "lgamma"):
    _math1(_n)


@export(MATH, "math.log")
def log(ctx, x, base=None, /):
    v = number(ctx, x, "math.log")
    try:
        return _math.log(v) if base is None else _math.log(v, number(ctx, base, "math.log"))
    except (ValueError, ZeroDivisionError) as e:
        ctx.refuse(tr("lang", "math.log: {error}").format(error=str(e)))


@export(MATH, "math.pow")
def pow(ctx, x, y, /):
    try:
        return _math.pow(number(ctx, x, "math.pow"), number(ctx, y, "math.pow"))
    except (ValueError, OverflowError) as e:
        ctx.refuse(tr("lang", "math.pow: {error}").format(error=str(e)))


@export(MATH, "math.atan2")
def atan2(ctx, y, x, /):
    return _math.atan2(number(ctx, y, "math.atan2"), number(ctx, x, "math.atan2"))


@export(MATH, "math.hypot")
def hypot(ctx, *coordinates):
    return _math.hypot(*(number(ctx, c, "math.hypot") for c in coordinates))


@export(MATH, "math.isclose")
def isclose(ctx, a, b, /, *, rel_tol=1e-09, abs_tol=0.0):
    return _math.isclose(number(ctx, a, "math.isclose"), number(ctx, b, "math.isclose"),
                         rel_tol=float(rel_tol), abs_tol=float(abs_tol))


@export(MATH, "math.factorial")
def factorial(ctx, n, /):
    if not isinstance(n, int) or isinstance(n, bool) or not 0 <= n <= 1000:
        ctx.refuse(tr("lang", "math.factorial takes a whole number from 0 to 1000"))
    return _math.factorial(n)


@export(MATH, "math.fsum")
def fsum(ctx, seq, /):
    if not isinstance(seq, (list, tuple)):
        ctx.refuse(tr("lang", "math.fsum takes a list of numbers"))
    return _math.fsum(number(ctx, v, "math.fsum") for v in seq)


@export(MATH, "math.prod")
def prod(ctx, iterable, /, *, start=1):
    if not isinstance(iterable, (list, tuple)):
        ctx.refuse(tr("lang", "math.prod takes a list of numbers"))
    return _math.prod((number(ctx, v, "math.prod") for v in iterable), start=number(ctx, start, "math.prod"))


# ---- random: the real random.Random --------------------------------------------------------------------

def _r(name):
    return export(RANDOM, f"random.{name}", name)


@_r("seed")
def seed(ctx, a=None, version=2):
    if a is None:
        ctx.refuse(tr("lang", "random.seed() without a number would draw different numbers on every run"),
                   "random.seed(0)")
    if not isinstance(a, (int, float, str)) or isinstance(a, bool):
        ctx.refuse(tr("lang", "random.seed takes a number or a string"), "random.seed(0)")
    ctx.state["random.seeded"] = True
    python_random(ctx).seed(a, version)


def _nums(ctx, what, *vals):
    for v in vals:
        if not isinstance(v, NUMBER):
            ctx.refuse(tr("lang", "{what} takes numbers").format(what=what))
    return vals


@_r("random")
def random(ctx):
    return python_random(ctx).random()


@_r("uniform")
def uniform(ctx, a, b):
    return python_random(ctx).uniform(*_nums(ctx, "random.uniform", a, b))


@_r("gauss")
def gauss(ctx, mu=0.0, sigma=1.0):
    return python_random(ctx).gauss(*_nums(ctx, "random.gauss", mu, sigma))


@_r("normalvariate")
def normalvariate(ctx, mu=0.0, sigma=1.0):
    return python_random(ctx).normalvariate(*_nums(ctx, "random.normalvariate", mu, sigma))


def _ints(ctx, what, *vals):
    for v in vals:
        if not isinstance(v, int) or isinstance(v, bool):
            ctx.refuse(tr("lang", "{what} takes whole numbers").format(what=what))
    return vals


@_r("randint")
def randint(ctx, a, b):
    a, b = _ints(ctx, "random.randint", a, b)
    if b < a:
        ctx.refuse(tr("lang", "random.randint({a}, {b}): the range is empty").format(a=a, b=b))
    return python_random(ctx).randint(a, b)


@_r("randrange")
def randrange(ctx, start, stop=None, step=1):
    args = _ints(ctx, "random.randrange", *(v for v in (start, stop, step) if v is not None))
    try:
        return python_random(ctx).randrange(start, stop, step)
    except ValueError as e:
        ctx.refuse(tr("lang", "random.randrange: {error}").format(error=str(e)))
    return args


def _seq(ctx, seq, what):
    if isinstance(seq, range):
        return seq
    if not isinstance(seq, (list, tuple, str)) or not len(seq):
        ctx.refuse(tr("lang", "{what} takes a non-empty list").format(what=what))
    return seq


@_r("choice")
def choice(ctx, seq):
    return python_random(ctx).choice(_seq(ctx, seq, "random.choice"))


@_r("shuffle")
def shuffle(ctx, x):
    if not isinstance(x, list):
        ctx.refuse(tr("lang", "random.shuffle takes a list (it shuffles it in place)"))
    python_random(ctx).shuffle(x)


@_r("sample")
def sample(ctx, population, k, *, counts=None):
    pop = _seq(ctx, population, "random.sample")
    (k,) = _ints(ctx, "random.sample", k)
    if counts is not None or not 0 <= k <= len(pop):
        ctx.refuse(tr("lang", "random.sample: k must be from 0 to the population's size"))
    return python_random(ctx).sample(pop, k)


@_r("choices")
def choices(ctx, population, weights=None, *, cum_weights=None, k=1):
    pop = _seq(ctx, population, "random.choices")
    (k,) = _ints(ctx, "random.choices", k)
    if not 0 <= k <= 10_000_000:
        ctx.refuse(tr("lang", "random.choices: k is too large"))
    try:
        return python_random(ctx).choices(pop, weights, cum_weights=cum_weights, k=k)
    except (ValueError, TypeError) as e:
        ctx.refuse(tr("lang", "random.choices: {error}").format(error=str(e)))
