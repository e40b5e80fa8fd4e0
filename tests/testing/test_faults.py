"""Injected faults, over real sockets (uvicorn) and in-process."""

from __future__ import annotations

import json
import logging
from collections.abc import AsyncIterator, Iterator

import anyio
import httpx
import pytest

from trenz_async.testing import TEST_API_KEY, EntryKind, FakeTrenz, FaultKind, FaultPlan

from .helpers import (
    ASGI_BASE_URL,
    AUTH,
    call_minimal,
    job,
    minimal_args,
    other_read,
    paid_read,
    request_parts,
    task_status_path,
)

pytestmark = pytest.mark.anyio
JSON_ERRORS = {
    FaultKind.INTERNAL_ERROR: (500, "INTERNAL_ERROR"),
    FaultKind.BACKEND_ERROR: (502, "BACKEND_ERROR"),
    FaultKind.BACKEND_UNAVAILABLE: (503, "BACKEND_UNAVAILABLE"),
    FaultKind.BACKEND_TIMEOUT: (504, "BACKEND_TIMEOUT"),
}


@pytest.fixture
def fake() -> FakeTrenz:
    """A fake with 10 ms latency faults and long jobs."""
    return FakeTrenz(faults=FaultPlan(latency=0.01), job_duration=60.0)


@pytest.fixture
async def served(fake: FakeTrenz) -> AsyncIterator[httpx.AsyncClient]:
    """An httpx client talking to `fake` over a real loopback socket."""
    async with (
        fake.serve() as base_url,
        httpx.AsyncClient(base_url=base_url, headers=AUTH) as client,
    ):
        yield client


@pytest.fixture
def no_server_errors(caplog: pytest.LogCaptureFixture) -> Iterator[None]:
    """Fail if uvicorn logged a warning or error (such as a 500 for a dropped request)."""
    caplog.set_level(logging.WARNING, logger="uvicorn")
    yield
    logged = [r.getMessage() for r in caplog.get_records("call") if r.name.startswith("uvicorn")]
    assert logged == []


@pytest.mark.parametrize("kind", list(JSON_ERRORS), ids=lambda kind: kind.value)
async def test_json_error_fault(
    fake: FakeTrenz, served: httpx.AsyncClient, kind: FaultKind
) -> None:
    """A JSON error fault answers its status and Trenz error body, and charges nothing."""
    fake.faults.schedule(kind)
    response = await call_minimal(served, job())
    status, code = JSON_ERRORS[kind]
    assert response.status_code == status
    assert response.json()["code"] == code
    assert response.json()["docs_url"].endswith(code)
    assert fake.ledger[TEST_API_KEY].charged == 0
    assert fake.requests[-1].fault is kind


async def test_html_502_fault(fake: FakeTrenz, served: httpx.AsyncClient) -> None:
    """The HTML 502 fault answers a gateway's HTML page, not JSON."""
    fake.faults.schedule(FaultKind.HTML_502)
    response = await call_minimal(served, paid_read())
    assert response.status_code == 502
    assert response.headers["content-type"].startswith("text/html")
    assert response.text.startswith("<html>")


async def test_empty_520_fault(fake: FakeTrenz, served: httpx.AsyncClient) -> None:
    """The 520 fault answers status 520 with an empty body."""
    fake.faults.schedule(FaultKind.EMPTY_520)
    response = await call_minimal(served, paid_read())
    assert response.status_code == 520
    assert response.content == b""


async def test_latency_fault_still_answers(fake: FakeTrenz, served: httpx.AsyncClient) -> None:
    """A latency fault delays the request but processes and answers it normally."""
    fake.faults.schedule(FaultKind.LATENCY)
    response = await call_minimal(served, paid_read())
    assert response.status_code == 200
    assert fake.requests[-1].fault is FaultKind.LATENCY
    assert fake.ledger[TEST_API_KEY].charged == paid_read().coin_cost


@pytest.mark.usefixtures("no_server_errors")
async def test_drop_before_closes_without_response_or_state_change(
    fake: FakeTrenz, served: httpx.AsyncClient
) -> None:
    """A drop-before fault closes the socket with no response and nothing charged or created."""
    fake.faults.schedule(FaultKind.DROP_BEFORE)
    with pytest.raises(httpx.RemoteProtocolError):
        await call_minimal(served, job())
    assert fake.ledger[TEST_API_KEY].entries == ()
    assert fake.statistics().jobs_created == 0
    assert fake.statistics().dropped == 1
    assert fake.requests[-1].status is None
    assert (await call_minimal(served, paid_read())).status_code == 200


