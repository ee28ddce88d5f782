"""PowerPoint with native, editable shapes: one slide per step, the Morph transition between them.

Each value box is a rounded rectangle and each op an ellipse, with real text runs (name, value, gradient);
edges are connectors glued to their boxes, with an arrowhead; edge labels are small text boxes where the
layout kept room for them. Every shape has the same name on every slide ("!!n3", "!!e3.0", ...): the
"!!" prefix tells Morph to pair them, so clicking through the deck moves and recolours the pass as the
app does. The title is the layout's title placeholder; the narration is in the speaker notes (and, as on
the exported pages, under the diagram).

python-pptx has no API for the Morph transition, arrowheads or connection sites on ellipses; those are
written as the XML PowerPoint itself writes.
"""
from __future__ import annotations

import io

from lxml import etree
from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor

from ..canvas.items import EdgeItem, NodeItem, OpItem
from .render import overview_image, overview_part, overview_target
from .slides import ASPECTS, focus_source, is_slide

EMU_PER_UNIT = 914400 / 96.0  # EMU per scene unit (a slide is 1280 units = 13.333 in)
NS_P = "http://schemas.openxmlformats.org/presentationml/2006/main"
NS_A = "http://schemas.openxmlformats.org/drawingml/2006/main"
# Morph, as PowerPoint 2019+/365 writes it; older readers take the Fallback (a fade).
MORPH_XML = (
    '<mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006">'
    '<mc:Choice xmlns:p159="http://schemas.microsoft.com/office/powerpoint/2015/09/main" Requires="p159">'
    '<p:transition xmlns:p="{p}" xmlns:p14="http://schemas.microsoft.com/office/powerpoint/2010/main" '
    'spd="slow" p14:dur="1000"><p159:morph option="byObject"/></p:transition>'
    '</mc:Choice>'
    '<mc:Fallback><p:transition xmlns:p="{p}" spd="slow"><p:fade/></p:transition></mc:Fallback>'
    '</mc:AlternateContent>').format(p=NS_P)
# Connection sites: a rectangle has 4 (top, left, bottom, right), an ellipse 8 (top, then anticlockwise).
SITES = {"rect": (0, 1, 2, 3), "ellipse": (0, 2, 4, 6)}


def _rgb(colour):
    from pptx.dml.color import RGBColor
    c = QColor(colour)
    return RGBColor(c.red(), c.green(), c.blue())


def _mix(a: str, b: str, t: float) -> QColor:
    """a blended t of the way towards b (a pending box's fill is faded into the background, as drawn)."""
    ca, cb = QColor(a), QColor(b)
    return QColor(round(ca.red() + (cb.red() - ca.red()) * t), round(ca.green() + (cb.green() - ca.green()) * t),
                  round(ca.blue() + (cb.blue() - ca.blue()) * t))


class _Mapper:
    """Scene units -> slide EMU for one step (a focus view shows only part of the scene)."""

    def __init__(self, src: QRectF, target: QRectF):
        self.src, self.target = src, target
        self.k = min(target.width() / src.width(), target.height() / src.height())
        self.ox = target.center().x() - src.center().x() * self.k
        self.oy = target.center().y() - src.center().y() * self.k

    def point(self, p: QPointF) -> QPointF:
        return QPointF(self.ox + p.x() * self.k, self.oy + p.y() * self.k)

    def rect(self, r: QRectF) -> QRectF:
        a = self.point(r.topLeft())
        return QRectF(a.x(), a.y(), r.width() * self.k, r.height() * self.k)

    def shows(self, r: QRectF) -> bool:
        return self.src.contains(r.adjusted(1, 1, -1, -1))


def emu(units: float):
    from pptx.util import Emu
    return Emu(round(units * EMU_PER_UNIT))


