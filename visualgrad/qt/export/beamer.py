"""LaTeX Beamer: one frame whose overlays step through the pass, as a TikZ picture at the layout's coordinates.

`-o steps.tex` writes a presentation holding that frame (copy the frame and the colour definitions into
a deck of your own), and `steps-standalone.tex`: the picture alone, on a page its own size, one page
per step. Both compile with pdflatex from Debian's texlive-latex-base, -latex-recommended and -pictures.

Every item is drawn in each distinct state it takes, under `\\only<a-b>` for the steps it holds that
state, so a 20-step pass costs a few states per item, not 20 copies of the picture. Coordinates are the
scene's (y down), with x=0.75pt: a scene unit is 1/96 in, as on screen.
"""
from __future__ import annotations

import math
from pathlib import Path

from PySide6.QtCore import QRectF

from ..canvas.items import PAD, EdgeItem, NodeItem, OpItem

UNIT_PT = 0.75  # a scene unit in pt
FRAME_W, FRAME_H = 398.0, 170.0  # pt the picture may take on a 16:9 Beamer frame (160 × 90 mm, 1 cm margins)

# What pdflatex cannot take as it is: TeX's specials, and the symbols the app writes.
_SPECIAL = {"\\": r"\textbackslash{}", "{": r"\{", "}": r"\}", "$": r"\$", "&": r"\&", "#": r"\#",
            "^": r"\^{}", "_": r"\_", "%": r"\%", "~": r"\~{}", "<": r"\textless{}", ">": r"\textgreater{}"}
_MATH = {"∇": r"\nabla", "×": r"\times", "−": "-", "·": r"\cdot", "‖": r"\|", "∂": r"\partial", "→": r"\to",
         "▸": r"\triangleright", "≈": r"\approx", "∞": r"\infty", "≤": r"\leq", "≥": r"\geq", "√": r"\surd",
         "∑": r"\sum", "Σ": r"\Sigma", "±": r"\pm", "⋅": r"\cdot", "∘": r"\circ", "ℓ": r"\ell"}
_GREEK = "αβγδεζηθικλμνξπρστυφχψωΓΔΘΛΞΠΦΨΩ"
_GREEK_NAMES = ("alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi pi rho sigma tau upsilon "
                "phi chi psi omega Gamma Delta Theta Lambda Xi Pi Phi Psi Omega").split()
_MATH.update({g: "\\" + name for g, name in zip(_GREEK, _GREEK_NAMES)})
_SUP = {"⁰": "0", "¹": "1", "²": "2", "³": "3", "⁴": "4", "⁵": "5", "⁶": "6", "⁷": "7", "⁸": "8", "⁹": "9",
        "⁻": "-", "ᵀ": "T"}
_SUB = {"₀": "0", "₁": "1", "₂": "2", "₃": "3", "₄": "4", "₅": "5", "₆": "6", "₇": "7", "₈": "8", "₉": "9"}


def tex(text: str) -> str:
    """Plain text as LaTeX that pdflatex (utf8, T1) typesets as the app shows it."""
    out = []
    for c in text:
        if c in _SPECIAL:
            out.append(_SPECIAL[c])
        elif c in _MATH:
            out.append(r"\ensuremath{" + _MATH[c] + "}")
        elif c in _SUP:
            out.append(r"\textsuperscript{" + _SUP[c] + "}")
        elif c in _SUB:
            out.append(r"\textsubscript{" + _SUB[c] + "}")
        elif c == "…":
            out.append(r"\ldots{}")
        elif c == "\n":
            out.append(r"\\")
        elif ord(c) < 128 or "\u00c0" <= c <= "\u017f":  # ASCII and Latin letters T1 has
            out.append(c)
        else:  # shown, not dropped: the reader sees that a symbol is missing and which
            out.append(f"[U+{ord(c):04X}]")
    return "".join(out)


class _Colours:
    def __init__(self):
        self.names: dict = {}

    def __call__(self, colour) -> str:
        from PySide6.QtGui import QColor
        hexa = QColor(colour).name()[1:].upper()
        return self.names.setdefault(hexa, f"vg{hexa}")

    def definitions(self) -> str:
        return "\n".join(f"\\definecolor{{{n}}}{{HTML}}{{{h}}}" for h, n in sorted(self.names.items()))


