"""A practice worksheet as a PDF: the graph with every gradient as "?", the steps to work through
with blanks, and an answer key with the working. A handout for working backpropagation by hand
before checking it against autograd (the exercise of the Korean article's Lesson 05).
"""
from __future__ import annotations

import html
import os
import sys

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import QAction, QColor, QFont, QImage, QPageLayout, QPageSize, QPainter, QPdfWriter, QTextDocument

BLANK = "________"
MAX_IMAGE_PX = 2400  # the diagram's longer side in pixels, at most (a deep network stays a small file)


def _t(text: str) -> str:
    return QCoreApplication.translate("Worksheet", text)


def _diagram(renderer, k: int, grads: set) -> QImage:
    """The diagram at step k with the gradients of `grads` drawn as "?"."""
    from ..canvas.practice_mask import mask_scene
    scene = renderer.scene
    mask_scene(scene, k, grads, still=True)
    rect = scene.sceneRect()
    scale = max(1.0, min(3.0, MAX_IMAGE_PX / max(rect.width(), rect.height(), 1.0)))
    img = QImage(int(rect.width() * scale) + 1, int(rect.height() * scale) + 1, QImage.Format_ARGB32_Premultiplied)
    img.fill(QColor(renderer.theme.background))
    p = QPainter(img)
    p.setRenderHints(QPainter.Antialiasing | QPainter.TextAntialiasing | QPainter.SmoothPixmapTransform)
    scene.render(p, QRectF(0, 0, img.width(), img.height()), rect, Qt.KeepAspectRatio)
    p.end()
    return img


def _png(img: QImage) -> QByteArray:
    data = QByteArray()
    buf = QBuffer(data)
    buf.open(QIODevice.WriteOnly)
    img.save(buf, "PNG")
    buf.close()
    return data


def _chain(tl, q) -> str:
    """∂L/∂x = ∂L/∂(x²) · ∂(x²)/∂x + …, and what each local derivative is: the template to fill in."""
    from ...timeline.narration import grad_name
    from ...timeline.practice import _d, _local_formula, blame_edges, index_text
    loss = tl.nodes[tl.output].label
    if q.kind == "value" or q.node == tl.output:
        return ""
    edges = blame_edges(tl, q.node)
    terms = [f"{grad_name(loss, tl.nodes[e.consumer].label)} · {_d(tl, e.consumer, q.node)}" for e in edges]
    locals_ = [f"{_d(tl, e.consumer, q.node)} = {_local_formula(tl, e)}" for e in edges]
    total = " + ".join(terms)
    if q.index is not None:
        total = f"({total}){index_text(q.index)}"
    return _t("{name} = {chain}, where {locals}").format(name=q.name, chain=total, locals="; ".join(locals_))


def lab_tables(params: dict) -> tuple[str, str]:
    """The Lesson 05 exercise itself: first- and last-layer gradient norms of a sigmoid and a ReLU stack,
    as a table to fill in, and the same table answered (computed here, on the same weights)."""
    from ...fmt import format_number
    from ...presets import side_by_side
    params = {k: v for k, v in params.items() if k != "activation"}
    runs = side_by_side(("sigmoid", "relu"), None, **params)
    depth = len(next(iter(runs.values())).norms)
    e = html.escape
    head = (f"<tr><th></th><th>‖∂y/∂W<sub>1</sub>‖</th><th>‖∂y/∂W<sub>{depth}</sub>‖</th>"
            f"<th>{e(_t('first / last'))}</th></tr>")
    blank_rows = "".join(f"<tr><td>{e(a)}</td><td>?</td><td>?</td><td>?</td></tr>" for a in runs)
    full_rows = "".join(f"<tr><td>{e(a)}</td><td>{format_number(r.norms[0], 4)}</td>"
                        f"<td>{format_number(r.norms[-1], 4)}</td><td>{format_number(r.ratio, 4)}</td></tr>"
                        for a, r in runs.items())
    task = _t("The exercise: a {depth}-layer Linear + sigmoid stack and a {depth}-layer Linear + ReLU stack "
              "(the same weights). Run forward and backward, and compare the gradient norm of the first and "
              "the last layer. Which ratio should make you uneasy?").format(depth=depth)
    table = "<table border='1' cellpadding='4' cellspacing='0'>{}{}</table>"
    return (f"<h3>{e(_t('Lesson 05 exercise'))}</h3><p>{e(task)}</p>" + table.format(head, blank_rows),
            f"<h3>{e(_t('Lesson 05 exercise'))}</h3>" + table.format(head, full_rows)
            + f"<p>{e(_t('The sigmoid stack vanishes: its first layer gets a gradient many orders of magnitude smaller than its last, because each sigmoid multiplies the blame by at most 0.25.'))}</p>")