@pytest.mark.usefixtures("no_server_errors")
async def test_drop_after_creates_and_holds_the_job(
    fake: FakeTrenz, served: httpx.AsyncClient
) -> None:
    """A drop-after fault creates and holds the job, then closes the socket with no response."""
    fake.faults.schedule(FaultKind.DROP_AFTER, operation_id=job().operation_id)
    with pytest.raises(httpx.RemoteProtocolError):
        await call_minimal(served, job())
    account = fake.ledger[TEST_API_KEY]
    assert [(e.kind, e.coins) for e in account.entries] == [(EntryKind.HOLD, job().coin_cost)]
    assert fake.statistics().jobs_created == 1
    task_id = account.entries[0].task_id
    assert task_id is not None
    status = await served.get(task_status_path(task_id))
    assert status.json()["data"]["status"] == "pending"


@pytest.mark.parametrize("kind", [FaultKind.DROP_BEFORE, FaultKind.DROP_AFTER])
async def test_drop_sends_no_bytes_at_all(fake: FakeTrenz, kind: FaultKind) -> None:
    """On the wire, a dropped request gets end-of-stream and not one byte of response."""
    fake.faults.schedule(kind)
    async with fake.serve() as base_url:
        host, port = base_url.removeprefix("http://").split(":")
        async with await anyio.connect_tcp(host, int(port)) as stream:
            method, path, kwargs = request_parts(job(), minimal_args(job()))
            body = json.dumps(kwargs.get("json", {})).encode()
            await stream.send(
                f"{method} {path} HTTP/1.1\r\n".encode()
                + b"Host: localhost\r\nX-API-Key: "
                + TEST_API_KEY.encode()
                + b"\r\n"
                b"Content-Type: application/json\r\n"
                b"Content-Length: " + str(len(body)).encode() + b"\r\n\r\n" + body
            )
            with pytest.raises(anyio.EndOfStream):
                await stream.receive()
    assert fake.requests[-1].fault is kind


async def test_drop_in_process_raises_remote_protocol_error() -> None:
    """Through `fake.transport()`, a drop surfaces as `httpx.RemoteProtocolError` too."""
    fake = FakeTrenz()
    fake.faults.schedule(FaultKind.DROP_AFTER)
    async with httpx.AsyncClient(
        transport=fake.transport(), base_url=ASGI_BASE_URL, headers=AUTH
    ) as client:
        with pytest.raises(httpx.RemoteProtocolError):
            await call_minimal(client, job())
    assert fake.statistics().jobs_created == 1


async def test_schedule_targets_one_operation_for_n_requests() -> None:
    """A schedule hits only its operation, exactly `count` times."""
    fake = FakeTrenz()
    fake.faults.schedule(
        FaultKind.BACKEND_UNAVAILABLE, count=2, operation_id=paid_read().operation_id
    )
    async with httpx.AsyncClient(
        transport=fake.transport(), base_url=ASGI_BASE_URL, headers=AUTH
    ) as client:
        other = await call_minimal(client, other_read(paid_read()))
        statuses = [(await call_minimal(client, paid_read())).status_code for _ in range(3)]
    assert other.status_code == 200
    assert statuses == [503, 503, 200]
    assert fake.faults.scheduled == 0


async def test_ratios_are_seeded_and_roughly_kept() -> None:
    """Ratio faults hit about their share of requests, the same ones for the same seed."""

    async def statuses(seed: int) -> list[int]:
        plan = FaultPlan({FaultKind.BACKEND_UNAVAILABLE: 0.2, FaultKind.EMPTY_520: 0.1})
        fake = FakeTrenz(seed=seed, faults=plan, rate_limit=None)
        async with httpx.AsyncClient(
            transport=fake.transport(), base_url=ASGI_BASE_URL, headers=AUTH
        ) as client:
            return [(await call_minimal(client, paid_read())).status_code for _ in range(200)]

    first = await statuses(seed=5)
    assert first == await statuses(seed=5)
    assert first != await statuses(seed=6)
    assert 20 <= first.count(503) <= 60
    assert 5 <= first.count(520) <= 35


async def test_ratios_can_be_limited_to_operations() -> None:
    """`operations=` keeps ratio faults away from other operations."""
    plan = FaultPlan({FaultKind.INTERNAL_ERROR: 1.0}, operations=[paid_read().operation_id])
    fake = FakeTrenz(faults=plan)
    async with httpx.AsyncClient(
        transport=fake.transport(), base_url=ASGI_BASE_URL, headers=AUTH
    ) as client:
        assert (await call_minimal(client, paid_read())).status_code == 500
        assert (await call_minimal(client, other_read(paid_read()))).status_code == 200


def test_fault_plan_rejects_bad_settings() -> None:
    """Ratios outside [0, 1] or above 1 in sum, and unknown operation ids, are refused."""
    with pytest.raises(ValueError, match="between 0 and 1"):
        FaultPlan({FaultKind.LATENCY: 1.5})
    with pytest.raises(ValueError, match="at most 1"):
        FaultPlan({FaultKind.LATENCY: 0.6, FaultKind.EMPTY_520: 0.6})
    with pytest.raises(ValueError, match="unknown operation"):
        FaultPlan().schedule(FaultKind.LATENCY, operation_id="trenz-nope")
