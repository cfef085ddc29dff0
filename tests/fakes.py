"""An in-process provider for pipeline tests: it answers from a script instead of HTTP, so the
router, hooks and streams can be exercised without any vendor."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass, field
from typing import Any

from llmrouter.errors import LLMRouterError, ProviderError
from llmrouter.providers.base import BaseProvider, Capabilities, ChatRequest
from llmrouter.types import (
    ChatCompletion,
    ChatCompletionChunk,
    ChatCompletionMessage,
    Choice,
    ChunkChoice,
    Delta,
    Usage,
)


@dataclass
class ScriptedProvider(BaseProvider):
    """Replies with ``text`` (streamed in ``pieces``); raises the queued errors first."""

    name: str = "scripted"
    text: str = "Hello there"
    pieces: int = 3
    errors: list[Exception] = field(default_factory=list)
    fail_after_chunks: int | None = None
    requests: list[ChatRequest] = field(default_factory=list)
    closed: int = 0
    requires_key: bool = False
    capabilities: Capabilities = field(default_factory=Capabilities)

    def __post_init__(self) -> None:
        BaseProvider.__init__(self)

    def _next_error(self) -> None:
        if self.errors:
            raise self.errors.pop(0)

    def complete(self, request: ChatRequest) -> ChatCompletion:
        self.requests.append(request)
        self._next_error()
        return ChatCompletion(
            id="cmpl-1",
            created=1,
            model=request.model,
            choices=[Choice(message=ChatCompletionMessage(content=self.text), finish_reason="stop")],
            usage=Usage.of(5, 2),
        )

    async def acomplete(self, request: ChatRequest) -> ChatCompletion:
        return self.complete(request)

    def _chunks(self) -> list[ChatCompletionChunk]:
        size = max(1, -(-len(self.text) // self.pieces))
        parts = [self.text[i : i + size] for i in range(0, len(self.text), size)]
        chunks = [
            ChatCompletionChunk(
                id="c", created=1, model="m", choices=[ChunkChoice(delta=Delta(role="assistant"))]
            )
        ]
        chunks += [
            ChatCompletionChunk(id="c", created=1, model="m", choices=[ChunkChoice(delta=Delta(content=p))])
            for p in parts
        ]
        chunks.append(
            ChatCompletionChunk(
                id="c", created=1, model="m", choices=[ChunkChoice(delta=Delta(), finish_reason="stop")]
            )
        )
        chunks.append(ChatCompletionChunk(id="c", created=1, model="m", choices=[], usage=Usage.of(5, 2)))
        return chunks

    def stream(self, request: ChatRequest) -> Iterator[ChatCompletionChunk]:
        self.requests.append(request)
        self._next_error()
        try:
            for number, chunk in enumerate(self._chunks()):
                if self.fail_after_chunks is not None and number == self.fail_after_chunks:
                    raise ProviderError("connection dropped mid-stream")
                yield chunk
        finally:
            self.closed += 1

    async def astream(self, request: ChatRequest) -> AsyncIterator[ChatCompletionChunk]:
        self.requests.append(request)
        self._next_error()
        try:
            for number, chunk in enumerate(self._chunks()):
                if self.fail_after_chunks is not None and number == self.fail_after_chunks:
                    raise ProviderError("connection dropped mid-stream")
                yield chunk
        finally:
            self.closed += 1

    def translate_error(self, error: Exception, request: Any) -> LLMRouterError:
        if isinstance(error, LLMRouterError):
            return error
        return ProviderError(f"scripted failure: {error}", provider=self.name)