def write_pptx(r, ks, path, staging, tick):
    from pptx import Presentation

    th = r.theme
    aspect = r.page_kind if is_slide(r.page_kind) else "16:9"
    w, h = ASPECTS[aspect]
    prs = Presentation()
    prs.slide_width, prs.slide_height = emu(w), emu(h)
    title_only = prs.slide_layouts[5]
    page = r.page(ks, page=aspect)
    _fast_partnames(prs.part.package)
    shared = {}  # the overview picture: one image part, shown on every slide
    straight = _straight_edges(r)
    for i, k in enumerate(ks):
        r.scene.show_step(k)
        slide = prs.slides.add_slide(title_only)
        fill = slide.background.fill
        fill.solid()
        fill.fore_color.rgb = _rgb(th.background)
        title = slide.shapes.title
        if page.title is not None:
            _place(title, page.title)
            _text(title.text_frame, [[(r.heading, th.text, r.title_font.pointSizeF(), True)]], anchor="middle",
                  align="left")
            box = slide.shapes.add_textbox(*(emu(v) for v in _xywh(page.title)))
            box.name = "!!step"
            _text(box.text_frame, [[(r.step_label(k), th.muted, r.step_font.pointSizeF(), False)]],
                  anchor="middle", align="right")
        else:  # the placeholder stays (for the outline and screen readers), off the slide
            title.text = r.heading
            _place(title, QRectF(0, -200, w, 100))
        if page.overview is None:
            mapper = _Mapper(r.scene.sceneRect(), page.diagram)
        else:
            src = focus_source(r.scene, k, page.diagram, page.scale)
            mapper = _Mapper(src, page.diagram)
            _overview(slide, r, page, src, shared, ks[-1])
        _diagram(slide, r, mapper, straight)
        if page.caption is not None:
            box = slide.shapes.add_textbox(*(emu(v) for v in _xywh(page.caption)))
            box.name = "!!narration"
            _text(box.text_frame, [[(r.tl.steps[k].text, th.text, r.caption_font.pointSizeF(), False)]],
                  anchor="top", align="left", wrap=True)
        slide.notes_slide.notes_text_frame.text = r.tl.steps[k].text
        if i:
            _morph(slide)
        tick()
    tmp = staging.temp_for(path)
    prs.save(str(tmp))


def _fast_partnames(package):
    """python-pptx names each new part by listing every part of the package: a 189-slide deck (with its
    notes pages) spent seconds there. Names are handed out from a set kept for this deck instead."""
    taken = {str(p.partname) for p in package.iter_parts()}

    def next_partname(tmpl):
        from pptx.opc.packuri import PackURI
        n = 1
        while tmpl % n in taken:
            n += 1
        taken.add(tmpl % n)
        return PackURI(tmpl % n)
    package.next_partname = next_partname


def _xywh(rect: QRectF):
    return rect.left(), rect.top(), rect.width(), rect.height()


def _place(shape, rect: QRectF):
    shape.left, shape.top, shape.width, shape.height = (emu(v) for v in _xywh(rect))


def _text(tf, paragraphs, anchor="middle", align="center", wrap=False):
    """Fill a text frame: paragraphs of runs (text, colour, size in pt, bold)."""
    from pptx.enum.text import MSO_ANCHOR, PP_ALIGN
    from pptx.util import Pt
    tf.clear()
    tf.word_wrap = wrap
    tf.auto_size = None
    tf.vertical_anchor = {"middle": MSO_ANCHOR.MIDDLE, "top": MSO_ANCHOR.TOP}[anchor]
    tf.margin_left = tf.margin_right = tf.margin_top = tf.margin_bottom = 0
    for j, runs in enumerate(paragraphs):
        para = tf.paragraphs[0] if j == 0 else tf.add_paragraph()
        para.alignment = {"center": PP_ALIGN.CENTER, "left": PP_ALIGN.LEFT, "right": PP_ALIGN.RIGHT}[align]
        for text, colour, size, bold in runs:
            run = para.add_run()
            run.text = text
            run.font.size = Pt(round(size * 2) / 2)
            run.font.bold = bold
            run.font.color.rgb = _rgb(colour)


