"""micrograd.nn, verbatim: Neuron, Layer, MLP (and Module for user subclasses). Weights are drawn with
`random.uniform(-1, 1)` from the program's own Python `random` (seeded by random.seed(k)), in micrograd's
order: layer by layer, neuron by neuron, weight by weight; biases are Value(0). Each call is a box."""
from __future__ import annotations

from ...engine import functions as vf
from ...i18n import tr
from ..runtime import HostClass, HostFunction, HostObject
from .common import python_random
from .micrograd import VALUE, Value
from .nn_module import unique_label
from .signature import checked


class MgModule(HostObject):
    kind = "Module"

    @property
    def lang_name(self):
        return self.kind

    def lang_getattr(self, ctx, name):
        if name in self.fields:
            return getattr(self, name)
        if name == "parameters":
            return HostFunction(f"{self.kind}.parameters", lambda c: self.parameters())
        if name == "zero_grad":
            return HostFunction(f"{self.kind}.zero_grad", lambda c: self.zero_grad())
        ctx.refuse_unknown(f"{self.kind}.{name}", list(self.fields) + ["parameters", "zero_grad"], prefix=".")

    def zero_grad(self):
        for p in self.parameters():
            p.grad = 0

    def lang_call(self, ctx, args, kwargs):
        if kwargs or len(args) != 1:
            ctx.refuse(tr("lang", "{what} is called with one input list").format(what=self.kind), "model([2.0, 3.0])")
        stack = ctx.state.setdefault("micrograd_stack", [])
        path = self.path_in(*(stack[-1] if stack else (None, "")))
        label = unique_label(ctx, f"{path} ({self.kind})" if path else self.kind)
        stack.append((self, path))
        try:
            with ctx.group(label, kind="module"):
                return self.call(ctx, args[0])
        finally:
            stack.pop()

    def path_in(self, parent, parent_path) -> str:
        """Where this module sits, as the program would reach it: layers[1].neurons[0]."""
        for field in ("layers", "neurons"):
            items = getattr(parent, field, None) or []
            for i, m in enumerate(items):
                if m is self:
                    return f"{parent_path}.{field}[{i}]" if parent_path else f"{field}[{i}]"
        return ""


class Neuron(MgModule):
    kind, fields = "Neuron", ("w", "b", "nonlin")

    def __init__(self, ctx, nin, nonlin=True):
        rng = python_random(ctx)
        ctx.count(nin)
        self.w = [_param(rng.uniform(-1, 1)) for _ in range(nin)]
        self.b = _param(0)
        self.nonlin = nonlin
        self.name("")

    def name(self, prefix):
        """The parameters' names in the picture: w0, w1, b (n1.w0 in a Layer, L0.n1.w0 in an MLP)."""
        for k, w in enumerate(self.w):
            w.t.name = f"{prefix}w{k}"
        self.b.t.name = f"{prefix}b"

    def call(self, ctx, x):
        if isinstance(x, (Value, int, float)) or not isinstance(x, (list, tuple)):
            ctx.refuse(tr("lang", "a Neuron takes a list of inputs"), "n([2.0, 3.0])")
        ctx.count(2 * len(self.w) + 1)
        prods = [wi.mul(ctx, xi) for wi, xi in zip(self.w, x)]
        act = self.b
        for p in prods:  # sum(prods, self.b): start + each item, left to right
            act = act.add(ctx, p)
        return act.relu(ctx) if self.nonlin else act

    def parameters(self):
        return self.w + [self.b]

    def lang_str(self, ctx):
        return f"{'ReLU' if self.nonlin else 'Linear'}Neuron({len(self.w)})"


class Layer(MgModule):
    kind, fields = "Layer", ("neurons",)

    def __init__(self, ctx, nin, nout, **kwargs):
        self.neurons = [Neuron(ctx, nin, **kwargs) for _ in range(nout)]
        self.name("")

    def name(self, prefix):
        for j, n in enumerate(self.neurons):
            n.name(f"{prefix}n{j}.")

    def call(self, ctx, x):
        out = [ctx.call(n, x) for n in self.neurons]
        return out[0] if len(out) == 1 else out

    def parameters(self):
        return [p for n in self.neurons for p in n.parameters()]

    def lang_str(self, ctx):
        return f"Layer of [{', '.join(n.lang_str(ctx) for n in self.neurons)}]"


class MLP(MgModule):
    kind, fields = "MLP", ("layers",)

    def __init__(self, ctx, nin, nouts):
        sz = [nin] + list(nouts)
        self.layers = [Layer(ctx, sz[i], sz[i + 1], nonlin=i != len(nouts) - 1) for i in range(len(nouts))]
        for i, layer in enumerate(self.layers):
            layer.name(f"L{i}.")

    def call(self, ctx, x):
        for layer in self.layers:
            x = ctx.call(layer, x)
        return x

    def parameters(self):
        return [p for layer in self.layers for p in layer.parameters()]

    def lang_str(self, ctx):
        return f"MLP of [{', '.join(layer.lang_str(ctx) for layer in self.layers)}]"


def _param(x):
    return Value(x, vf.leaf(float(x), requires_grad=True, role="parameter"))


def _size(ctx, n, what):
    if not isinstance(n, int) or isinstance(n, bool) or not 0 <= n <= 10_000:
        ctx.refuse(tr("lang", "{what} must be a whole number from 0 to 10,000").format(what=what))
    return n


def new_neuron(ctx, nin, nonlin=True):
    return Neuron(ctx, _size(ctx, nin, "nin"), bool(nonlin))


def new_layer(ctx, nin, nout, nonlin=True):
    return Layer(ctx, _size(ctx, nin, "nin"), _size(ctx, nout, "nout"), nonlin=bool(nonlin))


def new_mlp(ctx, nin, nouts):
    if not isinstance(nouts, (list, tuple)) or not nouts:
        ctx.refuse(tr("lang", "MLP takes the input size and a list of layer sizes"), "MLP(3, [4, 4, 1])")
    return MLP(ctx, _size(ctx, nin, "nin"), [_size(ctx, n, "a layer size") for n in nouts])


def _module_zero_grad(ctx, self):
    for p in ctx.call(ctx.getattr(self, "parameters")):
        if isinstance(p, Value):
            p.grad = 0


MODULE = HostClass("Module", new=checked("Module", lambda ctx: UserlessModule()),
                   methods={"zero_grad": HostFunction("Module.zero_grad", _module_zero_grad),
                            "parameters": HostFunction("Module.parameters", lambda ctx, self: [])})


class UserlessModule(MgModule):
    kind, fields = "Module", ()

    def parameters(self):
        return []


NN = {"Module": MODULE,
      "Neuron": HostClass("Neuron", new=checked("Neuron", new_neuron)),
      "Layer": HostClass("Layer", new=checked("Layer", new_layer)),
      "MLP": HostClass("MLP", new=checked("MLP", new_mlp)),
      "Value": VALUE}
