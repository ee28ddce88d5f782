"""Why this number: click a gradient (on a node, or in the inspector) to see it as a sum over paths.

The panel lists every path from the node to the loss, each the product of its local derivatives
with their numbers, and the sum. Selecting a path lights its edges in the diagram, each labelled
with its factor; Play lights the paths one after another. A tensor is explained one element at a
time: the largest first, any other on request.
"""
from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QListWidget, QPushButton, QVBoxLayout, QWidget

from ..i18n.retranslate import Retranslating


def _t(text: str) -> str:
    return QCoreApplication.translate("Why", text)


ELEMENTS_LISTED = 256  # a tensor's elements offered in the chooser
PLAY_MS = 1400


class WhyPanel(Retranslating, QWidget):
    def __init__(self, window):
        super().__init__()
        self.w = window
        self.node_id = None
        self.result = None  # the paths.Why shown
        lay = QVBoxLayout(self)
        self.header = QLabel()
        self.header.setWordWrap(True)
        self.header.setObjectName("why-header")
        self.header.setTextFormat(Qt.RichText)
        lay.addWidget(self.header)
        row = QHBoxLayout()
        self.element_label = QLabel()
        self.element = QComboBox()
        self.element.setObjectName("why-element")
        self.element.activated.connect(self._element_chosen)
        row.addWidget(self.element_label)
        row.addWidget(self.element, 1)
        lay.addLayout(row)
        self.paths = QListWidget()
        self.paths.setObjectName("why-paths")
        self.paths.setWordWrap(True)
        self.paths.currentRowChanged.connect(self.highlight)
        lay.addWidget(self.paths, 1)
        buttons = QHBoxLayout()
        self.play = QPushButton()
        self.play.setObjectName("why-play")
        self.play.clicked.connect(self.toggle_play)
        buttons.addWidget(self.play)
        lay.addLayout(buttons)
        self.timer = QTimer(self)
        self.timer.setInterval(PLAY_MS)
        self.timer.timeout.connect(self._tick)
        self.lit: list = []  # the edges a path lights now (restored when the step changes)
        window.stepChanged.connect(self._step_changed)
        self.retranslate()

    def retranslate(self):
        self.element_label.setText(_t("Element:"))
        self.play.setText(_t("Light each path in turn"))
        if self.result is not None and self.node_id is not None:
            # The paths' names and the sum are worded by the timeline's layer, in the language now in use
            row = self.paths.currentRow()
            self.explain(self.node_id, self.result.index)
            if 0 <= row < self.paths.count():
                self.paths.setCurrentRow(row)

    # ---- what is explained ----------------------------------------------------------
    def explain(self, node_id: int, index: tuple | None = None):
        from ...timeline.paths import why
        tl = self.w.timeline
        if tl is None or node_id not in tl.nodes or node_id in getattr(self.w.inspector, "hidden", ()):
            return  # practice has not revealed this gradient yet
        info = tl.nodes[node_id]
        if info.grad is None or info.role == "constant":
            return
        self.timer.stop()
        self.node_id = node_id
        self.result = why(tl, node_id, index)
        self._fill_elements(info.grad)
        self._fill()
        self.paths.setCurrentRow(0)

    def _fill_elements(self, grad):
        import numpy as np
        g = np.asarray(grad)
        self.element.clear()
        tensor = g.ndim > 0
        self.element.setVisible(tensor)
        self.element_label.setVisible(tensor)
        if not tensor:
            return
        from ...fmt import format_number
        from ...timeline.practice import index_text
        shown = list(np.ndindex(g.shape))[:ELEMENTS_LISTED]
        if self.result.index not in shown:
            shown.append(self.result.index)
        for ix in shown:
            self.element.addItem(f"{index_text(ix)}  ∇ {format_number(g[ix], 4)}", ix)
        self.element.setCurrentIndex(shown.index(self.result.index))

    def _element_chosen(self, row: int):
        ix = self.element.itemData(row)
        if ix is not None and self.node_id is not None:
            self.explain(self.node_id, tuple(ix))

    def _fill(self):
        from ...timeline.paths import path_text, summary
        tl, r = self.w.timeline, self.result
        self.header.setText("<b>" + html.escape(_t("Why {name}?").format(name=r.name)) + "</b><br>"
                            + html.escape(_t("The sum, over every path from here to the loss, of the product "
                                             "of the local derivatives along it:")) + "<br><b>"
                            + html.escape(summary(tl, r)) + "</b>")
        self.paths.clear()
        for k, p in enumerate(r.paths, 1):
            self.paths.addItem(f"{k}. {path_text(tl, r, p)}")

    # ---- lighting a path ---------------------------------------------------------------
    def _step_changed(self, _k: int):
        self.timer.stop()
        if self.lit:
            self._unlight()

    def _unlight(self):
        """The lit edges back to how the step shows them (and practice's "?" where it hides a number)."""
        scene, self.lit = self.w.scene, []
        if scene.tl is self.w.timeline:
            scene.show_step(scene.step)
            practice = getattr(self.w, "practice", None)
            if practice is not None:
                practice.refresh()

    def highlight(self, row: int):
        scene = self.w.scene
        if self.result is None or scene.tl is not self.w.timeline:
            return
        self._unlight()  # the last path's light off first
        if row < 0 or row >= len(self.result.paths):
            return
        from dataclasses import replace

        from ...fmt import format_number
        from ...timeline.view import EdgeView, edge_view
        p = self.result.paths[row]
        for key, factor in zip(reversed(p.edges), p.factors):
            edge = scene.edges.get(key)
            if edge is not None:
                number = format_number(factor.value, 4) if factor.value is not None else factor.formula
                ev = edge_view(scene.tl, scene.step, key, scene.options.digits)
                edge.set_view(EdgeView("backward", True, f"{factor.name} = {number}", max(ev.magnitude, 1.0)))
            result = scene.results.get(key[0])
            if result is not None:
                result.set_view(replace(result.view, mode="backward", active=True))
            self.lit.append(key)

    def toggle_play(self):
        if self.timer.isActive():
            self.timer.stop()
        elif self.result is not None and self.result.paths:
            self.paths.setCurrentRow(0)
            self.timer.start()

    def _tick(self):
        n = self.paths.count()
        if n == 0:
            self.timer.stop()
            return
        self.paths.setCurrentRow((self.paths.currentRow() + 1) % n)


def install(window) -> None:
    panel = WhyPanel(window)
    window.why_panel = panel
    dock = window.add_panel("why", _t("Why this number"), panel)
    window.languageChanged.connect(lambda: dock.setWindowTitle(_t("Why this number")))

    def show(node_id: int):
        panel.explain(node_id)
        if panel.node_id == node_id:
            dock.show()
            dock.raise_()
    window.scene.gradientClicked.connect(show)
    window.inspector.whyRequested.connect(show)
