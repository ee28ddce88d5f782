"""What an export is asked for: the formats, the options, which steps, and the errors a user reads.

No drawing here (render.py draws a step on a page; writers.py writes the files), so the command
line, the dialog and the notebook can check a request before any scene is built.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from PySide6.QtCore import QCoreApplication

from ...timeline import StepError, Timeline
from ...timeline import select_steps as _select_steps
from ..canvas.theme import THEMES, Theme, get_theme

FORMATS = ("svg", "pdf", "png", "gif", "pptx", "tex")
DIRECTIONS = ("auto", "TB", "LR")

ProgressFn = Callable[[int, int], "bool | None"]


def _t(text: str) -> str:
    return QCoreApplication.translate("Export", text)


class ExportError(Exception):
    """An export that cannot be done (bad path, bad step, unknown format); the message is for the user."""


class ExportCancelled(ExportError):
    """The user pressed Cancel; nothing was written."""


@dataclass
class ExportOptions:
    scale: float = 2.0  # PNG/GIF/PPTX pixels per scene unit (1–4)
    transparent: bool = False  # PNG only: no background
    caption: bool = True  # the step's narration under the diagram
    title: bool = True  # heading and "step k of n · phase" above it
    page: str | None = None  # "fit" (the diagram's size), "16:9" or "4:3" (a slide); None: a slide in the slide theme
    direction: str = "auto"  # "TB", "LR", or "auto": on a slide, whichever fills it better; else as the view
    fold: bool | None = None  # ops folded into their value boxes; None: as the view
    font_scale: float = 1.0  # the theme's type, larger or smaller
    frame_ms: int = 1200  # GIF: time per step
    hold_last_ms: int = 3600  # GIF: the last step stays longer before the loop restarts
    heading: str | None = None  # the title text; default: the output's formula


def select_steps(tl: Timeline, what) -> list[int]:
    """visualgrad.timeline.select_steps (step numbers 1..N in, indices out), its errors as ExportError."""
    try:
        return _select_steps(tl, what)
    except StepError as e:
        raise ExportError(str(e)) from None


def format_of(path) -> str:
    fmt = Path(path).suffix.lower().lstrip(".")
    if fmt not in FORMATS:
        raise ExportError(_t("{path}: unknown format {suffix!r}; use .svg, .pdf, .png, .gif, .pptx or .tex")
                          .format(path=str(path), suffix=Path(path).suffix or _t("(none)")))
    return fmt


def resolve_theme(theme) -> Theme:
    if isinstance(theme, Theme):
        return theme
    if theme not in THEMES:
        raise ExportError(_t("unknown theme {name!r}; use one of: {names}").format(
            name=str(theme), names=", ".join(THEMES)))
    return get_theme(theme)


def default_heading(tl: Timeline) -> str:
    info = tl.nodes[tl.output]
    if info.op and info.formula and info.formula != info.label:
        return f"{info.label} = {info.formula}"
    return info.label
