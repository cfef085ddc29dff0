"""Per-loop async clients: one per key and loop, closed on their own loop when it shuts down,
and never keeping a closed loop alive."""

from __future__ import annotations

import asyncio
import gc
import logging
import weakref

import pytest

from llmrouter.loop_clients import LoopClients


class Client:
    def __init__(self, key: str, fail: bool = False) -> None:
        self.key, self.fail = key, fail
        self.made_on = asyncio.get_running_loop()
        self.closed_on: asyncio.AbstractEventLoop | None = None


async def close(client: Client) -> None:
    await asyncio.sleep(0)  # a real close awaits its transports
    if client.fail:
        raise OSError("cannot close")
    client.closed_on = asyncio.get_running_loop()


def make(cache: LoopClients, key: str, fail: bool = False) -> Client:
    client: Client = cache.get(key, lambda: Client(key, fail))
    return client


def test_one_client_per_key_and_loop_closed_on_its_own_loop_when_asyncio_run_ends() -> None:
    cache = LoopClients(close)

    async def calls() -> list[Client]:
        first = make(cache, "a")
        assert make(cache, "a") is first and make(cache, "b") is not first
        assert len(cache) == 1
        return [first, make(cache, "b")]

    one, two = asyncio.run(calls()), asyncio.run(calls())
    assert one[0] is not two[0]  # a new loop, new clients
    for client in one + two:
        assert client.closed_on is client.made_on  # closed while its loop still ran
    assert len(cache) == 0


def test_a_loop_closed_without_shutting_down_its_generators_is_forgotten_at_the_next_loop() -> None:
    cache = LoopClients(close)

    async def one() -> Client:
        return make(cache, "a")

    loop = asyncio.new_event_loop()
    orphan = weakref.ref(loop.run_until_complete(one()))
    loop.close()  # no shutdown_asyncgens(): the close never ran
    del loop
    assert len(cache) == 1
    asyncio.run(one())
    gc.collect()
    assert len(cache) == 0
    assert orphan() is None  # dropped, not held: the collector frees it


def test_a_client_that_fails_to_close_is_logged_and_the_others_still_close(
    caplog: pytest.LogCaptureFixture,
) -> None:
    cache = LoopClients(close, "test client")

    async def calls() -> list[Client]:
        return [make(cache, "bad", fail=True), make(cache, "good")]

    with caplog.at_level(logging.WARNING, logger="llmrouter"):
        bad, good = asyncio.run(calls())
    assert bad.closed_on is None and good.closed_on is good.made_on
    assert "could not close an async test client" in caplog.text and "OSError" in caplog.text


def test_outside_a_running_loop_there_is_no_client() -> None:
    with pytest.raises(RuntimeError):
        LoopClients(close).get("a", lambda: None)
