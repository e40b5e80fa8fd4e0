"""`trenz_async._call.raw`: the raw-response wrapper of the generated twins."""

from __future__ import annotations

import inspect

import httpx
import pytest

from trenz_async._call.raw import RawResponse, async_to_raw_response_wrapper

pytestmark = pytest.mark.anyio


class _Pager:
    """Stands for `AsyncPager`: awaiting it is one call."""

    def __init__(self, answer: object) -> None:
        self._answer = answer

    def __await__(self):  # type: ignore[no-untyped-def]
        async def answer() -> object:
            return self._answer

        return answer().__await__()


def _raw(body: str = "{}") -> RawResponse[str]:
    response = httpx.Response(200, text=body)
    return RawResponse(response, request_id="req_1", parse=lambda: body)


class _Things:
    """A resource-like class with postponed annotations, as the generated ones have."""

    def __init__(self, answer: object) -> None:
        self._answer = answer

    async def get(self, *, thing_id: str, limit: int | None = None) -> ThingEnvelope:  # noqa: F821
        return self._answer  # type: ignore[return-value]

    def search(self, *, page: int = 1) -> AsyncPager[ThingsPage, Thing]:  # noqa: F821
        return _Pager(self._answer)  # type: ignore[return-value]


async def test_the_wrapper_hands_back_the_raw_response_and_keeps_the_signature() -> None:
    """Same parameters, same call, `RawResponse[...]` as the shown return annotation."""
    raw = _raw()
    things = _Things(raw)
    get = async_to_raw_response_wrapper(things.get)
    search = async_to_raw_response_wrapper(things.search)
    assert await get(thing_id="t1") is raw
    assert await search(page=2) is raw  # a pager's method: its first page
    assert inspect.iscoroutinefunction(search)
    signature = inspect.signature(get)
    assert list(signature.parameters) == ["thing_id", "limit"]
    assert signature.return_annotation == "RawResponse[ThingEnvelope]"
    assert inspect.signature(search).return_annotation == "RawResponse[ThingsPage]"
    assert inspect.unwrap(get) == things.get  # how `client.paginate()` finds the operation


async def test_a_method_answering_parsed_results_is_an_error_not_a_lie() -> None:
    """Wrapping a resource that does not answer raw responses fails loudly when called."""
    get = async_to_raw_response_wrapper(_Things("parsed").get)
    with pytest.raises(TypeError, match="not a RawResponse"):
        await get(thing_id="t1")
