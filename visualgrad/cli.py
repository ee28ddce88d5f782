"""`visualgrad` (the app), `visualgrad trace`, `visualgrad export`, `visualgrad presets`.

Qt is imported lazily, only by the commands that draw, so `trace` works on a
machine without PySide6 or a display.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

from . import __version__
from .i18n import tr

COMMANDS = ("trace", "export", "presets", "check")
EXIT_BAD_INPUT = 2


class UsageError(Exception):
    """Bad command-line input: printed as one line, exit 2."""


def parse_sets(pairs: list[str] | None) -> dict:
    values = {}
    for pair in pairs or []:
        name, sep, raw = pair.partition("=")
        if not sep or not name.strip():
            raise UsageError(tr("cli", "--set takes NAME=VALUE, as in --set x=3 (got {pair!r})").format(pair=pair))
        try:
            value = json.loads(raw)
        except ValueError:
            raise UsageError(tr("cli", "--set {name}: {raw!r} is not a number or a list of numbers")
                             .format(name=name, raw=raw)) from None
        if isinstance(value, bool) or not isinstance(value, (int, float, list)):
            raise UsageError(tr("cli", "--set {name}: {raw!r} is not a number or a list of numbers")
                             .format(name=name, raw=raw))
        values[name.strip()] = value
    return values


def parse_params(pairs: list[str] | None) -> dict:
    """--param NAME=VALUE for presets: numbers and true/false become numbers and booleans, the rest text."""
    params = {}
    for pair in pairs or []:
        name, sep, raw = pair.partition("=")
        if not sep or not name.strip():
            raise UsageError(tr("cli", "--param takes NAME=VALUE, as in --param activation=relu (got {pair!r})")
                             .format(pair=pair))
        low = raw.strip().lower()
        if low in ("true", "false", "on", "off", "yes", "no"):
            value = low in ("true", "on", "yes")
        else:
            try:
                value = json.loads(raw)
            except ValueError:
                value = raw.strip()
        params[name.strip()] = value
    return params


def read_source(arg: str) -> str:
    """TEXT or FILE: a path that exists is read, anything else is the program itself."""
    path = Path(arg)
    try:
        is_file = len(arg) < 4096 and "\n" not in arg and path.is_file()
    except OSError:
        is_file = False
    if not is_file:
        return arg
    from .lang import MAX_TEXT
    if path.stat().st_size > 4 * MAX_TEXT:
        raise UsageError(tr("cli", "{path}: the file is too large to be a program").format(path=arg))
    try:
        return path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise UsageError(tr("cli", "{path}: not a UTF-8 text file").format(path=arg)) from None


def is_document(arg: str | None) -> bool:
    from .document import SUFFIX
    return bool(arg) and arg.endswith(SUFFIX) and Path(arg).is_file()


def load_document(arg: str):
    from .document import DocumentError, load
    try:
        return load(arg)
    except DocumentError as e:
        raise UsageError(f"{arg}: {e}") from None


def timeline_for(args) -> "object":
    """The timeline a command works on: from --preset, a .vgrad lesson, or TEXT|FILE."""
    from .timeline import from_text
    values = parse_sets(args.set)
    preset = getattr(args, "preset", None)
    if not preset and is_document(args.source):
        doc = load_document(args.source)
        values = {**doc.values, **values}
        if doc.preset:
            from .presets import get_preset
            return get_preset(doc.preset).timeline(values or None, **doc.preset_params)
        return from_text(doc.text or "", values)
    if preset:
        from .presets import get_preset
        return get_preset(preset).timeline(values or None, **parse_params(getattr(args, "param", None)))
    if args.source is None:
        raise UsageError(tr("cli", "give a program (TEXT or FILE) or --preset NAME"))
    return from_text(read_source(args.source), values)


def cmd_trace(args) -> int:
    from .report import trace_json, trace_text
    tl = timeline_for(args)
    if args.json:
        print(json.dumps(trace_json(tl), ensure_ascii=False, allow_nan=False))
    else:
        print(trace_text(tl))
    return 0


def cmd_presets(args) -> int:
    from .presets import PRESETS
    for p in PRESETS.values():
        print(f"{p.name:14} {p.title()} — {p.description()} [{p.article}]")
    return 0


def cmd_export(args) -> int:
    from .qt.export_cli import run_export
    return run_export(args)


def _common(p: argparse.ArgumentParser, source_required=False):
    p.add_argument("source", nargs=None if source_required else "?", metavar="TEXT|FILE",
                   help=tr("cli", "a program, or a file holding one"))
    p.add_argument("--set", action="append", metavar="NAME=VALUE",
                   help=tr("cli", "give an input a value (repeatable); free names default to 1.0"))
    p.add_argument("--preset", metavar="NAME", help=tr("cli", "use a preset instead of a program"))
    p.add_argument("--param", action="append", metavar="NAME=VALUE",
                   help=tr("cli", "a preset's setting, e.g. --param activation=relu --param depth=50"))


def make_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="visualgrad", description=tr(
        "cli", "See backpropagation: type an expression, step the forward and backward passes node by node."))
    p.add_argument("--version", action="version", version=f"visualgrad {__version__}")
    sub = p.add_subparsers(dest="command", metavar="COMMAND")
    t = sub.add_parser("trace", help=tr("cli", "print the forward pass and the backward pass as a traceback"))
    _common(t)
    t.add_argument("--json", action="store_true", help=tr("cli", "print the stable JSON contract instead"))
    e = sub.add_parser("export", help=tr("cli", "export steps as SVG, PDF, PNG, GIF or PPTX"))
    _common(e)
    e.add_argument("-o", "--output", required=True, metavar="OUT")
    e.add_argument("--step", default="end", help=tr("cli", "K, all, forward, backward, loss or end"))
    e.add_argument("--theme", default="light")
    e.add_argument("--scale", type=float, default=2.0)
    e.add_argument("--lang", default=None)
    sub.add_parser("presets", help=tr("cli", "list the preset graphs and networks"))
    from .check_cli import add_parser
    add_parser(sub)
    return p


def make_app_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="visualgrad", description=tr("cli", "Open the visualgrad app."),
                                epilog=tr("cli", "Commands: visualgrad trace|export|presets|check --help"))
    p.add_argument("--version", action="version", version=f"visualgrad {__version__}")
    _common(p)
    p.add_argument("--screenshot", metavar="PNG", help=tr("cli", "save a PNG of the window and exit"))
    p.add_argument("--step", default=None, help=tr("cli", "K, forward-end, loss or end"))
    p.add_argument("--theme", default=None)
    p.add_argument("--lang", default=None)
    return p


def has_display() -> bool:
    if os.environ.get("QT_QPA_PLATFORM"):
        return True
    if sys.platform in ("win32", "darwin"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def cmd_app(args) -> int:
    if args.screenshot and not has_display():
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    if not has_display():
        print(tr("cli", "visualgrad: no display found. Use 'visualgrad trace TEXT' in a terminal, or set "
                        "QT_QPA_PLATFORM=offscreen with --screenshot."), file=sys.stderr)
        return EXIT_BAD_INPUT
    from .qt.app import run_app
    return run_app(args)


def _lang_error() -> type:
    # Imported here, not at the top: the language pulls in the engine and numpy, and the app must
    # open its window before those load. An except clause is evaluated only when something is raised.
    from .lang import LangError
    return LangError


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        if argv and argv[0] in COMMANDS or argv[:1] in (["-h"], ["--help"]):
            args = make_parser().parse_args(argv)
            from .check_cli import cmd_check
            return {"trace": cmd_trace, "export": cmd_export, "presets": cmd_presets,
                    "check": cmd_check}[args.command](args)
        return cmd_app(make_app_parser().parse_args(argv))
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


if __name__ == "__main__":
    sys.exit(main())
