"""By hand vs autograd in the window: a program that is a preset with a hand derivation (chain-rule,
blame-chain, neuron; any numbers) says `By hand: ∂L/∂x = 2·(2x + eˣ) = 2·(2·3 + e³) = 52.1711;
autograd: 52.1711.` on the step where autograd finishes that gradient, in the narration and in exports.

    install(window)   follows the window's `ready`: each new timeline gets the note once

A language switch needs nothing more: the window makes the timeline again in the new language and
says `ready`, and the note is added to it in that language.
"""
from __future__ import annotations


def note(window) -> bool:
    """Add the hand derivation to the timeline on screen, when its program is such a preset."""
    tl = window.timeline
    if tl is None or window.session.preset:
        return False
    from ...presets.programs import add_hand_note, hand_preset
    preset = hand_preset(window.session.text)
    if preset is None or not add_hand_note(tl, preset):
        return False
    k = window.session.step
    window.narration.show_step(tl.steps[k])  # the step on screen may be the one that changed
    return True


def install(window) -> None:
    window.ready.connect(lambda: note(window))
