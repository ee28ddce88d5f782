"""Practice: the student computes each number before the app shows it, and the app checks. No Qt.

A question asks for one number of a timeline: a node's gradient (one per backward step, then one
per leaf that gets a gradient), or, when asked for, a node's forward value. A tensor is asked one
element: the entry with the largest |number| (the one the blame is biggest on), the same every time.

Each question knows the step at which the app would reveal its answer (`ask_at`): a gradient is
revealed by the step that makes it final, a value by its forward step. The window asks there; the
terminal asks in the order of the backward steps. Nodes that get no gradient (constants) are never
asked about: their edges may be missing from the timeline, or carry nothing.
"""
from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from ..engine import OPS
from ..fmt import format_number, format_sum, format_value
from ..i18n import tr
from .narration import _d as _paren
from .narration import grad_name, substituted

RTOL = 0.005  # 0.5 %
ATOL = 1e-3


@dataclass(frozen=True)
class Question:
    kind: str  # "grad" | "value"
    node: int
    index: tuple | None  # the element of a tensor, None for a scalar
    name: str  # what is asked for: ∂L/∂(x²), ∂L/∂W1[0, 1], x²
    answer: float
    ask_at: int  # the step that would show the answer
    step: int  # the step the question belongs to (a backward or forward step; a leaf's last blame)

    @property
    def prompt(self) -> str:
        return f"{self.name} = ?"


def element_of(arr) -> tuple | None:
    """The entry a tensor question is about: the largest finite |number|, first on ties; None for a scalar."""
    a = np.asarray(arr, dtype=np.float64)
    if a.ndim == 0:
        return None
    if a.size == 0:
        return None
    mag = np.where(np.isfinite(a), np.abs(a), -1.0)
    return tuple(int(i) for i in np.unravel_index(int(np.argmax(mag)), a.shape))


def index_text(index: tuple | None) -> str:
    return "" if index is None else "[" + ", ".join(map(str, index)) + "]"


def _pick(arr, index):
    a = np.asarray(arr, dtype=np.float64)
    return float(a if index is None else a[index])


def gets_gradient(tl, node_id: int) -> bool:
    info = tl.nodes[node_id]
    return info.role != "constant" and info.grad is not None


def _final_step(tl, node_id: int) -> int:
    """The step whose display makes this node's gradient final (the seed for the loss)."""
    entries = tl.accum.get(node_id)
    return entries[-1][0] if entries else tl.index_of("seed")


def grad_question(tl, node_id: int, step: int | None = None) -> Question:
    info = tl.nodes[node_id]
    loss = tl.nodes[tl.output].label
    index = element_of(info.grad)
    return Question("grad", node_id, index, grad_name(loss, info.label) + index_text(index),
                    _pick(info.grad, index), _final_step(tl, node_id),
                    _final_step(tl, node_id) if step is None else step)


def value_question(tl, node_id: int) -> Question:
    info = tl.nodes[node_id]
    index = element_of(info.value)
    label = info.label if index is None or _simple(info.label) else f"({info.label})"
    k = tl.fwd_at[node_id]
    return Question("value", node_id, index, label + index_text(index), _pick(info.value, index), k, k)


def _simple(label: str) -> bool:
    return label.replace("_", "").isalnum()


def questions(tl, forward: bool = False) -> list[Question]:
    """Every question of a timeline, in the terminal's order: (forward values,) each backward
    step's gradient, then each leaf that gets a gradient."""
    qs = []
    if forward:
        qs += [value_question(tl, s.node) for s in tl.steps if s.phase == "forward"]
    for s in tl.steps:
        if s.phase == "backward" and gets_gradient(tl, s.node):
            qs.append(grad_question(tl, s.node, s.index))
    for nid, info in tl.nodes.items():
        if info.op is None and gets_gradient(tl, nid):
            qs.append(grad_question(tl, nid))
    return qs


# ---- checking --------------------------------------------------------------------

def parse_answer(text: str) -> float | None:
    """A number as people type it: 52.17, −3 (typographic minus), 1e-3, ∞, nan. None if it is not one."""
    t = text.strip().replace("−", "-").replace("∞", "inf").replace(" ", "").replace("\u2009", "")
    if t.count(",") == 1 and "." not in t:
        t = t.replace(",", ".")  # 52,17 where the comma is the decimal sign
    try:
        return float(t)  # float() parses text; it never evaluates it
    except ValueError:
        return None


def is_right(q: Question, answer: float | None) -> bool:
    if answer is None:
        return False
    t = q.answer
    if math.isnan(t):
        return math.isnan(answer)
    if math.isinf(t) or math.isinf(answer):
        return t == answer
    return abs(answer - t) <= max(RTOL * abs(t), ATOL)


# ---- hints and working ---------------------------------------------------------------

def blame_edges(tl, node_id: int) -> list:
    """The edges that carried blame into this node, in the order it arrived (skipping edges that carry none)."""
    out = []
    for (consumer, slot), e in tl.edges.items():
        if e.source == node_id and e.contribution is not None and consumer in tl.bwd_at:
            out.append(e)
    out.sort(key=lambda e: (tl.bwd_at[e.consumer], e.slot))
    return out


def _local_formula(tl, e) -> str:
    info = tl.nodes[e.consumer]
    derivs = OPS[info.op].derivs([tl.nodes[i].label for i in info.inputs], info.attrs)
    return derivs[e.slot]


def _d(tl, of: int, wrt: int) -> str:
    """∂(x²)/∂x: the local derivative's name."""
    return f"∂{_paren(tl.nodes[of].label)}/∂{_paren(tl.nodes[wrt].label)}"


