"""Run the fake Trenz API as a process: `python -m trenz_async.testing --port 8765`."""

from __future__ import annotations

import argparse
import contextlib
import sys
from collections.abc import Sequence

from ._app import DEFAULT_BALANCE, TEST_API_KEY, FakeTrenz
from ._faults import FaultKind, FaultPlan
from ._server import base_url, listen, run


def _fault(text: str) -> tuple[FaultKind, float]:
    kind, _, share = text.partition("=")
    try:
        return FaultKind(kind), float(share)
    except ValueError as exc:
        kinds = ", ".join(k.value for k in FaultKind)
        raise argparse.ArgumentTypeError(f"expected KIND=RATIO with KIND one of {kinds}") from exc


def _parser(prog: str) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=prog,
        description="Serve a stateful fake of the Trenz Open Platform API.",
    )
    parser.add_argument("--host", default="127.0.0.1", help="interface (default %(default)s)")
    parser.add_argument(
        "--port", type=int, default=8765, help="port, 0 for any (default %(default)s)"
    )
    parser.add_argument(
        "--seed", type=int, default=0, help="data and fault seed (default %(default)s)"
    )
    parser.add_argument(
        "--job-duration",
        type=float,
        default=2.0,
        help="seconds per async job (default %(default)s)",
    )
    parser.add_argument(
        "--failure-ratio",
        type=float,
        default=0.0,
        help="share of jobs that fail (default %(default)s)",
    )
    parser.add_argument("--balance", type=int, default=DEFAULT_BALANCE, help="the test key's coins")
    parser.add_argument(
        "--rate-limit",
        type=int,
        default=200,
        help="requests per minute per key, 0 for none (default %(default)s)",
    )
    parser.add_argument(
        "--fault", type=_fault, action="append", default=[], metavar="KIND=RATIO",
        help="inject a fault kind into a share of requests (repeatable)",
    )  # fmt: skip
    return parser


def main(argv: Sequence[str] | None = None, *, prog: str = "python -m trenz_async.testing") -> int:
    """Parse the options, print the base URL and the test key, and serve until Ctrl-C.

    Args:
        argv: the options (default: the command line's).
        prog: the command name usage messages show (`trenz fake` passes its own).
    """
    parser = _parser(prog)
    args = parser.parse_args(argv)
    try:
        fake = FakeTrenz(
            keys={TEST_API_KEY: args.balance},
            seed=args.seed,
            job_duration=args.job_duration,
            job_failure_ratio=args.failure_ratio,
            rate_limit=(args.rate_limit, 60.0) if args.rate_limit > 0 else None,
            faults=FaultPlan(dict(args.fault)) if args.fault else None,
        )
        sock = listen(args.host, args.port)
    except (ValueError, OSError) as exc:
        parser.error(str(exc))
    url = base_url(sock)
    print(f"Fake Trenz API on {url}  (Ctrl-C to stop)")
    print(f"TRENZ_BASE_URL={url}")
    print(f"TRENZ_API_KEY={TEST_API_KEY}", flush=True)
    # uvicorn re-raises the SIGINT it caught once it has shut down cleanly.
    with contextlib.suppress(KeyboardInterrupt):
        run(fake, sock)
    return 0


if __name__ == "__main__":
    sys.exit(main())
