"""Click a node: its op, formula, full-precision value and gradient, local derivatives, and its statement."""
from __future__ import annotations

import html

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QTextBrowser

# numpy, the engine and the timeline are imported where used: the window paints before they load.


def _short(text: str, limit: int = 80) -> str:
    return text if len(text) <= limit else text[:limit - 1] + "…"


def _full(v) -> str:
    if v is None:
        return "—"
    import numpy as np
    a = np.asarray(v)
    if a.ndim == 0:
        return repr(float(a))
    return "<pre>" + html.escape(np.array2string(a, precision=17, max_line_width=60)) + "</pre>"


class Inspector(QTextBrowser):
    whyRequested = Signal(int)  # the gradient was clicked: explain it path by path

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setOpenLinks(False)
        self.node_id = None
        self.hidden: set = set()  # node ids whose gradient practice has not revealed yet
        self.anchorClicked.connect(
            lambda url: self.whyRequested.emit(int(url.path())) if url.scheme() == "why" else None)
        self.setPlaceholderText(self.tr("Click a node to inspect it."))

    def show_node(self, tl, node_id):
        self.node_id = node_id
        if tl is None or node_id not in tl.nodes:
            self.clear()
            return
        from ..engine import OPS
        from ..timeline.narration import grad_name
        info = tl.nodes[node_id]
        loss = _short(tl.nodes[tl.output].label)
        tr = self.tr
        rows = [f"<h3>{html.escape(_short(info.label))}</h3>",
                f"<p><i>{html.escape(self._role(info.role))}</i></p>"]
        if info.op:
            rows.append(f"<p><b>{tr('Operation')}:</b> {html.escape(info.op)} &nbsp; "
                        f"<code>{html.escape(info.label)} = {html.escape(info.formula)}</code></p>")
        rows.append(f"<p><b>{tr('Value')}:</b> <span style='color:#1f5fbf'>{_full(info.value)}</span></p>")
        if node_id in self.hidden:
            grad = "?"
        elif info.grad is not None and info.role != "constant":
            grad = f"<a href='why:{node_id}' style='color:#d2531a'>{_full(info.grad)}</a> " \
                   f"<a href='why:{node_id}'>{tr('why?')}</a>"
        else:
            grad = _full(info.grad)
        rows.append(f"<p><b>{html.escape(grad_name(loss, info.label))}:</b> "
                    f"<span style='color:#d2531a'>{grad}</span></p>")
        if info.op:
            derivs = OPS[info.op].derivs([tl.nodes[i].label for i in info.inputs], info.attrs)
            items = []
            for slot, src in enumerate(info.inputs):
                e = tl.edges.get((node_id, slot))
                local = "" if e is None or e.local is None else f" = {float(e.local):.6g}"
                items.append(f"<li>∂{html.escape(info.label)}/∂{html.escape(tl.nodes[src].label)} = "
                             f"{html.escape(derivs[slot])}{local}</li>")
            rows.append(f"<p><b>{tr('Local derivatives')}:</b></p><ul>{''.join(items)}</ul>")
        if info.statement:
            where = tr("Line {line}").format(line=info.line) if info.line else tr("Preset")
            rows.append(f"<p><b>{where}:</b> <code>{html.escape(info.statement)}</code></p>")
        self.setHtml("".join(rows))

    def _role(self, role: str) -> str:
        return {"input": self.tr("input"), "parameter": self.tr("parameter"), "constant": self.tr("constant"),
                "intermediate": self.tr("intermediate"), "output": self.tr("output (the loss)")}.get(role, role)
