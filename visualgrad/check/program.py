"""A program's hand gradients checked: run it, find its loss and its forward variables, compare.

    report = check_program(text, values, loss=None)    # loss: --loss NAME
    report.findings, report.loss_name, report.iteration, report.node_of["W2"]

The forward pass defines the graph: the loss is the tensor backward() was called on, else the variable
--loss names, else the loss-like assignment (`loss = np.mean(...)`): a one-number value named like a
loss, or the last one-number mean, sum or loss function the program computed. The forward variables are
the names bound to nodes the loss depends on; in a training loop all of this is the first iteration's.
"""
from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from ..engine import Tensor, ancestors
from ..i18n import tr
from ..lang import LangError
from .autograd import gradients
from .findings import Finding, check_arrays

LOSS_NAMES = ("loss", "Loss", "L", "cost", "J", "error", "err", "mse", "E", "l")
BATCH_NAMES = ("m", "n", "N", "M", "batch_size", "n_samples", "num_samples", "num_examples", "n_examples")
_REDUCTIONS = ("mean", "sum")


class CheckError(LangError):
    """No loss to check against: said like a refusal (exit 2 on the command line), about no one place."""

    def __init__(self, message: str):
        super().__init__(message, line=0)


@dataclass
class Report:
    findings: list[Finding]
    loss_name: str
    loss: Tensor
    iteration: int | None  # the loop iteration checked (0: the first), None without a loop
    iterations: int | None
    built: object  # the interpreter's result, for the window and `trace`
    node_of: dict = field(default_factory=dict)  # forward variable name -> its node in the checked graph
    batch_sizes: tuple = ()

    @property
    def by_node(self) -> dict:
        """{node id: [findings]} for drawing verdicts beside nodes."""
        out: dict[int, list] = {}
        for f in self.findings:
            node = self.node_of.get(f.of)
            if node is not None:
                out.setdefault(node.id, []).append(f)
        return out


def run(text: str, values: dict | None = None):
    """The interpreter's result: a training loop shows (and so snapshots) its first iteration. The loss
    is not named to the interpreter: the check finds it in the run (find_loss), with its own words."""
    from ..lang import build
    return build(text, values)


def check_program(text: str, values: dict | None = None, loss: str | None = None) -> Report:
    return check_built(run(text, values), loss)


def _bindings(built) -> list:
    """(name, value) for every binding the check may read, earliest first: the shown iteration's
    assignments, then the snapshot at its end. A dict's string keys count as names too, one level deep:
    courses keep `parameters["W1"]`, `cache["Z1"]` and `grads["dW1"]` so."""
    out = [(name, value) for _line, name, value in getattr(built, "history", None) or []]
    out += list((getattr(built, "variables", None) or {}).items())
    return out + _dict_entries(out)


def _dict_entries(bindings) -> list:
    names = {n for n, _ in bindings}
    out = []
    for _n, v in bindings:
        if isinstance(v, dict):
            out += [(k, x) for k, x in v.items() if isinstance(k, str) and k.isidentifier() and k not in names]
    return out


def find_loss(built, name: str | None = None) -> tuple[str, Tensor]:
    bindings = _bindings(built)
    if name:
        for n, v in reversed(bindings):  # the last binding of the iteration, as --loss reads it
            if n == name and isinstance(v, Tensor):
                if v.data.size != 1:
                    raise CheckError(tr("check", "'{name}' holds {size} numbers; the loss must be one number")
                                     .format(name=name, size=v.data.size))
                return name, v
        raise CheckError(tr("check", "--loss {name}: the program has no tensor or array named '{name}'")
                         .format(name=name))
    passes = getattr(built, "passes", None) or []
    if passes:
        t = passes[-1].loss  # what Built.loss is: the last backward of the shown part
        return _name_of(built, t, bindings) or "loss", t
    # The latest binding: the one the snapshot of hand gradients goes with (a loop the interpreter runs
    # whole, with no iteration shown, leaves its last iteration's values).
    scalars = [(n, v) for n, v in reversed(bindings) if isinstance(v, Tensor) and v.op is not None
               and v.data.size == 1]
    for wanted in LOSS_NAMES:
        for n, v in scalars:
            if n == wanted:
                return n, v
    for n, v in scalars:
        if v.op in _REDUCTIONS or getattr(v, "group", None) is not None:
            return n, v
    raise CheckError(tr("check", "no loss found: assign it as loss = np.mean(...), call loss.backward(), "
                                 "or name it with --loss NAME"))


def _name_of(built, t: Tensor, bindings) -> str | None:
    for n, v in bindings:
        if v is t:
            return n
    labels = getattr(built, "labels", None) or {}
    return labels.get(t.id) or t.name


