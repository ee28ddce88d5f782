"""The vanishing-gradient lab's exports: its chart at slide size (PNG, SVG, PDF) and the steps that matter
as slides, asked for with the dock's two buttons; the outcome is said in the window's status bar."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog


def _t(text: str) -> str:
    return QCoreApplication.translate("LabPanel", text)


class ExportsLab:
    """The LabPanel's side that writes files: save_chart, key_steps, export_steps, and the dialogs asking where."""

    def save_chart(self, path) -> str:
        """The norm chart at slide size (sigmoid and ReLU on the same weights beside this run's curve)."""
        from .norm_chart import export_chart, slide_chart
        plot = slide_chart(self.run, self.window_.theme, self.pair)
        try:
            return str(export_chart(plot, path))
        finally:
            plot.deleteLater()

    def key_steps(self) -> list:
        tl = self.window_.timeline
        fn = (getattr(tl, "display", None) or {}).get("key_steps")
        return fn(tl) if fn else []

    def export_steps(self, path, fmt: str | None = None) -> list:
        """The steps that matter (not all of them), with the window's export; returns the files written."""
        from ..export.dialog import ExportChoices, export_from_window
        from ..export.options import ExportOptions, format_of
        steps = [k + 1 for _, k in self.key_steps()]  # step numbers (1..N), as select_steps reads a list
        return export_from_window(self.window_, path, ExportChoices(
            what=steps, fmt=fmt or format_of(path), options=ExportOptions(page="16:9")))  # slides for a deck

    def _ask_chart(self):
        path, _ = QFileDialog.getSaveFileName(self, _t("Save chart"), "gradient-norms.png",
                                              _t("PNG image (*.png);;SVG drawing (*.svg);;PDF (*.pdf)"))
        if path:
            self._report(lambda: self.save_chart(path))

    def _ask_steps(self):
        path, _ = QFileDialog.getSaveFileName(self, _t("Export the steps that matter"), "vanishing.pdf",
                                              _t("PDF (*.pdf);;PowerPoint (*.pptx);;PNG images (*.png);;"
                                                      "SVG drawings (*.svg)"))
        if path:
            self._report(lambda: self.export_steps(path))

    def _report(self, job):
        from ..export.options import ExportError
        from .norm_chart import ChartError
        try:
            done = job()
        except (ChartError, ExportError, OSError) as e:  # the user's to read, not a crash
            self.window_.statusBar().showMessage(str(e), 8000)
            return
        self.window_.statusBar().showMessage(_t("Saved {what}").format(
            what=done if isinstance(done, str) else ", ".join(map(str, done[:3])) + ("…" if len(done) > 3 else "")),
            6000)
