"""The hook contract's guarantees (llmrouter/hooks/base.py): exactly one end per call for every
way a stream ends, an event per attempt, hooks that answer calls, embeddings through hooks, and
registration that refuses hooks which would silently never run."""

from __future__ import annotations

import asyncio
import gc
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import llmrouter
from llmrouter import Attempt, CallContext, HookError, InvalidRequestError, RateLimitError
from llmrouter.errors import LLMRouterError, ProviderError
from llmrouter.hooks import Redactor
from llmrouter.testing import use_cassette
from llmrouter.types import ChatCompletion, ChatCompletionMessage, Choice, Usage
from tests.fakes import ScriptedProvider

USER = [{"role": "user", "content": "hi"}]
CASSETTES = Path(__file__).resolve().parents[2] / "cassettes"


@pytest.fixture
def scripted() -> Iterator[ScriptedProvider]:
    provider = ScriptedProvider()
    llmrouter.register_provider("scripted", provider)
    yield provider
    llmrouter.unregister_provider("scripted")


class Ends:
    """Counts how each call ended."""

    def __init__(self) -> None:
        self.log: list[str] = []
        self.complete: list[bool] = []

    def on_stream_end(self, ctx: CallContext) -> None:
        self.log.append("stream_end")

    def after_response(self, ctx: CallContext) -> None:
        self.log.append("after_response")
        self.complete.append(ctx.complete)

    def on_error(self, ctx: CallContext, error: LLMRouterError) -> None:
        self.log.append(f"on_error:{error.code}")


# --------------------------------------------------------------------------------------------
# Exactly once, for every way a stream ends
# --------------------------------------------------------------------------------------------


def test_sync_stream_consumed(scripted: ScriptedProvider) -> None:
    ends = Ends()
    with llmrouter.completion("scripted/m", USER, stream=True, hooks=[ends]) as stream:
        assert "".join(c.content or "" for c in stream) == "Hello there"
    assert ends.log == ["stream_end", "after_response"] and ends.complete == [True]


def test_sync_stream_closed_early(scripted: ScriptedProvider) -> None:
    ends = Ends()
    stream = llmrouter.completion("scripted/m", USER, stream=True, hooks=[ends])
    next(stream)
    stream.close()
    stream.close()
    assert ends.log == ["stream_end", "after_response"] and ends.complete == [False]
    assert scripted.closed == 1


def test_sync_stream_abandoned_and_collected(scripted: ScriptedProvider) -> None:
    ends = Ends()
    stream = llmrouter.completion("scripted/m", USER, stream=True, hooks=[ends])
    next(stream)
    del stream
    gc.collect()
    assert ends.log == ["stream_end", "after_response"] and ends.complete == [False]
    assert scripted.closed == 1  # the source (the HTTP response) was released


def test_sync_stream_failed_midway(scripted: ScriptedProvider) -> None:
    ends = Ends()
    scripted.fail_after_chunks = 2
    stream = llmrouter.completion("scripted/m", USER, stream=True, hooks=[ends])
    with pytest.raises(ProviderError):
        list(stream)
    stream.close()
    assert ends.log == ["stream_end", "on_error:api_error"]


async def test_async_stream_consumed_closed_and_failed(scripted: ScriptedProvider) -> None:
    consumed, closed, failed = Ends(), Ends(), Ends()
    async with await llmrouter.acompletion("scripted/m", USER, stream=True, hooks=[consumed]) as stream:
        assert "".join([c.content or "" async for c in stream]) == "Hello there"
    stream = await llmrouter.acompletion("scripted/m", USER, stream=True, hooks=[closed])
    await stream.__anext__()
    await stream.aclose()
    await stream.aclose()
    scripted.fail_after_chunks = 2
    stream = await llmrouter.acompletion("scripted/m", USER, stream=True, hooks=[failed])
    with pytest.raises(ProviderError):
        async for _ in stream:
            pass
    assert consumed.log == ["stream_end", "after_response"] and consumed.complete == [True]
    assert closed.log == ["stream_end", "after_response"] and closed.complete == [False]
    assert failed.log == ["stream_end", "on_error:api_error"]


async def test_async_stream_abandoned_and_collected(scripted: ScriptedProvider) -> None:
    ends = Ends()
    stream = await llmrouter.acompletion("scripted/m", USER, stream=True, hooks=[ends])
    await stream.__anext__()
    del stream
    gc.collect()
    for _ in range(5):  # the end runs as a task on the stream's own loop
        await asyncio.sleep(0)
    assert ends.log == ["stream_end", "after_response"] and ends.complete == [False]
    assert scripted.closed == 1


