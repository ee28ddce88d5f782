"""The window makes a graph's items while Graphviz works; the drawn graph is the one set_graph alone makes."""
from visualgrad.layout import layout
from visualgrad.qt.application import application
from visualgrad.qt.canvas.scene import GraphScene, SceneOptions, graph_spec
from visualgrad.qt.canvas.theme import get_theme
from visualgrad.timeline import from_text

SEED = "L = 2*(x**2 + exp(x))"


def picture(scene):
    """What is drawn, item by item: kind, place, size and the text it shows."""
    out = []
    for item in scene.items():
        view = getattr(item, "view", None)
        out.append((type(item).__name__, round(item.pos().x(), 2), round(item.pos().y(), 2),
                    round(item.boundingRect().width(), 2), getattr(item, "title", ""), repr(view)))
    return sorted(out)


def build(prepare: bool, step: int):
    application()
    tl = from_text(SEED, {"x": 3.0})
    theme, opts = get_theme("light"), SceneOptions()
    spec = graph_spec(tl, theme, opts)
    scene = GraphScene(theme, opts)
    if prepare:
        scene.prepare(tl, spec)
        made = dict(scene._prepared[3])
    scene.set_graph(tl, layout(spec), step)
    return scene, (made if prepare else {})


def test_prepared_items_are_used_and_draw_the_same_graph(qtbot):
    plain, _ = build(False, 9)
    prepared, made = build(True, 9)
    assert picture(prepared) == picture(plain)
    used = set(map(id, prepared.items()))
    assert made and all(id(item) in used for item in made.values())  # every box, ellipse and edge reused


def test_items_prepared_for_another_program_are_not_used(qtbot):
    application()
    theme, opts = get_theme("light"), SceneOptions()
    old, new = from_text(SEED, {"x": 3.0}), from_text(SEED, {"x": 4.0})
    scene = GraphScene(theme, opts)
    scene.prepare(old, graph_spec(old, theme, opts))
    made = list(scene._prepared[3].values())
    scene.set_graph(new, layout(graph_spec(new, theme, opts)), 0)
    assert not set(map(id, made)) & set(map(id, scene.items()))
    assert scene.tl is new and scene._prepared is None
