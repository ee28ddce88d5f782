"""Stepping reuses the scene's moving dots: many steps add no items, and no dot outlives its step."""


def dots_shown(w):
    return [d for d in w.animator.pool if d.isVisible()]


def test_stepping_back_and_forth_keeps_the_scene_the_same_size(qtbot, make_window):
    w = make_window()
    w.jump("end")
    w.go(9)  # a backward step: dots on the edges that carry blame
    w.previous_step()
    w.next_step()  # (edge labels are made the first time they have text: now they all exist)
    before = len(w.scene.items())
    assert len(dots_shown(w)) == len(w.animator.dots) > 0
    for _ in range(100):
        w.previous_step()
        w.next_step()
    assert len(w.scene.items()) == before
    w.jump("start")  # the inputs: no blame moves, so no dot is shown
    assert not dots_shown(w) and not w.animator.running()


def test_a_new_graph_starts_with_fresh_dots(qtbot, make_window):
    w = make_window()
    w.go(9)
    old = list(w.animator.pool)
    w.load_text("a = x*y\nL = a + x", {"x": 2.0, "y": 3.0})
    qtbot.waitUntil(lambda: w.scene.tl is w.session.timeline and not w.worker.busy(), timeout=20000)
    w.jump("end")
    w.previous_step()
    assert w.animator.dots and all(d.scene() is w.scene for d in dots_shown(w))
    assert not any(d in old for d in w.animator.pool)
