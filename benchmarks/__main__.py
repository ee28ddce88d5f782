"""Run every benchmarks/bench_*.py module that has a main(), in name order.

    python -m benchmarks            # all of them
    python -m benchmarks engine     # only modules whose name contains "engine"

A benchmark's main() prints its own table and returns None (or an exit code);
the run exits non-zero if any benchmark returned non-zero or raised.
"""
from __future__ import annotations

import importlib
import pkgutil
import sys
import time
import traceback
from pathlib import Path


def discover() -> list[str]:
    here = Path(__file__).resolve().parent
    return sorted(m.name for m in pkgutil.iter_modules([str(here)]) if m.name.startswith("bench_"))


def main(argv: list[str] | None = None) -> int:
    wanted = list(sys.argv[1:] if argv is None else argv)
    status = 0
    for name in discover():
        if wanted and not any(w in name for w in wanted):
            continue
        module = importlib.import_module(f"{__package__ or 'benchmarks'}.{name}")
        run = getattr(module, "main", None)
        if not callable(run):
            continue
        print(f"== {name} ==", flush=True)
        start = time.perf_counter()
        try:
            code = run()
        except Exception:  # one broken benchmark must not hide the others' numbers
            traceback.print_exc()
            code = 1
        print(f"({name}: {time.perf_counter() - start:.1f} s)\n", flush=True)
        status = status or (code or 0)
    return status


if __name__ == "__main__":
    sys.exit(main())
