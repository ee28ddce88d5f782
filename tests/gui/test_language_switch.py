"""Switching language while the app runs reaches everything on screen: Qt's LanguageChange event makes every
widget set its texts again (its retranslate()), with the training dock, the lab, a program's Output, practice
mode, the inspector, the export dialog and the gallery open, and back again."""
from __future__ import annotations

import pytest
from stale_texts import stale_texts

PROGRAM = """import torch
x = torch.tensor([1.0, -2.0], requires_grad=True)
y = (x * x).sum()
print(y)
y.backward()
print(x.grad)
"""


def _settled(qtbot, w):
    qtbot.waitUntil(lambda: not w.worker.busy() and w.scene.tl is w.session.timeline and w.pending_step is None
                    and not w._language_rebuild_due, timeout=60000)


def _switch(qtbot, w, code):
    w.language_actions[code].trigger()
    _settled(qtbot, w)


def _open(scenario, make_window, qtbot):
    if scenario == "seed":
        w = make_window()
        w.go(9)
        w.inspector_node = None
        w.show_find()
    elif scenario in ("xor-mlp", "vanishing"):
        w = make_window(preset=scenario)
        qtbot.waitUntil(lambda: not w.worker.busy(), timeout=60000)
        w.go(w.session.timeline.named("loss"))
    elif scenario == "program":
        w = make_window(text=PROGRAM, values={})
        w.go(-1)
    elif scenario == "practice":
        w = make_window()
        w.practice.action.trigger()
    elif scenario == "dialogs":
        w = make_window()
        w.gallery_action.trigger()
        w.open_export_dialog()
    _settled(qtbot, w)
    return w


@pytest.mark.parametrize("scenario", ["seed", "xor-mlp", "vanishing", "program", "practice", "dialogs"])
def test_every_text_follows_a_language_switch_and_back(scenario, make_window, qtbot):
    w = _open(scenario, make_window, qtbot)
    step = w.session.step
    _switch(qtbot, w, "nl")
    assert stale_texts(w, "en", "nl") == []
    assert w.session.step == step
    _switch(qtbot, w, "ja")
    assert stale_texts(w, "nl", "ja") == []
    _switch(qtbot, w, "en")
    assert stale_texts(w, "ja", "en") == []
    assert w.session.step == step
