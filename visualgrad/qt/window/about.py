"""Help → About: what this is, and the versions of everything it stands on."""
from __future__ import annotations

import html

import numpy
import PySide6
from PySide6.QtCore import QCoreApplication, qVersion

from ...version import __version__


def versions() -> dict:
    from ...layout import dot_version, find_dot
    dot = find_dot()
    gv = dot_version(dot) if dot else None
    return {"visualgrad": __version__, "Qt": qVersion(), "PySide6": PySide6.__version__, "numpy": numpy.__version__,
            "Graphviz": f"{gv} ({dot})" if gv else QCoreApplication.translate("About", "not found: built-in layout")}


def about_text() -> str:
    t = QCoreApplication.translate
    rows = "".join(f"<tr><td><b>{html.escape(k)}</b></td><td>{html.escape(str(v))}</td></tr>"
                   for k, v in versions().items())
    return (f"<h3>visualgrad {__version__}</h3><p>"
            + t("About", "See backpropagation: the chain rule read like a stack trace in reverse.")
            + f"</p><table>{rows}</table>")
