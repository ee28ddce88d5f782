"""The expression language: text -> program -> graph, with positioned errors. No Qt, no eval."""
from .build import Built, build
from .errors import LangError
from .lexer import MAX_TEXT
from .parser import MAX_DEPTH, MAX_NODES, parse

__all__ = ["Built", "build", "LangError", "parse", "MAX_TEXT", "MAX_DEPTH", "MAX_NODES"]
