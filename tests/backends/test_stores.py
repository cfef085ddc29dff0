"""The stores behind limits, budgets and the cache: the same behaviour in memory and on a real Redis
server, exact under contention, and typed when the server is out of reach."""

from __future__ import annotations

import asyncio
import multiprocessing as mp
import threading
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from llmrouter.backends import Store, open_store
from llmrouter.backends.memory import MemoryStore
from llmrouter.backends.sqlite import SQLiteStore
from llmrouter.errors import BackendUnavailableError, InvalidRequestError


@pytest.fixture(params=["memory", "redis"])
def store(request: pytest.FixtureRequest) -> Iterator[Store]:
    if request.param == "memory":
        yield MemoryStore()
    else:
        yield open_store(request.getfixturevalue("redis_server"))


def key() -> str:
    return f"test:{uuid.uuid4().hex}"


def test_a_bucket_admits_its_capacity_then_says_when(store: Store) -> None:
    k = key()
    assert [store.take(k, 1, 3, 3 / 60, 1000.0) for _ in range(3)] == [0.0, 0.0, 0.0]
    wait = store.take(k, 1, 3, 3 / 60, 1000.0)
    assert wait == pytest.approx(20.0)  # one token refills in 60/3 s
    assert store.take(k, 1, 3, 3 / 60, 1000.0 + wait) == 0.0  # the window reopens exactly then
    assert store.take(k, -1, 3, 3 / 60, 1020.0) == 0.0  # a refund
    assert store.take(k, 1, 3, 3 / 60, 1020.0) == 0.0


def test_totals_add_up(store: Store) -> None:
    k = key()
    assert store.add(k, 0.25, 60) == pytest.approx(0.25)
    assert store.add(k, 0.5, 60) == pytest.approx(0.75)
    assert store.add(k, 0.0, 60) == pytest.approx(0.75)


def test_cached_bytes_expire(store: Store) -> None:
    k = key()
    store.put(k, b"reply", 60, 1000.0)
    assert store.get(k, 1000.0) == b"reply"
    assert store.get(key(), 1000.0) is None


def test_sixteen_threads_admit_exactly_the_capacity(store: Store) -> None:
    k, admitted, lock = key(), [0], threading.Lock()

    def work() -> None:
        for _ in range(20):
            if store.take(k, 1, 50, 50 / 60, 5000.0) == 0.0:
                with lock:
                    admitted[0] += 1

    threads = [threading.Thread(target=work) for _ in range(16)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert admitted[0] == 50


async def test_five_hundred_async_takes_admit_exactly_the_capacity(store: Store) -> None:
    k = key()
    waits = await asyncio.gather(*(store.atake(k, 1, 123, 123 / 60, 7000.0) for _ in range(500)))
    assert sum(1 for w in waits if w == 0.0) == 123


def _take_in_child(url: str, k: str, out: mp.Queue[int]) -> None:
    store = open_store(url)
    out.put(sum(1 for _ in range(30) if store.take(k, 1, 40, 40 / 60, 9000.0) == 0.0))
    store.add(k + ":usd", 1.5, 60)


def test_two_processes_share_one_limit_and_one_total(redis_server: str) -> None:
    k = key()
    ctx = mp.get_context("spawn")
    out: mp.Queue[int] = ctx.Queue()
    children = [ctx.Process(target=_take_in_child, args=(redis_server, k, out)) for _ in range(2)]
    for child in children:
        child.start()
    for child in children:
        child.join(timeout=60)
    assert out.get(timeout=5) + out.get(timeout=5) == 40  # 60 tries, one shared capacity of 40
    assert open_store(redis_server).add(k + ":usd", 0.0, 60) == pytest.approx(3.0)


def test_an_unreachable_redis_is_a_typed_error_without_the_password() -> None:
    store = open_store("redis://user:hunter2secret@127.0.0.1:9/0")
    with pytest.raises(BackendUnavailableError) as caught:
        store.take("k", 1, 1, 1, 0.0)
    assert caught.value.status == 503 and "hunter2secret" not in str(caught.value)


def test_sqlite_keeps_replies_bounded_and_refuses_counters(tmp_path: Path) -> None:
    store = SQLiteStore(str(tmp_path / "cache.db"), max_entries=2)
    for i in range(3):
        store.put(f"k{i}", f"v{i}".encode(), 60, 100.0 + i)
    assert store.get("k0", 103.0) is None and store.get("k2", 103.0) == b"v2"  # LRU bound
    store.put("old", b"x", 1, 100.0)
    assert store.get("old", 102.0) is None  # expired
    with pytest.raises(InvalidRequestError, match="cached replies only"):
        store.take("k", 1, 1, 1, 0.0)
    # another process (here: another connection) sees the same file
    assert SQLiteStore(str(tmp_path / "cache.db")).get("k2", 103.0) == b"v2"


def test_bad_backends_are_typed_errors() -> None:
    with pytest.raises(InvalidRequestError, match="unknown backend"):
        open_store("mysql://x")
    with pytest.raises(InvalidRequestError):
        open_store(42)
