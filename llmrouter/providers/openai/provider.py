"""The ``openai`` provider, which also serves every OpenAI-compatible vendor: the SDK calls (the
only I/O) around the pure chat translation (:mod:`.chat`), and the endpoint operations
(:mod:`.endpoints`). The SDK loads on first use (:meth:`create_client`)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import Any

from ...errors import InvalidRequestError, LLMRouterError
from ...request import CHAT_PARAMS, ChatRequest, EmbeddingRequest
from ...types import ChatCompletion, ChatCompletionChunk, EmbeddingResponse
from ..base import Capabilities
from .chat import SSE, build_chat_kwargs, completion_of
from .endpoints import OpenAIEndpoints, with_timeout
from .errors import translate_sdk_error

__all__ = ["OpenAIProvider"]


class OpenAIProvider(OpenAIEndpoints):
    """The ``openai`` provider; compatible vendors are instances with another name and base URL."""

    sdk_base_url = "https://api.openai.com/v1"

    sdk_module = "openai"  # a core dependency of llmrouter, so no extra: ``pip install openai``

    def __init__(
        self,
        name: str = "openai",
        *,
        base_url: str | None = None,
        env_key: str | None = "OPENAI_API_KEY",
        requires_key: bool = True,
        params: frozenset[str] = CHAT_PARAMS,
        stream_usage: bool = True,
        embeddings: bool = True,
        max_tokens_field: str = "max_completion_tokens",
    ) -> None:
        super().__init__()
        self.name = name
        self.default_base_url = base_url
        self.env_keys = (env_key,) if env_key else ()
        self.requires_key = requires_key
        self.capabilities = Capabilities(params=params, embeddings=embeddings)
        self.stream_usage = stream_usage
        self.max_tokens_field = max_tokens_field

    def base_url_for(self, request: ChatRequest | EmbeddingRequest) -> str | None:
        url = request.api_base or self.default_base_url
        if url is None and self.name != "openai":
            raise InvalidRequestError(
                f"provider {self.name!r} needs api_base=... (the server's OpenAI-compatible URL)",
                provider=self.name,
                model=request.model,
            )
        return url

    def create_client(
        self, api_key: str | None, base_url: str | None, timeout: float | None, is_async: bool
    ) -> Any:
        openai = self.import_sdk()
        cls = openai.AsyncOpenAI if is_async else openai.OpenAI
        options: dict[str, Any] = {"api_key": api_key or "not-needed", "max_retries": 0}
        if base_url is not None:
            options["base_url"] = base_url
        if timeout is not None:
            options["timeout"] = timeout
        return cls(**options)

    def _kwargs(self, request: ChatRequest) -> dict[str, Any]:
        kwargs = build_chat_kwargs(
            request, max_tokens_field=self.max_tokens_field, stream_usage=self.stream_usage
        )
        return with_timeout(kwargs, request)

    # -- chat ----------------------------------------------------------------------------

    def complete(self, request: ChatRequest) -> ChatCompletion:
        raw = self.client(request).chat.completions.with_raw_response.create(**self._kwargs(request))
        return completion_of(self, request, raw.http_response.content)

    async def acomplete(self, request: ChatRequest) -> ChatCompletion:
        client = self.async_client(request)
        raw = await client.chat.completions.with_raw_response.create(**self._kwargs(request))
        return completion_of(self, request, raw.http_response.content)

    def stream(self, request: ChatRequest) -> Iterator[ChatCompletionChunk]:
        client = self.client(request)
        with client.chat.completions.with_streaming_response.create(**self._kwargs(request)) as response:
            sse = SSE(self, request, response.headers.get("content-type"))
            for line in response.iter_lines():
                chunk = sse.line(line)
                if chunk is not None:
                    yield chunk
            sse.end()

    async def astream(self, request: ChatRequest) -> AsyncIterator[ChatCompletionChunk]:
        client = self.async_client(request)
        async with client.chat.completions.with_streaming_response.create(
            **self._kwargs(request)
        ) as response:
            sse = SSE(self, request, response.headers.get("content-type"))
            async for line in response.iter_lines():
                chunk = sse.line(line)
                if chunk is not None:
                    yield chunk
            sse.end()

    # -- embeddings ----------------------------------------------------------------------

    def _embed_kwargs(self, request: EmbeddingRequest) -> dict[str, Any]:
        kwargs: dict[str, Any] = {"model": request.model, "input": request.input}
        if request.dimensions is not None:
            kwargs["dimensions"] = request.dimensions
        if request.user is not None:
            kwargs["user"] = request.user
        if request.extra_headers:
            kwargs["extra_headers"] = request.extra_headers
        if request.extra_body:
            kwargs["extra_body"] = request.extra_body
        return with_timeout(kwargs, request)

    def embed(self, request: EmbeddingRequest) -> EmbeddingResponse:
        reply = self.client(request).embeddings.create(**self._embed_kwargs(request))
        return EmbeddingResponse.model_validate(reply.model_dump())

    async def aembed(self, request: EmbeddingRequest) -> EmbeddingResponse:
        reply = await self.async_client(request).embeddings.create(**self._embed_kwargs(request))
        return EmbeddingResponse.model_validate(reply.model_dump())

    # -- errors --------------------------------------------------------------------------

    def translate_error(self, error: Exception, request: ChatRequest | EmbeddingRequest) -> LLMRouterError:
        openai = self.loaded_sdk()
        if openai is None:  # not imported: the error cannot be the SDK's
            return super().translate_error(error, request)
        translated = translate_sdk_error(openai, error, request, self.name)
        return translated if translated is not None else super().translate_error(error, request)
