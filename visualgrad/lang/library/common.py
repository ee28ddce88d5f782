"""What every namespace shares: program values turned into tensors, sizes and dims, torch.Size,
dtypes, and the run's random generators."""
from __future__ import annotations

import random as _pyrandom
import weakref

import numpy as np

from ...engine import Tensor, ancestors
from ...engine import functions as vf
from ...i18n import tr
from ..runtime import HostObject

NUMBER = (int, float, bool, np.integer, np.floating, np.bool_)


def tensor_of(value):
    """The engine Tensor a value stands for (a Tensor, a micrograd Value), or None."""
    if isinstance(value, Tensor):
        return value
    if isinstance(value, HostObject):
        return value.lang_tensor()
    return None


def dtype_of(t: Tensor) -> str:
    return getattr(t, "dtype", "float64") or "float64"


def same_dtype(out: Tensor, of: Tensor) -> Tensor:
    """A pick or a reshape of an int/bool tensor is one too (the engine tags every result float64)."""
    tag = dtype_of(of)
    if tag != "float64" and dtype_of(out) == "float64":
        out.dtype = tag
    return out


def is_float(t: Tensor) -> bool:
    return dtype_of(t).startswith("float")


def requires_grad(t) -> bool:
    return bool(getattr(t, "requires_grad", False))


# ---- float32 or float64: what torch would call the tensor (the numbers are float64 either way) ------------

_DOUBLE: weakref.WeakSet[Tensor] = weakref.WeakSet()


def declare_double(t: Tensor, flag: bool = True) -> Tensor:
    """Mark a tensor as torch.float64 (x.double(), dtype=torch.float64, torch.from_numpy of a float array)."""
    if flag:
        _DOUBLE.add(t)
    else:
        _DOUBLE.discard(t)
    return t


def is_double(t: Tensor) -> bool:
    """torch's type promotion: a result is float64 when any float input it was computed from is."""
    if not dtype_of(t).startswith("float"):
        return False
    seen, stack = set(), [t]
    while stack and len(seen) < 20_000:
        n = stack.pop()
        if n in _DOUBLE:
            return True
        if id(n) in seen:
            continue
        seen.add(id(n))
        if n.op is not None and n.op != "detach" or n.op == "detach":
            stack.extend(n.inputs)
    return False


def wants_double(dtype) -> bool:
    """dtype=torch.float64 / torch.double / np.float64 / Python's float (torch reads that as float64)."""
    if dtype is None:
        return False
    if isinstance(dtype, DType):
        return dtype.name in ("float64", "double")
    name = getattr(dtype, "name", None) or (dtype if isinstance(dtype, str) else None)
    return name in ("float64", "double", "float")


# ---- data ---------------------------------------------------------------------------------

def data_of(ctx, value, what: str, cut: bool = True) -> tuple[np.ndarray, str]:
    """(float64 array, dtype tag) for data: a number, a nested list/tuple of numbers or tensors,
    a tensor. Tensors inside are read as values (the graph is cut there, as torch.tensor does)."""
    kinds = set()

    def walk(v, depth):
        if depth > 32:
            ctx.refuse(tr("lang", "{what}: the list is nested too deeply").format(what=what))
        if isinstance(v, (bool, np.bool_)):
            kinds.add("bool")
            return float(v)
        if isinstance(v, (int, np.integer)):
            kinds.add("int")
            return float(v)
        if isinstance(v, (float, np.floating)):
            kinds.add("float")
            return float(v)
        t = tensor_of(v)
        if t is not None:
            if cut and requires_grad(t):
                ctx.cut(t, None, "detach")
            d = dtype_of(t)
            kinds.add("int" if d == "int64" else "bool" if d == "bool" else "float")
            return t.data.tolist()
        if isinstance(v, (list, tuple)):
            return [walk(e, depth + 1) for e in v]
        if isinstance(v, Size):
            kinds.add("int")
            return [float(d) for d in v.dims]
        ctx.refuse(tr("lang", "{what} takes numbers or lists of numbers, not {kind}")
                   .format(what=what, kind=type_name(v)))

    nested = walk(value, 0)
    try:
        arr = np.array(nested, dtype=np.float64)
    except ValueError:
        ctx.refuse(tr("lang", "{what}: the rows of the list have different lengths").format(what=what))
    dtype = "float64" if "float" in kinds or not kinds else "int64" if "int" in kinds else "bool"
    return arr, dtype


def as_operand(ctx, value, what: str):
    """An argument for an engine function: Tensors pass, numbers pass, lists become constant arrays."""
    t = tensor_of(value)
    if t is not None:
        return t
    if isinstance(value, NUMBER):
        return int(value) if isinstance(value, (int, np.integer)) and not isinstance(value, bool) else float(value)
    if isinstance(value, (list, tuple)):
        return vf.constant(*data_of(ctx, value, what))
    ctx.refuse(tr("lang", "{what} takes a tensor, not {kind}").format(what=what, kind=type_name(value)))