def forward_nodes(built, loss: Tensor) -> dict[str, Tensor]:
    """{name: node} for every program variable whose value (at its latest binding that the loss depends
    on) is a node of the loss's graph. `W2 -= lr * dW2` rebinds W2 after the forward pass; the W2 the
    forward pass used is the one the loss depends on, so that is the one kept. In a loop run whole
    (`W = W - lr * dW`, no iteration shown) the loss depends on every iteration's W; the latest is the
    one the last iteration's forward pass used."""
    graph = {id(n) for n in ancestors(loss)}
    out: dict[str, Tensor] = {}
    for n, v in reversed(_bindings(built)):
        t = v.lang_tensor() if hasattr(v, "lang_tensor") else v
        if isinstance(t, Tensor) and id(t) in graph and n not in out:
            out[n] = t
    for node in ancestors(loss):  # leaves bound before the loop and rebound in it: found by their name
        name = node.name
        if name and name not in out and name.isidentifier():
            out[name] = node
    return out


def batch_sizes(built, loss: Tensor) -> tuple:
    """The batch sizes m the program shows: how many numbers a mean in the loss's graph averages and
    the sizes of their axes, what a constant divides a sum by, and variables named m, n, batch_size..."""
    sizes: list[int] = []
    for node in ancestors(loss):
        if node.op == "mean" and node.inputs:
            x = node.inputs[0].data
            sizes.append(int(x.size // max(node.data.size, 1)))
            sizes.extend(int(s) for s in x.shape)
        elif node.op in ("div", "mul") and len(node.inputs) == 2 and node.inputs[1].op is None:
            c = node.inputs[1].data
            if c.size == 1 and np.isfinite(c).all() and float(c) != 0:
                v = float(c) if node.op == "div" else 1 / float(c)
                if abs(v - round(v)) < 1e-9:
                    sizes.append(int(round(v)))
    for n, v in _bindings(built):
        if n in BATCH_NAMES and isinstance(v, int) and not isinstance(v, bool):
            sizes.insert(0, v)
    return tuple(s for s in dict.fromkeys(sizes) if s > 1)


def _drop_earlier_hand_gradients(nodes: dict, snapshot: dict, loss: Tensor, loss_name: str) -> None:
    """In a loop run whole, the last loss depends on the earlier iterations' dW1 (through W1 -= lr * dW1),
    so dW1 looks like a forward variable. It is not one when its value now (the last iteration's) is
    not in the loss's graph and its name is a hand gradient of a forward variable."""
    from .names import gradient_of
    graph = {id(n) for n in ancestors(loss)}
    for n in list(nodes):
        v = snapshot.get(n)
        t = v.lang_tensor() if hasattr(v, "lang_tensor") else v
        if n != loss_name and id(t) not in graph and gradient_of(n, set(nodes) - {n}, loss_name):
            del nodes[n]


def check_built(built, loss_name: str | None = None) -> Report:
    name, loss = find_loss(built, loss_name)
    nodes = forward_nodes(built, loss)
    nodes.setdefault(name, loss)
    snapshot = list((getattr(built, "variables", None) or {}).items())
    _drop_earlier_hand_gradients(nodes, dict(snapshot + _dict_entries(snapshot)), loss, name)
    passes = getattr(built, "passes", None) or []
    seed = next((p.seed for p in reversed(passes) if p.loss is loss), None)  # backward(gradient=v)
    grads_by_id = gradients(loss, seed if loss.data.size != 1 else None)
    grads = {n: grads_by_id[t.id] for n, t in nodes.items() if t.id in grads_by_id}
    variables = {}
    for n, v in snapshot + _dict_entries(snapshot):
        if n in variables:
            continue
        t = v.lang_tensor() if hasattr(v, "lang_tensor") else v
        variables[n] = t.data if isinstance(t, Tensor) else v
    leaves = {n for n, t in nodes.items() if t.op is None}
    sizes = batch_sizes(built, loss)
    findings = check_arrays(variables, grads, loss=name, batch_sizes=sizes, leaves=leaves)
    return Report(findings, name, loss, getattr(built, "iteration", None), getattr(built, "iterations", None),
                  built, nodes, sizes)


def where_text(report: Report) -> str:
    """", on the first of 10000 iterations" — the check is of one iteration and says which."""
    if report.iteration is None:
        return ""
    if report.iteration == 0:
        if report.iterations:
            return tr("check", ", on the first of the loop's {n} iterations").format(n=report.iterations)
        return tr("check", ", on the loop's first iteration")
    return tr("check", ", on the loop's iteration {i}").format(i=report.iteration)
