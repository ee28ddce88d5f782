"""What torch returns as a named pair: torch.max(x, 0) -> torch.return_types.max(values=..., indices=...)."""
from __future__ import annotations

from ...engine.functions import ValuesIndices
from ...i18n import tr
from ..runtime import HostObject


class ReturnTypes(HostObject):
    """(values, indices): unpackable, indexable, with .values and .indices, printed as torch prints it."""
    __slots__ = ("indices", "kind", "values")

    def __init__(self, kind: str, values, indices):
        self.kind = kind
        self.values = values
        self.indices = indices

    @property
    def lang_name(self):
        return f"torch.return_types.{self.kind}"

    def lang_getattr(self, ctx, name):
        if name == "values":
            return self.values
        if name == "indices":
            return self.indices
        ctx.refuse(tr("lang", "{what} has .values and .indices, not '{name}'").format(what=self.lang_name, name=name))

    def lang_getitem(self, ctx, key):
        pair = (self.values, self.indices)
        if isinstance(key, int) and not isinstance(key, bool) and -2 <= key < 2:
            return pair[key]
        ctx.refuse(tr("lang", "{what} has two items: [0] the values and [1] the indices").format(what=self.lang_name))

    def lang_iter(self, ctx):
        return [self.values, self.indices]

    def lang_len(self, ctx):
        return 2

    def lang_str(self, ctx):
        return f"{self.lang_name}(\nvalues={ctx.text(self.values)},\nindices={ctx.text(self.indices)})"


def returned(kind: str, result):
    """Wrap the engine's ValuesIndices; pass a plain Tensor through."""
    if isinstance(result, ValuesIndices):
        return ReturnTypes(kind, result.values, result.indices)
    return result
