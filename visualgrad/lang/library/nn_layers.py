"""The modules of torch.nn a program builds: Linear and Embedding (visualgrad's own seeded starting weights,
not PyTorch's numbers), Sequential, ModuleList, activations, Flatten, Identity, Dropout, and the losses.
The normalisation layers are in nn_norm.py."""
from __future__ import annotations

import numpy as np

from ...engine import functions as vf
from ...i18n import tr
from ..runtime import HostClass
from . import functional as F
from .common import int_of, tensor_of, torch_random
from .nn_module import ModuleObject, is_module, parameter
from .signature import checked
from .torch_ops import need
from .torch_shape import flatten_of

CLASSES: dict = {}  # nn.<Name> -> HostClass


def _class(name):
    def register(cls):
        def new(ctx, *args, **kwargs):
            m = cls.__new__(cls)
            ModuleObject.__init__(m)
            m.setup(ctx, *args, **kwargs)
            return m
        new.__signature__ = _signature_of(cls.setup)
        CLASSES[name] = HostClass(f"nn.{name}", new=checked(f"nn.{name}", new))
        cls.kind = name
        return cls
    return register


def _signature_of(fn):
    import inspect
    sig = inspect.signature(fn)
    params = list(sig.parameters.values())
    return sig.replace(parameters=params[1:])  # drop self: (ctx, ...)


