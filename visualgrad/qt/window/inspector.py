"""Click a node: its op, formula, full-precision value and gradient, local derivatives, and its statement.

It shows the node as it stands at the window's step: no value before the forward pass computes it,
no gradient before the backward pass does (a class watching the forward pass must not see the answer).
"""
from __future__ import annotations

import html

from PySide6.QtCore import Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QTextBrowser

from ..i18n.retranslate import Retranslating

# numpy, the engine and the timeline are imported where used: the window paints before they load.


def _short(text: str, limit: int = 80) -> str:
    return text if len(text) <= limit else text[:limit - 1] + "…"


def _full(v) -> str:
    import numpy as np
    a = np.asarray(v)
    if a.ndim == 0:
        return repr(float(a))
    return "<pre>" + html.escape(np.array2string(a, precision=17, max_line_width=60)) + "</pre>"


class Inspector(Retranslating, QTextBrowser):
    whyRequested = Signal(int)  # the gradient was clicked: explain it path by path

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setOpenLinks(False)
        self.node_id = None
        self.hidden: set = set()  # node ids whose gradient practice has not revealed yet
        self.anchorClicked.connect(
            lambda url: self.whyRequested.emit(int(url.path())) if url.scheme() == "why" else None)
        self.shown = None  # (timeline, node id, step) on show, to show again in a new language
        self.retranslate()

    def retranslate(self):
        self.setPlaceholderText(self.tr("Click a node to inspect it."))
        if self.shown is not None:
            self.show_node(*self.shown)

    def _colours(self) -> tuple[str, str, str]:
        """Value, gradient and muted colours that read on this palette (light or dark)."""
        from ..canvas.theme import THEMES
        dark = QApplication.palette().color(QPalette.Base).lightness() < 128  # the app palette: set at once
        th = THEMES["dark" if dark else "light"]
        return th.value, th.grad, th.muted

    def show_node(self, tl, node_id, step: int | None = None):
        """The node at `step` (the last step when None: everything computed)."""
        self.node_id = node_id
        if tl is None or node_id not in tl.nodes:
            self.shown = None
            self.clear()
            return
        self.shown = (tl, node_id, step)
        from ...engine import OPS
        from ...timeline.narration import grad_name, local_name
        k = len(tl.steps) - 1 if step is None else max(0, min(int(step), len(tl.steps) - 1))
        value, grad, _ = tl.node_at(k, node_id)
        info = tl.nodes[node_id]
        loss = _short(tl.nodes[tl.output].label)
        value_c, grad_c, muted = self._colours()
        tr = self.tr
        rows = [f"<h3>{html.escape(_short(info.label))}</h3>",
                f"<p><i>{html.escape(self._role(info.role))}</i></p>"]
        if info.op:
            rows.append(f"<p><b>{tr('Operation')}:</b> {html.escape(info.op)} &nbsp; "
                        f"<code>{html.escape(info.label)} = {html.escape(info.formula)}</code></p>")
        value_text = _full(value) if value is not None else \
            f"<i style='color:{muted}'>{html.escape(tr('not computed yet (forward pass)'))}</i>"
        rows.append(f"<p><b>{tr('Value')}:</b> <span style='color:{value_c}'>{value_text}</span></p>")
        if node_id in self.hidden:
            grad_text = "?"
        elif grad is not None:
            grad_text = f"<a href='why:{node_id}' style='color:{grad_c}'>{_full(grad)}</a> " \
                        f"<a href='why:{node_id}'>{html.escape(tr('why?'))}</a>"
        elif info.role == "constant" or info.id not in tl.accum:
            grad_text = f"<i style='color:{muted}'>{html.escape(tr('none: no gradient flows here'))}</i>"
        else:
            grad_text = f"<i style='color:{muted}'>{html.escape(tr('not computed yet: the backward pass has not reached it'))}</i>"
        rows.append(f"<p><b>{html.escape(grad_name(loss, info.label))}:</b> "
                    f"<span style='color:{grad_c}'>{grad_text}</span></p>")
        if info.op:
            derivs = OPS[info.op].derivs([tl.nodes[i].label for i in info.inputs], info.attrs)
            passed = tl.bwd_at.get(node_id, 1 << 60) <= k  # local derivatives are evaluated in the backward pass
            items = []
            for slot, src in enumerate(info.inputs):
                e = tl.edges.get((node_id, slot))
                local = ""
                if passed and e is not None and e.local is not None:
                    from ...fmt import format_number
                    num = format_number(float(e.local), 6)
                    local = "" if num == derivs[slot] else f" = {num}"
                items.append(f"<li>{html.escape(local_name(info.formula, tl.nodes[src].label))} = "
                             f"{html.escape(derivs[slot])}{html.escape(local)}</li>")
            rows.append(f"<p><b>{tr('Local derivatives')}:</b></p><ul>{''.join(items)}</ul>")
        if info.statement:
            where = tr("Line {line}").format(line=info.line) if info.line else tr("Preset")
            rows.append(f"<p><b>{where}:</b> <code>{html.escape(info.statement)}</code></p>")
        self.setHtml("".join(rows))

    def _role(self, role: str) -> str:
        return {"input": self.tr("input"), "parameter": self.tr("parameter"), "constant": self.tr("constant"),
                "intermediate": self.tr("intermediate"), "output": self.tr("output (the loss)")}.get(role, role)
