"""chain-rule's promise, by hand vs autograd: the hand derivation is said where autograd finishes ∂L/∂x."""

HAND = "By hand: ∂L/∂x = 2·(2x + eˣ) = 2·(2·3 + e³) = 52.1711; autograd: 52.1711."


def test_the_preset_timeline_says_the_hand_derivation_on_the_last_backward_step():
    from visualgrad.presets import get_preset
    tl = get_preset("chain-rule").timeline()
    assert tl.steps[-1].text.endswith(HAND)
    assert sum("By hand" in s.text for s in tl.steps) == 1
    tl4 = get_preset("chain-rule").timeline({"x": 4})
    assert tl4.steps[-1].text.endswith("= 2·(2·4 + e⁴) = 125.196; autograd: 125.196.")


def test_the_window_shows_it_for_the_preset_and_after_an_edit(qtbot, make_window):
    w = make_window(preset="chain-rule")
    w.jump("end")
    assert w.narration.text.text().endswith(HAND)
    w.go(3)
    assert "By hand" not in w.narration.text.text()
    with qtbot.waitSignal(w.ready, timeout=20000):
        w.set_value("x", 2.0)
    w.jump("end")
    assert w.narration.text.text().endswith("= 2·(2·2 + e²) = 22.7781; autograd: 22.7781.")


def test_other_programs_get_no_hand_note(make_window):
    w = make_window()  # L = 2*(x**2 + exp(x)): same maths, but not the preset's program
    w.jump("end")
    assert "By hand" not in w.narration.text.text()


def test_the_note_follows_a_language_switch(qtbot, make_window):
    w = make_window(preset="chain-rule")
    w.jump("end")
    step = w.session.step
    w.language_actions["nl"].trigger()
    dutch = "Met de hand: ∂L/∂x = 2·(2x + eˣ) = 2·(2·3 + e³) = 52.1711; autograd: 52.1711."
    qtbot.waitUntil(lambda: w.narration.text.text().endswith(dutch), timeout=30000)
    assert w.session.step == step
