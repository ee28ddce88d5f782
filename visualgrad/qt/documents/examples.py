"""Help → Examples: the example lessons shipped with visualgrad, one per preset, each opened as a new,
untitled lesson (so Save asks where to put the copy and the example stays as it ships).

    example_paths()      the example files, in the presets' gallery order
    ExamplesMenu(docs)   the menu; docs is the window's DocumentController

The entries are named by the preset's title in the UI language, so a language change names them again.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMenu

from ... import document as vgdoc
from ...document import SUFFIX, DocumentError
from ..i18n.retranslate import Retranslating


def _t(text: str) -> str:
    return QCoreApplication.translate("Documents", text)


def example_paths() -> list[Path]:
    """The example lessons, in the presets' gallery order (then any others by name)."""
    try:
        from ...presets import PRESETS
        order = list(PRESETS)
    except ImportError:
        order = []
    from ...assets import resource
    paths = sorted(resource("examples").glob(f"*{SUFFIX}"))
    rank = {name: i for i, name in enumerate(order)}
    return sorted(paths, key=lambda p: (rank.get(p.stem, len(rank)), p.stem))


def example_label(path: Path) -> str:
    """The preset's translated title when the example is a preset's, else the file's own title."""
    try:
        doc = vgdoc.load(path)
    except DocumentError:
        return path.stem
    if doc.preset:
        try:
            from ...presets import get_preset
            return get_preset(doc.preset).title()
        except Exception:  # noqa: BLE001 - a label is never worth failing the menu for
            pass
    return doc.title or path.stem


class ExamplesMenu(Retranslating, QMenu):
    def __init__(self, docs):
        super().__init__(docs.w)
        self.setObjectName("menu-examples")
        for path in example_paths():
            x = self.addAction("")
            x.setData(str(path))
            x.triggered.connect(lambda _=False, p=path: docs.open_example(p))
        self.setEnabled(bool(self.actions()))
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(_t("Examples"))
        for x in self.actions():
            path = Path(x.data())
            x.setText(example_label(path))
            x.setStatusTip(_t("Open the example lesson “{name}” (as a new, untitled lesson)").format(name=path.name))
