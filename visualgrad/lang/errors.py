"""Positioned errors: every refusal says where, in words a student understands."""
from __future__ import annotations

import ast

from ..i18n import tr


class LangError(Exception):
    """An error in the program text at 1-based (line, column); `length` characters are marked."""

    def __init__(self, message: str, line: int = 1, column: int = 1, length: int = 1, source: str = ""):
        super().__init__(message)
        self.message = message
        self.line = line
        self.column = column
        self.length = max(1, length)
        self.source_line = source

    def with_source(self, text: str) -> "LangError":
        lines = text.removeprefix("\ufeff").splitlines() or [""]  # the lexer skips a byte-order mark
        if 1 <= self.line <= len(lines):
            self.source_line = lines[self.line - 1]
        return self

    def format(self) -> str:
        if self.line < 1:  # not about a place in the text (an input set from outside, say)
            return self.message
        head = tr("lang", "line {line}, column {column}: {message}").format(
            line=self.line, column=self.column, message=self.message)
        if not self.source_line:
            return head
        shown = self.source_line[:200].replace("\t", " ")
        caret = " " * (self.column - 1) + "^" * min(self.length, max(1, len(shown) - self.column + 1))
        return f"{head}\n    {shown}\n    {caret}"

    def __str__(self) -> str:
        return self.format()


def with_hint(message: str, hint: str | None) -> str:
    """The refusal text: what is wrong, then a rewrite that works."""
    if not hint:
        return message
    return tr("lang", "{message} — try: {hint}").format(message=message, hint=hint)


def where(node: ast.AST) -> tuple[int, int, int]:
    line = getattr(node, "lineno", 1)
    col = getattr(node, "col_offset", 0) + 1
    end = getattr(node, "end_col_offset", None)
    length = (end + 1 - col) if end is not None and getattr(node, "end_lineno", line) == line else 1
    return line, col, max(1, length)


def refuse(node, message: str, hint: str | None = None) -> LangError:
    return LangError(with_hint(message, hint), *where(node))
