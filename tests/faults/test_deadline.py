"""A sync attempt in flight ends by the call's ``deadline``, not only by its ``timeout``.

A blocking attempt cannot be cancelled, so its own HTTP timeout must end it: for a provider that
passes ``request.timeout`` on each SDK call (``timeout_per_request``), each sync attempt gets
``min(timeout, time left)``. Against a loopback server that never answers, through the real SDKs
over sockets, ``deadline=0.5`` with ``timeout=30`` fails as ``deadline_exceeded`` after the one
request the server saw, and the client is the one that hung up (the server would hold the
request for 10 s). With an injectable clock,
the timeout each attempt is given is asserted exactly."""

from __future__ import annotations

from typing import Any

import pytest

import llmrouter
from llmrouter import Router
from llmrouter.errors import APITimeoutError, ProviderError
from llmrouter.policy import RetryPolicy
from llmrouter.providers import get_provider, register_provider, unregister_provider
from llmrouter.providers.cohere import CohereProvider
from llmrouter.request import ChatRequest
from tests.fakes import ScriptedProvider

from .server import fault_server
from .wire import MODELS

KEY = "test-fault-key-0123456789"
HELLO = [{"role": "user", "content": "hi"}]


class CohereOnItsClient(CohereProvider):
    """Cohere as a provider that set the timeout on its client would be (the built-in passes it
    on every call)."""

    timeout_per_request = False


#: Vendors whose built-in provider passes the attempt's timeout on every SDK call.
BUILT_IN = ("anthropic", "cohere", "google", "mistral", "openai")


@pytest.fixture(params=BUILT_IN)
def vendor(request: pytest.FixtureRequest) -> str:
    return str(request.param)


def model_of(vendor: str) -> str:
    return MODELS[vendor]


@pytest.mark.parametrize("vendor", BUILT_IN)
def test_the_built_in_provider_passes_the_timeout_on_every_call(vendor: str) -> None:
    assert getattr(get_provider(vendor), "timeout_per_request", False) is True


@pytest.mark.parametrize("stream", [False, True])
def test_a_stalled_sync_attempt_ends_at_the_deadline_not_at_the_timeout(vendor: str, stream: bool) -> None:
    with fault_server(vendor, "stall") as server:
        options: dict[str, Any] = {"api_base": server.base(), "api_key": KEY, "deadline": 0.5, "timeout": 30}
        with pytest.raises(APITimeoutError) as caught:
            if stream:
                with llmrouter.completion(model_of(vendor), HELLO, stream=True, **options) as chunks:
                    list(chunks)
            else:
                llmrouter.completion(model_of(vendor), HELLO, **options)
        assert server.requests == 1  # the one attempt, cut; no retry past the deadline
        assert server.wait_for_hangup(5.0)  # the client gave up, not the server (it would at 10 s)
    assert caught.value.code == "deadline_exceeded", caught.value


class Recording(ScriptedProvider):
    """Fails each attempt with a 500 after ``cost`` seconds of the injected clock, recording
    the timeout it was given."""

    def __init__(self, clock: list[float], cost: float, per_request: bool) -> None:
        super().__init__(name="recording", errors=[ProviderError("boom", status=500)] * 5)
        self.timeout_per_request = per_request
        self.clock, self.cost = clock, cost
        self.timeouts: list[float | None] = []

    def complete(self, request: ChatRequest) -> Any:
        self.timeouts.append(request.timeout)
        self.clock[0] += self.cost
        return super().complete(request)


def run_with_clock(per_request: bool) -> tuple[Recording, list[Any]]:
    clock = [100.0]
    provider = Recording(clock, cost=3.0, per_request=per_request)
    policy = RetryPolicy(
        num_retries=5,
        backoff_s=0.5,
        jitter=False,
        clock=lambda: clock[0],
        sleep=lambda seconds: clock.__setitem__(0, clock[0] + seconds),
    )
    seen: list[Any] = []

    class Watch:
        def on_attempt(self, ctx: Any, attempt: Any) -> None:
            seen.append(ctx.request.timeout)

    register_provider("recording", provider)
    try:
        with pytest.raises(APITimeoutError) as caught:
            Router(retry=policy, hooks=[Watch()]).completion("recording/m", HELLO, deadline=8.0, timeout=4.0)
    finally:
        unregister_provider("recording")
    assert caught.value.code == "deadline_exceeded"
    return provider, seen


def test_each_sync_attempt_gets_the_time_left_when_it_is_less_than_the_timeout() -> None:
    provider, seen = run_with_clock(per_request=True)
    # t=100: 4 (timeout); 103.5: 4 (4.5 left); 107.5: 0.5 left; then the deadline has passed
    assert provider.timeouts == [4.0, 4.0, 0.5]
    assert seen == [4.0, 4.0, 4.0]  # hooks see the call's request, not the attempt's copy


def test_a_provider_that_sets_the_timeout_on_its_client_keeps_the_calls_timeout() -> None:
    provider, _ = run_with_clock(per_request=False)
    assert provider.timeouts == [4.0, 4.0, 4.0]  # a cut timeout would mean one client per attempt


def test_one_client_serves_every_timeout_when_the_timeout_travels_per_request() -> None:
    provider = CohereProvider()
    clients = {
        id(provider.client(ChatRequest(model="m", messages=[], api_key=KEY, timeout=t)))
        for t in (30.0, 0.5, 0.25, None)
    }
    assert len(clients) == 1
    plain = CohereOnItsClient()
    assert plain.client(ChatRequest(model="m", messages=[], api_key=KEY, timeout=1.0)) is not plain.client(
        ChatRequest(model="m", messages=[], api_key=KEY, timeout=2.0)
    )
