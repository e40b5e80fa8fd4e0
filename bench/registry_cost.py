"""What the first call of one operation adds to `import trenz_async`: registry and endpoint.

Each sample is a fresh interpreter that imports `trenz_async`, then looks one operation up
(`trenz_async._registry.index.lookup`, which loads the generated registry), then imports that
operation's generated endpoint module (with its models): what a first call pays before
it sends anything. Cases run interleaved, `--runs` times each, and the table shows
medians:

- warm: bytecode cached, as after `pip install` (which compiles every module);
- cold: nothing of `trenz_async` cached and nothing written (PYTHONDONTWRITEBYTECODE=1,
  a read-only or fresh checkout): every module is compiled from source in every process.
  The package is copied without `__pycache__` into a temporary directory for these runs.

Time and RSS come from runs without tracing; the tracemalloc peak of the lookup+endpoint
step (compilation included) from separate runs, since tracing slows everything down.

    python bench/registry_cost.py [--runs 15] [--operation products.search]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent

PROBE = """
import importlib, json, sys, time, tracemalloc
TRACE = {trace}

def rss():
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0

started = time.perf_counter()
import trenz_async
imported = time.perf_counter()
rss_imported = rss()
if TRACE:
    tracemalloc.start()
from trenz_async._registry.index import lookup
info = lookup({operation!r})
looked_up = time.perf_counter()
rss_looked_up = rss()
importlib.import_module(info.module)
loaded = time.perf_counter()
peak = tracemalloc.get_traced_memory()[1] if TRACE else 0
print(json.dumps({{
    "import_ms": (imported - started) * 1e3,
    "lookup_ms": (looked_up - imported) * 1e3,
    "endpoint_ms": (loaded - looked_up) * 1e3,
    "rss_import": rss_imported,
    "rss_lookup": rss_looked_up - rss_imported,
    "rss_endpoint": rss() - rss_looked_up,
    "traced_peak": peak / 2**20,
}}))
"""


def _run(code: str, env: dict[str, str], cwd: Path) -> dict[str, float]:
    result = subprocess.run(
        [sys.executable, "-c", code], env=env, cwd=cwd, capture_output=True, text=True, check=True
    )
    return json.loads(result.stdout)  # type: ignore[no-any-return]


def measure(runs: int, operation: str) -> dict[str, dict[str, float]]:
    base = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
    with tempfile.TemporaryDirectory(prefix="trenz-bench-") as tmp:
        cold_root = Path(tmp)
        shutil.copytree(
            REPO / "trenz_async",
            cold_root / "trenz_async",
            ignore=shutil.ignore_patterns("__pycache__"),
        )
        cases = {
            "warm": ({**base, "PYTHONPATH": str(REPO)}, REPO),
            "cold": (
                {**base, "PYTHONPATH": str(cold_root), "PYTHONDONTWRITEBYTECODE": "1"},
                cold_root,
            ),
        }
        plain = PROBE.format(trace=False, operation=operation)
        traced = PROBE.format(trace=True, operation=operation)
        _run(plain, *cases["warm"])  # writes the bytecode the warm case reads
        samples: dict[str, list[dict[str, float]]] = {name: [] for name in cases}
        peaks: dict[str, list[float]] = {name: [] for name in cases}
        for _ in range(runs):
            for name, (env, cwd) in cases.items():
                samples[name].append(_run(plain, env, cwd))
                peaks[name].append(_run(traced, env, cwd)["traced_peak"])
    medians: dict[str, dict[str, float]] = {}
    for name, rows in samples.items():
        medians[name] = {key: statistics.median(row[key] for row in rows) for key in rows[0]}
        medians[name]["traced_peak"] = statistics.median(peaks[name])
        first_call = [row["lookup_ms"] + row["endpoint_ms"] for row in rows]
        medians[name]["first_call_ms"] = statistics.median(first_call)
        first_rss = [row["rss_lookup"] + row["rss_endpoint"] for row in rows]
        medians[name]["first_call_rss"] = statistics.median(first_rss)
    return medians


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--operation", default="products.search")
    parser.add_argument("--json", action="store_true", help="print one JSON line")
    args = parser.parse_args()
    medians = measure(args.runs, args.operation)
    if args.json:
        print(json.dumps(medians))
        return
    print(f"command: python bench/registry_cost.py --runs {args.runs} --operation {args.operation}")
    print(f"median of {args.runs} fresh interpreters per case; time in ms, memory in MiB")
    header = (
        "case",
        "import",
        "lookup()",
        "endpoint",
        "first call",
        "RSS import",
        "RSS first call",
        "traced peak",
    )
    print("| " + " | ".join(header) + " |")
    print("| --- |" + " ---: |" * (len(header) - 1))
    for name, row in medians.items():
        cells = (
            name,
            f"{row['import_ms']:.1f}",
            f"+{row['lookup_ms']:.1f}",
            f"+{row['endpoint_ms']:.1f}",
            f"+{row['first_call_ms']:.1f}",
            f"{row['rss_import']:.1f}",
            f"+{row['first_call_rss']:.2f}",
            f"{row['traced_peak']:.2f}",
        )
        print("| " + " | ".join(cells) + " |")


if __name__ == "__main__":
    main()
