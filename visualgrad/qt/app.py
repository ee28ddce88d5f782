"""Start-up of the window: translations, the crash guard, --screenshot.

Supported environment options, for scripted runs (tests, benchmarks, kiosks); none changes what is drawn:
    VISUALGRAD_NO_DIALOGS=1        windows never open a modal dialog: questions take the answers set on
                                   window.documents, messages go to the status bar (MainWindow(dialogs=False))
    VISUALGRAD_TEST_PATHS=1        settings and data (recent files, recovery copies) in Qt's test locations
                                   (QStandardPaths test mode), never the user's own
    VISUALGRAD_EXIT_AFTER_PAINT=1  print "painted" when the window first paints and quit (launch timing)
"""
from __future__ import annotations

import os
import sys
import traceback

from PySide6.QtCore import QCoreApplication, QSettings, QStandardPaths, QTimer
from PySide6.QtWidgets import QMessageBox

from .application import application


def install_crash_guard(window_getter):
    """An unexpected exception shows a dialog with details; the app and the user's text stay alive."""
    def hook(kind, value, tb):
        details = "".join(traceback.format_exception(kind, value, tb))
        sys.stderr.write(details)
        w = window_getter()
        if w is None or not getattr(w, "dialogs", True):
            return
        box = QMessageBox(w)
        box.setIcon(QMessageBox.Critical)
        box.setWindowTitle(QCoreApplication.translate("App", "Something went wrong"))
        box.setText(QCoreApplication.translate(
            "App", "visualgrad hit an unexpected error. Your text is kept; you can go on working or save it."))
        box.setDetailedText(details)
        box.open()
    sys.excepthook = hook


def run_app(args) -> int:
    app = application()
    from ..sources import is_document, load_document, parse_params, parse_sets, read_source
    from .window.main_window import MainWindow
    if os.environ.get("VISUALGRAD_TEST_PATHS"):
        QStandardPaths.setTestModeEnabled(True)
    from .i18n.languages import install_language
    install_language(app, getattr(args, "lang", None))  # --lang for this run, else the saved choice, else the system's
    values = parse_sets(args.set)
    lesson = args.source if is_document(args.source) else None
    if lesson:
        load_document(lesson)  # a broken lesson is refused here, with its message, before any window opens
    text = read_source(args.source) if args.source and not lesson else None
    # A lesson or a screenshot needs the whole window at once; a plain launch shows it first.
    quick = not (lesson or args.screenshot)
    window = MainWindow(QSettings(), text=text, values=values or None, preset=args.preset, theme=args.theme,
                        quick_start=quick, headless=bool(args.screenshot),
                        preset_params=parse_params(getattr(args, "param", None)) or None)
    if lesson:
        from .documents.controller import open_path
        open_path(window, lesson)
    install_crash_guard(lambda: window)
    if args.screenshot:
        return screenshot(app, window, args.screenshot, args.step)
    if os.environ.get("VISUALGRAD_EXIT_AFTER_PAINT"):
        _quit_after_first_paint(app, window)
    window.show()
    return app.exec()  # Qt's exec, not Python's (the Qt event loop)


def _quit_after_first_paint(app, window):
    """For the launch benchmark: leave as soon as the window has painted once."""
    from PySide6.QtCore import QEvent, QObject

    class Watch(QObject):
        def eventFilter(self, obj, event):
            if event.type() == QEvent.Paint:
                print("painted", flush=True)  # the benchmark times the launch to this line
                QTimer.singleShot(0, app.quit)
            return False

    window._paint_watch = Watch(window)
    window.installEventFilter(window._paint_watch)


def screenshot(app, window, path: str, step: str | None) -> int:
    """Open, go to the step, save a PNG of the whole window, close it (an orderly exit), return."""
    if window.session.timeline is None and window.session.error is not None:
        print(window.session.error.format(), file=sys.stderr)  # nothing to draw: say why at once
        return 2
    window.resize(1500, 900)
    window.show()
    done = {"ok": False}

    def shoot():
        if step:
            window.jump(step)
        app.processEvents()
        window.view.fit(readable=True)
        window.view.stop_animations()
        window.view.follow_item(window.scene.active_item(), animate=False)
        app.processEvents()
        done["ok"] = window.grab().save(path)
        window.close()
        app.quit()

    if window.scene.tl is not None:
        QTimer.singleShot(0, shoot)
    else:
        window.ready.connect(lambda: QTimer.singleShot(50, shoot))
        QTimer.singleShot(30000, app.quit)
    app.exec()  # Qt's exec, not Python's (the Qt event loop)
    window.close()  # also when the layout never came: the window's end is orderly either way
    if not done["ok"]:
        print(QCoreApplication.translate("App", "visualgrad: could not save the screenshot to {path}").format(path=path),
              file=sys.stderr)
        return 2
    return 0
