"""Streams as the caller sees them, and the one assembler that turns chunks into a reply.

Every provider yields ``chat.completion.chunk`` objects; :class:`StreamAssembler` is the single
place that says what a sequence of chunks means (text, reasoning, tool calls by index, finish
reason, usage), so a streamed reply and its assembled ``ChatCompletion`` cannot disagree.
"""

from __future__ import annotations

import logging
import time
from collections.abc import AsyncIterator, Callable, Iterable, Iterator
from dataclasses import dataclass, field
from types import TracebackType
from typing import TYPE_CHECKING, Any

from .types import (
    ChatCompletion,
    ChatCompletionChunk,
    ChatCompletionMessage,
    Choice,
    ChunkChoice,
    Delta,
    FinishReason,
    FunctionCall,
    ThinkingBlock,
    ToolCall,
    ToolCallDelta,
    ToolCallFunctionDelta,
    Usage,
)

if TYPE_CHECKING:
    from .errors import LLMRouterError

__all__ = [
    "AsyncCompletionStream",
    "CompletionStream",
    "SSEDecoder",
    "SSEPayloads",
    "StreamAssembler",
    "chunks_of",
    "sse_events",
]


@dataclass
class _ToolCallState:
    id: str | None = None
    name: str = ""
    arguments: list[str] = field(default_factory=list)


@dataclass
class _ChoiceState:
    content: list[str] = field(default_factory=list)
    reasoning: list[str] = field(default_factory=list)
    refusal: list[str] = field(default_factory=list)
    thinking_blocks: list[ThinkingBlock] = field(default_factory=list)
    tool_calls: dict[int, _ToolCallState] = field(default_factory=dict)
    finish_reason: FinishReason | None = None
    logprobs: list[Any] = field(default_factory=list)
    extras: dict[str, Any] = field(default_factory=dict)


def _merge_extras(into: dict[str, Any], extra: dict[str, Any]) -> None:
    """Vendor-specific delta fields (Cohere's ``tool_plan``, ...): text is concatenated like
    content, anything else keeps its last value, so the assembled message keeps them too."""
    for key, value in extra.items():
        if value is None:
            continue
        previous = into.get(key)
        into[key] = previous + value if isinstance(value, str) and isinstance(previous, str) else value


class StreamAssembler:
    """Accumulates chunks; :meth:`result` is the reply the same call would have given unstreamed."""

    __slots__ = ("_choices", "_created", "_id", "_model", "_tier", "chunks", "usage")

    def __init__(self) -> None:
        self._choices: dict[int, _ChoiceState] = {}
        self._id = ""
        self._model = ""
        self._created = 0
        self._tier: Any = None
        self.usage: Usage | None = None
        self.chunks = 0

    def add(self, chunk: ChatCompletionChunk) -> None:
        self.chunks += 1
        if not self._id:
            self._id, self._model, self._created = chunk.id, chunk.model, chunk.created
            if chunk.__pydantic_extra__:  # the tier the reply is billed in (OpenAI's service_tier)
                self._tier = chunk.__pydantic_extra__.get("service_tier")
        if chunk.usage is not None:
            self.usage = chunk.usage
        for choice in chunk.choices:
            state = self._choices.get(choice.index)
            if state is None:
                state = self._choices[choice.index] = _ChoiceState()
            delta = choice.delta
            if delta.content:
                state.content.append(delta.content)
            if delta.reasoning_content:
                state.reasoning.append(delta.reasoning_content)
            if delta.refusal:
                state.refusal.append(delta.refusal)
            if delta.thinking_blocks:
                state.thinking_blocks.extend(delta.thinking_blocks)
            if delta.tool_calls:
                for call in delta.tool_calls:
                    tool = state.tool_calls.get(call.index)
                    if tool is None:
                        tool = state.tool_calls[call.index] = _ToolCallState()
                    if call.id:
                        tool.id = call.id
                    function = call.function
                    if function is not None:
                        if function.name:
                            tool.name += function.name
                        if function.arguments:
                            tool.arguments.append(function.arguments)
            if delta.__pydantic_extra__:
                _merge_extras(state.extras, delta.__pydantic_extra__)
            if choice.finish_reason is not None:
                state.finish_reason = choice.finish_reason
            if choice.logprobs is not None:
                state.logprobs.append(choice.logprobs)

    def result(self) -> ChatCompletion:
        choices = []
        for index in sorted(self._choices):
            state = self._choices[index]
            tool_calls = [
                ToolCall(
                    id=tool.id or f"call_{self._id}_{index}_{position}",
                    function=FunctionCall(name=tool.name, arguments="".join(tool.arguments)),
                )
                for position, tool in sorted(state.tool_calls.items())
            ]
            message = ChatCompletionMessage(
                content="".join(state.content) if state.content else None,
                refusal="".join(state.refusal) if state.refusal else None,
                tool_calls=tool_calls or None,
                reasoning_content="".join(state.reasoning) if state.reasoning else None,
                thinking_blocks=state.thinking_blocks or None,
                **state.extras,
            )
            choices.append(Choice(index=index, message=message, finish_reason=state.finish_reason))
        tier = {} if self._tier is None else {"service_tier": self._tier}
        return ChatCompletion(
            id=self._id,
            created=self._created or int(time.time()),
            model=self._model,
            choices=choices,
            usage=self.usage,
            **tier,
        )


