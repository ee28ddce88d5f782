"""`visualgrad export TEXT|FILE|--preset NAME -o OUT.{svg,pdf,png,gif,pptx,tex,graphml,dot} [--step ...]`.

Pictures are drawn offscreen by the Qt layer (visualgrad.qt.export.command), with the same renderer
as File → Export…. The graph formats (.graphml, .dot) need no Qt: they are the graph itself, for
networkx, Gephi, yEd, Cytoscape and Graphviz.
"""
from __future__ import annotations

from pathlib import Path

from ..i18n import tr
from .args import add_source

GRAPH_FORMATS = ("graphml", "dot")


def add_parser(sub) -> None:
    p = sub.add_parser("export", help=tr("cli", "export steps as SVG, PDF, PNG, GIF, PPTX or LaTeX Beamer "
                                                "(.tex), or the graph as GraphML or DOT"))
    add_source(p)
    p.add_argument("-o", "--output", required=True, metavar="OUT")
    p.add_argument("--step", default=None, help=tr(
        "cli", "K (1 to N, as the window counts), all, A..B, forward, backward, loss or end; "
               "default: end (for a GIF: all)"))
    p.add_argument("--theme", default="light")
    p.add_argument("--scale", type=float, default=2.0)
    p.add_argument("--aspect", choices=("16:9", "4:3", "page"), default=None,
                   help=tr("cli", "a slide (16:9, 4:3) or a page the diagram's size; default: 16:9 for "
                           "the slide theme and PowerPoint, page otherwise"))
    p.add_argument("--direction", choices=("auto", "TB", "LR"), default="auto",
                   help=tr("cli", "top to bottom, left to right, or auto: whichever fills a slide better"))
    p.add_argument("--fold", action="store_true", help=tr("cli", "fold each operation into its value box"))
    p.add_argument("--font-scale", type=float, default=1.0, metavar="X",
                   help=tr("cli", "scale the diagram's type (0.5 to 3)"))
    p.add_argument("--lang", default=None)


def run(args) -> int:
    if Path(args.output).suffix.lower().lstrip(".") in GRAPH_FORMATS:
        from ..graphs import export_graph
        from ..sources import timeline_for
        tl = timeline_for(args)
        print(export_graph(tl, args.output))
        return 0
    from ..qt.export.command import run_export
    return run_export(args)
