"""Program text -> Python's ast, within the limits, with positioned refusals. Parsing only: nothing runs.

The limits are checked before ast.parse sees the text (its C parser recurses on nesting), and the
parser's own MemoryError/RecursionError on pathological input becomes the same clean refusal.
"""
from __future__ import annotations

import ast
import io
import sys
import tokenize
import unicodedata
import warnings

from ..i18n import tr
from .errors import LangError

MAX_TEXT = 1_000_000  # characters; documented in the README
MAX_DEPTH = 100  # nesting of brackets and operators
MAX_NODES = 50_000  # expression nodes in one program; documented in the README
MAX_NAME = 200  # characters in one name: it has to fit on a node

# Characters people paste from slides and word processors, and what they meant.
LOOKALIKES = {"−": "-", "–": "-", "‐": "-", "－": "-", "＋": "+", "×": "*", "∗": "*", "÷": "/", "／": "/",
              "·": "*", "＊": "*", "（": "(", "）": ")", "，": ",", "＝": "=", "‘": "'", "’": "'", "“": '"',
              "”": '"', "\u00a0": " "}
_UNARY_BEFORE = {"(", "[", ",", "=", "+", "-", "*", "/", "@", "**", "%", "//", ":", "return", "not", "and", "or",
                 "in", "if", "else", "<", ">", "==", "!=", "<=", ">=", "+=", "-=", "*=", "/=", "~", "lambda"}


def too_deep(line: int, column: int) -> LangError:
    return LangError(tr("lang", "the program is nested too deeply (more than {limit} levels)").format(
        limit=MAX_DEPTH), line, column)


def parse_text(text: str) -> tuple[ast.Module, str]:
    """-> (module tree, the text as parsed). A byte-order mark is dropped; positions count after it."""
    if len(text) > MAX_TEXT:
        raise LangError(tr("lang", "the text is too long ({n} characters; the limit is {limit})").format(
            n=f"{len(text):,}", limit=f"{MAX_TEXT:,}"), 1, 1)
    text = text.removeprefix("\ufeff")
    _check_characters(text)
    _check_tokens(text)
    # A long sum (x + x + ... + x) is a chain as deep as it is long; the operand count is bounded
    # above (_check_tokens), so the parser may go that deep.
    limit = sys.getrecursionlimit()
    sys.setrecursionlimit(max(limit, 3 * MAX_NODES))
    try:
        with warnings.catch_warnings():  # "invalid decimal literal" and the like: Python's notes, not ours
            warnings.simplefilter("ignore")
            tree = ast.parse(text, mode="exec", type_comments=False)
    except SyntaxError as e:
        raise _syntax_error(e, text) from None
    except (MemoryError, RecursionError):
        raise too_deep(1, 1) from None
    finally:
        sys.setrecursionlimit(limit)
    _check_size(tree)
    _columns_in_characters(tree, text)
    return tree, text


def _columns_in_characters(tree: ast.Module, text: str) -> None:
    """ast counts columns in UTF-8 bytes; the editor and the messages count characters (α is one)."""
    lines = text.splitlines()
    wide = {i + 1: line.encode("utf-8") for i, line in enumerate(lines) if not line.isascii()}
    if not wide:
        return
    for node in ast.walk(tree):
        for attr, line_attr in (("col_offset", "lineno"), ("end_col_offset", "end_lineno")):
            line = getattr(node, line_attr, None)
            col = getattr(node, attr, None)
            if line in wide and col is not None:
                setattr(node, attr, len(wide[line][:col].decode("utf-8", errors="replace")))


def _check_characters(text: str) -> None:
    """Look-alike and invisible characters outside strings and comments, said where they are."""
    if "\x00" in text:
        line = text.count("\n", 0, text.index("\x00")) + 1
        col = text.index("\x00") - (text.rfind("\n", 0, text.index("\x00")) + 1) + 1
        raise LangError(tr("lang", "the text contains a NUL byte"), line, col)


def _bad_char(c: str, line: int, col: int) -> LangError:
    if c in LOOKALIKES:
        # repr() quotes a quote sensibly: '‘' looks like "'"
        msg = tr("lang", "{c} looks like {ascii} but is a different character; type {ascii}").format(
            c=repr(c), ascii=repr(LOOKALIKES[c]))
    elif c.isalpha() or unicodedata.category(c).startswith("M"):
        msg = tr("lang", "'{c}' ({name}) is not allowed in names; use plain letters a–z").format(
            c=c, name=unicodedata.name(c, "?"))
    elif c in "{}<>!&|^~%$?`":
        msg = tr("lang", "'{c}' is not part of the language").format(c=c)
    else:
        msg = tr("lang", "unexpected character {c!r} ({name})").format(c=c, name=unicodedata.name(c, "U+%04X" % ord(c)))
    return LangError(msg, line, col)


