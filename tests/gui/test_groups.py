"""A deep network shows one box per layer; a double-click opens a layer; stepping lights the layer."""


def distinct_items(w):
    return {id(i) for i in w.scene.nodes.values()}


def test_vanishing_lab_shows_one_box_per_layer(qtbot, make_window):
    w = make_window(preset="vanishing")
    depth = w.timeline and len([g for g in set(w.timeline.groups.values()) if g.startswith("layer")])
    assert depth == 30
    assert len(w.scene.groups) == 31  # 30 layers and the head
    assert len(distinct_items(w)) < 60  # the 150+ nodes stay a few dozen boxes
    w.jump("end")
    first = next(item for item in w.scene.groups if item.group == "layer 1")
    assert first.view.grad is not None


def test_a_layer_lights_while_any_of_its_nodes_is_active(qtbot, make_window):
    w = make_window(preset="vanishing")
    tl = w.timeline
    k = next(s.index for s in tl.steps if s.phase == "forward" and tl.groups.get(s.node) == "layer 2")
    w.go(k)
    item = next(item for item in w.scene.groups if item.group == "layer 2")
    assert item.view.active


def test_double_click_opens_a_layer(qtbot, make_window):
    w = make_window(preset="vanishing")
    before = len(distinct_items(w))
    with qtbot.waitSignal(w.ready, timeout=30000):
        w.scene.groupToggled.emit("layer 3")
    assert len(distinct_items(w)) > before
    assert all(item.group != "layer 3" for item in w.scene.groups)
    with qtbot.waitSignal(w.ready, timeout=30000):
        w.actions.collapse.trigger()  # off: every layer open
    assert not w.scene.groups
