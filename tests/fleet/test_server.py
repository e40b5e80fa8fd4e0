"""The fixture's Redis is a real server: the version, Lua and isolation the fleet relies on."""

from __future__ import annotations

from .conftest import RedisServer


def test_fixture_runs_a_real_redis_62_or_newer(redis_server: RedisServer) -> None:
    """A real redis-server answers on loopback, new enough for the scripts (6.2+)."""
    with redis_server.client() as client:
        info = client.info("server")
        major, minor = (int(part) for part in str(info["redis_version"]).split(".")[:2])
        assert (major, minor) >= (6, 2)
        assert client.eval("return redis.call('TIME')[1] + 0 > 0", 0) == 1


def test_fixture_persists_nothing(redis_server: RedisServer) -> None:
    """No RDB snapshots and no AOF: tests leave nothing on disk."""
    with redis_server.client() as client:
        assert client.config_get("save") == {"save": ""}
        assert client.config_get("appendonly") == {"appendonly": "no"}
        assert client.config_get("bind")["bind"] == "127.0.0.1"


def test_each_test_starts_from_an_empty_database(redis_url: str, redis_server: RedisServer) -> None:
    """The `redis_url` fixture hands out an empty database."""
    with redis_server.client() as client:
        assert client.dbsize() == 0
        client.set("left-behind", "1")


def test_the_next_test_does_not_see_it(redis_url: str, redis_server: RedisServer) -> None:
    """What one test wrote is gone for the next."""
    with redis_server.client() as client:
        assert client.get("left-behind") is None
