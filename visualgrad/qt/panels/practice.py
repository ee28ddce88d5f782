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

from ..i18n.retranslate import Retranslating


def _t(text: str) -> str:
    return QCoreApplication.translate("Practice", text)


RIGHT, WRONG = "#2e7d32", "#c62828"


def _keys(p) -> list:
    """A practice's questions as the same program asks them in any language: each node by its place in the
    timeline (a timeline made again numbers its nodes anew), not by a name that may be worded differently."""
    place = {nid: i for i, nid in enumerate(p.tl.nodes)}
    return [(q.kind, place[q.node], q.index, q.ask_at, q.step, q.answer) for q in p.questions]


class PracticeField(Retranslating, QWidget):
    """The answer field, its buttons and the score, at the right of the narration bar."""

    def __init__(self, parent=None):
        super().__init__(parent)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(6, 0, 0, 0)
        self.answer = QLineEdit()
        self.answer.setObjectName("practice-answer")
        self.answer.setFixedWidth(130)
        f = self.answer.font()
        f.setPointSizeF(f.pointSizeF() * 1.25)
        self.answer.setFont(f)
        self.check = QPushButton()
        self.check.setObjectName("practice-check")
        self.check.setDefault(True)
        self.show_answer = QPushButton()
        self.show_answer.setObjectName("practice-show")
        self.score = QLabel()
        self.score.setObjectName("practice-score")
        self.score.setMinimumWidth(80)
        for w in (self.answer, self.check, self.show_answer, self.score):
            lay.addWidget(w)
        self.retranslate()

    def retranslate(self) -> None:
        self.answer.setPlaceholderText(_t("your answer"))
        self.answer.setToolTip(_t("Type the number and press Enter (or Check). Within 0.5 % counts as right."))
        self.check.setText(_t("Check"))
        self.show_answer.setText(_t("Show answer"))

    def set_asking(self, asking: bool):
        # Shown only while a question waits: the rest of the time the narration gets the room.
        for w in (self.answer, self.check, self.show_answer):
            w.setVisible(asking)


class PracticeController(QObject):
    def __init__(self, window):
        super().__init__(window)
        self.w = window
        self.practice = None
        self.answered = None  # (result, question) of the last answer: "right" | "hint" | "wrong" | "shown"
        self.feedback_step = -1
        self._relabel_due = False  # a language switch is remaking the timeline: the practice goes on
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
        self.action = QAction(window, checkable=True)
        self.action.setObjectName("action-practice")
        self.action.setShortcut(QKeySequence("Ctrl+Shift+P"))
        self.action.toggled.connect(self.set_on)
        self.forward = QAction(window, checkable=True)
        self.forward.toggled.connect(lambda _on: self.restart())
        window.stepChanged.connect(self.on_step)
        window.languageChanged.connect(self.retranslate)
        self.retranslate()

    def retranslate(self):
        """The actions are the window's, not a widget's; the score and the last answer's words are ours."""
        self.action.setText(_t("Practice"))
        self.action.setToolTip(_t("Compute each gradient yourself before it is shown; the app checks (Ctrl+Shift+P)"))
        self.forward.setText(_t("Practise forward values too"))
        if self.practice is not None:
            self._relabel_due = True
            self._show_said()

    @property
    def feedback(self) -> str:
        """HTML: what the last answer got (right, a hint, the working), at its own step only."""
        if self.answered is None or self.feedback_step != self.w.session.step or self.practice is None:
            return ""
        from ...fmt import format_number
        from ...timeline.practice import hint, working
        result, q = self.answered
        tl = self.practice.tl
        name, value = html.escape(q.name), format_number(q.answer, 6)
        if result == "right":
            return f"<b style='color:{RIGHT}'>✓ " + _t("Right: {name} = {value}").format(name=name, value=value) + "</b>"
        if result == "hint":
            return f"<b style='color:{WRONG}'>✗ " + _t("Not quite. Hint:") + "</b> " + html.escape(hint(tl, q))
        said = "; ".join(working(tl, q))
        if result == "wrong":
            return (f"<b style='color:{WRONG}'>✗ " + _t("{name} = {value}:").format(name=name, value=value) + "</b> "
                    + html.escape(said))
        return f"<b>{name} = {value}:</b> " + html.escape(said)  # shown on request

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
        self.answered = None
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
            self._new_practice()
        self.practice.skip_before(k)
        if k != self.feedback_step:
            self.answered = None  # what the last answer got is said at its own step only
        self._show()

    def _new_practice(self):
        """Questions for the timeline on screen. When a language switch remade it (the same questions,
        worded anew), what was answered, the tries and the score go on; else the practice starts over."""
        from ...timeline.practice import Practice
        old = self.practice
        new = self.practice = Practice(self.w.timeline, forward=self.forward.isChecked())
        carry = self._relabel_due and _keys(old) == _keys(new)
        self._relabel_due = False
        if not carry:
            self.answered = None
            return
        same = dict(zip(old.questions, new.questions))
        new.done = {same[q]: v for q, v in old.done.items()}
        new.tries = {same[q]: v for q, v in old.tries.items()}
        new.score = old.score
        if self.answered is not None:
            self.answered = (self.answered[0], same[self.answered[1]])

    def _show(self):
        """Mask what is not revealed yet and ask the current question (or say how it went)."""
        q = self.question
        self._mask()
        self.field.set_asking(q is not None)
        self._show_said()
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

    def _show_said(self):
        """The score, and what the last answer got."""
        s = self.practice.score
        self.field.score.setText(_t("Score {right}/{asked}").format(right=s.right, asked=s.asked))
        feedback = self.feedback
        self.said.setText(feedback)
        self.said.setVisible(bool(feedback))

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
        self.answered = (self.practice.answer(q, self.field.answer.text()), q)
        self._after_answer()

    def give_up(self):
        q = self.question
        if q is None:
            return
        self.practice.reveal(q)
        self.answered = ("shown", q)
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
    from . import why_view
    why_view.install(window)
    from ..export import worksheet
    worksheet.install(window)