def hint(tl, q: Question) -> str:
    """What the student needs: for a gradient, each upstream gradient and the local derivative's formula."""
    if q.kind == "value":
        info = tl.nodes[q.node]
        if info.op is None:
            return tr("practice", "{name} is an input: its value is given.").format(name=info.label)
        given = [f"{tl.nodes[i].label} = {format_value(tl.nodes[i].value, 4)}" for i in dict.fromkeys(info.inputs)
                 if tl.nodes[i].label != format_value(tl.nodes[i].value, 6)]  # not "2 = 2" for a number
        return tr("practice", "Compute {formula} from {inputs}.").format(
            formula=info.formula, inputs=", ".join(given))
    if q.node == tl.output:
        return tr("practice", "The loss is where the backward pass starts: how much does the loss change "
                              "when the loss itself changes by a little?")
    loss = tl.nodes[tl.output].label
    parts = []
    for e in blame_edges(tl, q.node):
        up = tl.nodes[e.consumer]
        parts.append(tr("practice", "upstream {up} = {g}, local {d} = {formula}").format(
            up=grad_name(loss, up.label), g=format_value(up.grad, 4), d=_d(tl, e.consumer, q.node),
            formula=_local_formula(tl, e)))
    text = "; ".join(parts)
    if len(parts) > 1:
        text += ". " + tr("practice", "{name} is used {k} times: add up what each use passes back.").format(
            name=tl.nodes[q.node].label, k=len(parts))
    return text


def working(tl, q: Question) -> list[str]:
    """The answer, worked: upstream × local = contribution per use, then the sum for fan-out."""
    if q.kind == "value":
        return _value_working(tl, q)
    loss = tl.nodes[tl.output].label
    if q.node == tl.output:
        return [tr("practice", "{d} = 1: the seed of the backward pass.").format(d=grad_name(loss, loss))]
    lines, terms = [], []
    for e in blame_edges(tl, q.node):
        up = tl.nodes[e.consumer]
        c = _pick(e.contribution, q.index) if np.ndim(e.contribution) else float(e.contribution)
        terms.append(c)
        head = f"{grad_name(loss, up.label)} × {_d(tl, e.consumer, q.node)}"
        if e.local is not None and q.index is None:
            lines.append(f"{head} = {e.label}")
        else:
            # A tensor's blame is a vector-Jacobian product: the element asked for, of upstream × local.
            lines.append(f"({head}){index_text(q.index)} = {format_number(c, 6)}")
    if len(terms) > 1:
        lines.append(f"{q.name} = {format_sum(terms, 6)} = {format_number(q.answer, 6)}")
    elif not lines:
        lines.append(f"{q.name} = {format_number(q.answer, 6)}")
    return lines


def _value_working(tl, q: Question) -> list[str]:
    info = tl.nodes[q.node]
    value = format_number(q.answer, 6)
    if info.op is None:
        return [f"{q.name} = {value}"]
    if q.index is not None:
        formula = f"({info.formula}){index_text(q.index)}" if info.formula != info.label else ""
        return [" = ".join(p for p in (q.name, formula, value) if p)]
    chain = [p for p in (info.formula, substituted(tl.nodes, q.node)) if p and p != info.label]
    return [" = ".join([info.label, *chain, value])]


# ---- a session ---------------------------------------------------------------------

@dataclass
class Score:
    right: int = 0
    asked: int = 0

    def text(self) -> str:
        return f"score {self.right}/{self.asked}"


class Practice:
    """The window's practice: which questions wait at which step, what is answered, the score.

    answer() returns "right", "hint" (first wrong try) or "wrong" (second: the answer is shown).
    A question the student steps past unanswered is revealed and not scored, until the student
    comes back before it.
    """

    def __init__(self, tl, forward: bool = False):
        self.tl = tl
        self.questions = sorted(questions(tl, forward), key=lambda q: (q.ask_at, q.kind != "value", q.step))
        self.done: dict[Question, str] = {}  # question -> "right" | "wrong" | "skipped"
        self.tries: dict[Question, int] = {}
        self.score = Score()

    def pending(self, k: int) -> list[Question]:
        return [q for q in self.questions if q.ask_at == k and q not in self.done]

    def current(self, k: int) -> Question | None:
        p = self.pending(k)
        return p[0] if p else None

    def hidden(self, k: int) -> tuple[set, set]:
        """(node ids whose gradient shows "?", node ids whose value shows "?") at step k."""
        grads, values = set(), set()
        for q in self.pending(k):
            (grads if q.kind == "grad" else values).add(q.node)
        return grads, values

    def skip_before(self, k: int) -> None:
        """Questions of earlier steps the student stepped past: revealed, not scored. Going back
        before a skipped question makes it a question again (answered ones stay answered)."""
        for q in self.questions:
            if q.ask_at < k and q not in self.done:
                self.done[q] = "skipped"
            elif q.ask_at >= k and self.done.get(q) == "skipped":
                del self.done[q]

    def answer(self, q: Question, text: str) -> str:
        ok = is_right(q, parse_answer(text))
        self.tries[q] = self.tries.get(q, 0) + 1
        if ok or self.tries[q] >= 2:
            self.done[q] = "right" if ok else "wrong"
            self.score.asked += 1
            self.score.right += ok
            return "right" if ok else "wrong"
        return "hint"

    def reveal(self, q: Question) -> None:
        """Show me the answer: counts as asked and not right."""
        if q not in self.done:
            self.done[q] = "wrong"
            self.score.asked += 1
