"""The training panel's promise: 10,000 XOR epochs "in about a second", with the engine.

The Trainer runs the article's 2-2-1 sigmoid network through visualgrad's engine
(recompute + backward + SGD on the recorded graph). The baseline is the same 10,000
epochs in hand-written numpy, measured in the same run.

Run alone: python -m benchmarks.bench_training
"""
from __future__ import annotations

import statistics
import time

from benchmarks.bench_engine import xor_numpy

EPOCHS = 10_000
REPEATS = 3


def _median(fn) -> float:
    times = []
    for _ in range(REPEATS):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def main() -> int:
    from visualgrad.presets import Trainer

    def train():
        Trainer("xor-mlp").step(EPOCHS)

    ours = _median(train)
    floor = _median(lambda: xor_numpy(EPOCHS))
    print(f"Trainer('xor-mlp').step({EPOCHS:,}): {ours:.2f} s (target about 1 s); "
          f"hand-written numpy {floor:.2f} s -> {ours / floor:.1f}x")
    return 0


if __name__ == "__main__":
    main()