@_class("Linear")
class Linear(ModuleObject):
    attributes = ("in_features", "out_features")

    def setup(self, ctx, in_features, out_features, bias=True, device=None, dtype=None):
        self.in_features = int_of(ctx, in_features, "in_features")
        self.out_features = int_of(ctx, out_features, "out_features")
        if self.in_features < 1 or self.out_features < 1 or self.in_features * self.out_features > 1_000_000:
            ctx.refuse(tr("lang", "nn.Linear({i}, {o}): sizes must be from 1 up to a million weights")
                       .format(i=self.in_features, o=self.out_features))
        ctx.count(self.in_features * self.out_features // 64 + 1)
        rng = torch_random(ctx, note=False)  # the start's own note says what it is
        if not ctx.state.get("nn.Linear.noted"):
            ctx.state["nn.Linear.noted"] = True
            ctx.note(tr("lang", "nn.Linear starts from visualgrad's own seeded weights: He (Kaiming) normal, "
                                "N(0, 2/in_features), with zero biases — not PyTorch's numbers, nor its default "
                                "U(−1/√in, 1/√in) start. The gradients shown are exact for these weights."))
        # He's start keeps a deep ReLU stack's gradients alive, as the vanishing-gradient article
        # says they are (PyTorch's own a=√5 start makes a 30-layer ReLU stack vanish too)
        std = np.sqrt(2.0 / self.in_features)
        self.params["weight"] = vf.leaf(rng.normal(0.0, std, (self.out_features, self.in_features)),
                                        requires_grad=True, role="parameter")
        if bias:
            self.params["bias"] = vf.leaf(np.zeros(self.out_features), requires_grad=True, role="parameter")

    def forward(self, ctx, input):
        x = need(ctx, input, "nn.Linear")
        if x.ndim == 0 or x.shape[-1] != self.in_features:
            ctx.refuse(tr("lang", "nn.Linear({i}, {o}) takes inputs whose last size is {i}, not shape {s}")
                       .format(i=self.in_features, o=self.out_features, s=list(x.shape)))
        return F.linear_of(x, self.params["weight"], self.params.get("bias"))

    def extra_text(self):
        return f"in_features={self.in_features}, out_features={self.out_features}, bias={'bias' in self.params}"


@_class("Embedding")
class Embedding(ModuleObject):
    attributes = ("num_embeddings", "embedding_dim", "padding_idx", "max_norm", "norm_type", "scale_grad_by_freq",
                  "sparse")

    def setup(self, ctx, num_embeddings, embedding_dim, padding_idx=None, max_norm=None, norm_type=2.0,
              scale_grad_by_freq=False, sparse=False, _weight=None, _freeze=False, device=None, dtype=None):
        n = self.num_embeddings = int_of(ctx, num_embeddings, "num_embeddings")
        d = self.embedding_dim = int_of(ctx, embedding_dim, "embedding_dim")
        if n < 1 or d < 1 or n * d > 1_000_000:
            ctx.refuse(tr("lang", "{what}: sizes must be from 1 up to a million weights")
                       .format(what=f"nn.Embedding({n}, {d})"))
        F.unsupported(ctx, "nn.Embedding", f"nn.Embedding({n}, {d})", max_norm=max_norm is not None,
                      scale_grad_by_freq=scale_grad_by_freq, sparse=sparse)
        self.padding_idx = F.padding_of(ctx, padding_idx, n)
        self.max_norm, self.norm_type, self.scale_grad_by_freq, self.sparse = None, norm_type, False, False
        ctx.count(n * d // 64 + 1)
        if _weight is not None:  # PyTorch takes the given numbers as they are (the padding row too)
            w = tensor_of(_weight)
            if w is None or w.shape != (n, d):
                ctx.refuse(tr("lang", "Shape of weight does not match num_embeddings and embedding_dim"))
            self.params["weight"] = parameter(ctx, w, requires_grad=not _freeze)
            return
        rng = torch_random(ctx, note=False)  # the start's own note says what it is
        if not ctx.state.get("nn.Embedding.noted"):
            ctx.state["nn.Embedding.noted"] = True
            ctx.note(tr("lang", "nn.Embedding starts from visualgrad's own seeded weights, N(0, 1) as in "
                                "PyTorch, but not PyTorch's numbers. The gradients shown are exact for these "
                                "weights."))
        w = rng.standard_normal((n, d))
        if self.padding_idx is not None:
            w[self.padding_idx] = 0.0  # PyTorch's start zeroes the padding row
        self.params["weight"] = vf.leaf(w, requires_grad=True, role="parameter")

    def forward(self, ctx, input):
        return F.embedding_of(ctx, input, self.params["weight"], self.padding_idx, "nn.Embedding")

    def extra_text(self):
        pad = "" if self.padding_idx is None else f", padding_idx={self.padding_idx}"
        norm = "" if self.norm_type == 2 else f", norm_type={self.norm_type}"
        return f"{self.num_embeddings}, {self.embedding_dim}{pad}{norm}"


def _simple(name, setup, forward, text=lambda self: ""):
    """A module class whose constructor is `setup` (PyTorch's parameters) and whose call is forward."""
    cls = type(name, (ModuleObject,), {"setup": setup, "forward": forward, "extra_text": text})
    return _class(name)(cls)


def _store(self, *args):
    self.args = args


def _act(engine_fn, what):
    return lambda self, ctx, input: engine_fn(need(ctx, input, what))


ReLU = _simple("ReLU", lambda self, ctx, inplace=False: (F._no_inplace(ctx, inplace, "relu"), _store(self)),
               _act(vf.relu, "nn.ReLU"))
Tanh = _simple("Tanh", lambda self, ctx: _store(self), _act(vf.tanh, "nn.Tanh"))
Sigmoid = _simple("Sigmoid", lambda self, ctx: _store(self), _act(vf.sigmoid, "nn.Sigmoid"))
Identity = _simple("Identity", lambda self, ctx, *args, **kwargs: _store(self), lambda self, ctx, input: input)
LeakyReLU = _simple("LeakyReLU", lambda self, ctx, negative_slope=0.01, inplace=False:
                    (F._no_inplace(ctx, inplace, "leaky_relu"), _store(self, float(negative_slope))),
                    lambda self, ctx, input: F.leaky_relu(ctx, input, self.args[0]),
                    lambda self: f"negative_slope={self.args[0]}")
GELU = _simple("GELU", lambda self, ctx, approximate="none": _store(self, approximate),
               lambda self, ctx, input: F.gelu(ctx, input, self.args[0]),
               lambda self: f"approximate='{self.args[0]}'")
Softplus = _simple("Softplus", lambda self, ctx, beta=1.0, threshold=20.0: _store(self, beta, threshold),
                   lambda self, ctx, input: F.softplus(ctx, input, *self.args),
                   lambda self: f"beta={self.args[0]}, threshold={self.args[1]}")
Softmax = _simple("Softmax", lambda self, ctx, dim=None: _store(self, dim),
                  lambda self, ctx, input: F.softmax(ctx, input, self.args[0]), lambda self: f"dim={self.args[0]}")
LogSoftmax = _simple("LogSoftmax", lambda self, ctx, dim=None: _store(self, dim),
                     lambda self, ctx, input: F.log_softmax(ctx, input, self.args[0]),
                     lambda self: f"dim={self.args[0]}")
SiLU = _simple("SiLU", lambda self, ctx, inplace=False: (F._no_inplace(ctx, inplace, "silu"), _store(self)),
               _act(vf.silu, "nn.SiLU"))
LogSigmoid = _simple("LogSigmoid", lambda self, ctx: _store(self), _act(vf.logsigmoid, "nn.LogSigmoid"))
ELU = _simple("ELU", lambda self, ctx, alpha=1.0, inplace=False:
              (F._no_inplace(ctx, inplace, "elu"), _store(self, float(alpha))),
              lambda self, ctx, input: F.elu(ctx, input, self.args[0]), lambda self: f"alpha={self.args[0]}")
Hardtanh = _simple("Hardtanh", lambda self, ctx, min_val=-1.0, max_val=1.0, inplace=False:
                   (F._no_inplace(ctx, inplace, "hardtanh"), _store(self, float(min_val), float(max_val))),
                   lambda self, ctx, input: F.hardtanh(ctx, input, *self.args),
                   lambda self: f"min_val={self.args[0]}, max_val={self.args[1]}")
Flatten = _simple("Flatten", lambda self, ctx, start_dim=1, end_dim=-1:
                  _store(self, int_of(ctx, start_dim, "start_dim"), int_of(ctx, end_dim, "end_dim")),
                  lambda self, ctx, input: flatten_of(need(ctx, input, "nn.Flatten"), *self.args),
                  lambda self: f"start_dim={self.args[0]}, end_dim={self.args[1]}")


@_class("Dropout")
class Dropout(ModuleObject):
    def setup(self, ctx, p=0.5, inplace=False):
        if not isinstance(p, (int, float)) or isinstance(p, bool) or not 0 <= p <= 1:
            ctx.refuse(tr("lang", "dropout probability has to be between 0 and 1, but got {p}").format(p=p),
                       "nn.Dropout(0.5)")
        self.p = float(p)

    def forward(self, ctx, input):
        return F.dropout(ctx, input, self.p, self.training)

    def extra_text(self):
        return f"p={self.p}, inplace=False"


# ---- containers --------------------------------------------------------------------------------------

def _modules_in(ctx, items, what):
    for m in items:
        if not is_module(m):
            ctx.refuse(tr("lang", "{what} holds modules (nn.Linear(...), nn.ReLU(), ...), not {kind}")
                       .format(what=what, kind=type(m).__name__), f"{what}(nn.Linear(2, 1), nn.Tanh())")
    return {str(i): m for i, m in enumerate(items)}


class _Container(ModuleObject):
    def lang_getitem(self, ctx, key):
        items = list(self.modules.values())
        if isinstance(key, slice):
            return type(self)._from(ctx, items[key])
        i = int_of(ctx, key, f"{self.lang_name}[...]")
        if not -len(items) <= i < len(items):
            ctx.refuse(tr("lang", "index {i} is out of range for {what} of {n} modules").format(
                i=i, what=self.lang_name, n=len(items)))
        return items[i]

    def lang_len(self, ctx):
        return len(self.modules)

    def lang_iter(self, ctx):
        return list(self.modules.values())

    @classmethod
    def _from(cls, ctx, items):
        m = cls.__new__(cls)
        ModuleObject.__init__(m)
        m.modules = _modules_in(ctx, items, m.lang_name)
        return m


@_class("Sequential")
class Sequential(_Container):
    def setup(self, ctx, *args):
        self.modules = _modules_in(ctx, args, "nn.Sequential")

    def forward(self, ctx, input):
        x = input
        for m in self.modules.values():
            x = ctx.call(m, x)
        return x


@_class("ModuleList")
class ModuleList(_Container):
    def setup(self, ctx, modules=None):
        items = [] if modules is None else list(modules) if isinstance(modules, (list, tuple)) else None
        if items is None:
            ctx.refuse(tr("lang", "nn.ModuleList takes a list of modules"), "nn.ModuleList([nn.Linear(2, 2)])")
        self.modules = _modules_in(ctx, items, "nn.ModuleList")

    def lang_call(self, ctx, args, kwargs):
        ctx.refuse(tr("lang", "nn.ModuleList cannot be called; loop over it"), "for layer in self.layers: x = layer(x)")

    def lang_getattr(self, ctx, name):
        if name == "append":
            from ..runtime import HostFunction
            return HostFunction("nn.ModuleList.append", lambda c, m: self._append(c, m))
        return super().lang_getattr(ctx, name)

    def _append(self, ctx, m):
        self.modules.update({str(len(self.modules)): _modules_in(ctx, [m], "nn.ModuleList")["0"]})
        return self


# ---- losses ------------------------------------------------------------------------------------------

def _loss(name, fn, setup):
    return _simple(name, setup, lambda self, ctx, input, target: fn(ctx, input, target, **self.kwargs))


def _keep(self, **kwargs):
    self.kwargs = kwargs


_loss("MSELoss", F.mse_loss, lambda self, ctx, size_average=None, reduce=None, reduction="mean":
      _keep(self, size_average=size_average, reduce=reduce, reduction=reduction))
_loss("L1Loss", F.l1_loss, lambda self, ctx, size_average=None, reduce=None, reduction="mean":
      _keep(self, size_average=size_average, reduce=reduce, reduction=reduction))
_loss("CrossEntropyLoss", F.cross_entropy,
      lambda self, ctx, weight=None, size_average=None, ignore_index=-100, reduce=None, reduction="mean",
      label_smoothing=0.0: _keep(self, weight=weight, size_average=size_average, ignore_index=ignore_index,
                                 reduce=reduce, reduction=reduction, label_smoothing=label_smoothing))
_loss("NLLLoss", F.nll_loss,
      lambda self, ctx, weight=None, size_average=None, ignore_index=-100, reduce=None, reduction="mean":
      _keep(self, weight=weight, size_average=size_average, ignore_index=ignore_index, reduce=reduce,
            reduction=reduction))
_loss("BCELoss", F.binary_cross_entropy,
      lambda self, ctx, weight=None, size_average=None, reduce=None, reduction="mean":
      _keep(self, weight=weight, size_average=size_average, reduce=reduce, reduction=reduction))
_loss("BCEWithLogitsLoss", F.binary_cross_entropy_with_logits,
      lambda self, ctx, weight=None, size_average=None, reduce=None, reduction="mean", pos_weight=None:
      _keep(self, weight=weight, size_average=size_average, reduce=reduce, reduction=reduction,
            pos_weight=pos_weight))
