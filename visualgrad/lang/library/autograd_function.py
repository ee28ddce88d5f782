"""torch.autograd.Function subclassed by the program: a forward and a backward of its own, as PyTorch's
"Learning PyTorch with Examples" (LegendrePolynomial3) and "Extending PyTorch" write them:

    class P3(torch.autograd.Function):
        @staticmethod
        def forward(ctx, input):
            ctx.save_for_backward(input)
            return 0.5 * (5 * input ** 3 - 3 * input)

        @staticmethod
        def backward(ctx, grad_output):
            input, = ctx.saved_tensors
            return grad_output * 1.5 * (5 * input ** 2 - 1)

    y = P3.apply(x)

PyTorch's meaning: apply runs forward with gradients off and records one node, P3(x), whose backward is the
program's. When a backward pass reaches the node, the program's backward runs (gradients off) with the
gradient of the output and returns one gradient per argument of forward (None where none is needed). The
local derivative is whatever the program's backward says: like PyTorch, visualgrad does not check it against
the forward (torch.autograd.gradcheck would).
"""
from __future__ import annotations

import numpy as np

from ...engine import Tensor, apply
from ...i18n import tr
from ..runtime import HostClass, HostFunction, HostObject
from .common import requires_grad


class FunctionClass(HostClass):
    """torch.autograd.Function, as a base class: the subclass's `apply` runs it."""
    __slots__ = ()

    def lang_class_getattr(self, ctx, cls, name):
        if name == "apply":
            return HostFunction(f"{cls.name}.apply", lambda c, *args, **kwargs: _apply(c, cls, args, kwargs))
        ctx.refuse_unknown(f"{cls.name}.{name}", ["apply", "forward", "backward"], prefix=f"{cls.name}.")


FUNCTION = FunctionClass("torch.autograd.Function")


class FunctionCtx(HostObject):
    """The `ctx` forward and backward share: saved tensors, needs_input_grad, and attributes the program sets."""
    __slots__ = ("saved", "needs_input_grad", "attrs")
    lang_name = "ctx"

    def __init__(self, needs):
        self.saved: tuple = ()
        self.needs_input_grad = tuple(needs)
        self.attrs: dict = {}

    def lang_getattr(self, ctx, name):
        if name == "saved_tensors":
            return self.saved
        if name == "needs_input_grad":
            return self.needs_input_grad
        if name == "save_for_backward":
            return HostFunction("ctx.save_for_backward", self._save)
        if name in ("mark_non_differentiable", "set_materialize_grads", "mark_dirty"):
            return HostFunction(f"ctx.{name}", lambda c, *a, **k: None)  # marks that change no number here
        if name in self.attrs:
            return self.attrs[name]
        ctx.refuse_unknown(f"ctx.{name}", ["save_for_backward", "saved_tensors", "needs_input_grad",
                                           *self.attrs], prefix="ctx.")

    def lang_setattr(self, ctx, name, value):
        if name in ("saved_tensors", "needs_input_grad", "save_for_backward"):
            ctx.refuse(tr("lang", "ctx.{name} cannot be set").format(name=name), "ctx.save_for_backward(x)")
        self.attrs[name] = value

    def _save(self, ctx, *tensors):
        if not all(t is None or isinstance(t, Tensor) for t in tensors):
            ctx.refuse(tr("lang", "ctx.save_for_backward takes tensors"), "ctx.save_for_backward(input)")
        self.saved = tuple(tensors)


def _apply(run, cls, args, kwargs):
    if kwargs:
        run.refuse(tr("lang", "{name}.apply takes its arguments by position, as PyTorch's does").format(
            name=cls.name), f"{cls.name}.apply(x)")
    fn = ProgramFunction(run, cls, list(args), run.node)
    out = fn.run_forward([a.data if isinstance(a, Tensor) else None for a in args])
    inputs = [a for a in args if isinstance(a, Tensor)]
    if not inputs:
        return out
    fn.first = out.data
    return apply("custom", *inputs, fn=fn)


class ProgramFunction:
    """A node's `fn` (engine/ops_custom.py): the program's forward and backward, run by the interpreter."""

    def __init__(self, run, cls, args, node):
        self.run, self.cls, self.args, self.node = run, cls, args, node
        self.name = cls.name
        self.slots = [k for k, a in enumerate(args) if isinstance(a, Tensor)]  # forward's arguments that are inputs
        self.ctx = None
        self.first = None  # the forward's numbers when apply() ran it: the engine asks for them once
        self.answers: dict = {}

    def _method(self, name):
        f = self.cls.lookup(name)
        if type(f).__name__ != "UserFunction":
            self.run.refuse(tr("lang", "{cls} needs a @staticmethod {name}(ctx, ...)").format(cls=self.name, name=name),
                            f"@staticmethod\ndef {name}(ctx, ...):", node=self.node)
        return f

    def run_forward(self, datas) -> Tensor:
        run = self.run
        args = [Tensor(d) if d is not None and k in self.slots else a
                for k, (a, d) in enumerate(zip(self.args, datas))] if self.ctx is not None else list(self.args)
        self.ctx = FunctionCtx(requires_grad(a) if isinstance(a, Tensor) else False for a in self.args)
        with run.grad_mode(False):
            out = run.invoke(self._method("forward"), [self.ctx, *args], {}, self.node)
        if not isinstance(out, Tensor):
            run.refuse(tr("lang", "{cls}.forward must return one tensor here").format(cls=self.name),
                       "return the result tensor", node=self.node)
        return out

    def forward_data(self, xs):
        if self.first is not None:
            out, self.first = self.first, None
            return out
        datas = [None] * len(self.args)
        for k, x in zip(self.slots, xs):
            datas[k] = np.asarray(x, dtype=np.float64)
        return self.run_forward(datas).data

    def vjp_data(self, g, out, xs):
        key = (np.asarray(g).tobytes(), np.shape(g))
        if key not in self.answers:
            self.answers[key] = self._backward(np.asarray(g, dtype=np.float64), xs)
        return self.answers[key]

    def _backward(self, g, xs):
        run = self.run
        printed = run.printed
        if getattr(run, "finished", False):
            run.printed = []  # the timeline asking again, after the program ran: what it prints was printed
        try:
            with run.grad_mode(False):
                got = run.invoke(self._method("backward"), [self.ctx, Tensor(g.copy())], {}, self.node)
        finally:
            run.printed = printed
        got = list(got) if isinstance(got, (tuple, list)) else [got]
        if len(got) != len(self.args):
            run.refuse(tr("lang", "{cls}.backward returned {n} gradients; forward takes {m} arguments").format(
                cls=self.name, n=len(got), m=len(self.args)), "return one gradient per argument (None for a "
                "number)", node=self.node)
        grads = []
        for k, x in zip(self.slots, xs):
            v = got[k]
            if v is None:
                grads.append(None)
                continue
            data = v.data if isinstance(v, Tensor) else np.asarray(v, dtype=np.float64) \
                if isinstance(v, (int, float)) else None
            if data is None or np.shape(data) != np.shape(x):
                run.refuse(tr("lang", "{cls}.backward returned a gradient of shape {got} for an input of shape "
                                      "{want}").format(cls=self.name, got=tuple(np.shape(data)) if data is not None
                                                       else "?", want=tuple(np.shape(x))), node=self.node)
            grads.append(np.array(data, dtype=np.float64))
        return grads
