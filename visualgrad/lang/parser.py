"""Tokens -> Program. A hand-written recursive-descent parser with a depth limit.

Nothing here evaluates anything: the result is a tree of plain dataclasses.
Python's own `ast` is not used because its C parser recurses without a guard
on deeply nested input, and because we want our own messages.
"""
from __future__ import annotations

import difflib
import keyword

from ..engine.ops import FUNCTIONS
from ..i18n import tr
from .errors import LangError
from .lexer import Token, tokenize
from .syntax import Assign, Backward, Bin, Bool, Call, Expr, ListLit, Name, Num, Program, Unary

MAX_DEPTH = 100  # nesting of brackets and operators
MAX_NODES = 50_000  # expression nodes in one program; documented in the README

MODULES = {"torch", "np", "numpy", "math", "F", "nn", "functional", "vg", "visualgrad"}
IMPORTABLE = {"torch", "numpy", "math", "torch.nn", "torch.nn.functional", "visualgrad"}
CONSTRUCTORS = {"tensor": "tensor", "array": "tensor", "asarray": "tensor", "Tensor": "tensor",
                "param": "parameter", "parameter": "parameter", "Parameter": "parameter"}
EXTRA_FUNCTIONS = {"pow": "pow", "t": "transpose", "item": "item", "square": "square"}
CONSTANTS = {"pi": 3.141592653589793, "e": 2.718281828459045}
METHODS_ONLY = {"item", "t", "T", "detach"}


def _known_functions() -> dict[str, str]:
    names = dict(FUNCTIONS)
    names.update(CONSTRUCTORS)
    names.update(EXTRA_FUNCTIONS)
    return names


