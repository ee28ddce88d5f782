"""The one build step pyproject.toml cannot declare: the run-time resources inside the wheel.

resources/ at the top of the repository holds the sources; the package reads, at run time, the icons
(SVG and PNG), the desktop files, the example lessons and the compiled translations. This copies
those into visualgrad/resources/ in the build and compiles resources/translations/*.ts into .qm files
there with pyside6-lrelease (from PySide6-Essentials, a build requirement). An editable install reads
resources/ in place (visualgrad/assets.py), so there is nothing to copy for it.
"""
from __future__ import annotations

import importlib.util
import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent
# folder under resources/ -> the files of it the app reads at run time
SHIPPED = {"icons": ("*.svg", "*.png"), "linux": ("*.desktop", "*.xml"), "examples": ("*.vgrad",)}


def _compiler():
    spec = importlib.util.spec_from_file_location("visualgrad_compile_ts", ROOT / "tools" / "i18n" / "compile.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def stage_resources(target: Path) -> list[Path]:
    """Copy and compile what the package reads at run time into `target` (visualgrad/resources)."""
    written = []
    for folder, patterns in SHIPPED.items():
        (target / folder).mkdir(parents=True, exist_ok=True)
        for pattern in patterns:
            for f in sorted((ROOT / "resources" / folder).glob(pattern)):
                written.append(Path(shutil.copy2(f, target / folder / f.name)))
    (target / "translations").mkdir(parents=True, exist_ok=True)
    written += _compiler().compile_all(target / "translations", ROOT / "resources" / "translations")
    return written


class BuildWithResources(build_py):
    def run(self):
        super().run()
        if getattr(self, "editable_mode", False):
            return
        stage_resources(Path(self.build_lib) / "visualgrad" / "resources")


if __name__ == "__main__":  # what setuptools' build backend runs; packaging/visualgrad.spec imports stage_resources
    setup(cmdclass={"build_py": BuildWithResources})
