"""The Qt binding is one we can run on. PySide6 6.12.0 drops a reference to None on every void call;
on Python 3.11 the app then dies with 'deallocating None' after a few thousand scene updates. Two
guards: the installed PySide6 is inside pyproject.toml's range (which excludes it), and, where None
can still be deallocated (Python before 3.12 made it immortal), void calls keep its count."""
import re
import sys
from importlib.metadata import version
from pathlib import Path

from packaging.requirements import Requirement
from PySide6.QtCore import QRectF
from PySide6.QtWidgets import QGraphicsItem

ROOT = Path(__file__).resolve().parents[2]


class _Item(QGraphicsItem):
    def boundingRect(self):
        return QRectF()

    def paint(self, *args):
        pass


def test_the_installed_pyside6_is_in_the_declared_range():
    text = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    dependencies = text.split("dependencies = [", 1)[1].split("]", 1)[0]
    spec = next(Requirement(m) for m in re.findall(r'"([^"]+)"', dependencies) if m.startswith("PySide6"))
    assert "6.12.0" not in spec.specifier, "the declared range must exclude PySide6 6.12.0"
    assert version("PySide6-Essentials") in spec.specifier, (version("PySide6-Essentials"), str(spec))


def test_void_calls_keep_none_alive():
    item = _Item()
    before = sys.getrefcount(None)
    for _ in range(2000):
        item.setZValue(1.0)
        item.update()
    after = sys.getrefcount(None)
    if sys.version_info >= (3, 12):
        # None is immortal (PEP 683): its count is pinned, so no binding can make it reach zero.
        assert after == before
    else:
        assert after - before > -50, f"{before - after} references to None lost in 4000 void calls"
