"""Themes: colours and type for the diagram and the window (light, dark, slide, colour-blind safe)."""
from __future__ import annotations

import math
from dataclasses import dataclass, field, replace

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor


@dataclass(frozen=True)
class Theme:
    name: str
    background: str
    text: str
    muted: str
    roles: dict = field(default_factory=dict)  # role -> node fill
    border: str = "#5b6370"
    value: str = "#1f5fbf"  # values in blue
    grad: str = "#d2531a"  # gradients in orange/red
    accent: str = "#e6007a"  # the active node's outline
    edge: str = "#7a8290"
    backward: str = "#d2531a"
    pending: str = "#c9ced6"
    op_fill: str = "#fff7d6"
    negative: str = "#e08a2e"  # diverging scale: orange negative, grey zero, blue positive
    zero: str = "#d9d9d9"
    positive: str = "#3b7dd8"
    warning: str = "#c62828"
    font: str = "Noto Sans"
    mono: str = "Noto Sans Mono"
    font_size: float = 10.0
    pen_scale: float = 1.0

    def role_fill(self, role: str) -> QColor:
        return QColor(self.roles.get(role, self.roles.get("intermediate", "#ffffff")))

    def signed(self, v: float, scale: float) -> QColor:
        """A value on the diverging scale; `scale` is the magnitude that saturates."""
        if not math.isfinite(v):
            return QColor(self.warning)
        t = 0.0 if scale <= 0 else max(-1.0, min(1.0, v / scale))
        end = QColor(self.positive if t > 0 else self.negative)
        zero = QColor(self.zero)
        a = abs(t)
        return QColor(round(zero.red() + (end.red() - zero.red()) * a),
                      round(zero.green() + (end.green() - zero.green()) * a),
                      round(zero.blue() + (end.blue() - zero.blue()) * a))


_LIGHT_ROLES = {"input": "#cfe6ff", "parameter": "#cdeccf", "constant": "#e3e3e3",
                "intermediate": "#ffffff", "output": "#ff9e85"}

THEMES = {
    "light": Theme("light", "#ffffff", "#1d232b", "#6b7480", _LIGHT_ROLES),
    "dark": Theme("dark", "#1e2228", "#e8ebef", "#9aa3ae",
                  {"input": "#27476b", "parameter": "#2c5a35", "constant": "#40444b",
                   "intermediate": "#2b3038", "output": "#8f3b2b"},
                  border="#8a93a0", value="#7fb6ff", grad="#ff9d5c", accent="#ff4fb0", edge="#8a93a0",
                  backward="#ff9d5c", pending="#454b55", op_fill="#3d3a2a", zero="#555a62", positive="#5a9cf0",
                  negative="#f0a040", warning="#ff6b6b"),
    "slide": Theme("slide", "#ffffff", "#111111", "#555555", _LIGHT_ROLES, font_size=15.0, pen_scale=1.6,
                   border="#333333"),
    # Okabe–Ito colours: distinguishable with the common colour-vision deficiencies.
    "colorblind": Theme("colorblind", "#ffffff", "#111111", "#555555",
                        {"input": "#bfe3f7", "parameter": "#f7efb0", "constant": "#e3e3e3",
                         "intermediate": "#ffffff", "output": "#f2c6a0"},
                        value="#0072b2", grad="#d55e00", accent="#cc79a7", backward="#d55e00",
                        negative="#e69f00", positive="#0072b2", border="#333333"),
}


def theme_names() -> dict:
    """Theme id -> translated name, in menu order."""
    t = QCoreApplication.translate
    return {"light": t("Theme", "Light"), "dark": t("Theme", "Dark"), "slide": t("Theme", "Slide"),
            "colorblind": t("Theme", "Colour-blind safe")}


def get_theme(name: str | None, font_scale: float = 1.0) -> Theme:
    theme = THEMES.get(name or "light", THEMES["light"])
    return theme if font_scale == 1.0 else replace(theme, font_size=theme.font_size * font_scale)


