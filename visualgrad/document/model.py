"""What a lesson holds (Document, View), the format's constants and DocumentError."""
from __future__ import annotations

import math
import os
from dataclasses import dataclass, field
from typing import Any, Union

FORMAT_MARKER = "visualgrad"
FORMAT_VERSION = 1
SUFFIX = ".vgrad"
MIME_TYPE = "application/x-visualgrad"
# Far above any real lesson (a 100x100 weight matrix is ~200 kB) and small enough that
# a wrong file picked by mistake (a video, a disk image) is refused without reading it.
MAX_BYTES = 5 * 1024 * 1024
DIRECTIONS = ("TB", "LR")
MAX_DIGITS = 17          # enough to print any float64 exactly
ZOOM_RANGE = (0.05, 20.0)
# Non-finite numbers are not JSON; they are stored as these strings (as fmt.to_json does).
_NONFINITE = {"inf": math.inf, "-inf": -math.inf, "nan": math.nan}

Number = Union[int, float]
Value = Union[Number, list]


class DocumentError(Exception):
    """A document that cannot be read or written. `message` is translated and says what to do;
    `path` is the file concerned, when there is one. str(e) is "path: message"."""

    def __init__(self, message: str, path: str | os.PathLike | None = None):
        self.message = message
        self.path = None if path is None else os.fspath(path)
        super().__init__(f"{self.path}: {message}" if self.path else message)


@dataclass
class View:
    """How the graph is shown; saved so a lesson reopens looking the way it was prepared."""
    theme: str = "light"
    direction: str = "TB"         # Graphviz rankdir: top to bottom, or left to right
    zoom: float = 1.0
    fold_ops: bool = False         # operations folded into their value node instead of own ellipse
    digits: int = 6                # significant digits shown for numbers


@dataclass
class Document:
    """One lesson. Either `text` (a program) or `preset` (+ `preset_params`) says what the graph is;
    `values` are the inputs the user set (name -> number, or nested lists for a tensor)."""
    text: str | None = None
    preset: str | None = None
    preset_params: dict[str, Any] = field(default_factory=dict)
    values: dict[str, Value] = field(default_factory=dict)
    step: int = 0
    view: View = field(default_factory=View)
    language: str | None = None
    title: str = ""
    version: int = FORMAT_VERSION

    @property
    def source(self) -> str:
        """What the graph comes from, for messages: the preset name or "text"."""
        return f"preset {self.preset}" if self.preset is not None else "text"


def _reason(e: OSError) -> str:
    return e.strerror or str(e)
