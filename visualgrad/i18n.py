"""Translation hook for the layers below Qt.

The engine, language and timeline must not import PySide6, yet everything a user
reads has to go through Qt's translation. They call `tr(context, text)`; the Qt
layer installs QCoreApplication.translate here at start-up. Until then it is the
identity, so the command line reads English.
"""
from __future__ import annotations

from typing import Callable

_translate: Callable[[str, str], str] = lambda context, text: text


def tr(context: str, text: str) -> str:
    return _translate(context, text)


def install(fn: Callable[[str, str], str]) -> None:
    global _translate
    _translate = fn
