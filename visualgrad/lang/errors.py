"""Positioned errors: every refusal says where, in words a student understands."""
from __future__ import annotations

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