class SSEDecoder:
    """Server-sent events from text lines, for providers that read a stream's body themselves
    rather than through their SDK's event models: ``event:`` names the event, ``data:`` lines are
    joined with newlines, a blank line ends the event; comments and other fields are ignored."""

    __slots__ = ("data", "event")

    def __init__(self) -> None:
        self.event: str | None = None
        self.data: list[str] = []

    def feed(self, line: str) -> list[tuple[str | None, str]]:
        """The events ``line`` completes (none or one), as ``(event name, data)``."""
        if not line:
            return self.end()
        if line.startswith("data:"):
            value = line[5:]
            self.data.append(value[1:] if value.startswith(" ") else value)
        elif line.startswith("event:"):
            value = line[6:]
            self.event = value[1:] if value.startswith(" ") else value
        return []

    def end(self) -> list[tuple[str | None, str]]:
        """The event still open when the body ends without a blank line, if any."""
        out = [(self.event, "\n".join(self.data))] if self.event is not None or self.data else []
        self.event, self.data = None, []
        return out


class SSEPayloads:
    """A stream body's lines to its events' data, as the vendor SDKs read them: ``[DONE]`` ends the
    stream (:attr:`done`), events with empty data are skipped. For providers that parse each
    event's JSON themselves, once, into our chunks."""

    __slots__ = ("decoder", "done")

    def __init__(self) -> None:
        self.decoder = SSEDecoder()
        self.done = False

    def feed(self, line: str) -> list[str]:
        """The data of the event ``line`` completes, if any."""
        return self._read(self.decoder.feed(line))

    def end(self) -> list[str]:
        """The data of the event still open when the body ends (nothing after ``[DONE]``)."""
        return [] if self.done else self._read(self.decoder.end())

    def _read(self, events: list[tuple[str | None, str]]) -> list[str]:
        out: list[str] = []
        for _event, data in events:
            if data == "[DONE]":
                self.done = True
                break
            if data:
                out.append(data)
        return out


def sse_events(lines: Iterable[str]) -> Iterator[tuple[str | None, str]]:
    """``(event name, data)`` for each server-sent event in ``lines``."""
    decoder = SSEDecoder()
    for line in lines:
        yield from decoder.feed(line)
    yield from decoder.end()


def chunks_of(completion: ChatCompletion) -> list[ChatCompletionChunk]:
    """A whole reply as the chunks a stream of it would carry (one content chunk per choice, then
    the finish reasons, then usage), so a reply from a cache can be served to a streaming caller and
    assembles back to the same reply."""

    def chunk(choices: list[ChunkChoice], usage: Usage | None = None) -> ChatCompletionChunk:
        return ChatCompletionChunk(
            id=completion.id, created=completion.created, model=completion.model, choices=choices, usage=usage
        )

    chunks = []
    for choice in completion.choices:
        message = choice.message
        tool_calls = [
            ToolCallDelta(
                index=position,
                id=call.id,
                type="function",
                function=ToolCallFunctionDelta(name=call.function.name, arguments=call.function.arguments),
            )
            for position, call in enumerate(message.tool_calls or ())
        ]
        delta = Delta(
            role="assistant",
            content=message.content,
            refusal=message.refusal,
            reasoning_content=message.reasoning_content,
            thinking_blocks=message.thinking_blocks,
            tool_calls=tool_calls or None,
            **(message.__pydantic_extra__ or {}),
        )
        chunks.append(chunk([ChunkChoice(index=choice.index, delta=delta)]))
        chunks.append(
            chunk([ChunkChoice(index=choice.index, delta=Delta(), finish_reason=choice.finish_reason)])
        )
    if completion.usage is not None:
        chunks.append(chunk([], completion.usage))
    return chunks


class _StreamBase:
    """The state both stream shells share; the shells only do the (a)sync iteration."""

    def __init__(
        self,
        *,
        show_usage: bool,
        on_chunk: Callable[[ChatCompletionChunk], Any] | None,
        finish: Callable[[ChatCompletion, bool], Any],
        fail: Callable[[BaseException], Any],
    ) -> None:
        self._assembler = StreamAssembler()
        self._show_usage = show_usage
        self._on_chunk = on_chunk
        self._finish_cb = finish
        self._fail_cb = fail
        self._done = False
        self.completion: ChatCompletion | None = None
        """The assembled reply, set once the stream has ended (consumed, closed or failed)."""

    def _visible(self, chunk: ChatCompletionChunk) -> bool:
        self._assembler.add(chunk)
        return self._show_usage or bool(chunk.choices) or chunk.usage is None

    @property
    def usage(self) -> Usage | None:
        return self._assembler.usage