def _diagram(slide, r, m: _Mapper, straight: dict):
    from pptx.enum.shapes import MSO_CONNECTOR, MSO_SHAPE
    from pptx.util import Pt
    th = r.theme
    scene = r.scene
    from .render import metrics_dpi
    # pt on the slide: the scene's fonts are measured at metrics_dpi() units per inch, a slide unit is 1/96 in
    fs = th.font_size * m.k * metrics_dpi() / 96.0
    shapes = {}
    seen = set()
    for it in scene.items():
        if id(it) in seen or not isinstance(it, (NodeItem, OpItem)):
            continue
        seen.add(id(it))
        box = QRectF(-it.w / 2, -it.h / 2, it.w, it.h).translated(it.pos())
        if not m.shows(box):
            continue
        rect = m.rect(box)
        if isinstance(it, NodeItem):
            shape = slide.shapes.add_shape(MSO_SHAPE.ROUNDED_RECTANGLE, *(emu(v) for v in _xywh(rect)))
            shape.adjustments[0] = min(0.5, 7.0 / max(1.0, min(it.w, it.h)))
            v = it.view
            fill = QColor(it.tint) if it.tint is not None else th.role_fill(it.role)
            if v is not None and v.value is None:
                fill = _mix(fill.name(), th.background, 0.55)
            active = v is not None and (v.active or v.loss)
            _style(shape, fill, th.accent if active else th.border, (3.0 if active else 1.2) * th.pen_scale * m.k * 0.75)
            paras = [[(it.title, th.text, fs, True)]]
            if v is not None:
                paras.append([(v.value_text or "·", th.value, fs, False)])
                if v.grad_text:
                    paras.append([("∇ " + v.grad_text, th.grad, fs, False)])
            _text(shape.text_frame, paras, anchor="top")
            shape.text_frame.margin_top = emu(3 * m.k)
            shape.name = f"!!node:{_key(scene, it)}"
        else:
            shape = slide.shapes.add_shape(MSO_SHAPE.OVAL, *(emu(v) for v in _xywh(rect)))
            fill = QColor(th.op_fill) if it.done else _mix(th.op_fill, th.background, 0.5)
            _style(shape, fill, th.accent if it.active else th.border, (2.6 if it.active else 1.0) * th.pen_scale * m.k * 0.75)
            _text(shape.text_frame, [[(it.symbol, th.text, fs, True)]])
            shape.name = f"!!op:{it.node_id}"
        shapes[it] = shape
    for it in scene.items():
        if not isinstance(it, EdgeItem):
            continue
        tail, head = _ends(scene, it)
        if tail not in shapes or head not in shapes:
            continue
        v = it.view
        a, b = m.point(it.path.pointAtPercent(0.0)), m.point(it.tip)
        if straight.get(it.key, True):
            line = slide.shapes.add_connector(MSO_CONNECTOR.STRAIGHT, emu(a.x()), emu(a.y()), emu(b.x()),
                                              emu(b.y()))
            _glue(line, shapes[tail], shapes[head], tail, head, r.scene_options.direction)
        else:  # a straight line would cross a label or a box: follow the layout's curve instead
            pts = [m.point(it.path.pointAtPercent(j / 24)) for j in range(24)] + [b]
            fb = slide.shapes.build_freeform(emu(pts[0].x()), emu(pts[0].y()), scale=1.0)
            fb.add_line_segments([(emu(p.x()), emu(p.y())) for p in pts[1:]], close=False)
            line = fb.convert_to_shape()
            line.fill.background()
        if v.mode == "backward":
            colour, width, dash = (th.accent if v.active else th.backward), it.width_for(v.magnitude), "dash"
        elif v.mode == "forward":
            colour, width, dash = (th.accent if v.active else th.edge), (2.4 if v.active else 1.3), None
        else:
            colour, width, dash = th.pending, 1.0, "sysDot"
        line.line.color.rgb = _rgb(colour)
        line.line.width = Pt(width * th.pen_scale * m.k * 0.75)
        _line_ends(line, dash)
        line.name = f"!!edge:{_edge_name(it)}"
        lab = it.label_item
        if lab is not None and lab.text:
            lbox = lab._rect.translated(lab.pos())
            if not m.shows(lbox.adjusted(-1, -1, 1, 1)):
                continue
            tb = slide.shapes.add_shape(MSO_SHAPE.ROUNDED_RECTANGLE, *(emu(v) for v in _xywh(m.rect(lbox))))
            tb.adjustments[0] = 0.15
            ring = th.accent if lab.active else (th.backward if lab.mode == "backward" else th.edge)
            _style(tb, QColor(th.background), ring, (1.6 if lab.active else 0.8) * th.pen_scale * m.k * 0.75)
            ink = th.grad if lab.mode == "backward" else th.value
            _text(tb.text_frame, [[(line_text, ink, fs * 0.85, False)] for line_text in lab.lines.split("\n")])
            tb.name = f"!!label:{_edge_name(it)}"


def _straight_edges(r) -> dict:
    """edge key -> whether a straight connector between its ends clears every label room and box.

    Decided once for the deck, from the rooms the layout kept, so an edge is the same kind of shape
    on every slide (Morph pairs shapes of a kind)."""
    scene = r.scene
    rooms = [QRectF(lab[0] - lab[2] / 2, lab[1] - lab[3] / 2, lab[2], lab[3]).adjusted(1, 1, -1, -1)
             for lab in (route.label for route in r.layout.edges.values()) if lab]
    boxes = {it: QRectF(-it.w / 2, -it.h / 2, it.w, it.h).translated(it.pos()).adjusted(1, 1, -1, -1)
             for it in scene.items() if isinstance(it, (NodeItem, OpItem))}
    out = {}
    for it in scene.items():
        if not isinstance(it, EdgeItem):
            continue
        ends = _ends(scene, it)
        a, b = it.path.pointAtPercent(0.0), it.tip
        pts = [a + (b - a) * (j / 40) for j in range(1, 40)]
        others = rooms + [box for item, box in boxes.items() if item not in ends]
        out[it.key] = not any(box.contains(p) for box in others for p in pts)
    return out