def as_tensor_arg(ctx, value, what: str) -> Tensor:
    """Like as_operand, but numbers become constant 0-d tensors too (for methods on the result)."""
    v = as_operand(ctx, value, what)
    return v if isinstance(v, Tensor) else vf.constant(v)


def type_name(v) -> str:
    if isinstance(v, HostObject):
        return v.lang_name
    if isinstance(v, Tensor):
        return "tensor"
    return type(v).__name__


# ---- sizes and dims ------------------------------------------------------------------------

def int_of(ctx, v, what: str) -> int:
    if isinstance(v, (bool, np.bool_)) or not isinstance(v, (int, np.integer)):
        t = tensor_of(v)
        if t is not None and t.data.size == 1 and dtype_of(t) == "int64":
            return int(t.data.reshape(()))
        ctx.refuse(tr("lang", "{what} must be a whole number, not {value}").format(what=what, value=_short(ctx, v)))
    return int(v)


def size_of(ctx, args: tuple, what: str) -> tuple:
    """torch's `*size`: zeros(2, 3), zeros((2, 3)), zeros([2, 3]), zeros(x.shape)."""
    if len(args) == 1 and (isinstance(args[0], (list, tuple, Size))):
        args = tuple(args[0])
    size = tuple(int_of(ctx, a, what) for a in args)
    if any(n < 0 for n in size):
        ctx.refuse(tr("lang", "{what}: a size cannot be negative: {size}").format(what=what, size=list(size)))
    if int(np.prod(size, dtype=np.float64)) > 10_000_000:
        ctx.refuse(tr("lang", "{what}: {size} is too many numbers to draw").format(what=what, size=list(size)))
    return size


def dims_of(ctx, dim, what: str):
    """None, an int, or a tuple of ints (a list is read as a tuple, as torch and NumPy do)."""
    if dim is None:
        return None
    if isinstance(dim, (list, tuple)):
        return tuple(int_of(ctx, d, what) for d in dim)
    return int_of(ctx, dim, what)


def _short(ctx, v) -> str:
    try:
        text = ctx.text(v)
    except Exception:  # noqa: BLE001 - only for the message
        text = type_name(v)
    return text if len(text) <= 30 else text[:27] + "..."


class Size(HostObject):
    """torch.Size: a tuple of ints that prints as torch.Size([2, 3])."""
    __slots__ = ("dims",)
    lang_name = "torch.Size"

    def __init__(self, dims):
        self.dims = tuple(int(d) for d in dims)

    def __iter__(self):
        return iter(self.dims)

    def lang_getitem(self, ctx, key):
        if isinstance(key, slice):
            return Size(self.dims[key])
        i = int_of(ctx, key, "torch.Size[...]")
        if not -len(self.dims) <= i < len(self.dims):
            ctx.refuse(tr("lang", "index {i} is out of range for {size}").format(i=i, size=self.lang_str(ctx)))
        return self.dims[i]

    def lang_iter(self, ctx):
        return list(self.dims)

    def lang_len(self, ctx):
        return len(self.dims)

    def lang_bool(self, ctx):
        return bool(self.dims)

    def lang_binop(self, ctx, op, other, reflected):
        o = other.dims if isinstance(other, Size) else tuple(other) if isinstance(other, (list, tuple)) else None
        if o is None:
            return NotImplemented
        if op == "==":
            return self.dims == o
        if op == "!=":
            return self.dims != o
        if op == "+":
            return Size(o + self.dims) if reflected else Size(self.dims + o)
        return NotImplemented

    def lang_str(self, ctx):
        return f"torch.Size([{', '.join(map(str, self.dims))}])"

    def numel(self):
        return int(np.prod(self.dims, dtype=np.int64))


class DType(HostObject):
    """torch.float32 and friends: accepted and noted; the engine computes every float in float64."""
    __slots__ = ("name", "tag")
    lang_name = "torch.dtype"

    def __init__(self, name: str, tag: str):
        self.name = name
        self.tag = tag  # "float64" | "int64" | "bool"

    def lang_str(self, ctx):
        return f"torch.{self.name}"

    def lang_binop(self, ctx, op, other, reflected):
        if op in ("==", "!=") and isinstance(other, DType):
            return (self.tag == other.tag) == (op == "==")
        return NotImplemented


def dtype_tag(ctx, dtype, what: str) -> str | None:
    """The engine's tag for a dtype= argument (torch dtype, NumPy dtype, or Python's float/int/bool)."""
    if dtype is None:
        return None
    if isinstance(dtype, DType):
        return dtype.tag
    name = getattr(dtype, "name", None) or (dtype if isinstance(dtype, str) else None)
    if isinstance(dtype, HostObject) and hasattr(dtype, "tag"):
        return dtype.tag
    tags = {"float": "float64", "float64": "float64", "float32": "float64", "double": "float64",
            "int": "int64", "int64": "int64", "int32": "int64", "long": "int64", "bool": "bool"}
    if name in tags:
        return tags[name]
    ctx.refuse(tr("lang", "{what}: dtype {dtype} is not one visualgrad computes").format(
        what=what, dtype=_short(ctx, dtype)), "dtype=torch.float64")


