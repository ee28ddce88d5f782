"""Step → Practice: before the app shows a number, the student types it; the app checks.

The field sits in the narration bar. At a step that would reveal a gradient (or, with forward
values on, a value), that number shows as "?" on its node, its edges and in the inspector, the
narration asks for it, and Next waits. A wrong answer gets a hint (the upstream gradient and the
local derivative's formula) and a second try; then the answer with its working. A tensor is asked
one element, outlined in its heat map. Stepping past a question (End, a jump) reveals it unscored.
"""
from __future__ import annotations

import html
from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget


def _t(text: str) -> str:
    return QCoreApplication.translate("Practice", text)


RIGHT, WRONG = "#2e7d32", "#c62828"


class PracticeField(QWidget):
    """The answer field, its buttons and the score, at the right of the narration bar."""

    def __init__(self, parent=None):
        super().__init__(parent)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(6, 0, 0, 0)
        self.answer = QLineEdit()
        self.answer.setObjectName("practice-answer")
        self.answer.setPlaceholderText(_t("your answer"))
        self.answer.setToolTip(_t("Type the number and press Enter (or Check). Within 0.5 % counts as right."))
        self.answer.setFixedWidth(130)
        f = self.answer.font()
        f.setPointSizeF(f.pointSizeF() * 1.25)
        self.answer.setFont(f)
        self.check = QPushButton(_t("Check"))
        self.check.setObjectName("practice-check")
        self.check.setDefault(True)
        self.show_answer = QPushButton(_t("Show answer"))
        self.show_answer.setObjectName("practice-show")
        self.score = QLabel()
        self.score.setObjectName("practice-score")
        self.score.setMinimumWidth(80)
        for w in (self.answer, self.check, self.show_answer, self.score):
            lay.addWidget(w)

    def set_asking(self, asking: bool):
        # Shown only while a question waits: the rest of the time the narration gets the room.
        for w in (self.answer, self.check, self.show_answer):
            w.setVisible(asking)


