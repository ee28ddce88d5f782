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


def add_lang(p: argparse.ArgumentParser) -> None:
    p.add_argument("--lang", default=None, help=tr("cli", "the language of the narration: en, nl, ja, ca or ko"))


def speak(code: str | None) -> None:
    """--lang for the terminal commands: translate through Qt's .qm files (QtCore only, no display).
    Without PySide6 the command still runs, in English."""
    import sys
    if not code or code.strip().lower() in ("en", "english"):
        return
    try:
        from ..qt.i18n.languages import speak_in_terminal
    except ImportError:
        print(tr("cli", "visualgrad: translations need PySide6; printing in English"), file=sys.stderr)
        return
    speak_in_terminal(code)
