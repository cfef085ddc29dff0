"""Hook order, rewriting, blocking, stream events and failures, sync and async."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from typing import Any

import pytest

import llmrouter
from llmrouter import CallContext, ChatCompletionChunk, HookError, SecurityViolation
from llmrouter.hooks.base import HookPlan
from llmrouter.types import Message
from tests.fakes import ScriptedProvider

USER = [{"role": "user", "content": "hi"}]


@pytest.fixture
def scripted() -> Iterator[ScriptedProvider]:
    provider = ScriptedProvider()
    llmrouter.register_provider("scripted", provider)
    yield provider
    llmrouter.unregister_provider("scripted")


class Recorder:
    def __init__(self, name: str, log: list[str]) -> None:
        self.name, self.log = name, log

    def before_request(self, ctx: CallContext) -> None:
        self.log.append(f"before:{self.name}")

    def after_response(self, ctx: CallContext) -> None:
        self.log.append(f"after:{self.name}")

    def on_stream_end(self, ctx: CallContext) -> None:
        self.log.append(f"end:{self.name}")

    def on_error(self, ctx: CallContext, error: Exception) -> None:
        self.log.append(f"error:{self.name}:{type(error).__name__}")


def test_order_is_global_router_call_before_and_reverse_after(scripted: ScriptedProvider) -> None:
    log: list[str] = []
    llmrouter.add_hook(Recorder("global", log))
    router = llmrouter.Router(hooks=[Recorder("router", log)])
    router.completion("scripted/m", USER, hooks=[Recorder("call", log)])
    assert log == [
        "before:global",
        "before:router",
        "before:call",
        "after:call",
        "after:router",
        "after:global",
    ]


def test_context_carries_request_user_metadata_usage_and_timings(scripted: ScriptedProvider) -> None:
    seen: dict[str, Any] = {}

    class Inspect:
        def before_request(self, ctx: CallContext) -> None:
            seen["before"] = (
                ctx.provider,
                ctx.model,
                ctx.model_id,
                ctx.user,
                ctx.metadata,
                ctx.attempt,
                ctx.response,
            )

        def after_response(self, ctx: CallContext) -> None:
            seen["usage"] = ctx.usage
            seen["duration"] = ctx.timings["duration_s"]
            seen["content"] = ctx.response.content if ctx.response else None

    llmrouter.completion("scripted/m", USER, user="u-1", metadata={"tenant": "t"}, hooks=[Inspect()])
    assert seen["before"] == ("scripted", "scripted/m", "m", "u-1", {"tenant": "t"}, 1, None)
    assert seen["usage"].total_tokens == 7 and seen["duration"] >= 0 and seen["content"] == "Hello there"


def test_pre_hook_rewrites_the_request_and_post_hook_the_reply(scripted: ScriptedProvider) -> None:
    class Rewrite:
        def before_request(self, ctx: CallContext) -> None:
            ctx.messages = [Message(role="system", content="added"), *ctx.messages]
            ctx.params["temperature"] = 0.0

        def after_response(self, ctx: CallContext) -> None:
            assert ctx.response is not None and ctx.response.message is not None
            ctx.response.message.content = ctx.response.message.content.upper()  # type: ignore[union-attr]

    messages = [{"role": "user", "content": "hi"}]
    reply = llmrouter.completion("scripted/m", messages, hooks=[Rewrite()])
    sent = scripted.requests[0]
    assert [m.role for m in sent.messages] == ["system", "user"] and sent.params["temperature"] == 0.0
    assert reply.content == "HELLO THERE"
    assert messages == [{"role": "user", "content": "hi"}]


def test_blocking_pre_hook_stops_the_call_and_fires_on_error(scripted: ScriptedProvider) -> None:
    log: list[str] = []

    class Block:
        def before_request(self, ctx: CallContext) -> None:
            raise SecurityViolation("blocked by policy", details={"reasons": ["test"]})

    with pytest.raises(SecurityViolation) as caught:
        llmrouter.completion("scripted/m", USER, hooks=[Recorder("log", log), Block()])
    assert caught.value.status == 403 and caught.value.details == {"reasons": ["test"]}
    assert scripted.requests == []
    assert log == ["before:log", "error:log:SecurityViolation"]


def test_unexpected_hook_exception_becomes_hook_error_naming_the_hook(scripted: ScriptedProvider) -> None:
    class Broken:
        name = "broken-hook"

        def after_response(self, ctx: CallContext) -> None:
            raise KeyError("oops")

    with pytest.raises(HookError) as caught:
        llmrouter.completion("scripted/m", USER, hooks=[Broken()])
    assert caught.value.hook == "broken-hook" and "after_response" in caught.value.message
    assert isinstance(caught.value.__cause__, KeyError)


def test_an_async_only_hook_runs_in_async_calls_and_is_refused_by_sync_ones_before_any_io(
    scripted: ScriptedProvider,
) -> None:
    log: list[str] = []

    class AsyncHook:
        async def before_request(self, ctx: CallContext) -> None:
            await asyncio.sleep(0)
            log.append("async-before")

        async def after_response(self, ctx: CallContext) -> None:
            log.append("async-after")

    asyncio.run(llmrouter.acompletion("scripted/m", USER, hooks=[AsyncHook()]))
    assert log == ["async-before", "async-after"]
    with pytest.raises(HookError, match="acompletion") as caught:
        llmrouter.completion("scripted/m", USER, hooks=[AsyncHook()])
    assert caught.value.code == "async_hook_in_sync_call"
    assert len(scripted.requests) == 1  # the refused sync call made no request
    assert log == ["async-before", "async-after"]


def test_a_hook_with_both_forms_runs_each_in_its_own_kind_of_call(scripted: ScriptedProvider) -> None:
    log: list[str] = []

    class Both:
        def before_request(self, ctx: CallContext) -> None:
            log.append("sync")

        async def abefore_request(self, ctx: CallContext) -> None:
            log.append("async")

    llmrouter.completion("scripted/m", USER, hooks=[Both()])
    asyncio.run(llmrouter.acompletion("scripted/m", USER, hooks=[Both()]))
    assert log == ["sync", "async"]


def test_stream_fires_end_hooks_once_when_consumed(scripted: ScriptedProvider) -> None:
    log: list[str] = []
    stream = llmrouter.completion("scripted/m", USER, stream=True, hooks=[Recorder("h", log)])
    text = "".join(chunk.content or "" for chunk in stream)
    stream.close()
    assert text == "Hello there"
    assert log == ["before:h", "end:h", "after:h"]
    assert stream.completion is not None and stream.completion.usage is not None


def test_stream_closed_early_fires_end_hooks_once_and_closes_the_source(scripted: ScriptedProvider) -> None:
    log: list[str] = []
    with llmrouter.completion("scripted/m", USER, stream=True, hooks=[Recorder("h", log)]) as stream:
        next(iter(stream))
    assert log == ["before:h", "end:h", "after:h"]
    assert scripted.closed == 1
    assert list(stream) == []


def test_stream_failure_fires_on_error_not_after_response(scripted: ScriptedProvider) -> None:
    log: list[str] = []
    scripted.fail_after_chunks = 2
    stream = llmrouter.completion("scripted/m", USER, stream=True, hooks=[Recorder("h", log)])
    with pytest.raises(llmrouter.ProviderError, match="mid-stream"):
        list(stream)
    assert log == ["before:h", "end:h", "error:h:ProviderError"]  # every stream ends, then fails once


def test_errors_before_the_first_chunk_raise_from_completion_itself(scripted: ScriptedProvider) -> None:
    scripted.errors = [llmrouter.AuthenticationError("bad key")]
    with pytest.raises(llmrouter.AuthenticationError):
        llmrouter.completion("scripted/m", USER, stream=True)


def test_usage_chunk_hidden_unless_asked(scripted: ScriptedProvider) -> None:
    hidden = list(llmrouter.completion("scripted/m", USER, stream=True))
    shown = list(
        llmrouter.completion("scripted/m", USER, stream=True, stream_options={"include_usage": True})
    )
    assert all(chunk.choices for chunk in hidden)
    assert not shown[-1].choices and shown[-1].usage is not None and shown[-1].usage.total_tokens == 7


def test_chunk_hooks_may_replace_chunks_and_the_assembled_reply_follows(scripted: ScriptedProvider) -> None:
    class Shout:
        def on_chunk(self, ctx: CallContext, chunk: ChatCompletionChunk) -> ChatCompletionChunk | None:
            if chunk.choices and chunk.choices[0].delta.content:
                return chunk.model_copy(
                    update={
                        "choices": [
                            chunk.choices[0].model_copy(
                                update={
                                    "delta": chunk.choices[0].delta.model_copy(
                                        update={"content": chunk.choices[0].delta.content.upper()}
                                    )
                                }
                            )
                        ]
                    }
                )
            return None

    stream = llmrouter.completion("scripted/m", USER, stream=True, hooks=[Shout()])
    assert "".join(c.content or "" for c in stream) == "HELLO THERE"
    assert stream.completion is not None and stream.completion.content == "HELLO THERE"


def test_plan_asks_nothing_per_chunk_when_no_hook_wants_chunks() -> None:
    plan = HookPlan.build([[Recorder("a", [])], []], is_async=False)
    assert plan.on_chunk == () and len(plan.before_request) == 1
    assert HookPlan.build([[], []], is_async=False).empty


async def test_async_stream_fires_hooks_and_assembles(scripted: ScriptedProvider) -> None:
    log: list[str] = []
    stream = await llmrouter.acompletion("scripted/m", USER, stream=True, hooks=[Recorder("h", log)])
    async with stream:
        text = "".join([chunk.content or "" async for chunk in stream])
    assert text == "Hello there" and log == ["before:h", "end:h", "after:h"]
    assert stream.completion is not None and stream.completion.content == "Hello there"


async def test_async_stream_closed_early(scripted: ScriptedProvider) -> None:
    log: list[str] = []
    stream = await llmrouter.acompletion("scripted/m", USER, stream=True, hooks=[Recorder("h", log)])
    async for _ in stream:
        break
    await stream.aclose()
    assert log == ["before:h", "end:h", "after:h"] and scripted.closed == 1


def test_remove_hook_and_repr_without_text(scripted: ScriptedProvider) -> None:
    log: list[str] = []
    hook = Recorder("g", log)
    llmrouter.add_hook(hook)
    llmrouter.remove_hook(hook)
    llmrouter.completion("scripted/m", USER)
    assert log == []
    with pytest.raises(llmrouter.InvalidRequestError):
        llmrouter.remove_hook(hook)
    captured: list[str] = []

    class Capture:
        def after_response(self, ctx: CallContext) -> None:
            captured.append(repr(ctx))

    llmrouter.completion("scripted/m", [{"role": "user", "content": "my secret words"}], hooks=[Capture()])
    assert "secret words" not in captured[0] and "Hello there" not in captured[0]
