"""Every refusal of the language says where (line, column, how much) and what to do instead."""
from __future__ import annotations

import numpy as np
import pytest

from visualgrad.lang import MAX_DEPTH, MAX_NODES, MAX_TEXT, LangError, build, parse

# (text, line, column, length, words the message must contain)
ERRORS = {
    # syntax
    "unclosed parenthesis": ("L = 2*(x**2 + exp(x)", 1, 21, 1, "expected ')' to close the '(' on line 1, column 7"),
    "operator without operand": ("L = 2 * * x", 1, 9, 1, "expected a number, a name or '(' but found '*'"),
    "ends too early": ("a = 1\nL = x +", 2, 8, 1, "ends too early"),
    "two values side by side": ("L = x + 1 2", 1, 11, 1, "unexpected '2' after the end of the statement"),
    "nothing after =": ("L = ", 1, 5, 1, "expected an expression after '='"),
    "empty parentheses": ("L = x * ()", 1, 9, 2, "empty parentheses"),
    "tuple": ("L = (x, y)", 1, 7, 1, "tuples are not supported"),
    "assign to a call": ("exp(x) = 3", 1, 1, 3, "only a plain name can be assigned to"),
    "nothing at all": ("# just a comment\n", 1, 1, 1, "nothing to compute yet"),
    "only a name": ("x = 3\nL = x", 2, 1, 1, "the last statement only names a value"),
    "used before given": ("y = x*2\nx = 3\nL = y", 2, 1, 1, "'x' is used on line 1 before it is given a value here"),
    "backward of nothing": ("L = 2*x\nM.backward()", 2, 1, 1, "'M' is not defined before .backward()"),
    # functions
    "unknown function": ("L = expp(x)", 1, 5, 4, "unknown function 'expp' — did you mean 'exp'?"),
    "unknown function 2": ("L = sigmod(x) * 2", 1, 5, 6, "did you mean 'sigmoid'?"),
    "unknown module function": ("L = torch.sigmod(x)", 1, 5, 12, "did you mean 'sigmoid'?"),
    "arity": ("L = exp(x, y)", 1, 5, 9, "exp() takes 1 argument(s), 2 given"),
    "arity 2": ("L = maximum(x)", 1, 5, 10, "maximum() takes 2 argument(s), 1 given"),
    "unknown option": ("L = sum(x, foo=1)", 1, 12, 3, "sum() has no option 'foo'"),
    "axis not whole": ("L = sum(x, axis=1.5)", 1, 17, 3, "expected a whole number here"),
    "tensor of a name": ("L = tensor(x) * 2", 1, 5, 9, "tensor(...) takes numbers"),
    "requires_grad not a boolean": ("x = tensor(1.0, requires_grad=maybe)\nL = x*2", 1, 31, 5, "expected True or False"),
    # shapes
    "matmul shapes": ("W = [[1, 2], [3, 4]]\nv = [1, 2, 3]\nL = sum(W @ v)", 3, 11, 1,
                      "matmul: shapes (2, 2) and (3,) do not line up"),
    "matmul of numbers": ("L = 3 @ x", 1, 7, 1, "use * to multiply by a number"),
    "broadcast": ("a = [1, 2]\nb = [1, 2, 3]\nL = sum(a + b)", 3, 11, 1, "add: shapes (2,) and (3,) cannot be broadcast"),
    "axis out of range": ("L = sum([[1, 2]], axis=2)", 1, 5, 21, "sum: axis 2 does not exist for shape (1, 2)"),
    "positional axis out of range": ("L = mean([1, 2], 1)", 1, 5, 15, "mean: axis 1 does not exist for shape (2,)"),
    "ragged list": ("L = sum([[1, 2], [3]])", 1, 9, 13, "the rows of this list have different lengths"),
    "names in a list": ("L = sum([x, 2])", 1, 10, 1, "list entries must be numbers"),
    # outside the language
    "attribute": ("L = x.shape * 2", 1, 7, 5, "'.shape' is not something visualgrad knows"),
    "method without call": ("L = x.exp * 2", 1, 7, 3, "'.exp' is a method: write .exp()"),
    "subscript": ("L = x[0]", 1, 6, 1, "indexing with [...] is not supported"),
    "slice": ("L = x[1:2]", 1, 6, 1, "indexing with [...] is not supported"),
    "lambda": ("f = lambda x: x*2", 1, 5, 6, "lambda is not part of the language"),
    "walrus": ("L = (y := x*2) + y", 1, 8, 1, "':' is not part of the language"),
    "import": ("import os\nL = x*2", 1, 1, 9, "imports are not part of the language"),
    "from import": ("from os import system\nL = x*2", 1, 1, 21, "imports are not part of the language"),
    "string": ("L = 'hello' * x", 1, 5, 7, "text in quotes is not part of the language"),
    "f-string": ("L = f'{x}'", 1, 5, 6, "text in quotes"),
    "for": ("for i in range(3): L = x", 1, 1, 3, "'for' is Python, not part of visualgrad's language"),
    "if expression": ("L = x if x else y", 1, 7, 2, "'if' is Python"),
    "keyword operator": ("L = x and y", 1, 7, 3, "'and' is not part of the language"),
    "None": ("L = None", 1, 5, 4, "'None' is not part of the language"),
    "dunder name": ("__class__ = 3\nL = x", 1, 1, 9, "names starting with '__' are reserved"),
    "comparison": ("L = x == y", 1, 7, 2, "comparisons such as '==' are not part of the language"),
    "augmented assignment": ("x = 1.0\nx += 1", 2, 3, 2, "write the new value out, as in a = a + 1"),
    "floor division": ("L = x // 2", 1, 7, 2, "'//'"),
    "braces": ("L = {x}", 1, 5, 1, "'{' is not part of the language"),
    "call of a call": ("L = exp(x)(y)", 1, 11, 1, "only functions can be called"),
    "boolean as a value": ("L = x * True", 1, 9, 4, "True and False only go in requires_grad"),
    # look-alike Unicode, invisible and control characters
    "minus sign": ("L = x − 1", 1, 7, 1, "'−' looks like '-' but is a different character"),
    "times sign": ("a = 1\n  L = x × 2", 2, 9, 1, "'×' looks like '*'"),
    "full-width plus": ("L = x ＋ 1", 1, 7, 1, "looks like '+'"),
    "curly quote": ("L = ‘x’", 1, 5, 1, "looks like \"'\""),
    "Cyrillic letter": ("L = х + 1", 1, 5, 1, "CYRILLIC SMALL LETTER HA"),
    "italic x": ("L = 𝑥 + 1", 1, 5, 1, "MATHEMATICAL ITALIC SMALL X"),
    "zero-width space": ("L = x\u200b*2", 1, 6, 1, "ZERO WIDTH SPACE"),
    "NUL byte": ("L = x\x00", 1, 6, 1, "NUL byte"),
}


