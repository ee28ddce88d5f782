"""torch.Generator and torch.multinomial: a program's own random stream (makemore's
`g = torch.Generator().manual_seed(2147483647)`, passed as generator=g) and sampling from rows of
probabilities. Like every torch random number here, the draws are visualgrad's own seeded values
(NumPy's PCG64), not PyTorch's: the note says so, and each gradient is exact for the numbers shown."""
from __future__ import annotations

import numpy as np

from ...engine import functions as vf
from ...i18n import tr
from ..runtime import HostClass, HostFunction, HostObject
from .common import DEFAULT_SEED, int_of, size_of, tensor_of, torch_random
from .signature import checked, export

GENERATOR: dict = {}


class Generator(HostObject):
    lang_name = "torch.Generator"
    __slots__ = ("rng", "seed")

    def __init__(self, seed: int = DEFAULT_SEED):
        self.seed = seed
        self.rng = np.random.default_rng(seed)

    def manual_seed(self, ctx, seed):
        self.seed = int_of(ctx, seed, "Generator.manual_seed's seed") & 0xFFFF_FFFF_FFFF_FFFF
        self.rng = np.random.default_rng(self.seed)
        return self  # torch returns the generator, so g = torch.Generator().manual_seed(k) works

    def initial_seed(self, ctx):
        return self.seed

    def lang_getattr(self, ctx, name):
        if name in ("manual_seed", "initial_seed"):
            return HostFunction(f"Generator.{name}", checked(f"Generator.{name}", getattr(self, name)))
        ctx.refuse_unknown(f"Generator.{name}", ["manual_seed", "initial_seed"], prefix="g.")

    def lang_str(self, ctx):
        return "<torch._C.Generator object>"


def new_generator(ctx, device="cpu"):
    return Generator()


GENERATOR["Generator"] = HostClass("torch.Generator", new=checked("torch.Generator", new_generator))


def rng(ctx, generator) -> np.random.Generator:
    """The stream a torch random function draws from: the program's generator=, else torch's global one."""
    if generator is None:
        return torch_random(ctx)
    if not isinstance(generator, Generator):
        ctx.refuse(tr("lang", "generator= takes a torch.Generator()"), "g = torch.Generator().manual_seed(42)")
    torch_random(ctx)  # the note that these are visualgrad's own numbers
    return generator.rng


@export(GENERATOR, "torch.multinomial", "multinomial", method=False)
def multinomial(ctx, input, num_samples, replacement=False, *, generator=None, out=None):
    """Indices drawn from each row of weights (they need not sum to 1), with or without replacement."""
    t = tensor_of(input)
    if t is None or t.ndim not in (1, 2) or not np.all(np.isfinite(t.data)) or np.any(t.data < 0):
        ctx.refuse(tr("lang", "torch.multinomial takes a 1-d or 2-d tensor of weights ≥ 0"),
                   "torch.multinomial(probs, num_samples=1, replacement=True)")
    n = int_of(ctx, num_samples, "torch.multinomial's num_samples")
    rows = t.data.reshape(-1, t.shape[-1])
    if n < 1 or (not replacement and n > rows.shape[1]) or np.any(rows.sum(axis=1) <= 0):
        ctx.refuse(tr("lang", "torch.multinomial: each row needs weight, and without replacement at most as many "
                              "samples as categories"), "torch.multinomial(probs, num_samples=1, replacement=True)")
    size_of(ctx, (rows.shape[0] * n,), "torch.multinomial")
    r = rng(ctx, generator)
    drawn = np.array([r.choice(rows.shape[1], size=n, replace=bool(replacement), p=row / row.sum())
                      for row in rows], dtype=np.float64)
    return vf.constant(drawn.reshape(t.shape[:-1] + (n,)), dtype="int64")
