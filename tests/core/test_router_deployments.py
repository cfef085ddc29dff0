"""Router(deployments=[...]): one public name over several deployments, balanced, cooled down when
they keep failing, every call accounted for under threads and asyncio."""

from __future__ import annotations

import asyncio
import gc
import threading
import warnings
from collections import Counter
from collections.abc import Awaitable, Iterable, Iterator
from typing import Any

import pytest

import llmrouter
from llmrouter import InvalidRequestError, ProviderError, Router
from llmrouter.balancer import CooldownPolicy
from llmrouter.errors import LLMRouterError, ServiceUnavailableError
from llmrouter.providers import ChatRequest
from tests.fakes import ScriptedProvider

USER = [{"role": "user", "content": "hi"}]
KEY = "test-router-key-0123456789"


class Flaky(ScriptedProvider):
    """Fails every ``every``-th request it receives (thread-safe), else answers with its name."""

    def __init__(self, name: str, every: int = 0) -> None:
        super().__init__(name=name, text=name)
        self.every = every
        self.lock = threading.Lock()
        self.count = 0

    def _maybe_fail(self, request: ChatRequest) -> None:
        with self.lock:
            self.count += 1
            self.requests.append(request)
            failing = self.every and self.count % self.every == 0
        if failing:
            raise ProviderError("injected 500", status=500)

    def complete(self, request: ChatRequest) -> Any:
        self._maybe_fail(request)
        self.requests.pop()  # counted above; ScriptedProvider.complete appends again
        return super().complete(request)

    async def acomplete(self, request: ChatRequest) -> Any:
        await asyncio.sleep(0)  # let 1,000 calls interleave for real
        return self.complete(request)


@pytest.fixture
def pair() -> Iterator[tuple[Flaky, Flaky]]:
    east, west = Flaky("east"), Flaky("west")
    llmrouter.register_provider("east", east)
    llmrouter.register_provider("west", west)
    yield east, west
    llmrouter.unregister_provider("east")
    llmrouter.unregister_provider("west")


def chat_router(strategy: str = "round_robin", **kwargs: Any) -> Router:
    return Router(
        deployments=[
            {"model_name": "chat", "model": "east/m", "api_key": "east-key-0123456789"},
            {
                "model_name": "chat",
                "model": "west/m",
                "api_key": "west-key-0123456789",
                "params": {"timeout": 7.0},
            },
        ],
        strategy=strategy,
        **kwargs,
    )


def test_round_robin_spreads_calls_and_each_deployment_uses_its_own_key(pair: tuple[Flaky, Flaky]) -> None:
    east, west = pair
    router = chat_router()
    replies = [router.completion("chat", USER).content for _ in range(4)]
    assert replies == ["east", "west", "east", "west"]
    assert {r.api_key for r in east.requests} == {"east-key-0123456789"}
    assert {r.api_key for r in west.requests} == {"west-key-0123456789"}
    assert {r.timeout for r in west.requests} == {7.0}


def test_a_failing_deployment_hands_over_and_cools_down(pair: tuple[Flaky, Flaky]) -> None:
    east, west = pair
    east.every = 1  # east always fails
    router = chat_router("fallback", num_retries=0, cooldown=CooldownPolicy(failures=2, cooldown_s=30.0))
    assert [router.completion("chat", USER).content for _ in range(3)] == ["west"] * 3
    assert east.count == 2  # after two failures east is left out of plans
    health = {h.model: h for h in router.health("chat")}
    assert health["east/m"].state == "open" and health["east/m"].failures == 2
    assert health["west/m"].successes == 3 and health["west/m"].in_flight == 0
    # the other deployment's key was used, never the first one's
    assert {r.api_key for r in west.requests} == {"west-key-0123456789"}


def test_the_cooldown_ends_in_one_half_open_probe(pair: tuple[Flaky, Flaky]) -> None:
    east, _ = pair
    now = [0.0]
    router = chat_router(
        "fallback",
        num_retries=0,
        cooldown=CooldownPolicy(failures=1, cooldown_s=10.0),
        retry=llmrouter.RetryPolicy(num_retries=0, clock=lambda: now[0]),
    )
    east.every = 1
    assert router.completion("chat", USER).content == "west"
    assert router.completion("chat", USER).content == "west" and east.count == 1
    now[0] = 11.0
    east.every = 0  # east has recovered
    assert router.completion("chat", USER).content == "east"
    assert {h.model: h.state for h in router.health()}["east/m"] == "healthy"


def test_deployment_params_are_transport_only() -> None:
    with pytest.raises(InvalidRequestError, match="temperature"):
        Router(deployments=[{"model_name": "chat", "model": "openai/gpt-4o", "params": {"temperature": 0.2}}])


def test_health_never_shows_a_key(pair: tuple[Flaky, Flaky]) -> None:
    router = chat_router()
    router.completion("chat", USER)
    assert "east-key" not in repr(router.health()) and "east-key" not in repr(router)


