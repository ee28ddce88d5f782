"""Program text -> a run of it -> the result the timeline, the window and `check` read. Never eval/exec."""
from __future__ import annotations

import ast
import difflib
import sys
from dataclasses import dataclass, field

import numpy as np

from ..engine import Tensor, ancestors
from ..i18n import tr
from .errors import LangError
from .interp import Group, Pass, Run
from .labels import labels as make_labels
from .objects import LOSS_NAMES
from .runtime import HostObject
from .source import parse_text

__all__ = ["Built", "Pass", "Group", "build"]


@dataclass
class Built:
    """A program run, with the graph of its shown part ready for the timeline."""
    text: str
    output: Tensor | None  # the loss: what backward() ran on last, or the last (loss-like) assignment
    order: list  # every node drawn, topological (program order for ties)
    leaves: dict  # name -> leaf Tensor (the names --set and the inputs panel can change)
    labels: dict = field(default_factory=dict)  # node id -> what the node is called on screen
    statements: dict = field(default_factory=dict)  # line -> statement text
    passes: list = field(default_factory=list)  # Pass(loss, seed, line, iteration), in order
    printed: list = field(default_factory=list)  # (line, text) for every print(), all iterations
    losses: list = field(default_factory=list)  # loss per iteration of the training loop
    iteration: int | None = None  # which iteration of the training loop the graph shows
    iterations: int | None = None  # how many the loop was to run
    notes: list = field(default_factory=list)
    variables: dict = field(default_factory=dict)  # the program's names at the end of the shown part
    history: list = field(default_factory=list)  # (line, name, value): assignments of the shown part
    groups: list = field(default_factory=list)  # Group(label, kind, (first id, end id))
    cuts: list = field(default_factory=list)  # (original id, result id or None, how)
    forward_only: set = field(default_factory=set)  # ids drawn after the last backward(): no gradient
    updates: dict = field(default_factory=dict)  # leaf id -> its value after the shown iteration's update
    free: tuple = ()  # names used without a value (inputs of the math-style language)
    final: dict = field(default_factory=dict)  # the program's names when it ended

    def label(self, node: Tensor) -> str:
        return self.labels[node.id]

    @property
    def loss(self) -> Tensor | None:
        return self.passes[-1].loss if self.passes else None

    @property
    def shown_iteration(self) -> int | None:
        return self.iteration


def build(text: str, values: dict | None = None, loss: str | None = None) -> Built:
    """Run `text` (parsed by ast.parse, interpreted by visualgrad) and return what it computed."""
    given = {k: _given_value(k, v) for k, v in (values or {}).items()}
    try:
        tree, clean = parse_text(text)
    except LangError as e:
        raise e.with_source(text.removeprefix("\ufeff")) from None
    limit = sys.getrecursionlimit()
    sys.setrecursionlimit(max(limit, 20_000))  # nesting is bounded before parsing; these are Python frames
    try:
        run = Run(tree, clean, given, loss)
        run.execute()
        run.finished = True  # what asks the program later (a custom Function's backward, for the timeline) is not the run
        return _result(run, clean, tree, given, loss)
    except LangError as e:
        raise e.with_source(clean) from None
    except Exception as e:  # a fault of ours, not the program's: still a positioned message, never a traceback
        node = None
        try:
            node = run.node or run.stmt
        except NameError:
            pass
        line, col = (getattr(node, "lineno", 1), getattr(node, "col_offset", 0) + 1) if node is not None else (1, 1)
        raise LangError(tr("lang", "visualgrad could not run this ({why}); please report it").format(
            why=type(e).__name__), line, col).with_source(clean) from None
    finally:
        sys.setrecursionlimit(limit)


def _tensor(v):
    if isinstance(v, HostObject):
        v = v.lang_tensor()
    return v if type(v) is Tensor else None


def _result(run: Run, text: str, tree, given: dict, loss_name: str | None) -> Built:
    output = None
    if loss_name is not None:
        output = _tensor(run.variables.get(loss_name, run.glob.get(loss_name)))
        if output is None:
            raise LangError(tr("lang", "there is no tensor named '{name}' to use as the loss").format(name=loss_name), 0, 0)
    elif run.passes:
        output = run.passes[-1].loss
    else:
        if not run.plain:
            for _, name, v in reversed(run.history):
                if name in LOSS_NAMES and _tensor(v) is not None and _tensor(v).data.size == 1:
                    output = _tensor(v)
                    break
        if output is None:
            for v in reversed(run.assigned):
                if _tensor(v) is not None:
                    output = _tensor(v)
                    break
    if run.plain:
        if output is None:
            raise LangError(tr("lang", "nothing to compute yet: type an expression such as L = 2*(x**2 + exp(x))"))
        if output.op is None and not run.passes:
            line = next((ln for ln, n, v in reversed(run.history) if v is output), 1)
            raise LangError(tr("lang", "the last statement only names a value; compute something from it, "
                                       "as in L = 2*x"), line, 1)
    unused = sorted(set(given) - set(run.free) - set(run.named_leaves))
    if unused:
        inputs = list(run.free) + [n for n, t in run.named_leaves.items() if t.role != "constant"]
        msg = tr("lang", "there is no input named '{name}' to set; the inputs are: {inputs}").format(
            name=unused[0], inputs=", ".join(inputs) or "–")
        close = difflib.get_close_matches(unused[0], inputs, n=1)
        if close:
            msg += tr("lang", " — did you mean '{name}'?").format(name=close[0])
        raise LangError(msg, 0, 0)
    for leaf, data in run.frozen.items():  # the graph shows the values its backward pass saw
        leaf.data = data
    order, forward_only = [], set()
    if output is not None:
        if output.name is None:
            output.name = "L" if "L" not in run.glob else "out"
        output.role = "output"
        roots = [p.loss for p in run.passes] + [output]
        graph = _ancestors_of(roots)
        extra = _ancestors_of([v for v in run.after_pass if type(v) is Tensor]) - graph if run.passes else set()
        forward_only = {n.id for n in extra}
        order = sorted(graph | extra, key=lambda n: n.id)
    leaves = dict(run.free)
    for name, t in run.named_leaves.items():
        leaves.setdefault(name, t)
    lines = text.splitlines()
    statements = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.stmt) and 0 < node.lineno <= len(lines):
            statements.setdefault(node.lineno, lines[node.lineno - 1].strip())
    return Built(text, output, order, leaves, make_labels(order), statements, list(run.passes), run.printed,
                 run.losses, run.iteration, run.iterations, run.notes, run.variables, run.history, run.groups,
                 run.cuts, forward_only, run.updates, tuple(run.free), dict(run.glob))


def _ancestors_of(roots) -> set:
    out = set()
    for r in roots:
        if r not in out:
            out.update(ancestors(r))
    return out


def _given_value(name: str, value) -> np.ndarray:
    """A value set from outside (--set, the inputs panel): a number or a rectangular list of numbers."""
    try:
        a = np.array(value)
    except (TypeError, ValueError):  # ragged lists
        a = None
    if a is None or a.dtype.kind not in "iuf":  # text, None, True/False, complex, objects
        raise LangError(tr("lang", "the value given for '{name}' is not a number or a rectangular list of numbers")
                        .format(name=name), 0, 0)
    return a.astype(np.float64)
