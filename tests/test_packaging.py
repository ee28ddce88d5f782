"""Packaging: the wheel is a complete app (code, icons, desktop files, translations), the desktop
files pass the freedesktop validators, the icons are what the SVG draws, and the per-user
desktop install puts everything where desktops look — and works without the optional tools."""
from __future__ import annotations

import configparser
import importlib.util
import os
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

import numpy as np
import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tools" / "i18n"))

import visualgrad
from visualgrad import document

ROOT = Path(__file__).resolve().parent.parent
RES = ROOT / "resources"          # the sources; the wheel carries what the app reads as visualgrad/resources
LINUX = RES / "linux"
APP_ID = "io.github.visualgrad.VisualGrad"
SIZES = (16, 32, 48, 64, 128, 256)


def source_files(folder: Path) -> list[str]:
    """Files under folder as wheel paths (visualgrad/...), without caches."""
    return sorted(str(p.relative_to(ROOT)).replace(os.sep, "/") for p in folder.rglob("*")
                  if p.is_file() and "__pycache__" not in p.parts and p.suffix not in (".pyc", ".pyo"))


@pytest.fixture(scope="session")
def wheel(tmp_path_factory) -> zipfile.ZipFile:
    """Build the wheel once, from a clean copy of the tree (so a stale build/ folder or another
    engineer's build running at the same time cannot change what we look at)."""
    src = tmp_path_factory.mktemp("src")
    for name in ("pyproject.toml", "README.md", "LICENSE", "MANIFEST.in", "setup.py", "setup.cfg"):
        if (ROOT / name).exists():
            shutil.copy2(ROOT / name, src / name)
    for folder in ("visualgrad", "resources", "tools"):
        # *.qm: a source checkout's compiled translations; the build must make its own
        shutil.copytree(ROOT / folder, src / folder, ignore=shutil.ignore_patterns("__pycache__", "*.pyc", "*.qm"))
    out = tmp_path_factory.mktemp("wheel")
    r = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q",
                        "-w", str(out), str(src)], capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stderr[-3000:]
    (whl,) = out.glob("visualgrad-*.whl")
    with zipfile.ZipFile(whl) as z:
        yield z


# --- the wheel -----------------------------------------------------------------------------

def test_wheel_holds_icons_desktop_files_and_every_resource(wheel):
    names = set(wheel.namelist())
    assert "visualgrad/resources/icons/visualgrad.svg" in names
    for n in SIZES:
        assert f"visualgrad/resources/icons/visualgrad-{n}.png" in names
    for f in (f"{APP_ID}.desktop", f"{APP_ID}.metainfo.xml", f"{APP_ID}.mime.xml"):
        assert f"visualgrad/resources/linux/{f}" in names
    examples = sorted(p.name for p in (RES / "examples").glob("*.vgrad"))
    assert examples and all(f"visualgrad/resources/examples/{e}" in names for e in examples)
    # what only the build and the bundle use stays out: translation sources, Windows/macOS icons
    assert not [n for n in names if n.endswith((".ts", ".ico", ".icns"))]


def test_wheel_holds_translations_compiled_by_the_build(wheel, tmp_path):
    """The build compiles every resources/translations/*.ts (none are committed compiled): the wheel's
    .qm files are what pyside6-lrelease makes of the sources, and Qt loads them."""
    codes = sorted(p.stem.split("_")[1] for p in (RES / "translations").glob("visualgrad_*.ts"))
    assert codes == ["ca", "ja", "ko", "nl"]
    import compile as compile_ts  # tools/i18n/compile.py
    if compile_ts.find_lrelease() is None:
        pytest.skip("pyside6-lrelease is not installed")
    fresh = {p.name: p.read_bytes() for p in compile_ts.compile_all(tmp_path)}
    for code in codes:
        name = f"visualgrad/resources/translations/visualgrad_{code}.qm"
        assert name in wheel.namelist(), f"{name} is missing from the wheel"
        assert wheel.read(name) == fresh[f"visualgrad_{code}.qm"]
    from PySide6.QtCore import QTranslator
    (tmp_path / "nl.qm").write_bytes(wheel.read("visualgrad/resources/translations/visualgrad_nl.qm"))
    t = QTranslator()
    assert t.load(str(tmp_path / "nl.qm")) and t.translate("Menus", "&File") not in ("", "&File")