class PracticeController(QObject):
    def __init__(self, window):
        super().__init__(window)
        self.w = window
        self.practice = None
        self.feedback = ""  # HTML: what the last answer got (right, a hint, the working)
        self.feedback_step = -1
        self.masked = False  # whether the scene shows a "?" now
        self.field = PracticeField()
        self.field.hide()
        window.narration.layout().addWidget(self.field)
        # What the last answer got (right, the hint, the working) gets its own lines above the bar.
        self.said = QLabel()
        self.said.setObjectName("practice-feedback")
        self.said.setWordWrap(True)
        self.said.setTextFormat(Qt.RichText)
        self.said.setContentsMargins(12, 4, 12, 4)
        self.said.setTextInteractionFlags(Qt.TextSelectableByMouse)
        f = self.said.font()
        f.setPointSizeF(f.pointSizeF() * 1.15)
        self.said.setFont(f)
        self.said.hide()
        central = window.centralWidget().layout()
        central.insertWidget(central.indexOf(window.narration), self.said)
        self.field.check.clicked.connect(self.check)
        self.field.answer.returnPressed.connect(self.check)
        self.field.show_answer.clicked.connect(self.give_up)
        self.action = QAction(_t("Practice"), window, checkable=True)
        self.action.setObjectName("action-practice")
        self.action.setShortcut(QKeySequence("Ctrl+Shift+P"))
        self.action.setToolTip(_t("Compute each gradient yourself before it is shown; the app checks (Ctrl+Shift+P)"))
        self.action.toggled.connect(self.set_on)
        self.forward = QAction(_t("Practise forward values too"), window, checkable=True)
        self.forward.toggled.connect(lambda _on: self.restart())
        window.stepChanged.connect(self.on_step)

    # ---- on and off ---------------------------------------------------------------
    def set_on(self, on: bool):
        self.field.setVisible(on)
        if on:
            self.restart()
        else:
            self.practice = None
            self.masked = False
            self.said.hide()
            self._mask_trace(False)
            self._unlock()
            self._redraw()

    def restart(self):
        from ...timeline.practice import Practice
        if not self.action.isChecked() or self.w.timeline is None:
            return
        self.practice = Practice(self.w.timeline, forward=self.forward.isChecked())
        self.feedback = ""
        self.on_step(self.w.session.step)

    def refresh(self):
        """Hide again what is not revealed yet (after another feature restyled the scene)."""
        if self.practice is not None:
            self.masked = True
            self._show()

    @property
    def question(self):
        p = self.practice
        return p.current(self.w.session.step) if p is not None else None

    # ---- each step ------------------------------------------------------------------
    def on_step(self, k: int):
        if self.practice is None:
            return
        if self.practice.tl is not self.w.timeline:  # a new program or new values: new questions
            from ...timeline.practice import Practice
            self.practice = Practice(self.w.timeline, forward=self.forward.isChecked())
            self.feedback = ""
        self.practice.skip_before(k)
        if k != self.feedback_step:
            self.feedback = ""  # what the last answer got is said at its own step only
        self._show()

    def _show(self):
        """Mask what is not revealed yet and ask the current question (or say how it went)."""
        q = self.question
        self._mask()
        s = self.practice.score
        self.field.score.setText(_t("Score {right}/{asked}").format(right=s.right, asked=s.asked))
        self.field.set_asking(q is not None)
        self.said.setText(self.feedback)
        self.said.setVisible(bool(self.feedback))
        self._mask_trace(q is not None)
        text = self.w.narration.text
        if q is None:
            self._unlock()
            return
        self.w.actions.next.setEnabled(False)  # Next waits for the answer (or Show answer)
        self.w.actions.play.setEnabled(False)
        if self.w.play_timer.isActive():
            self.w.toggle_play()
        # One piece, never "∂L/" on one line and "∂W" on the next: a word joiner after each slash,
        # no breaking spaces.
        ask = "<b>" + html.escape(q.prompt).replace("/", "/\u2060").replace(" ", "&nbsp;") + "</b>"
        text.setTextFormat(Qt.RichText)
        text.setText(ask)
        self.field.answer.clear()
        self.field.answer.setFocus()

    def _unlock(self):
        self.w.actions.next.setEnabled(True)
        self.w.actions.play.setEnabled(True)

    def _mask(self):
        """The numbers of the questions at this step show as "?" (scene, edges, inspector)."""
        from ..canvas.practice_mask import mask_scene
        scene, tl, k = self.w.scene, self.w.timeline, self.w.session.step
        grads, values = self.practice.hidden(k) if self.practice is not None else (set(), set())
        changed = self.w.inspector.hidden | grads  # (writing a big tensor out in full is slow: only these)
        self.w.inspector.hidden = grads
        # The window has just drawn step k; restyle again only to hide something, or to show again
        # what the last mask hid (a full restyle of a big graph is not free).
        if scene.tl is tl and (grads or values or self.masked):
            q = self.question
            mask_scene(scene, k, grads, values, (q.node, q.index) if q is not None and q.index else None)
        self.masked = bool(grads or values)
        if self.w.inspector.node_id in changed:
            self._refresh_inspector()

    def _mask_trace(self, hide: bool):
        """The trace's newest line says this step's numbers: "?" until they are answered."""
        trace = self.w.trace
        for row in (0, 1):  # the line of a step left unanswered comes back as it was
            item = trace.item(row)
            kept = item.data(Qt.UserRole + 1) if item is not None else None
            if kept is not None:
                item.setText(kept[0])
                item.setToolTip(kept[1])
                item.setData(Qt.UserRole + 1, None)
        top = trace.item(0)
        if hide and top is not None:
            top.setData(Qt.UserRole + 1, (top.text(), top.toolTip()))
            top.setText(top.text()[:1] + " ?")
            top.setToolTip("")

    def _refresh_inspector(self):
        ins, tl = self.w.inspector, self.w.timeline
        if ins.node_id is not None and tl is not None and ins.node_id in tl.nodes:
            ins.show_node(tl, ins.node_id, self.w.session.step)

    def _redraw(self):
        self.w.inspector.hidden = set()
        for item in self.w.scene.nodes.values():
            item.mark = None
        if self.w.timeline is not None:
            self.w.show_step(self.w.session.step)

    # ---- answers ----------------------------------------------------------------------
    def check(self):
        q = self.question
        if q is None:
            return
        from ...fmt import format_number
        from ...timeline.practice import hint, working
        typed = self.field.answer.text()
        result = self.practice.answer(q, typed)
        tl = self.w.timeline
        name = html.escape(q.name)
        if result == "right":
            self.feedback = f"<b style='color:{RIGHT}'>✓ " + _t("Right: {name} = {value}").format(
                name=name, value=format_number(q.answer, 6)) + "</b>"
        elif result == "hint":
            self.feedback = f"<b style='color:{WRONG}'>✗ " + _t("Not quite. Hint:") + "</b> " + html.escape(hint(tl, q))
        else:
            self.feedback = f"<b style='color:{WRONG}'>✗ " + _t("{name} = {value}:").format(
                name=name, value=format_number(q.answer, 6)) + "</b> " + \
                html.escape("; ".join(working(tl, q)))
        self._after_answer()

    def give_up(self):
        q = self.question
        if q is None:
            return
        from ...fmt import format_number
        from ...timeline.practice import working
        self.practice.reveal(q)
        self.feedback = f"<b>{html.escape(q.name)} = {format_number(q.answer, 6)}:</b> " + \
            html.escape("; ".join(working(self.w.timeline, q)))
        self._after_answer()

    def _after_answer(self):
        self.feedback_step = self.w.session.step
        if self.question is None:
            self.w.show_step(self.w.session.step)  # the numbers are revealed: draw the step as it is
        else:
            self._show()


def install(window) -> None:
    c = PracticeController(window)
    window.practice = c
    menu = getattr(window, "step_menu", None)
    if menu is not None:
        menu.addSeparator()
        menu.addAction(c.action)
        menu.addAction(c.forward)
    bar = getattr(window, "step_toolbar", None)
    if bar is not None:
        bar.addSeparator()
        bar.addAction(c.action)
    from ..window import why_view
    why_view.install(window)
    from ..export import worksheet
    worksheet.install(window)
