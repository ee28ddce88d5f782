"""`visualgrad presets`: the preset graphs and networks, one line each."""
from __future__ import annotations

from ..i18n import tr
from .args import add_lang, speak


def add_parser(sub) -> None:
    add_lang(sub.add_parser("presets", help=tr("cli", "list the preset graphs and networks")))


def run(args) -> int:
    from ..presets import PRESETS
    speak(args.lang)
    for p in PRESETS.values():
        print(f"{p.name:14} {p.title()} — {p.description()} [{p.article}]")
    return 0
