"""A timeline as text (a traceback read from the loss back) and as the stable JSON contract."""
from __future__ import annotations

from .fmt import format_value, to_json
from .i18n import tr
from .timeline import Timeline
from .timeline.narration import grad_name


def program_output(tl: Timeline) -> list[str]:
    """What a program wrote with print(), line by line as Python would, then the run's notes; before the
    trace, as a terminal shows a program's output before anything about it."""
    lines = []
    for _line, text in getattr(tl, "printed", None) or []:
        lines.extend(str(text).split("\n"))
    notes = [tr("trace", "Note: {text}").format(text=n) for n in getattr(tl, "notes", None) or []]
    if lines and notes:
        lines.append("")
    lines.extend(notes)
    return lines + [""] if lines else []


def trace_text(tl: Timeline, digits: int = 6) -> str:
    nodes, out = tl.nodes, tl.output
    loss = nodes[out].label
    lines = program_output(tl) + [tr("trace", "Forward pass")]
    for s in tl.steps:
        if s.phase == "inputs":
            lines.append("  " + s.text)
        elif s.phase == "forward":
            lines.append(f"  {_where(nodes[s.node])}  {s.text}")
    lines.append("")
    lines.append(tr("trace", "Loss: {name} = {value}").format(name=loss, value=format_value(nodes[out].value, digits)))
    lines.append("")
    lines.append(tr("trace", "Backward pass (most recent frame first: from the loss back to the inputs)"))
    for s in tl.steps:
        if s.phase != "backward":
            continue
        info = nodes[s.node]
        stmt = info.statement or info.formula
        lines.append(tr("trace", "  {where}, in {name} = {formula}").format(
            where=_where(info), name=info.label, formula=info.formula) if info.label != info.formula else
            tr("trace", "  {where}, in {name}").format(where=_where(info), name=info.label))
        if stmt:
            lines.append(f"      {_short(stmt)}")
        lines.append("    " + tr("trace", "received {d} = {g}").format(
            d=grad_name(loss, info.label), g=format_value(info.grad, digits)))
        for slot, src in enumerate(info.inputs):
            e = tl.edges.get((s.node, slot))
            if e is None:  # a constant, or data: PyTorch passes it no gradient
                continue
            lines.append("    " + tr("trace", "passed to {src}: {label}").format(src=nodes[src].label, label=e.label))
    for s in tl.steps:
        if s.phase == "update":
            lines.append("  " + s.text)
    lines.append("")
    lines.append(tr("trace", "Gradients"))
    for info in nodes.values():
        if info.op is None and info.role != "constant":
            lines.append(f"  {grad_name(loss, info.label)} = {format_value(info.grad, digits)}")
    return "\n".join(lines)


STATEMENT_SHOWN = 120  # characters of a frame's statement; a long line is shown once per frame


def _short(text: str) -> str:
    return text if len(text) <= STATEMENT_SHOWN else text[:STATEMENT_SHOWN - 1] + "…"


def _where(info) -> str:
    return tr("trace", "line {line}").format(line=info.line) if info.line else tr("trace", "preset")


def trace_json(tl: Timeline) -> dict:
    """The contract: ids are positions in topological order, numbers are JSON-safe."""
    index = {nid: k for k, nid in enumerate(tl.nodes)}
    nodes = []
    for nid, info in tl.nodes.items():
        nodes.append({"id": index[nid], "name": info.label, "op": info.op, "role": info.role,
                      "inputs": [index[i] for i in info.inputs], "value": to_json(info.value),
                      "grad": None if info.grad is None else to_json(info.grad), "line": info.line})
    steps = [{"index": s.index, "phase": s.phase, "node": None if s.node is None else index[s.node], "text": s.text}
             for s in tl.steps]
    doc = {"output": index[tl.output], "nodes": nodes, "steps": steps}
    # Only programs that print or carry a note add these keys: a plain expression's contract is unchanged.
    printed = getattr(tl, "printed", None)
    if printed:
        doc["printed"] = [{"line": line, "text": str(text)} for line, text in printed]
    notes = getattr(tl, "notes", None)
    if notes:
        doc["notes"] = [str(n) for n in notes]
    return doc
