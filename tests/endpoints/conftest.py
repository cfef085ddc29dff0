"""Endpoint tests check one attempt's translation (the request each SDK sent, the reply, the
error), so the default router makes one attempt here, as in tests/providers."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from llmrouter import api
from llmrouter.policy import RetryPolicy


@pytest.fixture(autouse=True)
def one_attempt(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setattr(api._default, "policy", RetryPolicy(num_retries=0))
    yield