def test_the_makefile_installs_the_build_requirements_pyproject_declares():
    import shlex
    tomllib = pytest.importorskip("tomllib")
    declared = tomllib.loads((ROOT / "pyproject.toml").read_text())["build-system"]["requires"]
    makefile = (ROOT / "Makefile").read_text()
    line = next(ln for ln in makefile.splitlines() if "setuptools>=" in ln and "pip install" in ln)
    words = shlex.split(line.split("pip install", 1)[1])
    assert sorted(w for w in words if not w.startswith("-")) == sorted(declared)


def test_wheel_holds_every_module_and_the_command(wheel):
    names = set(wheel.namelist())
    modules = [f for f in source_files(ROOT / "visualgrad") if f.endswith(".py")]
    assert "visualgrad/document/__init__.py" in modules
    assert [m for m in modules if m not in names] == []
    assert not any(n.startswith(("tests/", "packaging/", "benchmarks/")) for n in names)
    dist_info = next(n.split("/")[0] for n in names if n.endswith(".dist-info/METADATA"))
    entry_points = wheel.read(f"{dist_info}/entry_points.txt").decode()
    assert "visualgrad = visualgrad.cli:main" in entry_points
    assert f"visualgrad-{visualgrad.__version__}.dist-info" == dist_info


def test_wheel_does_not_require_the_test_tools(wheel):
    dist_info = next(n for n in wheel.namelist() if n.endswith(".dist-info/METADATA"))
    requires = [line for line in wheel.read(dist_info).decode().splitlines() if line.startswith("Requires-Dist:")]
    hard = [r for r in requires if "extra ==" not in r]
    assert any("PySide6" in r for r in hard) and any("numpy" in r for r in hard)
    assert not any(word in r.lower() for r in hard for word in ("torch", "pytest", "hypothesis"))


# --- desktop files -------------------------------------------------------------------------

def read_desktop(path: Path) -> configparser.SectionProxy:
    cp = configparser.RawConfigParser(delimiters=("=",), interpolation=None)
    cp.optionxform = str
    cp.read(path, encoding="utf-8")
    return cp["Desktop Entry"]


def run_validator(tool: str, *args: str) -> subprocess.CompletedProcess:
    if not shutil.which(tool):
        pytest.skip(f"{tool} is not installed")
    return subprocess.run([tool, *args], capture_output=True, text=True, timeout=60)


def test_desktop_file_validates():
    r = run_validator("desktop-file-validate", str(LINUX / f"{APP_ID}.desktop"))
    assert r.returncode == 0 and not r.stdout.strip(), r.stdout + r.stderr


def test_metainfo_validates():
    r = run_validator("appstreamcli", "validate", "--no-net", str(LINUX / f"{APP_ID}.metainfo.xml"))
    assert r.returncode == 0, r.stdout + r.stderr


def test_desktop_files_agree_with_each_other_and_the_app():
    entry = read_desktop(LINUX / f"{APP_ID}.desktop")
    assert entry["Icon"] == APP_ID and entry["Exec"].split()[0] == "visualgrad"
    assert document.MIME_TYPE in entry["MimeType"].split(";")

    meta = ET.parse(LINUX / f"{APP_ID}.metainfo.xml").getroot()
    assert meta.findtext("id") == APP_ID
    assert meta.find("launchable").text == f"{APP_ID}.desktop"
    assert meta.find("releases/release").get("version") == visualgrad.__version__
    assert document.MIME_TYPE in [m.text for m in meta.iter("mediatype")]

    ns = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}
    mime = ET.parse(LINUX / f"{APP_ID}.mime.xml").getroot().find("m:mime-type", ns)
    assert mime.get("type") == document.MIME_TYPE
    assert [g.get("pattern") for g in mime.findall("m:glob", ns)] == ["*" + document.SUFFIX]


def test_mime_magic_recognises_a_saved_document():
    """The magic rule (for lessons that lost their extension) matches what document.save writes."""
    ns = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}
    match = ET.parse(LINUX / f"{APP_ID}.mime.xml").getroot().find(".//m:match", ns)
    head = document.dumps(document.Document(text="L = x")).encode()
    lo, hi = (int(x) for x in match.get("offset").split(":"))
    assert match.get("value").encode() in head[lo:hi + len(match.get("value"))]


# --- icons ---------------------------------------------------------------------------------

