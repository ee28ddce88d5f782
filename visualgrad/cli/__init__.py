"""The command line: `visualgrad [TEXT|FILE|LESSON]` opens the app; `visualgrad COMMAND ...` runs one.

One module per command. Each has `add_parser(subparsers)` and `run(args) -> exit code`; COMMANDS
below is the whole dispatch. The app itself (app.py) has its own parser, because its first
argument is a program, not a command name. Qt is imported only by the commands that draw, so
`trace` works on a machine without PySide6 or a display.
"""
from __future__ import annotations

import argparse
import sys

from .. import __version__
from ..i18n import tr
from ..sources import UsageError
from . import app, check, export, practice, presets, trace

EXIT_BAD_INPUT = 2

# name -> module with add_parser(subparsers) and run(args); the order is the order of --help.
COMMANDS = {
    "trace": trace,
    "export": export,
    "presets": presets,
    "practice": practice,
    "check": check,
}


def make_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="visualgrad", description=tr(
        "cli", "See backpropagation: type an expression, step the forward and backward passes node by node."))
    p.add_argument("--version", action="version", version=f"visualgrad {__version__}")
    sub = p.add_subparsers(dest="command", metavar="COMMAND")
    for module in COMMANDS.values():
        module.add_parser(sub)
    return p


def make_app_parser() -> argparse.ArgumentParser:
    return app.make_parser()


def _lang_error() -> type:
    # Imported here, not at the top: the language pulls in the engine and numpy, and the app must
    # open its window before those load. An except clause is evaluated only when something is raised.
    from ..lang import LangError
    return LangError


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        if argv and argv[0] in COMMANDS or argv[:1] in (["-h"], ["--help"]):
            args = make_parser().parse_args(argv)
            return COMMANDS[args.command].run(args)
        return app.run(app.make_parser().parse_args(argv))
    except (UsageError, KeyError) as e:
        print(f"visualgrad: {e.args[0] if e.args else e}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except _lang_error() as e:
        print(e.format(), file=sys.stderr)
        return EXIT_BAD_INPUT
    except BrokenPipeError:
        # `visualgrad trace ... | head`: the reader left; that is not an error worth a traceback.
        sys.stderr.close()
        return 0


__all__ = ["COMMANDS", "EXIT_BAD_INPUT", "UsageError", "main", "make_app_parser", "make_parser"]