class Parser:
    def __init__(self, text: str):
        self.text = text
        self.lines = text.splitlines()
        self.tokens = tokenize(text)
        self.i = 0
        self.depth = 0
        self.nodes = 0
        self.functions = _known_functions()

    # ---- token helpers ---------------------------------------------------
    @property
    def tok(self) -> Token:
        return self.tokens[self.i]

    def peek(self, k: int = 1) -> Token:
        return self.tokens[min(self.i + k, len(self.tokens) - 1)]

    def advance(self) -> Token:
        t = self.tokens[self.i]
        self.i += 1
        return t

    def at(self, text: str) -> bool:
        t = self.tok
        return t.kind == "OP" and t.text == text

    def expect(self, text: str, why: str) -> Token:
        if not self.at(text):
            raise self.error(why, self.tok)
        return self.advance()

    def error(self, message: str, tok: Token, length: int | None = None) -> LangError:
        if tok.kind == "OP" and tok.text == ":":  # never valid: say why, wherever the parser met it
            message = tr("lang", "':' is not part of the language (no lambdas, slices, := or blocks)")
        return LangError(message, tok.line, tok.column, length or len(tok.text) or 1)

    def node(self, cls, tok: Token, *args, end: Token | None = None) -> Expr:
        self.nodes += 1
        if self.nodes > MAX_NODES:
            raise self.error(tr("lang", "the program is too large (more than {limit} operations and values)")
                             .format(limit=f"{MAX_NODES:,}"), tok)
        length = (end.end - tok.column) if end is not None and end.line == tok.line else len(tok.text)
        return cls(tok.line, tok.column, max(1, length), *args)

    # ---- program ---------------------------------------------------------
    def parse(self) -> Program:
        program = Program([], [], self.text)
        while self.tok.kind != "EOF":
            if self.tok.kind == "NEWLINE" or self.at(";"):
                self.advance()
                continue
            start = self.i
            end = self._statement_end(start)
            note = self._skippable(start, end)
            if note:
                program.notes.append((self.tokens[start].line, note))
                self.i = end
                continue
            program.statements.append(self.statement(start, end))
            if self.i != end:
                self._refuse_keyword(self.tok)  # x if c else y, ... for ...: say it is Python
                raise self.error(tr("lang", "unexpected '{text}' after the end of the statement")
                                 .format(text=self.tok.text), self.tok)
        return program

    def _statement_end(self, start: int) -> int:
        j = start
        while self.tokens[j].kind not in ("NEWLINE", "EOF") and not (
                self.tokens[j].kind == "OP" and self.tokens[j].text == ";"):
            j += 1
        return j

    def _skippable(self, start: int, end: int) -> str | None:
        """Lines of a pasted PyTorch snippet that read results rather than compute: read, not drawn."""
        toks = self.tokens[start:end]
        first = toks[0]
        if first.kind == "NAME" and first.text in ("import", "from"):
            return self._import(toks)
        if first.kind == "NAME" and first.text == "print" and len(toks) > 1 and toks[1].text == "(":
            return tr("lang", "print(...) is skipped: the graph shows every value")
        for a, b in zip(toks, toks[1:]):
            if a.kind == "OP" and a.text == "." and b.kind == "NAME" and b.text == "grad":
                return tr("lang", "reading .grad is skipped: the graph shows every gradient")
        return None

    def _import(self, toks: list[Token]) -> str:
        words = [t.text for t in toks]
        module = ""
        if words[0] == "import" and len(words) >= 2:
            j = 1
            while j < len(words) and words[j] not in ("as", ","):
                module += words[j]
                j += 1
        elif words[0] == "from" and "import" in words:
            module = "".join(words[1:words.index("import")])
        if module not in IMPORTABLE:
            raise self.error(tr("lang", "imports are not part of the language; only 'import torch', "
                                        "'import numpy as np' and 'import math' are accepted (and ignored)"),
                             toks[0], toks[-1].end - toks[0].column if toks[-1].line == toks[0].line else None)
        return tr("lang", "import {module} is not needed and is ignored").format(module=module)

    def statement(self, start: int, end: int):
        first = self.tokens[start]
        last = self.tokens[end - 1]
        text = self._text(first, last)
        self._refuse_keyword(first)
        if first.kind == "NAME" and self.peek().kind == "OP" and self.peek().text == "=":
            target = self.advance().text
            self._check_name(target, first)
            self.advance()
            if self.tok.kind == "NEWLINE" or self.at(";"):
                raise self.error(tr("lang", "expected an expression after '='"), self.tok)
            value = self.expression()
            if self.at("="):
                raise self.error(tr("lang", "one '=' per statement: give each value its own line"), self.tok)
            return Assign(first.line, first.column, text, target, value)
        if first.kind == "NAME" and [t.text for t in self.tokens[start + 1:end]] == [".", "backward", "(", ")"]:
            self.i = end
            return Backward(first.line, first.column, text, first.text)
        value = self.expression()
        if self.at("="):
            raise self.error(tr("lang", "only a plain name can be assigned to, as in 'a = x**2'"), first)
        return Assign(first.line, first.column, text, None, value)

    def _text(self, first: Token, last: Token) -> str:
        if first.line == last.line:
            return self.lines[first.line - 1][first.column - 1:last.end - 1]
        parts = [self.lines[first.line - 1][first.column - 1:]]
        parts += [ln.strip() for ln in self.lines[first.line:last.line]]
        return " ".join(p.strip() for p in parts if p.strip())

    # ---- expressions -----------------------------------------------------
    def expression(self) -> Expr:
        return self.additive()

    def _enter(self, tok: Token):
        self.depth += 1
        if self.depth > MAX_DEPTH:
            raise self.error(tr("lang", "the expression is nested too deeply (more than {limit} levels)")
                             .format(limit=MAX_DEPTH), tok)

    def additive(self) -> Expr:
        left = self.term()
        while self.tok.kind == "OP" and self.tok.text in ("+", "-"):
            op = self.advance()
            left = self.node(Bin, op, op.text, left, self.term())
        return left

    def term(self) -> Expr:
        left = self.unary()
        while self.tok.kind == "OP" and self.tok.text in ("*", "/", "@"):
            op = self.advance()
            left = self.node(Bin, op, op.text, left, self.unary())
        return left

    def unary(self) -> Expr:
        if self.tok.kind == "OP" and self.tok.text in ("-", "+"):
            op = self.advance()
            self._enter(op)
            operand = self.unary()
            self.depth -= 1
            if op.text == "-" and isinstance(operand, Num):
                return self.node(Num, op, -operand.value)
            return operand if op.text == "+" else self.node(Unary, op, "-", operand)
        return self.power()

    def power(self) -> Expr:
        base = self.postfix()
        if self.at("**"):
            op = self.advance()
            self._enter(op)
            exponent = self.unary()
            self.depth -= 1
            return self.node(Bin, op, "**", base, exponent)
        return base

    def postfix(self) -> Expr:
        value = self.atom()
        while True:
            if self.at("."):
                dot = self.advance()
                value = self.method(value, dot)
            elif self.at("["):
                raise self.error(tr("lang", "indexing with [...] is not supported; give each value its own name"),
                                 self.tok)
            elif self.at("("):
                raise self.error(tr("lang", "only functions can be called, as in exp(x)"), self.tok)
            else:
                return value

    def method(self, value: Expr, dot: Token) -> Expr:
        name = self.tok
        if name.kind != "NAME":
            raise self.error(tr("lang", "expected a method name after '.'"), name)
        self.advance()
        if name.text == "T":
            return self.node(Call, name, "transpose", ".T", [value])
        canonical = self.functions.get(name.text)
        if canonical in CONSTRUCTORS.values() or canonical is None and name.text != "detach":
            raise self.error(self._unknown(name.text, tr("lang", "'.{name}' is not something visualgrad knows")
                                           .format(name=name.text)), name)
        if not self.at("("):
            raise self.error(tr("lang", "'.{name}' is a method: write .{name}()").format(name=name.text), name)
        args, kwargs, close = self.arguments()
        if name.text in ("item", "detach"):
            if args or kwargs:
                raise self.error(tr("lang", "'.{name}()' takes no arguments").format(name=name.text), name)
            return value
        return self.node(Call, name, canonical, "." + name.text, [value] + args, kwargs, end=close)

    def atom(self) -> Expr:
        tok = self.tok
        if tok.kind == "NUMBER":
            self.advance()
            return self.node(Num, tok, float(tok.text))
        if tok.kind == "NAME":
            return self.name_or_call()
        if tok.kind == "STRING":
            raise self.error(tr("lang", "text in quotes is not part of the language"), tok)
        if self.at("("):
            self.advance()
            self._enter(tok)
            if self.at(")"):
                raise self.error(tr("lang", "empty parentheses: put an expression inside"), tok, 2)
            inner = self.expression()
            if self.at(","):
                raise self.error(tr("lang", "tuples are not supported; use a list [a, b] for a tensor"), self.tok)
            self.expect(")", tr("lang", "expected ')' to close the '(' on line {line}, column {column}")
                        .format(line=tok.line, column=tok.column))
            self.depth -= 1
            return inner
        if self.at("["):
            return self.list_literal()
        if tok.kind in ("NEWLINE", "EOF"):
            raise self.error(tr("lang", "the expression ends too early"), tok)
        raise self.error(tr("lang", "expected a number, a name or '(' but found '{text}'").format(text=tok.text), tok)

    def list_literal(self) -> Expr:
        open_tok = self.advance()
        self._enter(open_tok)
        items = []
        while not self.at("]"):
            if self.tok.kind == "EOF":
                raise self.error(tr("lang", "expected ']' to close the '[' on line {line}, column {column}")
                                 .format(line=open_tok.line, column=open_tok.column), open_tok)
            items.append(self.expression())
            if self.at(","):
                self.advance()
            elif not self.at("]"):
                raise self.error(tr("lang", "expected ',' or ']' in the list"), self.tok)
        close = self.advance()
        self.depth -= 1
        return self.node(ListLit, open_tok, items, end=close)

    def name_or_call(self) -> Expr:
        first = self.advance()
        self._refuse_keyword(first)
        if first.text in ("True", "False"):
            return self.node(Bool, first, first.text == "True")
        spelled = first.text
        # torch.exp, np.maximum, math.pi, torch.nn.functional.relu: a module path before a name.
        while first.text in MODULES and self.at(".") and self.peek().kind == "NAME" and (
                spelled.split(".")[-1] in MODULES):
            self.advance()
            spelled += "." + self.advance().text
        base = spelled.split(".")[-1]
        if self.at("("):
            canonical = self.functions.get(base)
            if canonical is None or base in METHODS_ONLY:
                raise self.error(self._unknown(base, tr("lang", "unknown function '{name}'").format(name=spelled)),
                                 first, len(spelled))
            args, kwargs, close = self.arguments()
            return self.node(Call, first, canonical, spelled, args, kwargs, end=close)
        if "." in spelled:
            if base in CONSTANTS:
                return self.node(Num, first, CONSTANTS[base])
            if base.startswith("float") or base.startswith("int"):
                return self.node(Name, first, spelled)  # a dtype, only meaningful as dtype=...
            raise self.error(self._unknown(base, tr("lang", "'{name}' is not something visualgrad knows")
                                           .format(name=spelled)), first, len(spelled))
        self._check_name(spelled, first)
        return self.node(Name, first, spelled)

    def arguments(self):
        open_tok = self.expect("(", "(")
        self._enter(open_tok)
        args, kwargs = [], {}
        while not self.at(")"):
            if self.tok.kind == "EOF":
                raise self.error(tr("lang", "expected ')' to close the '(' on line {line}, column {column}")
                                 .format(line=open_tok.line, column=open_tok.column), open_tok)
            if self.tok.kind == "NAME" and self.peek().kind == "OP" and self.peek().text == "=":
                key = self.advance()
                self.advance()
                kwargs[key.text] = (key, self.expression())
            else:
                if kwargs:
                    raise self.error(tr("lang", "positional arguments must come before keyword arguments"), self.tok)
                args.append(self.expression())
            if self.at(","):
                self.advance()
            elif not self.at(")"):
                raise self.error(tr("lang", "expected ',' or ')' between arguments"), self.tok)
        close = self.advance()
        self.depth -= 1
        return args, kwargs, close

    # ---- words -----------------------------------------------------------
    def _refuse_keyword(self, tok: Token):
        if tok.kind != "NAME" or not keyword.iskeyword(tok.text) or tok.text in ("True", "False"):
            return
        if tok.text == "lambda":
            msg = tr("lang", "lambda is not part of the language: write the expression out")
        elif tok.text in ("for", "while", "if", "else", "def", "class", "with", "return"):
            msg = tr("lang", "'{kw}' is Python, not part of visualgrad's language: "
                             "write one computation, one statement per line").format(kw=tok.text)
        else:
            msg = tr("lang", "'{kw}' is not part of the language").format(kw=tok.text)
        raise self.error(msg, tok)

    def _check_name(self, name: str, tok: Token):
        if name.startswith("__"):
            raise self.error(tr("lang", "names starting with '__' are reserved"), tok)
        if keyword.iskeyword(name):
            self._refuse_keyword(tok)

    def _unknown(self, name: str, message: str) -> str:
        close = difflib.get_close_matches(name, list(self.functions) + ["T"], n=1, cutoff=0.6)
        if close:
            return message + tr("lang", " — did you mean '{name}'?").format(name=close[0])
        return message


def parse(text: str) -> Program:
    """Text -> Program, or a LangError with line, column and the offending line."""
    try:
        return Parser(text).parse()
    except LangError as e:
        raise e.with_source(text) from None
