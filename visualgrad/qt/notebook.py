"""Notebooks and scripts: `visualgrad.draw(L)` and `visualgrad.show(L)` on a graph built with the Python API.

    import visualgrad as vg
    x = vg.tensor(3.0, name="x")
    L = 2 * (x**2 + vg.exp(x))
    vg.draw(L)                      # Jupyter shows it (SVG)
    vg.draw(L).save("steps.pdf")    # every step, one page each (a GIF animates every step)
    vg.draw(L, step="loss").save("loss.pdf")    # a chosen step: that step only
    d = vg.draw(L); d.steps; d.step(9).save("step9.png")    # steps are numbered 1..d.steps
    vg.show(L)                      # the app, on this graph

What micrograd's draw_dot and torchviz's make_dot give, with our look and the
step semantics: the drawing is a snapshot of the graph's numbers when it is made.
"""
from __future__ import annotations

import os
from pathlib import Path

import numpy as np

from ..engine import Tensor
from ..timeline import Timeline, make_timeline
from .canvas.scene import SceneOptions
from .export.options import FORMATS, ExportOptions, default_heading, format_of, select_steps
from .export.render import Renderer
from .export.writers import render_scene

MULTI_PAGE = ("pdf", "gif", "pptx")  # formats that hold a whole story in one file


def _ensure_app(need_display: bool = False):
    """The QApplication; drawing works without a display (offscreen), a window does not."""
    from PySide6.QtGui import QGuiApplication
    if QGuiApplication.instance() is None:
        from ..sources import has_display
        if not has_display():
            if need_display:
                raise RuntimeError("visualgrad.show() needs a display; use visualgrad.draw(...) to get a picture")
            os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from .application import application
    return application()


def timeline_of(output) -> Timeline:
    if isinstance(output, Timeline):
        return output
    if isinstance(output, Tensor):
        return make_timeline(output)
    raise TypeError(f"draw() takes a visualgrad Tensor (the result of a computation), not {type(output).__name__}")


class Drawing:
    """A picture of one step of a graph: Jupyter shows it, `.save(path)` writes SVG/PDF/PNG/GIF/PPTX.

    step: a step number as the window counts (1 = the inputs, up to .steps; negative counts from
    the end), or "end", "loss", "forward-end", "seed", "start". theme: light, dark, slide or colorblind.
    Without a step the drawing shows the last one, and .save() to a PDF, GIF or PPTX writes every step.
    """

    def __init__(self, output, step=None, theme: str = "light", caption: bool = False, title: bool = False,
                 scale: float = 2.0, page: str = "fit", digits: int = 4, fold_ops: bool = False,
                 direction: str = "TB", *, _renderer: Renderer | None = None):
        _ensure_app()
        if _renderer is None:
            tl = timeline_of(output)
            options = ExportOptions(scale=scale, caption=caption, title=title, page=page)
            _renderer = Renderer(tl, None, theme, SceneOptions(fold_ops=fold_ops, direction=direction,
                                                              digits=digits), options)
        self._r = _renderer  # one scene, shared with the Drawings that .step(k) makes
        self.chosen = step is not None  # an explicit step: .save() writes that one, never all
        self.index = select_steps(self._r.tl, "end" if step is None else step)[0]  # 0-based, as Step.index

    @property
    def timeline(self) -> Timeline:
        return self._r.tl

    @property
    def steps(self) -> int:
        """How many steps the graph's story has (forward, loss, backward …)."""
        return len(self._r.tl.steps)

    @property
    def number(self) -> int:
        """This step's number as the window shows it (1..steps)."""
        return self.index + 1

    @property
    def narration(self) -> str:
        return self._r.tl.steps[self.index].text

    def step(self, k) -> "Drawing":
        """The same graph at another step (a number 1..steps, or a name such as "loss")."""
        return Drawing(None, k, _renderer=self._r)

    def _repr_svg_(self) -> str:
        return self._r.svg_bytes(self.index).decode("utf-8")

    def to_image(self):
        """This step as a QImage."""
        return self._r.image(self.index)

    def save(self, path, steps=None) -> list[Path]:
        """Write the drawing to `path` (the suffix picks the format); returns the files written.

        steps: None for the natural choice — every step, one page (or frame, or slide) each, for a
        PDF, GIF or PPTX of a drawing made without a step; this step otherwise (always for SVG and
        PNG) — or anything `visualgrad export --step` takes: "all", "forward", "backward", "3..7",
        a list of step numbers. Several steps to SVG or PNG write numbered files (name-001.png, …).
        """
        fmt = format_of(path)
        if steps is None:
            steps = "all" if fmt in MULTI_PAGE and not self.chosen else [self.number]
        r = self._r
        return render_scene(r.tl, r.layout, steps, r.theme, r.scene_options, path, r.options, renderer=r)

    def __repr__(self) -> str:
        return f"<visualgrad.Drawing of {default_heading(self._r.tl)!r}, step {self.number} of {self.steps}>"