def test_sixteen_threads_every_call_accounted_for(pair: tuple[Flaky, Flaky]) -> None:
    east, west = pair
    east.every, west.every = 5, 7  # a share of requests fail; retries and the other deployment absorb them
    router = chat_router("least_busy", cooldown=CooldownPolicy(failures=1000))
    outcomes: list[str] = []
    lock = threading.Lock()

    def work() -> None:
        for _ in range(50):
            try:
                result = router.completion("chat", USER).content or ""
            except LLMRouterError as error:
                result = type(error).__name__
            with lock:
                outcomes.append(result)

    threads = [threading.Thread(target=work) for _ in range(16)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(outcomes) == 800 and set(outcomes) <= {"east", "west"}
    health = router.health("chat")
    assert sum(h.successes for h in health) == 800  # none lost, none answered twice
    assert sum(h.in_flight for h in health) == 0
    assert sum(h.calls for h in health) == east.count + west.count


async def test_a_thousand_concurrent_async_calls_every_call_accounted_for(pair: tuple[Flaky, Flaky]) -> None:
    east, west = pair
    east.every, west.every = 3, 4
    router = chat_router("round_robin", num_retries=0, cooldown=CooldownPolicy(failures=10_000))

    async def one() -> str:
        try:
            return (await router.acompletion("chat", USER)).content or ""
        except ServiceUnavailableError:
            return "unavailable"  # both deployments failed this call: a typed error, not a loss

    outcomes = await asyncio.gather(*(one() for _ in range(1000)))
    assert len(outcomes) == 1000 and set(outcomes) <= {"east", "west", "unavailable"}
    health = router.health("chat")
    answered = sum(1 for o in outcomes if o != "unavailable")
    assert sum(h.successes for h in health) == answered
    assert sum(h.calls for h in health) == east.count + west.count
    assert sum(h.in_flight for h in health) == 0


def test_deployments_on_two_loopback_servers_over_real_sockets_threads_and_loops() -> None:
    """The real openai SDK over sockets: two deployments on two loopback servers, ``west``
    always failing (500) and ``east`` failing every third request (503). Threads make sync calls
    while other threads each run their own event loop of concurrent async calls, plain and
    streamed. Every call is answered once (by east) or fails typed (when both failed it), the
    servers' counts add up exactly, and no socket is left open: each loop's clients are closed
    when the loop ends."""
    from llmrouter.providers import get_provider
    from tests.faults.server import fault_server

    sync_threads, sync_calls, loop_threads, async_calls = 4, 10, 4, 25
    total = sync_threads * sync_calls + loop_threads * async_calls
    east_script = ["ok", "ok", "503"] * total  # long enough: every request follows the script
    outcomes: list[str] = []
    lock = threading.Lock()

    def label(error: LLMRouterError) -> str:
        return f"{type(error).__name__} {error.code}"

    with (
        warnings.catch_warnings(record=True) as caught,
        fault_server("openai", *east_script) as east,
        fault_server("openai", "500") as west,
    ):
        warnings.simplefilter("always")
        router = Router(
            deployments=[
                {
                    "model_name": "chat",
                    "model": "openai/gpt-4o-mini",
                    "api_base": east.base(),
                    "api_key": KEY,
                },
                {
                    "model_name": "chat",
                    "model": "openai/gpt-4o-mini",
                    "api_base": west.base(),
                    "api_key": KEY,
                },
            ],
            strategy="round_robin",
            num_retries=0,
            timeout=10,
            cooldown=CooldownPolicy(failures=10_000),
        )

        def sync_text(stream: bool) -> str:
            if not stream:
                return router.completion("chat", USER).content or ""
            with router.completion("chat", USER, stream=True) as chunks:
                return "".join(chunk.content or "" for chunk in chunks)

        async def async_text(stream: bool) -> str:
            if not stream:
                return (await router.acompletion("chat", USER)).content or ""
            async with await router.acompletion("chat", USER, stream=True) as chunks:
                return "".join([chunk.content or "" async for chunk in chunks])

        async def one(stream: bool) -> str:
            try:
                return await async_text(stream)
            except LLMRouterError as error:
                return label(error)

        def sync_worker() -> None:
            for number in range(sync_calls):
                try:
                    result = sync_text(bool(number % 2))
                except LLMRouterError as error:
                    result = label(error)
                with lock:
                    outcomes.append(result)

        def loop_worker() -> None:
            results = asyncio.run(_gather(one(bool(n % 2)) for n in range(async_calls)))
            with lock:
                outcomes.extend(results)

        threads = [threading.Thread(target=sync_worker) for _ in range(sync_threads)]
        threads += [threading.Thread(target=loop_worker) for _ in range(loop_threads)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        east_requests, west_requests = east.requests, west.requests
        gc.collect()

    answered = outcomes.count("Hello!")
    failed = outcomes.count("ServiceUnavailableError all_providers_unavailable")
    assert len(outcomes) == total and answered + failed == total, Counter(outcomes)
    assert answered == east_script[:east_requests].count("ok")  # every east "ok" answered one call
    assert failed == east_script[:east_requests].count("503")  # an east failure fails its call
    health = router.health("chat")
    assert sum(h.successes for h in health) == answered
    assert sum(h.calls for h in health) == east_requests + west_requests == total + west_requests
    assert sum(h.in_flight for h in health) == 0
    assert 0 < west_requests < total  # round robin sent west its share, and each fell back
    assert not [w for w in caught if issubclass(w.category, ResourceWarning)], [
        str(w.message) for w in caught
    ]
    assert len(get_provider("openai")._async_clients) == 0  # type: ignore[attr-defined]


async def _gather(calls: Iterable[Awaitable[str]]) -> list[str]:
    return list(await asyncio.gather(*calls))
