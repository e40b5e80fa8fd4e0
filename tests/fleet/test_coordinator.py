"""RedisCoordinator: connecting, binding a namespace, key hygiene and losing Redis."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable

import anyio
import pytest
import redis

from trenz_async import (
    BudgetExceededError,
    ConfigurationError,
    CoordinatorError,
    RateLimit,
    RedisCoordinator,
)
from trenz_async._fleet.redis.keys import key_hash
from trenz_async._jobs import Submission

from .conftest import API_KEY, RedisServer, free_port
from .helpers import settled

pytestmark = pytest.mark.anyio

LIMIT = RateLimit(requests=20, period=1.0)


def test_unreachable_redis_is_a_configuration_error() -> None:
    """Nothing listening at the URL: construction raises ConfigurationError naming the server."""
    port = free_port()
    with pytest.raises(ConfigurationError, match=f"cannot reach Redis at redis://127.0.0.1:{port}"):
        RedisCoordinator(f"redis://127.0.0.1:{port}/0", socket_timeout=1.0)


def test_invalid_url_is_a_configuration_error() -> None:
    """A URL redis-py cannot parse is refused at construction."""
    with pytest.raises(ConfigurationError, match="invalid Redis URL"):
        RedisCoordinator("http://127.0.0.1:1/0")


def test_messages_never_show_the_redis_password() -> None:
    """The URL's password stays out of error messages."""
    port = free_port()
    with pytest.raises(ConfigurationError) as caught:
        RedisCoordinator(f"redis://user:hunter2secret@127.0.0.1:{port}/0", socket_timeout=1.0)
    assert "hunter2secret" not in str(caught.value)
    assert "user" not in str(caught.value)


@pytest.mark.parametrize("namespace", ["", "a:b", "{x}", "a" * 65, "spaces here"])
def test_namespace_must_be_plain(redis_url: str, namespace: str) -> None:
    """Namespaces that would break the key layout are refused."""
    with pytest.raises(ValueError, match="namespace"):
        RedisCoordinator(redis_url, namespace=namespace)


def test_coordinator_module_imports_without_redis_loaded() -> None:
    """Importing the public class does not import redis (the extra is optional)."""
    code = "import sys, trenz_async._fleet.coordinator; print('redis' in sys.modules)"
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert out.strip() == "False"


async def test_repr_names_server_and_namespace_only(redis_server: RedisServer) -> None:
    """repr() shows where and which namespace, never credentials."""
    url = f"redis://:nopassword@127.0.0.1:{redis_server.port}/0"
    async with RedisCoordinator(url, namespace="reports") as made:
        assert (
            repr(made)
            == f"RedisCoordinator('redis://127.0.0.1:{redis_server.port}/0', namespace='reports')"
        )
    made.close()


async def test_second_worker_with_other_limits_is_refused(coordinator: RedisCoordinator) -> None:
    """The first bind sets the namespace's window, cap and budget; a different one is refused."""
    coordinator.bind(API_KEY, rate_limit=LIMIT, max_in_flight=5, max_coins=1000)
    coordinator.bind(API_KEY, rate_limit=LIMIT, max_in_flight=5, max_coins=1000)
    with pytest.raises(
        ConfigurationError, match="max_coins: namespace has '1000', client asks '500'"
    ):
        coordinator.bind(API_KEY, rate_limit=LIMIT, max_in_flight=5, max_coins=500)
    with pytest.raises(ConfigurationError, match="requests"):
        coordinator.bind(API_KEY, rate_limit=RateLimit(10, 1.0), max_in_flight=5, max_coins=1000)
    with pytest.raises(ConfigurationError, match="max_in_flight"):
        coordinator.bind(API_KEY, rate_limit=LIMIT, max_in_flight=None, max_coins=1000)


