"""numpy (np.): NumPy's meaning and NumPy's own numbers, against NumPy itself."""
from __future__ import annotations

from textwrap import dedent

import numpy as np
import pytest
from test_library_support import printed, py_agrees, refused, run

HEAD = "import numpy as np\n"


@pytest.mark.parametrize("expr", [
    "np.array([[1.0, 2.0], [3.0, 4.0]])", "np.array([1, 2, 3])", "np.array([[0,0,1,1],[0,1,0,1]])",
    "np.array([1, 2], dtype=float)", "np.array([1.5, 2.5], dtype=np.int64)", "np.array(3.0)",
    "np.zeros((2, 1))", "np.zeros(3)", "np.ones((2, 2))", "np.full((2, 2), 7.5)", "np.full(3, 2)",
    "np.zeros_like(np.ones((2, 3)))", "np.ones_like(np.array([1, 2]))", "np.eye(3)", "np.eye(2, 3)",
    "np.arange(5)", "np.arange(1, 4, 0.5)", "np.arange(0, 1, 0.1)", "np.arange(10, 0, -3)",
    "np.linspace(0, 1, 5)", "np.linspace(-3, 7)", "np.linspace(0, 1, 4, endpoint=False)",
])
def test_creation_gives_numpys_arrays_and_prints(expr):
    py_agrees(HEAD + f"a = {expr}\nprint(a)\nprint(a.shape, a.ndim, a.size, a.dtype)", ["a"])


@pytest.mark.parametrize("expr", [
    "np.max(x, 0)", "np.max(x)", "np.max(x, axis=1, keepdims=True)", "np.amax(x, 1)", "np.min(x, 0)",
    "x.max(0)", "x.min(axis=1)", "np.sum(x, axis=1, keepdims=True)", "np.sum(x)", "np.sum(x, 0)",
    "x.sum(axis=(0, 1))", "np.mean(x)", "np.mean(x, axis=0)", "x.mean(1, keepdims=True)", "np.prod(x, 1)",
    "np.argmax(x)", "np.argmax(x, axis=1)", "x.argmin(0)", "np.var(x)", "np.std(x, axis=0)",
    "x.std(ddof=1)", "np.dot(x, x.T)", "np.dot(x[0], x[1])", "np.dot(2.0, x)", "x.dot(x.T)",
    "np.matmul(x.T, x)", "x @ x.T", "np.outer(x[0], x[1])", "np.exp(-x)", "np.log(np.abs(x) + 1)",
    "np.sqrt(np.abs(x))", "np.tanh(x)", "np.maximum(x, 0)", "np.minimum(x, 0.5)", "np.clip(x, 0, 1)",
    "np.clip(x, a_min=-0.5, a_max=None)", "np.where(x > 0, x, 0.0)", "np.power(x, 2)", "np.square(x)",
    "np.abs(x)", "np.sign(x)", "np.transpose(x)", "x.T", "np.reshape(x, (3, 2))", "x.reshape(3, 2)",
    "x.reshape(-1)", "x.flatten()", "np.concatenate([x, x])", "np.concatenate((x, x), axis=1)",
    "np.stack([x, x], axis=2)", "np.vstack([x, x])", "np.hstack([x, x])", "np.expand_dims(x, 0)",
    "np.squeeze(x[None])", "x[0]", "x[:, 1]", "x[x > 0]", "x[[1, 0]]", "np.round(x, 2)",
    "np.linalg.norm(x)", "np.linalg.norm(x, axis=1)", "np.linalg.norm(x[0], ord=1)", "1 / (1 + np.exp(-x))",
    "(x - 1) ** 2", "x.copy()", "x.astype(int)", "np.log1p(np.abs(x))", "np.sin(x) + np.cos(x)",
    "np.tan(x)", "np.expm1(x)", "np.log2(np.abs(x))", "np.log10(np.abs(x))", "np.floor(x)", "np.ceil(x)",
    "np.trunc(x)", "np.reciprocal(x)", "np.var(x, axis=1, ddof=1)", "x.var(keepdims=True)",
    "np.isnan(np.log(x))", "np.isfinite(x / 0)", "np.all(x > -2)", "np.any(x > 2, axis=0)", "np.copy(x)",
    "np.array_equal(x, x)", "np.count_nonzero(x > 0)", "np.float64(2.5) * x", "np.int64(3)",
])

def test_functions_and_methods_have_numpys_meaning(expr):
    py_agrees(HEAD + f"x = np.array([[0.5, -1.0, 2.0], [3.0, 0.25, -0.75]])\nr = {expr}\nprint(r)", ["r"])


def test_np_max_with_an_axis_is_a_reduction_not_the_elementwise_maximum():
    built = run(HEAD + "x = np.array([[1.0, -5.0], [-2.0, 3.0]])\nm = np.max(x, 0)")
    assert built.variables["m"].data.tolist() == [1.0, 3.0]


