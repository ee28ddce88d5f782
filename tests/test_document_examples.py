"""The example lessons (Help → Examples): one per preset, each opens and shows its graph."""
from __future__ import annotations

from pathlib import Path

import pytest

from visualgrad.document import load
from visualgrad.presets import PRESETS, get_preset

EXAMPLES = Path(__file__).resolve().parent.parent / "resources" / "examples"


def test_one_example_per_preset():
    assert sorted(p.stem for p in EXAMPLES.glob("*.vgrad")) == sorted(PRESETS)


@pytest.mark.parametrize("name", list(PRESETS))
def test_example_opens_and_builds_its_timeline(name):
    doc = load(EXAMPLES / f"{name}.vgrad")
    assert doc.preset == name and doc.title
    tl = get_preset(doc.preset).timeline(doc.values, **doc.preset_params)
    assert 0 <= doc.step < len(tl.steps)


def test_chain_rule_example_gives_the_article_number():
    doc = load(EXAMPLES / "chain-rule.vgrad")
    tl = get_preset(doc.preset).timeline(doc.values, **doc.preset_params)
    x = next(i for i, n in tl.nodes.items() if n.label == "x")
    assert tl.nodes[x].grad == pytest.approx(52.1711, abs=1e-4)
