"""np.random: NumPy's own legacy RandomState behind np.random.seed / randn / rand / uniform / normal /
randint / choice / permutation, and NumPy's own Generator from np.random.default_rng(k). Never an
imitation: each call is the real NumPy method with the program's arguments, so
`np.random.seed(42); np.random.randn(2, 2)` gives exactly the numbers the article's readers get."""
from __future__ import annotations

import numpy as np

from ...engine import functions as vf
from ...i18n import tr
from ..runtime import HostObject
from .common import NUMBER, int_of, numpy_random, replace_values, tensor_of
from .signature import export

RANDOM: dict = {}


def _size(ctx, size, what):
    if size is None:
        return None
    if isinstance(size, (list, tuple)):
        shape = tuple(int_of(ctx, s, what) for s in size)
    else:
        shape = (int_of(ctx, size, what),)
    if any(s < 0 for s in shape) or int(np.prod(shape, dtype=np.float64)) > 10_000_000:
        ctx.refuse(tr("lang", "{what}: size {size} cannot be drawn").format(what=what, size=list(shape)))
    return shape


def _num(ctx, v, what):
    if isinstance(v, NUMBER) and not isinstance(v, bool):
        return v
    t = tensor_of(v)
    if t is not None:
        return t.data
    ctx.refuse(tr("lang", "{what} takes numbers or arrays").format(what=what))


def result(ctx, value):
    """NumPy returns a Python number when no size is asked for, else an array."""
    if isinstance(value, np.ndarray):
        tag = "int64" if value.dtype.kind in "iu" else "bool" if value.dtype.kind == "b" else "float64"
        t = vf.constant(value.astype(np.float64), dtype=tag)
        ctx.mark_numpy(t)
        return t
    if isinstance(value, (np.integer, int)):
        return int(value)
    return float(value)


def _r(name):
    return export(RANDOM, f"np.random.{name}", name)


@_r("seed")
def seed(ctx, seed=None):
    if seed is None:
        ctx.refuse(tr("lang", "np.random.seed() without a number would draw different numbers on every run"),
                   "np.random.seed(0)")
    ctx.state["np.random.seeded"] = True
    numpy_random(ctx).seed(int_of(ctx, seed, "seed") if not isinstance(seed, (list, tuple)) else
                           [int_of(ctx, s, "seed") for s in seed])


@_r("randn")
def randn(ctx, *args):
    shape = _size(ctx, args, "np.random.randn")
    return result(ctx, numpy_random(ctx).randn(*shape))


@_r("rand")
def rand(ctx, *args):
    shape = _size(ctx, args, "np.random.rand")
    return result(ctx, numpy_random(ctx).rand(*shape))


@_r("uniform")
def uniform(ctx, low=0.0, high=1.0, size=None):
    return result(ctx, numpy_random(ctx).uniform(_num(ctx, low, "low"), _num(ctx, high, "high"),
                                                 _size(ctx, size, "np.random.uniform")))


@_r("normal")
def normal(ctx, loc=0.0, scale=1.0, size=None):
    return result(ctx, numpy_random(ctx).normal(_num(ctx, loc, "loc"), _num(ctx, scale, "scale"),
                                                _size(ctx, size, "np.random.normal")))


@_r("standard_normal")
def standard_normal(ctx, size=None):
    return result(ctx, numpy_random(ctx).standard_normal(_size(ctx, size, "np.random.standard_normal")))


@_r("random")
def random(ctx, size=None):
    return result(ctx, numpy_random(ctx).random_sample(_size(ctx, size, "np.random.random")))


RANDOM["random_sample"] = RANDOM["random"]


@_r("randint")
def randint(ctx, low, high=None, size=None, dtype=int):
    lo = int_of(ctx, low, "low")
    hi = None if high is None else int_of(ctx, high, "high")
    if (hi is None and lo <= 0) or (hi is not None and hi <= lo):
        ctx.refuse(tr("lang", "np.random.randint: high must be greater than low"), "np.random.randint(0, 10)")
    return result(ctx, numpy_random(ctx).randint(lo, hi, _size(ctx, size, "np.random.randint")))


def _population(ctx, a, what):
    if isinstance(a, int) and not isinstance(a, bool):
        if a <= 0:
            ctx.refuse(tr("lang", "{what}: a must be a positive whole number").format(what=what))
        return a
    t = tensor_of(a)
    if t is not None:
        return t.data
    if isinstance(a, (list, tuple)) and all(isinstance(v, NUMBER) for v in a) and a:
        return np.array(a)
    ctx.refuse(tr("lang", "{what} takes a whole number or a list of numbers").format(what=what), f"{what}(10)")


