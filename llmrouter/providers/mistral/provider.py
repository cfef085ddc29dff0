"""The ``mistral`` provider: the ``mistralai`` SDK does the HTTP, auth, timeouts and error
raising; the reply body is parsed once, straight into our types.

The SDK parses every reply (and every stream event) by building a pydantic model class for it
on the spot (``utils.unmarshal``), which costs more than the rest of the call; translating its
models into ours then came on top. So:

* A stream is read from the SDK's own ``EventStream.response`` (its documented attribute): each
  event's JSON goes straight to the translator. The SDK still sent the request and raised on an
  error status; a 200 that is not an event stream is still the SDK's to refuse.
* A non-streamed reply is taken from the SDK by an after-success hook (:class:`_TakeChatReply`, on
  the clients this provider makes, through the SDK's own hooks registry): for a 200 JSON chat
  reply it returns an exception carrying the response, which the SDK's hooks contract raises, and
  :meth:`MistralProvider.complete` catches it and parses the body. Every other response (errors,
  embeddings, other content types) goes on through the SDK as before. A client without the hooks
  registry still works: the SDK's reply models go through the same translator.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Callable, Iterator
from typing import Any

from pydantic import ValidationError

from ...errors import (
    APIConnectionError,
    InvalidRequestError,
    LLMRouterError,
    require,
)
from ...request import CHAT_PARAMS, ChatRequest, EmbeddingRequest
from ...streaming import SSEPayloads
from ...types import ChatCompletion, ChatCompletionChunk, EmbeddingResponse
from ..base import BaseProvider, Capabilities
from .errors import error_from_mistral, error_in_body, request_id
from .reply import _get, _Translator, completion_from_reply, embedding_from_reply
from .request import build_chat_kwargs, with_extra_body

__all__ = ["MistralProvider"]

_CHAT_OPERATION = "chat_completion_v1_chat_completions_post"
_NOT_A_REPLY = "a body that is not a Mistral chat reply"
_NOT_A_CHUNK = "a stream event that is not a Mistral chat chunk"


def _sdk_class() -> Any:
    try:
        from mistralai.client import Mistral  # mistralai >= 2
    except ImportError:  # mistralai 1.x, or not installed at all
        module = require("mistralai", "mistral", purpose="the 'mistral' provider")
        return module.Mistral
    return Mistral


_validators: dict[str, Callable[[Any], Any]] | None = None


def _sdk_validators() -> dict[str, Callable[[Any], Any]]:
    """The SDK's own types for the structured arguments, as validators built once per process.

    Given dicts, ``chat.complete``/``stream`` validate ``messages``, ``tools`` and
    ``response_format`` by building a pydantic model class per call (``utils.unmarshal``: about
    1 ms for two messages); given the SDK's models they only pass them on. So they are made here,
    by the same SDK types, and the wire body is the same. An SDK without these types gets dicts.
    """
    global _validators
    if _validators is None:
        try:
            from mistralai.client import models
            from pydantic import TypeAdapter

            _validators = {
                "messages": TypeAdapter(list[models.ChatCompletionRequestMessage]).validate_python,
                "tools": TypeAdapter(list[models.ChatCompletionRequestTool]).validate_python,
                "response_format": models.ResponseFormat.model_validate,
            }
        except (ImportError, AttributeError):
            _validators = {}
    return _validators


def _media_type(response: Any) -> str:
    return str(response.headers.get("content-type", "")).partition(";")[0].strip().lower()


class _ChatReply(Exception):  # not an error: the reply itself, carried out of the SDK
    """A successful chat reply's HTTP response, on its way out of the SDK unparsed."""

    def __init__(self, response: Any) -> None:
        super().__init__("a Mistral chat reply, taken before the SDK parses it")
        self.response = response


class _TakeChatReply:
    """The SDK's after-success hook (``AfterSuccessHook``): hands a 200 JSON chat reply out as a
    :class:`_ChatReply` (a hook that returns an exception makes the SDK raise it), the cases the
    SDK would parse into its ``ChatCompletionResponse``; anything else goes on unchanged."""

    def after_success(self, hook_ctx: Any, response: Any) -> Any:
        if (
            getattr(hook_ctx, "operation_id", None) == _CHAT_OPERATION
            and response.status_code == 200
            and _media_type(response) == "application/json"
        ):
            return _ChatReply(response)
        return response