@pytest.mark.parametrize("name", list(ERRORS))
def test_each_error_says_where_and_what(name):
    text, line, column, length, words = ERRORS[name]
    with pytest.raises(LangError) as info:
        build(text, {"x": 2.0} if "x" in text and "'x' is used" not in words else None)
    e = info.value
    assert (e.line, e.column, e.length) == (line, column, length), e.format()
    assert words in e.message


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


def test_an_input_set_from_outside_that_the_program_lacks():
    with pytest.raises(LangError) as info:
        build("L = 2*(x**2 + exp(x))", {"xx": 3.0})
    assert str(info.value) == "there is no input named 'xx' to set; the inputs are: x — did you mean 'x'?"


# ---- limits: refused with a clear message, never a crash or a hang --------------------

def test_text_size_limit():
    with pytest.raises(LangError, match="the text is too long") as info:
        parse("x" * (MAX_TEXT + 1))
    assert f"{MAX_TEXT:,}" in info.value.message
    parse("L = x" + " " * (MAX_TEXT - 5))  # exactly at the limit is fine


@pytest.mark.parametrize("text", [
    "L = " + "(" * (MAX_DEPTH + 1) + "x" + ")" * (MAX_DEPTH + 1),
    "L = " + "-" * (MAX_DEPTH + 1) + "x",
    "L = " + "x**" * (MAX_DEPTH + 1) + "x",
    "L = sum(" + "[" * (MAX_DEPTH + 1) + "1" + "]" * (MAX_DEPTH + 1) + ")",
    "L = " + "exp(" * (MAX_DEPTH + 1) + "x" + ")" * (MAX_DEPTH + 1),
])
def test_nesting_depth_limit(text):
    with pytest.raises(LangError, match=f"nested too deeply \\(more than {MAX_DEPTH} levels\\)") as info:
        parse(text)
    assert info.value.line == 1 and info.value.column > MAX_DEPTH


def test_nesting_just_inside_the_limit_builds():
    depth = MAX_DEPTH - 1
    b = build("L = " + "sin(" * depth + "x" + ")" * depth)
    assert len(b.order) == depth + 1


def test_node_count_limit():
    terms = MAX_NODES // 2 + 1
    with pytest.raises(LangError, match=f"too large \\(more than {MAX_NODES:,} operations and values\\)"):
        parse("L = " + " + ".join(["x"] * terms))
    parse("L = " + " + ".join(["x"] * (MAX_NODES // 2)))  # 2·n − 1 nodes: inside


def test_limits_are_documented_numbers():
    assert (MAX_TEXT, MAX_DEPTH, MAX_NODES) == (1_000_000, 100, 50_000)


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