@_r("choice")
def choice(ctx, a, size=None, replace=True, p=None):
    probs = None if p is None else np.asarray(_num(ctx, p, "p") if tensor_of(p) is not None else p, dtype=np.float64)
    return result(ctx, numpy_random(ctx).choice(_population(ctx, a, "np.random.choice"),
                                                _size(ctx, size, "np.random.choice"), bool(replace), probs))


@_r("shuffle")
def shuffle(ctx, x):
    """Shuffles an array along its first axis, or a list, in place, with NumPy's own generator."""
    if isinstance(x, list):
        numpy_random(ctx).shuffle(x)
        return
    t = tensor_of(x)
    if t is None or t.ndim == 0:
        ctx.refuse(tr("lang", "np.random.shuffle takes an array or a list"), "np.random.shuffle(idx)")
    data = t.data.copy()
    numpy_random(ctx).shuffle(data)
    replace_values(ctx, t, data, force=True)
    return


@_r("permutation")
def permutation(ctx, x):
    return result(ctx, numpy_random(ctx).permutation(_population(ctx, x, "np.random.permutation")))


# ---- np.random.default_rng(k): NumPy's own Generator ---------------------------------------------------------

class Generator(HostObject):
    __slots__ = ("rng",)
    lang_name = "numpy.random.Generator"

    def __init__(self, rng: np.random.Generator):
        self.rng = rng

    def lang_getattr(self, ctx, name):
        fn = GENERATOR.get(name)
        if fn is None:
            ctx.refuse_unknown(f"Generator.{name}", sorted(GENERATOR), prefix="rng.")
        return fn.bind(self)

    def lang_str(self, ctx):
        return "Generator(PCG64)"


GENERATOR: dict = {}


def _g(name):
    return export(GENERATOR, f"Generator.{name}", name, method=True)


@_g("standard_normal")
def g_standard_normal(ctx, self, size=None, dtype=None, out=None):
    return result(ctx, self.rng.standard_normal(_size(ctx, size, "rng.standard_normal")))


@_g("normal")
def g_normal(ctx, self, loc=0.0, scale=1.0, size=None):
    return result(ctx, self.rng.normal(_num(ctx, loc, "loc"), _num(ctx, scale, "scale"), _size(ctx, size, "rng.normal")))


@_g("uniform")
def g_uniform(ctx, self, low=0.0, high=1.0, size=None):
    return result(ctx, self.rng.uniform(_num(ctx, low, "low"), _num(ctx, high, "high"), _size(ctx, size, "rng.uniform")))


@_g("random")
def g_random(ctx, self, size=None, dtype=None, out=None):
    return result(ctx, self.rng.random(_size(ctx, size, "rng.random")))


@_g("integers")
def g_integers(ctx, self, low, high=None, size=None, dtype=None, endpoint=False):
    lo = int_of(ctx, low, "low")
    hi = None if high is None else int_of(ctx, high, "high")
    top = (lo if hi is None else hi) + (1 if endpoint else 0)
    if top <= (0 if hi is None else lo):
        ctx.refuse(tr("lang", "rng.integers: high must be greater than low"), "rng.integers(0, 10)")
    return result(ctx, self.rng.integers(lo, hi, _size(ctx, size, "rng.integers"), endpoint=bool(endpoint)))


@_g("choice")
def g_choice(ctx, self, a, size=None, replace=True, p=None, axis=0, shuffle=True):
    probs = None if p is None else np.asarray(_num(ctx, p, "p") if tensor_of(p) is not None else p, dtype=np.float64)
    return result(ctx, self.rng.choice(_population(ctx, a, "rng.choice"), _size(ctx, size, "rng.choice"),
                                       bool(replace), probs))


@_g("permutation")
def g_permutation(ctx, self, x, axis=0):
    return result(ctx, self.rng.permutation(_population(ctx, x, "rng.permutation")))


@_r("default_rng")
def default_rng(ctx, seed=None):
    if seed is None:
        ctx.refuse(tr("lang", "np.random.default_rng() without a seed would draw different numbers on every run"),
                   "rng = np.random.default_rng(0)")
    return Generator(np.random.default_rng(int_of(ctx, seed, "seed")))

