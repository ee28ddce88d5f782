"""View → Language: choosing Nederlands turns the open window Dutch (menus, docks, narration, at the same
step), is remembered for the next window, and Japanese and Korean text is drawn with real glyphs."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QColor, QFont, QImage, QPainter
from PySide6.QtWidgets import QApplication
from stale_texts import stale_texts


@pytest.fixture(autouse=True)
def english_after(qapp):
    """The translators are global to the application: leave it English for the other tests."""
    yield
    from visualgrad.qt.i18n.languages import install_language
    install_language(QApplication.instance(), "en")


def _menu_titles(w):
    return [a.text() for a in w.menuBar().actions()]


def _wait_laid_out(qtbot, w):
    qtbot.waitUntil(lambda: not w.worker.busy() and w.scene.tl is w.session.timeline
                    and w.pending_step is None and not w._language_rebuild_due, timeout=20000)


def test_language_menu_lists_the_five_languages_in_their_own_names(make_window):
    w = make_window()
    view = w.view_menu
    assert w.language_menu.menuAction() in view.actions()
    names = [a.text() for a in w.language_menu.actions() if not a.isSeparator()]
    assert names[1:] == ["English", "Nederlands", "日本語", "Català", "한국어"]
    assert names[0].startswith("System default")
    assert [a.isChecked() for a in w.language_menu.actions() if not a.isSeparator()].count(True) == 1


def test_switching_to_dutch_turns_the_open_window_dutch_at_the_same_step(make_window, qtbot, settings):
    w = make_window()
    w.go(9)  # a backward step: x² passes the blame on to x
    assert w.session.timeline.steps[9].phase == "backward"
    assert "passes the blame on" in w.narration.text.text()
    assert _menu_titles(w)[:3] == ["&File", "&Edit", "&View"]

    w.language_actions["nl"].trigger()  # what clicking View → Language → Nederlands does
    _wait_laid_out(qtbot, w)

    assert _menu_titles(w)[:6] == ["&Bestand", "Be&werken", "Beel&d", "&Stap", "&Voorbeelden", "&Help"]
    assert w.session.step == 9
    narration = w.narration.text.text()
    assert "schuld door" in narration and "kettingregel" in narration
    assert w.docks["inspector"].windowTitle() == "Inspecteur"
    assert w.actions.next.text() == "Volgende knooppunt"
    assert w.position.text().endswith("achterwaarts")
    assert w.engine_label.text().startswith("Indeling: ")
    assert w.language_actions["nl"].isChecked()
    assert settings.value("ui/language") == "nl"
    assert stale_texts(w, "en", "nl") == []
    assert "Nederlands" in w.statusBar().currentMessage()


def test_the_remembered_language_opens_the_next_window(make_window, qtbot, settings):
    from visualgrad.qt.i18n.languages import install_language
    w = make_window()
    w.language_actions["ja"].trigger()
    _wait_laid_out(qtbot, w)
    settings.sync()

    install_language(QApplication.instance(), "en")  # as a fresh start would be, before reading the settings
    assert install_language(QApplication.instance(), None, QSettings(settings.fileName(), QSettings.IniFormat)) == "ja"
    w2 = make_window()
    w2.go(w2.session.timeline.named("loss"))
    assert _menu_titles(w2)[0] == "ファイル(&F)"
    assert "事故" in w2.narration.text.text()  # the article's "accident" at the loss
    assert w2.language_actions["ja"].isChecked()
    assert stale_texts(w2, "en", "ja") == []


def test_switching_back_to_english_restores_english(make_window, qtbot):
    w = make_window()
    w.language_actions["ko"].trigger()
    _wait_laid_out(qtbot, w)
    assert _menu_titles(w)[0] == "파일(&F)"
    w.language_actions["en"].trigger()
    _wait_laid_out(qtbot, w)
    assert _menu_titles(w)[:3] == ["&File", "&Edit", "&View"]
    assert w.docks["trace"].windowTitle() == "Trace"
    assert stale_texts(w, "ko", "en") == []


def test_a_preset_is_rebuilt_in_the_new_language(make_window, qtbot):
    w = make_window(preset="xor-mlp")
    w.language_actions["ca"].trigger()
    _wait_laid_out(qtbot, w)
    assert "Xarxa XOR" in w.editor.toPlainText()  # the preset's title, made again in Catalan
    w.go(w.session.timeline.named("loss"))
    assert "hem fallat el tir" in w.narration.text.text()


def _glyph_images(text: str, font: QFont) -> list[bytes]:
    out = []
    for ch in text:
        img = QImage(48, 48, QImage.Format_ARGB32)
        img.fill(QColor("white"))
        p = QPainter(img)
        p.setFont(font)
        p.setPen(QColor("black"))
        p.drawText(4, 38, ch)
        p.end()
        out.append(bytes(img.constBits()))
    return out


@pytest.mark.parametrize("code, words", [("ja", "責任転嫁犯人"), ("ko", "확정곱해서넘겨")])
def test_cjk_text_is_drawn_with_real_glyphs(make_window, qtbot, code, words):
    """Missing fonts draw every character as the same empty box; real glyphs all differ."""
    w = make_window()
    w.go(9)
    w.language_actions[code].trigger()
    _wait_laid_out(qtbot, w)
    shown = w.narration.text.text()
    assert any(ch in shown for ch in words)
    font = w.narration.text.font()
    font.setPointSize(24)
    images = _glyph_images(words, font)
    blank = _glyph_images(" ", font)[0]
    assert all(img != blank for img in images)
    assert len(set(images)) == len(words), "some CJK characters are drawn as the same box: is fonts-noto-cjk installed?"
    shot = w.grab().toImage()
    assert shot.width() > 800 and not shot.isNull()


def test_a_preset_program_shows_its_comments_in_the_ui_language(make_window, qtbot):
    """The comments of a preset's program are translated; its code, graph and step stay as they were."""
    w = make_window()
    w.load_preset("blame-chain")
    _wait_laid_out(qtbot, w)
    assert "# Team lead A (input)" in w.editor.toPlainText()
    w.go(3)
    w.language_actions["nl"].trigger()
    _wait_laid_out(qtbot, w)
    text = w.editor.toPlainText()
    assert "# Teamleider A (invoer)" in text and "manager = 3*team_lead" in text
    assert w.session.step == 3
    w.editor.setPlainText(text + "\n# mine")  # an edited program is the user's: never rewritten
    w.language_actions["en"].trigger()
    _wait_laid_out(qtbot, w)
    assert "# Teamleider A (invoer)" in w.editor.toPlainText()