def worksheet_html(tl, heading: str, questions: list, grads_img: str, key_img: str, width: int = 640,
                   lab: tuple[str, str] | None = None) -> str:
    from ...fmt import format_number
    from ...timeline.practice import working
    steps = tl.steps
    e = html.escape
    how = _t("Work backwards from the loss. For each step, multiply the gradient that arrives (upstream) "
             "by the local derivative; where a node is used more than once, add up what each use passes "
             "back. Every gradient still to find is shown as ?.")
    out = [f"<h2>{e(heading)} — {e(_t('Worksheet'))}</h2>", f"<p>{e(how)}</p>",
           f"<p align='center'><img src='{grads_img}' width='{width}'></p>", lab[0] if lab else "",
           f"<h3>{e(_t('Step by step'))}</h3>" if lab else "", "<ol>"]
    for q in questions:
        s = steps[q.step]
        where = _t("step {k}").format(k=q.step + 1) + (f", {_t('line')} {tl.nodes[q.node].line}"
                                                      if tl.nodes[q.node].line else "")
        chain = _chain(tl, q)
        out.append(f"<li><p><b>{e(q.name)} = {BLANK}</b> &nbsp; <small>({e(where)}, {e(s.phase)})</small>"
                   + (f"<br><small>{e(chain)}</small>" if chain else "") + "</p></li>")
    out.append("</ol>")
    out.append(f"<h2 style='page-break-before: always'>{e(heading)} — {e(_t('Answer key'))}</h2>")
    out.append(f"<p align='center'><img src='{key_img}' width='{width}'></p>")
    out.append((lab[1] + f"<h3>{e(_t('Step by step'))}</h3>" if lab else "") + "<ol>")
    for q in questions:
        lines = "<br>".join(e(w) for w in working(tl, q))
        out.append(f"<li><p><b>{e(q.name)} = {e(format_number(q.answer, 6))}</b><br><small>{lines}</small></p></li>")
    out.append("</ol>")
    return "".join(out)


def write_worksheet(tl, path: str, heading: str | None = None, theme: str = "light",
                    forward: bool = False, lab_params: dict | None = None) -> int:
    """Write the worksheet PDF; return the number of questions in it.

    `lab_params` (the vanishing lab's settings) adds the Lesson 05 exercise: the sigmoid-vs-ReLU table.
    """
    from ...timeline.practice import questions
    from .options import default_heading
    from .render import Renderer
    qs = questions(tl, forward=forward)
    renderer = Renderer(tl, None, theme)
    last = len(tl.steps) - 1
    if tl.steps[last].phase == "update":  # the handout is about the backward pass, before any update
        last = max(s.index for s in tl.steps if s.phase in ("backward", "seed"))
    # Every number the backward pass writes is blank, a constant's blame included (it is not asked,
    # but showing it would give away the upstream gradient it was multiplied by).
    hidden = {nid for nid, info in tl.nodes.items() if info.grad is not None}
    doc = QTextDocument()
    doc.setDefaultFont(QFont(renderer.theme.font, 10))
    blank, full = _diagram(renderer, last, hidden), _diagram(renderer, last, set())
    doc.addResource(QTextDocument.ImageResource, "vg:questions", blank)
    doc.addResource(QTextDocument.ImageResource, "vg:key", full)
    # The diagram takes at most 640 × 520 of the page's ~720 × 1050 (96 dpi A4): the questions follow it.
    width = int(min(640, 520 * blank.width() / max(blank.height(), 1)))
    lab = lab_tables(lab_params) if lab_params is not None else None
    doc.setHtml(worksheet_html(tl, heading or default_heading(tl), qs, "vg:questions", "vg:key", width, lab))
    with open(path, "ab"):  # a folder that is missing or read-only says so here (QPdfWriter only fails quietly)
        pass
    writer = QPdfWriter(str(path))
    writer.setResolution(96)  # the document lays out in these units: 10 pt text reads as 10 pt on paper
    writer.setTitle((heading or default_heading(tl)) + " — " + _t("Worksheet"))
    writer.setCreator("visualgrad")
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.A4), QPageLayout.Portrait, QMarginsF(15, 15, 15, 15),
                                     QPageLayout.Millimeter))
    doc.setPageSize(QSizeF(writer.width(), writer.height()))
    doc.print_(writer)
    return len(qs)