def _runs(states: list) -> list:
    """[(first, last, state)] of consecutive equal states, 1-based overlay numbers."""
    out = []
    for j, st in enumerate(states, 1):
        if out and out[-1][2] == st:
            out[-1][1] = j
        else:
            out.append([j, j, st])
    return out


def _spec(a: int, b: int, n: int) -> str:
    if a == 1 and b == n:
        return ""
    return f"<{a}>" if a == b else f"<{a}-{b}>"


def _n(v: float) -> str:
    return f"{v:.2f}".rstrip("0").rstrip(".")


def _pt(e) -> str:
    """A path element (x, y attributes) as a TikZ coordinate."""
    return f"({_n(e.x)},{_n(e.y)})"


def _node_state(it, th, col) -> tuple:
    v = it.view
    from PySide6.QtGui import QColor

    from .pptx import _mix
    fill = QColor(it.tint) if it.tint is not None else th.role_fill(it.role)
    if v is not None and v.value is None:
        fill = _mix(fill.name(), th.background, 0.55)
    active = v is not None and (v.active or v.loss or it.isSelected())
    width = (4.0 if v is not None and v.loss else 3.0 if active else 1.2) * th.pen_scale
    return (col(fill), col(th.accent if active else th.border), width,
            (v.value_text or "·") if v is not None else "", (v.grad_text if v is not None else "") or "")


# TikZ, filled in with str.format: code for pdflatex, not text for a reader.
BOX = ("\\draw[fill={fill},draw={ring},line width={w}pt,rounded corners={r}pt] ({x0},{y0}) rectangle "
       "({x1},{y1});")
TEXT = "\\node[text={ink},font={font}] at ({x},{y}) {{{text}}};"
EDGE = "\\draw[{colour},line width={w}pt,{pattern}] {path}; \\fill[{colour}] {head};"
DASH = "dash pattern=on {on}pt off {off}pt"
CURVE = ".. controls {a} and {b} .. {c}"
HEAD = "({tx},{ty}) -- ({lx},{ly}) -- ({rx},{ry}) -- cycle"
OP = ("\\draw[fill={fill},draw={ring},line width={w}pt] ({x},{y}) ellipse [x radius={rx}, y radius={ry}]; "
      + TEXT)
LABEL = ("\\draw[fill={bg},draw={ring},line width={w}pt,rounded corners=2pt] ({x0},{y0}) rectangle ({x1},{y1}); "
         "\\node[text={ink},font={font},align=center,inner sep=0pt] at ({x},{y}) {{{text}}};")
ONLY = "\\only{spec}{{{body}}}"


def _draw_node(it, st, th, col, fs) -> str:
    fill, ring, width, value, grad = st
    r = QRectF(-it.w / 2, -it.h / 2, it.w, it.h).translated(it.pos())
    line = it.line
    cx = r.center().x()
    top = r.top() + PAD / 2 + line / 2
    parts = [BOX.format(fill=fill, ring=ring, w=_n(width * UNIT_PT), r=_n(7 * UNIT_PT), x0=_n(r.left()),
                        y0=_n(r.top()), x1=_n(r.right()), y1=_n(r.bottom())),
             TEXT.format(ink=col(th.text), font="\\bfseries" + fs, x=_n(cx), y=_n(top), text=tex(it.title))]
    if value:
        parts.append(TEXT.format(ink=col(th.value), font=fs, x=_n(cx), y=_n(top + line), text=tex(value)))
    if grad:
        parts.append(TEXT.format(ink=col(th.grad), font=fs, x=_n(cx), y=_n(top + 2 * line),
                                 text=tex("\u2207 " + grad)))
    return " ".join(parts)


def _edge_state(it, th, col) -> tuple:
    v = it.view
    if v.mode == "backward":
        return (col(th.accent if v.active else th.backward), it.width_for(v.magnitude) * th.pen_scale, "dashed")
    if v.mode == "forward":
        return (col(th.accent if v.active else th.edge), (2.4 if v.active else 1.3) * th.pen_scale, "solid")
    return (col(th.pending), 1.0 * th.pen_scale, "dotted")


