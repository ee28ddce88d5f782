"""Numbers not revealed yet, drawn as "?": on their nodes and on the edges that carry them.

Shared by the practice mode (the questions of the current step) and the worksheet (every
gradient). The scene is restyled to the step first; this only overrides what it must hide.
"""
from __future__ import annotations

from dataclasses import replace


def mask_scene(scene, k: int, grads: set, values: set = frozenset(), mark: tuple | None = None,
               still: bool = False) -> None:
    """Restyle the scene to step k with the gradients of `grads` and the values of `values` as "?".

    `mark` = (node id, element) outlines the element of a tensor that is asked for. `still`: no node
    or edge is drawn as the active one (a printed page is not a moment of the animation).
    """
    from ...timeline.groups import group_view
    from ...timeline.practice import index_text
    from ...timeline.view import edge_view, node_view
    tl = scene.tl
    for item in scene.nodes.values():
        item.mark = None
    scene.show_step(k)
    for nid in set(grads) | set(values):
        item = scene.nodes.get(nid)
        members = scene.groups.get(item)
        if item is None or (members and members[-1] != nid):
            continue  # inside a collapsed layer: its box shows the layer's last node only
        view = group_view(tl, k, members, scene.options.digits) if members else \
            node_view(tl, k, nid, scene.options.digits)
        asked = mark[1] if mark is not None and mark[0] == nid else None
        if nid in grads and view.grad is not None:
            # A big tensor is written as text, not cells: the row names the element asked for.
            view = replace(view, grad=None, grad_text="?" if asked is None else f"{index_text(asked)} = ?")
        if nid in values and view.value is not None:
            view = replace(view, value=None, value_text="?")
        if mark is not None and mark[0] == nid:
            item.mark = mark[1]
        item.update()
        item.set_view(view)
    for key, edge in scene.edges.items():
        if tl.nodes[key[0]].inputs[key[1]] in grads:
            ev = edge_view(tl, k, key, scene.options.digits)
            if ev.mode == "backward":
                edge.set_view(replace(ev, label="?"))
    if still:
        for item in scene.nodes.values():
            if item.view is not None and (item.view.active or item.view.loss):
                item.set_view(replace(item.view, active=False, loss=False))
        for edge in scene.edges.values():
            if edge.view.active:
                edge.set_view(replace(edge.view, active=False))
        for nid, op in scene.ops.items():
            op.set_state(False, True)
            scene.results[nid].set_view(replace(scene.results[nid].view, active=False))
