"""ResponseCache: a repeated request is answered with no vendor request, streams are served from
it as chunks, keys and values hold redacted text only, and every backend behaves the same."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import llmrouter
from llmrouter import CallContext
from llmrouter.backends.memory import MemoryStore
from llmrouter.hooks import Redactor, ResponseCache
from llmrouter.hooks.cache import cache_key
from llmrouter.testing import use_cassette
from tests.fakes import ScriptedProvider
from tests.servers import redis_url

USER = [{"role": "user", "content": "hi"}]
CASSETTES = Path(__file__).resolve().parents[2] / "cassettes"


@pytest.fixture
def scripted() -> Iterator[ScriptedProvider]:
    provider = ScriptedProvider()
    llmrouter.register_provider("scripted", provider)
    llmrouter.register_price("scripted", "m", llmrouter.Price(input=2.0, output=4.0))
    yield provider
    llmrouter.unregister_provider("scripted")


@pytest.fixture(scope="module")
def redis_server() -> Iterator[str]:
    yield from redis_url()


@pytest.fixture(params=["memory", "sqlite", "redis"])
def cache(request: pytest.FixtureRequest, tmp_path: Path) -> ResponseCache:
    if request.param == "memory":
        return ResponseCache(MemoryStore())
    if request.param == "sqlite":
        return ResponseCache(str(tmp_path / "cache.db"))
    import uuid

    store = llmrouter.backends.open_store(request.getfixturevalue("redis_server"))  # type: ignore[attr-defined]
    store.prefix = f"llmrouter-test-{uuid.uuid4().hex}:"  # type: ignore[attr-defined]
    return ResponseCache(store)


class Seen:
    def __init__(self) -> None:
        self.calls: list[dict[str, Any]] = []

    def after_response(self, ctx: CallContext) -> None:
        self.calls.append(
            {"hit": ctx.cache_hit, "cost": ctx.cost_usd, "saved": ctx.annotations.get("saved_cost_usd")}
        )


def test_a_repeated_request_makes_no_vendor_request(scripted: ScriptedProvider, cache: ResponseCache) -> None:
    seen = Seen()
    first = llmrouter.completion("scripted/m", USER, hooks=[seen, cache])
    second = llmrouter.completion("scripted/m", USER, hooks=[seen, cache])
    assert len(scripted.requests) == 1
    assert second.content == first.content and second.model_dump() == first.model_dump()
    assert [c["hit"] for c in seen.calls] == [False, True]
    assert seen.calls[1]["cost"] == 0.0 and seen.calls[1]["saved"] == pytest.approx(seen.calls[0]["cost"])
    assert second.cost_usd == 0.0
    llmrouter.completion("scripted/m", USER, temperature=0.5, hooks=[cache])  # another parameter, another key
    llmrouter.completion("scripted/m", USER, user="someone-else", hooks=[cache])  # scoped by user
    llmrouter.completion("scripted/m", USER, cache=False, hooks=[cache])  # per-call opt-out
    assert len(scripted.requests) == 4


def test_a_cached_stream_equals_the_original(scripted: ScriptedProvider, cache: ResponseCache) -> None:
    with llmrouter.completion("scripted/m", USER, stream=True, hooks=[cache]) as stream:
        original = "".join(c.content or "" for c in stream)
    with llmrouter.completion("scripted/m", USER, stream=True, hooks=[cache]) as again:
        replayed = "".join(c.content or "" for c in again)
    assert replayed == original == "Hello there" and len(scripted.requests) == 1
    assert again.completion is not None and stream.completion is not None
    assert again.completion.finish_reason == stream.completion.finish_reason == "stop"
    assert again.completion.usage == stream.completion.usage


def test_a_stream_closed_early_is_not_cached(scripted: ScriptedProvider) -> None:
    cache = ResponseCache(MemoryStore())
    stream = llmrouter.completion("scripted/m", USER, stream=True, hooks=[cache])
    next(stream)
    stream.close()
    llmrouter.completion("scripted/m", USER, hooks=[cache])
    assert len(scripted.requests) == 2


def test_errors_and_n_above_one_are_never_cached(scripted: ScriptedProvider) -> None:
    cache = ResponseCache(MemoryStore())
    scripted.errors = [llmrouter.ProviderError("boom")]
    with pytest.raises(llmrouter.ProviderError):
        llmrouter.completion("scripted/m", USER, num_retries=0, hooks=[cache])
    llmrouter.completion("scripted/m", USER, hooks=[cache])
    assert len(scripted.requests) == 2 and cache.hits == 0
    llmrouter.completion("scripted/m", USER, n=2, hooks=[cache])
    llmrouter.completion("scripted/m", USER, n=2, hooks=[cache])
    assert len(scripted.requests) == 4  # several different replies were asked for: never from the cache


async def test_async_calls_hit_the_same_cache(scripted: ScriptedProvider, cache: ResponseCache) -> None:
    await llmrouter.acompletion("scripted/m", USER, hooks=[cache])
    reply = await llmrouter.acompletion("scripted/m", USER, hooks=[cache])
    assert reply.content == "Hello there" and len(scripted.requests) == 1


def test_keys_and_values_hold_redacted_text_only_and_each_caller_gets_their_values_back() -> None:
    store = MemoryStore()
    cache = ResponseCache(store)
    messages = [{"role": "user", "content": "Write a one-line greeting to jane.doe@example.com."}]
    cassette = CASSETTES / "quickstart.yaml"
    with use_cassette(cassette, match_on=("method", "host", "path")) as sent:
        first = llmrouter.completion(
            "openai/gpt-4o-mini", messages, api_key="sk-replay-only-0000", hooks=[Redactor(), cache]
        )
    with use_cassette(cassette, match_on=("method", "host", "path")) as sent_again:
        second = llmrouter.completion(
            "openai/gpt-4o-mini", messages, api_key="sk-replay-only-0000", hooks=[Redactor(), cache]
        )
    assert len(sent) == 1 and sent_again == []
    assert second.content == first.content
    stored = b"".join(value for value, _ in store._cache.values()).decode()
    assert "jane.doe@example.com" not in stored and "jane.doe@example.com" not in "".join(store._cache)
    assert json.loads(sent[0].body)["messages"][-1]["content"].endswith("<EMAIL_1>.")


def test_the_key_covers_what_changes_the_reply() -> None:
    from llmrouter.request import ChatRequest
    from llmrouter.types import Message

    def key(**changes: Any) -> str:
        fields: dict[str, Any] = {
            "model": "m",
            "messages": [Message(role="user", content="hi")],
            "params": {},
        }
        fields.update(changes)
        return cache_key(CallContext(request=ChatRequest(**fields), model="p/m", provider="p"))

    base = key()
    assert base == key()
    assert (
        len(
            {
                base,
                key(model="m2"),
                key(params={"temperature": 0.1}),
                key(api_key="k-123456789"),
                key(api_base="http://127.0.0.1:1/v1"),
                key(extra_body={"seed": 1}),
                key(messages=[Message(role="user", content="hello")]),
            }
        )
        == 7
    )
