"""The one QApplication of the process: its name and icon, Qt's noise filtered, and the translation hook of the
layers below Qt. The window, exports, notebooks and tests all start here."""
from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication, qInstallMessageHandler
from PySide6.QtWidgets import QApplication

from .. import i18n

ORG, APP = "visualgrad", "visualgrad"

# Messages Qt prints that say nothing to a user: the offscreen platform (--screenshot, export,
# notebooks) cannot pass size hints to a window manager it does not have.
QT_NOISE = ("This plugin does not support propagateSizeHints()",)


def _qt_messages(kind, context, message):
    if any(message.startswith(noise) for noise in QT_NOISE):
        return
    sys.stderr.write(message + "\n")


def application() -> QApplication:
    """The one QApplication, created on first use (tests and exports share it)."""
    app = QApplication.instance()
    if app is None:
        qInstallMessageHandler(_qt_messages)
        app = QApplication(sys.argv[:1])
        app.setOrganizationName(ORG)
        app.setApplicationName(APP)
        app.setApplicationDisplayName("visualgrad")
        app.setDesktopFileName("io.github.visualgrad.VisualGrad")
        _set_icon(app)
    i18n.install(QCoreApplication.translate)
    return app


def _set_icon(app):
    from PySide6.QtGui import QIcon

    from ..assets import resource
    icon = resource("icons", "visualgrad.svg")
    if icon.is_file():
        app.setWindowIcon(QIcon(str(icon)))