async def test_async_stream_task_cancelled(scripted: ScriptedProvider) -> None:
    ends = Ends()
    gate = asyncio.Event()

    class Slow(ScriptedProvider):
        async def astream(self, request: Any) -> Any:
            self.requests.append(request)
            try:
                for chunk in self._chunks()[:2]:
                    yield chunk
                await gate.wait()  # the vendor stalls mid-stream
            finally:
                self.closed += 1

    slow = Slow(name="slow")
    llmrouter.register_provider("slow", slow)
    try:

        async def consume() -> None:
            async for _ in await llmrouter.acompletion("slow/m", USER, stream=True, hooks=[ends]):
                pass

        task = asyncio.create_task(consume())
        for _ in range(10):
            await asyncio.sleep(0)
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
    finally:
        llmrouter.unregister_provider("slow")
    assert ends.log == ["stream_end", "after_response"] and ends.complete == [False]
    assert slow.closed == 1


async def test_a_cancelled_async_call_fires_on_error_once(scripted: ScriptedProvider) -> None:
    ends = Ends()

    class Stall(ScriptedProvider):
        async def acomplete(self, request: Any) -> ChatCompletion:
            await asyncio.Event().wait()
            raise AssertionError("unreachable")

    llmrouter.register_provider("stall", Stall(name="stall"))
    try:
        task = asyncio.create_task(llmrouter.acompletion("stall/m", USER, hooks=[ends]))
        for _ in range(5):
            await asyncio.sleep(0)
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
    finally:
        llmrouter.unregister_provider("stall")
    assert ends.log == ["on_error:cancelled"]


# --------------------------------------------------------------------------------------------
# Attempts: retries and fallbacks are visible
# --------------------------------------------------------------------------------------------


class Attempts:
    def __init__(self) -> None:
        self.seen: list[Attempt] = []

    def on_attempt(self, ctx: CallContext, attempt: Attempt) -> None:
        self.seen.append(attempt)


def test_each_retry_and_fallback_is_an_attempt_event(waits: list[float]) -> None:
    first, second = ScriptedProvider(name="first"), ScriptedProvider(name="second", text="backup")
    llmrouter.register_provider("first", first)
    llmrouter.register_provider("second", second)
    try:
        first.errors = [RateLimitError("slow", retry_after=1.5), RateLimitError("slow", retry_after=2.5)] * 2
        watch = Attempts()
        reply = llmrouter.completion("first/a", USER, num_retries=1, fallbacks=["second/b"], hooks=[watch])
    finally:
        llmrouter.unregister_provider("first")
        llmrouter.unregister_provider("second")
    assert reply.content == "backup"
    assert [(a.number, a.target, a.retry, a.provider, a.model, a.ok) for a in watch.seen] == [
        (1, 0, 0, "first", "a", False),
        (2, 0, 1, "first", "a", False),
        (3, 1, 0, "second", "b", True),
    ]
    assert isinstance(watch.seen[0].error, RateLimitError)
    assert watch.seen[2].usage == Usage.of(5, 2)
    assert all(a.duration_s >= 0 for a in watch.seen)
    assert waits == [1.5]  # the one retry waited what Retry-After asked


def test_a_streamed_attempt_is_reported_when_the_stream_ends(scripted: ScriptedProvider) -> None:
    watch = Attempts()
    scripted.errors = [ProviderError("boom")]
    stream = llmrouter.completion(
        "scripted/m", USER, stream=True, stream_options={"include_usage": True}, hooks=[watch]
    )
    assert len(watch.seen) == 1 and not watch.seen[0].ok  # the failure before the first chunk
    list(stream)
    assert [a.ok for a in watch.seen] == [False, True]
    assert watch.seen[1].usage == Usage.of(5, 2)


def test_retries_are_on_by_default_with_backoff_and_jitter(
    scripted: ScriptedProvider, waits: list[float]
) -> None:
    scripted.errors = [ProviderError("5xx"), ProviderError("5xx")]
    watch = Attempts()
    reply = llmrouter.completion("scripted/m", USER, hooks=[watch])
    assert reply.content == "Hello there" and len(watch.seen) == 3
    assert 0.25 <= waits[0] <= 0.5 and 0.5 <= waits[1] <= 1.0  # 0.5 s doubling, jittered down to half
    scripted.errors = [ProviderError("5xx")] * 3
    with pytest.raises(ProviderError):
        llmrouter.completion("scripted/m", USER)
    assert len(scripted.requests) == 3 + 3


def test_max_retries_is_the_sdk_spelling_of_num_retries(scripted: ScriptedProvider) -> None:
    scripted.errors = [ProviderError("5xx")] * 5
    with pytest.raises(ProviderError):
        llmrouter.completion("scripted/m", USER, max_retries=4)
    assert len(scripted.requests) == 5


# --------------------------------------------------------------------------------------------
# A hook may answer the call
# --------------------------------------------------------------------------------------------


