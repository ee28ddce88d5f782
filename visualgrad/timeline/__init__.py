"""A run of a graph -> ordered steps (inputs, forward, loss, seed, backward, update) with narration. No Qt."""
from .select import PHASE_GROUPS, StepError, select_steps
from .steps import PHASES, Edge, NodeInfo, Step, Timeline, make_timeline

__all__ = ["PHASES", "PHASE_GROUPS", "Edge", "NodeInfo", "Step", "StepError", "Timeline", "make_timeline",
           "from_text", "from_built", "select_steps"]


def from_text(text: str, values: dict | None = None, learning_rate: float | None = None) -> Timeline:
    """Text -> program -> graph -> timeline, in one call."""
    from ..lang import build
    return from_built(build(text, values), learning_rate)


def from_built(b, learning_rate: float | None = None) -> Timeline:
    """The timeline of a program run (visualgrad.lang.build's result), with its printed lines and notes."""
    from ..i18n import tr
    from ..lang import LangError
    if b.output is None:
        last = max(b.statements, default=1)
        raise LangError(tr("lang", "nothing to draw: the program computes no tensor"), last, 1).with_source(b.text)
    tl = make_timeline(b.output, b.labels, b.statements, learning_rate,
                       passes=[(p.loss, p.seed) for p in b.passes], order=b.order,
                       forward_only=b.forward_only, updates=b.updates)
    tl.printed, tl.losses, tl.notes = list(b.printed), list(b.losses), list(b.notes)
    tl.iteration, tl.iterations, tl.built = b.iteration, b.iterations, b
    tl.groups = program_groups(b.order)  # module calls and composites: one box each, which opens
    return tl


def program_groups(order: list) -> dict:
    """{node id: box title} for a program's nodes. Groups nest (a model > its Sequential > a block >
    a Linear); the boxes are drawn at the first level, from the outside, that has at least three
    groups (or the deepest there is), so 50 blocks of a model are 50 boxes, not one."""
    chains = {}
    for n in order:
        chain, g = [], getattr(n, "group", None)
        while g is not None:
            chain.append(g)
            g = g.parent
        if chain:
            chains[n.id] = chain[::-1]  # outermost first
    if not chains:
        return {}
    depth = max(len(c) for c in chains.values())
    level = depth - 1
    for k in range(depth):
        if len({c[min(k, len(c) - 1)].id for c in chains.values()}) >= 3:
            level = k
            break
    titles, out = {}, {}
    for nid, chain in chains.items():
        g = chain[min(level, len(chain) - 1)]
        if g.id not in titles:
            same = sum(1 for t in titles.values() if t == g.title or t.startswith(g.title + " #"))
            titles[g.id] = g.title if same == 0 else f"{g.title} #{same + 1}"
        out[nid] = titles[g.id]
    return out
