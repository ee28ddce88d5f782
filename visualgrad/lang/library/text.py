"""print() of tensors and arrays: torch's layout (tensor([1.5000, 2.0000], grad_fn=<MulBackward0>)),
NumPy's own str() for arrays. Torch's printing rules (precision 4, threshold 1000, 3 edge items,
line width 80, scientific mode when the magnitudes span more than 1000 or leave [1e-4, 1e8]) are
followed as torch/_tensor_str.py writes them, so a pasted print() shows what PyTorch shows."""
from __future__ import annotations

import math
import weakref

import numpy as np

from ...engine import Tensor
from .common import dtype_of

PRECISION, THRESHOLD, EDGE, LINEWIDTH = 4, 1000, 3, 80

# torch's autograd node names for the engine's ops (the common spellings; see grad_fn())
_GRAD_FN = {"add": "AddBackward0", "sub": "SubBackward0", "mul": "MulBackward0", "div": "DivBackward0",
            "neg": "NegBackward0", "pow": "PowBackward0", "powv": "PowBackward1", "exp": "ExpBackward0",
            "log": "LogBackward0", "log1p": "Log1PBackward0", "sqrt": "SqrtBackward0", "abs": "AbsBackward0",
            "sin": "SinBackward0", "cos": "CosBackward0", "tanh": "TanhBackward0",
            "sigmoid": "SigmoidBackward0", "relu": "ReluBackward0", "maximum": "MaximumBackward0",
            "minimum": "MinimumBackward0", "clamp": "ClampBackward1", "getitem": "SelectBackward0",
            "reshape": "ViewBackward0", "view": "ViewBackward0", "unsqueeze": "UnsqueezeBackward0",
            "squeeze": "SqueezeBackward0", "permute": "PermuteBackward0", "cat": "CatBackward0",
            "stack": "StackBackward0", "prod": "ProdBackward0", "norm": "LinalgVectorNormBackward0",
            "softmax": "SoftmaxBackward0", "log_softmax": "LogSoftmaxBackward0", "expand": "ExpandBackward0",
            "square": "PowBackward0", "leaky_relu": "LeakyReluBackward0", "gelu": "GeluBackward0",
            "softplus": "SoftplusBackward0", "where": "WhereBackward0", "logsigmoid": "LogSigmoidBackward0",
            "silu": "SiluBackward0", "elu": "EluBackward0", "hardtanh": "HardtanhBackward0",
            "rsqrt": "RsqrtBackward0", "expm1": "Expm1Backward0", "log2": "Log2Backward0",
            "log10": "Log10Backward0", "reciprocal": "ReciprocalBackward0", "tan": "TanBackward0"}


# what the library knows a result is (torch.softmax's result is SoftmaxBackward0, whatever node ends it)
_NAMED: weakref.WeakKeyDictionary[Tensor, str] = weakref.WeakKeyDictionary()


def named(result, name: str):
    """Remember torch's grad_fn name for a library function's result (values of a pair included)."""
    t = getattr(result, "values", result) if not isinstance(result, Tensor) else result
    if isinstance(t, Tensor) and t.op is not None:
        _NAMED[t] = name
    return result


def _number(t) -> bool:
    return t.op is None and t.role == "constant" and t.name is None and t.data.ndim == 0


def grad_fn(t: Tensor) -> str:
    known = _NAMED.get(t)
    if known is not None:
        return known
    op = t.op or ""
    attrs = t.attrs or {}
    ins = t.inputs or ()
    if op == "sub" and ins and _number(ins[0]):
        return "RsubBackward1"
    if op == "div" and ins and _number(ins[0]):
        return "MulBackward0"
    if op == "powv":
        return "PowBackward2" if ins and _number(ins[0]) else "PowBackward1"
    if op in ("sum", "mean"):
        whole = attrs.get("axis", attrs.get("dim")) is None
        return f"{op.capitalize()}Backward{0 if whole else 1}"
    if op == "matmul":
        a, b = (i.data.ndim for i in t.inputs[:2])
        return {(2, 2): "MmBackward0", (1, 1): "DotBackward0", (2, 1): "MvBackward0"}.get((a, b), "MatmulBackward0")
    if op == "transpose":
        return "TBackward0"
    return _GRAD_FN.get(op, "".join(p.capitalize() for p in op.split("_")) + "Backward0")


