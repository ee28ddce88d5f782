"""A run of a graph -> ordered steps (inputs, forward, loss, seed, backward, update) with narration. No Qt."""
from .steps import PHASES, Edge, NodeInfo, Step, Timeline, make_timeline

__all__ = ["PHASES", "Edge", "NodeInfo", "Step", "Timeline", "make_timeline", "from_text", "from_built"]


def from_text(text: str, values: dict | None = None, learning_rate: float | None = None) -> Timeline:
    """Text -> program -> graph -> timeline, in one call."""
    from ..lang import build
    return from_built(build(text, values), learning_rate)


def from_built(b, learning_rate: float | None = None) -> Timeline:
    """The timeline of a program run (visualgrad.lang.build's result), with its printed lines and notes."""
    from ..lang import LangError
    from ..i18n import tr
    if b.output is None:
        last = max(b.statements, default=1)
        raise LangError(tr("lang", "nothing to draw: the program computes no tensor"), last, 1).with_source(b.text)
    tl = make_timeline(b.output, b.labels, b.statements, learning_rate,
                       passes=[(p.loss, p.seed) for p in b.passes], order=b.order,
                       forward_only=b.forward_only, updates=b.updates)
    tl.printed, tl.losses, tl.notes = list(b.printed), list(b.losses), list(b.notes)
    tl.iteration, tl.iterations, tl.built = b.iteration, b.iterations, b
    return tl
