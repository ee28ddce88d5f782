"""File → Export… (Ctrl+E) and Edit → Copy diagram (Ctrl+Shift+C).

The dialog only gathers choices; the drawing is render.py's, on a fresh scene
built from what the window shows (its timeline, layout, theme and view options),
so the file is the picture `visualgrad export` makes for the same step.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...timeline import PHASE_GROUPS
from ...timeline.select import phase_name
from ..canvas.theme import THEMES, theme_names
from ..i18n.retranslate import Retranslating
from .options import FORMATS, ExportCancelled, ExportError, ExportOptions, resolve_theme, select_steps
from .render import Renderer, compute_layout
from .writers import render_scene

AS_SHOWN = "shown"
COPY_SCALE = 2.0


def _t(text: str) -> str:
    return QCoreApplication.translate("ExportDialog", text)


@dataclass
class ExportChoices:
    """What the dialog asks, as data (the tests fill this in directly)."""
    what: object = "current"  # "current", "all", (first, last) 0-based, or a phase name
    fmt: str = "png"
    theme: str = AS_SHOWN  # AS_SHOWN or a theme name
    options: ExportOptions = field(default_factory=ExportOptions)


# ---- the work, without widgets ---------------------------------------------------------
def window_renderer(window, theme: str = AS_SHOWN, options: ExportOptions | None = None) -> Renderer:
    """A Renderer for what the window shows: its timeline and layout, in the chosen theme.

    The scene's timeline and the layout on screen belong together (the session may hold a
    newer timeline whose layout is still being computed), so both come from what is drawn.
    """
    tl, lay = window.scene.tl, window.layout_result
    if tl is None or lay is None:
        raise ExportError(_t("There is no diagram to export yet."))
    o = options or ExportOptions()
    if theme == AS_SHOWN or theme == window.theme.name:
        th = window.theme
    else:
        th = resolve_theme(theme)
        # Another theme has other font sizes, so other box sizes: lay out again, as the window would.
        lay = compute_layout(tl, th, window.options, dot_path=getattr(window.worker, "dot_path", None))
    # Another direction, folding or type size is another layout too: the Renderer makes it (choosing the
    # direction that fills a slide when asked to).
    slide = o.page in ("16:9", "4:3") or (o.page is None and th.name == "slide")
    if o.font_scale != 1.0 or (o.fold is not None and o.fold != window.options.fold_ops) or \
            (o.direction in ("TB", "LR") and o.direction != window.options.direction) or \
            (o.direction == "auto" and slide):
        lay = None
    return Renderer(tl, lay, th, window.options, o)


def steps_for(window, what) -> list[int] | str:
    # select_steps reads step numbers as people count them (1..N); the window holds indices.
    if what == "current":
        return [window.scene.step + 1]
    if isinstance(what, tuple):
        return list(range(what[0] + 1, what[1] + 2))
    return what  # "all" or a phase name


def export_from_window(window, path, choices: ExportChoices, progress=None) -> list[Path]:
    """Write the chosen steps to `path`; returns the files written (ExportError / ExportCancelled otherwise)."""
    r = window_renderer(window, choices.theme, choices.options)
    return render_scene(r.tl, r.layout, steps_for(window, choices.what), r.theme, r.scene_options, path,
                        choices.options, progress=progress, renderer=r)


def copy_diagram(window) -> bool:
    """The current step, as shown, as an image on the clipboard (to paste into slides)."""
    try:
        r = window_renderer(window, AS_SHOWN, ExportOptions(scale=COPY_SCALE, caption=False, title=False))
    except ExportError as e:
        window.statusBar().showMessage(str(e), 5000)
        return False
    img = r.image(window.scene.step)
    QGuiApplication.clipboard().setImage(img)
    window.statusBar().showMessage(_t("Diagram copied to the clipboard ({w} × {h} pixels)").format(
        w=img.width(), h=img.height()), 5000)
    return True


def open_export_dialog(window) -> "ExportDialog | None":
    if window.scene.tl is None or window.layout_result is None:
        window.statusBar().showMessage(_t("There is no diagram to export yet."), 5000)
        return None
    dlg = ExportDialog(window)
    dlg.open()
    return dlg


def _reword(combo: QComboBox, texts: dict):
    """Set each item's text from its data; the current item stays current."""
    for i in range(combo.count()):
        text = texts.get(combo.itemData(i))
        if text is not None:
            combo.setItemText(i, text)


