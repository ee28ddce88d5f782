"""GUI tests: offscreen Qt, settings in QStandardPaths test mode; windows from make_window never open a
modal dialog (dialogs=False: questions take the answers set on window.documents)."""
import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from PySide6.QtCore import QSettings, QStandardPaths  # noqa: E402

QStandardPaths.setTestModeEnabled(True)


@pytest.fixture(autouse=True)
def english_after():
    """The translators are global to the application: a test that switches language (View -> Language)
    leaves the application English for the tests after it, whichever file it is in."""
    yield
    from PySide6.QtCore import QCoreApplication
    if QCoreApplication.instance() is not None:
        from visualgrad.qt.i18n.languages import current_language, install_language
        if current_language() != "en":
            install_language(QCoreApplication.instance(), "en")


@pytest.fixture
def settings(tmp_path):
    s = QSettings(str(tmp_path / "settings.ini"), QSettings.IniFormat)
    yield s
    s.sync()


@pytest.fixture
def make_window(qtbot, settings):
    """A main window on a program, already laid out and on screen."""
    from visualgrad.qt.application import application
    from visualgrad.qt.window.main_window import MainWindow
    application()
    windows = []

    def make(text="L = 2*(x**2 + exp(x))", values=None, preset=None, dot_path=None, **kw):
        kw.setdefault("dialogs", False)
        w = MainWindow(settings, text=text, values={"x": 3.0} if values is None and preset is None else values,
                       preset=preset, **kw)
        if dot_path is not None:
            w.worker.dot_path = dot_path
        qtbot.addWidget(w)
        w.resize(1300, 850)
        w.show()
        qtbot.waitUntil(lambda: w.scene.tl is not None and not w.worker.busy(), timeout=20000)
        windows.append(w)
        return w

    yield make
    for w in windows:
        w.play_timer.stop()
        w.animator.clear()
        w.worker.wait(5000)


def click_action(qtbot, window, action):
    """Click the toolbar button of an action, as a user would."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QToolBar
    for bar in window.findChildren(QToolBar):
        button = bar.widgetForAction(action)
        if button is not None and button.isVisible():
            qtbot.mouseClick(button, Qt.LeftButton)
            return
    action.trigger()
