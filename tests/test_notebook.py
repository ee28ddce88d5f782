"""visualgrad.draw(L) / visualgrad.show(L) on a graph built with the Python API."""
import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["VISUALGRAD_NO_DIALOGS"] = "1"

import xml.etree.ElementTree as ET  # noqa: E402

import numpy as np  # noqa: E402
import pytest  # noqa: E402
from PIL import Image  # noqa: E402
from PySide6.QtCore import QSettings, QStandardPaths  # noqa: E402

import visualgrad as vg  # noqa: E402

QStandardPaths.setTestModeEnabled(True)
SVG = "{http://www.w3.org/2000/svg}"


def seed():
    x = vg.tensor(3.0, name="x")
    return x, 2 * (x**2 + vg.exp(x))


def svg_texts(svg: str) -> list[str]:
    return ["".join(e.itertext()).strip() for e in ET.fromstring(svg.encode("utf-8")).iter(SVG + "text")]


def test_draw_shows_in_jupyter_as_svg_with_the_gradients():
    x, L = seed()
    d = vg.draw(L)
    assert d.steps == 11 and d.index == 10  # "end": every gradient known
    texts = svg_texts(d._repr_svg_())
    assert "x" in texts and "58.17" in texts
    assert any("52.17" in t for t in texts)  # ∂L/∂x = 2·(2x + eˣ) at x = 3


def test_step_gives_another_drawing_of_the_same_graph():
    _, L = seed()
    d = vg.draw(L)
    loss = d.step("loss")
    assert loss.index == 5 and loss.narration.startswith("The loss")
    assert not any(t.startswith("∇") for t in svg_texts(loss._repr_svg_()))  # no gradients yet
    assert d.step(1).index == 0 and d.step(-1).index == 10 and d.step(11).number == 11
    from visualgrad.qt.export.options import ExportError
    with pytest.raises(ExportError, match="out of range"):
        d.step(12)
    with pytest.raises(ExportError, match="out of range"):
        d.step(0)


def test_save_in_every_format(tmp_path):
    from pptx import Presentation
    _, L = seed()
    d = vg.draw(L, theme="slide", caption=True, title=True)
    for fmt in ("svg", "pdf", "png"):
        assert d.save(tmp_path / f"d.{fmt}") == [tmp_path / f"d.{fmt}"]
    assert Image.open(tmp_path / "d.png").size[0] > 400
    d.save(tmp_path / "d.gif")
    assert Image.open(tmp_path / "d.gif").n_frames == d.steps  # a GIF is the whole story
    d.save(tmp_path / "d.pptx", steps="backward")
    assert len(Presentation(str(tmp_path / "d.pptx")).slides) == 5


def test_drawing_is_a_snapshot():
    x, L = seed()
    d = vg.draw(L)
    x.data = np.array(100.0)
    assert "58.17" in svg_texts(d._repr_svg_())


def test_draw_refuses_what_is_not_a_tensor():
    with pytest.raises(TypeError, match="Tensor"):
        vg.draw(3.0)


def test_show_opens_the_app_on_the_graph(qtbot, tmp_path):
    from visualgrad.qt.notebook import graph_window
    x, L = seed()
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.IniFormat)
    settings.setValue("session/text", "y = 1")
    w = graph_window(L, step="loss", settings=settings)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitUntil(lambda: w.scene.tl is not None and not w.worker.busy(), timeout=20000)
    qtbot.waitUntil(lambda: w.session.step == 5, timeout=5000)
    assert sorted(i.title for i in w.scene.nodes.values()) == sorted(
        ["x", "2", "x²", "exp(x)", "x² + exp(x)", "2·(x² + exp(x))"])
    assert w.editor.isReadOnly()
    # Editing x in the window recomputes the graph, without touching the caller's tensors.
    with qtbot.waitSignal(w.ready, timeout=20000):
        w.set_value("x", 1.0)
    out = w.scene.tl.nodes[w.scene.tl.output]
    assert float(out.value) == pytest.approx(2 * (1 + np.e))
    assert float(x.data) == 3.0 and float(L.data) == pytest.approx(2 * (9 + np.exp(3)))
    w.close()
    assert settings.value("session/text") == "y = 1"  # the user's own program is kept
    w.worker.wait(5000)
