"""nn.Module: the base class user models subclass, the library's own modules, and what they share —
parameters() in PyTorch's order, named_parameters(), zero_grad(), and the call that runs forward
inside one group box named as PyTorch names submodules ("layers.0.0")."""
from __future__ import annotations

import weakref

from ...engine import Tensor
from ...engine import functions as vf
from ...i18n import tr
from ..runtime import HostClass, HostFunction, HostObject, UserObject
from .signature import checked


class ModuleObject(HostObject):
    """A library module instance (nn.Linear, nn.Sequential, nn.ReLU, a loss). Subclasses set
    `kind`, fill `params` ({name: Tensor}), `buffers` ({name: Tensor or None}: running statistics, not
    parameters) and `modules` ({name: module}), and write forward()."""
    kind = "Module"
    attributes: tuple = ()  # plain attributes a program may read (in_features, ...)

    def __init__(self):
        self.params: dict = {}
        self.buffers: dict = {}
        self.modules: dict = {}
        self.training = True

    @property
    def lang_name(self):
        return f"nn.{self.kind}"

    def forward(self, ctx, *args, **kwargs):  # pragma: no cover - every subclass writes its own
        raise NotImplementedError

    def lang_call(self, ctx, args, kwargs):
        return call_module(ctx, self, lambda: self.forward(ctx, *args, **kwargs))

    def lang_getattr(self, ctx, name):
        if name in self.params:
            return self.params[name]
        if name in self.modules:
            return self.modules[name]
        if name in self.buffers:
            return self.buffers[name]
        if name in self.attributes:
            return getattr(self, name)
        if name == "training":
            return self.training
        m = MODULE_METHODS.get(name)
        if m is not None:
            return m.bind(self)
        if name == "forward":
            return HostFunction(f"{self.lang_name}.forward", lambda c, *a, **k: self.lang_call(c, a, k))
        ctx.refuse_unknown(f"{self.lang_name}.{name}",
                           sorted(set(self.params) | set(self.modules) | set(self.buffers) | set(self.attributes)
                                  | set(MODULE_METHODS)),
                           prefix=".")

    def lang_setattr(self, ctx, name, value):
        if name in self.params:
            t = value if isinstance(value, Tensor) else None
            if t is None or getattr(t, "role", None) != "parameter":
                ctx.refuse(tr("lang", "{what}.{name} can only be set to an nn.Parameter").format(
                    what=self.lang_name, name=name), f"nn.Parameter(torch.zeros_like(layer.{name}))")
            self.params[name] = t
            return
        ctx.refuse(tr("lang", "attributes of {what} cannot be set here").format(what=self.lang_name))

    def lang_str(self, ctx):
        return module_text(ctx, self)

    def extra_text(self) -> str:
        return ""


# ---- walking modules: PyTorch's named_modules / named_parameters order ------------------------------------

def is_module(v) -> bool:
    return isinstance(v, ModuleObject) or isinstance(v, UserObject) and v.isinstance_of(MODULE)


def children(v) -> list:
    """[(name, submodule)] in registration order."""
    if isinstance(v, ModuleObject):
        return list(v.modules.items())
    if isinstance(v, UserObject):
        return [(k, m) for k, m in v.attrs.items() if is_module(m)]
    return []


def own_params(v) -> list:
    """[(name, parameter)] registered directly on this module (nn.Parameter attributes)."""
    if isinstance(v, ModuleObject):  # a parameter registered as None (LayerNorm(bias=False).bias) is not listed
        return [(k, p) for k, p in v.params.items() if p is not None]
    if isinstance(v, UserObject):
        return [(k, t) for k, t in v.attrs.items() if isinstance(t, Tensor) and t.role == "parameter"]
    return []


# the buffers a program's own module registered (self.register_buffer("tril", ...)), by name, in order
_USER_BUFFERS: "weakref.WeakKeyDictionary[UserObject, list]" = weakref.WeakKeyDictionary()