def apply_palette(theme: Theme) -> None:
    """Dress the window to match the diagram: a dark palette for the dark theme, the default otherwise."""
    from PySide6.QtGui import QPalette
    from PySide6.QtWidgets import QApplication
    app = QApplication.instance()
    if app is None:
        return
    if not hasattr(app, "_visualgrad_default_palette"):
        app._visualgrad_default_palette = QPalette(app.palette())
    if theme.name != "dark":
        app.setPalette(app._visualgrad_default_palette)
        return
    p = QPalette()
    base, window, text = QColor("#1e2228"), QColor("#272b33"), QColor("#e8ebef")
    for role, colour in ((QPalette.Window, window), (QPalette.WindowText, text), (QPalette.Base, base),
                         (QPalette.AlternateBase, window), (QPalette.Text, text), (QPalette.Button, window),
                         (QPalette.ButtonText, text), (QPalette.ToolTipBase, window), (QPalette.ToolTipText, text),
                         (QPalette.Highlight, QColor("#3d6fb6")), (QPalette.HighlightedText, QColor("#ffffff")),
                         (QPalette.PlaceholderText, QColor("#8a93a0"))):
        p.setColor(role, colour)
    app.setPalette(p)


# ---- toolbar icons -------------------------------------------------------------------------
# The style's standard icons are drawn dark: on the dark theme's toolbar they vanish. Every toolbar
# icon is therefore redrawn in the palette's button-text colour, and the three view actions that
# have no standard icon get simple drawn ones (so they can go icon-only when a language is long).

ICON_SIZES = (16, 24, 32, 48)


def tinted_icon(icon, colour):
    """`icon`'s shapes, filled with `colour` (its alpha kept), at the toolbar's sizes."""
    from PySide6.QtGui import QIcon, QPainter, QPixmap
    out = QIcon()
    for s in ICON_SIZES:
        src = icon.pixmap(s, s)
        if src.isNull():
            continue
        pm = QPixmap(src.size())
        pm.fill(QColor(0, 0, 0, 0))
        p = QPainter(pm)
        p.drawPixmap(0, 0, src)
        p.setCompositionMode(QPainter.CompositionMode_SourceIn)
        p.fillRect(pm.rect(), QColor(colour))
        p.end()
        out.addPixmap(pm)
    return out


def drawn_icon(name: str, colour):
    """fit (a frame with corners), left_right (boxes joined left to right), fold (an ellipse inside a box),
    present (a screen on a stand)."""
    from PySide6.QtCore import QPointF, QRectF, Qt
    from PySide6.QtGui import QIcon, QPainter, QPen, QPixmap
    out = QIcon()
    for s in ICON_SIZES:
        pm = QPixmap(s, s)
        pm.fill(QColor(0, 0, 0, 0))
        p = QPainter(pm)
        p.setRenderHint(QPainter.Antialiasing)
        p.scale(s / 16.0, s / 16.0)
        p.setPen(QPen(QColor(colour), 1.4, Qt.SolidLine, Qt.RoundCap, Qt.RoundJoin))
        p.setBrush(Qt.NoBrush)
        if name == "fit":
            for x, y, dx, dy in ((2, 2, 1, 1), (14, 2, -1, 1), (2, 14, 1, -1), (14, 14, -1, -1)):
                p.drawLine(QPointF(x, y), QPointF(x + 4 * dx, y))
                p.drawLine(QPointF(x, y), QPointF(x, y + 4 * dy))
            p.drawRect(QRectF(5.5, 5.5, 5, 5))
        elif name == "left_right":
            p.drawRect(QRectF(1.5, 5, 4, 6))
            p.drawRect(QRectF(10.5, 5, 4, 6))
            p.drawLine(QPointF(5.5, 8), QPointF(10, 8))
            p.drawLine(QPointF(8, 6), QPointF(10, 8))
            p.drawLine(QPointF(8, 10), QPointF(10, 8))
        elif name == "fold":
            p.drawRoundedRect(QRectF(1.5, 3.5, 13, 9), 2, 2)
            p.drawEllipse(QRectF(4.5, 6, 7, 4))
        elif name == "present":
            p.drawRect(QRectF(1.5, 2.5, 13, 8.5))
            p.drawLine(QPointF(8, 11), QPointF(8, 14))
            p.drawLine(QPointF(5, 14.5), QPointF(11, 14.5))
        p.end()
        out.addPixmap(pm)
    return out
