"""The run of one program: names, calls, loops, the shown iteration, and the Context library code sees."""
from __future__ import annotations

import ast
import contextlib
import weakref
from typing import NamedTuple

import numpy as np

from ..engine import Source, Tensor, ancestors
from ..engine import tensor as _tensor_module
from ..engine.functions import EngineError
from ..i18n import tr
from . import tensors as T
from .builtins import Builtin, PyMethod, builtins_for, fallback_tensor, format_of, text_of
from .compiler import Compiler, refuse, where
from .errors import LangError
from .objects import (MISSING, BoundMethod, Frame, HostInit, SuperProxy, UserClass, UserFunction)
from .runtime import Context, HostClass, HostObject, UserObject, with_hint
from .operations import Operations

MAX_STEPS = 3_000_000  # statements and loop iterations one run may execute
MAX_CALL_DEPTH = 100
MAX_PRINTED = 20_000
LOSS_NAMES = ("loss", "L", "cost", "J", "Loss", "error", "mse")
KNOWN_MODULES = ("torch", "numpy", "math", "random", "micrograd")


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


def _library():
    try:
        from . import library
    except Exception:  # noqa: BLE001 - a library that cannot load leaves the math-style language working
        return None
    return library if hasattr(library, "MODULES") else None


class Run(Context, Operations):
    def __init__(self, tree: ast.Module, text: str, values: dict, loss_name: str | None = None):
        self.text_lines = text.splitlines()
        self.values = values
        self.loss_name = loss_name
        self.library = _library()
        has_import = any(isinstance(n, (ast.Import, ast.ImportFrom)) for n in tree.body)
        self.plain = not has_import  # math-style: names given numbers are inputs
        self.has_backward = any(isinstance(n, ast.Attribute) and n.attr == "backward" for n in ast.walk(tree))
        self.state: dict = {}
        self.notes: list[str] = []
        self.printed: list[tuple[int, str]] = []
        self.passes: list[Pass] = []
        self.groups: list[Group] = []
        self.cuts: list[tuple] = []
        self.losses: list[float] = []
        self.history: list[tuple] = []
        self.variables: dict = {}
        self.free: dict[str, Tensor] = {}
        self.fixed: set[int] = set()  # tensor(..., requires_grad=False): stays a constant when named
        self.named_leaves: dict[str, Tensor] = {}
        self.frozen: dict[Tensor, np.ndarray] = {}  # leaf -> its value when a shown backward ran
        self.updates: dict[int, np.ndarray] = {}
        self.after_pass: list[Tensor] = []
        self.assigned: list[Tensor] = []  # top-level tensors assigned in the shown part, in order
        self.numpy_values = weakref.WeakSet()
        self.recording = True
        self.phase = "before"  # "before" the training loop, its "shown" iteration, "after"
        self.iteration: int | None = None
        self.iterations: int | None = None
        self.iter_loss = None
        self.iter_stack: list[int] = []
        self.grad_on = True
        self._fast = False
        self.grad_stack: list[bool] = []
        self.active: set = set()
        self.call_depth = 0
        self.steps = 0
        self.max_steps = MAX_STEPS
        self.stmt = tree.body[0] if tree.body else None
        self.node = None
        self.mark = 0
        self.builtins = builtins_for(self)
        self.glob: dict = {}
        if self.plain and self.library is not None:
            # torch., F. and nn. as PyTorch has them; np.log(x) and math.sqrt(x) of the math-style language
            # stay its own differentiable functions (builtins_for), as before imports existed.
            from .runtime import Namespace
            for alias, module in (("torch", "torch"), ("F", "torch.nn.functional"), ("nn", "torch.nn")):
                if module in self.library.MODULES:
                    lib, own = self.library.MODULES[module], self.builtins.get(alias)
                    # The math-style functions (which take numbers and lists too) first, the rest PyTorch's.
                    members = dict(lib.members)
                    if isinstance(own, Namespace):
                        members.update({k: v for k, v in own.members.items() if k not in ("nn", "functional")})
                    self.builtins[alias] = Namespace(lib.lang_name, members)
        self.module_tree = tree
        self.body = Compiler(self).block(tree.body) if tree.body else None

    # ---- running ------------------------------------------------------------------------------
    @property
    def fast(self) -> bool:
        return self._fast

    def _set_mode(self):
        self._fast = not self.recording and not self.grad_on

    def execute(self) -> None:
        T.set_grad_enabled(True)
        saved = np.seterr(all="ignore")  # NaN and ∞ are values the graph shows, never warnings
        try:
            if self.body is not None:
                self.body(Frame(self.glob, self.glob))
            if self.phase != "after":
                self.end_shown()
        except RecursionError:
            raise self.refuse_here(tr("lang", "the program nests calls too deeply")) from None
        except MemoryError:
            raise self.refuse_here(tr("lang", "the program needs more memory than this machine has")) from None
        finally:
            np.seterr(**saved)
            T.set_grad_enabled(True)

    def refuse_here(self, message, hint=None) -> LangError:
        node = self.node or self.stmt
        return LangError(with_hint(message, hint), *where(node)) if node is not None else LangError(message)

    def over_limit(self, node):
        raise refuse(node, tr("lang", "the program runs more than {limit} statements; make the loop shorter")
                     .format(limit=f"{self.max_steps:,}"))

    def tick(self, node):
        self.steps += 1
        if self.steps > self.max_steps:
            self.over_limit(node)

    def next_id(self) -> int:
        return next(_tensor_module._ids)

    def top_statement(self, node, ex):
        run = self

        def top(fr):
            run.stmt = node
            if run.recording:
                run.mark = next(_tensor_module._ids)
            return ex(fr)
        return top

    # ---- names ----------------------------------------------------------------------------------
    def free_name(self, name, node):
        b = self.builtins.get(name, MISSING)
        if b is not MISSING:
            return b
        if True:  # a free name is an input that requires grad, in every style (--set and the panel give it values)
            leaf = self.free.get(name)
            if leaf is None:
                given = self.values.get(name)
                leaf = T.leaf(np.array(1.0) if given is None else given, True, name=name, role="input")
                T.make_input(leaf, name)
                leaf.source = self.source(node)
                self.free[name] = leaf
            return leaf

    def unknown_function(self, name, node):
        import difflib
        known = [k for k, v in list(self.glob.items()) + list(self.builtins.items())
                 if isinstance(v, (Builtin, UserFunction, UserClass, HostObject))]
        close = difflib.get_close_matches(name, known, n=1)
        msg = tr("lang", "unknown function '{name}'").format(name=name)
        if close:
            msg += tr("lang", " — did you mean '{name}'?").format(name=close[0])
        raise refuse(node, msg)

    def source(self, node) -> Source:
        line = getattr(node, "lineno", 1)
        text = self.text_lines[line - 1].strip() if 0 < line <= len(self.text_lines) else ""
        return Source(line, getattr(node, "col_offset", 0) + 1, text)

    def bind_top(self, fr, name, v, node):
        if self.plain:
            v = self.plain_value(name, v, node)
        if type(v) is Tensor and self.recording:
            self.adopt(name, v, node)
        fr.vars[name] = v
        if self.phase != "after":
            self.history.append((node.lineno, name, v))
            if type(v) is Tensor:
                self.assigned.append(v)
                if self.passes:
                    self.after_pass.append(v)
        if name in LOSS_NAMES or name == self.loss_name:
            self.iter_loss = v

    def top_value(self, v, node):
        """A bare expression of the math-style language (`x**2 + 1`): the output when it comes last."""
        if type(v) is Tensor and self.phase != "after":
            if self.recording and v.id >= self.mark:
                src = self.source(node)
                for n in ancestors(v):
                    if n.source is None and n.id >= self.mark:
                        n.source = src
            self.assigned.append(v)

    def plain_value(self, name, v, node):
        if name in self.free:
            first = self.free[name].source
            raise LangError(tr("lang", "'{name}' is used on line {line} before it is given a value here").format(
                name=name, line=first.line if first else 1), node.lineno, node.col_offset + 1, len(name))
        if type(v) in (int, float) or (isinstance(v, list) and v and self._numbers(v)):
            data = np.array(v, dtype=np.float64) if type(v) in (int, float) else self.numeric(v, node)
            return T.leaf(data, True, role="input")
        return v

    def _numbers(self, v) -> bool:
        stack = [v]
        while stack:
            x = stack.pop()
            if isinstance(x, list):
                stack.extend(x)
            elif type(x) not in (int, float):
                return False
        return True

    def adopt(self, name, v: Tensor, node):
        """A tensor assigned to a name in the shown part: named, placed, and (as a leaf) maybe an input."""
        if v.id < self.mark or v.name is not None:
            return
        label = name + "".join(_subscript(k) for k in self.iter_stack) if self.iter_stack else name
        v.name = label
        src = self.source(node)
        stack, seen = [v], set()
        while stack:
            n = stack.pop()
            if n.source is None:
                n.source = src
            for i in n.inputs:
                if i.id >= self.mark and i not in seen:
                    seen.add(i)
                    stack.append(i)
        if v.op is None:
            if name not in self.named_leaves:
                self.named_leaves[name] = v
                if name in self.values:
                    v.data = self.values[name].copy()
            if not self.has_backward and (self.plain or v in self.numpy_values) and v.role == "constant" \
                    and v.id not in self.fixed:
                T.make_input(v, label)

    # ---- the shown iteration ------------------------------------------------------------------
    def enter_loop(self, node, training, n, replay=None):
        shown = training and self.phase == "before"
        if shown:
            self.phase = "shown"
            self.iterations = n
            self.iteration = 0
        elif not training:
            self.iter_stack.append(0)
        loop = _Loop(self, node, training, shown)
        if shown and loop.quiet and replay is not None:
            from .replay import EpochReplay
            loop.replay = EpochReplay(self, *replay)
        return loop

    def end_shown(self):
        if self.phase == "after" and self.variables:
            return
        self.phase = "after"
        self.variables = {k: v for k, v in self.glob.items()
                          if not isinstance(v, (HostObject, UserFunction, UserClass, Builtin))}
        for leaf, data in self.frozen.items():
            if leaf.data is not data and leaf.data.shape == data.shape and not np.array_equal(leaf.data, data):
                self.updates[leaf.id] = leaf.data.copy()
        self.recording = False
        self._set_mode()

    def cut_carried(self):
        """Epochs that are not shown record nothing: what they carry over becomes plain values."""
        g = self.glob
        for k, v in g.items():
            if type(v) is Tensor and (v.op is not None or T.requires_grad(v)):
                c = T.constant(v.data)
                if v in self.numpy_values:
                    self.numpy_values.add(c)
                g[k] = c

    # ---- the Context library code sees ------------------------------------------------------------
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
            T.backward(t, None if g is None else seed)
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

    # ---- calls -------------------------------------------------------------------------------------
    def invoke(self, f, args, kwargs, node):
        t = type(f)
        if t is Builtin or t is PyMethod:
            return self.guard(f.fn, node, self, args, kwargs, node)
        if t is UserFunction:
            return self.call_user(f, args, kwargs, node, None)
        if t is BoundMethod:
            return self.call_user(f.func, [f.obj, *args], kwargs, node, f.obj)
        if t is UserClass:
            return self.instantiate(f, args, kwargs, node)
        if t is HostInit:
            if f.host is None:
                if args or kwargs:
                    raise refuse(node, tr("lang", "object.__init__() takes no arguments"))
                return None
            obj = f.obj if f.obj is not None else (args.pop(0) if args else None)
            self.guard(f.host.init, node, self, obj, tuple(args), kwargs)
            return None
        if isinstance(f, HostObject):
            return self.guard(f.lang_call, node, self, tuple(args), kwargs)
        if t is UserObject:
            call = f.cls.lookup("__call__")
            if isinstance(call, UserFunction):
                return self.call_user(call, [f, *args], kwargs, node, f)
            for host in f.cls.host_mro():
                m = host.methods.get("__call__")
                if m is not None:
                    return self.guard(m.bind(f).lang_call, node, self, tuple(args), kwargs)
            raise refuse(node, tr("lang", "'{cls}' objects cannot be called: give the class a __call__ or forward "
                                          "method").format(cls=f.cls.name))
        raise refuse(node, tr("lang", "{kind} cannot be called").format(kind=self.kind(f)))

    def call_user(self, fn: UserFunction, args, kwargs, node, bound):
        key = (fn, id(bound))
        if key in self.active:
            raise refuse(node, tr("lang", "'{name}' calls itself; recursion is not part of the language").format(
                name=fn.name), tr("lang", "a for loop"))
        params = fn.params
        vars_: dict = {}
        if len(args) > len(params):
            if fn.vararg is None:
                raise refuse(node, tr("lang", "{name}() takes {n} positional arguments but {m} were given").format(
                    name=fn.name, n=len(params) - (1 if bound is not None else 0),
                    m=len(args) - (1 if bound is not None else 0)))
            vars_[fn.vararg] = tuple(args[len(params):])
        elif fn.vararg is not None:
            vars_[fn.vararg] = ()
        for p, a in zip(params, args):
            vars_[p] = a
        extra = {}
        for k, v in kwargs.items():
            if k in params or k in fn.kwonly:
                if k in vars_:
                    raise refuse(node, tr("lang", "{name}() got two values for '{arg}'").format(name=fn.name, arg=k))
                vars_[k] = v
            elif fn.kwarg is not None:
                extra[k] = v
            else:
                raise refuse(node, tr("lang", "{name}() has no parameter '{arg}'").format(name=fn.name, arg=k))
        for p in list(params) + list(fn.kwonly):
            if p not in vars_:
                if p not in fn.defaults:
                    raise refuse(node, tr("lang", "{name}() is missing the argument '{arg}'").format(name=fn.name, arg=p))
                vars_[p] = fn.defaults[p]
        if fn.kwarg is not None:
            vars_[fn.kwarg] = extra
        frame = Frame(vars_, fn.glob, fn, bound)
        self.call_depth += 1
        if self.call_depth > MAX_CALL_DEPTH:
            self.call_depth -= 1
            raise refuse(node, tr("lang", "calls nest more than {n} deep").format(n=MAX_CALL_DEPTH))
        self.active.add(key)
        try:
            fn.body(frame)
        finally:
            self.active.discard(key)
            self.call_depth -= 1
        return frame.ret

    def instantiate(self, cls: UserClass, args, kwargs, node):
        obj = UserObject(cls)
        init = cls.lookup("__init__")
        if isinstance(init, UserFunction):
            self.call_user(init, [obj, *args], kwargs, node, obj)
        else:
            hosts = cls.host_mro()
            if hosts:
                self.guard(hosts[0].init, node, self, obj, tuple(args), kwargs)
            elif args or kwargs:
                raise refuse(node, tr("lang", "{cls}() takes no arguments").format(cls=cls.name))
        return obj

    def make_super(self, fr, node):
        if fr.func is None or fr.func.owner is None or fr.self_obj is None:
            raise refuse(node, tr("lang", "super() works inside a method of a class"))
        return SuperProxy(fr.func.owner, fr.self_obj)

    def check_base(self, base, node):
        if isinstance(base, (UserClass, HostClass)):
            return base
        raise refuse(node, tr("lang", "a class can only be based on another class, such as nn.Module"))

    # ---- imports, with, assert ---------------------------------------------------------------------
    def check_import(self, name, node):
        top = name.split(".")[0]
        if top not in KNOWN_MODULES:
            raise refuse(node, tr("lang", "imports are limited to torch, numpy, math, random and micrograd; "
                                          "'{name}' is not one of them").format(name=name))

    def module(self, name, node):
        mods = self.library.MODULES if self.library is not None else {}
        if name not in mods:
            raise refuse(node, tr("lang", "'{name}' cannot be imported yet in visualgrad").format(name=name))
        return mods[name]

    def do_import(self, fr, name, asname, node):
        if asname:
            value = self.module(name, node)
            self.bind_name(fr, asname, value, node)
        else:
            self.module(name, node)
            top = name.split(".")[0]
            self.bind_name(fr, top, self.module(top, node), node)

    def do_import_from(self, fr, module, names, node):
        mods = self.library.MODULES if self.library is not None else {}
        for name, asname in names:
            full = f"{module}.{name}"
            if full in mods:
                value = mods[full]
            else:
                value = self.guard(self.module(module, node).lang_getattr, node, self, name)
            self.bind_name(fr, asname or name, value, node)

    def bind_name(self, fr, name, value, node):
        fr.vars[name] = value

    def enter(self, manager, node):
        if isinstance(manager, HostObject):
            return self.guard(manager.lang_enter, node, self)
        raise refuse(node, tr("lang", "only torch.no_grad() and similar go in a with statement here"))

    def exit(self, manager, node):
        if isinstance(manager, HostObject):
            self.guard(manager.lang_exit, node, self)

    def assertion(self, test, fr, node):
        try:
            ok = self.truth(test(fr), node)
        except LangError:
            self.note(tr("lang", "an assert that visualgrad could not evaluate was skipped (line {line})").format(
                line=node.lineno))
            return None
        if not ok:
            raise refuse(node, tr("lang", "this assert fails: the program would stop here"))
        return None