# ---- the dialog -----------------------------------------------------------------------------
class ExportDialog(Retranslating, QDialog):
    FORMAT_NAMES = {"svg": "SVG", "pdf": "PDF", "png": "PNG", "gif": "GIF", "pptx": "PowerPoint (PPTX)",
                    "tex": "LaTeX Beamer (TEX)"}

    def __init__(self, window):
        super().__init__(window)
        self.window_ = window
        self.settings = window.settings
        tl = window.scene.tl
        # The step and the counts as the dialog opened (it is window-modal: the step cannot move under it);
        # retranslate() words them again in the new language.
        self._k, self._n = window.scene.step, len(tl.steps)
        n = self._n

        self.what = QComboBox()
        self.what.addItem("", "current")
        self.what.addItem("", "all")
        self._key_steps = 0
        key_steps = (getattr(tl, "display", None) or {}).get("key_steps")  # a preset's slides worth making
        if key_steps:
            steps = [k + 1 for _, k in key_steps(tl)]  # step numbers (1..N), as select_steps reads a list
            self._key_steps = len(steps)
            self.what.addItem("", steps)
        self.what.addItem("", "range")
        for ph in PHASE_GROUPS:
            if any(s.phase in PHASE_GROUPS[ph] for s in tl.steps):
                self.what.addItem("", ph)
        self.first, self.last = QSpinBox(), QSpinBox()
        for box in (self.first, self.last):
            box.setRange(1, n)  # people count steps from 1, as the window's position label does
        self.first.setValue(1)
        self.last.setValue(n)
        self.range_row = QWidget()
        rr = QHBoxLayout(self.range_row)
        rr.setContentsMargins(0, 0, 0, 0)
        rr.addWidget(self.first)
        rr.addWidget(self.last)

        self.format = QComboBox()
        for f in FORMATS:
            self.format.addItem(self.FORMAT_NAMES[f], f)  # the formats' own names, the same in every language
        self.theme = QComboBox()
        self.theme.addItem("", AS_SHOWN)
        for key in theme_names():
            if key in THEMES:
                self.theme.addItem("", key)
        self.scale = QSpinBox()
        self.scale.setRange(1, 4)
        self.scale.setSuffix("×")
        self.transparent = QCheckBox()
        self.caption = QCheckBox()
        self.title = QCheckBox()
        self.page = QComboBox()
        for key in ("fit", "16:9", "4:3"):
            self.page.addItem("", key)
        self.direction = QComboBox()
        for key in ("auto", "TB", "LR"):
            self.direction.addItem("", key)
        self.fold = QCheckBox()
        self.font_scale = QDoubleSpinBox()
        self.font_scale.setRange(0.5, 3.0)
        self.font_scale.setSingleStep(0.1)
        self.font_scale.setDecimals(1)
        self.font_scale.setSuffix("×")
        self.path = QLineEdit()
        self.browse_button = QPushButton()
        self.browse_button.clicked.connect(self.browse)
        file_row = QWidget()
        fr = QHBoxLayout(file_row)
        fr.setContentsMargins(0, 0, 0, 0)
        fr.addWidget(self.path, 1)
        fr.addWidget(self.browse_button)

        form = QFormLayout()
        # The row labels are kept (field -> label) so retranslate() can word them again; a row without
        # a label has no QLabel at all (as addRow("", field) makes it), so a hidden field leaves no gap.
        self.row_labels: dict[QWidget, QLabel] = {}
        for field_, labelled in ((self.what, True), (self.range_row, False), (self.format, True),
                                 (self.theme, True), (self.scale, True), (self.transparent, False),
                                 (self.caption, False), (self.title, False), (self.page, True),
                                 (self.direction, True), (self.fold, False), (self.font_scale, True),
                                 (file_row, True)):
            if labelled:
                label = self.row_labels[field_] = QLabel()
                label.setBuddy(field_)
                form.addRow(label, field_)
            else:
                form.addRow("", field_)
        self.file_row = file_row
        self.buttons = QDialogButtonBox(QDialogButtonBox.Cancel)  # Qt words its standard button itself
        self.export_button = self.buttons.addButton("", QDialogButtonBox.AcceptRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.setMinimumWidth(520)  # room for a real path
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(self.buttons)

        self.retranslate()
        self._restore()
        self.what.currentIndexChanged.connect(self._sync)
        self.format.currentIndexChanged.connect(self._format_changed)
        self._sync()
        self.written: list[Path] = []

    def retranslate(self):
        """Every text of the dialog in the current language; the choices made stay as they are
        (combo items are reworded in place, by their data, so the selection does not move)."""
        tr = self.tr
        self.setWindowTitle(tr("Export"))
        what = {"current": tr("This step ({k} of {n})").format(k=self._k + 1, n=self._n),
                "all": tr("Every step ({n} pages)").format(n=self._n),
                "range": tr("A range of steps")}
        for i in range(self.what.count()):
            data = self.what.itemData(i)
            if isinstance(data, list):
                text = tr("The steps that matter ({n} pages)").format(n=self._key_steps)
            else:
                text = what.get(data) or self._phase_label(data)
            self.what.setItemText(i, text)
        self.first.setPrefix(tr("from "))
        self.last.setPrefix(tr("to "))
        names = theme_names()
        _reword(self.theme, {AS_SHOWN: tr("As shown"), **names})
        self.transparent.setText(tr("Transparent background"))
        self.caption.setText(tr("Caption with the step's narration"))
        self.title.setText(tr("Title"))
        _reword(self.page, {"fit": tr("Fit the diagram"), "16:9": tr("16:9 slide"), "4:3": tr("4:3 slide")})
        _reword(self.direction, {"auto": tr("As shown (on a slide: whichever fills it better)"),
                                 "TB": tr("Top to bottom"), "LR": tr("Left to right")})
        self.fold.setText(tr("Fold operations into their boxes"))
        self.browse_button.setText(tr("Browse…"))
        labels = {self.what: tr("What:"), self.format: tr("Format:"), self.theme: tr("Theme:"),
                  self.scale: tr("PNG scale:"), self.page: tr("Page size:"), self.direction: tr("Direction:"),
                  self.font_scale: tr("Text size:"), self.file_row: tr("File:")}
        for field_, label in self.row_labels.items():
            label.setText(labels[field_])
        self.export_button.setText(tr("Export"))

    def _phase_label(self, ph: str) -> str:
        return {"forward": self.tr("The forward pass"), "backward": self.tr("The backward pass"),
                "update": self.tr("The update"), "inputs": self.tr("The inputs")}.get(ph, phase_name(ph))

    # -- state --
    def _restore(self):
        s = self.settings
        self._select(self.format, s.value("export/format", "png"))
        self._select(self.theme, s.value("export/theme", AS_SHOWN))
        self._select(self.page, s.value("export/page", "fit"))
        self._select(self.direction, s.value("export/direction", "auto"))
        self.fold.setChecked(self.window_.options.fold_ops)  # as the window shows it, each time
        self.font_scale.setValue(float(s.value("export/font_scale", 1.0)))
        self.scale.setValue(int(s.value("export/scale", 2)))
        self.transparent.setChecked(s.value("export/transparent", False, type=bool))
        self.caption.setChecked(s.value("export/caption", True, type=bool))
        self.title.setChecked(s.value("export/title", True, type=bool))
        folder = s.value("export/folder", "") or QStandardPaths.writableLocation(QStandardPaths.PicturesLocation) \
            or str(Path.home())
        name = f"visualgrad-step-{self.window_.scene.step + 1}"
        self.path.setText(str(Path(folder) / f"{name}.{self.format.currentData()}"))

    def _save(self):
        s = self.settings
        s.setValue("export/format", self.format.currentData())
        s.setValue("export/theme", self.theme.currentData())
        s.setValue("export/page", self.page.currentData())
        s.setValue("export/direction", self.direction.currentData())
        s.setValue("export/font_scale", self.font_scale.value())
        s.setValue("export/scale", self.scale.value())
        s.setValue("export/transparent", self.transparent.isChecked())
        s.setValue("export/caption", self.caption.isChecked())
        s.setValue("export/title", self.title.isChecked())
        s.setValue("export/folder", str(Path(self.path.text()).expanduser().parent))

    @staticmethod
    def _select(combo: QComboBox, data):
        i = combo.findData(data)
        if i >= 0:
            combo.setCurrentIndex(i)

    def _sync(self):
        self.range_row.setVisible(self.what.currentData() == "range")
        fmt = self.format.currentData()
        self.scale.setEnabled(fmt in ("png", "gif", "pptx"))
        self.transparent.setEnabled(fmt in ("png", "svg"))
        self.page.setEnabled(True)  # PowerPoint and Beamer take 16:9 or 4:3 (a "fit" page is a 16:9 slide there)

    def _format_changed(self):
        text = self.path.text().strip()
        if text:
            self.path.setText(str(Path(text).with_suffix("." + self.format.currentData())))
        self._sync()

    def choices(self) -> ExportChoices:
        what = self.what.currentData()
        if what == "range":
            a, b = sorted((self.first.value() - 1, self.last.value() - 1))
            what = (a, b)
        fmt = self.format.currentData()
        opts = ExportOptions(scale=float(self.scale.value()),
                             transparent=self.transparent.isChecked() and fmt in ("png", "svg"),
                             caption=self.caption.isChecked(), title=self.title.isChecked(),
                             page=self.page.currentData(), direction=self.direction.currentData(),
                             fold=self.fold.isChecked(), font_scale=round(self.font_scale.value(), 2))
        return ExportChoices(what, fmt, self.theme.currentData(), opts)

    def target(self) -> Path:
        path = Path(self.path.text().strip()).expanduser()
        fmt = self.format.currentData()
        return path if path.suffix.lower() == "." + fmt else path.with_suffix("." + fmt)

    def browse(self):
        fmt = self.format.currentData()
        pattern = self.tr("{name} files (*.{ext})").format(name=self.FORMAT_NAMES[fmt], ext=fmt)
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export to"), str(self.target()), pattern)
        if path:
            self.path.setText(path)

    # -- doing it --
    def accept(self):
        if self.export_now():
            super().accept()

    def export_now(self) -> bool:
        """Export with a progress dialog for sequences; True when the files were written."""
        if not self.path.text().strip():
            self._warn(self.tr("Choose a file to export to."))
            return False
        choices, path = self.choices(), self.target()
        count = len(self._count(choices))
        progress = None
        box = None
        if count > 1:
            box = QProgressDialog(self.tr("Exporting {n} steps…").format(n=count), self.tr("Cancel"), 0, count, self)
            box.setWindowModality(Qt.WindowModal)
            box.setMinimumDuration(400)

            def progress(done, total):
                box.setValue(done)
                QCoreApplication.processEvents()
                return not box.wasCanceled()
        QGuiApplication.setOverrideCursor(Qt.WaitCursor)
        try:
            self.written = export_from_window(self.window_, path, choices, progress)
        except ExportCancelled:
            self.window_.statusBar().showMessage(self.tr("Export cancelled; nothing was written."), 5000)
            return False
        except (ExportError, OSError) as e:
            self._warn(str(e))
            return False
        finally:
            QGuiApplication.restoreOverrideCursor()
            if box is not None:
                box.close()
                box.deleteLater()  # a hidden child would keep its words when the language changes
        self._save()
        first = self.written[0] if self.written else path
        msg = self.tr("Exported {path}").format(path=str(first)) if len(self.written) == 1 else \
            self.tr("Exported {n} files, from {path}").format(n=len(self.written), path=str(first))
        self.window_.statusBar().showMessage(msg, 8000)
        return True

    def _count(self, choices: ExportChoices) -> list[int]:
        try:
            return select_steps(self.window_.scene.tl, steps_for(self.window_, choices.what))
        except ExportError:
            return []

    def _warn(self, message: str):
        self.last_error = message
        box = QMessageBox(QMessageBox.Warning, self.tr("Export"), message, QMessageBox.Ok, self)
        box.setAttribute(Qt.WA_DeleteOnClose)  # gone once read, not a hidden child in the old language
        box.open()  # not exec(): no nested event loop, and tests are never blocked  # Qt's exec, not Python's (Qt)
