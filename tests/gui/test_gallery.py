"""Presets → Gallery…: every preset listed with its description and article, each one opens and renders.

Screenshots of every preset go to /tmp/vg-presets/ (look at them: the tests check only what can be
counted, such as size, colours and how many boxes are on screen)."""
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from visualgrad.presets import PRESETS
from visualgrad.qt.panels.gallery import NAME_ROLE

SHOTS = Path("/tmp/vg-presets")


def settle(qtbot, w):
    qtbot.waitUntil(lambda: not w.worker.busy() and w.scene.tl is not None
                    and not w.lab_panel.pause.isActive() and not w.training_panel.running, timeout=120000)
    qtbot.wait(50)


def open_dialog(qtbot, w):
    w.gallery_action.trigger()
    dialog = w.gallery_dialog
    qtbot.waitUntil(dialog.isVisible, timeout=5000)
    return dialog


def shoot(w, name) -> Image.Image:
    SHOTS.mkdir(parents=True, exist_ok=True)
    w.view.fit()
    path = SHOTS / f"{name}.png"
    assert w.grab().save(str(path))
    return Image.open(path).convert("RGB")


def test_the_gallery_lists_every_preset_with_its_article(qtbot, make_window):
    w = make_window()
    assert w.presets_menu.actions()[0] is w.gallery_action
    dialog = open_dialog(qtbot, w)
    assert dialog.names() == list(PRESETS)
    for i, (name, p) in enumerate(PRESETS.items()):
        label = dialog.list.itemWidget(dialog.list.item(i)).text()
        assert p.title() in label and name in label and p.article in label
        assert p.description().split(":")[0] in label.replace("&#x27;", "'")


def test_a_double_click_opens_a_preset(qtbot, make_window):
    w = make_window()
    dialog = open_dialog(qtbot, w)
    item = dialog.list.item(dialog.names().index("chain-rule"))
    dialog.list.scrollToItem(item)
    rect = dialog.list.visualItemRect(item)
    opened = []
    dialog.accepted.connect(lambda: opened.append(dialog.list.currentItem().data(NAME_ROLE)))
    qtbot.mouseClick(dialog.list.viewport(), Qt.LeftButton, pos=rect.center())  # a double-click's first press
    with qtbot.waitSignal(w.ready, timeout=30000):
        qtbot.mouseDClick(dialog.list.viewport(), Qt.LeftButton, pos=rect.center())
    qtbot.wait(50)
    assert opened == ["chain-rule"]  # opened once, though a double-click also activates the item
    assert not dialog.isVisible()
    assert "x = 3" in w.editor.toPlainText()
    labels = {i.label for i in w.timeline.nodes.values()}
    assert {"x", "a", "b", "c", "L"} <= labels


@pytest.mark.parametrize("name", list(PRESETS))
def test_every_preset_opens_from_the_gallery_and_renders(qtbot, make_window, name):
    w = make_window()
    dialog = open_dialog(qtbot, w)
    dialog.select(name)
    with qtbot.waitSignal(w.ready, timeout=60000):
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.Open), Qt.LeftButton)
    settle(qtbot, w)
    p = PRESETS[name]
    assert w.session.preset == (None if p.text else name)
    if p.text:
        assert w.editor.toPlainText().startswith(p.text.split("\n")[0])
    assert w.docks["training"].isVisible() == p.trainable
    assert w.docks["lab"].isVisible() == (name == "vanishing")
    boxes = {id(i) for i in w.scene.nodes.values()}
    assert len(boxes) >= 3
    img = shoot(w, name)
    assert img.size[0] >= 1000
    colours = img.getcolors(maxcolors=1 << 20)
    assert colours is not None and len(colours) > 100  # a drawn graph, not a blank window
    grad = tuple(int(w.theme.grad[i:i + 2], 16) for i in (1, 3, 5))
    if name == "vanishing":  # the lab opens at its last step: gradient tint and charts on screen
        near = sum(n for n, c in colours if sum(abs(a - b) for a, b in zip(c, grad)) < 40)
        assert near > 200


def test_the_fifty_layer_lab_stays_a_few_dozen_boxes(qtbot, make_window):
    w = make_window()
    w.load_preset("vanishing", {"depth": 50})
    settle(qtbot, w)
    assert w.lab_panel.depth.value() == 50
    assert len(w.timeline.nodes) > 250  # the network really is 50 layers deep...
    boxes = {id(i) for i in w.scene.nodes.values()}
    assert len(boxes) + len(w.scene.ops) < 200  # ...but on screen it is one box per layer
    img = shoot(w, "vanishing-50")
    assert len(img.getcolors(maxcolors=1 << 20)) > 100
