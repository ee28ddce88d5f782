"""micrograd, verbatim: Value's arithmetic and backward, and micrograd.nn's Neuron/Layer/MLP starting
weights after random.seed(k), against a hand translation of micrograd's own source (below)."""
from __future__ import annotations

import math
import random
from textwrap import dedent

import pytest
from test_library_support import printed, refused, run


# ---- a hand translation of micrograd (engine.py + the lecture's tanh/exp, nn.py), the reference -------
class V:
    def __init__(self, data, _children=()):
        self.data, self.grad, self._backward, self._prev = data, 0, lambda: None, list(dict.fromkeys(_children))

    def __add__(self, other):
        other = other if isinstance(other, V) else V(other)
        out = V(self.data + other.data, (self, other))

        def _backward():
            self.grad += out.grad
            other.grad += out.grad
        out._backward = _backward
        return out

    def __mul__(self, other):
        other = other if isinstance(other, V) else V(other)
        out = V(self.data * other.data, (self, other))

        def _backward():
            self.grad += other.data * out.grad
            other.grad += self.data * out.grad
        out._backward = _backward
        return out

    def __pow__(self, other):
        out = V(self.data ** other, (self,))

        def _backward():
            self.grad += (other * self.data ** (other - 1)) * out.grad
        out._backward = _backward
        return out

    def relu(self):
        out = V(max(self.data, 0), (self,))

        def _backward():
            self.grad += (out.data > 0) * out.grad
        out._backward = _backward
        return out

    def tanh(self):
        x = self.data
        t = (math.exp(2 * x) - 1) / (math.exp(2 * x) + 1)
        out = V(t, (self,))

        def _backward():
            self.grad += (1 - t ** 2) * out.grad
        out._backward = _backward
        return out

    def exp(self):
        out = V(math.exp(self.data), (self,))

        def _backward():
            self.grad += out.data * out.grad
        out._backward = _backward
        return out

    def backward(self):
        topo, visited = [], set()

        def build_topo(v):
            if v not in visited:
                visited.add(v)
                for child in v._prev:
                    build_topo(child)
                topo.append(v)
        build_topo(self)
        self.grad = 1
        for v in reversed(topo):
            v._backward()

    def __neg__(self): return self * -1
    def __radd__(self, other): return self + other
    def __sub__(self, other): return self + (-other)
    def __rsub__(self, other): return other + (-self)
    def __rmul__(self, other): return self * other
    def __truediv__(self, other): return self * other ** -1
    def __rtruediv__(self, other): return other * self ** -1


def mlp_weights(seed, nin, nouts):
    """micrograd.nn.MLP's starting weights: random.uniform(-1, 1) per weight, layer by layer, neuron by
    neuron; biases Value(0)."""
    rng = random.Random(seed)
    sz = [nin] + nouts
    return [[[rng.uniform(-1, 1) for _ in range(sz[i])] for _ in range(sz[i + 1])] for i in range(len(nouts))]


SANITY = """
x = Value(-4.0)
z = 2 * x + 2 + x
q = z.relu() + z * x
h = (z * z).relu()
y = h + q + q * x
y.backward()
"""

MORE_OPS = """
a = Value(-4.0)
b = Value(2.0)
c = a + b
d = a * b + b**3
c += c + 1
c += 1 + c + (-a)
d += d * 2 + (b + a).relu()
d += 3 * d + (b - a).relu()
e = c - d
f = e**2
g = f / 2.0
g += 10.0 / f
g.backward()
"""


def _reference(body):
    ns = {"Value": V}
    exec(compile(dedent(body), "<micrograd>", "exec"), ns)  # noqa: S102 - the reference, in tests only
    return ns


@pytest.mark.parametrize("body, names", [(SANITY, ["x", "y", "z", "q", "h"]),
                                         (MORE_OPS, ["a", "b", "c", "d", "e", "f", "g"])])
def test_micrograds_own_tests_pasted_as_written_give_micrograds_numbers(body, names):
    built = run("from micrograd.engine import Value\n" + body + "print(" + ", ".join(names) + ")")
    ref = _reference(body)
    assert printed(built) == [" ".join(f"Value(data={ref[n].data!r}, grad={ref[n].grad!r})" for n in names)]
    # and the engine's own backward pass, drawn by the timeline, agrees with micrograd's to rounding
    first = min((n for n in built.order if n.op is None and n.role == "input"), key=lambda n: n.id)
    assert float(first.grad) == pytest.approx(ref[names[0]].grad, rel=1e-12)