def _draw_edge(it, st, path: str, head: str) -> str:
    colour, width, dash = st
    w = width * UNIT_PT
    # Qt's patterns, in pen widths: a dash is 4 on 2 off, a dot 1 on 2 off.
    pattern = {"dashed": DASH.format(on=_n(4 * w), off=_n(2 * w)),
               "dotted": DASH.format(on=_n(w), off=_n(2 * w)), "solid": "solid"}[dash]
    return EDGE.format(colour=colour, w=_n(w), pattern=pattern, path=path, head=head)


def _edge_geometry(it) -> tuple[str, str]:
    """The edge's Bezier as a TikZ path, and its arrowhead as a filled triangle (as EdgeItem draws them)."""
    path = it.path
    parts = [_pt(path.elementAt(0))]
    i = 1
    while i + 2 < path.elementCount():
        parts.append(CURVE.format(a=_pt(path.elementAt(i)), b=_pt(path.elementAt(i + 1)),
                                  c=_pt(path.elementAt(i + 2))))
        i += 3
    if path.elementCount() == 2:
        parts.append("--" + _pt(path.elementAt(1)))
    tip, base = it.tip, it.base
    dx, dy = tip.x() - base.x(), tip.y() - base.y()
    n = math.hypot(dx, dy) or 1.0
    ux, uy = dx / n, dy / n
    size = 7.0 + 1.3
    bx, by = tip.x() - ux * size, tip.y() - uy * size
    head = HEAD.format(tx=_n(tip.x()), ty=_n(tip.y()), lx=_n(bx - uy * size * 0.45), ly=_n(by + ux * size * 0.45),
                       rx=_n(bx + uy * size * 0.45), ry=_n(by - ux * size * 0.45))
    return " ".join(parts), head


def picture(r, ks: list, col: _Colours) -> str:
    """The TikZ picture of steps ks (overlay j shows step ks[j-1])."""
    from .render import metrics_dpi
    scene, th = r.scene, r.theme
    n = len(ks)
    pt = th.font_size * metrics_dpi() / 96.0
    fs = f"\\fontsize{{{_n(pt)}}}{{{_n(pt * 1.2)}}}\\selectfont"
    lfs = f"\\fontsize{{{_n(pt * 0.85)}}}{{{_n(pt * 1.02)}}}\\selectfont"
    nodes = list(dict.fromkeys(it for it in scene.items() if isinstance(it, NodeItem)))
    ops = [it for it in scene.items() if isinstance(it, OpItem)]
    edges = [it for it in scene.items() if isinstance(it, EdgeItem)]
    states: dict = {it: [] for it in nodes + ops + edges}
    labels: dict = {it: [] for it in edges}
    for k in ks:
        scene.show_step(k)
        for it in nodes:
            states[it].append(_node_state(it, th, col))
        for it in ops:
            states[it].append((col(th.op_fill) if it.done else col(_faded(th.op_fill, th)),
                               col(th.accent if it.active else th.border), (2.6 if it.active else 1.0) * th.pen_scale))
        for it in edges:
            states[it].append(_edge_state(it, th, col))
            lab = it.label_item
            labels[it].append((lab.lines, lab.mode, lab.active) if lab is not None and lab.text else None)
    out = []
    for it in edges:
        path, head = _edge_geometry(it)
        for a, b, st in _runs(states[it]):
            out.append(ONLY.format(spec=_spec(a, b, n), body=_draw_edge(it, st, path, head)))
    for it in ops:
        c = it.pos()
        for a, b, (fill, ring, width) in _runs(states[it]):
            body = OP.format(fill=fill, ring=ring, w=_n(width * UNIT_PT), x=_n(c.x()), y=_n(c.y()), rx=_n(it.w / 2),
                             ry=_n(it.h / 2), ink=col(th.text), font="\\bfseries" + fs, text=tex(it.symbol))
            out.append(ONLY.format(spec=_spec(a, b, n), body=body))
    for it in nodes:
        for a, b, st in _runs(states[it]):
            out.append(ONLY.format(spec=_spec(a, b, n), body=_draw_node(it, st, th, col, fs)))
    for it in edges:
        lab = it.label_item
        for a, b, st in _runs(labels[it]):
            if st is None:
                continue
            lines, mode, active = st
            box = lab._rect_for(lines).translated(lab.pos())
            body = LABEL.format(
                bg=col(th.background), ring=col(th.accent if active else (th.backward if mode == "backward" else th.edge)),
                w=_n((1.6 if active else 0.8) * th.pen_scale * UNIT_PT), x0=_n(box.left()), y0=_n(box.top()),
                x1=_n(box.right()), y1=_n(box.bottom()), ink=col(th.grad if mode == "backward" else th.value),
                font=lfs, x=_n(box.center().x()), y=_n(box.center().y()), text=tex(lines))
            out.append(ONLY.format(spec=_spec(a, b, n), body=body))
    rect = scene.sceneRect()
    return ("\\begin{tikzpicture}[x=%spt,y=-%spt]\n" % (UNIT_PT, UNIT_PT)
            + "\\useasboundingbox (%s,%s) rectangle (%s,%s);\n" % (_n(rect.left()), _n(rect.top()), _n(rect.right()),
                                                                   _n(rect.bottom()))
            + "\n".join(out) + "\n\\end{tikzpicture}")