class _Formatter:
    def __init__(self, values: np.ndarray, floating: bool):
        self.floating = floating
        self.int_mode, self.sci_mode, self.max_width = True, False, 1
        flat = values.reshape(-1)
        if not floating:
            for v in flat:
                self.max_width = max(self.max_width, len(_int_text(v, floating)))
            return
        finite = flat[np.isfinite(flat) & (flat != 0)]
        if finite.size == 0:
            return
        mags = np.abs(finite)
        lo, hi = float(mags.min()), float(mags.max())
        self.int_mode = bool(np.all(finite == np.ceil(finite)))
        if self.int_mode:
            if hi / lo > 1000.0 or hi > 1.0e8:
                self.sci_mode = True
                self.max_width = max(len(f"{v:.{PRECISION}e}") for v in finite.tolist())
            else:
                self.max_width = max(len(f"{v:.0f}") + 1 for v in finite.tolist())
        elif hi / lo > 1000.0 or hi > 1.0e8 or lo < 1.0e-4:
            self.sci_mode = True
            self.max_width = max(len(f"{v:.{PRECISION}e}") for v in finite.tolist())
        else:
            self.max_width = max(len(f"{v:.{PRECISION}f}") for v in finite.tolist())

    def format(self, v) -> str:
        if not self.floating:
            ret = _int_text(v, False)
        elif self.sci_mode:
            ret = f"{v:{self.max_width}.{PRECISION}e}"
        elif self.int_mode:
            ret = f"{v:.0f}"
            if not (math.isinf(v) or math.isnan(v)):
                ret += "."
        else:
            ret = f"{v:.{PRECISION}f}"
        return (self.max_width - len(ret)) * " " + ret


def _int_text(v, floating):
    return str(v)


def _summarized(a: np.ndarray) -> np.ndarray:
    if a.ndim == 0:
        return a
    if a.ndim == 1:
        return np.concatenate([a[:EDGE], a[-EDGE:]]) if a.shape[0] > 2 * EDGE else a
    rows = list(range(EDGE)) + list(range(a.shape[0] - EDGE, a.shape[0])) if a.shape[0] > 2 * EDGE \
        else range(a.shape[0])
    return np.stack([_summarized(a[i]) for i in rows])


def _vector(a, indent, summarize, f):
    per_line = max(1, math.floor((LINEWIDTH - indent) / (f.max_width + 2)))
    vals = a.tolist()
    if summarize and len(vals) > 2 * EDGE:
        data = [f.format(v) for v in vals[:EDGE]] + [" ..."] + [f.format(v) for v in vals[-EDGE:]]
    else:
        data = [f.format(v) for v in vals]
    lines = [", ".join(data[i:i + per_line]) for i in range(0, len(data), per_line)]
    return "[" + (",\n" + " " * (indent + 1)).join(lines) + "]"


def _body(a, indent, summarize, f):
    if a.ndim == 0:
        return f.format(a.item())
    if a.ndim == 1:
        return _vector(a, indent, summarize, f)
    n = a.shape[0]
    if summarize and n > 2 * EDGE:
        parts = [_body(a[i], indent + 1, summarize, f) for i in range(EDGE)] + ["..."] + \
                [_body(a[i], indent + 1, summarize, f) for i in range(n - EDGE, n)]
    else:
        parts = [_body(a[i], indent + 1, summarize, f) for i in range(n)]
    return "[" + ("," + "\n" * (a.ndim - 1) + " " * (indent + 1)).join(parts) + "]"


def torch_text(t: Tensor, requires_grad: bool = False, double: bool = False) -> str:
    """str(t) as PyTorch prints a float32/int64/bool tensor with these numbers."""
    tag = dtype_of(t)
    a = t.data
    if tag == "int64":
        a = a.astype(np.int64)
    elif tag == "bool":
        a = a.astype(bool)
    floating = tag.startswith("float")
    prefix, indent = "tensor(", 7
    suffixes = []
    if a.size == 0:
        body = "[]"
        if a.shape != (0,):
            suffixes.append(f"size={tuple(a.shape)}")
    else:
        summarize = a.size > THRESHOLD
        f = _Formatter(_summarized(a) if summarize else a, floating)
        body = _body(a, indent, summarize, f)
    if double:
        suffixes.append("dtype=torch.float64")
    if t.op is not None and requires_grad:
        suffixes.append(f"grad_fn=<{grad_fn(t)}>")
    elif requires_grad:
        suffixes.append("requires_grad=True")
    out = [prefix + body]
    last = len(out[0]) - out[0].rfind("\n") + 1
    for s in suffixes:
        if last + len(s) + 2 > LINEWIDTH:
            out.append(",\n" + " " * indent + s)
            last = indent + len(s)
        else:
            out.append(", " + s)
            last += len(s) + 2
    return "".join(out) + ")"


def numpy_value(t: Tensor):
    """The numpy object the program would hold: an ndarray, or a numpy scalar for a 0-d result."""
    tag = dtype_of(t)
    a = t.data.astype(np.int64) if tag == "int64" else t.data.astype(bool) if tag == "bool" else t.data
    return a[()] if a.ndim == 0 else a


def numpy_text(t: Tensor) -> str:
    return str(numpy_value(t))


def numpy_format(t: Tensor, spec: str) -> str:
    return format(numpy_value(t), spec)


def torch_format(t: Tensor, spec: str) -> str:
    """f"{x:.4f}": torch formats a one-element tensor as its number; without a spec, as str(x)."""
    if t.data.size != 1:
        raise ValueError(spec)
    v = t.data.reshape(()).item()
    tag = dtype_of(t)
    v = int(v) if tag == "int64" else bool(v) if tag == "bool" else v
    return format(v, spec)
