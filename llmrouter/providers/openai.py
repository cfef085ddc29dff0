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

from .. import types as _t
from ..errors import (
    APIConnectionError,
    APITimeoutError,
    InvalidRequestError,
    LLMRouterError,
    ProviderError,
    error_from_status,
)
from ..request import (
    CHAT_PARAMS,
    ChatRequest,
    EmbeddingRequest,
    ImageRequest,
    ModerationRequest,
    SpeechRequest,
    TranscriptionRequest,
)
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

    # -- images, speech, transcription, moderation -----------------------------------------
    #
    # Each operation is offered only by the vendors in ENDPOINT_VENDORS (end of file): for the others the
    # method attribute is None, so the pipeline refuses the call before any I/O (typed,
    # code "unsupported_operation"), on a fallback too. Replies are parsed once from the raw
    # HTTP body into llmrouter's models, as chat replies are.

    def _offers(self, operation: str, method: Any) -> Any:
        return method if self.name in ENDPOINT_VENDORS.get(operation, ()) else None

    def _sync_client(self, request: Any) -> Any:
        return self.client(request)

    def _async_client(self, request: Any) -> Any:
        return self.async_client(request)

    @staticmethod
    def _transport_kwargs(request: Any, kwargs: dict[str, Any]) -> dict[str, Any]:
        if request.extra_headers:
            kwargs["extra_headers"] = request.extra_headers
        if request.extra_body:
            kwargs["extra_body"] = request.extra_body
        return kwargs

    def image_kwargs(self, request: ImageRequest) -> dict[str, Any]:
        """The keyword arguments for ``client.images.generate``: a pure translation."""
        kwargs: dict[str, Any] = {"model": request.model, "prompt": request.prompt}
        for name in ("n", "size", "quality", "response_format", "style", "background", "output_format"):
            value = getattr(request, name)
            if value is not None:
                kwargs[name] = value
        if request.user_id is not None:
            kwargs["user"] = request.user_id
        return self._transport_kwargs(request, kwargs)

    @staticmethod
    def _parse_images(body: bytes) -> _t.ImagesResponse:
        try:
            return _t.ImagesResponse.model_validate_json(body)
        except ValidationError as exc:
            raise ProviderError(
                f"the vendor sent a reply that is not an images response: {exc}",
                status=502,
                code="invalid_response",
            ) from exc

    def _generate_image(self, request: ImageRequest) -> _t.ImagesResponse:
        raw = self._sync_client(request).images.with_raw_response.generate(**self.image_kwargs(request))
        return self._parse_images(raw.http_response.content)

    async def _agenerate_image(self, request: ImageRequest) -> _t.ImagesResponse:
        client = self._async_client(request)
        raw = await client.images.with_raw_response.generate(**self.image_kwargs(request))
        return self._parse_images(raw.http_response.content)

    @property
    def generate_image(self) -> Any:
        return self._offers("image_generation", self._generate_image)

    @property
    def agenerate_image(self) -> Any:
        return self._offers("image_generation", self._agenerate_image)

    def speech_kwargs(self, request: SpeechRequest) -> dict[str, Any]:
        """The keyword arguments for ``client.audio.speech.create``."""
        kwargs: dict[str, Any] = {"model": request.model, "input": request.input, "voice": request.voice}
        for name in ("response_format", "speed", "instructions"):
            value = getattr(request, name)
            if value is not None:
                kwargs[name] = value
        return self._transport_kwargs(request, kwargs)

    def _speech(self, request: SpeechRequest) -> Any:
        speech = self._sync_client(request).audio.speech
        if request.stream_to is None and not request.stream:
            raw = speech.with_raw_response.create(**self.speech_kwargs(request))
            content = raw.http_response.content
            return _t.SpeechResponse(
                content=content,
                content_type=raw.http_response.headers.get("content-type"),
                response_format=request.response_format or "mp3",
                bytes_written=len(content),
            )
        manager = speech.with_streaming_response.create(**self.speech_kwargs(request))
        response = manager.__enter__()  # the status is known here: errors raise inside the attempt
        chunks = _SyncAudio(manager, response.iter_bytes(request.chunk_size), self, request)
        if request.stream:
            return _t.SpeechStream(chunks, response.headers.get("content-type"), request.response_format)
        return _write_audio(chunks, request, response.headers.get("content-type"))

    async def _aspeech(self, request: SpeechRequest) -> Any:
        speech = self._async_client(request).audio.speech
        if request.stream_to is None and not request.stream:
            raw = await speech.with_raw_response.create(**self.speech_kwargs(request))
            content = raw.http_response.content
            return _t.SpeechResponse(
                content=content,
                content_type=raw.http_response.headers.get("content-type"),
                response_format=request.response_format or "mp3",
                bytes_written=len(content),
            )
        manager = speech.with_streaming_response.create(**self.speech_kwargs(request))
        response = await manager.__aenter__()
        chunks = _AsyncAudio(manager, response.iter_bytes(request.chunk_size), self, request)
        if request.stream:
            return _t.AsyncSpeechStream(chunks, response.headers.get("content-type"), request.response_format)
        return await _awrite_audio(chunks, request, response.headers.get("content-type"))

    @property
    def speech(self) -> Any:
        return self._offers("speech", self._speech)

    @property
    def aspeech(self) -> Any:
        return self._offers("speech", self._aspeech)

    def transcription_kwargs(self, request: TranscriptionRequest) -> dict[str, Any]:
        """The keyword arguments for ``client.audio.transcriptions.create`` (multipart upload)."""
        kwargs: dict[str, Any] = {"model": request.model, "file": (request.filename, request.file)}
        for name in ("language", "prompt", "response_format", "temperature", "timestamp_granularities"):
            value = getattr(request, name)
            if value is not None:
                kwargs[name] = value
        return self._transport_kwargs(request, kwargs)

    @staticmethod
    def _parse_transcription(body: bytes, request: TranscriptionRequest) -> _t.Transcription:
        if request.response_format in ("text", "srt", "vtt"):
            return _t.Transcription(text=body.decode("utf-8"))
        try:
            return _t.Transcription.model_validate_json(body)
        except ValidationError as exc:
            raise ProviderError(
                f"the vendor sent a reply that is not a transcription: {exc}",
                status=502,
                code="invalid_response",
            ) from exc

    def _transcribe(self, request: TranscriptionRequest) -> _t.Transcription:
        transcriptions = self._sync_client(request).audio.transcriptions
        raw = transcriptions.with_raw_response.create(**self.transcription_kwargs(request))
        return self._parse_transcription(raw.http_response.content, request)

    async def _atranscribe(self, request: TranscriptionRequest) -> _t.Transcription:
        transcriptions = self._async_client(request).audio.transcriptions
        raw = await transcriptions.with_raw_response.create(**self.transcription_kwargs(request))
        return self._parse_transcription(raw.http_response.content, request)

    @property
    def transcribe(self) -> Any:
        return self._offers("transcription", self._transcribe)

    @property
    def atranscribe(self) -> Any:
        return self._offers("transcription", self._atranscribe)

    def moderation_kwargs(self, request: ModerationRequest) -> dict[str, Any]:
        return self._transport_kwargs(request, {"model": request.model, "input": request.input})

    @staticmethod
    def _parse_moderation(body: bytes) -> _t.ModerationResponse:
        try:
            return _t.ModerationResponse.model_validate_json(body)
        except ValidationError as exc:
            raise ProviderError(
                f"the vendor sent a reply that is not a moderation: {exc}",
                status=502,
                code="invalid_response",
            ) from exc

    def _moderate(self, request: ModerationRequest) -> _t.ModerationResponse:
        raw = self._sync_client(request).moderations.with_raw_response.create(
            **self.moderation_kwargs(request)
        )
        return self._parse_moderation(raw.http_response.content)

    async def _amoderate(self, request: ModerationRequest) -> _t.ModerationResponse:
        client = self._async_client(request)
        raw = await client.moderations.with_raw_response.create(**self.moderation_kwargs(request))
        return self._parse_moderation(raw.http_response.content)

    @property
    def moderate(self) -> Any:
        return self._offers("moderation", self._moderate)

    @property
    def amoderate(self) -> Any:
        return self._offers("moderation", self._amoderate)


