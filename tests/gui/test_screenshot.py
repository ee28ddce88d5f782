"""`visualgrad TEXT --screenshot PNG`: the whole window, at a step, in a theme."""
import os
import subprocess
import sys

import pytest
from PIL import Image


def run(*args, env_extra=None, display=False):
    env = dict(os.environ)
    env.pop("DISPLAY", None)
    env.pop("WAYLAND_DISPLAY", None)
    env.pop("QT_QPA_PLATFORM", None)
    if display:
        env["QT_QPA_PLATFORM"] = "offscreen"
    env["XDG_CONFIG_HOME"] = env.get("PYTEST_TMP_CONFIG", "/tmp/visualgrad-test-config")
    env.update(env_extra or {})
    return subprocess.run([sys.executable, "-m", "visualgrad", *args], capture_output=True, text=True, env=env,
                          timeout=120)


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_screenshot_of_a_backward_step(tmp_path, theme):
    out = tmp_path / f"shot-{theme}.png"
    r = run("L = 2*(x**2 + exp(x))", "--set", "x=3", "--step", "10", "--theme", theme, "--screenshot", str(out))
    assert r.returncode == 0, r.stderr
    img = Image.open(out).convert("RGB")
    assert img.size[0] >= 1000 and img.size[1] >= 600
    colours = img.getcolors(maxcolors=1 << 20)
    assert len(colours) > 50  # not blank
    accent = (0xE6, 0x00, 0x7A) if theme == "light" else (0xFF, 0x4F, 0xB0)
    near = sum(n for n, c in colours if sum(abs(a - b) for a, b in zip(c, accent)) < 30)
    assert near > 100, "the active node's accent outline is missing"


def test_no_display_says_so_in_one_line():
    r = run("L = x*2")
    assert r.returncode == 2
    assert "no display" in r.stderr and "visualgrad trace" in r.stderr
    assert len(r.stderr.strip().splitlines()) == 1
