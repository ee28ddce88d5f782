"""Collapsed groups: a preset's layer shown as one box (expandable), so deep networks stay readable.

A timeline may carry `groups` ({node id: group name}, set by presets). A collapsed
group is drawn as one box that stands for its last node (the layer's output):
its value and gradient, lit whenever any member is the active node.
"""
from __future__ import annotations

from dataclasses import replace

from .view import NodeView, node_view


def collapsed_groups(tl, expanded: set | frozenset = frozenset()) -> dict:
    """{node id: group name} for the nodes whose group is collapsed (groups of one node never collapse)."""
    groups = getattr(tl, "groups", None) or {}
    sizes: dict = {}
    for nid, g in groups.items():
        if nid in tl.nodes:
            sizes[g] = sizes.get(g, 0) + 1
    return {nid: g for nid, g in groups.items()
            if nid in tl.nodes and g not in expanded and sizes.get(g, 0) > 1}


def group_members(tl, collapsed: dict) -> dict:
    """{group name: [member ids in topological order]}, groups in the order they first appear."""
    members: dict = {}
    for nid in tl.nodes:
        g = collapsed.get(nid)
        if g is not None:
            members.setdefault(g, []).append(nid)
    return members


def group_view(tl, k: int, members: list, digits: int = 4) -> NodeView:
    """What a collapsed group shows at step k: its last node's numbers, active with any member.

    With the timeline's display hint "layer_norms" (the vanishing lab), a layer shows its weight's
    gradient norm instead, ‖∂y/∂W₃‖ = 2.4e−25, and its output's shape: the number the lab is about,
    and the one the log-scale tint follows.
    """
    view = node_view(tl, k, members[-1], digits)
    active_id = tl.steps[k].node
    view = replace(view, active=active_id in members)
    if (getattr(tl, "display", None) or {}).get("layer_norms"):
        return _layer_norm_view(tl, k, members, view, digits)
    if view.active and active_id != members[-1]:
        return _active_member_view(tl, k, active_id, view, digits)
    return view


def _active_member_view(tl, k: int, nid: int, view: NodeView, digits: int) -> NodeView:
    """While a step is inside a collapsed group, its box shows the node the narration names
    (`A1_12 = 0.6225`), not the group's last node: the slide shows what the sentence says."""
    import numpy as np
    info = tl.nodes[nid]
    if np.ndim(info.value) or np.ndim(tl.nodes[tl.steps[k].node].value):
        return view  # a tensor member would not fit the box drawn for the group's last node
    member = node_view(tl, k, nid, digits)
    value_text = f"{info.label} = {member.value_text}" if member.value_text else info.label
    return replace(member, value_text=value_text, active=True)


def _layer_norm_view(tl, k: int, members: list, view: NodeView, digits: int) -> NodeView:
    import numpy as np

    from ..fmt import format_number
    weights = [m for m in members if tl.nodes[m].role == "parameter" and np.ndim(tl.nodes[m].value) == 2]
    if not weights:
        return view
    w = weights[0]
    out = tl.nodes[members[-1]].value
    if np.ndim(out) <= 2 and all(d <= 8 for d in np.shape(out)):
        return view  # small enough to be drawn cell by cell (the head's 8×1): its own numbers say more
    value = out if view.value is not None else None
    shape = "" if value is None else "×".join(map(str, np.shape(value)))
    _, grad, _ = tl.node_at(k, w)
    if grad is None:
        return replace(view, value_text=shape, grad_text="", grad=None)
    with np.errstate(all="ignore"):
        norm = float(np.linalg.norm(grad))
    loss = tl.nodes[tl.output].label
    text = f"‖∂{loss}/∂{tl.nodes[w].label}‖ = {format_number(norm, min(digits, 3))}"
    return replace(view, value_text=shape, grad_text=text, grad=np.asarray(norm))