class CompletionStream(_StreamBase):
    """A sync stream of chunks; a context manager; ``.completion`` holds the assembled reply."""

    def __init__(self, source: Iterator[ChatCompletionChunk], **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._source = source

    def __iter__(self) -> CompletionStream:
        return self

    def __next__(self) -> ChatCompletionChunk:
        while not self._done:
            try:
                chunk = next(self._source)
            except StopIteration:
                self._end(complete=True)
                break
            except Exception as exc:
                raise self._error(exc) from exc
            if self._on_chunk is not None:
                try:
                    chunk = self._on_chunk(chunk)
                except Exception as exc:
                    self._close_source()
                    raise self._error(exc) from exc
            if self._visible(chunk):
                return chunk
        raise StopIteration

    def _close_source(self) -> None:
        close = getattr(self._source, "close", None)
        if close is not None:
            close()

    def _end(self, *, complete: bool) -> None:
        if self._done:
            return
        self._done = True
        self.completion = self._assembler.result()
        self._finish_cb(self.completion, complete)

    def _error(self, exc: BaseException) -> LLMRouterError:
        self._done = True
        self.completion = self._assembler.result()
        return self._fail_cb(exc)  # type: ignore[no-any-return]

    def close(self) -> None:
        """Stops the stream early: closes the HTTP response and fires the end hooks once."""
        if not self._done:
            self._close_source()
            self._end(complete=False)

    def __del__(self) -> None:
        # Abandoned without close() or a with-block: release the connection and end the call
        # once, as close() would, so no hook is left waiting for an end that never comes.
        if not getattr(self, "_done", True):
            try:
                self.close()
            except Exception:  # a finaliser must not raise; the hooks have logged their own
                logging.getLogger("llmrouter").warning("closing an abandoned stream failed", exc_info=True)

    def get_final_completion(self) -> ChatCompletion:
        """Consumes what is left and returns the assembled reply."""
        for _ in self:
            pass
        assert self.completion is not None
        return self.completion

    def __enter__(self) -> CompletionStream:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


class AsyncCompletionStream(_StreamBase):
    """The async twin of :class:`CompletionStream`."""

    def __init__(self, source: AsyncIterator[ChatCompletionChunk], **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._source = source
        import asyncio

        self._loop: asyncio.AbstractEventLoop | None = asyncio.get_running_loop()

    def __aiter__(self) -> AsyncCompletionStream:
        return self

    async def __anext__(self) -> ChatCompletionChunk:
        while not self._done:
            try:
                chunk = await self._source.__anext__()
            except StopAsyncIteration:
                await self._end(complete=True)
                break
            except Exception as exc:
                raise (await self._error(exc)) from exc
            except BaseException:
                # The consuming task was cancelled: the caller stopped reading, as with aclose().
                await self.aclose()
                raise
            if self._on_chunk is not None:
                try:
                    chunk = await self._on_chunk(chunk)
                except Exception as exc:
                    await self._close_source()
                    raise (await self._error(exc)) from exc
            if self._visible(chunk):
                return chunk
        raise StopAsyncIteration

    async def _close_source(self) -> None:
        close = getattr(self._source, "aclose", None)
        if close is not None:
            await close()

    async def _end(self, *, complete: bool) -> None:
        if self._done:
            return
        self._done = True
        self.completion = self._assembler.result()
        await self._finish_cb(self.completion, complete)

    async def _error(self, exc: BaseException) -> LLMRouterError:
        self._done = True
        self.completion = self._assembler.result()
        return await self._fail_cb(exc)  # type: ignore[no-any-return]

    async def aclose(self) -> None:
        if not self._done:
            try:
                await self._close_source()
            finally:
                await self._end(complete=False)

    def __del__(self) -> None:
        # Abandoned: finish on the loop the stream belongs to (hooks may be async), once.
        if getattr(self, "_done", True):
            return
        loop = self._loop
        if loop is None or loop.is_closed():
            return
        try:
            loop.call_soon_threadsafe(_finish_abandoned, self)
        except RuntimeError:  # the loop is shutting down
            pass

    async def get_final_completion(self) -> ChatCompletion:
        async for _ in self:
            pass
        assert self.completion is not None
        return self.completion

    async def __aenter__(self) -> AsyncCompletionStream:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.aclose()


_abandoned: set[Any] = set()


def _finish_abandoned(stream: AsyncCompletionStream) -> None:
    task = stream._loop.create_task(stream.aclose()) if stream._loop is not None else None
    if task is not None:
        _abandoned.add(task)  # a task nobody holds may be collected before it runs
        task.add_done_callback(_abandoned.discard)