async def test_reconfigure_replaces_the_namespace_settings(coordinator: RedisCoordinator) -> None:
    """bind(reconfigure=True) replaces the values; later binds must match the new ones."""
    coordinator.bind(API_KEY, rate_limit=LIMIT, max_in_flight=5, max_coins=1000)
    coordinator.bind(API_KEY, rate_limit=LIMIT, max_in_flight=5, max_coins=2000, reconfigure=True)
    coordinator.bind(API_KEY, rate_limit=LIMIT, max_in_flight=5, max_coins=2000)
    with pytest.raises(ConfigurationError):
        coordinator.bind(API_KEY, rate_limit=LIMIT, max_in_flight=5, max_coins=1000)


async def test_namespaces_and_keys_are_separate(coordinator: RedisCoordinator) -> None:
    """Another namespace, or another API key, has its own settings and budget: filling
    theirs leaves this one whole, and filling this one leaves theirs as they were."""
    coordinator.bind(API_KEY, rate_limit=LIMIT, max_in_flight=5, max_coins=10)
    other_ns = coordinator.with_namespace("elsewhere").bind(
        API_KEY, rate_limit=None, max_in_flight=None, max_coins=5
    )
    other_key = coordinator.bind(
        "sk_live_another", rate_limit=None, max_in_flight=None, max_coins=5
    )
    await other_ns.coins.reserve("a", "op", 5)
    await other_key.coins.reserve("a", "op", 5)
    mine = coordinator.bind(API_KEY, rate_limit=LIMIT, max_in_flight=5, max_coins=10)
    await mine.coins.reserve("a", "op", 10)  # the others' 10 coins are not in this budget
    for stores, budget in ((mine, 10), (other_ns, 5), (other_key, 5)):
        with pytest.raises(BudgetExceededError) as refused:
            await stores.coins.reserve("b", "op", 1)
        assert (refused.value.budget, refused.value.remaining) == (budget, 0)
    with pytest.raises(ConfigurationError, match="max_coins"):
        coordinator.bind(API_KEY, rate_limit=LIMIT, max_in_flight=5, max_coins=5)
    coordinator.with_namespace("elsewhere").bind(
        API_KEY, rate_limit=None, max_in_flight=None, max_coins=5
    )  # its own settings, unlike this namespace's


async def test_redis_never_holds_the_api_key(
    coordinator: RedisCoordinator, redis_server: RedisServer
) -> None:
    """After every kind of write, no key or value in Redis contains the API key."""
    stores = coordinator.bind(API_KEY, rate_limit=LIMIT, max_in_flight=5, max_coins=100)
    await stores.gate.release(await stores.gate.acquire())
    await stores.gate.pause(5)
    await stores.gate.observe_limit(10)
    await stores.coins.reserve("call-1", "op", 5)
    await stores.coins.commit("call-1", coins=5, job_id="job-1", balance=90)
    submission = Submission("sub-1", "op", {"prompt": "x"}, 5, 1.0)
    await stores.journal.intent(submission)
    await stores.journal.confirmed(submission, "job-1")
    await stores.leases.lease(["job-1"], owner=stores.owner, ttl=5)
    await stores.leases.publish("job-1", "running", {"progress": 1})
    with redis_server.client() as client:
        keys = client.keys("*")
        assert keys
        prefix = f"trenz:{{{coordinator.namespace}:{key_hash(API_KEY)}}}:".encode()
        for key in keys:
            assert key.startswith(prefix)
            assert API_KEY.encode() not in key
            dump = client.dump(key)
            assert dump is not None
            assert API_KEY.encode() not in dump


