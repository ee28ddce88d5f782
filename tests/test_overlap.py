"""No label over another: at every step of every preset and of a corpus of programs, no two text boxes
(value boxes, op ellipses, edge labels) intersect, no edge runs through a label, and nothing crosses the
drawing's edge — with Graphviz and with the built-in layout, top to bottom and left to right."""
import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from overlap import edge_samples, problems, text_boxes  # noqa: E402

from visualgrad.qt.application import application  # noqa: E402

CORPUS = {
    "seed": "L = 2*(x**2 + exp(x))",
    "sigmoid neuron": "n = w1*x1 + w2*x2 + b\nL = sigmoid(n)",
    "fan-out": "a = x*y\nb = a + x\nc = a*b + x*a\nL = c*c + a",
    "wide fan-out": "h = x*x\nL = h*x + h*y + h*z + x*y*z + exp(h) - log(y)",
    "long names": "weighted_input = weight_one*input_one + weight_two*input_two\nL = tanh(weighted_input)**2",
}
PRESET_CASES = ["chain-rule", "blame-chain", "neuron", "xor-mlp", "xor-mlp:scalar", "vanishing"]
NO_DOT = "/nonexistent/dot"  # forces the built-in layout


@pytest.fixture(scope="module")
def qapp():
    return application()


def _timeline(case):
    from visualgrad.presets import get_preset
    from visualgrad.timeline import from_text
    if case in CORPUS:
        return from_text(CORPUS[case])
    name, _, view = case.partition(":")
    return get_preset(name).timeline(None, **({"view": view} if view else {}))


def _every_step(tl, theme, direction, fold, dot_path):
    from visualgrad.qt.canvas.scene import SceneOptions
    from visualgrad.qt.export.options import resolve_theme
    from visualgrad.qt.export.render import Renderer, compute_layout
    so = SceneOptions(direction=direction, fold_ops=fold)
    th = resolve_theme(theme)
    r = Renderer(tl, compute_layout(tl, th, so, dot_path=dot_path), th, so)
    scene, samples = r.scene, edge_samples(r.scene)
    found, labels_seen = {}, 0
    for k in range(len(tl.steps)):
        scene.show_step(k, k - 1 if k else None)
        labels_seen += sum(1 for what, _ in text_boxes(scene) if what.startswith("label"))
        bad = problems(scene, samples)
        if bad:
            found[k] = bad[:3]
    return found, labels_seen, r


SETTINGS = [("TB", False, "dot"), ("LR", False, "builtin"), ("LR", True, "dot"), ("TB", True, "builtin")]
BIG = ("xor-mlp:scalar", "vanishing")  # a few seconds each: two settings, one per engine


@pytest.mark.parametrize("case,direction,fold,engine",
                         [(c, *s) for c in list(CORPUS) + PRESET_CASES for s in (SETTINGS[:2] if c in BIG else SETTINGS)])
def test_no_text_box_meets_another_at_any_step(qapp, case, direction, fold, engine):
    tl = _timeline(case)
    found, labels_seen, r = _every_step(tl, "slide" if fold else "light", direction, fold,
                                        NO_DOT if engine == "builtin" else None)
    assert r.layout.engine == engine or engine == "dot" and r.layout.engine == "builtin"
    assert labels_seen > 0  # the backward pass writes on the edges: there was something to check
    assert not found, f"{case}: overlaps at steps {sorted(found)[:5]}: {next(iter(found.values()))}"


def test_the_layout_stays_still_while_stepping(qapp):
    """Labels are sized for their longest text up front, so nothing moves from step to step."""
    from visualgrad.qt.canvas.items import EdgeItem, NodeItem
    tl = _timeline("seed")
    _, _, r = _every_step(tl, "light", "TB", False, None)
    scene = r.scene

    def geometry():
        return sorted((round(i.pos().x(), 2), round(i.pos().y(), 2)) for i in scene.items()
                      if isinstance(i, (NodeItem, EdgeItem)))
    scene.show_step(0)
    first = geometry()
    for k in range(len(tl.steps)):
        scene.show_step(k)
        assert geometry() == first
        assert scene.sceneRect().contains(scene.itemsBoundingRect().adjusted(2, 2, -2, -2))


def test_a_label_sits_beside_its_own_edge(qapp):
    """Kept room is next to the edge it belongs to, not somewhere free far away."""
    tl = _timeline("seed")
    _, _, r = _every_step(tl, "light", "TB", False, None)
    scene = r.scene
    scene.show_step(len(tl.steps) - 1)
    labelled = 0
    for edge in r.scene.edges.values():
        lab = edge.label_item
        if lab is None or not lab.text:  # an edge from a constant carries no blame, so no label
            continue
        labelled += 1
        box = lab._rect.translated(lab.pos())
        nearest = min(abs(edge.path.pointAtPercent(i / 50).x() - box.left()) +
                      abs(edge.path.pointAtPercent(i / 50).y() - box.center().y()) for i in range(51))
        assert nearest < 40, (lab.text, nearest)
    assert labelled == 5  # the seed's edges that carry blame: all but the one from the constant 2
