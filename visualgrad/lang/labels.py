"""What each node is called on screen: its name, its value (a constant), or its formula when short."""
from __future__ import annotations

from ..engine import OPS
from ..fmt import format_number

LABEL_MAX = 18  # an unnamed node is labelled by its formula when it is this short, else t1, t2, ...


def labels(order: list) -> dict:
    """node id -> label, for nodes in topological order (inputs before what uses them)."""
    out, k = {}, 0
    for n in order:
        if n.name:
            out[n.id] = n.name
        elif n.op is None:
            out[n.id] = format_number(n.data) if n.data.ndim == 0 else "×".join(map(str, n.data.shape))
        else:
            try:
                text = OPS[n.op].formula([out[i.id] for i in n.inputs], n.attrs or {})
            except Exception:  # an op whose formula needs what this graph does not have: a short name
                text = n.op
            if len(text) > LABEL_MAX:
                k += 1
                text = f"t{k}"
            out[n.id] = text
    return out
