"""`make bench`: every benchmark, each in a fresh interpreter, and one table of the figures.

Each script under bench/ measures within one run and reports ratios or counts (the
machine is noisy; no figure here is a wall-clock threshold). This runs them in turn with
`--json` and prints the table BENCHMARKS.md records, with the command behind each row:
each section's rows as soon as it finishes (a full run takes several minutes), the
commands and each section's time on stderr.

    .venv/bin/python bench/run.py [--quick]

`--quick` (`make bench-quick`, about a minute) runs smaller versions: fewer rounds, calls
and tasks, for a smoke check, not for BENCHMARKS.md.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

BENCH = Path(__file__).resolve().parent
Row = tuple[str, str, str]  # figure, value, target


def _run(script: str, *args: str) -> Any:
    command = [sys.executable, str(BENCH / script), *args, "--json"]
    print(f"  $ {' '.join(['python', f'bench/{script}', *args])}", file=sys.stderr, flush=True)
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    if result.returncode not in (0, 1):  # 1: a soak that found a problem, still reported
        raise SystemExit(f"bench/{script} failed:\n{result.stderr[-3000:]}")
    return json.loads(result.stdout.strip().splitlines()[-1])


def _imports(quick: bool) -> list[Row]:
    result = _run("import_time.py", "--runs", "3" if quick else "15")
    rows = []
    for name, target in (("import trenz_async", "<= 1.3x"), ("one endpoint + its models", "<= 2x")):
        rows.append(
            (f"import: {name} vs httpx+anyio+attrs", f"{result[name]['vs_floor']:.2f}x", target)
        )
    return rows


def _call_overhead(quick: bool) -> list[Row]:
    args = ["--calls", "300", "--rounds", "3"] if quick else ["--calls", "3000", "--rounds", "30"]
    result = _run("call_overhead.py", *args)
    load = result.pop("load_average")
    rows = [
        (
            "client CPU per call: load average at the start / end",
            f"{load['start']} / {load['end']}",
            "",
        )
    ]
    for case, variants in result.items():
        target = "<= 1.3x" if case.startswith("poll") else "<= 1.10x"
        facade = variants["facade"]
        rows.append(
            (
                f"client CPU per call, {case}: facade / bare httpx",
                f"{facade['vs_bare']:.3f}x",
                target,
            )
        )
        if "vs_no_coalescing" in facade:
            rows.append(
                (
                    f"  a miss, single-flight on / off ({case}); with a cache / off",
                    f"{facade['vs_no_coalescing']:.3f}x; "
                    f"{variants['cache (misses)']['vs_no_coalescing']:.3f}x",
                    "<= 1.05x",
                )
            )
        if "generated" in variants:
            rows.append(
                (
                    f"  generated function / bare httpx ({case})",
                    f"{variants['generated']['vs_bare']:.3f}x",
                    "",
                )
            )
    return rows


def _throughput(quick: bool) -> list[Row]:
    result = _run("throughput.py", *(["--quick"] if quick else []))
    variants = result["variants"]
    calls = result["calls"]

    def cpu(label: str) -> float:
        return float(variants[label]["cpu_calls_per_s"])

    def figures(label: str) -> str:
        row = variants[label]
        return (
            f"{row['cpu_calls_per_s']:,.0f} ({row['wall_calls_per_s']:,.0f} wall); "
            f"{row['new_connections']:,.0f} new"
        )

    where = (
        f"C={result['concurrency']}, one CPU, {calls:,} calls, load "
        f"{result['load_average_before'][0]:.2f}"
    )
    facade = cpu("trenz_async facade, defaults")
    on_aiohttp = cpu("trenz_async on AioHttpClient")
    return [
        (
            f"throughput ({where}): calls/s of client CPU (wall); new connections",
            "",
            "",
        ),
        ("  bare httpx, default limits", figures("bare httpx (default limits)"), ""),
        (
            "  trenz_async facade, defaults",
            f"{figures('trenz_async facade, defaults')}; {facade / 104:.1f}x of 104",
            ">= 3x of 104 (312)",
        ),
        (
            "  trenz_async, pool sized to the concurrency",
            figures("trenz_async, pool sized to the concurrency"),
            "",
        ),
        ("  bare httpx on httpx-aiohttp", figures("bare httpx on httpx-aiohttp"), ""),
        (
            "  trenz_async on AioHttpClient; vs bare httpx",
            f"{figures('trenz_async on AioHttpClient')}; "
            f"{on_aiohttp / cpu('bare httpx (default limits)'):.1f}x",
            ">= 1,200; >= 8x",
        ),
        ("  bare aiohttp.ClientSession", figures("bare aiohttp.ClientSession"), ""),
        (
            "  bare aiohttp / trenz_async on AioHttpClient",
            f"{cpu('bare aiohttp.ClientSession') / on_aiohttp:.2f}x",
            "<= 4x",
        ),
    ]


def _registry(quick: bool) -> list[Row]:
    result = _run("registry_cost.py", "--runs", "3" if quick else "15")
    rows = []
    for name, row in result.items():
        rows.append(
            (
                f"registry: first call of one operation vs import trenz_async ({name})",
                f"+{row['first_call_ms']:.1f} ms, +{row['first_call_rss']:.2f} MiB",
                "<= +10 ms, <= +4 MiB",
            )
        )
    return rows


def _faults(quick: bool) -> list[Row]:
    rows = []
    for backend in ("asyncio",) if quick else ("asyncio", "trio"):
        result = _run("fault_run.py", "--backend", backend)
        rows.append(
            (
                f"pipeline under faults ({backend}): requests / faults / 429s / jobs (unknown)",
                f"{result['requests']} / {result['faults injected']} / {result['429s']} / "
                f"{result['jobs created by the fake']} ({result['outcome unknown (not resent)']})",
                "0 429s, no job twice",
            )
        )
    return rows


def _polling(quick: bool) -> list[Row]:
    rows = []
    # The jobs last as long in a quick run (0.5-8 s): there are fewer, on asyncio alone.
    jobs = 100 if quick else 500
    for backend in ("asyncio",) if quick else ("asyncio", "trio"):
        result = _run("polling.py", "--backend", backend, "--tasks", str(jobs))
        rows.append(
            (
                f"polling {jobs} jobs 0.5-8 s ({backend}): polls/task; latency median/p95/max (maxima)",
                f"{result['polls_per_task']:.2f}; {result['median']:.2f}/{result['p95']:.2f}/{result['max']:.2f}",
                "max <= 1",
            )
        )
        tasks = "300" if quick else "2000"
        fan = _run(
            "polling.py",
            "--tasks",
            tasks,
            "--shortest",
            "0.5",
            "--longest",
            "5",
            "--backend",
            backend,
        )
        rows.append(
            (
                f"fan-out {tasks} jobs 0.5-5 s ({backend}): wall/ideal; latency p95/max (maxima)",
                f"{fan['wall_over_ideal']:.2f}x; {fan['p95']:.2f}/{fan['max']:.2f}",
                "max <= 1",
            )
        )
    return rows


def _task_memory(quick: bool) -> list[Row]:
    result = _run("task_memory.py", "--tasks", "2000" if quick else "10000")
    return [
        (
            f"memory of {result['tasks']:,} pending tasks",
            f"{result['bytes'] / 1e6:.2f} MB ({result['bytes_per_task']:.0f} B/task)",
            "tens of MB at most",
        )
    ]


def _soak(quick: bool) -> list[Row]:
    calls = "500" if quick else "2000"
    result = _run("soak.py", "--calls", calls)
    return [
        (
            f"soak {calls} calls, 10% faults: lost / paid twice / connections left in use",
            f"{result['lost']} / {result['jobs_paid_twice']} / {result['connections_in_use_after']}",
            "0 / 0 / 0",
        ),
        (
            "  soak ledger: fake net within SDK spent+held .. +uncertain",
            f"{result['fake_net']} in {result['sdk_spent_plus_held']}..{result['sdk_spent_plus_held'] + result['sdk_uncertain']}",
            "yes" if result["ledger_within_uncertainty"] else "NO",
        ),
    ]


def _coordination(quick: bool) -> list[Row]:
    args = ["--calls", "200", "--rounds", "2", "--count", "20"] if quick else ["--rounds", "15"]
    result = _run("coordination.py", *args)
    load = " ".join(f"{value:.2f}" for value in result["load_average"])
    rows: list[Row] = []
    for kind, figures in result["round_trips"].items():
        rows.append(
            (
                f"fleet: Redis round trips / commands per {kind} (server's INFO commandstats)",
                f"{figures['round_trips']:.2f} / {figures['commands']:.0f}",
                f"{figures['target']} round trip{'s' if figures['target'] > 1 else ''}",
            )
        )
    for width, variants in result["cpu"].items():
        target = result["targets"][width]
        for label in ("coordinated", "coordinated+single-flight"):
            figures = variants[label]
            rows.append(
                (
                    f"  client CPU per read, {label} / alone, loopback (C={width}, load {load})",
                    f"{figures['best_us_per_call']:.0f} / "
                    f"{variants['alone']['best_us_per_call']:.0f} µs = {figures['vs_alone']:.2f}x",
                    f"<= {target}x" if label == "coordinated" else "",
                )
            )
    return rows


def _fleet(quick: bool) -> list[Row]:
    result = _run("fleet.py", *(["--windows", "2", "--period", "2"] if quick else []))
    return [
        (
            f"fleet of {result['workers']} processes x {result['concurrency']} callers, server "
            f"window {result['limit']}/{result['period']:g} s: 429s; most in a window; rate",
            f"{result['rate_limited']}; {result['max_in_window']}; "
            f"{result['share_of_limit']:.1%} of the limit",
            f"0; <= {result['limit']}; >= 95%",
        )
    ]


def _pay_once(quick: bool) -> list[Row]:
    rows = []
    for fleet in (False, True):
        args = ["--calls", "200", "--waves", "10"] if quick else []
        result = _run("pay_once.py", *args, *(["--fleet"] if fleet else []))
        where = f"{result['workers']} processes + Redis" if fleet else "one process"
        modes = result["modes"]
        rows.append(
            (
                f"pay once, {result['calls']} reads 30% repeated ({where}): coins vs neither, "
                "coalescing / + cache",
                f"{modes['coalescing']['coins_vs_neither']:.3f} / "
                f"{modes['cache']['coins_vs_neither']:.3f}",
                "saved = unseen (judge)"
                if all(row["saved_ok"] for row in modes.values())
                else "MISMATCH",
            )
        )
        rows.append(
            (
                f"  wall time vs neither ({where}), coalescing / + cache",
                f"{modes['coalescing']['wall_vs_neither']:.3f} / "
                f"{modes['cache']['wall_vs_neither']:.3f}",
                "",
            )
        )
    return rows


def _tenants(quick: bool) -> list[Row]:
    result = _run("tenants.py", *(["--quick"] if quick else []))
    return [
        (
            f"{result['tenants']} clients, {result['tenants']} keys, {result['window']}: "
            "share of the aggregate limit (lowest tenant); 429s",
            f"{result['share_of_limit']:.3f} ({result['lowest_tenant_share']:.3f}); "
            f"{result['server_429s']}",
            ">= 0.95; 0",
        ),
        (
            "  the client process's CPU, as a share of one core; per call",
            f"{result['client_cpu_share']:.2f}; {result['client_cpu_per_call_us']:.0f} µs",
            "< 0.5",
        ),
    ]


SECTIONS: list[Callable[[bool], list[Row]]] = [
    _imports,
    _registry,
    _call_overhead,
    _throughput,
    _pay_once,
    _polling,
    _task_memory,
    _soak,
    _faults,
    _coordination,
    _fleet,
    _tenants,
]


# The figure column's width: the rows are printed as their section finishes, before the
# longest figure is known (a longer one pushes its value right; the table stays readable).
FIGURE_WIDTH = 100


def _print_rows(rows: list[Row]) -> None:
    for figure, value, target in rows:
        print(f"{figure:<{FIGURE_WIDTH}}  {value:<28}  {target}", flush=True)


def _load() -> str:
    """The load average (1, 5, 15 minutes): figures from a busy machine are not comparable."""
    return " / ".join(f"{load:.2f}" for load in os.getloadavg())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args(argv)
    started = time.monotonic()
    print(f"(load average before: {_load()})", flush=True)
    print(f"{'figure':<{FIGURE_WIDTH}}  {'value':<28}  target", flush=True)
    for section in SECTIONS:
        begun = time.monotonic()
        _print_rows(section(args.quick))
        name = section.__name__.strip("_").replace("_", " ")
        print(f"  ({name}: {time.monotonic() - begun:.0f} s)", file=sys.stderr, flush=True)
    print(
        f"({time.monotonic() - started:.0f} s; python {sys.version.split()[0]}; "
        f"load average after: {_load()})"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
