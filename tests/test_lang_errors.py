"""Every refusal of the language says where (line, column, how much) and what to do instead.

The table holds one program per refusal message of the interpreter (visualgrad/lang, library aside:
tests/test_library_*.py cover the library's); test_every_message_has_a_case checks none is missing.
"""
from __future__ import annotations

import ast
import re
from pathlib import Path

import numpy as np
import pytest

import visualgrad.lang.interp as interp
from visualgrad.lang import MAX_DEPTH, MAX_NODES, MAX_TEXT, LangError, build, parse_text

VALUES = {"unknown input": {"xx": 3.0}, "bad input value": {"x": "abc"}}

# name: (text, line, column, length, words the message must contain)
ERRORS = {
    'too long': ("x" * (MAX_TEXT + 1), 1, 1, 1, 'the text is too long'),
    'NUL byte': ('L = x\x00', 1, 6, 1, 'the text contains a NUL byte'),
    'minus sign': ('L = x − 1', 1, 7, 1, "looks like '-' but is a different character"),
    'curly quote': ('L = ‘x’', 1, 5, 1, 'looks like "\'"'),
    'Cyrillic letter': ('L = х + 1', 1, 5, 1, 'CYRILLIC SMALL LETTER HA'),
    'zero-width space': ('L = x\u200b*2', 1, 6, 1, 'ZERO WIDTH SPACE'),
    'long name': ("L = " + "a" * 201, 1, 5, 40, 'names can have at most 200'),
    'not closed': ('L = 2*(x**2 + exp(x)', 1, 7, 1, "this is not valid Python: '(' was never closed"),
    'indentation': ('if True:\nL = x', 2, 1, 1, 'the indentation does not line up here'),
    'quote not closed': ("L = 'abc", 1, 5, 1, 'this text in quotes is not closed'),
    'dollar': ('L = x $ 2', 1, 7, 1, "'$' is not part of the language"),
    'too deep': ("L = " + "(" * (MAX_DEPTH + 1) + "x" + ")" * (MAX_DEPTH + 1), 1, 105, 1, 'nested too deeply (more than 100 levels)'),
    'too large': ("L = " + " + ".join(["x"] * (MAX_NODES + 1)), 1, 200001, 1, 'too large (more than 50,000 operations and values)'),
    'too many nodes': ("\n".join(f"a{i} = x + 1" for i in range(MAX_NODES // 3 + 1)), 16667, 14, 1, 'too large (more than 50,000 operations and values)'),
    'try': ('try:\n    L = x\nexcept Exception:\n    L = 0', 1, 1, 3, 'try/except is not part of the language'),
    'raise': ('raise ValueError', 1, 1, 5, 'raise is not part of the language'),
    'global': ('def f():\n    global y\n    return 1', 2, 5, 6, "'global' is not part of the language"),
    'nonlocal': ('def f():\n    def g():\n        nonlocal a\n    return 1', 3, 9, 8, "'nonlocal' is not part of the language"),
    'del': ('x = 1\ndel x', 2, 1, 6, 'del is not part of the language'),
    'async def': ('async def f():\n    return 1', 1, 1, 5, 'async is not part of the language'),
    'match': ('match x:\n    case 1:\n        L = x', 1, 1, 5, 'match is not part of the language'),
    'while else': ('while False:\n    pass\nelse:\n    L = x', 4, 5, 5, "'else' after a loop is not part of the language"),
    'break outside': ('break', 1, 1, 5, "'break' outside a loop"),
    'continue outside': ('continue', 1, 1, 8, "'continue' outside a loop"),
    'return outside': ('return 1', 1, 1, 8, "'return' outside a function"),
    'decorator': ('@staticmethod\ndef f(v):\n    return v', 1, 2, 12, 'decorators are not part of the language'),
    'metaclass': ('class A(metaclass=type):\n    pass', 1, 19, 4, 'metaclasses and class keywords are not part of the language'),
    'posonly': ('def f(a, /):\n    return a', 1, 1, 1, "'/' in parameters is not part of the language"),
    'import star': ('from torch import *', 1, 1, 19, "'import *' is not part of the language"),
    'relative import': ('from . import x', 1, 1, 15, 'relative imports are not part of the language'),
    'import os': ('import os\nL = x*2', 1, 1, 9, 'imports are limited to torch, numpy, math, random and micrograd'),
    'two contexts': ('import torch\nwith torch.no_grad(), torch.no_grad():\n    pass', 2, 1, 1, "one context per 'with'"),
    'with a number': ('with 3:\n    pass', 1, 6, 1, 'only torch.no_grad() and similar go in a with statement here'),
    'assign to call': ('exp(x) = 3', 1, 1, 6, 'this is not valid Python'),
    'two stars': ('a, *b, *c = [1, 2, 3]', 1, 1, 9, "only one '*' name in an unpacking"),
    'bad base': ('class A(3):\n    pass', 1, 1, 1, 'a class can only be based on another class'),
    'walrus': ('L = (y := x*2) + y', 1, 6, 8, "':=' is not part of the language"),
    'explicit super': ('class A:\n    def f(self):\n        return super(A, 3)\nL = A().f()', 3, 16, 11,
                       'super(Class, self) takes a class of the program and one of its instances'),
    'yield': ('def f():\n    yield 1', 2, 5, 7, 'generators (yield) are not part of the language'),
    'invert': ('L = ~x', 1, 5, 2, "'~' is not part of the language"),
    'bytes': ("L = b'x'", 1, 5, 4, 'bytes values are not part of the language'),
    'complex': ('L = 1j * x', 1, 5, 2, 'complex values are not part of the language'),
    'dunder name': ('__class__ = 3\nL = x', 1, 1, 9, "names starting with '__' are reserved"),
    'dunder attribute': ('L = x.__class__', 1, 5, 11, "attributes starting with '__' are not part of the language"),
    'star outside': ('L = *x', 1, 5, 2, "'*' unpacking goes in a list, a tuple or a call's arguments"),
    'dict star': ('d = {**{}}', 1, 5, 6, "'**' in a dict is not part of the language"),
    'kwargs not dict': ('def f(**k):\n    return 1\nf(**[1])', 3, 1, 8, "'**' needs a dict"),
    'bit operator': ('L = 1 << 2', 1, 5, 6, 'this operator is not part of the language'),
    'unknown function': ('L = expp(x)', 1, 5, 4, "unknown function 'expp' — did you mean 'exp'?"),
    'used before given': ('y = x*2\nx = 3\nL = y', 2, 1, 1, "'x' is used on line 1 before it is given a value here"),
    'recursion': ('def f(n):\n    return f(n)\nL = f(x)', 2, 12, 4, "'f' calls itself; recursion is not part of the language"),
    'too many args': ('def f(a):\n    return a\nL = f(x, x)', 3, 5, 7, 'f() takes 1 positional arguments but 2 were given'),
    'two values': ('def f(a):\n    return a\nL = f(x, a=x)', 3, 5, 9, "f() got two values for 'a'"),
    'no parameter': ('def f(a):\n    return a\nL = f(b=x)', 3, 5, 6, "f() has no parameter 'b'"),
    'missing argument': ('def f(a):\n    return a\nL = f()', 3, 5, 3, "f() is missing the argument 'a'"),
    'class no args': ('class A:\n    pass\na = A(1)', 3, 5, 4, 'A() takes no arguments'),
    'no attribute': ('class A:\n    pass\na = A()\nL = a.w', 4, 5, 3, "'A' object has no attribute 'w'"),
    'class no attribute': ('class A:\n    pass\nL = A.w', 3, 5, 3, "class 'A' has no attribute 'w'"),
    'object not callable': ('class A:\n    pass\na = A()\nL = a(x)', 4, 5, 4, "'A' objects cannot be called"),
    'object not iterable': ('class A:\n    pass\nfor v in A():\n    pass', 3, 10, 3, "'A' objects cannot be looped over"),
    'super outside': ('def f():\n    return super()\nf()', 2, 12, 7, 'super() works inside a method of a class'),
    'super attribute': ('class A:\n    def f(self):\n        return super().g()\nA().f()', 3, 16, 9, "super() has no attribute 'g'"),
    'object init args': ('class A:\n    def __init__(self):\n        super().__init__(1)\nA()', 3, 9, 19, 'object.__init__() takes no arguments'),
    'number not callable': ('import math\na = [1]\nL = a(1)', 3, 5, 4, 'list cannot be called'),
    'module not importable': ('import torch.distributions', 1, 1, 26, "'torch.distributions' cannot be imported yet"),
    'tuple plus number': ('a = (1, 2) + 3', 1, 5, 10, "'+' does not work between tuple and int"),
    'compare': ("a = [1] < 'x'", 1, 5, 9, "'<' does not compare list and str"),
    'in on tensor': ('import torch\na = torch.ones(2)\nb = a in [a]', 3, 5, 8, "'in' works on lists, tuples, dicts and text here"),
    'truth of a tensor': ('import torch\na = torch.ones(2)\nif a:\n    pass', 3, 4, 1, 'a tensor with 2 values is neither true nor false'),
    'unary on list': ('a = -[1]', 1, 5, 4, "unary '-' does not work on list"),
    'division by zero': ('import math\na = 1 / 0', 2, 5, 5, 'division by zero'),
    'huge int': ('import math\na = 2 ** 100000', 2, 5, 11, 'this whole number would be too large'),
    'float overflow': ('import math\na = 10.0 ** 400', 2, 5, 11, 'the number is too large for a float'),
    'complex result': ('import math\na = (-1) ** 0.5', 2, 5, 11, 'this gives a complex number'),
    'huge list': ('import math\na = [0] * 20000000', 2, 5, 14, 'this would make a list or text of 20,000,000 items'),
    'list index': ('import math\na = [1, 2]\nb = a[5]', 3, 5, 4, 'index 5 is out of range (length 2)'),
    'list key': ("import math\na = [1, 2]\nb = a['k']", 3, 5, 6, 'a list is indexed by a whole number or a slice'),
    'list set key': ("import math\na = [1, 2]\na['k'] = 1", 3, 1, 6, 'a list is indexed by a whole number'),
    'list set index': ('import math\na = [1, 2]\na[5] = 1', 3, 1, 4, 'index 5 is out of range (length 2)'),
    'dict key': ("d = {'a': 1}\nb = d['b']", 2, 5, 6, "the dict has no key 'b'"),
    'dict key type': ('d = {}\nd[[1]] = 2', 2, 1, 6, 'dict keys are numbers or text here'),
    'number index': ('a = 3\nimport math\nb = 5[0]', 3, 5, 4, 'int cannot be indexed'),
    'number item set': ('import math\nb = 5\nb.x = 1', 3, 1, 3, 'attributes of int cannot be set'),
    'number set item': ('import math\nb = (1, 2)\nb[0] = 1', 3, 1, 4, 'items of tuple cannot be set'),
    'loop over number': ('import math\nfor v in 3:\n    pass', 2, 10, 1, 'int cannot be looped over'),
    'loop over 0-d': ('import torch\nfor v in torch.tensor(1.0):\n    pass', 2, 10, 17, 'a single number cannot be looped over'),
    'unpack': ('a, b = [1, 2, 3]', 1, 1, 4, '2 names to unpack into, but 3 values'),
    'unpack star': ('a, b, *c = [1]', 1, 1, 8, '2 names to unpack into, but 1 values'),
    'str method': ("import math\na = 'x'.encode()", 2, 5, 10, "str has no attribute 'encode' here"),
    'len of number': ('import math\nn = len(3)', 2, 5, 6, 'int has no len()'),
    'len of 0-d': ('import torch\nn = len(torch.tensor(1.0))', 2, 5, 22, 'len() of a 0-d tensor'),
    'max empty': ('import math\nm = max([])', 2, 5, 7, 'max() of an empty sequence'),
    'max key': ('import math\nm = max([1], key=abs)', 2, 5, 17, 'max(key=...) is not part of the language'),
    'max one tensor': ('L = max(x)', 1, 5, 6, 'max() takes 2 argument(s), 1 given'),
    'float of text': ("import math\nv = float('abc')", 2, 5, 12, "'abc' is not a number"),
    'float of tensor': ('import torch\nv = float(torch.ones(2))', 2, 5, 20, 'only a tensor of one value converts to a Python number'),
    'round text': ("import math\nv = round('a')", 2, 5, 10, 'round() takes a number'),
    'sorted objects': ('import math\nv = sorted([[1], [2]])', 2, 5, 18, 'sorted() takes numbers or text here'),
    'abs list': ('import math\nv = abs([1])', 2, 5, 8, 'abs() of list'),
    'format spec': ("import math\nv = f'{[1]:.2f}'", 2, 5, 12, "':.2f' does not format list"),
    'wide text': ("import math\nv = 'a'.ljust(20000)", 2, 5, 16, 'text wider than 10,000 characters'),
    'arity': ('L = exp(x, y)', 1, 5, 9, 'exp() takes 1 argument(s), 2 given'),
    'no option': ('L = sum(x, foo=1)', 1, 5, 13, "sum() has no option 'foo'"),
    'whole number': ('L = sum(x, axis=1.5)', 1, 5, 16, 'expected a whole number here'),
    'tensor of a name': ('L = tensor(x) * 2', 1, 5, 9, 'tensor(...) takes numbers, as in tensor([1.0, 2.0])'),
    'requires_grad not bool': ('x = tensor(1.0, requires_grad=maybe)\nL = x*2', 1, 5, 32, 'expected True or False here'),
    'requires_grad bad value': ('w = tensor(1.0, requires_grad=2)\nL = w*x', 1, 5, 28, 'expected True or False here'),
    'not a number or tensor': ("L = exp('a')", 1, 5, 8, 'expected a number or a tensor here, not str'),
    'ragged': ('L = sum([[1, 2], [3]])', 1, 5, 18, 'the rows of this list have different lengths'),
    'list of text': ("W = [1, 'a']\nL = sum(W @ x)", 2, 9, 5, 'list entries must be numbers'),
    'tensor with text': ("L = x + [1, 'a']", 1, 5, 12, 'list entries must be numbers'),
    'tensor and object': ('class A:\n    pass\nL = x * A()', 3, 5, 7, "a tensor and 'A' cannot be combined here"),
    'matmul shapes': ('W = [[1, 2], [3, 4]]\nv = [1, 2, 3]\nL = sum(W @ v)', 3, 9, 5, 'matmul: shapes (2, 2) and (3,) do not line up'),
    'matmul of a number': ('L = 3 @ x', 1, 5, 5, 'use * to multiply by a number'),
    'broadcast': ('a = [1, 2]\nb = [1, 2, 3]\nL = sum(a + b)', 3, 9, 5, 'add: shapes (2,) and (3,) cannot be broadcast'),
    'axis': ('L = sum([[1, 2]], axis=2) * x', 1, 5, 21, 'sum: axis 2 does not exist for shape (1, 2)'),
    'unknown method': ('L = x.expp()', 1, 5, 6, "'Tensor.expp' is not something visualgrad can compute — try: x.exp"),
    'in-place on a leaf': ('import torch\nw = torch.tensor(1.0, requires_grad=True)\nw -= 1', 3, 1, 6, "can be changed in place only inside 'with torch.no_grad():'"),
    'in-place shape': ('import torch\nw = torch.zeros(2)\nw += torch.ones(2, 2)', 3, 1, 21, 'in place, the result must keep the shape (2,)'),
    'backward of a constant': ('import torch\nc = torch.tensor(2.0)\nc.backward()', 3, 1, 12, 'this tensor does not require grad'),
    'backward of a vector': ('import torch\nv = torch.ones(2, requires_grad=True)\ny = v * 2\ny.backward()', 4, 1, 12, 'grad can be implicitly created only for scalar outputs — try: y.sum().backward()'),
    'backward of nothing': ('L = 2*x\nM.backward()', 2, 1, 12, "'M' is not defined before .backward()"),
    'matmul of numbers': ("import math\nv = 2 @ 3", 2, 5, 5, "'@' does not work between int and int"),
    'percent format': ("import math\nv = 'a %d b %d' % (1,)", 2, 5, 18, 'this % formatting does not fit its values'),
    'assert fails': ('import math\nassert 1 == 2', 2, 1, 13, 'this assert fails: the program would stop here'),
    'loop limit': ('import math\nk = 0\nwhile True:\n    k += 1', 4, 5, 6, 'the program runs more than 30,000 statements'),
    'call depth': ("\n".join(f"def f{i}(v):\n    return f{i + 1}(v)" for i in range(120)) + "\ndef f120(v):\n    return v\nL = f0(x)", 200, 12, 7, 'calls nest more than 100 deep'),
    'nothing to compute': ('# just a comment\n', 1, 1, 1, 'nothing to compute yet'),
    'only a name': ('x = 3\nL = x', 2, 1, 1, 'the last statement only names a value'),
    'unknown input': ('L = 2*(x**2 + exp(x))', 0, 0, 1, "there is no input named 'xx' to set; the inputs are: x — did you mean 'x'?"),
    'bad input value': ('L = x*2', 0, 0, 1, "the value given for 'x' is not a number or a rectangular list of numbers"),
}


@pytest.fixture
def short_runs(monkeypatch):
    monkeypatch.setattr(interp, "MAX_STEPS", 30_000)  # the limit's message, without running 3 million steps


@pytest.mark.parametrize("name", list(ERRORS))
def test_each_error_says_where_and_what(name, short_runs):
    text, line, column, length, words = ERRORS[name]
    with pytest.raises(LangError) as info:
        build(text, VALUES.get(name))
    e = info.value
    assert words in e.message, e.format()
    assert (e.line, e.column, e.length) == (line, column, length), e.format()
    assert "Traceback" not in e.format()


# Messages no program can reach while the library is loaded (it answers first), or that only guard
# against faults of our own; each is named with the reason.
UNREACHABLE = {
    "backward() needs gradient=": "the library's Tensor.backward refuses first (tested above)",
    "this tensor does not require grad, so backward() has nothing to do": "the library refuses first",
    "backward() could not run": "an engine fault during backward",
    "'.{name}' is not something visualgrad knows": "tensor methods without the library",
    "{what} of a tensor is not supported yet": "tensor indexing without the library",
    "visualgrad could not run this": "a fault of ours, reported with its position",
    "the program needs more memory than this machine has": "MemoryError",
    "this needs more memory than this machine has": "MemoryError",
    "the program nests calls too deeply": "RecursionError despite the limits",
    "this could not be computed": "an engine error without its own message",
    "an assert that visualgrad could not evaluate was skipped": "a note, not a refusal (tested below)",
    "… (more printed lines are not kept)": "a printed line, not a refusal",
    "'{name}' cannot be imported yet in visualgrad": "tested above with torch.distributions",
    "{c} looks like {ascii}": "tested above (minus sign, curly quote)",
    "there is no tensor named '{name}' to use as the loss": "tested below (loss=NAME)",
    "'{name}' is not something visualgrad can compute": "the library's unknown names (runtime.refuse_unknown)",
    "a list of more than {n} items": "list(range(10**8)) (tested below)",
    "{name}() of one tensor": "the math-style max/min of one tensor is the op table's max(x, y) first",
    "{name}(...) takes numbers": "tested above (tensor of a name)",
    "{kind} values are not part of the language": "tested above (bytes, complex)",
    "'{kind}' is not part of the language": "ast node types with no message of their own",
    "{kind} has no len()": "tested above (len of number)",
    "{kind} cannot be called": "tested above",
    "'{cls}' objects cannot be called: give the class a __call__ or forward ": "tested above",
    "{what}": "runtime.HostObject defaults, the library's objects (tests/test_library_*.py)",
    "'{c}' is not part of the language": "tested above ($)",
    "{message} — try: {hint}": "the form of every hint",
    "line {line}, column {column}: {message}": "the form of every message",
    "a tensor": "a word", "an array": "a word", "a for loop": "a hint", "remove the @ line": "a hint",
    "remove the try: and keep its body": "a hint", "return the new value": "a hint",
    " — did you mean '{name}'?": "tested above (unknown function)",
    "await is not part of the language": "Python's parser refuses await outside a function first",
    "only names, attributes and items can be assigned to": "Python's parser refuses other targets first",
    "attributes of {what} cannot be set here": "runtime.HostObject's default (library objects)",
}


def _templates() -> set[str]:
    out = set()
    for path in Path(interp.__file__).parent.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "tr" and len(node.args) == 2 \
                    and isinstance(node.args[0], ast.Constant) and node.args[0].value == "lang" \
                    and isinstance(node.args[1], ast.Constant):
                out.add(node.args[1].value)
    return out


def test_every_message_has_a_case(short_runs):
    said = []
    for name, (text, *_rest) in ERRORS.items():
        try:
            build(text, VALUES.get(name))
        except LangError as e:
            said.append(e.message)
    missing = []
    for template in _templates():
        if any(template.startswith(k) or k.startswith(template[:30]) for k in UNREACHABLE):
            continue
        pattern = re.escape(template)
        pattern = re.sub(r"\\\{[^}]*\\\}", ".*?", pattern)
        if not any(re.search(pattern, m) for m in said):
            missing.append(template)
    assert not missing, missing


def test_the_message_shows_the_line_with_a_caret_under_the_culprit():
    with pytest.raises(LangError) as info:
        build("a = x * 2\nL = a + expp(x)")
    assert str(info.value).splitlines() == [
        "line 2, column 9: unknown function 'expp' — did you mean 'exp'?",
        "    L = a + expp(x)",
        "            ^^^^",
    ]


def test_positions_count_characters_not_bytes_and_skip_a_byte_order_mark():
    with pytest.raises(LangError) as info:
        build("α = 2 # ünïcödé\nL = α * expp(x)")
    assert (info.value.line, info.value.column) == (2, 9)
    b = build("\ufeffL = 2*x", {"x": 3.0})  # as saved by some Windows editors
    assert float(b.output.data) == 6.0
    with pytest.raises(LangError) as info:
        build("\ufeffL = expp(x)")
    assert info.value.column == 5 and str(info.value).splitlines()[1] == "    L = expp(x)"


def test_a_failing_assert_that_cannot_be_evaluated_is_noted_not_refused():
    b = build("import torch\nx = torch.tensor(2.0, requires_grad=True)\nassert torch.frobnicate(x)\ny = x * 3\n"
              "y.backward()")
    assert any("assert" in n for n in b.notes)
    assert float(b.variables["x"].grad) == 3.0


def test_the_loss_can_be_named_and_must_exist():
    b = build("import numpy as np\nW = np.array([1.0, 2.0])\nloss = np.sum(W ** 2)\ndW = 2 * W", loss="loss")
    assert b.output is b.final["loss"]
    with pytest.raises(LangError, match="there is no tensor named 'cost' to use as the loss"):
        build("import numpy as np\nW = np.array([1.0, 2.0])\nloss = np.sum(W ** 2)", loss="cost")


def test_a_huge_list_is_refused():
    with pytest.raises(LangError, match="a list of more than 10,000,000 items"):
        build("import math\nxs = list(range(10 ** 8))")


# ---- limits: refused with a clear message, never a crash or a hang --------------------

def test_text_size_limit():
    with pytest.raises(LangError, match="the text is too long") as info:
        parse_text("x" * (MAX_TEXT + 1))
    assert f"{MAX_TEXT:,}" in info.value.message
    parse_text("L = x" + " " * (MAX_TEXT - 5))  # exactly at the limit is fine


@pytest.mark.parametrize("text", [
    "L = " + "(" * (MAX_DEPTH + 1) + "x" + ")" * (MAX_DEPTH + 1),
    "L = " + "-" * (MAX_DEPTH + 1) + "x",
    "L = " + "x**" * (MAX_DEPTH + 1) + "x",
    "L = sum(" + "[" * (MAX_DEPTH + 1) + "1" + "]" * (MAX_DEPTH + 1) + ")",
    "L = " + "exp(" * (MAX_DEPTH + 1) + "x" + ")" * (MAX_DEPTH + 1),
])
def test_nesting_depth_limit(text):
    with pytest.raises(LangError, match=f"nested too deeply \\(more than {MAX_DEPTH} levels\\)") as info:
        parse_text(text)
    assert info.value.line == 1 and info.value.column > MAX_DEPTH


def test_nesting_just_inside_the_limit_builds():
    depth = MAX_DEPTH - 1
    b = build("L = " + "sin(" * depth + "x" + ")" * depth)
    assert len(b.order) == depth + 1


def test_a_long_sum_is_as_long_as_the_node_limit_allows():
    n = MAX_NODES // 2 - 1  # n names, n − 1 additions and the target: inside the limit
    b = build("L = " + " + ".join(["x"] * n), {"x": 1.0})
    assert float(b.output.data) == n
    with pytest.raises(LangError, match=f"too large \\(more than {MAX_NODES:,} operations and values\\)"):
        parse_text("L = " + " + ".join(["x"] * (MAX_NODES // 2 + 1)))


def test_limits_are_documented_numbers():
    assert (MAX_TEXT, MAX_DEPTH, MAX_NODES) == (1_000_000, 100, 50_000)
    assert interp.MAX_STEPS == 3_000_000


# ---- what the language does accept (so refusals are not over-eager) ---------------------

@pytest.mark.parametrize("text,value", [
    ("L = 2*(x**2 + exp(x))", 2 * (9 + np.exp(3))),
    ("a = x**2; b = exp(x); L = 2*(a + b)", 2 * (9 + np.exp(3))),
    ("L = torch.exp(x) + np.log(x) + math.sqrt(x)", np.exp(3) + np.log(3) + np.sqrt(3)),
    ("L = x.exp().log() * 1", 3.0),
    ("L = 1.5e1 * x - .5 + 2. # trailing comment", 46.5),
    ("L = (x \\\n + 1) * 2", 8.0),
    ("L = (x +\n 1) * 2", 8.0),
    ("L = sum([[1, 2], [3, 4]], 0) @ [1, 1] * x", 30.0),
    ("L = mean([[1, 2], [3, 4]], axis=1, keepdims=True).sum() * x", 15.0),
    ("L = torch.nn.functional.relu(x - 4) + F.sigmoid(x) * 0", 0.0),
    ("L = pow(x, 2) + square(x) + max(x, 5) + min(x, 1)", 24.0),
    ("W = tensor([[1.0, 2.0]], requires_grad=True)\nL = (W @ W.T).sum() * x", 15.0),
    ("L = math.pi * x / np.pi", 3.0),
    ("α = 2\nL = α * x", 6.0),
    ("def f(v):\n    return v * v\nL = f(x) + f(2)", 13.0),
    ("h = x\nfor i in range(3):\n    h = h * 2\nL = h", 24.0),
    ("L = 2 * x if x > 2 else -x", 6.0),
    ("ys = [x * k for k in range(4)]\nL = sum(ys)", 18.0),
    ("class A:\n    def __init__(self, w):\n        self.w = w\n    def __call__(self, v):\n"
     "        return self.w * v\nL = A(2)(x)", 6.0),
])
def test_accepted_programs(text, value):
    b = build(text, {"x": 3.0} if "x" in text else None)
    assert float(b.output.data) == pytest.approx(value, rel=1e-12)


def test_positional_and_keyword_axes_mean_the_same():
    a = build("W = [[1, 2], [3, 4]]\nL = sum(W, 1)").output.data
    b = build("W = [[1, 2], [3, 4]]\nL = W.sum(axis=1)").output.data
    c = build("W = [[1, 2], [3, 4]]\nL = torch.sum(W, dim=1)").output.data
    np.testing.assert_array_equal(a, [3, 7])
    np.testing.assert_array_equal(a, b)
    np.testing.assert_array_equal(a, c)


def test_python_parser_warnings_do_not_reach_the_terminal():
    import warnings
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        b = build("import math\ns = '\\d'\nL = 1if True else 2", {})
        assert b.final["L"] == 1
        with pytest.raises(LangError, match="invalid decimal literal"):
            build("L = 2x")
