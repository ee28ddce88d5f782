"""The run of one program: names, calls, loops, the shown iteration, and the Context library code sees."""
from __future__ import annotations

import ast
import weakref

import numpy as np

from ..engine import Source, Tensor, ancestors
from ..engine import tensor as _tensor_module
from ..i18n import tr
from . import tensors as T
from .builtins import Builtin
from .calls import Calls
from .compiler import Compiler
from .context import Group, Pass, RunContext
from .errors import LangError, refuse, where, with_hint
from .loops import _Loop
from .objects import LOSS_NAMES, MISSING, Frame, UserClass, UserFunction
from .operations import Operations
from .plain import builtins_for
from .runtime import HostObject

__all__ = ["Run", "Pass", "Group", "LOSS_NAMES", "MAX_STEPS"]

MAX_STEPS = 3_000_000  # statements and loop iterations one run may execute


def _library():
    try:
        from . import library
    except Exception:  # noqa: BLE001 - a library that cannot load leaves the math-style language working
        return None
    return library if hasattr(library, "MODULES") else None


class Run(RunContext, Calls, Operations):
    def __init__(self, tree: ast.Module, text: str, values: dict, loss_name: str | None = None):
        self.text_lines = text.splitlines()
        self.values = values
        self.loss_name = loss_name
        self.library = _library()
        has_import = any(isinstance(n, (ast.Import, ast.ImportFrom)) for n in ast.walk(tree))
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
        if self.recording:
            if type(v) is Tensor:
                self.adopt(name, v, node)
            elif isinstance(v, HostObject):
                t = v.lang_tensor()  # a micrograd Value: its node is called by the name too
                if type(t) is Tensor:
                    self.adopt(name, t, node)
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

    def cut_carried(self, names: dict | None = None):
        """Epochs that are not shown record nothing: what they carry over becomes plain values."""
        g = self.glob if names is None else names
        for k, v in g.items():
            if type(v) is Tensor and (v.op is not None or T.requires_grad(v)):
                c = T.constant(v.data)
                if v in self.numpy_values:
                    self.numpy_values.add(c)
                g[k] = c

_SUB = str.maketrans("0123456789", "₀₁₂₃₄₅₆₇₈₉")


def _subscript(k: int) -> str:
    return str(k).translate(_SUB)
