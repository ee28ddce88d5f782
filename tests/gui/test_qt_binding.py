"""Guard against a binding that leaks references to None (PySide6 6.12.0 on Python 3.11 does, and the
app then dies with 'deallocating None' after a few thousand scene updates)."""
import sys

from PySide6.QtCore import QRectF
from PySide6.QtWidgets import QGraphicsItem


class _Item(QGraphicsItem):
    def boundingRect(self):
        return QRectF()

    def paint(self, *args):
        pass


def test_void_calls_keep_none_alive():
    item = _Item()
    before = sys.getrefcount(None)
    for _ in range(2000):
        item.setZValue(1.0)
        item.update()
    assert sys.getrefcount(None) - before > -50
