"""UsageLedger against SQLite and a real PostgreSQL server: a row per attempt and the cost once
per call, under threads, asyncio tasks and two processes, for every way a stream ends.

PostgreSQL: the URL comes from ``LLMROUTER_TEST_POSTGRES_URL`` (``.ci/run`` starts a throwaway
server and exports it). Without it these tests skip, saying so, except under ``CI=true``, where
they fail: CI must run them.
"""

from __future__ import annotations

import asyncio
import gc
import multiprocessing
import os
import threading
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import pytest

import llmrouter
from llmrouter.errors import InvalidRequestError, ProviderError
from llmrouter.hooks.ledger import UsageLedger, parse_time
from llmrouter.policy import RetryPolicy
from llmrouter.providers.base import Capabilities
from llmrouter.types import Embedding, EmbeddingResponse, EmbeddingUsage
from tests.fakes import ScriptedProvider

USER = [{"role": "user", "content": "hello"}]
PG_ENV = "LLMROUTER_TEST_POSTGRES_URL"


async def _no_wait(_: float) -> None:
    return None


NO_WAIT = RetryPolicy(num_retries=2, sleep=lambda _: None, asleep=_no_wait)


@dataclass
class FlakyProvider(ScriptedProvider):
    """Fails every ``every``-th attempt (a 500, retried), across threads; also embeds."""

    every: int = 3
    attempts: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)

    def __post_init__(self) -> None:
        super().__post_init__()
        self.capabilities = Capabilities(embeddings=True)

    def _next_error(self) -> None:
        with self.lock:
            self.attempts += 1
            number = self.attempts
        if self.every and number % self.every == 0:
            raise ProviderError("scripted 500", status=500)

    def embed(self, request: Any) -> EmbeddingResponse:
        self._next_error()
        return EmbeddingResponse(
            data=[Embedding(index=i, embedding=[0.1, 0.2]) for i in range(len(request.input))],
            model=request.model,
            usage=EmbeddingUsage(prompt_tokens=7, total_tokens=7),
        )

    async def aembed(self, request: Any) -> EmbeddingResponse:
        return self.embed(request)


@pytest.fixture
def flaky() -> Iterator[FlakyProvider]:
    provider = FlakyProvider(name="flaky")
    llmrouter.register_provider("flaky", provider)
    llmrouter.register_price(
        "flaky/m", input_per_mtok=1_000_000, output_per_mtok=2_000_000
    )  # $1 / $2 a token
    yield provider
    llmrouter.unregister_provider("flaky")
    llmrouter.pricing.unregister_price("flaky/m")


def _postgres_url() -> str:
    url = os.environ.get(PG_ENV)
    if not url:
        if os.environ.get("CI") == "true":
            pytest.fail(f"{PG_ENV} is not set under CI=true: .ci/run must start PostgreSQL for these tests")
        pytest.skip(
            f"no PostgreSQL server: set {PG_ENV} (as .ci/run does) to run the PostgreSQL ledger tests"
        )
    return url


@pytest.fixture
def pg_database() -> Iterator[str]:
    """A fresh database on the test server, dropped afterwards."""
    import psycopg

    url = _postgres_url()
    name = f"ledger_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(url, autocommit=True) as admin:
        admin.execute(f"CREATE DATABASE {name}")
    base, _, _db = url.rpartition("/")
    yield f"{base}/{name}"
    with psycopg.connect(url, autocommit=True) as admin:
        admin.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


@pytest.fixture(params=["sqlite", "postgres"])
def target(request: pytest.FixtureRequest, tmp_path) -> str:
    if request.param == "sqlite":
        return str(tmp_path / "usage.db")
    return str(request.getfixturevalue("pg_database"))


@pytest.fixture
def ledger(target: str) -> Iterator[UsageLedger]:
    with UsageLedger(target) as opened:
        yield opened


