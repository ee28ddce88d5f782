"""Where a command's program comes from, without Qt: TEXT or FILE, a .vgrad lesson, or --preset NAME
with --set/--param values; and whether there is a display to open a window on.

The command line (visualgrad.cli) and the Qt layer (visualgrad.qt) both use these; neither imports
the other for them.
"""
from __future__ import annotations

import json
import os
import sys
from pathlib import Path

from .i18n import tr


class UsageError(Exception):
    """Bad command-line input: printed as one line, exit 2."""


def parse_sets(pairs: list[str] | None) -> dict:
    """--set NAME=VALUE: a number or a (nested) list of numbers."""
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


def timeline_for(args):
    """The timeline a command works on: from --preset, a .vgrad lesson, or TEXT|FILE
    (`args` has .source, .set, and optionally .preset and .param)."""
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


def has_display() -> bool:
    if os.environ.get("QT_QPA_PLATFORM"):
        return True
    if sys.platform in ("win32", "darwin"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def offscreen_unless_display() -> None:
    """Drawing to files needs no screen: without one, Qt draws offscreen."""
    if not has_display():
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