class Canned:
    """Answers every call (the seat a response cache takes)."""

    name = "canned"
    order = 100

    def __init__(self) -> None:
        self.seen_text: list[str] = []

    def before_request(self, ctx: CallContext) -> ChatCompletion:
        self.seen_text.append(ctx.request.messages[-1].text())  # type: ignore[attr-defined]
        return ChatCompletion(
            id="canned",
            created=1,
            model=ctx.model_id,
            choices=[Choice(message=ChatCompletionMessage(content="from the hook"), finish_reason="stop")],
            usage=Usage.of(10, 4),
        )


def test_a_hook_answers_a_call_with_no_vendor_request(scripted: ScriptedProvider) -> None:
    llmrouter.register_price("scripted", "m", llmrouter.Price(input=1.0, output=2.0))
    seen: dict[str, Any] = {}

    class Look:
        def after_response(self, ctx: CallContext) -> None:
            seen.update(
                hit=ctx.cache_hit, by=ctx.answered_by, attempts=list(ctx.attempts), ann=dict(ctx.annotations)
            )

    reply = llmrouter.completion("scripted/m", USER, hooks=[Look(), Canned()])
    assert reply.content == "from the hook" and reply.provider == "scripted"
    assert scripted.requests == []
    assert reply.cost_usd == 0.0
    assert seen["hit"] is True and seen["by"] == "canned" and seen["attempts"] == []
    assert seen["ann"]["saved_cost_usd"] == pytest.approx((10 * 1.0 + 4 * 2.0) / 1e6)


def test_an_answer_keys_on_the_request_as_redaction_left_it(scripted: ScriptedProvider) -> None:
    canned = Canned()
    # the answering hook is listed first but runs last among before_request hooks (its order is high)
    llmrouter.completion(
        "scripted/m", [{"role": "user", "content": "mail ann@example.com"}], hooks=[canned, Redactor()]
    )
    assert canned.seen_text == ["mail <EMAIL_1>"]


def test_an_answered_stream_is_served_as_chunks(scripted: ScriptedProvider) -> None:
    with llmrouter.completion("scripted/m", USER, stream=True, hooks=[Canned()]) as stream:
        chunks = list(stream)
    assert "".join(c.content or "" for c in chunks) == "from the hook"
    assert stream.completion is not None and stream.completion.finish_reason == "stop"
    assert stream.completion.usage == Usage.of(10, 4)
    assert scripted.requests == []


async def test_an_answered_async_stream_is_served_as_chunks(scripted: ScriptedProvider) -> None:
    async with await llmrouter.acompletion("scripted/m", USER, stream=True, hooks=[Canned()]) as stream:
        text = "".join([c.content or "" async for c in stream])
    assert text == "from the hook" and scripted.requests == []


def test_an_answer_of_the_wrong_type_is_a_hook_error(scripted: ScriptedProvider) -> None:
    class Wrong:
        def before_request(self, ctx: CallContext) -> str:
            return "not a reply"

    with pytest.raises(HookError, match="not a ChatCompletion"):
        llmrouter.completion("scripted/m", USER, hooks=[Wrong()])


# --------------------------------------------------------------------------------------------
# Embeddings go through hooks
# --------------------------------------------------------------------------------------------


def test_embedding_input_is_redacted_on_the_wire_and_hooks_see_the_call() -> None:
    seen: list[tuple[str, str, int]] = []

    class Look:
        def after_response(self, ctx: CallContext) -> None:
            seen.append((ctx.operation, ctx.provider, len(ctx.attempts)))

    with use_cassette(
        CASSETTES / "openai/embeddings_float.yaml", match_on=("method", "host", "path")
    ) as sent:
        reply = llmrouter.embedding(
            "openai/text-embedding-3-small",
            ["write to ann@example.com", "card 4111 1111 1111 1111 is a test card"],
            api_key="test-embedding-key",
            hooks=[Redactor(), Look()],
        )
    raw = sent[0].body.decode() if isinstance(sent[0].body, bytes) else str(sent[0].body)
    assert json.loads(raw)["input"][0] == "write to <EMAIL_1>"
    assert "ann@example.com" not in raw
    assert reply.embeddings and seen == [("embedding", "openai", 1)]


# --------------------------------------------------------------------------------------------
# Registration
# --------------------------------------------------------------------------------------------


def test_a_misspelt_hook_method_is_refused_with_did_you_mean() -> None:
    class Typo:
        def before_requests(self, ctx: CallContext) -> None: ...

    with pytest.raises(InvalidRequestError, match="did you mean 'before_request'"):
        llmrouter.add_hook(Typo())
    with pytest.raises(InvalidRequestError, match="did you mean"):
        llmrouter.Router(hooks=[Typo()])


def test_an_object_with_no_hook_event_is_refused(scripted: ScriptedProvider) -> None:
    class Nothing:
        def helper(self) -> None: ...

    with pytest.raises(InvalidRequestError, match="implements no hook event"):
        llmrouter.completion("scripted/m", USER, hooks=[Nothing()])
    assert scripted.requests == []