def _key(scene, item) -> str:
    return f"g{item.group}" if getattr(item, "group", None) else str(item.node_id)


def _edge_name(edge) -> str:
    k = edge.key
    return f"r{k[1]}" if k[0] == "r" else f"{k[0]}.{k[1]}"


def _ends(scene, edge):
    """(tail item, head item) of an edge item."""
    key = edge.key
    if key[0] == "r":
        nid = key[1]
        return scene.ops.get(nid), scene.nodes.get(nid)
    consumer, slot = key
    src = scene.tl.nodes[consumer].inputs[slot]
    head = scene.ops.get(consumer) or scene.nodes.get(consumer)
    return scene.nodes.get(src), head


def _style(shape, fill: QColor, line: str, width_pt: float):
    from pptx.util import Pt
    shape.fill.solid()
    shape.fill.fore_color.rgb = _rgb(fill)
    shape.line.color.rgb = _rgb(line)
    shape.line.width = Pt(max(0.25, width_pt))
    shape.shadow.inherit = False


def _glue(line, tail_shape, head_shape, tail, head, direction):
    """Glue the connector's ends to the boxes' sides, so moving a box in PowerPoint drags its edges."""
    out_side, in_side = (2, 0) if direction == "TB" else (3, 1)  # bottom->top, or right->left
    cxn = line._element.nvCxnSpPr.cNvCxnSpPr
    for shape, item, side, tag in ((tail_shape, tail, out_side, "stCxn"), (head_shape, head, in_side, "endCxn")):
        kind = "ellipse" if isinstance(item, OpItem) else "rect"
        el = cxn.find(f"{{{NS_A}}}{tag}")
        if el is None:
            el = etree.SubElement(cxn, f"{{{NS_A}}}{tag}")
        el.set("id", str(shape.shape_id))
        el.set("idx", str(SITES[kind][side]))


def _line_ends(line, dash):
    """An arrowhead at the end, and a dash pattern, in the line's XML (python-pptx has no API for them)."""
    ln = line.line._get_or_add_ln()
    for tag in ("prstDash", "tailEnd"):
        for old in ln.findall(f"{{{NS_A}}}{tag}"):
            ln.remove(old)
    if dash:
        etree.SubElement(ln, f"{{{NS_A}}}prstDash").set("val", dash)
    end = etree.SubElement(ln, f"{{{NS_A}}}tailEnd")
    end.set("type", "triangle")
    end.set("w", "med")
    end.set("len", "med")


def _morph(slide):
    """The Morph transition into this slide, after clrMapOvr as the schema orders it."""
    sld = slide._element
    node = etree.fromstring(MORPH_XML)
    after = sld.find(f"{{{NS_P}}}clrMapOvr")
    if after is None:
        after = sld.find(f"{{{NS_P}}}cSld")
    after.addnext(node)


def _overview(slide, r, page, src: QRectF, shared: dict, last: int):
    """The whole graph as a small picture beside a focus view, the part shown outlined.

    The picture is the same on every slide (the graph as the last step leaves it): one image in the
    file, and Morph moves only the outline from slide to slide.
    """
    th = r.theme
    whole = r.scene.sceneRect()
    target = overview_target(whole, page.overview)
    box = [emu(v) for v in _xywh(target)]
    if "part" not in shared:
        step = r.scene.step
        r.scene.show_step(last)
        img = overview_image(r.scene, target, th.background)
        r.scene.show_step(step)
        from .render import qimage_png_bytes
        pic = slide.shapes.add_picture(io.BytesIO(qimage_png_bytes(img)), *box)
        shared["part"] = pic.part.related_part(pic._element.blip_rId)
    else:  # the same image part again, without python-pptx's search of the whole package for it
        from pptx.opc.constants import RELATIONSHIP_TYPE as RT
        part = shared["part"]
        rid = slide.part.relate_to(part, RT.IMAGE)
        slide.shapes._add_pic_from_image_part(part, rid, *box)
        pic = slide.shapes[-1]
    pic.name = "!!overview"
    shown = src.intersected(whole)
    frame = overview_part(whole, target, shown)
    from pptx.enum.shapes import MSO_SHAPE
    box = slide.shapes.add_shape(MSO_SHAPE.RECTANGLE, *(emu(v) for v in _xywh(frame)))
    box.fill.background()
    box.line.color.rgb = _rgb(th.accent)
    box.name = "!!overview frame"
