"""OpenAI, and every OpenAI-compatible vendor, through the official ``openai`` SDK.

The request goes through the SDK (auth, headers, timeouts, URL building); the reply body is
parsed once, straight into our models, from the SDK's raw response. Parsing it into the SDK's
models first and converting would double the per-call and per-chunk cost for nothing, since our
types are the OpenAI wire shape already.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Iterator
from typing import Any

from pydantic import ValidationError

from ..errors import (
    APIConnectionError,
    APITimeoutError,
    InvalidRequestError,
    LLMRouterError,
    error_from_status,
)
from ..request import CHAT_PARAMS, ChatRequest, EmbeddingRequest
from ..types import ChatCompletion, ChatCompletionChunk, EmbeddingResponse, Message
from .base import BaseProvider, Capabilities

__all__ = ["OpenAIProvider", "build_chat_kwargs", "parse_sse_line"]

_DROP_FROM_MESSAGES = {"reasoning_content", "thinking_blocks"}
_SCALARS = (
    "temperature",
    "top_p",
    "frequency_penalty",
    "presence_penalty",
    "stop",
    "n",
    "seed",
    "user",
    "parallel_tool_calls",
    "logprobs",
    "top_logprobs",
    "reasoning_effort",
    "metadata",
)


def _message_dict(message: Message) -> dict[str, Any]:
    body = message.model_dump(exclude=_DROP_FROM_MESSAGES, exclude_none=True)
    if message.content is None:
        body["content"] = None
    if message.tool_calls:
        # Only the documented request fields: a reply's extras (OpenRouter's "index", a
        # vendor's signatures) are not valid input for the next call, here or elsewhere.
        body["tool_calls"] = [
            {
                "id": c.id,
                "type": "function",
                "function": {"name": c.function.name, "arguments": c.function.arguments},
            }
            for c in message.tool_calls
        ]
    return body


def build_chat_kwargs(
    request: ChatRequest, *, max_tokens_field: str = "max_completion_tokens", stream_usage: bool = True
) -> dict[str, Any]:
    """The keyword arguments for ``client.chat.completions.create``: a pure translation."""
    kwargs: dict[str, Any] = {
        "model": request.model,
        "messages": [_message_dict(m) for m in request.messages],
    }
    params = request.params
    for name in _SCALARS:
        if name in params:
            kwargs[name] = params[name]
    if "max_tokens" in params:
        kwargs[max_tokens_field] = params["max_tokens"]
    if request.tools:
        kwargs["tools"] = [tool.model_dump(exclude_none=True) for tool in request.tools]
    if request.tool_choice is not None:
        kwargs["tool_choice"] = request.tool_choice
    if request.response_format is not None:
        kwargs["response_format"] = request.response_format.model_dump(exclude_none=True, by_alias=True)
    if request.stream:
        kwargs["stream"] = True
        if stream_usage or request.include_usage:
            kwargs["stream_options"] = {"include_usage": True}
    if request.extra_headers:
        kwargs["extra_headers"] = request.extra_headers
    if request.extra_body:
        kwargs["extra_body"] = request.extra_body
    return kwargs


def parse_sse_line(line: str) -> ChatCompletionChunk | None:
    """One SSE line of a chat stream to a chunk; ``None`` for blank, comment and ``[DONE]`` lines."""
    if not line.startswith("data:"):
        return None
    data = line[5:].strip()
    if not data or data == "[DONE]":
        return None
    if '"error"' in data:  # cheap test first: only a chunk that mentions an error is parsed twice
        error = _stream_error(data)
        if error is not None:
            raise error
    return ChatCompletionChunk.model_validate_json(data)


def _stream_error(data: str) -> LLMRouterError | None:
    """A mid-stream error event (``{"error": {...}}``, alone or beside chunk fields as OpenRouter
    sends it), or ``None`` when "error" was only part of the text."""
    try:
        payload = json.loads(data)
    except ValueError:
        return None
    error = payload.get("error") if isinstance(payload, dict) else None
    if not error:
        return None
    if not isinstance(error, dict):
        return error_from_status(500, str(error))
    code = error.get("code")
    status = code if isinstance(code, int) and 400 <= code < 600 else 500
    return error_from_status(
        status,
        str(error.get("message") or "the stream reported an error"),
        code=code if isinstance(code, str) else None,
    )


def _what(body: bytes | str) -> str:
    """A short description of a body that is not a reply, for the error message."""
    text = body.decode("utf-8", "replace") if isinstance(body, bytes) else body
    text = " ".join(text.split())
    return f"{text[:80]!r}" + ("..." if len(text) > 80 else "")


class _SSE:
    """One chat stream's lines: the chunks, and whether the stream ended as OpenAI's do (``data:
    [DONE]``). Anything that is not SSE (an HTML page, a proxy's JSON) is not a stream."""

    _FIELDS = ("data:", "event:", "id:", "retry:", ":")

    def __init__(self, provider: OpenAIProvider, request: ChatRequest, content_type: str | None) -> None:
        self.provider, self.request = provider, request
        self.done = False
        if content_type and "html" in content_type.lower():
            raise provider.invalid_response(request, f"an HTML page (content-type {content_type!r})")

    def line(self, line: str) -> ChatCompletionChunk | None:
        if not line.startswith(self._FIELDS):
            if line.strip():
                raise self.provider.invalid_response(
                    request=self.request, what=f"not an event stream: {_what(line)}"
                )
            return None
        if line.startswith("data:") and line[5:].strip() == "[DONE]":
            self.done = True
            return None
        try:
            return parse_sse_line(line)
        except ValidationError as exc:
            raise self.provider.invalid_response(
                self.request, f"an event that is not a chunk: {_what(line)}"
            ) from exc

    def end(self) -> None:
        if not self.done:
            raise self.provider.stream_incomplete(self.request, "no 'data: [DONE]'")


class OpenAIProvider(BaseProvider):
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
        return build_chat_kwargs(
            request, max_tokens_field=self.max_tokens_field, stream_usage=self.stream_usage
        )

    # -- chat ----------------------------------------------------------------------------

    def _completion(self, request: ChatRequest, body: bytes) -> ChatCompletion:
        try:
            return ChatCompletion.model_validate_json(body)
        except ValidationError as exc:
            raise self.invalid_response(request, f"not a chat completion: {_what(body)}") from exc

    def complete(self, request: ChatRequest) -> ChatCompletion:
        raw = self.client(request).chat.completions.with_raw_response.create(**self._kwargs(request))
        return self._completion(request, raw.http_response.content)

    async def acomplete(self, request: ChatRequest) -> ChatCompletion:
        client = self.async_client(request)
        raw = await client.chat.completions.with_raw_response.create(**self._kwargs(request))
        return self._completion(request, raw.http_response.content)

    def stream(self, request: ChatRequest) -> Iterator[ChatCompletionChunk]:
        client = self.client(request)
        with client.chat.completions.with_streaming_response.create(**self._kwargs(request)) as response:
            sse = _SSE(self, request, response.headers.get("content-type"))
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
            sse = _SSE(self, request, response.headers.get("content-type"))
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
        return kwargs

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
        if isinstance(error, openai.APITimeoutError):
            return APITimeoutError(
                f"{self.name} did not answer in time", provider=self.name, model=request.model
            )
        if isinstance(error, openai.APIConnectionError):
            return APIConnectionError(
                f"could not reach {self.name}: {error}", provider=self.name, model=request.model
            )
        if isinstance(error, openai.APIStatusError):
            body = error.body if isinstance(error.body, dict) else {}
            inner = body.get("error", body)
            inner = inner if isinstance(inner, dict) else {}
            message = str(inner.get("message") or error.message)
            code = inner.get("code")
            return error_from_status(
                error.status_code,
                message,
                headers=error.response.headers,
                code=code if isinstance(code, str) and code else None,
                type=inner.get("type") if isinstance(inner.get("type"), str) else None,
                provider=self.name,
                model=request.model,
                param=inner.get("param") if isinstance(inner.get("param"), str) else None,
            )
        return super().translate_error(error, request)
