from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.servers import redis_url


@pytest.fixture(scope="session")
def redis_server() -> Iterator[str]:
    yield from redis_url()
