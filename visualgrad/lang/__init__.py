"""The language: Python text -> ast.parse (parse only) -> an allow-listed interpreter -> graph. No Qt, no eval."""
from .build import Built, build
from .errors import LangError
from .labels import labels
from .source import MAX_DEPTH, MAX_NODES, MAX_TEXT, parse_text

__all__ = ["Built", "build", "LangError", "labels", "parse_text", "MAX_TEXT", "MAX_DEPTH", "MAX_NODES"]
