"""After a language switch, the graph again in the new language, at the same step.

Widgets set their own texts again (Retranslating), but the narration, the trace and a preset's labels
are made by the timeline in the language of the moment: the main window makes it again, lays it out
afresh and comes back to the step it was on. A preset's program still as it was opened gets its
comments in the new language; text the user edited is never touched.
"""
from __future__ import annotations

from PySide6.QtCore import QTimer


def preset_programs() -> dict:
    """{preset name: its program text}: the comments are in the language now in use."""
    from ...presets import PRESETS
    return {name: p.text for name, p in PRESETS.items() if getattr(p, "text", None)}


class LanguageRebuild:
    """MainWindow's rebuild in a new language (a mixin: it uses the window's session, editor and layout).

    _language_rebuild_due is True from the switch until the rebuild has started (tests wait on it);
    _program_texts holds the preset programs as the editor would show them in the language in use."""

    def schedule_language_rebuild(self):
        if not self._language_rebuild_due:  # Qt may send LanguageChange more than once per switch
            self._language_rebuild_due = True
            QTimer.singleShot(0, self._rebuild_in_language)

    def _rebuild_in_language(self):
        self._language_rebuild_due = False
        self._retranslate_program()
        if self.session.timeline is None:
            return
        self.pending_step = self.session.step
        if self.session.preset:
            self.spec, self.layout_result = None, None
            self.load_preset(self.session.preset, self.session.preset_params)
        else:
            self.relayout()

    def _retranslate_program(self):
        if not self._program_texts:
            return
        from ...presets import PRESETS
        shown = self.editor.toPlainText()
        for name, before in self._program_texts.items():
            after = getattr(PRESETS[name], "text", None)
            if shown == before and after and after != before:
                self.editor.blockSignals(True)  # not an edit: the document stays unmodified
                self.editor.setPlainText(after)
                self.editor.blockSignals(False)
                self.session.text = after
                break
        self._program_texts = preset_programs()
