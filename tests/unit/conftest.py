"""Unit-test fixtures: one respx router for every test that mocks the API."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import respx


@pytest.fixture
def router() -> Iterator[respx.MockRouter]:
    """A respx router catching every request; routes need not all be called."""
    with respx.mock(assert_all_called=False) as mocked:
        yield mocked
