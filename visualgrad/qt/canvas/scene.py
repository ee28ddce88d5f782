"""The diagram: a QGraphicsScene built from (timeline, layout) and restyled per step.

Used by the window and, offscreen, by every export, so a file and the screen are
the same picture.
"""
from __future__ import annotations

import functools
import math
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QRectF, Signal
from PySide6.QtGui import QBrush, QColor, QFontMetricsF, QTransform
from PySide6.QtWidgets import QGraphicsScene

from ...fmt import format_number, format_sum, format_value
from .items import LABEL_CLEAR, EdgeItem, NodeItem, OpItem, fonts, label_box, label_font, label_lines, node_size
from .theme import Theme

if TYPE_CHECKING:
    from ...layout import GraphSpec, Layout
    from ...timeline import Timeline

# numpy, the engine, the layout and the timeline are imported where they are used: the window
# creates its scene before its first paint, and those load just after it (MainWindow quick start).
# Not in per-node functions, though: an import statement costs microseconds under PySide6's hook.


@functools.cache
def _ops() -> dict:
    from ...engine import OPS
    return OPS

MARGIN = 24.0
LABEL_ROOM_MAX_NODES = 400  # value nodes (ops make about as many again) given label room in the layout
TINT_MAX = 0.55  # how far the log-scale |gradient| tint goes from the box's fill towards the gradient colour


@dataclass
class SceneOptions:
    fold_ops: bool = False  # op folded into the value node instead of its own ellipse
    direction: str = "TB"
    digits: int = 4
    tint_by_grad: bool = False  # node fill by |gradient| on a log scale (vanishing gradients)
    collapse_groups: bool = True  # a preset's layers as one box each
    expanded: set = field(default_factory=set)  # groups the user opened


def _title(tl: Timeline, nid: int, fold: bool) -> str:
    info = tl.nodes[nid]
    if fold and info.op and info.label != info.formula:
        return f"{info.label} = {info.formula}"
    return info.label


def collapsed(tl: Timeline, opts: SceneOptions) -> dict:
    from ...timeline.groups import collapsed_groups
    return collapsed_groups(tl, opts.expanded) if opts.collapse_groups else {}


def graph_spec(tl: Timeline, theme: Theme, opts: SceneOptions) -> GraphSpec:
    """The layout problem: boxes sized from the theme's fonts, keys stable across value edits."""
    from ...layout import GraphSpec, LEdge, LNode
    from ...timeline.groups import group_members
    nodes, edges = [], []
    pos = {nid: k for k, nid in enumerate(tl.nodes)}
    folded = collapsed(tl, opts)
    members = group_members(tl, folded)
    gkey = {g: f"g{i}" for i, g in enumerate(members)}

    def key(nid):
        return gkey[folded[nid]] if nid in folded else f"n{pos[nid]}"

    fm = QFontMetricsF(label_font(theme))
    # Keeping room for every label makes Graphviz lay out twice the ranks, ~3-10× slower: worth it for
    # any graph that can be read whole, not for thousands of nodes (there labels sit mid-edge, as before).
    roomy = len(tl.nodes) - len(folded) <= LABEL_ROOM_MAX_NODES

    def room(nid, slot):
        return label_room(tl, (nid, slot), opts.digits, fm) if roomy else None

    for g, ids in members.items():
        last = tl.nodes[ids[-1]]
        texts = [_sized(last.value, opts.digits), _sized(last.grad, opts.digits)]
        w, h = node_size(group_title(g, ids), texts, last.value, theme)
        nodes.append(LNode(gkey[g], _round(w), _round(h), "box"))
    seen = set()
    for nid, info in tl.nodes.items():
        k = pos[nid]
        if nid in folded:
            for slot, src in enumerate(info.inputs):
                pair = (key(src), key(nid))
                if pair[0] != pair[1] and pair not in seen:  # one edge between two boxes is enough
                    seen.add(pair)
                    edges.append(LEdge(f"e{k}.{slot}", *pair, room(nid, slot)))
            continue
        texts = [_sized(info.value, opts.digits), _sized(info.grad, opts.digits), _accumulation(tl, nid, opts.digits)]
        w, h = node_size(_title(tl, nid, opts.fold_ops), texts, info.value, theme)
        nodes.append(LNode(f"n{k}", _round(w), _round(h), "box"))
        if info.op and not opts.fold_ops:
            ow, oh = _op_size(op_symbol(info), theme)
            nodes.append(LNode(f"o{k}", ow, oh, "ellipse"))
            edges.append(LEdge(f"r{k}", f"o{k}", f"n{k}"))
        for slot, src in enumerate(info.inputs):
            head = f"n{k}" if opts.fold_ops or not info.op else f"o{k}"
            edges.append(LEdge(f"e{k}.{slot}", key(src), head, room(nid, slot)))
    # Edges carry labels (12, 2 × 6 = 12); the layout keeps room for each beside its edge, or, in a
    # very big graph, each rank keeps room for one between the boxes.
    gap = 18.0 if roomy else max(36.0, QFontMetricsF(fonts(theme)[0]).height() * 2.6)
    return GraphSpec(nodes, edges, opts.direction, ranksep=gap)


