"""`visualgrad [TEXT|FILE|LESSON.vgrad] [--step K] [--screenshot out.png]`: the app."""
from __future__ import annotations

import argparse
import os
import sys

from .. import __version__
from ..i18n import tr
from ..sources import has_display
from .args import add_source

EXIT_BAD_INPUT = 2


def make_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="visualgrad", description=tr("cli", "Open the visualgrad app."),
                                epilog=tr("cli", "Commands: visualgrad trace|export|presets|practice|check --help"))
    p.add_argument("--version", action="version", version=f"visualgrad {__version__}")
    add_source(p)
    p.add_argument("--screenshot", metavar="PNG", help=tr("cli", "save a PNG of the window and exit"))
    p.add_argument("--step", default=None, help=tr(
        "cli", "K (1 to N, as the window counts), forward-end, loss or end"))
    p.add_argument("--theme", default=None)
    p.add_argument("--lang", default=None)
    return p


def run(args) -> int:
    if args.screenshot and not has_display():
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    if not has_display():
        print(tr("cli", "visualgrad: no display found. Use 'visualgrad trace TEXT' in a terminal, or set "
                        "QT_QPA_PLATFORM=offscreen with --screenshot."), file=sys.stderr)
        return EXIT_BAD_INPUT
    from ..qt.app import run_app
    return run_app(args)