# ---- the app on a Python graph -------------------------------------------------------------
def clone_graph(output: Tensor) -> Tensor:
    """A copy of the graph, so editing an input in the window never changes the caller's tensors.

    New nodes are made in the original's topological order, so their ids keep that order.
    """
    from ..engine import ancestors
    copies: dict[int, Tensor] = {}
    for n in ancestors(output):
        c = Tensor(n.data.copy(), name=n.name, role=n.role, op=n.op,
                   inputs=tuple(copies[i.id] for i in n.inputs), attrs=n.attrs, source=n.source)
        copies[n.id] = c
    return copies[output.id]


def show_graph(output, step="end", theme: str | None = None, block: bool | None = None):
    """Open the app on this graph. Blocks until the window closes, except inside IPython/Jupyter
    (use `%gui qt` there) or with block=False. Returns the window."""
    app = _ensure_app(need_display=True)
    window = graph_window(output, step=step, theme=theme)
    window.show()
    if block is None:
        block = not _in_ipython()
    if block:
        app.exec()  # Qt's exec, not Python's (the Qt event loop)
    return window


def graph_window(output, step="end", theme: str | None = None, settings=None, dialogs: bool | None = None):
    """A main window whose program is this graph (not text); inputs stay editable. dialogs: as MainWindow's."""
    from PySide6.QtCore import QCoreApplication

    from ..session import Session
    from .window.main_window import MainWindow

    root = clone_graph(output if isinstance(output, Tensor) else _tensor_of(output))

    class GraphSession(Session):
        """The window's session with a Python graph as its program: an input edit recomputes the graph."""

        def _make(self):
            return make_timeline(root)

        def set_value(self, name, value):
            from ..engine import ancestors
            from ..engine.graph import recompute
            order = ancestors(root)
            leaf = next((n for n in order if n.op is None and n.name == name), None)
            if leaf is not None:
                leaf.data = np.array(value, dtype=np.float64).reshape(leaf.data.shape)
                recompute(order)
            return None  # no text to rewrite

    class GraphWindow(MainWindow):
        def closeEvent(self, event):
            # The base window keeps the editor's text as the next start's program; ours is only a
            # description of a Python graph, so the user's own last program is put back.
            saved = self.settings.value("session/text", None)
            super().closeEvent(event)
            if saved is None:
                self.settings.remove("session/text")
            else:
                self.settings.setValue("session/text", saved)

    window = GraphWindow(settings, theme=theme, dialogs=dialogs)
    tl = make_timeline(root)
    heading = default_heading(tl)
    window.session = GraphSession(text="", values={})
    window.editor.blockSignals(True)
    window.editor.setPlainText(QCoreApplication.translate(
        "Notebook", "# {heading}\n# a graph built in Python: edit its inputs in the Inputs panel").format(heading=heading))
    window.editor.blockSignals(False)
    window.editor.setReadOnly(True)
    window.pending_step = select_steps(tl, step)[0]
    window.session.step = window.pending_step
    window.rebuild()
    return window


def _tensor_of(output):
    raise TypeError(f"show() takes a visualgrad Tensor (the result of a computation), not {type(output).__name__}")


def _in_ipython() -> bool:
    try:
        from IPython import get_ipython  # noqa: PLC0415 - only present in notebooks
    except ImportError:
        return False
    return get_ipython() is not None


__all__ = ["Drawing", "FORMATS", "clone_graph", "graph_window", "show_graph", "timeline_of"]
