"""The pictures of `visualgrad export TEXT|FILE|--preset NAME -o OUT.{svg,pdf,png,gif,pptx,tex} [--step ...]
[--theme ...] [--scale N] [--aspect 16:9|4:3|page] [--direction auto|TB|LR] [--fold] [--font-scale X]`.

Draws offscreen with the same Renderer as File → Export…, so the command line and
the app give the same picture for the same step. Bad input is a UsageError (one
line, exit 2), checked before anything is drawn where possible.
"""
from __future__ import annotations

import sys

from ...sources import UsageError, offscreen_unless_display, timeline_for

SCALE_MIN, SCALE_MAX = 1.0, 4.0


def run_export(args) -> int:
    offscreen_unless_display()
    from PySide6.QtCore import QCoreApplication

    from ..application import application
    from .options import ExportError, ExportOptions, format_of, resolve_theme
    from .writers import check_target, render_scene
    app = application()
    if getattr(args, "lang", None):
        from ..i18n.languages import install_language
        install_language(app, args.lang)
    t = QCoreApplication.translate
    try:
        format_of(args.output)
        check_target(args.output)
        theme = resolve_theme(args.theme or "light")
    except ExportError as e:
        raise UsageError(str(e)) from None
    scale = float(args.scale if args.scale is not None else 2.0)
    if not SCALE_MIN <= scale <= SCALE_MAX:
        raise UsageError(t("Export", "--scale must be between 1 and 4 (got {scale:g})").format(scale=scale))
    font_scale = float(getattr(args, "font_scale", 1.0) or 1.0)
    if not 0.5 <= font_scale <= 3.0:
        raise UsageError(t("Export", "--font-scale must be between 0.5 and 3 (got {scale:g})").format(scale=font_scale))
    tl = timeline_for(args)  # an unknown preset or a bad program is reported by the cli (exit 2)
    aspect = getattr(args, "aspect", None)
    options = ExportOptions(scale=scale, heading=_heading(args), page="fit" if aspect == "page" else aspect,
                            direction=getattr(args, "direction", None) or "auto",
                            fold=True if getattr(args, "fold", False) else None, font_scale=font_scale)
    # Without --step: the last step, except a GIF, which is an animation of every step.
    step = args.step or ("all" if format_of(args.output) == "gif" else "end")
    try:
        written = render_scene(tl, None, step, theme, None, args.output, options)
    except ExportError as e:
        raise UsageError(str(e)) from None
    except OSError as e:
        raise UsageError(t("Export", "cannot write {path}: {reason}").format(
            path=args.output, reason=e.strerror or str(e))) from None
    for path in written:
        print(path, file=sys.stdout)
    return 0


def _heading(args) -> str | None:
    """A preset's page title is its gallery title; a program's is its output's formula (the default)."""
    if getattr(args, "preset", None):
        from ...presets import get_preset
        return get_preset(args.preset).title()
    return None
