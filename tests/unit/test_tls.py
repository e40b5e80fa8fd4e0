"""The default TLS context is built once per process and certificate environment."""

from __future__ import annotations

import ssl
from collections.abc import Iterator

import certifi
import httpx
import pytest

from trenz_async import TrenzClient
from trenz_async._transport import tls

pytestmark = pytest.mark.anyio

KEY = "sk_test_tls"


@pytest.fixture
def builds(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[bool]]:
    """Each context httpx is asked to build, recorded (by its trust_env)."""
    made: list[bool] = []
    original = httpx.create_ssl_context

    def counting(*args: object, trust_env: bool = True, **kwargs: object) -> ssl.SSLContext:
        made.append(trust_env)
        return original(*args, trust_env=trust_env, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(httpx, "create_ssl_context", counting)
    tls._context.cache_clear()
    yield made
    tls._context.cache_clear()


async def test_many_clients_load_the_ca_bundle_once(builds: list[bool]) -> None:
    for _ in range(5):
        async with TrenzClient(api_key=KEY, base_url="https://api.example"):
            pass
    assert builds == [True]


def test_the_certificate_environment_is_part_of_the_key(
    builds: list[bool], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("SSL_CERT_DIR", raising=False)
    monkeypatch.setenv("SSL_CERT_FILE", certifi.where())
    first = tls.default_context(trust_env=True)
    assert tls.default_context(trust_env=True) is first
    monkeypatch.delenv("SSL_CERT_FILE")
    assert tls.default_context(trust_env=True) is not first
    assert tls.default_context(trust_env=False) is not first
    assert builds == [True, True, False]
    assert first.verify_mode is ssl.CERT_REQUIRED
    assert first.check_hostname


async def test_an_explicit_verify_setting_is_used_as_given(builds: list[bool]) -> None:
    async with TrenzClient(
        api_key=KEY, base_url="https://api.example", http_options={"verify": False}
    ):
        pass
    assert builds == []