def own_buffers(v) -> list:
    """[(name, buffer)] of a module: a library module's (BatchNorm's running_mean, ...) or those a program's
    module registered; a None buffer is not listed."""
    if isinstance(v, ModuleObject):
        return [(k, b) for k, b in v.buffers.items() if b is not None]
    if isinstance(v, UserObject):
        return [(k, v.attrs[k]) for k in _USER_BUFFERS.get(v, ()) if isinstance(v.attrs.get(k), Tensor)]
    return []


def named_modules(root, prefix=""):
    seen, out, stack = set(), [], [(prefix, root)]
    while stack:
        name, m = stack.pop()
        if id(m) in seen:
            continue
        seen.add(id(m))
        out.append((name, m))
        stack.extend(reversed([(f"{name}.{k}" if name else k, c) for k, c in children(m)]))
    return out


def named_params(root, prefix="", recurse=True):
    """PyTorch's order: module by module (self first, then children depth-first), each module's own
    parameters in registration order; a parameter shared by two modules is listed once."""
    seen, out = set(), []
    mods = named_modules(root, prefix) if recurse else [(prefix, root)]
    for mname, m in mods:
        for k, p in own_params(m):
            if id(p) not in seen:
                seen.add(id(p))
                out.append((f"{mname}.{k}" if mname else k, p))
    return out


# ---- the call: one group box per module call, named by its path ------------------------------------------

def _path(ctx, module) -> str:
    stack = ctx.state.setdefault("module_stack", [])
    if stack:
        parent_path, parent = stack[-1]
        for k, c in children(parent):
            if c is module:
                return f"{parent_path}.{k}" if parent_path else k
        # deeper: a layer of an nn.ModuleList (or a Sequential) that forward() loops over itself
        for name, c in named_modules(parent, parent_path)[1:]:
            if c is module:
                return name
    return ""


def _kind(module) -> str:
    if isinstance(module, ModuleObject):
        return module.kind
    return module.cls.name if hasattr(module.cls, "name") else "Module"


def unique_label(ctx, label: str) -> str:
    """A module called twice in the drawn part (a shared activation, a model run on two batches) gets
    two boxes: the second call's label says which call it is."""
    if not getattr(ctx, "recording", True):
        return label
    seen = ctx.state.setdefault("group_labels", {})
    k = seen.get(label, 0) + 1
    seen[label] = k
    return label if k == 1 else f"{label} · call {k}"


def call_module(ctx, module, run):
    """Run `run()` (the module's forward) inside a group labelled like "layers.0 (Sequential)"."""
    path = _path(ctx, module)
    kind = _kind(module)
    stack = ctx.state.setdefault("module_stack", [])
    # the outermost call is the model itself: its submodules are named from it, as PyTorch does
    stack.append((path, module))
    label = unique_label(ctx, f"{path} ({kind})" if path else kind)
    buffers = [(f"{path}.{k}" if path else k, b) for k, b in own_buffers(module)]
    for pname, p in named_params(module, path, recurse=False) + buffers:
        if p.name is None:
            p.name = pname if path else f"{kind}.{pname}"
    try:
        with ctx.group(label, kind="module"):
            return run()
    finally:
        stack.pop()


# ---- nn.Module's methods (for library modules and for user subclasses) ------------------------------------

MODULE_METHODS: dict = {}


def _method(name):
    def register(fn):
        MODULE_METHODS[name] = HostFunction(f"nn.Module.{name}", checked(f"nn.Module.{name}", fn, method=True))
        return fn
    return register


@_method("parameters")
def parameters(ctx, self, recurse=True):
    return [p for _, p in named_params(self, "", bool(recurse))]


@_method("named_parameters")
def named_parameters(ctx, self, prefix="", recurse=True, remove_duplicate=True):
    return [(n, p) for n, p in named_params(self, prefix, bool(recurse))]


@_method("register_buffer")
def register_buffer(ctx, self, name, tensor, persistent=True):
    """A tensor the module keeps that is not a parameter (the GPT lecture's causal mask): an attribute,
    listed by buffers(), never by parameters()."""
    if not isinstance(name, str) or not name or "." in name:
        ctx.refuse(tr("lang", "register_buffer takes a name without dots"), 'self.register_buffer("mask", m)')
    if tensor is not None and not isinstance(tensor, Tensor):
        ctx.refuse(tr("lang", "register_buffer takes a tensor or None"), 'self.register_buffer("mask", m)')
    if not isinstance(self, UserObject):
        ctx.refuse(tr("lang", "register_buffer is for a module class of your own"))
    names = _USER_BUFFERS.setdefault(self, [])
    if name not in names:
        names.append(name)
    self.attrs[name] = tensor


