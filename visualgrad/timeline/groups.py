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
    """What a collapsed group shows at step k: its last node's numbers, active with any member."""
    view = node_view(tl, k, members[-1], digits)
    active_id = tl.steps[k].node
    return replace(view, active=active_id in members)
