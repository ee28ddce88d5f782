"""Text -> tokens with positions. Knows nothing of meaning; refuses characters outside the language."""
from __future__ import annotations

import re
import unicodedata
from typing import NamedTuple

from ..i18n import tr
from .errors import LangError

MAX_TEXT = 1_000_000  # characters; documented in the README
MAX_NAME = 200  # characters in one name: it has to fit on a node


class Token(NamedTuple):
    """One token. A named tuple: a megabyte of text is half a million of them, and a tuple is made
    several times faster than a frozen dataclass."""
    kind: str  # NAME NUMBER STRING OP NEWLINE EOF
    text: str
    line: int
    column: int  # 1-based

    @property
    def end(self) -> int:
        return self.column + len(self.text)


_GREEK = "α-ωΑ-Ω"
_PATTERN = re.compile(rf"""
    (?P<ws>[ \t\f]+)
  | (?P<comment>\#[^\n]*)
  | (?P<cont>\\\r?\n)
  | (?P<newline>\r?\n)
  | (?P<number>(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?)
  | (?P<string>[rRbBfFuU]{{0,2}}(?:"[^"\n]*"?|'[^'\n]*'?))
  | (?P<name>[A-Za-z_{_GREEK}][A-Za-z0-9_{_GREEK}]*)
  | (?P<python>//|==|!=|<=|>=|->|\*\*=|[-+*/@%]=)
  | (?P<op>\*\*|[-+*/@()\[\],=.;:])
""", re.VERBOSE)

# Characters people paste from slides and word processors, and what they meant.
_LOOKALIKES = {"−": "-", "–": "-", "‐": "-", "－": "-", "＋": "+", "×": "*", "∗": "*", "÷": "/", "／": "/",
               "·": "*", "＊": "*", "（": "(", "）": ")", "，": ",", "＝": "=", "‘": "'", "’": "'", "“": '"',
               "”": '"', "\u00a0": " "}


def tokenize(text: str) -> list[Token]:
    if len(text) > MAX_TEXT:
        raise LangError(tr("lang", "the text is too long ({n} characters; the limit is {limit})").format(
            n=f"{len(text):,}", limit=f"{MAX_TEXT:,}"), 1, 1)
    tokens: list[Token] = []
    # A byte-order mark (files saved by some Windows editors) is invisible: skip it, count after it.
    start = 1 if text.startswith("\ufeff") else 0
    line, line_start, depth = 1, start, 0
    pos, n = start, len(text)
    match = _PATTERN.match
    while pos < n:
        m = match(text, pos)
        col = pos - line_start + 1
        if m is None:
            raise _bad_char(text[pos], line, col)
        kind = m.lastgroup
        s = m.group()
        if kind == "name":  # the commonest first
            if len(s) > MAX_NAME:
                raise LangError(tr("lang", "this name is {n} characters long; names can have at most {limit}")
                                .format(n=f"{len(s):,}", limit=MAX_NAME), line, col, min(len(s), 40))
            tokens.append(Token("NAME", s, line, col))
        elif kind == "op":
            if s in "([":
                depth += 1
            elif s in ")]":
                depth = max(0, depth - 1)
            tokens.append(Token("OP", s, line, col))
        elif kind in ("ws", "comment"):
            pass
        elif kind in ("newline", "cont"):
            if kind == "newline" and depth == 0 and tokens and tokens[-1].kind != "NEWLINE":
                tokens.append(Token("NEWLINE", "\n", line, col))
            line += 1
            line_start = m.end()
        elif kind == "python":
            raise _python_operator(s, line, col)
        elif kind == "number":
            tokens.append(Token("NUMBER", s, line, col))
        elif kind == "string":
            tokens.append(Token("STRING", s, line, col))
        pos = m.end()
    if not tokens or tokens[-1].kind != "NEWLINE":
        tokens.append(Token("NEWLINE", "\n", line, pos - line_start + 1))
    tokens.append(Token("EOF", "", line + 1, 1))
    return tokens


def _python_operator(s: str, line: int, col: int) -> LangError:
    if s == "//":
        msg = tr("lang", "'//' (whole-number division) is not part of the language: use /")
    elif s in ("==", "!=", "<=", ">="):
        msg = tr("lang", "comparisons such as '{op}' are not part of the language").format(op=s)
    elif s.endswith("=") and s != "->":
        msg = tr("lang", "'{op}' is not part of the language: write the new value out, as in a = a {short} 1").format(
            op=s, short=s[:-1])
    else:
        msg = tr("lang", "'{op}' is not part of the language").format(op=s)
    return LangError(msg, line, col, len(s))


def _bad_char(c: str, line: int, col: int) -> LangError:
    if c in _LOOKALIKES:
        # repr() quotes a quote sensibly: '‘' looks like "'"
        msg = tr("lang", "{c} looks like {ascii} but is a different character; type {ascii}").format(
            c=repr(c), ascii=repr(_LOOKALIKES[c]))
    elif c == "\x00":
        msg = tr("lang", "the text contains a NUL byte")
    elif c.isalpha():
        msg = tr("lang", "'{c}' ({name}) is not allowed in names; use plain letters a–z").format(
            c=c, name=unicodedata.name(c, "?"))
    elif c in "{}<>!&|^~%$?`":
        msg = tr("lang", "'{c}' is not part of the language").format(c=c)
    else:
        msg = tr("lang", "unexpected character {c!r} ({name})").format(c=c, name=unicodedata.name(c, "U+%04X" % ord(c)))
    return LangError(msg, line, col)
