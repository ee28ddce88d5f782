"""GraphSpec -> DOT text.

Keys may hold any character, so every id is quoted and escaped. Graphviz reads a
quoted string almost literally: only `\\"` becomes `"`, a backslash before a
newline joins lines, and every other backslash pair is kept as it is. Doubling
each backslash and spelling control characters as backslash escapes therefore
gives each key its own DOT name (the escaping is one-to-one), so two different
keys can never merge into one Graphviz node.

We never rely on those names to read the answer back, though: each node and
edge also gets an ASCII `id` ("n7", "e12") that the JSON echoes.
"""
from __future__ import annotations

import math
import re

from .model import GraphSpec

_NEEDS_ESCAPE = re.compile(r'[\\"\x00-\x1f\x7f\ud800-\udfff]')
_SIMPLE = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t"}


def _escape_char(c: str) -> str:
    if c in _SIMPLE:
        return _SIMPLE[c]
    o = ord(c)
    if o < 0x20 or o == 0x7F:  # NUL would end Graphviz's C string; others are invisible
        return f"\\x{o:02x}"
    if 0xD800 <= o <= 0xDFFF:  # a lone surrogate cannot be written as UTF-8
        return f"\\u{o:04x}"
    return c


def quote(text: str) -> str:
    """A DOT quoted string naming `text`, one-to-one."""
    return '"' + _NEEDS_ESCAPE.sub(lambda m: _escape_char(m.group()), text) + '"'


def _inches(points: float) -> str:
    return f"{points / 72.0:.10g}"


def _label(size) -> str:
    """An empty label of exactly `size` points: dot keeps room for it beside the edge and says where (lp)."""
    if not size:
        return ""
    w, h = (max(1, math.ceil(v)) for v in size)
    return (', label=<<TABLE BORDER="0" CELLPADDING="0" CELLSPACING="0"><TR>'
            f'<TD FIXEDSIZE="TRUE" WIDTH="{w}" HEIGHT="{h}"></TD></TR></TABLE>>')


def to_dot(spec: GraphSpec, ordering: bool = True) -> str:
    """The DOT text for `spec`: fixed-size nodes (inches), Bezier splines, ids for read-back.

    `ordering=in` asks dot to keep each node's inputs left to right in the order
    the edges are written (the program's order); `ordering=False` leaves it out,
    for the retry when a dot version trips over it.
    """
    lines = [
        "digraph G {",
        '  graph [charset="UTF-8", rankdir=%s, splines=true, nodesep=%s, ranksep=%s%s];'
        % (spec.direction, _inches(spec.nodesep), _inches(spec.ranksep), ", ordering=in" if ordering else ""),
        # The scene draws the labels; Graphviz only places fixed-size boxes.
        '  node [fixedsize=true, label="", margin=0];',
        "  edge [arrowhead=normal];",
    ]
    add = lines.append
    for i, n in enumerate(spec.nodes):
        add(f'  {quote(n.key)} [id="n{i}", shape={n.shape}, width={_inches(n.width)}, height={_inches(n.height)}];')
    for i, e in enumerate(spec.edges):
        add(f'  {quote(e.tail)} -> {quote(e.head)} [id="e{i}"{_label(e.label)}];')
    add("}")
    return "\n".join(lines) + "\n"