def run_worksheet(tl, args) -> int:
    """`visualgrad practice ... --worksheet OUT.pdf`."""
    from ...sources import UsageError, has_display
    if not has_display():
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from ..application import application
    application()
    path = args.worksheet
    if not path.lower().endswith(".pdf"):
        raise UsageError(_t("the worksheet is a PDF: give a path ending in .pdf (got {path})").format(path=path))
    heading, lab = None, None
    if getattr(args, "preset", None):
        from ...presets import get_preset
        from ...sources import parse_params
        heading = get_preset(args.preset).title()
        if args.preset == "vanishing":
            lab = parse_params(getattr(args, "param", None))
    try:
        n = write_worksheet(tl, path, heading, forward=getattr(args, "forward", False), lab_params=lab)
    except OSError as e:
        raise UsageError(f"{path}: {e.strerror or e}") from None
    print(_t("{path}: {n} questions and their answer key").format(path=path, n=n), file=sys.stdout)
    return 0


def export_from_window(window) -> str | None:
    """File → Export practice worksheet: ask where (a window without dialogs takes the path in
    `window.worksheet_path_answer`; None is Cancel), write, and say so in the status bar."""
    if window.timeline is None:
        return None
    if not getattr(window, "dialogs", True):
        path = getattr(window, "worksheet_path_answer", None)
    else:
        from PySide6.QtWidgets import QFileDialog
        path, _ = QFileDialog.getSaveFileName(window, _t("Export practice worksheet"), "worksheet.pdf",
                                              _t("PDF (*.pdf)"))
    if not path:
        return None
    if not path.lower().endswith(".pdf"):
        path += ".pdf"
    s = window.session
    practice = getattr(window, "practice", None)
    try:
        n = write_worksheet(window.timeline, path, s.preset and _preset_title(s.preset),
                            forward=bool(practice and practice.forward.isChecked()),
                            lab_params=dict(s.preset_params) if s.preset == "vanishing" else None)
    except OSError as e:
        window.statusBar().showMessage(_t("Could not write {path}: {reason}").format(
            path=path, reason=e.strerror or str(e)), 8000)
        return None
    window.statusBar().showMessage(_t("Worksheet written: {n} questions, with the answer key").format(n=n), 6000)
    return path


def _preset_title(name: str) -> str | None:
    from ...presets import get_preset
    return get_preset(name).title()


def install(window) -> None:
    action = QAction(window)
    action.setObjectName("action-worksheet")

    def retranslate():
        action.setText(_t("Export practice worksheet (PDF)…"))
    retranslate()
    # An action is not a widget, so no LanguageChange reaches it: the window says when to word it again.
    if hasattr(window, "languageChanged"):
        window.languageChanged.connect(retranslate)
    action.triggered.connect(lambda _=False: export_from_window(window))
    window.worksheet_action = action
    menu = getattr(window, "file_menu", None)
    if menu is not None:  # right after Export…
        actions = menu.actions()
        k = actions.index(window.actions.export) if window.actions.export in actions else len(actions) - 1
        if k + 1 < len(actions):
            menu.insertAction(actions[k + 1], action)
        else:
            menu.addAction(action)
