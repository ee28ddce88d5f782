"""Python's math and random (the real random.Random of the run), and the argument binder's refusals."""
from __future__ import annotations

from textwrap import dedent

import pytest
from test_library_support import printed, py_agrees, refused, run


def test_math_is_pythons_math():
    py_agrees(dedent("""
    import math
    a = [math.exp(1.5), math.log(10), math.log(8, 2), math.sqrt(2), math.sin(math.pi / 4), math.cos(0.3),
         math.tanh(-0.7), math.pow(2, 0.5), math.floor(-2.5), math.ceil(2.1), math.fabs(-3), math.erf(0.5),
         math.log1p(1e-10), math.isclose(0.1 + 0.2, 0.3), math.atan2(1, -1), math.hypot(3, 4), math.e, math.tau,
         math.isnan(float('nan')), math.factorial(10), math.fsum([0.1] * 10), math.prod([1.5, 2, 3])]
    print(a)
    """), ["a"])


def test_random_is_pythons_own_generator_seeded_by_random_seed():
    py_agrees(dedent("""
    import random
    random.seed(42)
    a = [random.random(), random.uniform(-1, 1), random.gauss(0, 1), random.randint(1, 6),
         random.randrange(10), random.choice([3, 5, 7]), random.normalvariate(1.0, 0.5)]
    xs = list(range(10))
    random.shuffle(xs)
    s = random.sample(range(100), 3)
    c = random.choices([1, 2, 3], k=4)
    random.seed("visualgrad")
    b = random.random()
    print(a, xs, s, c, b)
    """), ["a", "xs", "s", "c", "b"], rtol=0)


def test_unseeded_random_is_reproducible_and_says_so():
    a = run("import random\nx = random.random()")
    b = run("import random\nx = random.random()")
    assert a.variables["x"] == b.variables["x"]
    assert any("random.seed" in n for n in a.notes)


def test_math_on_a_tensor_reads_its_number_and_says_the_graph_is_cut():
    pytest.importorskip("torch")
    built = run("import math, torch\nx = torch.tensor(2.0, requires_grad=True)\ny = math.exp(x)\nprint(y)")
    assert printed(built) == [repr(__import__("math").exp(2.0))]
    assert any("no gradient flows" in n for n in built.notes)


@pytest.mark.parametrize("src, words, line", [
    ("import math\ny = math.sqrt(-1)", "math domain error", 2),
    ("import math\ny = math.exp(1, 2)", "at most 1 positional", 2),
    ("import math\ny = math.log(x=2)", "no parameter 'x'", 2),
    ("import random\nrandom.seed()", "random.seed(0)", 2),
    ("import random\ny = random.randint(5, 1)", "empty", 2),
    ("import math\ny = math.foo(1)", "not something visualgrad can compute", 2),
    ("import torch\ny = torch.zeros(2, 3, size=(2, 3))", "give the size once", 2),
    ("import torch\ny = torch.sum()", "needs the argument 'input'", 2),
    ("import torch\nx = torch.ones(2)\ny = x.sum(dim=0, dim2=1)", "no parameter 'dim2'", 3),
])
def test_refusals_name_the_parameters_and_the_position(src, words, line):
    e = refused(src)
    assert words in e.message and e.line == line


def test_a_misspelt_keyword_suggests_the_real_one():
    e = refused("import torch\nx = torch.ones(2)\ny = torch.sum(x, keepdm=True)")
    assert "no parameter 'keepdm'" in e.message and "keepdim=" in e.message


@pytest.mark.parametrize("src, words", [
    ("import math\ny = math.exp()", "needs the argument 'x'"),
    ("import numpy as np\ny = np.exp()", "needs the argument 'x'"),
    ("import numpy as np\ny = np.exp(x=1.0)", "no parameter 'x'"),
])
def test_positional_only_parameters_stay_positional(src, words):
    e = refused(src)
    assert words in e.message and e.line == 2


def test_sets_are_pythons_sets():
    """set(), {a, b} and set comprehensions, as course notebooks build a vocabulary with them."""
    py_agrees("""
        import random
        words = ["emma", "olivia", "ava"]
        chars = sorted(list(set(''.join(words))))
        seen = {c for c in "banana"}
        seen.add("z")
        both = set(chars).intersection(seen)
        n = len({1, 2, 2, 3})
        print(chars, sorted(seen), sorted(both), n, "a" in seen, "q" in seen, set())
    """, ["n"])
