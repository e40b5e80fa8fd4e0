"""Import cost of `trenz_async` against the floor of its own dependencies.

Each figure is the median wall time of a fresh interpreter running one import
statement, minus the median of a bare interpreter; all three are measured in one run,
interleaved, so the ratios survive a noisy machine.

    python bench/import_time.py [--runs 15]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time

CASES = {
    "bare interpreter": "pass",
    "floor: import httpx, anyio, attrs": "import httpx, anyio, attrs",
    "import trenz_async": "import trenz_async",
    "one endpoint + its models": (
        "import trenz_async._generated.api.data_products.products_search as m; m.ProductsSearchResponse"
    ),
    "all models (eager, for comparison)": (
        "import trenz_async._generated.models as m; [getattr(m, n) for n in m.__all__]"
    ),
}


def measure(runs: int) -> dict[str, float]:
    # Imports are timed as users see them: from cached bytecode (one warm-up run writes it).
    env = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
    for code in CASES.values():
        subprocess.run([sys.executable, "-c", code], check=True, env=env)
    samples: dict[str, list[float]] = {name: [] for name in CASES}
    for _ in range(runs):
        for name, code in CASES.items():
            started = time.perf_counter()
            subprocess.run([sys.executable, "-c", code], check=True, env=env)
            samples[name].append(time.perf_counter() - started)
    return {name: statistics.median(values) for name, values in samples.items()}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    medians = measure(args.runs)
    bare = medians.pop("bare interpreter")
    floor = medians["floor: import httpx, anyio, attrs"] - bare
    print(f"median of {args.runs} runs each, bare interpreter ({bare * 1000:.1f} ms) subtracted")
    for name, value in medians.items():
        cost = value - bare
        print(f"{name:40s} {cost * 1000:8.1f} ms  {cost / floor:5.2f}x floor")


if __name__ == "__main__":
    main()
