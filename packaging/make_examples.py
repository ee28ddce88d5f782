"""Write the example lessons, one per preset: resources/examples/<preset>.vgrad.

Run after adding or changing a preset:  .venv/bin/python packaging/make_examples.py
The files are committed (they ship in the wheel and the bundle; Help → Examples opens them);
tests/test_document_examples.py checks there is one per preset and that each one opens.
"""
from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from visualgrad.document import Document, View, save  # noqa: E402
from visualgrad.presets import PRESETS  # noqa: E402

EXAMPLES = ROOT / "resources" / "examples"
# A wide, deep network reads better left to right; small expressions top to bottom.
DIRECTION = {"xor-mlp": "LR", "vanishing": "LR"}


def example(preset) -> Document:
    return Document(preset=preset.name, preset_params=dict(preset.params), values={}, step=0,
                    title=preset.title(), view=View(direction=DIRECTION.get(preset.name, "TB")))


def main() -> int:
    EXAMPLES.mkdir(parents=True, exist_ok=True)
    for preset in PRESETS.values():
        path = EXAMPLES / f"{preset.name}.vgrad"
        save(example(preset), path)
        print(path.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    sys.exit(main())