class _Loop:
    __slots__ = ("run", "node", "training", "shown", "k", "quiet", "pushed", "replay", "replaying")

    def __init__(self, run: Run, node, training: bool, shown: bool):
        self.run = run
        self.node = node
        self.training = training
        self.shown = shown
        self.k = None
        self.quiet = shown and not any(isinstance(n, ast.Attribute) and n.attr == "backward" for n in ast.walk(node))
        self.pushed = False
        self.replay = None  # an EpochReplay when the loop's epochs may run on the engine's Tape
        self.replaying = False

    def after_body(self, k):
        if self.replay is not None and k in (1, 2):
            self.replay.end(k)
            if k == 2 and not self.replay.ready:
                self.run.push_grad(False)  # no replay: the remaining epochs compute values only
                self.pushed = True

    def iteration(self, k):
        run = self.run
        run.steps += 1
        if run.steps > run.max_steps:
            run.over_limit(self.node)
        if self.k is not None:
            self.end_iteration()
        self.k = k
        if self.shown:
            if k == 1:
                run.end_shown()
                if self.quiet and self.replay is None:
                    run.push_grad(False)  # epochs not shown of a loop without backward(): values only
                    self.pushed = True
            if self.replay is not None and self.replay.ready:
                self.replaying = True
            elif k >= 1 and self.quiet:
                run.cut_carried()
                if self.replay is not None and k in (1, 2) and not self.replay.failed:
                    self.replay.begin()
        elif not self.training:
            run.iter_stack[-1] = k

    def end_iteration(self):
        run = self.run
        if self.shown:
            v = run.iter_loss
            if isinstance(v, HostObject):
                v = v.lang_tensor()
            if type(v) is Tensor and v.data.size == 1:
                run.losses.append(float(v.data))
            elif type(v) in (int, float):
                run.losses.append(float(v))
            run.iter_loss = None

    def close(self):
        run = self.run
        if self.k is not None:
            self.end_iteration()
        if self.shown:
            if self.k in (None, 0):
                run.end_shown()
            if self.pushed:
                run.pop_grad()
        elif not self.training:
            run.iter_stack.pop()


_SUB = str.maketrans("0123456789", "₀₁₂₃₄₅₆₇₈₉")


def _subscript(k: int) -> str:
    return str(k).translate(_SUB)


def _name(t) -> str:
    return getattr(t, "name", None) or "y"
