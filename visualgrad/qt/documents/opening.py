"""Putting an opened document on screen: load its program or preset into the window, wait for its
layout, then set its step and zoom and say it is there (DocumentController.opened).

    Opening(docs)         one per window, held by its DocumentController (docs.opening)
      .start(doc, clean)  load `doc`; the controller has set its path and title already
      .pending            the document waiting for its layout, or None
      .cancel()           another document replaces it (or the window closes)
      .stop_playing()     before any program replaces the one shown

While a document is on its way, docs.restoring is True: the window's own signals while it loads are
not edits.
"""
from __future__ import annotations

from PySide6.QtCore import QObject

from ...document import Document
from .window_state import savable, sync_view_actions


class Opening(QObject):
    def __init__(self, docs):
        super().__init__(docs)
        self.docs = docs
        self.w = docs.w
        self.pending = None                  # (doc, zoom, clean) waiting for the layout
        self._listening = False              # connected to ready/failed for it
        self._zoom_after = None              # the zoom, for when the opened graph is the one on screen

    def start(self, doc: Document, clean: bool) -> None:
        w = self.w
        self.docs.restoring = True
        w.apply_view(doc.view.theme, doc.view.direction, doc.view.fold_ops, doc.view.digits)
        sync_view_actions(w)
        if not savable(w):
            from ...session import Session
            w.session = Session(text="", values={})   # a notebook's graph window becomes a lesson's
        if w.worker.busy():
            w.spec = None     # a layout in flight is for the old graph: never reuse it for this one
        self.pending = (doc, doc.view.zoom, clean)
        w.ready.connect(self.finish)
        w.worker.failed.connect(self.finish)
        self._listening = True
        from ...presets import get_preset
        preset = get_preset(doc.preset) if doc.preset else None
        if preset is None:
            w.load_text(doc.text or "", dict(doc.values))
        elif preset.text:
            w.load_text(preset.text, dict(doc.values))
        else:
            w.load_preset(doc.preset, dict(doc.preset_params))
            if doc.values:
                w.session.values = dict(doc.values)
                w.spec = None
                w.rebuild()
        if self.pending is not None and w.session.error is not None:
            self.finish()    # a program with an error: no layout comes; the editor shows the error

    def finish(self, *_):
        """The layout came (or failed, or none will come): set the step, take the clean state.

        Something else may answer the same `ready` with a timeline of its own (the training panel
        puts its trainer's graph, with the update phase, on screen, and that needs a layout of its
        own); the step carries over, and the zoom and `opened` wait for the graph that stays."""
        w = self.w
        pending = self.pending
        if pending is not None:
            doc, zoom, clean = pending
            self.pending = None
            if w.timeline is not None and w.scene.tl is not None and w.session.error is None:
                w.go(doc.step)
            self.docs.restoring = False
            self.docs.settle(clean)
            self._zoom_after = zoom
        if self._zoom_after is None:
            self._disconnect()
            return
        on_screen = w.scene.tl is w.session.timeline
        if not on_screen and w.worker.busy() and w.session.error is None:
            return                           # another layout is on its way: wait for it
        self._disconnect()
        if on_screen and w.session.error is None:
            w.view.set_zoom(self._zoom_after)
            w.view.follow_item(w.scene.active_item(), animate=False)
        self._zoom_after = None
        self.docs.opened.emit(self.docs.path or "")

    def _disconnect(self):
        if not self._listening:
            return
        self._listening = False
        for signal in (self.w.ready, self.w.worker.failed):
            try:
                signal.disconnect(self.finish)
            except (RuntimeError, TypeError):
                pass

    def cancel(self):
        self._disconnect()
        self.pending = None
        self._zoom_after = None
        self.docs.restoring = False

    def stop_playing(self):
        """Before another program replaces this one: stop playing, and drop an edit still waiting for
        the typing pause (it belongs to the program being replaced, and would rebuild mid-layout)."""
        w = self.w
        if w.play_timer.isActive():
            w.play_timer.stop()
            w.actions.sync_play(False)
        pause = getattr(w.editor, "timer", None)
        if pause is not None:
            pause.stop()
