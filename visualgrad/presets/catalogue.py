"""The presets by name, in gallery order."""
from __future__ import annotations

from collections import OrderedDict

from ..i18n import tr
from .base import Preset, PresetError
from .programs import program_presets
from .vanishing import LAB
from .xor import XorPreset

PRESETS: "OrderedDict[str, Preset]" = OrderedDict(
    (p.name, p) for p in [*program_presets(), XorPreset(), LAB])


def get_preset(name: str) -> Preset:
    """The preset called `name`; PresetError (a KeyError) naming the known presets otherwise."""
    try:
        return PRESETS[name]
    except (KeyError, TypeError):
        raise PresetError(tr("presets", "there is no preset named {name!r}; the presets are: {known}")
                          .format(name=name, known=", ".join(PRESETS))) from None
