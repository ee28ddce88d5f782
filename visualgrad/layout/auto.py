"""layout(): Graphviz when it works, the built-in layout when it does not, and why.

The app must keep working without Graphviz, so every failure of dot becomes a
built-in layout plus a note for the status bar, in the user's language.
"""
from __future__ import annotations

from ..i18n import tr
from .builtin import builtin_layout
from .dotjson import parse_dot_json
from .dotwrite import to_dot
from .labels import settle_labels
from .model import GraphSpec, Layout, LayoutError, validate
from .rundot import find_dot, run_dot


def _note(err: LayoutError, dot_path: str | None, timeout: float) -> str:
    if err.reason == "missing":
        if dot_path:
            return tr("layout", "Graphviz (dot) was not found at {path}; using the built-in layout").format(
                path=dot_path)
        return tr("layout", "Graphviz (dot) was not found; using the built-in layout")
    if err.reason == "timeout":
        return tr("layout", "Graphviz timed out after {seconds} s; using the built-in layout").format(
            seconds=f"{timeout:g}")
    if err.reason == "garbage":
        return tr("layout", "Graphviz gave an unreadable answer; using the built-in layout")
    return tr("layout", "Graphviz failed; using the built-in layout")


def layout(spec: GraphSpec, dot_path: str | None = None, timeout: float = 10.0) -> Layout:
    """Lay out with dot (found on PATH, or at dot_path); fall back to builtin_layout with a note.

    A bad spec is the caller's bug and raises LayoutError("invalid") at once.
    """
    validate(spec)
    try:
        exe = find_dot(dot_path)
        if exe is None:
            raise LayoutError("dot not found", "missing")
        try:
            text = run_dot(to_dot(spec), exe, timeout)
        except LayoutError as e:
            # Some dot versions crash on `ordering` for awkward graphs; try once without it.
            if e.reason != "failed":
                raise
            text = run_dot(to_dot(spec, ordering=False), exe, timeout)
        return settle_labels(parse_dot_json(text, spec))
    except LayoutError as e:
        result = settle_labels(builtin_layout(spec))
        result.note = _note(e, dot_path, timeout)
        return result