def _faded(colour, th):
    from .pptx import _mix
    return _mix(colour, th.background, 0.5)


PREAMBLE = r"""\usepackage[T1]{fontenc}
\usepackage[utf8]{inputenc}
\usepackage{tikz}
"""


def document(r, ks: list) -> tuple[str, str]:
    """(presentation, standalone) LaTeX sources for steps ks."""
    col = _Colours()
    col(r.theme.background)
    pic = picture(r, ks, col)
    rect = r.scene.sceneRect()
    w, h = rect.width() * UNIT_PT, rect.height() * UNIT_PT
    fit = min(FRAME_W / w, FRAME_H / h)
    narration = "\n".join(f"\\onslide<{j}>{tex(r.tl.steps[k].text)}" for j, k in enumerate(ks, 1))
    steps = "\n".join(f"\\only<{j}>{{{tex(r.step_label(k))}}}" for j, k in enumerate(ks, 1))
    frame = (f"\\begin{{frame}}[t]\n\\frametitle{{{tex(r.heading)}\\hfill"
             f"{{\\scriptsize\\color{{{col(r.theme.muted)}}}{steps}}}}}\n"
             f"\\centering\n\\resizebox{{{_n(w * fit)}pt}}{{!}}{{%\n{pic}}}\n\\par\\vspace{{2pt}}\n"
             f"{{\\scriptsize\\raggedright\n\\begin{{overprint}}\n{narration}\n\\end{{overprint}}}}\n"
             f"\\end{{frame}}")
    colours = col.definitions()
    deck = ("% visualgrad: one Beamer frame stepping through the pass (\\only<k> overlays).\n"
            "% To use it in your own deck: copy the \\definecolor lines and the frame; it needs tikz.\n"
            "\\documentclass[aspectratio=169]{beamer}\n" + PREAMBLE
            + "\\setbeamertemplate{navigation symbols}{}\n" + colours + "\n\\begin{document}\n"
            + "% ---- frame ----\n" + frame + "\n% ---- end of frame ----\n\\end{document}\n")
    # The standalone variant: the picture alone, on a page its own size (one page per step).
    pw, ph = w + 8, h + 8
    alone = ("% visualgrad: the picture alone, one page per step (Beamer overlays on a page its own size).\n"
             "\\documentclass{beamer}\n" + PREAMBLE
             + f"\\geometry{{papersize={{{_n(pw)}pt,{_n(ph)}pt}}}}\n"
             + "\\setbeamersize{text margin left=0pt,text margin right=0pt}\n"
             + "\\setbeamertemplate{navigation symbols}{}\n" + colours + "\n\\begin{document}\n"
             + "\\begin{frame}[plain]\n\\centering\n" + pic + "\n\\end{frame}\n\\end{document}\n")
    return deck, alone


def standalone_path(path) -> Path:
    path = Path(path)
    return path.with_name(f"{path.stem}-standalone{path.suffix}")


def write_beamer(r, ks, path, staging, tick):
    deck, alone = document(r, list(ks))
    for text, final in ((deck, Path(path)), (alone, standalone_path(path))):
        tmp = staging.temp_for(final)
        with open(tmp, "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
    for _ in ks:
        tick()
