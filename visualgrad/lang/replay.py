"""Epochs of a NumPy training loop replayed on the engine's Tape instead of interpreted again.

A loop such as the Catalan article's (10,000 epochs of forward pass, hand-written backprop, `-=`
updates, a print every 1000) computes the same dataflow every epoch; only the numbers change. Epochs 1
and 2 run through the interpreter as usual, recording their graphs. When both graphs are the same
(same ops, same constants, the same Python values around them), the later epochs run that graph again
with the engine's Tape: the values an epoch starts from are the values the previous one ended with. The
statements that only print (`if i % 1000 == 0: print(...)`) still run through the interpreter.

Anything else falls back to the interpreter, epoch by epoch: replay is used only where it gives exactly
the numbers interpretation would (same op-table functions on the same arrays, in the same order).
"""
from __future__ import annotations

import ast

from ..engine import Tape, Tensor, ancestors
from .runtime import HostObject

_PLAIN = (int, float, str, bool, type(None))


# Calls whose result is a number or a mask read off the data (a comparison, x.item(), argmax): recorded as a
# constant, it would be replayed with the value of epoch 2 forever. Loops using them are interpreted.
_DATA_DEPENDENT = {"float", "int", "round", "bool", "item", "tolist", "argmax", "argmin", "where", "sign",
                   "nonzero", "astype", "any", "all", "max", "min", "amax", "amin", "sort", "argsort", "unique",
                   "clip", "clamp", "maximum", "minimum", "abs", "relu", "heaviside"}


def _reads_data(tree) -> bool:
    for n in ast.walk(tree):
        if isinstance(n, ast.Compare):
            return True
        if isinstance(n, ast.Call):
            f = n.func
            name = f.attr if isinstance(f, ast.Attribute) else f.id if isinstance(f, ast.Name) else None
            if name in _DATA_DEPENDENT:
                return True
    return False


def replayable(loop: ast.For, module: ast.Module) -> bool:
    """Assignments to names, then statements that only print; the loop variable only in those; user
    functions that only assign local names and return; nothing that turns data into a constant."""
    target = loop.target.id if isinstance(loop.target, ast.Name) else None
    if target is None:
        return False
    if any(_reads_data(s) for s in loop.body if isinstance(s, (ast.Assign, ast.AugAssign))) or any(
            _reads_data(f) for f in module.body if isinstance(f, ast.FunctionDef)):
        return False
    sides = False
    for s in loop.body:
        if isinstance(s, (ast.Assign, ast.AugAssign)):
            targets = s.targets if isinstance(s, ast.Assign) else [s.target]
            if sides or not all(isinstance(t, ast.Name) for t in targets):
                return False
            if any(isinstance(n, ast.Name) and n.id == target for n in ast.walk(s)):
                return False
        elif _only_prints(s):
            sides = True
        else:
            return False
    for f in module.body:
        if isinstance(f, ast.FunctionDef):
            for s in f.body:
                ok = isinstance(s, ast.Return) or (isinstance(s, ast.Assign) and all(
                    isinstance(t, ast.Name) for t in s.targets)) or (
                    isinstance(s, ast.Expr) and isinstance(s.value, ast.Constant))
                if not ok:
                    return False
        elif isinstance(f, ast.ClassDef):
            return False
    return True


def _only_prints(s) -> bool:
    if isinstance(s, ast.Pass):
        return True
    if isinstance(s, ast.Expr):
        c = s.value
        return isinstance(c, ast.Call) and isinstance(c.func, ast.Name) and c.func.id == "print"
    if isinstance(s, ast.If):
        return all(_only_prints(x) for x in s.body + s.orelse)
    return False


class EpochReplay:
    def __init__(self, run, loop_var: str, sides: list, n_statements: int):
        self.run = run
        self.loop_var = loop_var
        self.sides = sides  # compiled print-only statements, run every epoch
        self.n = n_statements
        self.tape = None
        self.failed = False
        self.captured: dict = {}
        self.start: dict = {}
        self.mark = 0
        self.loss = None

    @property
    def ready(self) -> bool:
        return self.tape is not None

    def begin(self):
        run = self.run
        self.mark = run.next_id()
        self.start = {k: v for k, v in run.glob.items() if type(v) is Tensor}

    def end(self, k: int):
        if self.failed:
            return
        glob = self.run.glob
        python = {}
        for name, v in glob.items():
            if type(v) is Tensor or name == self.loop_var:
                continue
            if type(v) in _PLAIN or isinstance(v, HostObject) or type(v).__name__ in (
                    "UserFunction", "UserClass", "Builtin"):
                python[name] = v
            else:
                self.failed = True  # a list, a dict, an object: its changes could not be followed
                return
        new = {k2: v for k2, v in glob.items() if type(v) is Tensor and v.id >= self.mark}
        nodes = set()
        for v in new.values():
            if v not in nodes:
                nodes.update(ancestors(v))
        start_names = {id(v): k2 for k2, v in self.start.items()}
        # The leaves an epoch starts from first, by name (their ids depend on which were replaced), then
        # what the epoch made, in the order it made it: a topological order either way.
        order = sorted(nodes, key=lambda n: (0, start_names[id(n)], 0) if id(n) in start_names
                       else (1, "", n.id))
        pos, sig = {}, []
        for i, n in enumerate(order):
            pos[n.id] = i
            if n.id < self.mark:
                sig.append(("start", start_names.get(id(n), n.id)))
            elif n.op is None:
                sig.append(("const", n.data.shape, n.data.tobytes()))
            else:
                sig.append((n.op, repr(n.attrs), tuple(pos.get(i2.id, -1) for i2 in n.inputs)))
        sig.append(tuple(sorted((k2, pos[v.id]) for k2, v in new.items())))
        self.captured[k] = (sig, {k2: (v if type(v) is not float or v == v else "nan") for k2, v in python.items()})
        if k == 2:
            first = self.captured.get(1)
            if first is None or first[0] != sig or first[1] != self.captured[2][1]:
                self.failed = True
                return
            try:
                out = next(iter(new.values()))
                self.tape = Tape(out, order)
            except (ValueError, StopIteration, KeyError):
                self.failed = True
                return
            from .objects import LOSS_NAMES
            self.loss = next((new[n] for n in LOSS_NAMES if n in new), None)

    def epoch(self, fr):
        """One epoch on the tape, then the printing statements through the interpreter."""
        run = self.run
        glob = run.glob
        moves = [(leaf, glob[name].data) for name, leaf in self.start.items() if glob.get(name) is not leaf]
        for leaf, data in moves:
            leaf.data = data
        self.tape.forward()
        run.steps += self.n
        if run.steps > run.max_steps:
            run.over_limit(run.stmt)
        if self.loss is not None:
            run.iter_loss = self.loss
        for side in self.sides:
            side(fr)
