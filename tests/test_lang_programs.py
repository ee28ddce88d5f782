"""Hypothesis writes PyTorch-style programs from the statements the interpreter supports (assignments,
+= and friends, for loops, def, detach/item, no_grad, comprehensions, backward). Each one either runs and
gives every leaf the gradient real PyTorch (float64, run here as the oracle) gives, or is refused with a
position in the text. Never a traceback; visualgrad itself runs nothing."""
from __future__ import annotations

import contextlib
import io

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from visualgrad.lang import LangError, build

torch = pytest.importorskip("torch")

LEAVES = ["a", "b", "c"]  # a, b require grad; c is data
UNARY = ["torch.exp({})", "torch.tanh({})", "torch.sigmoid({})", "({}).relu()", "torch.sin({})", "({}).abs()",
         "({}) ** 2", "torch.sqrt(({}) ** 2 + 1)", "({}).detach()", "-({})", "F.softplus({})", "torch.log1p(({}) ** 2)"]
BINARY = ["({}) + ({})", "({}) - ({})", "({}) * ({})", "({}) / (({}) ** 2 + 1)", "torch.maximum({}, {})"]
REDUCE = ["({}).sum()", "({}).mean()", "({}).max()", "torch.norm({})", "({}).prod()"]
NUMBERS = st.sampled_from(["0.5", "2", "-1.5", "3.0", "0.25"])


def expressions(names):
    base = st.sampled_from(names)  # numbers come in through the operators (torch.exp(2.0) is PyTorch's error)
    return st.recursive(base, lambda e: st.one_of(
        st.tuples(st.sampled_from(UNARY), e).map(lambda t: t[0].format(t[1])),
        st.tuples(st.sampled_from(BINARY), e, e).map(lambda t: t[0].format(t[1], t[2])),
        st.tuples(e, st.sampled_from(["+", "-", "*", "/"]), NUMBERS).map(lambda t: f"({t[0]}) {t[1]} {t[2]}"),
        st.tuples(NUMBERS, st.sampled_from(["+", "-", "*"]), e).map(lambda t: f"{t[0]} {t[1]} ({t[2]})"),
    ), max_leaves=5)


@st.composite
def programs(draw):
    size = draw(st.integers(1, 3))
    values = [draw(st.lists(st.floats(-2, 2, allow_nan=False, width=32).map(lambda v: round(v, 3)),
                            min_size=size, max_size=size)) for _ in LEAVES]
    lines = ["import torch", "import torch.nn.functional as F",
             f"a = torch.tensor({values[0]}, requires_grad=True)",
             f"b = torch.tensor({values[1]}, requires_grad=True)",
             f"c = torch.tensor({values[2]})"]
    names = list(LEAVES)
    for k in range(draw(st.integers(1, 5))):
        kind = draw(st.sampled_from(["assign", "assign", "augment", "loop", "def", "no_grad", "item", "comprehension"]))
        new = f"t{k}"
        e = draw(expressions(names))
        if kind == "assign":
            lines.append(f"{new} = {e}")
        elif kind == "augment":
            lines.append(f"{new} = {e}")
            lines.append(f"{new} {draw(st.sampled_from(['+=', '-=', '*=']))} {draw(expressions(names))}")
        elif kind == "loop":
            lines += [f"{new} = {e}", f"for i in range({draw(st.integers(1, 3))}):",
                      f"    {new} = torch.tanh({new} * 0.5 + i)"]
        elif kind == "def":
            lines += [f"def f{k}(v, w=2.0):", f"    return {draw(expressions(['v']))} * w", f"{new} = f{k}({e})"]
        elif kind == "no_grad":
            lines += ["with torch.no_grad():", f"    {new} = {e}"]
        elif kind == "item":
            lines.append(f"{new} = ({draw(st.sampled_from(REDUCE)).format(e)}).item() * a")
        else:
            lines.append(f"{new} = sum([v * {e} for v in [1.0, 2.0]])")
        names.append(new)
    last = draw(st.sampled_from(names[3:]))
    lines.append(f"loss = {draw(st.sampled_from(REDUCE)).format(last + ' + a * b')}")
    lines.append("loss.backward()")
    lines.append("_vg_compared = [a.grad, b.grad, c.grad]")
    return "\n".join(lines) + "\n"


def torch_grads(text: str):
    saved = torch.get_default_dtype()
    torch.set_default_dtype(torch.float64)
    ns = {"__name__": "__main__"}
    try:
        with contextlib.redirect_stdout(io.StringIO()):
            exec(compile(text, "<hypothesis>", "exec"), ns)  # noqa: S102 - the oracle, in the test only
    finally:
        torch.set_default_dtype(saved)
    return [None if g is None else g.detach().numpy() for g in ns["_vg_compared"]]


@settings(max_examples=60, deadline=None, derandomize=True, database=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(programs())
def test_generated_programs_equal_torch_or_are_refused_with_a_position(text):
    try:
        ours = build(text).final["_vg_compared"]
    except LangError as e:
        lines = text.splitlines()
        assert 1 <= e.line <= len(lines) and e.column >= 1, e.format()
        assert e.message and "Traceback" not in e.format()
        # a refusal is honest only where PyTorch fails too, or for a reason the message gives
        try:
            torch_grads(text)
        except Exception:  # noqa: BLE001 - PyTorch refuses it as well
            return
        assert "not" in e.message or "only" in e.message, e.format()
        return
    theirs = torch_grads(text)
    for name, mine, real in zip(("a", "b", "c"), ours, theirs):
        if real is None:
            assert mine is None, f"{name}.grad: visualgrad gives one, PyTorch none\n{text}"
            continue
        np.testing.assert_allclose(np.asarray(mine.data, dtype=np.float64), real, rtol=1e-9, atol=1e-12,
                                   equal_nan=True, err_msg=f"{name}.grad\n{text}")
