"""`visualgrad trace TEXT|FILE|--preset NAME [--json]`: the forward pass, then the backward pass as a traceback."""
from __future__ import annotations

import json

from ..i18n import tr
from ..sources import timeline_for
from .args import add_lang, add_source, speak


def add_parser(sub) -> None:
    p = sub.add_parser("trace", help=tr("cli", "print the forward pass and the backward pass as a traceback"))
    add_source(p)
    p.add_argument("--json", action="store_true", help=tr("cli", "print the stable JSON contract instead"))
    add_lang(p)


def run(args) -> int:
    from ..report import trace_json, trace_text
    speak(args.lang)
    tl = timeline_for(args)
    if args.json:
        print(json.dumps(trace_json(tl), ensure_ascii=False, allow_nan=False))
    else:
        print(trace_text(tl))
    return 0