def _name_ok(c: str) -> bool:
    # Plain letters, digits, _ and Greek (α, β, σ...): a look-alike Cyrillic х or an italic 𝑥 would be a
    # different name that looks the same, so it is refused rather than silently made a new input.
    return c.isascii() or "\u0391" <= c <= "\u03c9"


def _check_tokens(text: str) -> None:
    """Names, characters and nesting, read by Python's own tokenizer (pure Python: no deep recursion)."""
    depth = 0
    operands = 0
    unary_run = 0
    power_run = 0
    prev = "="
    try:
        for tok in tokenize.generate_tokens(io.StringIO(text).readline):
            kind, s, (line, col0) = tok.type, tok.string, tok.start
            col = col0 + 1
            if kind == tokenize.ERRORTOKEN:
                if s.strip() == "":
                    if s and s not in " \t\f":
                        raise _bad_char(s, line, col)
                    continue
                if s[0] in "'\"":
                    raise LangError(tr("lang", "this text in quotes is not closed"), line, col)
                raise _bad_char(s[0], line, col)
            if kind in (tokenize.NAME, tokenize.NUMBER, tokenize.STRING):
                operands += 1
                if operands > MAX_NODES:
                    raise LangError(tr("lang", "the program is too large (more than {limit} operations and values)")
                                    .format(limit=f"{MAX_NODES:,}"), line, col)
            if kind == tokenize.NAME:
                for k, c in enumerate(s):
                    if not _name_ok(c):
                        raise _bad_char(c, line, col + k)
                if len(s) > MAX_NAME:
                    raise LangError(tr("lang", "this name is {n} characters long; names can have at most {limit}")
                                    .format(n=f"{len(s):,}", limit=MAX_NAME), line, col, 40)
            if kind == tokenize.OP:
                if s in "([{":
                    depth += 1
                    if depth > MAX_DEPTH:
                        raise too_deep(line, col)
                elif s in ")]}":
                    depth -= 1
                if s in ("-", "+", "~") and prev in _UNARY_BEFORE:
                    unary_run += 1
                    if unary_run > MAX_DEPTH:
                        raise too_deep(line, col)
                else:
                    unary_run = 0
                if s == "**":
                    power_run += 1
                    if power_run > MAX_DEPTH:
                        raise too_deep(line, col)
            elif kind == tokenize.NAME and s == "not" and prev in _UNARY_BEFORE:
                unary_run += 1
                if unary_run > MAX_DEPTH:
                    raise too_deep(line, col)
            elif kind not in (tokenize.NL, tokenize.COMMENT):
                unary_run = 0
            if kind in (tokenize.NEWLINE,):
                power_run = 0
            if kind not in (tokenize.NL, tokenize.COMMENT, tokenize.INDENT, tokenize.DEDENT):
                prev = s
            if kind in (tokenize.STRING,) and ("{" in s and s[:2].lower() in ("f'", 'f"', "rf", "fr")):
                if s.count("{") > MAX_DEPTH:
                    raise too_deep(line, col)
    except tokenize.TokenError:
        return  # unclosed brackets or strings: ast.parse says where
    except IndentationError:
        return
    except SyntaxError:
        return


def _check_size(tree: ast.Module) -> None:
    count = 0
    stack = [(tree, 0)]
    while stack:
        node, depth = stack.pop()
        if isinstance(node, ast.expr):
            count += 1
            if count > MAX_NODES:
                raise LangError(tr("lang", "the program is too large (more than {limit} operations and values)")
                                .format(limit=f"{MAX_NODES:,}"), node.lineno, node.col_offset + 1)
        if depth > 4 * MAX_DEPTH and not isinstance(node, (ast.BinOp, ast.BoolOp, ast.Compare)):
            raise too_deep(getattr(node, "lineno", 1), getattr(node, "col_offset", 0) + 1)
        for child in ast.iter_child_nodes(node):
            stack.append((child, depth + (0 if isinstance(node, ast.BinOp) and child is node.left else 1)))


def _syntax_error(e: SyntaxError, text: str) -> LangError:
    line = e.lineno or 1
    col = e.offset or 1
    lines = text.splitlines() or [""]
    if isinstance(e, IndentationError):
        msg = tr("lang", "the indentation does not line up here ({detail})").format(detail=e.msg)
    elif "too many nested" in (e.msg or "") or "too complex" in (e.msg or ""):
        return too_deep(line, col)
    else:
        msg = tr("lang", "this is not valid Python: {detail}").format(detail=e.msg)
        if 1 <= line <= len(lines):
            bad = lines[line - 1][col - 1:col] if col - 1 < len(lines[line - 1]) else ""
            if bad in LOOKALIKES:
                return _bad_char(bad, line, col)
    length = 1
    if e.end_lineno == line and e.end_offset and e.end_offset > col:
        length = e.end_offset - col
    return LangError(msg, line, max(1, col), length)