# ---- the run's random generators -------------------------------------------------------------

DEFAULT_SEED = 0


def python_random(ctx) -> _pyrandom.Random:
    """Python's own `random` for this run (seeded 0 until random.seed(k): the same picture each time)."""
    r = ctx.state.get("random")
    if r is None:
        r = ctx.state["random"] = _pyrandom.Random(DEFAULT_SEED)
        if not ctx.state.get("random.seeded"):
            ctx.note(tr("lang", "random is used without random.seed(...): visualgrad seeds it with 0, so the "
                                "numbers are the same on every run"))
    return r


def numpy_random(ctx) -> np.random.RandomState:
    """NumPy's own legacy generator behind np.random.seed / randn / rand / uniform / normal."""
    r = ctx.state.get("np.random")
    if r is None:
        r = ctx.state["np.random"] = np.random.RandomState(DEFAULT_SEED)
        if not ctx.state.get("np.random.seeded"):
            ctx.note(tr("lang", "np.random is used without np.random.seed(...): visualgrad seeds it with 0, so "
                                "the numbers are the same on every run"))
    return r


def torch_random(ctx, note: bool = True) -> np.random.Generator:
    """visualgrad's own generator for torch.randn / rand and nn.Linear's starting weights
    (NumPy's PCG64 seeded by torch.manual_seed): not PyTorch's numbers, and the user is told so."""
    r = ctx.state.get("torch.random")
    if r is None:
        r = ctx.state["torch.random"] = np.random.default_rng(DEFAULT_SEED)
    if note and not ctx.state.get("torch.random.noted"):
        ctx.state["torch.random.noted"] = True
        ctx.note(tr("lang", "Random numbers from torch (torch.randn, torch.rand, ...) are visualgrad's own "
                            "seeded values, not PyTorch's numbers; every gradient is exact for the numbers "
                            "shown."))
    return r


def replace_values(ctx, t: Tensor, new: np.ndarray, force: bool = False) -> None:
    """An in-place change of t's numbers (torch's x.sub_(), x[0] = 5, p.data = ...)."""
    if not force and requires_grad(t) and ctx.grad_enabled and not ctx.is_numpy(t):
        if t.op is None:
            ctx.refuse(tr("lang", "a tensor that requires grad cannot be changed in place while gradients are "
                                  "recorded"), "with torch.no_grad(): ...")
        ctx.refuse(tr("lang", "changing a computed tensor in place is not something visualgrad shows"),
                   "y = y + ...")
    new = np.broadcast_to(np.asarray(new, dtype=np.float64), t.shape)
    hook = getattr(ctx, "inplace", None)
    if hook is not None:
        hook(t, new.copy())
    else:
        t.data[...] = new


# ---- running statistics a later call changes in place -----------------------------------------------------
# BatchNorm in eval mode computes from its running_mean/running_var; a later training call changes them in
# place. PyTorch's backward through the eval output then silently uses the NEW statistics (its kernel changes
# them without bumping their version); visualgrad's graph keeps the old ones. Rather than differ, such a
# backward pass is refused.

def used_statistics(ctx, out: Tensor, stats) -> None:
    """`out` (in the graph) was computed from these buffers as they are now."""
    if not requires_grad(out):
        return
    versions = ctx.state.setdefault("stat_versions", weakref.WeakKeyDictionary())
    uses = ctx.state.setdefault("stat_uses", [])
    uses.append((weakref.ref(out), tuple((b, versions.get(b, 0)) for b in stats)))


def changed_statistics(ctx, stats) -> None:
    versions = ctx.state.setdefault("stat_versions", weakref.WeakKeyDictionary())
    for b in stats:
        versions[b] = versions.get(b, 0) + 1


def check_statistics(ctx, t: Tensor) -> None:
    """Refuse a backward pass from t through an eval-mode batch norm whose running statistics changed since."""
    uses = ctx.state.get("stat_uses")
    if not uses:
        return
    uses[:] = [(r, s) for r, s in uses if r() is not None]
    versions = ctx.state["stat_versions"]
    stale = {id(r()) for r, s in uses if any(versions.get(b, 0) != v for b, v in s)}
    if stale and any(id(n) in stale for n in ancestors(t)):
        ctx.refuse(tr("lang", "this backward pass goes through a batch norm computed in eval mode, whose running "
                              "statistics a later training call has changed (PyTorch would silently use the new "
                              "numbers); call backward() before that training call, or compute the eval output "
                              "under torch.no_grad()"), "with torch.no_grad(): ...")