def test_sanity_check_numbers_are_pytorchs_too():
    torch = pytest.importorskip("torch")
    built = run("from micrograd.engine import Value\n" + SANITY + "yd = y.data\nxg = x.grad\n")
    x = torch.tensor([-4.0], dtype=torch.float64, requires_grad=True)
    z = 2 * x + 2 + x
    q = z.relu() + z * x
    h = (z * z).relu()
    y = h + q + q * x
    y.backward()
    assert built.variables["yd"] == y.item() and built.variables["xg"] == x.grad.item()


def test_tanh_exp_division_and_repeated_backward_as_micrograd():
    body = """
    a = Value(0.7)
    b = Value(-1.3)
    n = (a * b + 0.5).tanh() + (a / b).exp() - 2 / a + a ** -2
    n.backward()
    n.backward()
    k = Value(2) * Value(3)
    k.backward()
    """
    built = run("from micrograd.engine import Value\n" + dedent(body) + "print(a, b, n, k, k.grad)")
    ref = _reference(body)
    want = [f"Value(data={ref[v].data!r}, grad={ref[v].grad!r})" for v in "abnk"]
    assert printed(built) == [" ".join(want) + f" {ref['k'].grad!r}"]


def test_mlp_after_random_seed_has_micrograds_weights_and_forward():
    src = dedent("""
    import random
    from micrograd.nn import Neuron, Layer, MLP
    from micrograd.engine import Value
    random.seed(1337)
    model = MLP(3, [4, 4, 1])
    xs = [[2.0, 3.0, -1.0], [3.0, -1.0, 0.5]]
    ys = [1.0, -1.0]
    ypred = [model(x) for x in xs]
    loss = sum((yout - ygt) ** 2 for ygt, yout in zip(ys, ypred))
    model.zero_grad()
    loss.backward()
    ws = [p.data for p in model.parameters()]
    gs = [p.grad for p in model.parameters()]
    print(model)
    print(len(model.parameters()), loss.data)
    """)
    built = run(src)
    weights = mlp_weights(1337, 3, [4, 4, 1])
    flat = [w for layer in weights for neuron in layer for w in neuron + [0]]
    assert built.variables["ws"] == flat
    # forward and gradients by the hand translation, with the same weights
    params = []

    def neuron(ws, nonlin):
        w = [V(x) for x in ws]
        b = V(0)
        params.extend(w + [b])
        def call(x):
            act = sum([wi * xi for wi, xi in zip(w, x)], b)
            return act.relu() if nonlin else act
        return call

    layers = [[neuron(n, i != 2) for n in layer] for i, layer in enumerate(weights)]

    def model(x):
        for layer in layers:
            out = [n(x) for n in layer]
            x = out[0] if len(out) == 1 else out
        return x
    ypred = [model(x) for x in [[2.0, 3.0, -1.0], [3.0, -1.0, 0.5]]]
    loss = sum((yout - ygt) ** 2 for ygt, yout in zip([1.0, -1.0], ypred))
    loss.backward()
    assert built.variables["gs"] == [p.grad for p in params]
    assert printed(built) == [("MLP of [Layer of [ReLUNeuron(3), ReLUNeuron(3), ReLUNeuron(3), ReLUNeuron(3)], "
                               "Layer of [ReLUNeuron(4), ReLUNeuron(4), ReLUNeuron(4), ReLUNeuron(4)], "
                               "Layer of [LinearNeuron(4)]]"), f"41 {loss.data!r}"]


def test_training_loop_updates_data_as_micrograd_does():
    src = dedent("""
    import random
    from micrograd.nn import MLP
    random.seed(0)
    n = MLP(2, [3, 1])
    for k in range(3):
        out = n([1.0, -2.0])
        loss = (out - 1.0) ** 2
        n.zero_grad()
        loss.backward()
        for p in n.parameters():
            p.data += -0.05 * p.grad
        print(k, loss.data)
    """)
    built = run(src)
    weights = mlp_weights(0, 2, [3, 1])
    w = [[[V(x) for x in neuron] + [V(0)] for neuron in layer] for layer in weights]
    lines = []
    for k in range(3):
        h = [sum([wi * xi for wi, xi in zip(nw[:-1], [1.0, -2.0])], nw[-1]).relu() for nw in w[0]]
        o = sum([wi * xi for wi, xi in zip(w[1][0][:-1], h)], w[1][0][-1])
        loss = (o - 1.0) ** 2
        ps = [p for layer in w for neuron in layer for p in neuron]
        for p in ps:
            p.grad = 0
        loss.backward()
        for p in ps:
            p.data += -0.05 * p.grad
        lines.append(f"{k} {loss.data!r}")
    assert printed(built) == lines


