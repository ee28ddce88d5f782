"""torch's shape, indexing and product functions, as op nodes (see functions.py for the API)."""
from __future__ import annotations

import numpy as np

from .arguments import _apply, _as_tensor, _binary_op, _dim
from .errors import EngineError
from .mode import group
from .tensor import Tensor


def _shape_arg(shape) -> tuple:
    if len(shape) == 1 and isinstance(shape[0], (tuple, list)):
        shape = shape[0]
    out = []
    for s in shape:
        if isinstance(s, bool) or not isinstance(s, (int, np.integer)):
            raise EngineError(f"shape must be ints, not {type(s).__name__}")
        out.append(int(s))
    return tuple(out)


def reshape(x, *shape) -> Tensor:
    """x.reshape(2, 3) or reshape(x, (2, 3)); one -1 is inferred (view = reshape: values are
    never shared here, so view's contiguity rule has nothing to refuse)."""
    return _reshape(_as_tensor(x), _shape_arg(shape), "reshape")


view = reshape


def _reshape(x: Tensor, shape: tuple, how: str) -> Tensor:
    size = x.data.size
    if shape.count(-1) > 1:
        raise EngineError("only one dimension can be inferred")
    if any(s < -1 for s in shape):
        raise EngineError(f"invalid shape dimension {min(shape)}")
    known = int(np.prod([s for s in shape if s != -1]))
    if -1 in shape:
        if known == 0 or size % known:
            raise EngineError(f"shape '{list(shape)}' is invalid for input of size {size}")
        shape = tuple(size // known if s == -1 else s for s in shape)
    elif known != size:
        raise EngineError(f"shape '{list(shape)}' is invalid for input of size {size}")
    return _apply("reshape", x, shape=shape, how=how)


def flatten(x, start_dim=0, end_dim=-1) -> Tensor:
    x = _as_tensor(x)
    if x.ndim == 0:
        return _reshape(x, (1,), "flatten")
    s, e = _dim(x, start_dim), _dim(x, end_dim)
    if s > e:
        raise EngineError("flatten() has invalid args: start_dim cannot come after end_dim")
    shape = x.shape[:s] + (int(np.prod(x.shape[s:e + 1])),) + x.shape[e + 1:]
    return _reshape(x, shape, "flatten")


def unsqueeze(x, dim) -> Tensor:
    x = _as_tensor(x)
    n = x.ndim + 1
    if isinstance(dim, bool) or not isinstance(dim, (int, np.integer)) or not -n <= dim < n:
        raise EngineError(f"Dimension out of range (expected to be in range of [{-n}, {n - 1}], but got {dim})")
    d = int(dim) % n
    return _reshape(x, x.shape[:d] + (1,) + x.shape[d:], "unsqueeze")


def squeeze(x, dim=None) -> Tensor:
    x = _as_tensor(x)
    if dim is None:
        dims = {k for k, s in enumerate(x.shape) if s == 1}
    else:
        dims = {_dim(x, d) for d in (dim if isinstance(dim, (tuple, list)) else (dim,))}
        dims = {d for d in dims if x.ndim and x.shape[d] == 1}  # PyTorch: a dim not of size 1 stays
    return _reshape(x, tuple(s for k, s in enumerate(x.shape) if k not in dims), "squeeze")


def permute(x, *dims) -> Tensor:
    x = _as_tensor(x)
    dims = _shape_arg(dims)
    if len(dims) != x.ndim:
        raise EngineError(f"permute(sparse_coo): number of dimensions in the tensor input does not match the "
                          f"length of the desired ordering of dimensions i.e. input.dim() = {x.ndim} is not "
                          f"equal to len(dims) = {len(dims)}".replace("(sparse_coo)", ""))
    norm = tuple(_dim(x, d) for d in dims)
    if len(set(norm)) != len(norm):
        raise EngineError("permute(): duplicate dims are not allowed.")
    return _apply("permute", x, dims=norm)


def transpose(x, dim0, dim1) -> Tensor:
    x = _as_tensor(x)
    if x.ndim == 0:
        _dim(x, dim0), _dim(x, dim1)
        return _apply("permute", x, dims=())
    d0, d1 = _dim(x, dim0), _dim(x, dim1)
    dims = list(range(x.ndim))
    dims[d0], dims[d1] = dims[d1], dims[d0]
    return _apply("permute", x, dims=tuple(dims))


def t(x) -> Tensor:
    """torch.t: a 2-D tensor transposed; 0-D and 1-D ones as they are."""
    x = _as_tensor(x)
    if x.ndim > 2:
        raise EngineError(f"t() expects a tensor with <= 2 dimensions, but self is {x.ndim}D")
    return _apply("permute", x, dims=tuple(reversed(range(x.ndim))))


def expand(x, *shape) -> Tensor:
    x = _as_tensor(x)
    shape = _shape_arg(shape)
    lead = len(shape) - x.ndim
    if lead < 0:
        raise EngineError(f"expand: the number of sizes provided ({len(shape)}) must be greater or equal to "
                          f"the number of dimensions in the tensor ({x.ndim})")
    final = []
    for k, s in enumerate(shape):
        if k < lead:
            if s == -1:
                raise EngineError("expand: -1 is not allowed in a leading, non-existing dimension")
            final.append(s)
            continue
        have = x.shape[k - lead]
        if s == -1:
            s = have
        if have != s and have != 1:
            raise EngineError(f"The expanded size of the tensor ({s}) must match the existing size ({have}) at "
                              f"non-singleton dimension {k}.  Target sizes: {list(shape)}.  Tensor sizes: "
                              f"{list(x.shape)}")
        final.append(s)
    return _apply("expand", x, shape=tuple(final))


# ---- indexing -------------------------------------------------------------------------------

def _index_part(p):
    if p is None or p is Ellipsis or isinstance(p, slice):
        if isinstance(p, slice) and p.step is not None and p.step <= 0:
            raise EngineError("step must be greater than zero")
        return p
    if isinstance(p, bool):
        return p
    if isinstance(p, (int, np.integer)):
        return int(p)
    if isinstance(p, Tensor):
        if p.dtype == "bool":
            return p.data.astype(bool)
        if p.dtype != "int64":
            raise EngineError("tensors used as indices must be long, int, byte or bool tensors")
        return p.data.astype(np.int64)
    a = np.asarray(p)
    if a.dtype == bool:
        return a
    if a.size and not np.issubdtype(a.dtype, np.integer):
        raise EngineError("tensors used as indices must be long, int, byte or bool tensors")
    return a.astype(np.int64)


def _index_text(index) -> str:
    parts = index if isinstance(index, tuple) else (index,)
    out = []
    for p in parts:
        if p is None:
            out.append("None")
        elif p is Ellipsis:
            out.append("…")
        elif isinstance(p, slice):
            out.append(":".join("" if v is None else str(v) for v in (p.start, p.stop))
                       + ("" if p.step is None else f":{p.step}"))
        elif isinstance(p, np.ndarray):
            out.append("mask" if p.dtype == bool else str(p.tolist()) if p.size <= 4 else "[…]")
        else:
            out.append(str(p))
    return ", ".join(out)


def getitem(x, index) -> Tensor:
    """x[index]: ints, slices (positive steps), None, Ellipsis, int lists/arrays/Tensors, bool
    masks, and tuples of these; the gradient is scattered back, summed where an entry was picked
    more than once."""
    x = _as_tensor(x)
    parts = index if isinstance(index, tuple) else (index,)
    norm = tuple(_index_part(p) for p in parts)
    norm = norm if isinstance(index, tuple) else norm[0]
    return _apply("getitem", x, index=norm, text=_index_text(norm))


def cat(tensors, dim=0) -> Tensor:
    ts = [_as_tensor(x) for x in tensors]
    if not ts:
        raise EngineError("torch.cat(): expected a non-empty list of Tensors")
    for k, x in enumerate(ts):
        if x.ndim == 0:
            raise EngineError(f"zero-dimensional tensor (at position {k}) cannot be concatenated")
    return _apply("cat", *ts, axis=_dim(ts[0], dim))


def stack(tensors, dim=0) -> Tensor:
    ts = [_as_tensor(x) for x in tensors]
    if not ts:
        raise EngineError("stack expects a non-empty TensorList")
    for k, x in enumerate(ts[1:], 1):
        if x.shape != ts[0].shape:
            raise EngineError(f"stack expects each tensor to be equal size, but got {list(ts[0].shape)} at entry 0 "
                              f"and {list(x.shape)} at entry {k}")
    n = ts[0].ndim + 1
    if isinstance(dim, bool) or not isinstance(dim, (int, np.integer)) or not -n <= dim < n:
        raise EngineError(f"Dimension out of range (expected to be in range of [{-n}, {n - 1}], but got {dim})")
    return _apply("stack", *ts, axis=int(dim) % n)


# ---- products ---------------------------------------------------------------------------

def matmul(a, b) -> Tensor:
    a, b = _as_tensor(a), _as_tensor(b)
    if a.ndim == 0 or b.ndim == 0:
        raise EngineError(f"both arguments to matmul need to be at least 1D, but they are {a.ndim}D and {b.ndim}D")
    return _binary_op("matmul", a, b)


def mm(a, b) -> Tensor:
    a, b = _as_tensor(a), _as_tensor(b)
    if a.ndim != 2:
        raise EngineError("self must be a matrix")
    if b.ndim != 2:
        raise EngineError("mat2 must be a matrix")
    if a.shape[1] != b.shape[0]:
        raise EngineError(f"mat1 and mat2 shapes cannot be multiplied ({a.shape[0]}x{a.shape[1]} and "
                          f"{b.shape[0]}x{b.shape[1]})")
    return _apply("matmul", a, b)


def mv(a, b) -> Tensor:
    a, b = _as_tensor(a), _as_tensor(b)
    if a.ndim != 2 or b.ndim != 1:
        raise EngineError(f"vector + matrix @ vector expected, got {a.ndim}, {b.ndim}")
    if a.shape[1] != b.shape[0]:
        raise EngineError(f"size mismatch, got input ({a.shape[0]}), mat ({a.shape[0]}x{a.shape[1]}), "
                          f"vec ({b.shape[0]})")
    return _apply("matmul", a, b)


def dot(a, b) -> Tensor:
    a, b = _as_tensor(a), _as_tensor(b)
    if a.ndim != 1 or b.ndim != 1:
        raise EngineError(f"1D tensors expected, but got {a.ndim}D and {b.ndim}D tensors")
    if a.shape != b.shape:
        raise EngineError(f"inconsistent tensor size, expected tensor [{a.shape[0]}] and src [{b.shape[0]}] to "
                          f"have the same number of elements, but got {a.shape[0]} and {b.shape[0]} elements "
                          f"respectively")
    return _apply("matmul", a, b)


def outer(a, b) -> Tensor:
    """PyTorch's own decomposition: a as a column times b (one "outer" group)."""
    a, b = _as_tensor(a), _as_tensor(b)
    if a.ndim != 1 or b.ndim != 1:
        raise EngineError(f"outer: expected 1D tensors, but got {a.ndim}D and {b.ndim}D")
    with group("outer", "function"):
        return _apply("mul", _reshape(a, (a.shape[0], 1), "reshape"), b)
