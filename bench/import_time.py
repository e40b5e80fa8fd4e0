"""Import cost of `trenz_async` against the floor of its own dependencies.

Each figure is the median, over fresh interpreters, of the time one import statement
takes inside the interpreter (interpreter start-up excluded); all cases are measured in
one run, interleaved, so the ratios survive a noisy machine.

    python bench/import_time.py [--runs 15]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys

CASES = {
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
            timed = f"import time\nstarted = time.perf_counter()\n{code}\nprint(time.perf_counter() - started)"
            result = subprocess.run(
                [sys.executable, "-c", timed], check=True, env=env, capture_output=True, text=True
            )
            samples[name].append(float(result.stdout))
    return {name: statistics.median(values) for name, values in samples.items()}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    medians = measure(args.runs)
    floor = medians["floor: import httpx, anyio, attrs"]
    if args.json:
        print(
            json.dumps(
                {
                    name: {"ms": value * 1000, "vs_floor": value / floor}
                    for name, value in medians.items()
                }
            )
        )
        return
    print(f"command: python bench/import_time.py --runs {args.runs}")
    print(f"median of {args.runs} fresh interpreters per case, time inside the import statement")
    for name, value in medians.items():
        print(f"{name:40s} {value * 1000:8.1f} ms  {value / floor:5.2f}x floor")


if __name__ == "__main__":
    main()