def _add_timeout(kwargs: dict[str, Any], request: ChatRequest | EmbeddingRequest) -> None:
    """The SDK's per-call ``timeout_ms``: the attempt's timeout, which the router may have cut to
    the time left before the call's deadline."""
    if request.timeout is not None:
        kwargs["timeout_ms"] = max(int(request.timeout * 1000), 1)


def _install_reply_hook(client: Any) -> None:
    """Registers :class:`_TakeChatReply` on one client (its ``SDKHooks``, where the SDK keeps its
    own hooks); a client that has none keeps the SDK's reply models."""
    hooks = getattr(getattr(client, "sdk_configuration", None), "__dict__", {}).get("_hooks")
    register = getattr(hooks, "register_after_success_hook", None)
    if callable(register):
        register(_TakeChatReply())


class MistralProvider(BaseProvider):
    name = "mistral"
    env_keys = ("MISTRAL_API_KEY",)
    sdk_module, sdk_extra = "mistralai", "mistral"
    sdk_base_url = "https://api.mistral.ai"
    capabilities = Capabilities(
        params=CHAT_PARAMS - frozenset({"logprobs", "top_logprobs", "user"}),
        embeddings=True,
    )

    timeout_per_request = True  # every call passes ``timeout_ms``: a deadline can cut a sync attempt

    def create_client(
        self, api_key: str | None, base_url: str | None, timeout: float | None, is_async: bool
    ) -> Any:
        options: dict[str, Any] = {"api_key": api_key, "retry_config": None}
        if base_url is not None:
            options["server_url"] = base_url
        if timeout is not None:
            options["timeout_ms"] = max(int(timeout * 1000), 1)
        client = _sdk_class()(**options)
        _install_reply_hook(client)
        return client

    # -- chat ----------------------------------------------------------------------------

    def _payload(self, request: ChatRequest, data: str | bytes, headers: Any, what: str) -> dict[str, Any]:
        """One JSON body (a reply, or a stream event's data) that must be a chat reply or chunk:
        an error object in it raises as that error, anything else that is not one is an invalid
        response, as the SDK's model validation would refuse it."""
        try:
            payload = json.loads(data)
        except ValueError:
            payload = None
        if isinstance(payload, dict) and isinstance(payload.get("choices"), list):
            if all(isinstance(choice, dict) for choice in payload["choices"]):
                return payload
        error = error_in_body(payload, headers, request.model) if isinstance(payload, dict) else None
        if error is not None:
            raise error
        invalid = self.invalid_response(request, what)
        invalid.request_id = request_id(headers)
        raise invalid

    def _reply(self, request: ChatRequest, reply: Any) -> ChatCompletion:
        if not _get(reply, "choices"):
            raise self.invalid_response(request, "the body has no choices")
        return completion_from_reply(reply, request.model)

    def _taken(self, request: ChatRequest, taken: _ChatReply) -> ChatCompletion:
        response = taken.response
        return self._reply(request, self._payload(request, response.content, response.headers, _NOT_A_REPLY))

    def _end(self, request: ChatRequest, translator: _Translator) -> list[ChatCompletionChunk]:
        why = translator.unfinished()
        if why is not None:
            raise self.stream_incomplete(request, why)
        return translator.end()

    def _call_kwargs(self, request: ChatRequest, method: Callable[..., Any]) -> dict[str, Any]:
        kwargs = build_chat_kwargs(request)
        for name, to_sdk_model in _sdk_validators().items():
            if name in kwargs:
                kwargs[name] = to_sdk_model(kwargs[name])
        _add_timeout(kwargs, request)
        return with_extra_body(method, kwargs, request.extra_body, request.model)

    def complete(self, request: ChatRequest) -> ChatCompletion:
        method = self.client(request).chat.complete
        try:
            reply = method(**self._call_kwargs(request, method))
        except _ChatReply as taken:
            return self._taken(request, taken)
        return self._reply(request, reply)

    async def acomplete(self, request: ChatRequest) -> ChatCompletion:
        method = self.async_client(request).chat.complete_async
        try:
            reply = await method(**self._call_kwargs(request, method))
        except _ChatReply as taken:
            return self._taken(request, taken)
        return self._reply(request, reply)

    def stream(self, request: ChatRequest) -> Iterator[ChatCompletionChunk]:
        method = self.client(request).chat.stream
        translator = _Translator(request.model)
        with method(**self._call_kwargs(request, method)) as events:
            response = getattr(events, "response", None)
            if response is None:  # an SDK whose streams do not show their response: its events
                for event in events:
                    yield from translator.feed(_get(event, "data"))
            else:
                payloads, headers = SSEPayloads(), response.headers
                for line in response.iter_lines():
                    for data in payloads.feed(line):
                        yield from translator.feed(self._payload(request, data, headers, _NOT_A_CHUNK))
                    if payloads.done:
                        break
                for data in payloads.end():
                    yield from translator.feed(self._payload(request, data, headers, _NOT_A_CHUNK))
        yield from self._end(request, translator)

    async def astream(self, request: ChatRequest) -> AsyncIterator[ChatCompletionChunk]:
        method = self.async_client(request).chat.stream_async
        translator = _Translator(request.model)
        events = await method(**self._call_kwargs(request, method))
        async with events:
            response = getattr(events, "response", None)
            if response is None:
                async for event in events:
                    for chunk in translator.feed(_get(event, "data")):
                        yield chunk
            else:
                payloads, headers = SSEPayloads(), response.headers
                async for line in response.aiter_lines():
                    for data in payloads.feed(line):
                        for chunk in translator.feed(self._payload(request, data, headers, _NOT_A_CHUNK)):
                            yield chunk
                    if payloads.done:
                        break
                for data in payloads.end():
                    for chunk in translator.feed(self._payload(request, data, headers, _NOT_A_CHUNK)):
                        yield chunk
        for chunk in self._end(request, translator):
            yield chunk

    # -- embeddings ----------------------------------------------------------------------

    def _embed_kwargs(self, request: EmbeddingRequest, method: Callable[..., Any]) -> dict[str, Any]:
        kwargs: dict[str, Any] = {"model": request.model, "inputs": list(request.input)}
        if request.dimensions is not None:
            kwargs["output_dimension"] = request.dimensions
        if request.extra_headers:
            kwargs["http_headers"] = dict(request.extra_headers)
        _add_timeout(kwargs, request)
        return with_extra_body(method, kwargs, request.extra_body, request.model)

    def embed(self, request: EmbeddingRequest) -> EmbeddingResponse:
        method = self.client(request).embeddings.create
        reply = method(**self._embed_kwargs(request, method))
        return embedding_from_reply(reply, request.model)

    async def aembed(self, request: EmbeddingRequest) -> EmbeddingResponse:
        method = self.async_client(request).embeddings.create_async
        reply = await method(**self._embed_kwargs(request, method))
        return embedding_from_reply(reply, request.model)

    # -- errors --------------------------------------------------------------------------

    def translate_error(self, error: Exception, request: ChatRequest | EmbeddingRequest) -> LLMRouterError:
        status = getattr(error, "status_code", None)
        raw_response = getattr(error, "raw_response", None)
        if isinstance(status, int) and raw_response is not None:
            headers = getattr(error, "headers", None) or getattr(raw_response, "headers", None)
            body = getattr(error, "body", None)
            if type(error).__name__ == "ResponseValidationError" or status < 400:
                in_body = error_in_body(body, headers, request.model)  # an error object in a 200
                if in_body is not None:
                    return in_body
                invalid = self.invalid_response(
                    request, f"a body the SDK could not read: {str(getattr(error, 'message', error))[:200]}"
                )
                invalid.request_id = request_id(headers)
                return invalid
            return error_from_mistral(status, body, headers, request.model)
        if isinstance(error, ValidationError):  # the SDK refused a request value before sending
            return InvalidRequestError(
                f"Mistral SDK rejected the request: {error.error_count()} invalid field(s): "
                + "; ".join(f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in error.errors()[:3]),
                provider=self.name,
                model=request.model,
            )
        if "noresponse" in type(error).__name__.lower():  # the SDK's NoResponseError: no answer at all
            return APIConnectionError(
                f"could not reach Mistral: {error}", provider=self.name, model=request.model
            )
        return super().translate_error(error, request)  # timeouts, connections, by the exception chain