def edge_label_texts(tl: Timeline, key: tuple, digits: int) -> list[str]:
    """Every text the edge `key` = (consumer, slot) shows over the steps (timeline.view.edge_view's cases)."""
    import numpy as np
    consumer, slot = key
    texts = []
    value = tl.nodes[tl.nodes[consumer].inputs[slot]].value
    if value is not None:  # the forward step shows what flows in
        texts.append(format_value(value, digits) if np.ndim(value) == 0 else "×".join(map(str, np.shape(value))))
    edge = tl.edges.get(key)
    if edge is not None and edge.contribution is not None and consumer in tl.bwd_at:
        c = edge.contribution
        texts.append(edge.label)  # upstream × local = contribution, at its own step
        if np.ndim(c) == 0:
            texts.append(format_value(c, digits))
        else:
            with np.errstate(all="ignore"):
                texts.append("‖·‖ " + format_value(float(np.linalg.norm(c)), 3))
    return texts


def label_room(tl: Timeline, key: tuple, digits: int, fm: QFontMetricsF) -> tuple | None:
    """The room an edge's label needs over all steps, so the layout can keep it and stay still."""
    texts = [t for t in edge_label_texts(tl, key, digits) if t]
    if not texts:
        return None
    w, h = (max(v) for v in zip(*(label_box(label_lines(t), fm) for t in texts)))
    # Widths snap to a 12-pt grid, as boxes do, so most edits of a number keep the layout.
    return (_round(w + 2 * LABEL_CLEAR), math.ceil(h + 2 * LABEL_CLEAR))


def labels_fit(spec: GraphSpec, shown: GraphSpec | None) -> bool:
    """Whether every label of `spec` fits the room kept for it in `shown` (the same graph, laid out)."""
    if shown is None:
        return False
    room = {e.key: e.label for e in shown.edges}
    for e in spec.edges:
        old = room.get(e.key)
        if e.label and (not old or e.label[0] > old[0] or e.label[1] > old[1]):
            return False
    return True


def group_title(name: str, ids: list) -> str:
    return f"{name} ▸ ({len(ids)})"


def op_symbol(info) -> str:
    if info.op == "pow":
        return "**" + format_number(info.attrs.get("p", 2.0), 4).replace("−", "-")
    if info.op == "custom":  # a program's own autograd.Function: its class's name
        return info.attrs["fn"].name
    return _ops()[info.op].symbol


def _sized(v, digits) -> str:
    return "" if v is None else "∇ " + format_value(v, digits)


def _accumulation(tl: Timeline, nid: int, digits: int) -> str:
    """The widest gradient row a node shows: blame adding up from several consumers."""
    entries = tl.accum.get(nid)
    if not entries or len(entries[-1][2]) < 2 or getattr(entries[-1][1], "ndim", 0) > 0:
        return ""
    terms = entries[-1][2]
    return "∇ " + format_sum(terms, digits) + " = " + format_value(entries[-1][1], digits)


