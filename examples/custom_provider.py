"""Writing a provider plugin: a tiny local "model" that answers in-process.

A provider translates an OpenAI-shaped ``ChatRequest`` into a call to its backend and the reply
back into llmrouter's types. Register it under a prefix and every llmrouter feature (hooks,
streaming, typed errors, retries) works with it:

    python examples/custom_provider.py

A package can ship a provider without any call to ``register_provider``: declare it under the
entry-point group ``llmrouter.providers`` in its pyproject.toml

    [project.entry-points."llmrouter.providers"]
    reverse = "my_package.provider:ReverseProvider"

and ``completion("reverse/...")`` loads it the first time the prefix is used.
"""

from __future__ import annotations

import time
from collections.abc import AsyncIterator, Iterator

import llmrouter
from llmrouter.errors import InvalidRequestError, LLMRouterError, ProviderError
from llmrouter.providers import BaseProvider, Capabilities, ChatRequest
from llmrouter.types import (
    ChatCompletion,
    ChatCompletionChunk,
    ChatCompletionMessage,
    Choice,
    ChunkChoice,
    Delta,
    Usage,
)


class ReverseProvider(BaseProvider):
    """Answers with the last user message reversed; streams it word by word."""

    name = "reverse"
    requires_key = False
    # Only what we honour: the router refuses anything else before calling us.
    capabilities = Capabilities(params=frozenset({"max_tokens"}))

    def _answer(self, request: ChatRequest) -> str:
        users = [m for m in request.messages if m.role == "user"]
        if not users:
            raise InvalidRequestError("the reverse model needs a user message")
        text = users[-1].text()[::-1]
        limit = request.params.get("max_tokens")
        return " ".join(text.split()[:limit]) if limit else text

    def _usage(self, request: ChatRequest, answer: str) -> Usage:
        prompt = sum(len(m.text().split()) for m in request.messages)
        return Usage.of(prompt, len(answer.split()))

    def complete(self, request: ChatRequest) -> ChatCompletion:
        answer = self._answer(request)
        return ChatCompletion(
            id=f"rev-{time.time_ns()}",
            created=int(time.time()),
            model=request.model,
            choices=[Choice(message=ChatCompletionMessage(content=answer), finish_reason="stop")],
            usage=self._usage(request, answer),
        )

    async def acomplete(self, request: ChatRequest) -> ChatCompletion:
        return self.complete(request)

    def stream(self, request: ChatRequest) -> Iterator[ChatCompletionChunk]:
        answer = self._answer(request)
        base = {"id": f"rev-{time.time_ns()}", "created": int(time.time()), "model": request.model}
        yield ChatCompletionChunk(**base, choices=[ChunkChoice(delta=Delta(role="assistant"))])
        for position, word in enumerate(answer.split()):
            piece = word if position == 0 else " " + word
            yield ChatCompletionChunk(**base, choices=[ChunkChoice(delta=Delta(content=piece))])
        yield ChatCompletionChunk(**base, choices=[ChunkChoice(delta=Delta(), finish_reason="stop")])
        yield ChatCompletionChunk(**base, choices=[], usage=self._usage(request, answer))

    async def astream(self, request: ChatRequest) -> AsyncIterator[ChatCompletionChunk]:
        for chunk in self.stream(request):
            yield chunk

    def translate_error(self, error: Exception, request: object) -> LLMRouterError:
        if isinstance(error, LLMRouterError):
            return error
        return ProviderError(f"reverse model failed: {error}", provider=self.name)


def main() -> None:
    llmrouter.register_provider("reverse", ReverseProvider())
    messages = [{"role": "user", "content": "stressed desserts"}]

    reply = llmrouter.completion("reverse/v1", messages)
    print(
        f"reply: {reply.content!r} (provider={reply.provider}, tokens={reply.usage.total_tokens if reply.usage else None})"
    )

    with llmrouter.completion("reverse/v1", messages, stream=True) as stream:
        print("stream:", [chunk.content for chunk in stream if chunk.content])

    try:
        llmrouter.completion("reverse/v1", messages, temperature=0.5)
    except llmrouter.UnsupportedParameterError as error:
        print(f"refused before any call: {error.message}")


if __name__ == "__main__":
    main()
