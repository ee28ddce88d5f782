"""The "Output" dock of a pasted program, and the check's verdicts drawn beside the graph's nodes.

    install(window)   adds the dock; on every `ready` it shows what the run that is on screen wrote:
                      the notes (random starts that are visualgrad's own, not PyTorch's), the lines
                      print() wrote, and "check my backprop" — each hand gradient (dW2, grad_W2, ...)
                      against autograd's, as a line here and as a label beside the node it is about
                      ("by hand 0.0123 · autograd 0.0246 · ×½").

The check runs on the interpreter's result the window already has (the timeline's `built`): the
program is not run a second time. Tags are scene items the scene does not own; they are made again
for each graph and removed when the graph changes.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPen
from PySide6.QtWidgets import QGraphicsItem, QLabel, QPlainTextEdit, QVBoxLayout, QWidget
from shiboken6 import isValid

from ..i18n.retranslate import Retranslating

MAX_LINES = 2_000  # printed lines shown; a longer output is elided in the middle


def _t(text: str) -> str:
    return QCoreApplication.translate("ProgramPanel", text)


class VerdictLabel(QGraphicsItem):
    """A rounded tag beside a node: green when the hand gradient is right, amber for a factor, red else."""

    COLOURS = {"equal": ("#e4f5e5", "#2e7d32"), "factor": ("#fff3d6", "#a66300"),
               "transposed": ("#fff3d6", "#a66300"), "sign": ("#fde2dd", "#c62828"),
               "different": ("#fde2dd", "#c62828")}

    def __init__(self, lines: list[str], verdict: str, theme):
        super().__init__()
        self.lines = lines
        self.fill, self.ink = (QColor(c) for c in self.COLOURS.get(verdict, self.COLOURS["different"]))
        self.font = QFont(theme.font)
        self.font.setPointSizeF(theme.font_size * 0.9)
        fm = QFontMetricsF(self.font)
        self.line_h = fm.height()
        self.w = max(fm.horizontalAdvance(t) for t in lines) + 12
        self.h = self.line_h * len(lines) + 6
        self.setZValue(5)

    def boundingRect(self) -> QRectF:
        return QRectF(0, 0, self.w, self.h)

    def paint(self, p, option, widget=None):
        p.setRenderHint(p.RenderHint.Antialiasing)
        p.setPen(QPen(self.ink, 1.2))
        p.setBrush(QBrush(self.fill))
        p.drawRoundedRect(QRectF(0.5, 0.5, self.w - 1, self.h - 1), 5, 5)
        p.setFont(self.font)
        for k, text in enumerate(self.lines):
            p.drawText(QRectF(6, 3 + k * self.line_h, self.w - 12, self.line_h), Qt.AlignVCenter | Qt.AlignLeft, text)


class ProgramPanel(Retranslating, QWidget):
    def __init__(self, window):
        super().__init__()
        self.window_ = window
        self.report = None  # the check's Report for the run on screen, or None
        self.labels: list[VerdictLabel] = []
        self._checked = None  # the Built the report is about (the check runs once per run)
        self._text = None  # the program text last shown
        self.failure = None  # the error's name when the check failed on its own account (not the program's)
        self.printed, self.notes_shown = [], []  # what the run on screen wrote, as last shown
        lay = QVBoxLayout(self)
        lay.setContentsMargins(6, 6, 6, 6)
        self.notes = QLabel()
        self.notes.setWordWrap(True)
        self.notes.setStyleSheet("background: #fff3d6; color: #6b4a00; padding: 4px; border-radius: 3px;")
        self.notes.hide()
        lay.addWidget(self.notes)
        self.output = QPlainTextEdit()
        self.output.setReadOnly(True)
        self.output.setLineWrapMode(QPlainTextEdit.NoWrap)
        mono = QFont(window.theme.mono)
        mono.setStyleHint(QFont.Monospace)
        self.output.setFont(mono)
        lay.addWidget(self.output, 1)
        self.check_title = QLabel()
        self.check_title.setWordWrap(True)
        lay.addWidget(self.check_title)
        self.check_text = QPlainTextEdit()
        self.check_text.setReadOnly(True)
        self.check_text.setFont(mono)
        lay.addWidget(self.check_text, 1)
        self.retranslate()

    def retranslate(self) -> None:
        self.output.setAccessibleName(self.tr("Printed output"))
        self.check_text.setAccessibleName(self.tr("Check my backprop"))
        if self.dock is not None:
            self.dock.setWindowTitle(_t("Output"))
        self.show_output(self.printed, self.notes_shown)
        self.show_check()

    @property
    def check_failure(self) -> str:
        """Why the check could not run, when it failed on its own account; "" otherwise."""
        if self.failure is None:
            return ""
        return self.tr("The check could not run on this program ({why}); please report it.").format(why=self.failure)

    @property
    def dock(self):
        return self.window_.docks.get("output")

    # ---- following the window -----------------------------------------------------------------
    def sync(self) -> None:
        w = self.window_
        tl = w.session.timeline
        built = getattr(tl, "built", None) if w.session.preset is None else None
        printed = list(getattr(tl, "printed", None) or []) if built is not None or tl is not None else []
        notes = list(getattr(tl, "notes", None) or [])
        if w.session.preset is not None:
            printed, notes = [], []
        if built is not self._checked:
            self._checked = built
            self.report = self._check(built)
        fresh = w.session.text != self._text  # a new program, not an edited input: worth bringing forward
        self._text = w.session.text
        self.show_output(printed, notes)
        self.show_check()
        self.draw_labels()
        has_any = bool(printed or notes or (self.report and self.report.findings))
        if self.dock is not None:
            if has_any and (fresh or not self.dock.isVisible()):
                self.dock.show()
                self.dock.raise_()  # a new run's output in front of the tab the user had open
            elif not has_any and self.dock.isVisible():
                self.dock.hide()

    def _check(self, built):
        if built is None:
            return None
        from ...check.program import CheckError, check_built
        self.failure = None
        try:
            report = check_built(built)
        except CheckError:
            return None  # no loss-like value: nothing to check, and nothing wrong with the program
        except Exception as e:  # a fault of the check's, not the program's: said here, the window goes on
            self.failure = type(e).__name__
            return None
        return report if report.findings else None

    def show_output(self, printed, notes) -> None:
        self.printed, self.notes_shown = printed, notes
        self.notes.setVisible(bool(notes))
        self.notes.setText("\n".join(_t("Note: {text}").format(text=n) for n in notes))
        rows = [f"{line:>4} │ {text}" for line, text in printed]
        if len(rows) > MAX_LINES:
            half = MAX_LINES // 2
            rows = rows[:half] + [_t("… {n} more lines …").format(n=format(len(rows) - MAX_LINES, ","))] + rows[-half:]
        text = "\n".join(rows)
        if self.output.toPlainText() != text:
            self.output.setPlainText(text)
        self.output.setVisible(bool(printed))

    def show_check(self) -> None:
        r = self.report
        self.check_title.setVisible(r is not None or bool(self.check_failure))
        self.check_text.setVisible(r is not None)
        if r is None:
            self.check_title.setText(self.check_failure)
            return
        from ...check.program import where_text
        from ...check.words import line, summary
        self.check_title.setText("<b>" + self.tr("Check my backprop") + "</b> — " +
                                 summary(r.findings, r.loss_name, where_text(r)))
        self.check_text.setPlainText("\n".join(line(f, r.loss_name) for f in r.findings))

    def draw_labels(self) -> None:
        """One tag per checked node, just above its box ("dW2 by hand 0.0123 · autograd 0.0246 · ×½")."""
        scene = self.window_.scene
        for item in self.labels:
            if isValid(item) and item.scene() is scene:  # scene.clear() of a new graph deleted it already
                scene.removeItem(item)
        self.labels = []
        r = self.report
        if r is None or not getattr(scene, "nodes", None):
            return
        from ...check.words import short_label
        by_box: dict = {}
        for nid, findings in r.by_node.items():
            box = scene.nodes.get(nid)
            if box is not None and box.scene() is scene:  # a node in a closed group: tagged on the group's box
                by_box.setdefault(box, []).extend(findings)
        order = list(VerdictLabel.COLOURS)
        for box, findings in by_box.items():
            lines = [f"{f.hand}: {short_label(f)}" for f in findings]
            worst = max((f.verdict for f in findings), key=order.index)
            tag = VerdictLabel(lines, worst, self.window_.theme)
            # Above the box, in the gap between ranks: beside it, a same-rank neighbour is often in the way.
            tag.setPos(box.x() - box.w / 2, box.y() - box.h / 2 - tag.h - 3)
            scene.addItem(tag)
            self.labels.append(tag)
        if self.labels:
            rect = scene.sceneRect().united(scene.itemsBoundingRect().adjusted(-8, -8, 8, 8))
            scene.setSceneRect(rect)
            self.window_.view.fit(readable=True)


def install(window) -> None:
    panel = ProgramPanel(window)
    window.add_panel("output", _t("Output"), panel)
    window.program_panel = panel
    window.ready.connect(panel.sync)