def test_png_icons_have_their_sizes_and_a_shape():
    Image = pytest.importorskip("PIL.Image")
    for n in SIZES:
        with Image.open(RES / "icons" / f"visualgrad-{n}.png") as im:
            assert im.size == (n, n) and im.mode == "RGBA"
            px = np.asarray(im)
        assert px[0, 0, 3] == 0 and px[-1, -1, 3] == 0               # rounded corners are transparent
        assert px[n // 2, n // 2, 3] == 255                          # the tile itself is opaque
        opaque = px[px[..., 3] == 255][:, :3]
        orange = (opaque[:, 0] > 200) & (opaque[:, 1] > 120) & (opaque[:, 1] < 190) & (opaque[:, 2] < 80)
        assert orange.any(), "the orange backward arrow is visible at every size"
        assert len(np.unique(opaque, axis=0)) > 5                    # a drawing, not a flat square


def test_png_icons_are_renders_of_the_current_svg(tmp_path, qapp):
    """Someone who edits visualgrad.svg must re-run `make icons`; this notices when they forget."""
    pytest.importorskip("PySide6.QtSvg")
    Image = pytest.importorskip("PIL.Image")
    spec = importlib.util.spec_from_file_location("render_icons", ROOT / "packaging" / "render_icons.py")
    render_icons = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(render_icons)
    fresh = render_icons.render(RES / "icons" / "visualgrad.svg", tmp_path, sizes=(16, 64))
    for path in fresh:
        with Image.open(path) as a, Image.open(RES / "icons" / path.name) as b:
            worst = np.abs(np.asarray(a.convert("RGBA"), int) - np.asarray(b.convert("RGBA"), int)).max()
            assert worst <= 8, f"{path.name} differs from a fresh render of the SVG; run `make icons`"


# --- per-user desktop install --------------------------------------------------------------

INSTALLER = ROOT / "packaging" / "linux" / "install_desktop.py"


def run_installer(data: Path, *args: str, path: str | None = None) -> subprocess.CompletedProcess:
    env = dict(os.environ)
    if path is not None:
        env["PATH"] = path
    return subprocess.run([sys.executable, str(INSTALLER), "--data-dir", str(data), *args],
                          capture_output=True, text=True, timeout=120, env=env)


@pytest.mark.skipif(sys.platform != "linux", reason="freedesktop integration is for Linux")
def test_install_desktop_puts_everything_where_desktops_look(tmp_path):
    data = tmp_path / "share"
    program = tmp_path / "my apps" / "visualgrad"          # a space: Exec must quote it
    program.parent.mkdir()
    program.write_text("#!/bin/sh\n")
    program.chmod(0o755)
    r = run_installer(data, "--exec", str(program))
    assert r.returncode == 0, r.stderr
    desktop = data / "applications" / f"{APP_ID}.desktop"
    entry = read_desktop(desktop)
    assert entry["Exec"] == f'"{program}" %f' and entry["TryExec"] == str(program)
    assert (data / "metainfo" / f"{APP_ID}.metainfo.xml").is_file()
    assert (data / "mime" / "packages" / f"{APP_ID}.xml").is_file()
    for n in SIZES:
        assert (data / "icons" / "hicolor" / f"{n}x{n}" / "apps" / f"{APP_ID}.png").is_file()
        assert (data / "icons" / "hicolor" / f"{n}x{n}" / "mimetypes" / "application-x-visualgrad.png").is_file()
    assert (data / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg").is_file()
    if shutil.which("desktop-file-validate"):
        v = subprocess.run(["desktop-file-validate", str(desktop)], capture_output=True, text=True)
        assert v.returncode == 0, v.stdout
    if shutil.which("update-mime-database"):      # the database now maps *.vgrad to our type
        assert "application/x-visualgrad:*.vgrad" in (data / "mime" / "globs2").read_text()
    if shutil.which("update-desktop-database"):   # and our type to our app
        assert f"application/x-visualgrad={APP_ID}.desktop;" in (data / "applications" / "mimeinfo.cache").read_text()

    r = run_installer(data, "--uninstall")
    assert r.returncode == 0, r.stderr
    left = [p for p in data.rglob("*") if p.is_file() and (APP_ID in p.name or "x-visualgrad" in p.name)]
    if not shutil.which("update-mime-database"):   # its generated mime/application/x-visualgrad.xml stays
        left = [p for p in left if p.parent.name != "application"]
    assert left == []


@pytest.mark.skipif(sys.platform != "linux", reason="freedesktop integration is for Linux")
def test_install_desktop_works_without_the_update_tools(tmp_path):
    data = tmp_path / "share"
    empty_path = tmp_path / "bin"
    empty_path.mkdir()
    r = run_installer(data, path=str(empty_path))                 # no update-*-database on PATH
    assert r.returncode == 0, r.stderr
    assert "not found" in r.stdout
    assert read_desktop(data / "applications" / f"{APP_ID}.desktop")["Exec"] == "visualgrad %f"
    assert not (data / "mime" / "globs2").exists()
