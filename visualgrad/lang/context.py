"""The Context a run gives library code (runtime.Context's interface): positions for refusals, grad
mode, backward passes, cuts, groups, in-place changes, notes, NumPy marks. A mixin of interp.Run."""
from __future__ import annotations

import contextlib
from typing import NamedTuple

import numpy as np

from ..engine import Tensor, ancestors
from ..engine.functions import EngineError
from ..i18n import tr
from . import tensors as T
from .errors import LangError, refuse, where, with_hint
from .plain import fallback_tensor
from .pyvalues import format_of, text_of
from .runtime import Context, HostObject


class Pass(NamedTuple):
    """One backward pass: the tensor backward() ran on, its seed, where, in which iteration."""
    loss: Tensor
    seed: np.ndarray
    line: int
    iteration: int | None


class Group(NamedTuple):
    label: str
    kind: str
    ids: tuple



class RunContext(Context):
    def refuse(self, message, hint=None, node=None):
        n = node or self.node or self.stmt
        raise LangError(with_hint(message, hint), *where(n))

    @property
    def grad_enabled(self) -> bool:
        return self.grad_on

    def push_grad(self, flag: bool):
        self.grad_stack.append(self.grad_on)
        self.grad_on = bool(flag)
        T.set_grad_enabled(self.grad_on)
        self._set_mode()

    def pop_grad(self):
        self.grad_on = self.grad_stack.pop() if self.grad_stack else True
        T.set_grad_enabled(self.grad_on)
        self._set_mode()

    @contextlib.contextmanager
    def grad_mode(self, flag: bool):
        """torch.enable_grad() / torch.set_grad_enabled(flag) / torch.no_grad()."""
        self.push_grad(flag)
        try:
            yield
        finally:
            self.pop_grad()

    def inplace(self, t, new_values):
        """Change a tensor's numbers in place (x.grad.zero_(), w.sub_(...), optimizer.step(), x[0] = 5).
        The array is written into (so aliases such as x.grad see it), but a value the drawn backward
        pass saw is kept aside first: the picture shows the numbers of its own iteration."""
        new = np.asarray(new_values.data if isinstance(new_values, Tensor) else new_values, dtype=np.float64)
        frozen = self.frozen.get(t)
        if frozen is not None and frozen is t.data:
            self.frozen[t] = t.data.copy()
        if t.data.flags.writeable and np.broadcast_shapes(t.data.shape, new.shape) == t.data.shape:
            np.copyto(t.data, new)
        else:
            t.data = np.array(np.broadcast_to(new, t.data.shape), dtype=np.float64)

    @contextlib.contextmanager
    def no_grad(self):
        self.push_grad(False)
        try:
            yield
        finally:
            self.pop_grad()

    def backward(self, t, gradient=None, retain_graph=False):
        if isinstance(t, HostObject):
            t = t.lang_tensor()
        if any(t is v for v in self.free.values()):
            self.refuse(tr("lang", "'{name}' is not defined before .backward()").format(name=t.name))
        if not T.requires_grad(t):
            self.refuse(tr("lang", "this tensor does not require grad, so backward() has nothing to do "
                                   "(PyTorch refuses it too)"), "x = torch.tensor(3.0, requires_grad=True)")
        if gradient is None and t.data.size != 1:
            self.refuse(tr("lang", "backward() needs gradient=... for a tensor of {n} values (PyTorch: grad can be "
                                   "implicitly created only for scalar outputs)").format(n=t.data.size),
                        f"{_name(t)}.sum().backward()  or  {_name(t)}.backward(gradient=torch.ones_like({_name(t)}))")
        g = gradient.data if isinstance(gradient, Tensor) else gradient
        seed = np.ones_like(t.data) if g is None else np.broadcast_to(np.asarray(g, dtype=np.float64), t.data.shape).copy()
        if self.recording:
            line = getattr(self.node or self.stmt, "lineno", 1)
            self.passes.append(Pass(t, seed, line, self.iteration))
            self.after_pass = []
            for n in ancestors(t):
                if n.op is None and n not in self.frozen:
                    self.frozen[n] = n.data
        try:
            T.backward(t, None if g is None else seed, retain_graph)
        except (ValueError, EngineError) as e:
            self.refuse(tr("lang", "backward() could not run: {e}").format(e=e))
        if t.data.size == 1:
            self.iter_loss = t

    def cut(self, original, result, how):
        if self.recording:
            self.cuts.append((getattr(original, "id", None), getattr(result, "id", None), how))

    @contextlib.contextmanager
    def group(self, label, kind="module"):
        start = self.next_id()
        engine_group = getattr(T.vf, "group", None)
        cm = engine_group(label) if engine_group is not None and T._ready("group") else contextlib.nullcontext()
        with cm:
            yield
        if self.recording:
            self.groups.append(Group(label, kind, (start, self.next_id())))

    def call(self, f, *args, **kwargs):
        return self.invoke(f, list(args), kwargs, self.node or self.stmt)

    def count(self, n=1):
        self.steps += n
        if self.steps > self.max_steps:
            self.over_limit(self.node or self.stmt)

    def note(self, text):
        if text not in self.notes:
            self.notes.append(text)

    def mark_numpy(self, t):
        if type(t) is Tensor:
            self.numpy_values.add(t)
        return t

    def is_numpy(self, t) -> bool:
        return type(t) is Tensor and t in self.numpy_values

    def text(self, v, node=None, repr_=False) -> str:
        return text_of(self, v, repr_, node or self.node or self.stmt)

    def format(self, v, spec="", node=None) -> str:
        return format_of(self, v, spec, node or self.node or self.stmt)

    def library_tensor(self, name):
        fn = getattr(self.library, name, None) if self.library is not None else None
        return fn or fallback_tensor(name)

    def with_node(self, node, fn, *args):
        return self.guard(fn, node, *args)

    def guard(self, fn, node, *args, **kwargs):
        saved = self.node
        self.node = node
        try:
            return fn(*args, **kwargs)
        except LangError:
            raise
        except RecursionError:
            raise refuse(node, tr("lang", "the program nests calls too deeply")) from None
        except MemoryError:
            raise refuse(node, tr("lang", "this needs more memory than this machine has")) from None
        except (EngineError, ValueError, TypeError, ArithmeticError, IndexError, KeyError, AttributeError) as e:
            raise refuse(node, tr("lang", "this could not be computed: {why}").format(why=e)) from None
        finally:
            self.node = saved


def _name(t) -> str:
    return getattr(t, "name", None) or "y"
