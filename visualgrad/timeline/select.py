"""Which steps a person means: `--step 3`, `all`, `2..5`, `backward`, `loss`, a list of numbers.

People count steps from 1, as the window's "step 3 of 11" does; a timeline's `Step.index` (and the
JSON contract's `index`) count from 0. This is the one place that converts: everything a person
types (the app's and `export`'s --step, the Python API's step=) comes through select_steps, which
returns indices.
"""
from __future__ import annotations

import re

from ..i18n import tr

# An export "phase" is what a user calls one: the forward pass includes its inputs, the backward pass its seed.
PHASE_GROUPS = {"forward": ("inputs", "forward"), "backward": ("seed", "backward"), "update": ("update",),
                "inputs": ("inputs",)}
NAMES = ("start", "inputs", "forward-end", "loss", "seed", "end")


class StepError(ValueError):
    """A step selection this timeline does not have; the message is for the user."""


def _t(text: str) -> str:
    return tr("Export", text)


def phase_name(phase: str) -> str:
    return {"inputs": _t("inputs"), "forward": _t("forward"), "loss": _t("loss"), "seed": _t("seed"),
            "backward": _t("backward"), "update": _t("update")}.get(phase, phase)


def number_to_index(tl, k: int) -> int:
    """Step number k (1..N; -1 is the last, -N the first) -> its index (0..N-1)."""
    n = len(tl.steps)
    if 1 <= k <= n:
        return k - 1
    if -n <= k <= -1:
        return n + k
    raise StepError(_t("step {k} is out of range: this graph has {n} steps, numbered 1 to {n}").format(k=k, n=n))


def select_steps(tl, what) -> list[int]:
    """Step indices (0-based) for a selection written in step numbers (1-based).

    `what`: a number or "K" (1..N; negative counts from the end), "all", "A..B" / "A-B" (inclusive),
    a phase ("forward" = inputs + forward pass, "backward" = seed + backward pass, "update"),
    a named step ("start", "loss", "seed", "forward-end", "end"), or a list of numbers.
    """
    n = len(tl.steps)
    if isinstance(what, (list, tuple, range)):
        return [number_to_index(tl, int(k)) for k in what]
    if isinstance(what, int):
        return [number_to_index(tl, what)]
    s = str(what).strip().lower()
    if s == "all":
        return list(range(n))
    if re.fullmatch(r"-?\d+", s):
        return [number_to_index(tl, int(s))]
    m = re.fullmatch(r"(\d+)\s*(?:\.\.|-|:)\s*(\d+)", s)
    if m:
        a, b = number_to_index(tl, int(m.group(1))), number_to_index(tl, int(m.group(2)))
        if a > b:
            raise StepError(_t("the range {a}..{b} is empty: the first step comes after the last")
                            .format(a=a + 1, b=b + 1))
        return list(range(a, b + 1))
    phases = PHASE_GROUPS.get(s)
    if phases is not None:
        steps = [st.index for st in tl.steps if st.phase in phases]
        if not steps:
            raise StepError(_t("this graph has no {phase} steps").format(phase=phase_name(s)))
        return steps
    if s in NAMES:
        return [tl.named(s)]
    raise StepError(_t("unknown step {what!r}: use a number, all, forward, backward, loss or end")
                    .format(what=str(what)))
