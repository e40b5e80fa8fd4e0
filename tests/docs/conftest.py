"""Fixtures for the documentation tests: the repository, and Redis for the fleet example."""

from __future__ import annotations

from pathlib import Path

# The fleet example needs the fleet suite's real redis-server (one per session).
from tests.fleet.conftest import redis_server, redis_url  # noqa: F401

REPO = Path(__file__).resolve().parents[2]