@_method("buffers")
def buffers(ctx, self, recurse=True):
    return [b for _, b in named_buffers(ctx, self, recurse=recurse)]


@_method("named_buffers")
def named_buffers(ctx, self, prefix="", recurse=True, remove_duplicate=True):
    mods = named_modules(self, prefix) if recurse else [(prefix, self)]
    return [(f"{m}.{k}" if m else k, b) for m, mod in mods for k, b in own_buffers(mod)]


@_method("children")
def children_(ctx, self):
    return [m for _, m in children(self)]


@_method("named_children")
def named_children(ctx, self):
    return children(self)


@_method("modules")
def modules(ctx, self):
    return [m for _, m in named_modules(self)]


@_method("named_modules")
def named_modules_(ctx, self, memo=None, prefix="", remove_duplicate=True):
    return named_modules(self, prefix)


@_method("zero_grad")
def zero_grad(ctx, self, set_to_none=True):
    for _, p in named_params(self):
        if set_to_none or p.grad is None:
            p.grad = None
        else:
            p.grad = p.grad * 0.0


@_method("requires_grad_")
def requires_grad_(ctx, self, requires_grad=True):
    for _, p in named_params(self):
        p.requires_grad = bool(requires_grad)
    return self


def _mode(flag):
    def fn(ctx, self, mode=True):
        for _, m in named_modules(self):
            if isinstance(m, ModuleObject):
                m.training = bool(mode) and flag
        return self
    return fn


_method("train")(_mode(True))
_method("eval")(lambda ctx, self: _mode(False)(ctx, self))
for _name in ("double", "float", "cpu"):
    _method(_name)(lambda ctx, self: self)


@_method("to")
def to(ctx, self, *args, **kwargs):
    return self


@_method("__repr__")
def repr_(ctx, self):
    return module_text(ctx, self)


@_method("__call__")
def module_call(ctx, self, *args, **kwargs):
    if isinstance(self, ModuleObject):
        return self.lang_call(ctx, args, kwargs)
    forward = ctx.getattr(self, "forward")
    return call_module(ctx, self, lambda: ctx.call(forward, *args, **kwargs))


def _module_init(ctx, instance, *args, **kwargs):
    if args or kwargs:
        ctx.refuse(tr("lang", "nn.Module.__init__() takes no arguments"), "super().__init__()")


MODULE = HostClass("nn.Module", new=None, init=_module_init, methods=MODULE_METHODS)


# ---- nn.Parameter --------------------------------------------------------------------------------------

def parameter(ctx, data=None, requires_grad=True):
    from .common import dtype_of, tensor_of
    t = tensor_of(data)
    if t is None:
        ctx.refuse(tr("lang", "nn.Parameter takes a tensor"), "nn.Parameter(torch.tensor([1.0, 2.0]))")
    if requires_grad and not dtype_of(t).startswith("float"):
        ctx.refuse(tr("lang", "only tensors of floating point dtype can require gradients"),
                   "nn.Parameter(torch.tensor([1.0, 2.0]))")
    return vf.leaf(t.data.copy(), requires_grad=bool(requires_grad), role="parameter")


PARAMETER = HostClass("nn.Parameter", new=checked("nn.Parameter", parameter))


def module_text(ctx, m, indent=0) -> str:
    """print(model): PyTorch's layout (Sequential(\\n  (0): Linear(in_features=2, ...)\\n))."""
    kind = _kind(m)
    subs = children(m)
    extra = m.extra_text() if isinstance(m, ModuleObject) else ""
    if not subs:
        return f"{kind}({extra})"
    pad = "  " * (indent + 1)
    lines = [f"{kind}({extra}"] + [f"{pad}({k}): {module_text(ctx, c, indent + 1)}" for k, c in subs]
    return "\n".join(lines) + "\n" + "  " * indent + ")"

