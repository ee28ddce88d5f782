"""A run of a graph -> ordered steps (inputs, forward, loss, seed, backward, update) with narration. No Qt."""
from .select import PHASE_GROUPS, StepError, select_steps
from .steps import PHASES, Edge, NodeInfo, Step, Timeline, make_timeline

__all__ = ["PHASES", "PHASE_GROUPS", "Edge", "NodeInfo", "Step", "StepError", "Timeline", "make_timeline",
           "from_text", "select_steps"]


def from_text(text: str, values: dict | None = None, learning_rate: float | None = None) -> Timeline:
    """Text -> program -> graph -> timeline, in one call."""
    from ..lang import build
    b = build(text, values)
    return make_timeline(b.output, b.labels, b.statements, learning_rate)
