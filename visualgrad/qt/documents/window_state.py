"""The window's state as a document, and what "modified" compares.

    current_document(window)  the window as a document.Document (program or preset, values, step, view)
    savable(window)           whether a document can hold what the window shows
    state_key(doc)            what the unsaved mark compares: the saved form without zoom, step, title
    check_openable(doc)       refuse, before the window changes, a preset this visualgrad cannot build
    sync_view_actions(window) tick the View menu's entries to match what an opened document set

What a document holds (document.py): the program text or the preset and its parameters, the input
values, the step, and the view (theme, direction, zoom, folded operations, digits). "Modified" means
the window differs from what was last opened or saved, in any of these but the step and the zoom
(stepping, zooming and fitting are reading, not work to lose; the step is still saved). The
comparison is on the saved form itself, so undoing an edit by hand clears the mark again.

No Qt widgets here: these read the window's attributes, so the controller and the crash recovery
share one definition of what a lesson is.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ... import document as vgdoc
from ...document import Document, DocumentError, View


def _t(text: str) -> str:
    return QCoreApplication.translate("Documents", text)


def current_document(window, title: str = "", language: str | None = None) -> Document:
    s = window.session
    lo, hi = vgdoc.ZOOM_RANGE
    view = View(theme=window.theme.name, direction=window.options.direction,
                zoom=max(lo, min(hi, float(window.view.zoom()))), fold_ops=bool(window.options.fold_ops),
                digits=max(1, min(vgdoc.MAX_DIGITS, int(window.options.digits))))
    common = dict(values=dict(s.values), step=int(s.step), view=view, title=title, language=language)
    if s.preset:
        return Document(preset=s.preset, preset_params=dict(s.preset_params), **common)
    return Document(text=window.editor.toPlainText(), **common)


def savable(window) -> bool:
    """Whether the window shows a program or a preset, which a document can hold. A graph built in
    Python (notebook.show_graph) is not: its window is a viewer, never asks, and cannot be saved."""
    from ...session import Session
    s = window.session
    return isinstance(s, Session) and getattr(type(s), "_make", None) is Session._make


def state_key(doc: Document):
    """What "modified" compares: the saved form, without the zoom, step, title and language
    (stepping and zooming are reading, not work to lose; the title follows the UI language), and a
    preset's program as the preset's, in whichever language its comments are."""
    try:
        d = vgdoc.to_dict(doc)
    except DocumentError:
        return object()          # not saveable: never equal to anything, so it reads as modified
    d["view"].pop("zoom", None)
    d.pop("step", None)
    d.pop("title", None)
    d.pop("language", None)
    name = _preset_program(d.get("text"))
    if name is not None:
        # A preset's program as it ships: the window puts it in again with its comments in the new
        # language when the language changes (not an edit), so it is compared as "that preset's program".
        d["text"] = ("preset program", name)
    return d


def _preset_program(text: str | None) -> str | None:
    """The preset whose program `text` is, with its comments in the language now in use; else None."""
    if not text:
        return None
    from ...presets import PRESETS
    for name, preset in PRESETS.items():
        if getattr(preset, "text", None) == text:
            return name
    return None


def check_openable(doc: Document) -> None:
    """Refuse, before the window changes, a document whose preset this visualgrad cannot build."""
    if doc.preset is None:
        return                   # a program with a typo still opens: the editor shows where
    from ...presets import PresetError, get_preset
    try:
        preset = get_preset(doc.preset)
    except PresetError as e:
        raise DocumentError(str(e.args[0]) if e.args else str(e)) from None
    if preset.text:
        return
    from ...session import Session
    trial = Session(preset=doc.preset, preset_params=dict(doc.preset_params), values=dict(doc.values))
    try:
        ok = trial.rebuild()
    except Exception as e:  # noqa: BLE001 - any failure of a preset's builder means: cannot open
        raise DocumentError(_t("the lesson's preset settings are not valid: {reason}").format(reason=e)) from None
    if not ok:
        raise DocumentError(_t("the lesson's preset settings are not valid: {reason}")
                            .format(reason=trial.error.message))


def sync_view_actions(w) -> None:
    """Tick the View menu's entries to match what a document set."""
    a = getattr(w, "actions", None)
    if a is None:
        return
    a.left_right.setChecked(w.options.direction == "LR")
    a.fold.setChecked(bool(w.options.fold_ops))
    for key, action in getattr(a, "themes", {}).items():
        action.setChecked(key == w.theme.name)
    view_menu = getattr(w, "view_menu", None)
    if view_menu is not None:
        for action in view_menu.actions():
            sub = action.menu()
            if sub is None:
                continue
            for x in sub.actions():
                if x.isCheckable() and x.text().isdigit():
                    x.setChecked(int(x.text()) == w.options.digits)
