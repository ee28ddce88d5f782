"""The vanishing lab at lecture size: layers drawn as their gradient norm, the chart large and saved as
PNG, SVG and PDF at slide size, and an export of the steps that matter instead of all of them."""
import subprocess

import pytest


def settle(qtbot, w):
    qtbot.waitUntil(lambda: w.scene.tl is not None and not w.worker.busy(), timeout=60000)
    qtbot.wait(30)


def test_a_collapsed_layer_shows_its_weights_gradient_norm_and_is_tinted_by_it(qtbot, make_window):
    w = make_window(preset="vanishing")
    settle(qtbot, w)
    from visualgrad.presets import run_lab
    run = run_lab()
    first = next(item for item in w.scene.groups if item.group == "layer 1")
    last = next(item for item in w.scene.groups if item.group == "layer 30")
    w.jump("end")
    assert first.view.value_text == "8×64"  # not `8×64 [0.4672, …]`
    assert first.view.grad_text == "‖∂y/∂W1‖ = 1.18e−24"
    assert float(first.view.grad) == pytest.approx(run.norms[0], rel=1e-12)
    assert float(last.view.grad) == pytest.approx(run.norms[-1], rel=1e-12)
    tint = w.scene._tinter()
    # Log-scale tint: the last layer (large gradient) is far hotter than the first (vanished).
    assert tint(last.view).saturation() > tint(first.view).saturation() + 100
    w.jump("forward-end")
    assert first.view.grad_text == ""  # no spoiler: nothing before the backward pass


def test_the_chart_is_large_and_saves_as_png_svg_and_pdf_at_slide_size(qtbot, make_window, tmp_path):
    w = make_window(preset="vanishing")
    w.resize(1280, 720)
    settle(qtbot, w)
    lab = w.lab_panel
    qtbot.waitUntil(lambda: lab.norms_plot is not None and lab.norms_plot.height() >= 260, timeout=5000)
    png = lab.save_chart(tmp_path / "norms.png")
    from PySide6.QtGui import QImage
    img = QImage(png)
    assert (img.width(), img.height()) == (2560, 1440)
    svg = (tmp_path / "norms.svg")
    lab.save_chart(svg)
    text = svg.read_text()
    assert "<svg" in text and "viewBox=\"0 0 1280 720\"" in text
    pdf = tmp_path / "norms.pdf"
    lab.save_chart(pdf)
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    size = next(line for line in info.splitlines() if line.startswith("Page size"))
    wpt, hpt = (float(v) for v in size.split(":")[1].split("pts")[0].split(" x "))
    assert wpt / hpt == pytest.approx(16 / 9, rel=0.01)
    from visualgrad.qt.panels.norm_chart import ChartError
    with pytest.raises(ChartError):
        lab.save_chart(tmp_path / "norms.bmp")


def test_export_the_steps_that_matter_not_all_189(qtbot, make_window, tmp_path):
    w = make_window(preset="vanishing")
    settle(qtbot, w)
    lab = w.lab_panel
    names = lab.key_steps()
    assert 6 <= len(names) <= 12 and len(w.timeline.steps) == 189
    steps = [k for _, k in names]
    assert steps == sorted(set(steps))
    tl = w.timeline
    assert tl.named("loss") in steps and tl.named("seed") in steps and len(tl.steps) - 1 in steps
    files = lab.export_steps(tmp_path / "key.pdf")
    info = subprocess.run(["pdfinfo", str(files[0])], capture_output=True, text=True, check=True).stdout
    import re
    assert int(re.search(r"Pages:\s+(\d+)", info).group(1)) == len(steps)
    w_pt, h_pt = (float(v) for v in re.search(r"Page size:\s+([\d.]+) x ([\d.]+)", info).groups())
    assert w_pt / h_pt == pytest.approx(16 / 9, rel=0.01)  # slides for a deck


def test_the_export_dialog_offers_the_steps_that_matter(qtbot, make_window, tmp_path):
    from visualgrad.qt.export.dialog import ExportDialog
    w = make_window(preset="vanishing")
    settle(qtbot, w)
    d = ExportDialog(w)
    qtbot.addWidget(d)
    texts = [d.what.itemText(i) for i in range(d.what.count())]
    assert "The steps that matter (9 pages)" in texts and "Every step (189 pages)" in texts
    d.what.setCurrentIndex(texts.index("The steps that matter (9 pages)"))
    d.format.setCurrentIndex(d.format.findData("pdf"))
    assert d._count(d.choices()) == [k for _, k in w.lab_panel.key_steps()]
    w.load_preset("chain-rule")
    settle(qtbot, w)
    d2 = ExportDialog(w)
    qtbot.addWidget(d2)
    assert not any("matter" in d2.what.itemText(i) for i in range(d2.what.count()))  # only where a preset says
