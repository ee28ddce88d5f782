"""The program's tree: statements and expressions, each with its position."""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(slots=True)
class Expr:
    line: int
    column: int
    length: int


@dataclass(slots=True)
class Num(Expr):
    value: float


@dataclass(slots=True)
class Bool(Expr):
    value: bool


@dataclass(slots=True)
class Name(Expr):
    id: str


@dataclass(slots=True)
class ListLit(Expr):
    items: list


@dataclass(slots=True)
class Unary(Expr):
    op: str  # "-" or "+"
    operand: Expr


@dataclass(slots=True)
class Bin(Expr):
    op: str  # + - * / ** @
    left: Expr
    right: Expr


@dataclass(slots=True)
class Call(Expr):
    func: str  # canonical name: an op-table function, a constructor, or "item"/"transpose"
    spelled: str  # as the user wrote it (torch.exp, x.exp, ...)
    args: list
    kwargs: dict = field(default_factory=dict)  # name -> Expr


@dataclass(slots=True)
class Statement:
    line: int
    column: int
    text: str


@dataclass(slots=True)
class Assign(Statement):
    target: str | None  # None: a bare expression, the program's output
    value: Expr


@dataclass(slots=True)
class Backward(Statement):
    """`L.backward()`: names the loss."""
    target: str


@dataclass
class Program:
    statements: list
    notes: list = field(default_factory=list)  # (line, message) for lines read but not drawn
    text: str = ""
