"""Provider tests check how one attempt is translated (the request each SDK sent, the reply, the
error), so the default router makes one attempt here. Retries and fallbacks have their own tests
(tests/core, tests/faults), which do not depend on this."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from llmrouter import api as router
from llmrouter.policy import RetryPolicy


@pytest.fixture(autouse=True)
def one_attempt(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setattr(router._default, "policy", RetryPolicy(num_retries=0))
    yield
