"""The window's side of a pasted program: the Output dock (notes, printed lines), the check's verdicts as
tags above the nodes, and the program's own loss curve in the Training dock.

test_window_on_a_recorded_run puts a run on screen the way the interpreter hands it over (a timeline
carrying its Built, printed lines, losses and notes), so the window's part is tested on its own;
tests/test_articles.py runs the articles' real text in the window.
"""
import numpy as np
import pytest
from test_check_graph import catalan_built  # tests/ is on sys.path (its conftest.py)


def recorded_timeline():
    from visualgrad.check.program import forward_nodes
    from visualgrad.engine import ancestors
    from visualgrad.timeline import make_timeline
    built, loss = catalan_built()
    labels = {node.id: name for name, node in forward_nodes(built, loss).items()}
    for k, n in enumerate(ancestors(loss)):
        labels.setdefault(n.id, f"t{k}")
    tl = make_timeline(loss, labels, {}, passes=[])  # as from_built gives a run without backward()
    tl.built = built
    tl.printed = [(42, f"Epoch {i}, Loss: {0.2566 - i * 1e-6:.4f}") for i in range(0, 10000, 1000)]
    tl.losses = list(0.2566 - 1e-6 * np.arange(10000))
    tl.notes = ["random starts are visualgrad's own seeded values, not PyTorch's"]
    return tl


def test_window_on_a_recorded_run(qtbot, make_window, tmp_path):
    w = make_window()
    tl = recorded_timeline()
    with qtbot.waitSignal(w.ready, timeout=20000):
        w.show_timeline(tl, len(tl.steps) - 1)
    qtbot.waitUntil(lambda: not w.worker.busy(), timeout=20000)
    panel = w.program_panel
    assert w.docks["output"].isVisible()
    assert panel.notes.isVisible() and "not PyTorch's" in panel.notes.text()
    assert panel.output.toPlainText().splitlines()[0] == "  42 │ Epoch 0, Loss: 0.2566"
    assert "4 ×0.5, 2 ×2" in panel.check_title.text()
    assert "dW2 vs ∂loss/∂W2: ×0.5" in panel.check_text.toPlainText()
    # one tag per checked node, above its box, saying what the window says beside the node
    tags = {t.lines[0].split(":")[0]: t for t in panel.labels}
    assert set(tags) == {"dZ2", "dW2", "db2", "dZ1", "dW1", "db1"}
    t = tags["dW2"]
    assert t.lines[0].startswith("dW2: by hand ") and t.lines[0].endswith(" · ×½")
    for tag in panel.labels:
        assert tag.scene() is w.scene and tag.isVisible()
    # the program's loss per iteration in the Training dock, its preset controls out of the way
    tp = w.training_panel
    assert w.docks["training"].isVisible()
    assert len(tp.curve.xData) == 10000 and tp.curve.yData[0] == pytest.approx(0.2566)
    assert not tp.run_buttons[1].isVisible() and not tp.lr_edit.isVisible()
    assert "10,000 iterations" in tp.title.text()
    path = tmp_path / "check.png"
    w.grab().save(str(path))
    assert path.stat().st_size > 10_000


def test_tags_and_output_go_away_with_a_plain_expression(qtbot, make_window):
    w = make_window()
    tl = recorded_timeline()
    with qtbot.waitSignal(w.ready, timeout=20000):
        w.show_timeline(tl, 0)
    assert w.program_panel.labels
    with qtbot.waitSignal(w.ready, timeout=20000):
        w.load_text("L = 2*(x**2 + exp(x))", {"x": 3.0})
    assert not w.program_panel.labels
    assert not [i for i in w.scene.items() if type(i).__name__ == "VerdictLabel"]
    assert not w.docks["output"].isVisible()
    assert not w.docks["training"].isVisible()
    w.load_preset("xor-mlp")  # a trainable preset gets its controls back
    qtbot.waitUntil(lambda: w.training_panel.trainer is not None and not w.worker.busy(), timeout=60000)
    assert w.training_panel.run_buttons[1].isVisible()


ARTICLES = __import__("pathlib").Path(__file__).parent.parent / "articles"


def _load(qtbot, w, name):
    text = (ARTICLES / name).read_text(encoding="utf-8")
    with qtbot.waitSignal(w.ready, timeout=120000):
        w.load_text(text, {})
    qtbot.waitUntil(lambda: not w.worker.busy(), timeout=120000)
    assert not w.error_label.text()


def test_catalan_article_in_the_window(qtbot, make_window):
    w = make_window()
    _load(qtbot, w, "ca_xarxa_dues_capes.py")
    panel = w.program_panel
    lines = panel.output.toPlainText().splitlines()
    assert lines[0].endswith("│ Epoch 0, Loss: 0.2566") and lines[9].endswith("│ Epoch 9000, Loss: 0.1946")
    assert lines[-1].endswith("│ [[0.25584718 0.64147818 0.57403497 0.59318451]]")
    assert "4 ×0.5, 2 ×2" in panel.check_title.text()
    tags = {t.lines[0].split(":")[0]: t.lines[0] for t in panel.labels}
    assert set(tags) == {"dZ2", "dW2", "db2", "dZ1", "dW1", "db1"}
    assert tags["dW1"].endswith("· ×½") and tags["dZ2"].endswith("· ×2")
    tp = w.training_panel
    assert w.docks["training"].isVisible() and len(tp.curve.xData) == 10000
    assert tp.curve.yData[0] == pytest.approx(0.25663004198311146, rel=1e-12)


def test_korean_articles_in_the_window(qtbot, make_window):
    w = make_window()
    _load(qtbot, w, "ko_chain_rule_by_hand_vs_autograd.py")
    assert w.program_panel.output.toPlainText().splitlines() == ["  15 │ manual: 52.1711", "  16 │ autograd: 52.1711"]
    assert not w.program_panel.labels and not w.program_panel.notes.isVisible()
    _load(qtbot, w, "ko_vanishing_gradient_diagnostic.py")
    panel = w.program_panel
    first, last = (float(ln.split(":")[-1]) for ln in panel.output.toPlainText().splitlines())
    assert last > 0.1 and first < last * 1e-3
    assert panel.notes.isVisible() and "not PyTorch's" in panel.notes.text()
    titles = [item.title for item in w.scene.groups]
    assert sum("layers." in t for t in titles) >= 50, titles[:5]
    assert any("head" in t for t in titles)
    _load(qtbot, w, "ko_exercise_sigmoid_vs_relu.py")
    lines = w.program_panel.output.toPlainText().splitlines()
    assert [ln.split("│ ")[1].split(":")[0] for ln in lines] == ["sigmoid", "relu"]
