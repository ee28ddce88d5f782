"""The preset catalogue: names, gallery text, the program presets' numbers, timelines, the CLI."""
import math

import numpy as np
import pytest

from visualgrad.cli import main
from visualgrad.presets import PRESETS, Preset, PresetError, get_preset

NAMES = ["chain-rule", "blame-chain", "neuron", "xor-mlp", "vanishing"]


def phases(tl):
    """The phases in order, runs collapsed: ['inputs', 'forward', 'loss', ...]."""
    out = []
    for s in tl.steps:
        if not out or out[-1] != s.phase:
            out.append(s.phase)
    return out


def grad_of(tl, name):
    return next(float(n.grad) for n in tl.nodes.values() if n.label == name)


# ---- the catalogue ---------------------------------------------------------------

def test_the_five_presets_in_gallery_order():
    assert list(PRESETS) == NAMES
    for name, p in PRESETS.items():
        assert isinstance(p, Preset) and p.name == name
        assert p.title() and p.description() and p.article


def test_articles_are_named():
    assert "Korean" in PRESETS["chain-rule"].article and "Korean" in PRESETS["vanishing"].article
    assert "Catalan" in PRESETS["xor-mlp"].article
    assert "Dutch" in PRESETS["blame-chain"].article


def test_unknown_preset_is_a_key_error_listing_the_names():
    with pytest.raises(KeyError) as e:
        get_preset("resnet")
    msg = str(e.value)
    assert "resnet" in msg and all(n in msg for n in NAMES)


def test_gallery_text_goes_through_translation(monkeypatch):
    from visualgrad import i18n
    monkeypatch.setattr(i18n, "_translate", lambda ctx, text: f"<{ctx}>{text}")
    assert PRESETS["xor-mlp"].title().startswith("<presets>")
    assert PRESETS["neuron"].description().startswith("<presets>")


def test_programs_have_text_networks_do_not():
    for name in ("chain-rule", "blame-chain", "neuron"):
        assert PRESETS[name].text
    assert PRESETS["xor-mlp"].text is None and PRESETS["vanishing"].text is None


def test_trainable_and_learning_rates():
    assert [n for n, p in PRESETS.items() if p.trainable] == ["neuron", "xor-mlp"]
    assert PRESETS["xor-mlp"].learning_rate == 0.1
    assert PRESETS["vanishing"].learning_rate is None


def test_build_gives_what_the_app_draws():
    for name, p in PRESETS.items():
        g = p.build(depth=3) if name == "vanishing" else p.build()
        ids = {n.id for n in g.order}
        assert g.output.id in ids and set(g.labels) == ids
        assert all(n.source is None or n.source.line in g.statements for n in g.order)
        assert set(g.groups) <= ids


def test_unknown_parameter_and_bad_choice():
    with pytest.raises(PresetError, match="no parameter 'depth'"):
        get_preset("xor-mlp").build(depth=3)
    with pytest.raises(PresetError, match="view must be one of tensor, scalar"):
        get_preset("xor-mlp").build(view="matrix")
    with pytest.raises(KeyError, match="no input or weight named 'q'"):
        get_preset("chain-rule").timeline({"q": 1})


# ---- chain-rule ------------------------------------------------------------------

def test_chain_rule_52_1711():
    tl = get_preset("chain-rule").timeline()
    assert grad_of(tl, "x") == pytest.approx(2 * (2 * 3 + math.exp(3)), rel=1e-12)
    assert round(grad_of(tl, "x"), 4) == 52.1711
    # the fan-out: blame on x adds up 12 + 40.17 in the program's order
    terms = tl.accum[next(i for i, n in tl.nodes.items() if n.label == "x")][-1][2]
    assert [round(float(t), 2) for t in terms] == [12.0, 40.17]


def test_chain_rule_by_hand_vs_autograd():
    bh = get_preset("chain-rule").by_hand()
    assert bh["wrt"] == "x" and "2·(2x + eˣ)" in bh["formula"]
    assert bh["by_hand"] == pytest.approx(bh["autograd"], rel=1e-12)
    assert round(bh["autograd"], 4) == 52.1711
    at4 = get_preset("chain-rule").by_hand({"x": 4})
    assert at4["by_hand"] == pytest.approx(2 * (8 + math.exp(4)), rel=1e-12) == at4["autograd"]


def test_chain_rule_against_pytorch():
    torch = pytest.importorskip("torch")
    x = torch.tensor(3.0, dtype=torch.float64, requires_grad=True)
    L = (x ** 2 + torch.exp(x)) * 2
    L.backward()
    tl = get_preset("chain-rule").timeline()
    assert np.allclose(grad_of(tl, "x"), x.grad.item(), rtol=1e-9, atol=0)
    assert np.allclose(float(tl.nodes[tl.output].value), L.item(), rtol=1e-9, atol=0)


# ---- blame-chain -------------------------------------------------------------------