async def test_transient_keys_expire(
    coordinator: RedisCoordinator, redis_server: RedisServer
) -> None:
    """Gate, lease and outcome keys carry a TTL; the ledger and journal do not."""
    stores = coordinator.bind(API_KEY, rate_limit=LIMIT, max_in_flight=5, max_coins=100)
    permit = await stores.gate.acquire()
    await stores.gate.pause(5)
    await stores.gate.observe_limit(10)
    await stores.leases.lease(["job-1"], owner="me", ttl=5)
    await stores.leases.publish("job-1", "running", {})
    await stores.coins.reserve("call-1", "op", 5)
    await stores.journal.intent(Submission("sub-1", "op", {}, 5, 1.0))
    with redis_server.client() as client:
        ttls = {key.decode().rsplit("}:", 1)[1]: client.pttl(key) for key in client.keys("*")}
    await stores.gate.release(permit)
    for name in (
        "gate:flight",
        "gate:pause",
        "gate:limit",
        "poll:lease:job-1",
        "poll:outcome:job-1",
    ):
        assert ttls[name] > 0, name
    for name in ("config", "coins:totals", "coins:reserved", "journal:intents"):
        assert ttls[name] == -1, name


async def test_redis_lost_mid_run_raises_coordinator_error(
    start_redis: Callable[[], RedisServer],
) -> None:
    """Every store fails with CoordinatorError (not a redis-py error) once Redis is gone."""
    server = start_redis()
    async with RedisCoordinator(server.url, socket_timeout=1.0, retries=1) as made:
        stores = made.bind(API_KEY, rate_limit=LIMIT, max_in_flight=5, max_coins=100)
        permit = await stores.gate.acquire()
        server.stop()
        attempts = [
            ("gate.acquire", stores.gate.acquire()),
            ("gate.release", stores.gate.release(permit)),
            ("gate.pause", stores.gate.pause(1)),
            ("coins.reserve", stores.coins.reserve("c", "op", 1)),
            ("coins.snapshot", stores.coins.snapshot()),
            ("journal.intent", stores.journal.intent(Submission("s", "op", {}, 1, 1.0))),
            ("journal.replay", stores.journal.replay()),
            ("poll.lease", stores.leases.lease(["t"], owner="me", ttl=1)),
        ]
        for operation, attempt in attempts:
            with pytest.raises(CoordinatorError) as caught:
                await attempt
            assert caught.value.operation == operation
            assert isinstance(caught.value.__cause__, redis.exceptions.ConnectionError)
    made.close()


async def test_stores_work_again_after_redis_restarts(
    start_redis: Callable[[], RedisServer],
) -> None:
    """Redis back empty: the gate works again; the budget refuses until the fleet binds anew."""
    server = start_redis()
    async with RedisCoordinator(server.url, socket_timeout=1.0, retries=1) as made:
        stores = made.bind(API_KEY, rate_limit=LIMIT, max_in_flight=5, max_coins=100)
        await stores.gate.release(await stores.gate.acquire())
        server.stop()
        with pytest.raises(CoordinatorError):
            await stores.coins.reserve("lost", "op", 1)
        server.start(same_port=True)
        await stores.gate.release(await stores.gate.acquire())
        with pytest.raises(CoordinatorError, match="ledger are gone"):
            await stores.coins.reserve("after", "op", 1)
        stores = made.bind(API_KEY, rate_limit=LIMIT, max_in_flight=5, max_coins=100)
        await stores.coins.reserve("after", "op", 1)
        await stores.coins.commit("after", coins=1, job_id=None, balance=None)
        assert (await stores.coins.snapshot()).coins_spent == 1
    made.close()


def test_one_coordinator_serves_successive_event_loops(
    redis_url: str, redis_server: RedisServer
) -> None:
    """Used across several asyncio.run()s (and trio), it works and leaves no connection behind."""
    made = RedisCoordinator(redis_url)
    stores = made.bind(API_KEY, rate_limit=LIMIT, max_in_flight=5, max_coins=None)

    async def one_call() -> None:
        await stores.gate.release(await stores.gate.acquire())

    with redis_server.client() as client:

        def connected() -> int:
            return int(client.info("clients")["connected_clients"])

        before = connected()
        for backend in ["asyncio"] * 5 + ["trio", "asyncio"]:
            anyio.run(one_call, backend=backend)
        made.close()
        # Redis notices a closed connection when it next reads the socket: wait for it.
        assert settled(connected, before - 1) == before - 1  # the bind's own is gone
