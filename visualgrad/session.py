"""What the window shows, as data: the program (text or preset), input values, the timeline, the step.

Kept apart from the widgets so the rules (what an edit changes, what survives a
bad edit) are easy to read and to test.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from .fmt import format_number
from .i18n import tr

if TYPE_CHECKING:
    from .lang import LangError
    from .timeline import Timeline

# The language, the timeline and numpy are imported in the methods that use them: the window makes
# its Session before its first paint, and they load just after it (MainWindow quick start).

SEED_TEXT = "L = 2*(x**2 + exp(x))"
MAX_DRAWN = 3_000  # nodes the window draws; bigger graphs are for `visualgrad trace` (documented in the README)
_TOKENS = re.compile(r"[A-Za-z_]\w*|\d+\.?\d*|\*\*|[-+*/@]")
SEED_VALUES = {"x": 3.0}


@dataclass
class Session:
    text: str = SEED_TEXT
    values: dict = field(default_factory=lambda: dict(SEED_VALUES))  # free names' values
    preset: str | None = None  # a network preset, when the program is not text
    preset_params: dict = field(default_factory=dict)
    learning_rate: float | None = None
    timeline: Timeline | None = None
    error: LangError | None = None
    step: int = 0

    def rebuild(self) -> bool:
        """Recompute the timeline. On an error keep the last good one and remember the error."""
        from .lang import LangError
        from .presets import PresetError
        try:
            tl = self._make()
        except LangError as e:
            self.error = e
            return False
        except PresetError as e:  # a value the preset cannot take: said like a language error, nothing lost
            self.error = LangError(str(e.args[0] if e.args else e), 0, 0)
            return False
        self.error = None
        self.timeline = tl
        self.step = min(self.step, len(tl.steps) - 1)
        return True

    def _make(self) -> Timeline:
        from .lang import build
        from .timeline import from_built
        if self.preset:
            from .presets import get_preset
            p = get_preset(self.preset)
            eta = {} if self.learning_rate is None else {"learning_rate": self.learning_rate}
            return p.timeline(self.values or None, **eta, **self.preset_params)
        if len(_TOKENS.findall(self.text)) > 4 * MAX_DRAWN:
            raise too_big(None)  # decided before parsing, so a huge paste never freezes the window
        b = build(self.text, {})
        if len(b.order) > MAX_DRAWN:
            raise too_big(len(b.order))
        free = set(b.free)
        values = {k: v for k, v in self.values.items() if k in free}
        if values:
            b = build(self.text, values)
        return from_built(b, self.learning_rate)

    def set_value(self, name: str, value) -> str | None:
        """Change an input. A literal written in the text is rewritten there (the text stays the truth);
        a free name's value is kept beside the text. Returns the new text when it changed."""
        new_text = rewrite_literal(self.text, name, value) if not self.preset else None
        if new_text is not None:
            self.text = new_text
            self.values.pop(name, None)
        else:
            self.values[name] = value
        return new_text


_NUMBER = r"[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?"


def too_big(nodes: int | None) -> LangError:
    from .lang import LangError
    if nodes is None:
        msg = tr("lang", "this program is too big to draw (the window draws at most {limit} nodes); "
                         "use 'visualgrad trace' for it")
    else:
        msg = tr("lang", "this graph has {n} nodes; the window draws at most {limit}. "
                         "Use 'visualgrad trace' for it")
    return LangError(msg.format(n=f"{nodes or 0:,}", limit=f"{MAX_DRAWN:,}"), 1, 1)


def literal_text(value) -> str:
    import numpy as np
    a = np.asarray(value, dtype=float)
    if a.ndim == 0:
        return format_number(a, 17).replace("−", "-")
    return "[" + ", ".join(literal_text(x) for x in a) + "]"


def rewrite_literal(text: str, name: str, value) -> str | None:
    """`x = 3` -> `x = 5`; `W = [[..]]` and `torch.tensor(3.0, ...)` too. None when `name` has no literal."""
    new = literal_text(value)
    lines = text.split("\n")
    for i, line in enumerate(lines):
        for m in re.finditer(rf"(?:^|;)\s*{re.escape(name)}\s*=\s*", line):
            rest_start = m.end()
            rest = line[rest_start:]
            simple = re.match(rf"({_NUMBER}|\[[^;#]*\])(\s*(?:[;#].*)?)$", rest)
            call = re.match(rf"((?:torch\.|np\.|numpy\.|nn\.)?(?:tensor|array|Parameter|param|parameter)\(\s*)"
                            rf"({_NUMBER}|\[[^;#]*?\])(\s*[,)].*)$", rest)
            if simple:
                lines[i] = line[:rest_start] + new + simple.group(2)
                return "\n".join(lines)
            if call:
                lines[i] = line[:rest_start] + call.group(1) + new + call.group(3)
                return "\n".join(lines)
    return None
