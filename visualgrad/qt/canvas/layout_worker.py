"""Graphviz off the GUI thread: a layout request runs in the thread pool; stale answers are dropped."""
from __future__ import annotations

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class _Relay(QObject):
    finished = Signal(int, object)  # generation, Layout


class _Job(QRunnable):
    def __init__(self, generation, spec, dot_path, timeout, relay, run_layout):
        super().__init__()
        self.generation, self.spec, self.dot_path, self.timeout, self.relay = generation, spec, dot_path, timeout, relay
        self.run_layout = run_layout

    def run(self):
        # layout() never raises for Graphviz trouble: it falls back to the built-in layout with a note.
        try:
            result = self.run_layout(self.spec, dot_path=self.dot_path, timeout=self.timeout)
        except Exception as e:  # noqa: BLE001 - a worker must always answer
            result = e
        try:
            self.relay.finished.emit(self.generation, result)
        except RuntimeError:
            pass  # the window closed (or the app quit) while this layout ran: nobody to tell


class LayoutWorker(QObject):
    """Emits ready(layout, generation) for the newest request only."""
    ready = Signal(object, int)
    failed = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self.relay = _Relay()
        self.relay.finished.connect(self._finished)
        self.generation = 0
        self.dot_path = None
        self.timeout = 10.0

    def request(self, spec) -> int:
        # Imported here, on the GUI thread and not at the top: the window paints before the layout
        # package loads, and a first import is best not raced between threads.
        from ...layout import layout as run_layout
        self.generation += 1
        self.pool.start(_Job(self.generation, spec, self.dot_path, self.timeout, self.relay, run_layout))
        return self.generation

    def busy(self) -> bool:
        return self.pool.activeThreadCount() > 0

    def wait(self, ms: int = 30000) -> bool:
        return self.pool.waitForDone(ms)

    def _finished(self, generation, result):
        if generation != self.generation:
            return
        if isinstance(result, Exception):
            self.failed.emit(str(result))
            return
        self.ready.emit(result, generation)