# --------------------------------------------------------------------------------------------
# Streamed speech: the HTTP response stays open while the caller reads chunks
# --------------------------------------------------------------------------------------------


class _SyncAudio:
    """Audio chunks from an open streaming response; closing it closes the response. A failure
    while reading is translated to llmrouter's errors."""

    def __init__(self, manager: Any, chunks: Iterator[bytes], provider: OpenAIProvider, request: Any) -> None:
        self._manager, self._chunks, self._provider, self._request = manager, chunks, provider, request
        self._closed = False

    def __iter__(self) -> Iterator[bytes]:
        try:
            for chunk in self._chunks:
                if chunk:
                    yield chunk
        except LLMRouterError:
            raise
        except Exception as exc:
            raise self._provider.translate_error(exc, self._request) from exc
        finally:
            self.close()

    def close(self) -> None:
        if not self._closed:
            self._closed = True
            self._manager.__exit__(None, None, None)


class _AsyncAudio:
    def __init__(
        self, manager: Any, chunks: AsyncIterator[bytes], provider: OpenAIProvider, request: Any
    ) -> None:
        self._manager, self._chunks, self._provider, self._request = manager, chunks, provider, request
        self._closed = False

    async def __aiter__(self) -> AsyncIterator[bytes]:
        try:
            async for chunk in self._chunks:
                if chunk:
                    yield chunk
        except LLMRouterError:
            raise
        except Exception as exc:
            raise self._provider.translate_error(exc, self._request) from exc
        finally:
            await self.aclose()

    async def aclose(self) -> None:
        if not self._closed:
            self._closed = True
            await self._manager.__aexit__(None, None, None)


