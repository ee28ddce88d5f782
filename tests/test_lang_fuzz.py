"""Generated text never crashes the language, and no text ever runs as Python.

Three kinds of text: random characters, grammar-shaped programs (mostly valid, with wrong arities,
shapes and names mixed in), and grammar-shaped programs with one character changed. Each must
give a timeline or a LangError with a position inside the text, and nothing else.
"""
from __future__ import annotations

import ast
import builtins
import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from visualgrad.engine.ops import FUNCTIONS
from visualgrad.lang import LangError, build
from visualgrad.report import trace_json, trace_text
from visualgrad.timeline import from_text


def builds_or_says_where(text: str):
    """A timeline that reports as text and strict JSON, or a positioned LangError."""
    try:
        tl = from_text(text)
        trace_text(tl)
        json.dumps(trace_json(tl), allow_nan=False)
        return tl
    except LangError as e:
        lines = max(1, len(text.removeprefix("\ufeff").splitlines()))
        if e.line:  # (line 0: an error about no place in the text, e.g. an unknown input)
            assert 1 <= e.line <= lines + 1 and e.column >= 1 and e.length >= 1, (text, e.format())
        assert e.message and e.format()
        return None


ALPHABET = st.characters(codec="utf-8", exclude_categories=["Cs"])
LANGUAGE_CHARS = st.sampled_from(list("xyzWab012.5e+-*/@()[],=;:\n #_T") + ["**", "exp", "sum", "torch.", ".T"])


@given(st.text(ALPHABET, max_size=80))
def test_random_characters(text):
    builds_or_says_where(text)


@given(st.lists(LANGUAGE_CHARS, max_size=40).map("".join))
def test_the_language_alphabet_shuffled(text):
    builds_or_says_where(text)


NAMES = st.sampled_from(["x", "y", "W", "b", "L", "h1", "α"])
NUMBERS = st.one_of(st.integers(0, 5).map(str), st.sampled_from(["0.5", "1e-3", "2.", ".25", "1e3", "0"]))
FUNCS = st.sampled_from(sorted(FUNCTIONS) + ["torch.exp", "np.log", "F.relu", "pow", "square", "tensor"])


def lists(inner):
    return st.lists(inner, min_size=1, max_size=3).map(lambda items: "[" + ", ".join(items) + "]")


EXPR = st.recursive(
    st.one_of(NAMES, NUMBERS, lists(NUMBERS), lists(lists(NUMBERS))),
    lambda e: st.one_of(
        st.tuples(e, st.sampled_from([" + ", " - ", " * ", " / ", " ** ", " @ "]), e).map("".join),
        e.map(lambda a: f"-{a}"),
        e.map(lambda a: f"({a})"),
        st.tuples(FUNCS, st.lists(e, max_size=3)).map(lambda t: f"{t[0]}({', '.join(t[1])})"),
        st.tuples(e, st.sampled_from([".T", ".sum()", ".mean(0)", ".exp()", ".item()"])).map("".join),
        st.tuples(st.sampled_from(["sum", "mean"]), e, st.sampled_from(["axis=0", "axis=-1", "1", "keepdims=True",
                                                                       "dim=1, keepdim=True"]))
        .map(lambda t: f"{t[0]}({t[1]}, {t[2]})"),
    ),
    max_leaves=8,
)
PROGRAMS = st.lists(st.tuples(NAMES, EXPR), min_size=1, max_size=4).map(
    lambda stmts: "\n".join(f"{n} = {e}" for n, e in stmts))


@given(PROGRAMS)
def test_grammar_shaped_programs(text):
    builds_or_says_where(text)


@given(PROGRAMS, st.data())
def test_grammar_shaped_programs_with_one_character_changed(text, data):
    k = data.draw(st.integers(0, len(text)))
    c = data.draw(st.one_of(ALPHABET, st.sampled_from(list("()[],.=:;'\"\\#\n\t−×"))))
    how = data.draw(st.sampled_from(["insert", "replace", "delete"]))
    text = {"insert": text[:k] + c + text[k:], "replace": text[:k] + c + text[k + 1:],
            "delete": text[:k] + text[k + 1:]}[how]
    builds_or_says_where(text)


# ---- no text is ever run as Python ----------------------------------------------------

ATTACKS = [
    "__import__('os').system('touch {s}')",
    "L = __import__('os').system('touch {s}')",
    "L = open('{s}', 'w')",
    "L = exec(\"open('{s}', 'w')\")",
    "L = eval('1') * x",
    "import os\nos.system('touch {s}')",
    "from os import system\nsystem('touch {s}')",
    "L = x.__class__.__init__.__globals__",
    "L = (lambda: open('{s}', 'w'))()",
    "L = [c for c in ().__class__.__base__.__subclasses__()]",
    "L = torch.nn.functional.os.system('touch {s}')",
    "L = getattr(x, '__class__')",
    "L = compile('1', 'f', 'eval')",
    "L = breakpoint()",
    "L = x; __builtins__.open('{s}', 'w')",
    "L = x\\\n;open('{s}','w')",
    "L = 2*x # '; open('{s}', 'w')",
    "print(open('{s}', 'w'))\nL = x * 2",
]


@pytest.mark.parametrize("attack", ATTACKS)
def test_no_text_runs_python(attack, tmp_path, monkeypatch, this_thread_only):
    sentinel = tmp_path / "sentinel"
    text = attack.format(s=sentinel)
    from_text("L = 2*x")  # import everything first: dataclasses may exec() while a module loads

    real_compile = builtins.compile

    def refuse(*args, **kwargs):
        raise AssertionError(f"user text reached eval/exec/compile: {args!r}")

    def parse_only(*args, **kwargs):
        # ast.parse is compile(..., flags=PyCF_ONLY_AST): it builds the tree and runs nothing.
        flags = args[3] if len(args) > 3 else kwargs.get("flags", 0)
        if flags & ast.PyCF_ONLY_AST:
            return real_compile(*args, **kwargs)
        refuse(*args, **kwargs)

    for name in ("eval", "exec"):
        monkeypatch.setattr(builtins, name, this_thread_only(getattr(builtins, name), refuse))
    monkeypatch.setattr(builtins, "compile", this_thread_only(real_compile, parse_only))
    try:
        tl = from_text(text)
    except LangError:
        tl = None
    finally:
        monkeypatch.undo()
    assert not sentinel.exists()
    if tl is not None:  # what runs is the engine's arithmetic on the program's own numbers
        assert all(info.op is None or info.op in ("mul", "add") for info in tl.nodes.values())


def test_a_print_line_is_kept_for_the_output_panel_not_written_out(capsys):
    b = build("import math\nprint('hello', 2 * 3)\nL = math.exp(2)")
    assert capsys.readouterr().out == ""
    assert b.printed == [(2, "hello 6")]
