"""The ``anthropic`` provider: the SDK calls (the only I/O), around the pure request builder and
the one reply translator."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Iterator
from typing import Any

from ...errors import LLMRouterError
from ...request import CHAT_PARAMS, ChatRequest, EmbeddingRequest
from ...streaming import SSEDecoder, sse_events
from ...types import ChatCompletion, ChatCompletionChunk
from ..base import BaseProvider, Capabilities
from .errors import event_payload, translate_sdk_error
from .reply import EventTranslator, completion_of
from .request import DEFAULT_TIMEOUT, build_message_params

__all__ = ["AnthropicProvider"]


class AnthropicProvider(BaseProvider):
    """The ``anthropic`` provider (Messages API). No embeddings: Anthropic offers none."""

    name = "anthropic"
    env_keys = ("ANTHROPIC_API_KEY",)
    sdk_module = sdk_extra = "anthropic"
    sdk_base_url = "https://api.anthropic.com"
    capabilities = Capabilities(
        params=CHAT_PARAMS
        - frozenset({"frequency_penalty", "logprobs", "n", "presence_penalty", "seed", "top_logprobs"}),
        embeddings=False,
    )

    timeout_per_request = True  # every SDK call is given the attempt's ``timeout=``

    def create_client(
        self, api_key: str | None, base_url: str | None, timeout: float | None, is_async: bool
    ) -> Any:
        anthropic = self.import_sdk()
        cls = anthropic.AsyncAnthropic if is_async else anthropic.Anthropic
        options: dict[str, Any] = {"api_key": api_key, "max_retries": 0}
        if base_url is not None:
            options["base_url"] = base_url
        if timeout is not None:
            options["timeout"] = timeout
        return cls(**options)

    @staticmethod
    def _call_kwargs(request: ChatRequest) -> dict[str, Any]:
        kwargs = build_message_params(request)
        kwargs["timeout"] = request.timeout if request.timeout is not None else DEFAULT_TIMEOUT
        return kwargs

    @staticmethod
    def _stream_kwargs(request: ChatRequest) -> dict[str, Any]:
        """A stream's arguments: the SDK's own (long) default unless the call gives a timeout."""
        kwargs = build_message_params(request)
        if request.timeout is not None:
            kwargs["timeout"] = request.timeout
        return kwargs

    # -- chat ----------------------------------------------------------------------------

    def _completion(self, request: ChatRequest, body: bytes) -> ChatCompletion:
        try:
            message = json.loads(body)
        except ValueError:
            raise self.invalid_response(request, "the body is not JSON") from None
        return completion_of(message, request.model, self.shown_base_url(request))

    def _check_stream(self, request: ChatRequest, response: Any) -> EventTranslator:
        content_type = str(response.headers.get("content-type"))
        if "text/event-stream" not in content_type:
            raise self.invalid_response(request, f"not an event stream (content-type {content_type!r})")
        return EventTranslator(request.model, self.shown_base_url(request))

    def complete(self, request: ChatRequest) -> ChatCompletion:
        kwargs = self._call_kwargs(request)
        raw = self.client(request).messages.with_raw_response.create(**kwargs)
        return self._completion(request, raw.http_response.content)

    async def acomplete(self, request: ChatRequest) -> ChatCompletion:
        kwargs = self._call_kwargs(request)
        raw = await self.async_client(request).messages.with_raw_response.create(**kwargs)
        return self._completion(request, raw.http_response.content)

    # Streams are read as SSE lines and each event's JSON goes straight to the translator: the
    # SDK's own event models would be built and then turned back into the same dicts (about a
    # sixth of a stream's client CPU). Events are handled as the SDK's Stream handles them.

    def stream(self, request: ChatRequest) -> Iterator[ChatCompletionChunk]:
        kwargs = self._stream_kwargs(request)
        client = self.client(request)
        with client.messages.with_streaming_response.create(**kwargs, stream=True) as response:
            translator = self._check_stream(request, response.http_response)
            for event, data in sse_events(response.iter_lines()):
                payload = event_payload(client, event, data, response.http_response)
                if payload is not None:
                    yield from translator.feed(payload)
        yield from translator.close()

    async def astream(self, request: ChatRequest) -> AsyncIterator[ChatCompletionChunk]:
        kwargs = self._stream_kwargs(request)
        client = self.async_client(request)
        async with client.messages.with_streaming_response.create(**kwargs, stream=True) as response:
            translator = self._check_stream(request, response.http_response)
            lines = SSEDecoder()
            async for line in response.iter_lines():
                for event, data in lines.feed(line):
                    payload = event_payload(client, event, data, response.http_response)
                    if payload is not None:
                        for chunk in translator.feed(payload):
                            yield chunk
            for event, data in lines.end():
                payload = event_payload(client, event, data, response.http_response)
                if payload is not None:
                    for chunk in translator.feed(payload):
                        yield chunk
        for chunk in translator.close():
            yield chunk

    # -- errors --------------------------------------------------------------------------

    def translate_error(self, error: Exception, request: ChatRequest | EmbeddingRequest) -> LLMRouterError:
        anthropic = self.loaded_sdk()
        if anthropic is None:  # not imported: the error cannot be the SDK's
            return super().translate_error(error, request)
        translated = translate_sdk_error(anthropic, error, request, self.name)
        return translated if translated is not None else super().translate_error(error, request)
