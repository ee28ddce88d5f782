"""View → Language: System default, English, Nederlands, 日本語, Català, 한국어 — applied at once, remembered.

    install(window)         adds the submenu (window/startup.install_features calls it)
    switch(window, code)    what choosing an entry does; tests call it too

Choosing a language installs its translators (languages.install_language); Qt then sends every
window a LanguageChange event, and each widget sets its own texts again (retranslate.Retranslating).
This menu only chooses, remembers, and says so in the status bar.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QApplication, QMenu

from . import languages
from .languages import LANGUAGES


def _t(text: str) -> str:
    return QCoreApplication.translate("Language", text)


# ---- the menu ------------------------------------------------------------------------------------
def install(window) -> None:
    menu = QMenu(window)
    menu.setObjectName("menu-language")
    group = QActionGroup(window)
    actions = {}
    for code in languages.CODES:
        a = QAction(LANGUAGES.get(code, ""), window, checkable=True)
        a.setData(code)
        a.triggered.connect(lambda _=False, c=code: switch(window, c))
        group.addAction(a)
        menu.addAction(a)
        actions[code] = a
        if code == "system":
            menu.addSeparator()
    window.language_menu = menu
    window.language_actions = actions
    _label(window)
    window.languageChanged.connect(lambda: _label(window))
    view = getattr(window, "view_menu", None)
    if view is not None:
        view.addSeparator()
        view.addMenu(menu)


def _label(window) -> None:
    """The menu in the language now in use. Its title keeps the English word too, so someone who picked a
    language they cannot read finds the way back; the languages are named in their own language."""
    title = _t("&Language")
    if languages.current_language() != "en":
        title += " (Language)"
    window.language_menu.setTitle(title)
    system = LANGUAGES[languages.system_language()]
    window.language_actions["system"].setText(_t("System default ({language})").format(language=system))
    for code, a in window.language_actions.items():
        a.setChecked(code == languages.current_choice())


def switch(window, code: str) -> str:
    """Install the language and remember it; the LanguageChange that follows puts the window into it."""
    app = QApplication.instance()
    old = languages.current_language()
    new = languages.install_language(app, code)  # Qt posts LanguageChange to every window
    # delivered now, not at the next turn of the event loop: the window is in the new language when
    # this returns (and the status message below is not written over by a late retranslation)
    QCoreApplication.sendPostedEvents(None, QEvent.LanguageChange)
    languages.remember_language(code, getattr(window, "settings", None))
    _label(window)
    if new != old and hasattr(window, "statusBar"):
        message = _t("Language: {language}").format(language=LANGUAGES[new])
        window.language_message = message
        window.statusBar().showMessage(message, 10000)
        ready = getattr(window, "ready", None)
        if ready is not None:  # the new layout's arrival clears the status bar: say it again after it
            def again():
                ready.disconnect(again)
                window.statusBar().showMessage(message, 10000)
            ready.connect(again)
    return new
