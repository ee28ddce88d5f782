"""Which language the app speaks: our translations and Qt's own, chosen at start-up or from View → Language.

install_language(app, code) loads visualgrad_<code>.qm (from the package's resources) and Qt's
qtbase_<code>.qm (standard dialog buttons, context menus) with QTranslator. `code` is one of
CODES; "system" picks the first of the system's UI languages that we have, else English.
Without a code it uses the one remembered in QSettings ("ui/language"), so the app opens in the
language chosen last time; `--lang` on the command line overrides it for one run, unsaved.

The layers below Qt translate through visualgrad.i18n.tr, which app.application() points at
QCoreApplication.translate, so installing the translators here is all they need: text they make
after this call (narration, errors, preset names) is in the new language.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from ...assets import resource
from ...sources import UsageError

# code -> the language's own name, as the Language menu shows it (never translated)
LANGUAGES = {"en": "English", "nl": "Nederlands", "ja": "日本語", "ca": "Català", "ko": "한국어"}
CODES = ("system", *LANGUAGES)
SETTING = "ui/language"
TRANSLATIONS = resource("translations")  # the compiled .qm (and, in a source checkout, the .ts sources)


class LanguageError(UsageError, ValueError):
    """An unknown language code (from --lang): the command line prints it as one line and exits 2."""


_installed: list[QTranslator] = []  # kept alive here: a translator that is garbage-collected stops working
_current = {"code": "en", "choice": "system"}


def normalise(code: str | None) -> str:
    """"nl", "NL", "nl_NL", "nl-BE" -> "nl"; "" / None -> "system". Raises LanguageError for a language we lack."""
    if not code:
        return "system"
    c = code.strip().lower().replace("-", "_")
    if c in ("system", "default", "auto"):
        return "system"
    base = c.split("_")[0].split(".")[0]
    if base in LANGUAGES:
        return base
    raise LanguageError(QCoreApplication.translate(
        "Language", "unknown language {code!r}; use one of: {codes}").format(code=code, codes=", ".join(CODES)))


def system_language() -> str:
    """The first of the system's UI languages (LANGUAGE, LC_ALL, LANG on Linux) that visualgrad speaks."""
    for name in QLocale.system().uiLanguages():
        base = name.replace("-", "_").split("_")[0].lower()
        if base in LANGUAGES:
            return base
    return "en"


def resolve(code: str | None) -> str:
    c = normalise(code)
    return system_language() if c == "system" else c


def saved_language(settings: QSettings | None = None) -> str:
    """The remembered choice ("system" when none, or when the stored value is not one we know)."""
    s = settings if settings is not None else QSettings()
    try:
        return normalise(str(s.value(SETTING, "system") or "system"))
    except ValueError:
        return "system"


def remember_language(code: str, settings: QSettings | None = None) -> None:
    s = settings if settings is not None else QSettings()
    s.setValue(SETTING, normalise(code))


def qm_path(code: str) -> Path:
    return TRANSLATIONS / f"visualgrad_{code}.qm"


def install_language(app=None, code: str | None = None, settings: QSettings | None = None) -> str:
    """Make the app speak `code` (or the remembered language); returns the language now in use ("en", "nl", ...).

    Replaces whatever this function installed before, so it can be called again to switch."""
    app = app or QCoreApplication.instance()
    choice = saved_language(settings) if code is None else normalise(code)
    lang = system_language() if choice == "system" else choice
    for t in _installed:
        app.removeTranslator(t)
    _installed.clear()
    if lang != "en":
        ours = QTranslator(app)
        if ours.load(str(qm_path(lang))):
            app.installTranslator(ours)
            _installed.append(ours)
        qt = QTranslator(app)
        if qt.load(f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.TranslationsPath)):
            app.installTranslator(qt)
            _installed.append(qt)
    _current.update(code=lang, choice=choice)
    return lang


_terminal_app: list = []  # the QCoreApplication a terminal command made, kept alive for its translators


def speak_in_terminal(code: str) -> str:
    """Make a terminal command (trace, presets) print in `code`: Qt's translators without a window.

    Only QtCore is used, so this works with no display. The choice is not remembered."""
    from ... import i18n
    app = QCoreApplication.instance()
    if app is None:
        app = QCoreApplication(["visualgrad"])
        _terminal_app.append(app)
    lang = install_language(app, code)
    i18n.install(QCoreApplication.translate)
    return lang


def current_language() -> str:
    """The language in use: "en", "nl", "ja", "ca" or "ko"."""
    return _current["code"]


def current_choice() -> str:
    """What was asked for: one of CODES ("system" when following the system)."""
    return _current["choice"]
