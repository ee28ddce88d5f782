"""The files visualgrad reads at run time, found in one place: icons, desktop files, example lessons and
compiled translations.

    from visualgrad.assets import resource
    resource("icons", "visualgrad.svg")             # a pathlib.Path, whether or not it exists
    resource("translations", "visualgrad_nl.qm")

Their sources live at the top of the repository, in resources/. An installed visualgrad (a wheel, the
bundle) carries what it reads inside the package, as visualgrad/resources/ (the build puts it there:
setup.py); a source checkout (make setup, an editable install, PYTHONPATH) reads resources/ itself,
where `make setup` compiles the translations.
"""
from __future__ import annotations

from functools import lru_cache
from importlib.resources import files
from pathlib import Path


@lru_cache(maxsize=1)
def resource_root() -> Path:
    package = Path(str(files("visualgrad")))
    installed = package / "resources"
    if installed.is_dir():
        return installed
    return package.parent / "resources"


def resource(*parts: str) -> Path:
    return resource_root().joinpath(*parts)