def _tooltip(info) -> str:
    parts = [info.label]
    if info.op:
        parts.append(info.formula)
    if info.statement:
        parts.append(f"{info.line}: {info.statement}" if info.line else info.statement)
    return "\n".join(parts)


def _round(x: float) -> float:
    # Widths snap to a grid so small changes of the numbers do not force a new layout.
    return math.ceil(x / 12.0) * 12.0


def _op_size(symbol: str, theme: Theme) -> tuple[float, float]:
    body, bold = fonts(theme)
    fm = QFontMetricsF(bold)
    return max(30.0, fm.horizontalAdvance(symbol) + 18), fm.height() + 12


class GraphScene(QGraphicsScene):
    nodeClicked = Signal(int)
    groupToggled = Signal(str)  # double-click on a collapsed group: open it
    gradientClicked = Signal(int)  # a click on a node's gradient row: why this number?

    def __init__(self, theme: Theme, options: SceneOptions | None = None, parent=None):
        super().__init__(parent)
        self.theme = theme
        self.options = options or SceneOptions()
        self.tl: Timeline | None = None
        self.layout: Layout | None = None
        self.nodes: dict[int, NodeItem] = {}
        self.ops: dict[int, OpItem] = {}
        self.edges: dict[tuple, EdgeItem] = {}  # (consumer id, slot) -> the edge that carries blame
        self.results: dict[int, EdgeItem] = {}  # op ellipse -> value box, per node id
        self.groups: dict = {}  # a collapsed group's item -> its member ids
        self.step = 0
        self._prepared = None  # (timeline, theme, fold_ops, {layout key: item}) from prepare()
        self.setBackgroundBrush(QBrush(QColor(theme.background)))
        self.selectionChanged.connect(self._selection)

    # ---- building ----------------------------------------------------------
    def prepare(self, tl: Timeline, spec: GraphSpec):
        """Make the boxes, op ellipses and edges of a graph whose layout is on its way.

        The window calls this while Graphviz (another process) lays the graph out, so that work is
        off the path from "layout ready" to "graph on screen"; set_graph places the items. Items
        made for another timeline or theme are not used.
        """
        sizes = {n.key: (n.width, n.height) for n in spec.nodes}
        folded = collapsed(tl, self.options)
        made = {}
        for k, (nid, info) in enumerate(tl.nodes.items()):
            size = sizes.get(f"n{k}")
            if nid not in folded and size is not None:
                made[f"n{k}"] = self._node_item(tl, nid, *size)
            size = sizes.get(f"o{k}")
            if info.op and size is not None and not self.options.fold_ops:
                made[f"o{k}"] = self._op_item(info, *size)
        for e in spec.edges:  # routes come with the layout (EdgeItem.set_route)
            made[e.key] = EdgeItem(None, None, None, self.theme)
        self._prepared = (tl, self.theme, self.options.fold_ops, made)

    def _node_item(self, tl, nid: int, width: float, height: float) -> NodeItem:
        info = tl.nodes[nid]
        item = NodeItem(nid, _title(tl, nid, self.options.fold_ops), info.role, width, height, self.theme)
        item.setToolTip(_tooltip(info))
        return item

    def _op_item(self, info, width: float, height: float) -> OpItem:
        op = OpItem(info.id, op_symbol(info), width, height, self.theme)
        op.setToolTip(info.formula)
        return op

    def _edge_item(self, made: EdgeItem | None, key, route) -> EdgeItem:
        if made is None:
            return EdgeItem(key, route.points, route.arrow, self.theme, route.label)
        made.key = key
        made.set_route(route.points, route.arrow, route.label)
        return made

    def _take_prepared(self, tl: Timeline):
        """take(key, box): the item prepare() made for this box, or None."""
        ptl, theme, fold, made = self._prepared or (None, None, None, {})
        self._prepared = None
        if ptl is not tl or theme is not self.theme or fold != self.options.fold_ops:
            made = {}

        def take(key, box=None):
            item = made.pop(key, None)
            if item is not None and box is not None and (item.w, item.h) != (box.width, box.height):
                item.prepareGeometryChange()  # Graphviz sized it its own way (ellipses, mostly)
                item.w, item.h = box.width, box.height
            return item
        return take

    def set_graph(self, tl: Timeline, layout: Layout, step: int = 0):
        from ...timeline.groups import group_members
        from ...timeline.view import magnitude_range
        take = self._take_prepared(tl)
        self.clear()
        self.nodes, self.ops, self.edges, self.results, self.groups = {}, {}, {}, {}, {}
        self.tl, self.layout = tl, layout
        ids = list(tl.nodes)
        lo, hi = magnitude_range(tl)
        span = math.log(hi / lo) if hi > lo else 0.0

        def width_for(mag: float) -> float:
            if mag <= 0 or not math.isfinite(mag) or span == 0:
                return 1.6
            return 1.2 + 4.0 * max(0.0, math.log(mag / lo)) / span

        folded = collapsed(tl, self.options)
        members = group_members(tl, folded)
        self.groups = {}
        for i, (g, gids) in enumerate(members.items()):
            box = layout.nodes[f"g{i}"]
            item = NodeItem(gids[-1], group_title(g, gids), "intermediate", box.width, box.height, self.theme)
            item.group = g
            item.setPos(box.x, box.y)
            item.setToolTip(QCoreApplication.translate("Scene", "{name}: {n} nodes — double-click to expand")
                            .format(name=g, n=len(gids)))
            self.addItem(item)
            self.groups[item] = gids
            for nid in gids:
                self.nodes[nid] = item
        for k, nid in enumerate(ids):
            info = tl.nodes[nid]
            if nid not in folded:
                box = layout.nodes[f"n{k}"]
                item = take(f"n{k}", box) or self._node_item(tl, nid, box.width, box.height)
                item.setPos(box.x, box.y)
                self.addItem(item)
                self.nodes[nid] = item
            op_box = layout.nodes.get(f"o{k}")
            if info.op and op_box is not None and not self.options.fold_ops:
                op = take(f"o{k}", op_box) or self._op_item(info, op_box.width, op_box.height)
                op.setPos(op_box.x, op_box.y)
                self.addItem(op)
                self.ops[nid] = op
                route = layout.edges[f"r{k}"]
                res = self._edge_item(take(f"r{k}"), ("r", nid), route)
                self.addItem(res)
                self.results[nid] = res
            for slot in range(len(info.inputs)):
                route = layout.edges.get(f"e{k}.{slot}")
                if route is None:
                    continue  # inside a collapsed group, or a second edge between the same two boxes
                edge = self._edge_item(take(f"e{k}.{slot}"), (nid, slot), route)
                edge.width_for = width_for
                edge.hug = self.options.direction == "TB"
                self.addItem(edge)
                edge.labelled = True
                self.edges[(nid, slot)] = edge
        # self.nodes must list every node id in timeline order (set_timeline relies on it).
        self.nodes = {nid: self.nodes[nid] for nid in ids}
        self.setSceneRect(QRectF(-MARGIN, -MARGIN, layout.width + 2 * MARGIN, layout.height + 2 * MARGIN))
        self.show_step(step)

    def set_timeline(self, tl: Timeline):
        """Same graph, new numbers (an input was edited): restyle everything, no relayout."""
        old = list(self.nodes.items())
        remap = {old_id: new for new, (old_id, _) in zip(tl.nodes, old)}
        self.nodes = {nid: item for nid, (_, item) in zip(tl.nodes, old)}
        for nid, item in self.nodes.items():
            item.node_id = nid
        self.groups = {item: [remap[m] for m in gids] for item, gids in self.groups.items()}
        self.ops = {new: self.ops[old_id] for new, (old_id, _) in zip(tl.nodes, old) if old_id in self.ops}
        self.results = {new: self.results[old_id] for new, (old_id, _) in zip(tl.nodes, old) if old_id in self.results}
        self.edges = {(remap[c], s): e for (c, s), e in self.edges.items()}
        for key, e in self.edges.items():
            e.key = key
        self.tl = tl
        for nid, item in self.nodes.items():
            if item not in self.groups:
                item.setToolTip(_tooltip(tl.nodes[nid]))
        self.show_step(min(self.step, len(tl.steps) - 1))

    # ---- stepping -----------------------------------------------------------
    def show_step(self, k: int, previous: int | None = None):
        """Restyle to exactly step k; with an adjacent previous step only what changed is touched."""
        tl = self.tl
        if tl is None:
            return
        from ...timeline.groups import group_view
        from ...timeline.view import EdgeView, edge_view, node_view, touched
        k = max(0, min(k, len(tl.steps) - 1))
        if previous is not None and abs(previous - k) == 1:
            n1, e1 = touched(tl, k)
            n0, e0 = touched(tl, previous)
            node_ids, edge_keys = n1 | n0, e1 | e0
        else:
            node_ids, edge_keys = self.nodes.keys(), self.edges.keys()
        self.step = k
        tint = self._tinter() if self.options.tint_by_grad else None
        done = set()
        for nid in node_ids:
            item = self.nodes[nid]
            if id(item) not in done:
                done.add(id(item))
                members = self.groups.get(item)
                view = group_view(tl, k, members, self.options.digits) if members else \
                    node_view(tl, k, nid, self.options.digits)
                item.set_view(view, tint(view) if tint else None)
            if nid in self.ops:
                self.ops[nid].set_state(view.active, view.value is not None)
                self.results[nid].set_view(EdgeView(
                    "forward" if view.value is not None else "pending",
                    view.active and tl.steps[k].phase == "forward", "", 0.0))
        for key in edge_keys:
            edge = self.edges.get(key)  # edges inside a collapsed layer have no item
            if edge is not None:
                edge.set_view(edge_view(tl, k, key, self.options.digits))

    def _tinter(self):
        import numpy as np

        from ...timeline.view import magnitude_range
        lo, hi = magnitude_range(self.tl)
        span = math.log(hi / lo) if hi > lo else 1.0
        base = QColor(self.theme.roles.get("intermediate", "#ffffff"))
        hot = QColor(self.theme.grad)

        def tint(view):
            if view.grad is None:
                return None
            g = np.asarray(view.grad)
            with np.errstate(all="ignore"):
                m = float(np.linalg.norm(g)) if g.ndim else abs(float(g))
            if not math.isfinite(m) or m <= 0:
                return QColor(self.theme.zero)
            t = max(0.0, min(1.0, math.log(m / lo) / span)) if span else 1.0
            t *= TINT_MAX  # the box's own orange gradient text must still read on the hottest fill
            return QColor(round(base.red() + (hot.red() - base.red()) * t),
                          round(base.green() + (hot.green() - base.green()) * t),
                          round(base.blue() + (hot.blue() - base.blue()) * t))
        return tint

    # ---- facts for the window -------------------------------------------------
    def active_item(self):
        tl = self.tl
        if tl is None:
            return None
        nid = tl.steps[self.step].node
        return self.nodes.get(nid) if nid is not None else None

    def find(self, text: str) -> list[int]:
        t = text.strip().lower()
        return [nid for nid, info in self.tl.nodes.items() if t and t in info.label.lower()] if self.tl else []

    def mouseDoubleClickEvent(self, event):
        item = self.itemAt(event.scenePos(), self.views()[0].transform() if self.views() else QTransform())
        if item in self.groups:
            self.groupToggled.emit(item.group)
            return
        super().mouseDoubleClickEvent(event)

    def _selection(self):
        items = [i for i in self.selectedItems() if isinstance(i, NodeItem)]
        if items:
            self.nodeClicked.emit(items[0].node_id)
