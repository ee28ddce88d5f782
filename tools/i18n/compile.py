"""Compile the Qt Linguist sources (.ts) into the .qm files the app loads, next to them.

Uses pyside6-lrelease (it comes with PySide6-Essentials, a dependency of visualgrad, so it is
present wherever the package can be built). Only finished translations are compiled; an
unfinished message shows its English source text.

The .qm files are build products, never committed: `make setup` runs this script for a source
checkout (the app reads resources/translations/ there), and the wheel's build (setup.py) compiles
them into the package. tests/test_i18n.py fails when a .qm here is not what its .ts compiles to.

Usage:  python tools/i18n/compile.py [--check]
"""
from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TS_DIR = ROOT / "resources" / "translations"


def find_lrelease() -> str | None:
    """pyside6-lrelease next to this Python, on PATH, or the binary inside the PySide6 package."""
    here = Path(sys.executable).parent
    for cand in (here / "pyside6-lrelease", here / "pyside6-lrelease.exe"):
        if cand.exists():
            return str(cand)
    found = shutil.which("pyside6-lrelease")
    if found:
        return found
    try:
        import PySide6
    except ImportError:
        return shutil.which("lrelease")
    base = Path(PySide6.__file__).parent
    for cand in (base / "lrelease", base / "lrelease.exe", base / "Qt" / "libexec" / "lrelease"):
        if cand.exists():
            return str(cand)
    return shutil.which("lrelease")


def compile_one(ts: Path, qm: Path, lrelease: str) -> None:
    proc = subprocess.run([lrelease, "-silent", str(ts), "-qm", str(qm)], capture_output=True, text=True)
    if proc.returncode != 0 or not qm.exists():
        raise RuntimeError(f"lrelease failed on {ts.name}: {proc.stderr.strip() or proc.stdout.strip()}")


def compile_all(out_dir: Path = TS_DIR, ts_dir: Path = TS_DIR) -> list[Path]:
    lrelease = find_lrelease()
    if lrelease is None:
        raise RuntimeError("pyside6-lrelease not found: install PySide6-Essentials")
    made = []
    for ts in sorted(ts_dir.glob("visualgrad_*.ts")):
        qm = out_dir / (ts.stem + ".qm")
        compile_one(ts, qm, lrelease)
        made.append(qm)
    return made


def stale() -> list[str]:
    """The .qm files that differ from a fresh compile of their .ts (or are missing)."""
    with tempfile.TemporaryDirectory() as tmp:
        fresh = compile_all(Path(tmp))
        return [f.name for f in fresh
                if not (TS_DIR / f.name).exists() or (TS_DIR / f.name).read_bytes() != f.read_bytes()]


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--check", action="store_true", help="write nothing; exit 1 if a .qm is out of date")
    args = p.parse_args(argv)
    if args.check:
        bad = stale()
        print("out of date: " + (", ".join(bad) or "none"))
        return 1 if bad else 0
    for qm in compile_all():
        print(f"wrote {qm.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