def test_neuron_and_layer_calls_are_boxes():
    built = run("import random\nfrom micrograd.nn import MLP\nrandom.seed(3)\nm = MLP(2, [2, 1])\ny = m([1.0, 2.0])\ny.backward()")
    labels = {g.label for g in built.groups}
    assert {"MLP", "layers[0] (Layer)", "layers[1] (Layer)", "layers[0].neurons[0] (Neuron)",
            "layers[0].neurons[1] (Neuron)", "layers[1].neurons[0] (Neuron)"} <= labels
    assert not any("call 2" in label for label in labels)


@pytest.mark.parametrize("src, words", [
    ("a = Value(2.0)\nb = a ** Value(2.0)", "int/float powers"),
    ("a = Value(2.0)\nprint(f'{a:.2f}')", "unsupported format string"),
    ("a = Value(1000.0)\nb = a.exp()", "math range error"),
    ("a = Value(0.0)\nb = 1 / a", "negative power"),
    ("a = Value(2.0)\nb = a.sigmoid()", "not something visualgrad can compute"),
])
def test_refusals_where_micrograd_itself_stops(src, words):
    e = refused("from micrograd.engine import Value\n" + src)
    assert words in e.message and e.line >= 2


class _Module:
    def zero_grad(self):
        for p in self.parameters():
            p.grad = 0


class _Neuron(_Module):
    def __init__(self, nin, nonlin=True):
        self.w = [V(random.uniform(-1, 1)) for _ in range(nin)]
        self.b = V(0)
        self.nonlin = nonlin

    def __call__(self, x):
        act = sum([wi * xi for wi, xi in zip(self.w, x)], self.b)
        return act.relu() if self.nonlin else act

    def parameters(self):
        return self.w + [self.b]


class _Layer(_Module):
    def __init__(self, nin, nout, **kwargs):
        self.neurons = [_Neuron(nin, **kwargs) for _ in range(nout)]

    def __call__(self, x):
        out = [n(x) for n in self.neurons]
        return out[0] if len(out) == 1 else out

    def parameters(self):
        return [p for n in self.neurons for p in n.parameters()]


class _MLP(_Module):
    def __init__(self, nin, nouts):
        sz = [nin] + nouts
        self.layers = [_Layer(sz[i], sz[i + 1], nonlin=i != len(nouts) - 1) for i in range(len(nouts))]

    def __call__(self, x):
        for layer in self.layers:
            x = layer(x)
        return x

    def parameters(self):
        return [p for layer in self.layers for p in layer.parameters()]


DEMO = """
import random
random.seed(1337)
model = MLP(2, [16, 16, 1])
X = [[0.5, -0.2], [1.0, 0.3], [-0.7, 0.8], [0.1, -1.0]]
y = [1, -1, 1, -1]
for k in range(3):
    scores = [model(x) for x in X]
    losses = [(1 + -yi*scorei).relu() for yi, scorei in zip(y, scores)]
    data_loss = sum(losses) * (1.0 / len(losses))
    alpha = 1e-4
    reg_loss = alpha * sum((p*p for p in model.parameters()))
    total_loss = data_loss + reg_loss
    accuracy = [(yi > 0) == (scorei.data > 0) for yi, scorei in zip(y, scores)]
    acc = sum(accuracy) / len(accuracy)
    model.zero_grad()
    total_loss.backward()
    learning_rate = 1.0 - 0.9*k/100
    for p in model.parameters():
        p.data -= learning_rate * p.grad
    print(f"step {k} loss {total_loss.data}, accuracy {acc*100}%")
"""


def test_micrograds_demo_training_loop_prints_micrograds_numbers():
    """The demo notebook's loop (max-margin loss, L2 regularisation, SGD on .data), three steps: every
    printed loss equals micrograd's to the last digit."""
    built = run("from micrograd.engine import Value\nfrom micrograd.nn import MLP\n" + DEMO)
    state = random.getstate()
    try:
        ns = {"MLP": _MLP, "Value": V}
        out = []
        ns["print"] = out.append
        exec(compile(dedent(DEMO), "<demo>", "exec"), ns)  # noqa: S102 - the reference, in tests only
    finally:
        random.setstate(state)
    assert printed(built) == out


def test_micrograds_readme_example_names_its_nodes_by_their_variables():
    """The graph and the trace say a, b, c, … as the program does, not the values (−4), 2, …"""
    from visualgrad.lang import build
    from visualgrad.report import trace_text
    from visualgrad.timeline import from_built
    b = build("from micrograd.engine import Value\n" + MORE_OPS.lstrip())
    assert {"a", "b"} <= set(b.leaves)
    labels = {b.label(n) for n in b.order}
    assert {"a", "b", "c", "d", "e", "f", "g"} <= labels
    assert b.label(b.output) == "g"
    report = trace_text(from_built(b))
    assert "∂g/∂a = 138.834" in report and "line 4  Forward: c = a + b" in report
