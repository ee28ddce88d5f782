"""Arguments several commands share: the program (TEXT|FILE, --preset) and its values."""
from __future__ import annotations

import argparse

from ..i18n import tr


def add_source(p: argparse.ArgumentParser) -> None:
    p.add_argument("source", nargs="?", metavar="TEXT|FILE",
                   help=tr("cli", "a program, or a file holding one"))
    p.add_argument("--set", action="append", metavar="NAME=VALUE",
                   help=tr("cli", "give an input a value (repeatable); free names default to 1.0"))
    p.add_argument("--preset", metavar="NAME", help=tr("cli", "use a preset instead of a program"))
    p.add_argument("--param", action="append", metavar="NAME=VALUE",
                   help=tr("cli", "a preset's setting, e.g. --param activation=relu --param depth=50"))
