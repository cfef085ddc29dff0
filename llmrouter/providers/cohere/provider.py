"""The ``cohere`` provider, through the official SDK's v2 client (``ClientV2``/``AsyncClientV2``).

The SDK sends every request (auth, headers, timeouts, retries off) and raises on an error status;
the reply body is parsed once, straight into our types:

* Streams: the SSE body goes to the translator as JSON (:class:`~llmrouter.streaming.SSEPayloads`);
  the SDK's event models would be turned back into the same dicts. A body that is not an event
  stream is left to the SDK, as before.
* Unstreamed replies: ``chat`` parses the body into the SDK's response models (``construct_type``,
  most of the SDK's per-call cost) before handing it over, and its raw-response wrapper only comes
  after that. ``chat_stream`` hands over the unread response, and its request options'
  ``additional_body_parameters`` (the SDK's documented way to set body fields) set ``stream`` back
  to false: the request body is byte for byte what ``chat`` sends, the reply is the JSON one, read
  once here. Error statuses are raised by the SDK exactly as ``chat`` raises them.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Iterator
from typing import Any

from ...errors import LLMRouterError
from ...request import CHAT_PARAMS, ChatRequest, EmbeddingRequest
from ...streaming import SSEPayloads
from ...types import ChatCompletion, ChatCompletionChunk, EmbeddingResponse
from ..base import BaseProvider, Capabilities
from .errors import error_from_api_error
from .reply import _completion, _StreamTranslator, embedding_response
from .request import build_chat_kwargs, build_embed_kwargs

__all__ = ["CohereProvider"]

ENV_KEYS = ("CO_API_KEY", "COHERE_API_KEY")


def _unstreamed(kwargs: dict[str, Any]) -> dict[str, Any]:
    """``chat_stream``'s keyword arguments for an unstreamed reply: the body's ``stream`` is false
    (set last, so ``extra_body`` cannot turn the reply into a stream the caller did not ask for)."""
    options = kwargs["request_options"]
    options["additional_body_parameters"] = {**options.get("additional_body_parameters", {}), "stream": False}
    return kwargs


def _is_event_stream(response: Any) -> bool:
    content_type = str(response.headers.get("content-type", "")).partition(";")[0]
    return "text/event-stream" in content_type


def _event_dict(event: Any) -> dict[str, Any]:
    if isinstance(event, dict):
        return event
    dump = getattr(event, "dict", None)
    data = dump() if callable(dump) else {}
    return data if isinstance(data, dict) else {}


class CohereProvider(BaseProvider):
    name = "cohere"
    env_keys = ENV_KEYS
    sdk_module = sdk_extra = "cohere"
    sdk_base_url = "https://api.cohere.com"
    capabilities = Capabilities(
        params=CHAT_PARAMS - frozenset({"logprobs", "metadata", "n", "top_logprobs", "user"}),
        embeddings=True,
    )

    timeout_per_request = True  # request_options carry the timeout on every call

    def create_client(
        self, api_key: str | None, base_url: str | None, timeout: float | None, is_async: bool
    ) -> Any:
        cohere = self.import_sdk()
        cls = cohere.AsyncClientV2 if is_async else cohere.ClientV2
        options: dict[str, Any] = {
            "api_key": api_key,
            "max_retries": 0,
            "log_warning_experimental_features": False,
        }
        if base_url is not None:
            options["base_url"] = base_url
        if timeout is not None:
            options["timeout"] = timeout
        return cls(**options)

    # -- chat ----------------------------------------------------------------------------

    def _reply(self, request: ChatRequest, body: bytes) -> ChatCompletion:
        try:
            payload = json.loads(body)
        except ValueError:
            raise self.invalid_response(request, "a body that is not Cohere's JSON reply") from None
        if not isinstance(payload, dict) or not isinstance(payload.get("message"), dict):
            raise self.invalid_response(request, "the body is not a chat response (no 'message')")
        return _completion(payload, request.model)

    def complete(self, request: ChatRequest) -> ChatCompletion:
        kwargs = _unstreamed(build_chat_kwargs(request))
        with self.client(request).with_raw_response.chat_stream(**kwargs) as raw:
            body = raw.response.read()
        return self._reply(request, body)

    async def acomplete(self, request: ChatRequest) -> ChatCompletion:
        kwargs = _unstreamed(build_chat_kwargs(request))
        async with self.async_client(request).with_raw_response.chat_stream(**kwargs) as raw:
            body = await raw.response.aread()
        return self._reply(request, body)

    def _event(self, request: ChatRequest, event: Any) -> dict[str, Any]:
        data = _event_dict(event)
        if not isinstance(data.get("type"), str) or isinstance(data.get("data"), str):
            # the SDK logs an event whose data is not JSON and hands on the raw SSE fields (event,
            # data, retry) as some event type: not a Cohere event
            raise self.invalid_response(request, "a stream event that is not JSON")
        return data

    def _payload(self, request: ChatRequest, data: str) -> dict[str, Any]:
        """One event's data read straight from the body; what is not a JSON Cohere event is an
        invalid response, as for the SDK's events (:meth:`_event`)."""
        try:
            payload = json.loads(data)
        except ValueError:
            payload = None
        if not isinstance(payload, dict) or not isinstance(payload.get("type"), str):
            raise self.invalid_response(request, "a stream event that is not JSON")
        return payload

    def _end(self, request: ChatRequest, translator: _StreamTranslator) -> None:
        why = translator.end()
        if why is not None:
            raise self.stream_incomplete(request, why)

    def stream(self, request: ChatRequest) -> Iterator[ChatCompletionChunk]:
        kwargs = build_chat_kwargs(request)
        translator = _StreamTranslator(request.model)
        with self.client(request).with_raw_response.chat_stream(**kwargs) as raw:
            if _is_event_stream(raw.response):
                payloads = SSEPayloads()
                for line in raw.response.iter_lines():
                    for data in payloads.feed(line):
                        yield from translator.feed(self._payload(request, data))
                    if payloads.done:
                        break
                for data in payloads.end():
                    yield from translator.feed(self._payload(request, data))
            else:
                for event in raw.data:
                    yield from translator.feed(self._event(request, event))
        self._end(request, translator)

    async def astream(self, request: ChatRequest) -> AsyncIterator[ChatCompletionChunk]:
        kwargs = build_chat_kwargs(request)
        translator = _StreamTranslator(request.model)
        async with self.async_client(request).with_raw_response.chat_stream(**kwargs) as raw:
            if _is_event_stream(raw.response):
                payloads = SSEPayloads()
                async for line in raw.response.aiter_lines():
                    for data in payloads.feed(line):
                        for chunk in translator.feed(self._payload(request, data)):
                            yield chunk
                    if payloads.done:
                        break
                for data in payloads.end():
                    for chunk in translator.feed(self._payload(request, data)):
                        yield chunk
            else:
                async for event in raw.data:
                    for chunk in translator.feed(self._event(request, event)):
                        yield chunk
        self._end(request, translator)

    # -- embeddings ----------------------------------------------------------------------

    def embed(self, request: EmbeddingRequest) -> EmbeddingResponse:
        raw = self.client(request).with_raw_response.embed(**build_embed_kwargs(request))
        return embedding_response(raw.response.json(), request.model)

    async def aembed(self, request: EmbeddingRequest) -> EmbeddingResponse:
        raw = await self.async_client(request).with_raw_response.embed(**build_embed_kwargs(request))
        return embedding_response(raw.response.json(), request.model)

    # -- errors --------------------------------------------------------------------------

    def translate_error(self, error: Exception, request: ChatRequest | EmbeddingRequest) -> LLMRouterError:
        api_errors = self.loaded_sdk("cohere.core.api_error")
        if api_errors is not None and isinstance(error, api_errors.ApiError):
            status = error.status_code
            if isinstance(status, int) and status < 300:  # the SDK could not read a 2xx body
                return self.invalid_response(request, "a body that is not Cohere's JSON reply")
            return error_from_api_error(error, request.model)
        if type(error).__name__ == "SSEError":  # a 200 whose body is not an event stream
            return self.invalid_response(request, str(error)[:200])
        return super().translate_error(error, request)  # timeouts, connections, by the exception chain