class Counter:
    """Counts the attempts the pipeline really made."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.attempts = 0
        self.calls = 0

    def on_attempt(self, ctx: Any, attempt: Any) -> None:
        with self.lock:
            self.attempts += 1

    def after_response(self, ctx: Any) -> None:
        with self.lock:
            self.calls += 1

    def on_error(self, ctx: Any, error: Any) -> None:
        with self.lock:
            self.calls += 1


def test_rows_equal_the_attempts_made_under_16_threads(flaky: FlakyProvider, ledger: UsageLedger) -> None:
    counter = Counter()
    router = llmrouter.Router(hooks=[ledger, counter], retry=NO_WAIT)
    errors: list[BaseException] = []

    def work(worker: int) -> None:
        for _ in range(20):
            try:
                router.completion("flaky/m", USER, user=f"user{worker % 4}")
            except llmrouter.LLMRouterError:
                pass
            except BaseException as exc:  # pragma: no cover - reported below
                errors.append(exc)

    threads = [threading.Thread(target=work, args=(n,)) for n in range(16)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not errors
    assert counter.calls == 320
    assert counter.attempts == flaky.attempts > 320  # retries happened
    assert ledger.count("llmrouter_calls") == 320
    assert ledger.count("llmrouter_attempts") == counter.attempts
    rows = {row.group: row for row in ledger.summary(by="user")}
    assert sorted(rows) == ["user0", "user1", "user2", "user3"]
    assert sum(row.calls for row in rows.values()) == 320
    assert sum(row.attempts for row in rows.values()) == counter.attempts
    ok = sum(row.calls - row.failed_calls for row in rows.values())
    # every successful call: 5 prompt tokens at $1, 2 completion tokens at $2 -> $9, once
    assert sum(row.cost_usd or 0 for row in rows.values()) == pytest.approx(9.0 * ok)
    assert sum(row.prompt_tokens for row in rows.values()) == 5 * ok


async def test_rows_equal_the_attempts_made_under_200_concurrent_async_calls(
    flaky: FlakyProvider, ledger: UsageLedger
) -> None:
    counter = Counter()
    router = llmrouter.Router(hooks=[ledger, counter], retry=NO_WAIT)

    async def one(i: int) -> None:
        try:
            if i % 4 == 0:
                stream = await router.acompletion("flaky/m", USER, stream=True, user="streamer")
                async for _ in stream:
                    pass
            elif i % 4 == 1:
                await router.aembedding("flaky/m", ["a", "b"], user="embedder")
            else:
                await router.acompletion("flaky/m", USER, user="chatter")
        except llmrouter.LLMRouterError:
            pass

    loop_blocked = []

    async def watchdog() -> None:  # the loop keeps turning while rows are written
        for _ in range(20):
            before = asyncio.get_running_loop().time()
            await asyncio.sleep(0.005)
            loop_blocked.append(asyncio.get_running_loop().time() - before)

    await asyncio.gather(watchdog(), *(one(i) for i in range(200)))
    assert await ledger.aflush()
    assert counter.calls == 200
    assert ledger.count("llmrouter_calls") == 200
    assert ledger.count("llmrouter_attempts") == counter.attempts == flaky.attempts
    by_op = {row.group: row for row in await ledger.asummary(by="operation")}
    assert by_op["chat"].calls == 150 and by_op["embedding"].calls == 50
    assert by_op["embedding"].prompt_tokens == 7 * (50 - by_op["embedding"].failed_calls)


def _child(target: str, calls: int) -> None:
    provider = FlakyProvider(name="flaky", every=4)
    llmrouter.register_provider("flaky", provider)
    llmrouter.register_price("flaky/m", input_per_mtok=1, output_per_mtok=1)
    ledger = UsageLedger(target)
    router = llmrouter.Router(hooks=[ledger], retry=NO_WAIT)
    for _ in range(calls):
        router.completion("flaky/m", USER, user=f"pid{os.getpid()}")
    ledger.close()


def test_two_processes_write_one_ledger(target: str) -> None:
    UsageLedger(target).close()  # the schema exists before the race starts (either may create it too)
    context = multiprocessing.get_context("spawn")
    children = [context.Process(target=_child, args=(target, 60)) for _ in range(2)]
    for child in children:
        child.start()
    for child in children:
        child.join(120)
        assert child.exitcode == 0
    with UsageLedger(target) as ledger:
        assert ledger.count("llmrouter_calls") == 120
        # each process: 60 calls, every 4th attempt failed and was retried -> 79 attempts
        # (60 successes and 19 failures; the 80th would have failed, but no call was left)
        assert ledger.count("llmrouter_attempts") == 158
        rows = ledger.summary(by="user")
        assert len(rows) == 2 and all(row.calls == 60 and row.attempts == 79 for row in rows)


def test_a_streams_cost_is_recorded_once_however_it_ends(flaky: FlakyProvider, ledger: UsageLedger) -> None:
    flaky.every = 0
    router = llmrouter.Router(hooks=[ledger], retry=NO_WAIT)
    opts = {"stream_options": {"include_usage": True}}

    consumed = router.completion("flaky/m", USER, stream=True, user="consumed", **opts)
    for _ in consumed:
        pass
    with router.completion("flaky/m", USER, stream=True, user="closed", **opts) as closed:
        next(iter(closed))
    abandoned = router.completion("flaky/m", USER, stream=True, user="abandoned", **opts)
    next(iter(abandoned))
    del abandoned
    gc.collect()
    flaky.fail_after_chunks = 2
    failed = router.completion("flaky/m", USER, stream=True, user="failed", **opts)
    with pytest.raises(llmrouter.ProviderError):
        for _ in failed:
            pass

    rows = {row.group: row for row in ledger.summary(by="user")}
    assert sorted(rows) == ["abandoned", "closed", "consumed", "failed"]
    assert all(row.calls == 1 and row.attempts == 1 for row in rows.values())
    assert rows["consumed"].cost_usd == pytest.approx(9.0) == consumed.completion.cost_usd
    assert rows["consumed"].prompt_tokens == 5 and rows["consumed"].completion_tokens == 2
    assert rows["failed"].failed_calls == 1
    # an early end has no usage report from the vendor: its cost is unknown, never a made-up 0
    for name in ("closed", "abandoned"):
        assert rows[name].cost_usd is None and rows[name].failed_calls == 0
    assert ledger.count("llmrouter_calls") == 4


def test_summary_groups_tokens_and_cost_by_model_provider_day_and_window(
    flaky: FlakyProvider, ledger: UsageLedger
) -> None:
    flaky.every = 0
    llmrouter.register_provider("other", ScriptedProvider(name="other"))
    try:
        router = llmrouter.Router(hooks=[ledger], retry=NO_WAIT)
        for _ in range(3):
            router.completion("flaky/m", USER, user="alice")
        router.completion("other/x", USER, metadata={"user_id": "bob"})
    finally:
        llmrouter.unregister_provider("other")
    models = {row.group: row for row in ledger.summary(by="model")}
    assert models["flaky/m"].calls == 3 and models["flaky/m"].cost_usd == pytest.approx(27.0)
    assert models["other/x"].cost_usd is None and models["other/x"].unpriced_calls == 1
    providers = {row.group: row.calls for row in ledger.summary(by="provider")}
    assert providers == {"flaky": 3, "other": 1}
    today = datetime.now(UTC).date().isoformat()
    days = ledger.summary(by="day")
    assert [(row.group, row.calls) for row in days] == [(today, 4)]
    assert ledger.summary(by="day", since=today, until=today)[0].calls == 4
    assert ledger.summary(by="user", since="2999-01-01") == []
    assert ledger.summary(by="user", until="2000-01-01") == []
    users = {row.group: row for row in ledger.summary(by="user")}
    assert users["bob"].calls == 1 and users["alice"].completion_tokens == 6
    assert users["alice"].to_dict()["cost_usd"] == pytest.approx(27.0)


def test_an_answer_from_a_hook_is_a_call_with_no_attempts_and_no_cost(
    flaky: FlakyProvider, ledger: UsageLedger
) -> None:
    class Answering:
        def before_request(self, ctx: Any) -> Any:
            return flaky.complete(ctx.request)

    router = llmrouter.Router(hooks=[ledger, Answering()], retry=NO_WAIT)
    reply = router.completion("flaky/m", USER, user="cached")
    assert reply.cost_usd == 0.0
    row = ledger.summary(by="user")[0]
    assert (row.calls, row.attempts, row.cache_hits, row.cost_usd) == (1, 0, 1, 0.0)
    assert ledger.count("llmrouter_attempts") == 0


@pytest.mark.parametrize(
    "bad",
    [
        None,
        42,
        "",
        "   ",
        ":memory:",
        "/no/such/directory/usage.db",
        "postgresql://nobody@127.0.0.1:1/x?connect_timeout=1",
    ],
)
def test_bad_targets_raise_typed_errors(bad: Any) -> None:
    with pytest.raises(InvalidRequestError):
        UsageLedger(bad)


def test_bad_summary_arguments_raise_typed_errors(tmp_path) -> None:
    with UsageLedger(tmp_path / "u.db") as ledger:
        for kwargs in (
            {"by": "colour"},
            {"by": None},
            {"since": "yesterday"},
            {"until": True},
            {"since": object()},
        ):
            with pytest.raises(InvalidRequestError):
                ledger.summary(**kwargs)


def test_parse_time_forms() -> None:
    assert parse_time("2026-12-01") == datetime(2026, 12, 1, tzinfo=UTC).timestamp()
    assert parse_time("2026-12-01", end=True) == datetime(2026, 12, 2, tzinfo=UTC).timestamp()
    assert parse_time("2026-12-01T12:00:00Z") == datetime(2026, 12, 1, 12, tzinfo=UTC).timestamp()
    assert parse_time(datetime(2026, 12, 1, 12)) == datetime(2026, 12, 1, 12, tzinfo=UTC).timestamp()
    assert parse_time(1.5) == 1.5 and parse_time(None) is None


def test_repr_hides_a_database_password(pg_database: str) -> None:
    url = pg_database.replace("llmrouter@", "llmrouter:hunter2secret@")
    with UsageLedger(url) as ledger:
        assert "hunter2secret" not in repr(ledger)