def _write_audio(chunks: _SyncAudio, request: SpeechRequest, content_type: str | None) -> _t.SpeechResponse:
    """Streams the audio into ``request.stream_to``; a failed write leaves no partial file."""
    from pathlib import Path

    path = Path(str(request.stream_to))
    written = 0
    try:
        with path.open("wb") as out:
            for chunk in chunks:
                out.write(chunk)
                written += len(chunk)
    except BaseException:
        chunks.close()
        path.unlink(missing_ok=True)
        raise
    return _t.SpeechResponse(
        content_type=content_type,
        response_format=request.response_format or "mp3",
        path=str(path),
        bytes_written=written,
    )


async def _awrite_audio(
    chunks: _AsyncAudio, request: SpeechRequest, content_type: str | None
) -> _t.SpeechResponse:
    from pathlib import Path

    path = Path(str(request.stream_to))
    written = 0
    try:
        with path.open("wb") as out:
            async for chunk in chunks:
                out.write(chunk)
                written += len(chunk)
    except BaseException:
        await chunks.aclose()
        path.unlink(missing_ok=True)
        raise
    return _t.SpeechResponse(
        content_type=content_type,
        response_format=request.response_format or "mp3",
        path=str(path),
        bytes_written=written,
    )


#: Which vendors served by :class:`OpenAIProvider` offer each operation besides chat and
#: embeddings; the others refuse it before any I/O (their method attribute is ``None``). Groq's
#: transcriptions or xAI's images are one entry away, once a cassette shows their wire format.
ENDPOINT_VENDORS: dict[str, frozenset[str]] = {
    "image_generation": frozenset({"openai", "openai_compatible"}),
    "speech": frozenset({"openai", "openai_compatible"}),
    "transcription": frozenset({"openai", "openai_compatible"}),
    "moderation": frozenset({"openai", "openai_compatible"}),
}
