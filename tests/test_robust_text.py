"""Hostile and broken text: every input gives a graph or a positioned error, quickly, and nothing runs.

Three sources of text: a hand-made corpus of what people paste (Python that is not our language, look-alike
Unicode, NUL bytes, inputs far past every limit), hypothesis programs generated from the language's grammar
(valid ones, and ones with one character broken), and hypothesis raw characters. The same corpus goes
through `visualgrad trace` as a real subprocess, which must answer 0 or 2 and never print a traceback.
"""
from __future__ import annotations

import ast
import builtins
import os
import re
import subprocess
import sys
import time
import warnings
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from visualgrad.lang import MAX_DEPTH, MAX_NODES, MAX_TEXT, LangError
from visualgrad.timeline import Timeline, from_text

# Inputs this large get a wall-clock bound, to catch hangs (the speed targets live in benchmarks/).
HUGE_SECONDS = 10.0
FUZZ = settings(max_examples=400, deadline=None, derandomize=True, database=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


def hostile_corpus(sentinel: Path | str = "/tmp/visualgrad-sentinel") -> dict[str, str]:
    """What people paste. Several try to create `sentinel`: if any text ever ran, the file would appear."""
    s = str(sentinel)
    return {
        "dunder attribute": "x.__class__.__bases__[0].__subclasses__()",
        "dunder name": "__builtins__ = 1\nL = x*2",
        "dunder import": f"__import__('os').system('touch {s}')",
        "attribute chain": "L = x.real.imag.conjugate().exp()",
        "module chain": "L = torch.nn.functional.os.system(x)",
        "open": f"L = open('{s}', 'w')",
        "import os": f"import os\nos.system('touch {s}')\nL = x*2",
        "from import": "from os import system\nL = x*2",
        "import as": "import subprocess as torch\nL = torch.exp(x)",
        "global": "def f():\n    global x\n    return 1\nL = f()",
        "comprehension": "L = sum([x for x in range(3)])",
        "generator": "L = sum(x*i for i in range(3))",
        "f-string": f"L = f'{{__import__(\"os\").system(\"touch {s}\")}}'",
        "walrus": "L = (y := x*2) + y",
        "decorator": "@torch.no_grad\ndef f(x):\n    return x*2\nL = f(x)",
        "class": "class A:\n    pass\nL = x",
        "exec": f"exec(\"open('{s}', 'w')\")\nL = x*2",
        "eval": "L = eval('x*2')",
        "semicolon escape": f"L = x*2; __import__('os').system('touch {s}')",
        "subscript": "L = x[0]",
        "slice": "L = W[:, 0].sum()",
        "string": "L = 'x' * 3",
        "bytes": "L = b'\\x00' * x",
        "comment only": "# L = x*2",
        "NUL byte": "L = x\x00*2",
        "NUL only": "\x00" * 100,
        "Cyrillic x": "L = 2*х",  # U+0445
        "Greek omicron": "L = ο*2",  # U+03BF: an allowed Greek letter, a new name
        "full-width plus": "L = x＋2",
        "full-width star": "L = x＊2",
        "full-width parens": "L = （x + 2）",
        "minus sign": "L = x − 2",
        "times sign": "L = x × 2",
        "middle dot": "L = 2·x",
        "smart quotes": "L = ‘x’",
        "no-break space": "L =\u00a0x*2",
        "zero-width space": "L = x\u200b*2",
        "right-to-left mark": "L = x\u202e*2",
        "BOM": "\ufeffL = x*2",
        "lone surrogate": "L = x\ud800*2",
        "emoji": "L = 🔥 * x",
        "combining accent": "L = x\u0301 * 2",
        "carriage return only": "a = x*2\rL = a*3",
        "tabs and CRLF": "\ta = x*2\r\nL = a*3\r\n",
        "line continuation at end": "L = x*2 \\",
        "unclosed paren": "L = (x*2",
        "unclosed bracket": "L = sum([1, 2, 3)",
        "stray close": "L = x*2)",
        "many equals": "L = a = b = x",
        "keyword args everywhere": "L = exp(x, out=x)",
        "huge exponent literal": "L = x ** 1e999999",
        "huge integer literal": "L = 1" + "0" * 5000 + " * x",
        "many digits float": "L = 0." + "1" * 5000 + " * x",
        "nested lists 200": "L = sum(" + "[" * 200 + "1" + "]" * 200 + ") * x",
        "ragged list": "L = sum([[1, 2], [3]]) * x",
        "huge axis": "L = sum([[1, 2]], axis=99999999999999999999) * x",
        "10,000 nested parentheses": "L = " + "(" * 10_000 + "x" + ")" * 10_000,
        "10,000 unary minus": "L = " + "-" * 10_000 + "x",
        "10,000 powers": "L = x" + "**x" * 10_000,
        "10,000 unclosed": "L = " + "(" * 10_000,
        "1 MB of text": "L = x" + " + x" * (MAX_TEXT // 4),
        "1 MB of comment": "# " + "a" * (MAX_TEXT - 10) + "\nL = x*2",
        "1 MB name": "L = " + "x" * (MAX_TEXT - 20) + " * 2",
        "200,000 terms": "L = " + "+".join(["x"] * 200_000),
        "60,000 method calls": "L = x" + ".exp()" * 60_000,
        "30,000 statements": "\n".join(f"a{i} = x*{i}" for i in range(30_000)) + "\nL = a1",
        "100,000 blank lines": "\n" * 100_000 + "L = x*2",
    }


HUGE = {"10,000 nested parentheses", "10,000 unary minus", "10,000 powers", "10,000 unclosed", "1 MB of text",
        "1 MB of comment", "1 MB name", "200,000 terms", "60,000 method calls", "30,000 statements",
        "100,000 blank lines", "huge integer literal", "many digits float"}
CORPUS = hostile_corpus()
# Known bugs, each with a strict xfail below naming the file that should change.
KNOWN_CRASHES: set = set()


def outcome(text: str, values: dict | None = None):
    """A Timeline or a LangError; anything else escapes and fails the test. No RuntimeWarning may leak."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            result = from_text(text, values)
        except LangError as e:
            result = e
    leaked = [w for w in caught if issubclass(w.category, RuntimeWarning)]
    assert not leaked, [str(w.message) for w in leaked]
    return result


def assert_positioned(e: LangError, text: str):
    """The error points into the text: a line that exists (or the one after, at the end) and a column on it."""
    lines = text.split("\n") or [""]
    assert e.message.strip()
    assert 1 <= e.line <= len(lines) + 1, (e.line, len(lines))
    assert e.column >= 1 and e.length >= 1
    if e.line <= len(lines):
        assert e.column <= len(lines[e.line - 1]) + 2, (e.column, lines[e.line - 1][:80])
    assert e.format().startswith(f"line {e.line}, column {e.column}")


def check(text: str) -> Timeline | LangError:
    result = outcome(text)
    if isinstance(result, LangError):
        assert_positioned(result, text)
    else:
        assert isinstance(result, Timeline) and len(result.steps) >= 3  # inputs, forward, loss (+ backward)
    return result


# ---- the corpus ---------------------------------------------------------------------

@pytest.mark.parametrize("name", [n for n in CORPUS if n not in KNOWN_CRASHES])
def test_hostile_input_gives_a_graph_or_a_positioned_error(name):
    text = CORPUS[name]
    start = time.perf_counter()
    check(text)
    if name in HUGE:
        assert time.perf_counter() - start < HUGE_SECONDS, "a hang, or close to one"


@pytest.mark.parametrize("name,expected", [
    ("dunder attribute", "attributes starting with '__' are not part of the language"),
    ("dunder import", "names starting with '__' are reserved"),
    ("import os", "imports are limited to torch, numpy, math, random and micrograd"),
    ("global", "global"),
    ("walrus", "':=' is not part of the language"),
    ("NUL byte", "NUL byte"),
    ("Cyrillic x", "CYRILLIC SMALL LETTER HA"),
    ("minus sign", "looks like '-'"),
    ("full-width star", "looks like '*'"),
    ("10,000 nested parentheses", f"more than {MAX_DEPTH} levels"),
    ("200,000 terms", f"more than {MAX_NODES:,} operations"),
    ("1 MB of text", "the text is too long"),
    ("1 MB name", "names can have at most 200"),
])
def test_the_message_says_what_is_wrong(name, expected):
    e = check(CORPUS[name])
    assert isinstance(e, LangError) and expected in e.message


def test_errors_point_at_the_offending_character():
    e = check("a = x*2\nL = a − 1")
    assert (e.line, e.column) == (2, 7)
    e = check("L = 2*х")
    assert (e.line, e.column) == (1, 7)
    e = check("a = x\nb = a\x00\nL = b*2")
    assert (e.line, e.column) == (2, 6)


def test_limits_are_refused_not_truncated():
    """Just below a limit works; just above is a message (nothing is silently cut)."""
    deep = MAX_DEPTH - 2
    assert isinstance(check("L = " + "(" * deep + "x*2" + ")" * deep), Timeline)
    assert isinstance(check("L = " + "(" * (MAX_DEPTH + 1) + "x*2" + ")" * (MAX_DEPTH + 1)), LangError)
    text = "L = x*2" + " " * (MAX_TEXT - 7)
    assert len(text) == MAX_TEXT and isinstance(check(text), Timeline)
    assert isinstance(check(text + " "), LangError)


# ---- nothing is executed --------------------------------------------------------------

DANGEROUS_MODULES = {"os", "subprocess", "shutil", "socket", "ctypes", "pty", "importlib", "runpy", "pickle"}


def test_nothing_the_user_types_is_executed(monkeypatch, tmp_path, this_thread_only):
    sentinel = tmp_path / "executed"
    corpus = hostile_corpus(sentinel)
    from_text("L = 2*(x**2 + exp(x))", {"x": 3.0})  # warm every lazy import before the guards go up
    from_text("import torch\nimport torch.nn as nn\nimport torch.nn.functional as F\nimport numpy as np\nimport math\n"
              "import random\nfrom micrograd.engine import Value\nfrom micrograd.nn import MLP\n"
              "L = torch.exp(x) + np.sum(np.ones(2)) + F.relu(x) + Value(2.0).relu().data")
    calls = []

    def refuse(name, real):
        def guard(*args, **kwargs):
            calls.append((name, args[:1]))
            raise AssertionError(f"user text reached {name}")
        return this_thread_only(real, guard)  # the language runs on this thread; others go on as usual

    real_import = builtins.__import__

    def guarded_import(name, globals=None, locals=None, fromlist=(), level=0):
        if level == 0 and name.split(".")[0] in DANGEROUS_MODULES:
            calls.append(("import", name))
            raise AssertionError(f"the language imported {name}")
        return real_import(name, globals, locals, fromlist, level)

    for name in ("eval", "exec", "open", "breakpoint", "input"):
        monkeypatch.setattr(builtins, name, refuse(name, getattr(builtins, name)))
    real_compile = builtins.compile

    def parse_only(*args, **kwargs):
        # ast.parse is compile(..., flags=PyCF_ONLY_AST): a tree, nothing run. Any other compile is refused.
        flags = args[3] if len(args) > 3 else kwargs.get("flags", 0)
        if flags & ast.PyCF_ONLY_AST:
            return real_compile(*args, **kwargs)
        calls.append(("compile", args[:1]))
        raise AssertionError("user text reached compile")
    monkeypatch.setattr(builtins, "compile", this_thread_only(real_compile, parse_only))
    monkeypatch.setattr(builtins, "__import__", this_thread_only(real_import, guarded_import))
    monkeypatch.setattr(os, "system", refuse("os.system", os.system))
    monkeypatch.setattr(subprocess, "Popen", refuse("subprocess.Popen", subprocess.Popen))
    for name, text in corpus.items():
        if name in HUGE or name in KNOWN_CRASHES:
            continue
        try:
            from_text(text)
        except LangError:
            pass
    monkeypatch.undo()
    assert calls == []
    assert not sentinel.exists()


# ---- generated from the grammar ----------------------------------------------------------

NAMES = ["x", "y", "θ", "b_1", "t0", "t1", "t2"]  # t0.. are assigned by earlier statements
UNARY = ["exp", "log", "sqrt", "abs", "sin", "cos", "tanh", "sigmoid", "relu"]
NUMBERS = st.one_of(
    st.integers(0, 1000).map(str),
    st.floats(0, 1e6, allow_nan=False, allow_infinity=False).map(repr),
    st.sampled_from(["0", "0.0", "1e308", "1e-308", "1e400", ".5", "5.", "2e3", "pi", "math.e", "np.pi"]))
PREFIXES = ["", "torch.", "np.", "math.", "F."]


def _scalar_extend(inner):
    return st.one_of(
        st.tuples(inner, st.sampled_from(["+", "-", "*", "/", "**"]), inner).map(lambda t: f"{t[0]} {t[1]} {t[2]}"),
        inner.map(lambda e: f"({e})"),
        inner.map(lambda e: f"-{e}"),
        st.tuples(st.sampled_from(PREFIXES), st.sampled_from(UNARY), inner).map(lambda t: f"{t[0]}{t[1]}({t[2]})"),
        st.tuples(inner, st.sampled_from(UNARY)).map(lambda t: f"({t[0]}).{t[1]}()"),
        st.tuples(st.sampled_from(["maximum", "minimum", "pow"]), inner, inner).map(
            lambda t: f"{t[0]}({t[1]}, {t[2]})"),
        inner.map(lambda e: f"square({e})"),
        inner.map(lambda e: f"({e}).item() * 1"),
    )


# Built once: hypothesis strategies are costly to create, cheap to draw from.
SCALAR = st.recursive(st.one_of(st.sampled_from(NAMES), NUMBERS), _scalar_extend, max_leaves=12)
TENSORS = st.sampled_from(["[1.0, -2.0]", "[[0.5, -0.2], [0.1, 0.4]]", "[[1, 2, 3]]", "[[1], [2]]",
                           "tensor([3.0, 4.0], requires_grad=True)", "param([[0.1, 0.2], [0.3, 0.4]])"])
TENSOR = st.recursive(TENSORS, lambda inner: st.one_of(
    st.tuples(inner, st.sampled_from(["+", "*", "@", "-"]), inner).map(lambda t: f"({t[0]} {t[1]} {t[2]})"),
    st.tuples(st.sampled_from(UNARY), inner).map(lambda t: f"{t[0]}({t[1]})"),
    inner.map(lambda e: f"({e}).T"),
    st.tuples(st.sampled_from(["sum", "mean"]), inner,
              st.sampled_from(["", ", axis=0", ", axis=-1", ", dim=1, keepdim=True"])).map(
        lambda t: f"{t[0]}({t[1]}{t[2]})"),
    st.tuples(inner, SCALAR).map(lambda t: f"({t[0]} * ({t[1]}))"),
), max_leaves=6)


def _defined_only(expr: str, k: int) -> str:
    """Statement k may use t0..t(k-1); later names become the input x (no use before assignment)."""
    return re.sub(r"\bt(\d)\b", lambda m: m.group(0) if int(m.group(1)) < k else "x", expr)


@st.composite
def programs(draw, tensors=False):
    """0-3 statements naming new values from inputs and earlier values, then the loss."""
    n = draw(st.integers(0, 3))
    lines = [f"t{k} = {_defined_only(draw(SCALAR), k)}" for k in range(n)]
    last = _defined_only(draw(TENSOR) if tensors else draw(SCALAR), n)
    sep = draw(st.sampled_from(["\n", "; ", "\r\n", "\n\n# a comment\n"]))
    lines.append(f"L = 2 * ({f'sum({last})' if tensors else last})")
    if draw(st.booleans()):
        lines.append("L.backward()")
    return sep.join(lines)


@FUZZ
@given(programs())
def test_valid_scalar_programs_always_build(text):
    """Grammatical scalar programs never fail: ∞ and NaN are values, not errors. The one refusal is
    PyTorch's: backward() of a loss computed from numbers only (nothing requires grad)."""
    result = check(text)
    if isinstance(result, LangError) and "does not require grad" in result.message:
        assert "L.backward()" in text and result.line >= 1
        return
    assert isinstance(result, Timeline), result
    ops = [i for i, n in result.nodes.items() if n.op is not None]
    needs = {}
    for i, n in result.nodes.items():
        needs[i] = n.role != "constant" if n.op is None else any(needs[j] for j in n.inputs)
    assert [s.phase for s in result.steps].count("forward") == len(ops)
    assert [s.phase for s in result.steps].count("backward") == sum(needs[i] for i in ops)


@FUZZ
@given(programs(tensors=True))
def test_tensor_programs_build_or_say_which_shapes_do_not_fit(text):
    result = check(text)
    if isinstance(result, LangError):
        assert any(w in result.message for w in ("shape", "axis", "matmul", "does not require grad")), result.message


MUTATION_CHARS = "()[]+-*/@=,.;:\n#'\"xyL1e_ \t\\−×（\x00х"


@st.composite
def almost_valid(draw):
    """A valid program with one character deleted, inserted, doubled or two swapped."""
    text = draw(programs(tensors=draw(st.booleans())))
    i = draw(st.integers(0, max(0, len(text) - 1)))
    kind = draw(st.sampled_from(["delete", "insert", "double", "swap", "truncate"]))
    if kind == "delete":
        return text[:i] + text[i + 1:]
    if kind == "insert":
        return text[:i] + draw(st.sampled_from(MUTATION_CHARS)) + text[i:]
    if kind == "double":
        return text[:i] + text[i:i + 1] + text[i:]
    if kind == "swap":
        return text[:i] + text[i + 1:i + 2] + text[i:i + 1] + text[i + 2:]
    return text[:i]


@FUZZ
@given(almost_valid())
def test_almost_valid_programs_give_a_graph_or_a_positioned_error(text):
    check(text)


@FUZZ
@given(st.text(max_size=300))
def test_any_characters_give_a_graph_or_a_positioned_error(text):
    check(text)


@FUZZ
@given(st.text(alphabet=st.sampled_from(sorted(set("xyzL=+-*/@()[].,;:\n\t #'\"0123456789eE_\\" + "−×·（）＊"))),
               max_size=200))
def test_the_language_alphabet_shuffled_gives_a_graph_or_a_positioned_error(text):
    check(text)


@FUZZ
@given(st.lists(st.sampled_from(["x", "y", "(", ")", "[", "]", "+", "-", "*", "**", "/", "@", ",", "=", ".",
                                 ".exp()", ".T", "exp", "sum", "axis=0", "1", "2.5", "\n", ";", "L", "=", "torch.",
                                 "tensor(", "requires_grad=True", "import torch", "L.backward()", ".grad"]),
                max_size=40))
def test_token_soup_gives_a_graph_or_a_positioned_error(tokens):
    check(" ".join(tokens))


# ---- the command line on the same corpus --------------------------------------------------

def _trace(path: Path) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONWARNINGS="default")  # a RuntimeWarning would show on stderr
    return subprocess.run([sys.executable, "-m", "visualgrad", "trace", str(path)], capture_output=True,
                          env=env, timeout=120, cwd=path.parent)


def test_visualgrad_trace_answers_every_hostile_input_without_a_traceback(tmp_path):
    sentinel = tmp_path / "executed"
    files = []
    for k, (name, text) in enumerate(hostile_corpus(sentinel).items()):
        path = tmp_path / f"input{k}.txt"
        path.write_bytes(text.encode("utf-8", "surrogatepass"))  # the lone surrogate stays a broken byte
        files.append((name, path))
    start = time.perf_counter()
    with ThreadPoolExecutor(max_workers=4) as pool:
        results = list(pool.map(lambda f: _trace(f[1]), files))
    problems = []
    for (name, _), r in zip(files, results):
        err = r.stderr.decode("utf-8", "replace")
        if name in KNOWN_CRASHES:
            continue
        if r.returncode not in (0, 2) or "Traceback" in err:
            problems.append(f"{name}: exit {r.returncode}\n{err[-800:]}")
        elif r.returncode == 2 and not err.strip():
            problems.append(f"{name}: exit 2 with no message")
        elif r.returncode == 0 and err.strip():
            problems.append(f"{name}: stderr not empty: {err[:300]}")
    assert not problems, "\n\n".join(problems)
    assert not sentinel.exists()
    assert time.perf_counter() - start < 60 * len(files) / 4


def test_trace_errors_name_the_line_and_column(tmp_path):
    path = tmp_path / "p.txt"
    path.write_text("a = x*2\nL = a − 1\n", encoding="utf-8")
    r = _trace(path)
    assert r.returncode == 2
    err = r.stderr.decode()
    assert err.startswith("line 2, column 7: '−' looks like '-'") and "^" in err and "Traceback" not in err
