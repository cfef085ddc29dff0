"""RateLimit and Budget as hooks: refused before any vendor I/O, windows that reopen on an injected
clock, reservations settled and released, exact under threads and asyncio, shared through Redis."""

from __future__ import annotations

import asyncio
import threading
import uuid
from collections.abc import Iterator

import pytest

import llmrouter
from llmrouter import RateLimitError
from llmrouter.backends.memory import MemoryStore
from llmrouter.errors import BackendUnavailableError, BudgetExceededError, InvalidRequestError, ProviderError
from llmrouter.hooks import Budget, RateLimit
from tests.fakes import ScriptedProvider
from tests.servers import redis_url

USER = [{"role": "user", "content": "hi"}]


@pytest.fixture
def scripted() -> Iterator[ScriptedProvider]:
    provider = ScriptedProvider()
    llmrouter.register_provider("scripted", provider)
    llmrouter.register_price(
        "scripted", "m", llmrouter.Price(input=1_000_000.0, output=0.0)
    )  # $1 per token in
    yield provider
    llmrouter.unregister_provider("scripted")


@pytest.fixture(scope="module")
def redis_server() -> Iterator[str]:
    yield from redis_url()


class Clock:
    def __init__(self, now: float = 1_800_000_000.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


def test_requests_per_minute_refuse_before_io_and_reopen_after_retry_after(
    scripted: ScriptedProvider,
) -> None:
    clock = Clock()
    limit = RateLimit(requests_per_minute=2, per="user", backend=MemoryStore(), clock=clock)
    for _ in range(2):
        llmrouter.completion("scripted/m", USER, user="ann", hooks=[limit])
    with pytest.raises(RateLimitError) as caught:
        llmrouter.completion("scripted/m", USER, user="ann", hooks=[limit])
    assert caught.value.status == 429 and caught.value.retry_after == pytest.approx(30.0)
    assert len(scripted.requests) == 2  # the refused call made no request
    llmrouter.completion("scripted/m", USER, user="bob", hooks=[limit])  # another user has their own window
    clock.now += caught.value.retry_after
    llmrouter.completion("scripted/m", USER, user="ann", hooks=[limit])
    assert len(scripted.requests) == 4


def test_token_reservations_settle_to_real_usage_and_failures_release_them(
    scripted: ScriptedProvider,
) -> None:
    clock, store = Clock(), MemoryStore()
    limit = RateLimit(tokens_per_minute=1000, per="global", backend=store, clock=clock)
    llmrouter.completion("scripted/m", USER, max_tokens=500, hooks=[limit])  # reserves ~500, uses 7
    tokens, _ = store._buckets["tpm:all"]
    assert tokens == pytest.approx(1000 - 7)
    scripted.errors = [ProviderError("boom")]
    with pytest.raises(ProviderError):
        llmrouter.completion("scripted/m", USER, max_tokens=500, num_retries=0, hooks=[limit])
    assert store._buckets["tpm:all"][0] == pytest.approx(1000 - 7)  # the failed call's reservation came back


def test_sixteen_threads_and_five_hundred_tasks_admit_exactly_n(scripted: ScriptedProvider) -> None:
    limit = RateLimit(requests_per_minute=37, per="global", backend=MemoryStore(), clock=Clock())
    outcomes: list[str] = []
    lock = threading.Lock()

    def work() -> None:
        for _ in range(10):
            try:
                llmrouter.completion("scripted/m", USER, hooks=[limit])
                result = "ok"
            except RateLimitError:
                result = "limited"
            with lock:
                outcomes.append(result)

    threads = [threading.Thread(target=work) for _ in range(16)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert outcomes.count("ok") == 37 and len(outcomes) == 160

    limit2 = RateLimit(requests_per_minute=123, per="global", backend=MemoryStore(), clock=Clock())

    async def one() -> str:
        try:
            await llmrouter.acompletion("scripted/m", USER, hooks=[limit2])
            return "ok"
        except RateLimitError:
            return "limited"

    async def many() -> list[str]:
        return await asyncio.gather(*(one() for _ in range(500)))

    assert asyncio.run(many()).count("ok") == 123


def test_a_budget_refuses_with_402_once_spent(scripted: ScriptedProvider) -> None:
    clock = Clock()
    budget = Budget(usd_per_day=10.0, per="user", backend=MemoryStore(), clock=clock)
    llmrouter.completion("scripted/m", USER, user="ann", hooks=[budget])  # 5 prompt tokens at $1 = $5
    llmrouter.completion("scripted/m", USER, user="ann", hooks=[budget])
    with pytest.raises(BudgetExceededError) as caught:
        llmrouter.completion("scripted/m", USER, user="ann", hooks=[budget])
    assert (caught.value.status, caught.value.code) == (402, "budget_exceeded")
    assert 0 < (caught.value.retry_after or 0) <= 86_400
    assert caught.value.details["spent_usd"] == pytest.approx(10.0)
    clock.now += 86_400  # a new day
    llmrouter.completion("scripted/m", USER, user="ann", hooks=[budget])


def test_an_unreachable_backend_refuses_unless_told_to_allow(scripted: ScriptedProvider) -> None:
    down = "redis://127.0.0.1:9/0"
    with pytest.raises(BackendUnavailableError):
        llmrouter.completion("scripted/m", USER, hooks=[RateLimit(requests_per_minute=5, backend=down)])
    assert scripted.requests == []
    with pytest.warns(UserWarning, match="letting the call through"):
        reply = llmrouter.completion(
            "scripted/m",
            USER,
            hooks=[RateLimit(requests_per_minute=5, backend=down, on_backend_error="allow")],
        )
    assert reply.content == "Hello there"


def test_bad_limits_are_typed_errors() -> None:
    with pytest.raises(InvalidRequestError):
        RateLimit()
    with pytest.raises(InvalidRequestError):
        RateLimit(requests_per_minute=-1)
    with pytest.raises(InvalidRequestError):
        Budget(usd_per_day=5, per="tenant")  # type: ignore[arg-type]


def test_limits_and_budgets_are_shared_through_redis(scripted: ScriptedProvider, redis_server: str) -> None:
    clock, user = Clock(), f"u-{uuid.uuid4().hex}"
    # two hooks as two processes would hold them: separate objects, one server
    first = RateLimit(requests_per_minute=3, backend=redis_server, clock=clock)
    second = RateLimit(requests_per_minute=3, backend=redis_server, clock=clock)
    for hook in (first, second, first):
        llmrouter.completion("scripted/m", USER, user=user, hooks=[hook])
    with pytest.raises(RateLimitError):
        llmrouter.completion("scripted/m", USER, user=user, hooks=[second])
    spend_a = Budget(usd_per_month=9.0, backend=redis_server, clock=clock)
    spend_b = Budget(usd_per_month=9.0, backend=redis_server, clock=clock)
    llmrouter.completion("scripted/m", USER, user=user, hooks=[spend_a])
    llmrouter.completion("scripted/m", USER, user=user, hooks=[spend_b])
    with pytest.raises(BudgetExceededError):
        llmrouter.completion("scripted/m", USER, user=user, hooks=[spend_a])


async def test_async_calls_use_the_async_redis_client(scripted: ScriptedProvider, redis_server: str) -> None:
    scope = f"async-{uuid.uuid4().hex}"
    limit = RateLimit(requests_per_minute=50, per=lambda ctx: scope, backend=redis_server, clock=Clock())
    results = await asyncio.gather(
        *(llmrouter.acompletion("scripted/m", USER, hooks=[limit]) for _ in range(80)), return_exceptions=True
    )
    assert sum(1 for r in results if not isinstance(r, Exception)) == 50
    assert all(isinstance(r, RateLimitError) for r in results if isinstance(r, Exception))


_CHILD = """
import sys
import llmrouter
from llmrouter.hooks import Budget, RateLimit
from tests.fakes import ScriptedProvider

url, user = sys.argv[1], sys.argv[2]
llmrouter.register_provider("scripted", ScriptedProvider())
llmrouter.register_price("scripted", "m", llmrouter.Price(input=1_000_000.0, output=0.0))
hooks = [RateLimit(requests_per_minute=5, backend=url, clock=lambda: 1.9e9), Budget(usd_per_day=1000, backend=url)]
made = 0
for _ in range(4):
    try:
        llmrouter.completion("scripted/m", [{"role": "user", "content": "hi"}], user=user, hooks=hooks)
        made += 1
    except llmrouter.RateLimitError:
        pass
print(made)
"""


def test_two_processes_share_one_limit_and_one_budget(redis_server: str) -> None:
    import subprocess
    import sys
    from pathlib import Path

    user = f"u-{uuid.uuid4().hex}"
    root = Path(__file__).resolve().parents[2]
    runs = [
        subprocess.Popen(
            [sys.executable, "-c", _CHILD, redis_server, user], cwd=root, stdout=subprocess.PIPE, text=True
        )
        for _ in range(2)
    ]
    made = [int(run.communicate(timeout=120)[0].strip().splitlines()[-1]) for run in runs]
    assert sum(made) == 5  # 8 tries in two processes, one shared limit of 5
    # and the spend both processes made is one total: 5 calls x 5 tokens x $1
    budget = Budget(usd_per_day=25.0, backend=redis_server)
    ctx = llmrouter.CallContext(
        request=llmrouter.providers.ChatRequest(model="m", messages=[]),
        model="m",
        provider="scripted",
        user=user,
    )
    with pytest.raises(BudgetExceededError) as caught:
        budget.before_request(ctx)
    assert caught.value.details["spent_usd"] == pytest.approx(25.0)