def test_blame_chain_reads_the_chain_rule_off_the_edges():
    tl = get_preset("blame-chain").timeline()
    ids = {n.label: i for i, n in tl.nodes.items()}
    assert {"team_lead", "manager", "director"} <= set(ids)
    z_y = tl.edges[(ids["director"], 0)]  # director ← manager: dz/dy
    y_x = tl.edges[(ids["manager"], 1)]  # manager ← team_lead: dy/dx (manager = 3·team_lead)
    assert z_y.source == ids["manager"] and y_x.source == ids["team_lead"]
    assert float(z_y.local) == 6 and float(y_x.local) == 3
    assert grad_of(tl, "team_lead") == float(z_y.local) * float(y_x.local) == 18
    bh = get_preset("blame-chain").by_hand()
    assert bh["by_hand"] == bh["autograd"] == 18


# ---- neuron ------------------------------------------------------------------------------

def test_neuron_numbers_and_update():
    p = get_preset("neuron")
    tl = p.timeline()
    ids = {n.label: i for i, n in tl.nodes.items()}
    assert tl.nodes[ids["w"]].role == "parameter" and tl.nodes[ids["b"]].role == "parameter"
    assert float(tl.nodes[tl.output].value) == 0.25  # σ(0.5·2 − 1) = 0.5, (0.5 − 1)² = 0.25
    assert grad_of(tl, "w") == -0.5 and grad_of(tl, "b") == -0.25
    assert float(tl.nodes[ids["w"]].updated) == 0.5 + 0.5 * 0.5
    bh = p.by_hand()
    assert bh["by_hand"] == pytest.approx(bh["autograd"], rel=1e-12)


def test_neuron_against_pytorch():
    torch = pytest.importorskip("torch")
    vals = {"x": 1.5, "w": -0.7, "b": 0.3, "target": 0.2}
    t = {k: torch.tensor(v, dtype=torch.float64, requires_grad=True) for k, v in vals.items()}
    L = (torch.sigmoid(t["w"] * t["x"] + t["b"]) - t["target"]) ** 2
    L.backward()
    tl = get_preset("neuron").timeline(vals)
    for k in ("x", "w", "b"):
        assert np.allclose(grad_of(tl, k), t[k].grad.item(), rtol=1e-9, atol=0)


# ---- timelines -----------------------------------------------------------------------

@pytest.mark.parametrize("name", NAMES)
def test_every_preset_timeline_has_the_right_phases(name):
    p = get_preset(name)
    tl = p.timeline(depth=4) if name == "vanishing" else p.timeline()
    want = ["inputs", "forward", "loss", "seed", "backward"] + (["update"] if p.trainable else [])
    assert phases(tl) == want
    n_ops = sum(1 for n in tl.nodes.values() if n.op)
    assert sum(s.phase == "forward" for s in tl.steps) == n_ops
    assert sum(s.phase == "backward" for s in tl.steps) == n_ops
    if p.trainable:
        params = [n for n in tl.nodes.values() if n.role == "parameter"]
        assert params and sum(s.phase == "update" for s in tl.steps) == len(params)
        for n in params:
            assert np.allclose(n.updated, n.value - p.learning_rate * n.grad, rtol=1e-15, atol=0)


def test_update_phase_can_be_left_out():
    assert "update" not in phases(get_preset("xor-mlp").timeline(learning_rate=None))


# ---- the command line ----------------------------------------------------------------

def test_cli_presets_lists_all_five(capsys):
    assert main(["presets"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert [line.split()[0] for line in out] == NAMES


def test_cli_trace_chain_rule_ends_with_the_gradient(capsys):
    assert main(["trace", "--preset", "chain-rule"]) == 0
    assert capsys.readouterr().out.rstrip().splitlines()[-1].strip() == "∂L/∂x = 52.1711"


def test_cli_unknown_preset_exits_2(capsys):
    assert main(["trace", "--preset", "nope"]) == 2
    assert "chain-rule" in capsys.readouterr().err


def test_cli_sets_a_lab_parameter_and_refuses_a_bad_one(capsys):
    assert main(["trace", "--preset", "vanishing", "--set", "depth=2"]) == 0
    assert "h2 = σ(z2)" in capsys.readouterr().out
    assert main(["trace", "--preset", "vanishing", "--set", "depth=51"]) == 2
    assert "from 1 to 50" in capsys.readouterr().err


def test_the_hand_derivation_follows_an_input_edited_past_float64s_range():
    """x = 1000 in the chain-rule preset: e¹⁰⁰⁰ is ∞ in float64, by hand as by autograd; no OverflowError."""
    from visualgrad.presets import get_preset
    from visualgrad.presets.programs import hand_sentence
    from visualgrad.timeline import from_text
    preset = get_preset("chain-rule")
    tl = from_text(preset.text.replace("x = 3", "x = 1000"))
    sentence, _ = hand_sentence(preset, tl)
    assert "∞" in sentence or "inf" in sentence
    assert preset.by_hand({"x": 1000.0})["by_hand"] == float("inf")