def test_seeded_legacy_random_gives_numpys_own_numbers():
    py_agrees(HEAD + dedent("""
    np.random.seed(42)
    W1 = np.random.randn(2, 2)
    b = np.random.rand(3)
    c = np.random.uniform(-1, 1, size=(2, 3))
    d = np.random.normal(0.5, 2.0, 4)
    e = np.random.randint(0, 10, size=5)
    f = np.random.random((2, 2))
    g = np.random.standard_normal(3)
    h = np.random.choice(5, 3)
    k = np.random.permutation(6)
    s = np.random.randn()
    np.random.seed(7)
    W2 = np.random.randn(1, 2)
    print(W1, s)
    """), ["W1", "b", "c", "d", "e", "f", "g", "h", "k", "s", "W2"], rtol=0)


def test_default_rng_is_numpys_own_generator():
    py_agrees(HEAD + dedent("""
    rng = np.random.default_rng(0)
    a = rng.standard_normal((2, 3))
    b = rng.normal(1.0, 0.5, size=4)
    c = rng.uniform(-1, 1, 3)
    d = rng.random(2)
    e = rng.integers(0, 10, size=6)
    f = rng.choice(10, size=3, replace=False)
    g = rng.permutation(5)
    other = np.random.default_rng(1).standard_normal(2)
    """), ["a", "b", "c", "d", "e", "f", "g", "other"], rtol=0, prints=False)


def test_unseeded_np_random_is_reproducible_and_says_so():
    a, b = run(HEAD + "x = np.random.randn(3)"), run(HEAD + "x = np.random.randn(3)")
    assert (a.variables["x"].data == b.variables["x"].data).all()
    assert any("np.random.seed" in n for n in a.notes)


def test_catalan_first_epoch_prints_as_python_does():
    src = HEAD + dedent("""
    def sigmoid(z):
        return 1 / (1 + np.exp(-z))
    np.random.seed(42)
    W1 = np.random.randn(2, 2)
    b1 = np.zeros((2, 1))
    W2 = np.random.randn(1, 2)
    b2 = np.zeros((1, 1))
    X = np.array([[0,0,1,1],[0,1,0,1]])
    Y = np.array([[0,1,1,0]])
    A1 = sigmoid(np.dot(W1, X) + b1)
    A2 = sigmoid(np.dot(W2, A1) + b2)
    m = X.shape[1]
    loss = np.mean((A2 - Y) ** 2)
    print(f"Epoch 0, Loss: {loss:.4f}", m, X, A2)
    """)
    built, _ = py_agrees(src, ["A2", "loss"])
    assert printed(built)[0].startswith("Epoch 0, Loss: 0.2566 4 [[0 0 1 1]")


@pytest.mark.parametrize("src, words", [
    ("x = np.ones(3)\ny = np.sum(x, axes=0)", "no parameter 'axes'"),
    ("np.random.seed()", "np.random.seed(0)"),
    ("x = np.sum(np.ones(3), out=np.ones(1))", "out="),
    ("x = np.ones((2, 2, 2))\ny = np.dot(x, x)", "np.matmul"),
])
def test_refusals_say_what_works(src, words):
    e = refused(HEAD + src)
    assert words in e.message and e.line >= 2


def test_shuffle_in_place_with_numpys_generator():
    py_agrees(HEAD + dedent("""
    np.random.seed(3)
    idx = np.arange(6)
    np.random.shuffle(idx)
    lst = [1, 2, 3, 4]
    np.random.shuffle(lst)
    X = np.arange(8).reshape(4, 2) * 1.0
    np.random.shuffle(X)
    print(idx, lst, X)
    """), ["idx", "lst", "X"], rtol=0)


def test_arrays_inside_a_printed_list_show_numpys_repr():
    from visualgrad.lang import library
    built = run(HEAD + "a = np.array([1.0, 2.0])\nm = np.mean(a)\nk = np.array([1, 2])")

    class Ctx:
        def is_numpy(self, t):
            return True
    v = built.variables
    assert [library.tensor_repr(Ctx(), v[n]) for n in ("a", "m", "k")] == \
        [repr(np.array([1.0, 2.0])), repr(np.mean(np.array([1.0, 2.0]))), repr(np.array([1, 2]))]


def test_integer_arrays_stay_integer_through_picks_shapes_and_sums():
    py_agrees(HEAD + dedent("""
    X = np.array([[0, 1, 1], [1, 0, 2]])
    print(X.T, X[0], X[:, 1], X.reshape(3, 2), np.sum(X), X.sum(axis=0), X.max(), np.dot(X, X.T))
    print(np.concatenate([X, X]), np.abs(X), X.flatten(), np.mean(X), X / 2)
    for row in X:
        print(row)
    """), [])


def test_a_printed_list_of_arrays_reads_as_numpy_writes_it():
    py_agrees(HEAD + "a = np.array([1.0, 2.0])\nprint([a, np.mean(a), np.array([1, 2])], (a,))", [])
