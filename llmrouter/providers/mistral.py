"""Mistral (``mistral/...``) through the official ``mistralai`` SDK.

The wire format is close to OpenAI's; what differs and is translated here:

* ``seed`` is ``random_seed``; ``tool_choice="required"`` is ``"any"``; tool messages carry the
  function ``name`` (looked up from the assistant turn that made the call); ``developer`` turns
  are sent as ``system``; images are ``{"type": "image_url", "image_url": <url>}`` (http or data:).
* Reasoning models answer with ``content`` as a list of chunks: ``{"type": "thinking", "thinking":
  [{"type": "text", "text": ...}], "signature"?: ...}`` and ``{"type": "text", "text": ...}``. The
  thinking text becomes ``reasoning_content`` and a ``ThinkingBlock`` (signature kept), which is
  sent back as a thinking chunk when the turn is replayed as history.
* Streams put ``usage`` on the chunk that carries ``finish_reason`` and may send whole tool calls
  (without ``index``) in one chunk; cached prompt tokens come as
  ``usage.prompt_tokens_details.cached_tokens`` or ``usage.num_cached_tokens``.

One translator (:class:`_Translator`) turns SDK chunks into our chunks; a non-streamed reply is
fed through it as a single chunk and assembled by :class:`~llmrouter.streaming.StreamAssembler`,
so both paths mean the same thing by construction.
"""

from __future__ import annotations

import hashlib
import inspect
import json
import time
from collections.abc import AsyncIterator, Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any, Literal

from pydantic import ValidationError

from ..errors import (
    APIConnectionError,
    InvalidRequestError,
    LLMRouterError,
    ModelNotFoundError,
    ProviderError,
    error_from_status,
    request_id_from_headers,
    require,
    retry_after_from_headers,
)
from ..request import CHAT_PARAMS, ChatRequest, EmbeddingRequest
from ..streaming import StreamAssembler
from ..types import (
    ChatCompletion,
    ChatCompletionChunk,
    ChunkChoice,
    Delta,
    Embedding,
    EmbeddingResponse,
    EmbeddingUsage,
    FinishReason,
    ImagePart,
    Message,
    TextPart,
    ThinkingBlock,
    ToolCallDelta,
    ToolCallFunctionDelta,
    Usage,
)
from .base import BaseProvider, Capabilities

__all__ = ["MistralProvider"]

#: Mistral's documented sampling-temperature range (the API rejects values above it).
TEMPERATURE_RANGE = (0.0, 1.5)

#: Our (OpenAI) parameter names -> the SDK's keyword names.
_PARAM_NAMES = {
    "temperature": "temperature",
    "top_p": "top_p",
    "max_tokens": "max_tokens",
    "stop": "stop",
    "seed": "random_seed",
    "n": "n",
    "presence_penalty": "presence_penalty",
    "frequency_penalty": "frequency_penalty",
    "parallel_tool_calls": "parallel_tool_calls",
    "reasoning_effort": "reasoning_effort",
    "metadata": "metadata",
}
#: SDK keywords that ``extra_body`` may not set: the call's own content, transport and retries.
_RESERVED_KWARGS = frozenset(
    {"model", "messages", "inputs", "stream", "retries", "server_url", "timeout_ms", "http_headers"}
)
_TOOL_CHOICES = {"auto": "auto", "none": "none", "required": "any"}
_FINISH_REASONS: dict[str, FinishReason] = {
    "stop": "stop",
    "length": "length",
    "model_length": "length",
    "tool_calls": "tool_calls",
    "content_filter": "content_filter",
}


# --------------------------------------------------------------------------------------------
# Request translation (pure)
# --------------------------------------------------------------------------------------------


def _user_content(content: str | list[TextPart | ImagePart] | None) -> str | list[dict[str, Any]]:
    if content is None:
        return ""
    if isinstance(content, str):
        return content
    parts: list[dict[str, Any]] = []
    for part in content:
        if isinstance(part, TextPart):
            parts.append({"type": "text", "text": part.text})
        else:
            image = part.image_url
            url: str | dict[str, Any] = image.url
            if image.detail is not None:
                url = {"url": image.url, "detail": image.detail}
            parts.append({"type": "image_url", "image_url": url})
    return parts


def _thinking_chunks(message: Message) -> list[dict[str, Any]]:
    chunks: list[dict[str, Any]] = []
    for block in message.thinking_blocks or ():
        if block.type != "thinking" or not block.thinking:
            continue
        chunk: dict[str, Any] = {"type": "thinking", "thinking": [{"type": "text", "text": block.thinking}]}
        if block.signature:
            chunk["signature"] = block.signature
        chunks.append(chunk)
    return chunks


def build_messages(messages: Iterable[Message]) -> list[dict[str, Any]]:
    """Our messages as Mistral's: order kept, one wire message per turn (nothing merged)."""
    tool_names: dict[str, str] = {}
    out: list[dict[str, Any]] = []
    for message in messages:
        if message.role in ("system", "developer"):
            out.append({"role": "system", "content": message.text()})
        elif message.role == "user":
            out.append({"role": "user", "content": _user_content(message.content)})
        elif message.role == "assistant":
            wire: dict[str, Any] = {"role": "assistant"}
            thinking = _thinking_chunks(message)
            text = message.text()
            if thinking:
                wire["content"] = thinking + ([{"type": "text", "text": text}] if text else [])
            elif message.content is not None:
                wire["content"] = text
            if message.tool_calls:
                wire["tool_calls"] = [
                    {
                        "id": call.id,
                        "type": "function",
                        "function": {
                            "name": call.function.name,
                            "arguments": call.function.arguments or "{}",
                        },
                        "index": position,
                    }
                    for position, call in enumerate(message.tool_calls)
                ]
                for call in message.tool_calls:
                    tool_names[call.id] = call.function.name
            elif "content" not in wire:
                wire["content"] = ""
            out.append(wire)
        else:  # tool
            wire = {"role": "tool", "content": message.text(), "tool_call_id": message.tool_call_id}
            name = message.name or tool_names.get(message.tool_call_id or "")
            if name:
                wire["name"] = name
            out.append(wire)
    return out


def build_chat_kwargs(request: ChatRequest) -> dict[str, Any]:
    """The keyword arguments for ``client.chat.complete``/``stream``: a pure translation."""
    validate(request)
    kwargs: dict[str, Any] = {"model": request.model, "messages": build_messages(request.messages)}
    for name, value in request.params.items():
        sdk_name = _PARAM_NAMES.get(name)
        if sdk_name is not None and value is not None:
            kwargs[sdk_name] = value
    if request.tools:
        kwargs["tools"] = [
            {
                "type": "function",
                "function": {
                    "name": tool.function.name,
                    "parameters": tool.function.parameters or {"type": "object", "properties": {}},
                    **({"description": tool.function.description} if tool.function.description else {}),
                    **({"strict": tool.function.strict} if tool.function.strict is not None else {}),
                },
            }
            for tool in request.tools
        ]
    choice = request.tool_choice
    if isinstance(choice, str):
        kwargs["tool_choice"] = _TOOL_CHOICES.get(choice, choice)
    elif choice is not None and request.forced_tool:
        kwargs["tool_choice"] = {"type": "function", "function": {"name": request.forced_tool}}
    if request.response_format is not None:
        kwargs["response_format"] = request.response_format.model_dump(exclude_none=True, by_alias=True)
    if request.extra_headers:
        kwargs["http_headers"] = dict(request.extra_headers)
    return kwargs


def validate(request: ChatRequest) -> None:
    """Mistral's own limits, checked before any I/O."""
    temperature = request.params.get("temperature")
    low, high = TEMPERATURE_RANGE
    if temperature is not None and not low <= temperature <= high:
        raise InvalidRequestError(
            f"Mistral's temperature must be from {low} to {high}, got {temperature!r}",
            param="temperature",
            provider="mistral",
            model=request.model,
        )


def _with_extra_body(
    method: Callable[..., Any], kwargs: dict[str, Any], extra: dict[str, Any] | None, model: str
) -> dict[str, Any]:
    """``extra_body`` keys become SDK keyword arguments (``safe_prompt``, ``prompt_mode``...);
    the SDK builds the body from typed arguments, so a key it does not know is refused."""
    if not extra:
        return kwargs
    accepted = inspect.signature(method).parameters
    unknown = sorted(key for key in extra if key not in accepted or key in _RESERVED_KWARGS)
    if unknown:
        raise InvalidRequestError(
            f"extra_body field(s) {unknown} are not Mistral request fields the SDK accepts",
            param=unknown[0],
            provider="mistral",
            model=model,
        )
    return {**kwargs, **extra}


# --------------------------------------------------------------------------------------------
# Reply translation (pure helpers + the one stateful translator)
# --------------------------------------------------------------------------------------------


def _get(obj: Any, name: str) -> Any:
    if obj is None:
        return None
    if isinstance(obj, dict):
        return obj.get(name)
    return getattr(obj, name, None)


def _given(obj: Any, name: str) -> bool:
    """Whether the vendor actually sent ``name`` (SDK models fill defaults for absent fields)."""
    if isinstance(obj, dict):
        return name in obj
    fields = getattr(obj, "model_fields_set", None)
    return name in fields if fields is not None else _get(obj, name) is not None


def _finish_reason(value: Any, has_tool_calls: bool) -> FinishReason | None:
    """Mistral's finish reason in OpenAI terms; ``error`` (a failed generation) raises."""
    if value is None:
        return None
    value = str(value)
    if value == "error":
        raise ProviderError(
            "Mistral ended the generation with finish_reason 'error'", code="generation_error"
        )
    mapped = _FINISH_REASONS.get(value, "stop")
    return "tool_calls" if has_tool_calls and mapped == "stop" else mapped


def _int(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _usage(usage: Any) -> Usage | None:
    """Mistral usage -> OpenAI semantics. ``prompt_tokens`` already includes cached tokens."""
    if usage is None or not any(
        _given(usage, f) for f in ("prompt_tokens", "completion_tokens", "total_tokens")
    ):
        return None
    extra: dict[str, Any] = (
        dict(getattr(usage, "model_extra", None) or {}) if not isinstance(usage, dict) else usage
    )
    prompt = _int(_get(usage, "prompt_tokens")) or 0
    completion = _int(_get(usage, "completion_tokens"))
    if completion is None or not _given(usage, "completion_tokens"):
        total = _int(_get(usage, "total_tokens"))
        completion = max(total - prompt, 0) if total is not None else 0
    cached = _int(_get(extra.get("prompt_tokens_details"), "cached_tokens"))
    if cached is None:
        cached = _int(extra.get("num_cached_tokens"))
    reasoning = _int(_get(extra.get("completion_tokens_details"), "reasoning_tokens"))
    return Usage.of(prompt, completion, cached_tokens=cached, reasoning_tokens=reasoning)


def _arguments(value: Any) -> str:
    """Tool-call arguments as a JSON string (Mistral sends a string or, at times, an object)."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    return json.dumps(value, separators=(",", ":"), ensure_ascii=False)


def _call_id(vendor_id: Any, name: str, arguments: str, position: int) -> str:
    if isinstance(vendor_id, str) and vendor_id and vendor_id != "null":
        return vendor_id
    digest = hashlib.sha256(f"{name}\x00{arguments}\x00{position}".encode()).hexdigest()[:24]
    return f"call_{digest}"


def _pieces(content: Any) -> Iterator[tuple[str, str, str | None]]:
    """(kind, text, signature) for each piece of a message or delta ``content``."""
    if content is None:
        return
    if isinstance(content, str):
        yield "text", content, None
        return
    if not isinstance(content, list):
        return
    for chunk in content:
        kind = _get(chunk, "type")
        if kind == "text":
            yield "text", str(_get(chunk, "text") or ""), None
        elif kind == "thinking":
            inner = _get(chunk, "thinking")
            if isinstance(inner, str):
                text = inner
            else:
                text = "".join(
                    str(_get(part, "text") or "") for part in inner or () if _get(part, "type") == "text"
                )
            signature = _get(chunk, "signature")
            yield "thinking", text, signature if isinstance(signature, str) and signature else None


@dataclass
class _ChoiceState:
    started: bool = False
    finished: bool = False
    thinking: list[str] = field(default_factory=list)
    thinking_open: bool = False
    signature: str | None = None
    calls: int = 0
    by_id: dict[str, int] = field(default_factory=dict)
    by_index: dict[int, int] = field(default_factory=dict)
    last_call: int | None = None

    def close_thinking(self) -> list[ThinkingBlock] | None:
        if not self.thinking_open:
            return None
        block = ThinkingBlock(type="thinking", thinking="".join(self.thinking), signature=self.signature)
        self.thinking, self.thinking_open, self.signature = [], False, None
        return [block]


class _Translator:
    """Mistral chunks (streamed, or a whole reply seen as one chunk) -> our chunk contract."""

    def __init__(self, model: str) -> None:
        self.model = model
        self.id = ""
        self.created = 0
        self.usage: Usage | None = None
        self.states: dict[int, _ChoiceState] = {}

    def feed(self, chunk: Any, *, message_field: str = "delta") -> list[ChatCompletionChunk]:
        if not self.id:
            chunk_id = _get(chunk, "id")
            self.id = str(chunk_id) if chunk_id else f"chatcmpl-mistral-{int(time.time())}"
            self.created = _int(_get(chunk, "created")) or int(time.time())
            self.model = str(_get(chunk, "model") or self.model)
        usage = _usage(_get(chunk, "usage"))
        if usage is not None:
            self.usage = usage
        choices = []
        for vendor_choice in _get(chunk, "choices") or ():
            index = _int(_get(vendor_choice, "index")) or 0
            choice = self._choice(
                index, _get(vendor_choice, message_field), _get(vendor_choice, "finish_reason")
            )
            if choice is not None:
                choices.append(choice)
        return [self._chunk(choices)] if choices else []

    def unfinished(self) -> str | None:
        """Why a stream ending here is incomplete (every choice ends with a ``finish_reason``
        before Mistral's ``[DONE]``), or ``None``."""
        if not self.states:
            return "no chunk at all"
        missing = sorted(index for index, state in self.states.items() if not state.finished)
        return f"no finish_reason for choice(s) {missing}" if missing else None

    def end(self) -> list[ChatCompletionChunk]:
        """Closes choices the vendor left open, then the usage chunk when usage was reported."""
        if not self.states:
            self.states[0] = _ChoiceState()
        out = []
        closing = [
            self._choice(index, None, "tool_calls" if state.calls else "stop")
            for index, state in sorted(self.states.items())
            if not state.finished
        ]
        if closing:
            out.append(self._chunk([c for c in closing if c is not None]))
        if self.usage is not None:
            out.append(
                ChatCompletionChunk(
                    id=self.id, created=self.created, model=self.model, choices=[], usage=self.usage
                )
            )
        return out

    def _chunk(self, choices: list[ChunkChoice]) -> ChatCompletionChunk:
        if not self.id:
            self.id, self.created = f"chatcmpl-mistral-{int(time.time())}", int(time.time())
        return ChatCompletionChunk(id=self.id, created=self.created, model=self.model, choices=choices)

    def _choice(self, index: int, delta: Any, finish_reason: Any) -> ChunkChoice | None:
        state = self.states.get(index)
        if state is None:
            state = self.states[index] = _ChoiceState()
        if state.finished:
            return None
        role: Literal["assistant"] | None = None
        if not state.started:
            state.started = True
            role = "assistant"
        blocks: list[ThinkingBlock] = []
        texts: list[str] = []
        reasoning: list[str] = []
        for kind, text, signature in _pieces(_get(delta, "content")):
            if kind == "thinking":
                state.thinking_open = True
                if text:
                    state.thinking.append(text)
                    reasoning.append(text)
                if signature:
                    state.signature = signature
            elif text:
                blocks.extend(state.close_thinking() or ())
                texts.append(text)
        calls = self._tool_calls(state, _get(delta, "tool_calls") or ())
        if calls:
            blocks.extend(state.close_thinking() or ())
        finish = _finish_reason(finish_reason, state.calls > 0)
        if finish is not None:
            blocks.extend(state.close_thinking() or ())
            state.finished = True
        if finish is None and not (role or texts or reasoning or calls or blocks):
            return None  # nothing to say: no chunk (checked before building any model)
        out = Delta(
            role=role,
            content="".join(texts) or None,
            reasoning_content="".join(reasoning) or None,
            tool_calls=calls or None,
            thinking_blocks=blocks or None,
        )
        return ChunkChoice(index=index, delta=out, finish_reason=finish)

    @staticmethod
    def _tool_calls(state: _ChoiceState, calls: Iterable[Any]) -> list[ToolCallDelta]:
        out: list[ToolCallDelta] = []
        for call in calls:
            function = _get(call, "function")
            name = str(_get(function, "name") or "")
            arguments = _arguments(_get(function, "arguments"))
            vendor_id = _get(call, "id")
            vendor_id = vendor_id if isinstance(vendor_id, str) and vendor_id not in ("", "null") else None
            vendor_index = _int(_get(call, "index")) if _given(call, "index") else None
            known = state.by_id.get(vendor_id) if vendor_id else None
            if known is None and (vendor_id is not None or name or state.last_call is None):
                slot = state.calls
                state.calls += 1
                call_id = _call_id(vendor_id, name, arguments, slot)
                state.by_id[call_id] = slot
                if vendor_index is not None:
                    state.by_index[vendor_index] = slot
                state.last_call = slot
                out.append(
                    ToolCallDelta(
                        index=slot,
                        id=call_id,
                        type="function",
                        function=ToolCallFunctionDelta(name=name, arguments=""),
                    )
                )
            else:
                if known is not None:
                    slot = known
                elif vendor_index is not None and vendor_index in state.by_index:
                    slot = state.by_index[vendor_index]
                else:
                    slot = state.last_call if state.last_call is not None else 0
            if arguments:
                out.append(ToolCallDelta(index=slot, function=ToolCallFunctionDelta(arguments=arguments)))
        return out


def completion_from_reply(reply: Any, model: str) -> ChatCompletion:
    """A non-streamed reply, through the same translator and the one assembler."""
    translator = _Translator(model)
    assembler = StreamAssembler()
    for chunk in translator.feed(reply, message_field="message") + translator.end():
        assembler.add(chunk)
    return assembler.result()


def embedding_from_reply(reply: Any, model: str) -> EmbeddingResponse:
    data = [
        Embedding(index=_int(_get(item, "index")) or position, embedding=list(_get(item, "embedding") or ()))
        for position, item in enumerate(_get(reply, "data") or ())
    ]
    usage = _usage(_get(reply, "usage"))
    return EmbeddingResponse(
        data=data,
        model=str(_get(reply, "model") or model),
        usage=EmbeddingUsage(prompt_tokens=usage.prompt_tokens, total_tokens=usage.prompt_tokens)
        if usage is not None
        else None,
    )


# --------------------------------------------------------------------------------------------
# Errors (pure)
# --------------------------------------------------------------------------------------------


def _error_fields(body: Any) -> tuple[str | None, str | None, str | None, str | None]:
    """(message, type, code, param) from a Mistral error body, whatever its dialect:
    ``{"object": "error", "message", "type", "param", "code"}`` (documented), the gateway's
    ``{"message": ...}`` / ``{"detail": ...}``, or FastAPI's 422 ``{"detail": [...]}``."""
    try:
        data = json.loads(body) if isinstance(body, (str, bytes)) and body else body
    except ValueError:
        return (str(body)[:2000] if body else None), None, None, None
    if not isinstance(data, dict):
        return None, None, None, None
    if isinstance(data.get("error"), dict):
        data = data["error"]
    raw = data.get("message", data.get("detail"))
    if isinstance(raw, dict) and "detail" in raw:
        raw = raw["detail"]
    if isinstance(raw, list):
        parts = []
        for item in raw:
            if isinstance(item, dict):
                where = ".".join(str(p) for p in item.get("loc") or ())
                parts.append(f"{where}: {item.get('msg')}" if where else str(item.get("msg")))
            else:
                parts.append(str(item))
        message: str | None = "; ".join(parts)
    else:
        message = str(raw) if raw is not None else None
    kind, code, param = data.get("type"), data.get("code"), data.get("param")
    return (
        message,
        str(kind) if kind is not None else None,
        str(code) if code is not None else None,
        str(param) if param is not None else None,
    )


def error_from_mistral(status: int, body: Any, headers: Any, model: str) -> LLMRouterError:
    message, kind, code, param = _error_fields(body)
    text = message or f"Mistral returned HTTP {status}"
    if status < 500 and (kind == "invalid_model" or code == "unknown_model"):
        return ModelNotFoundError(
            text,
            status=status,
            type=kind,
            provider="mistral",
            model=model,
            request_id=request_id_from_headers(headers) or _header(headers, "mistral-correlation-id"),
            retry_after=retry_after_from_headers(headers),
            param=param,
        )
    error = error_from_status(
        status, text, headers=headers, code=code, type=kind, provider="mistral", model=model, param=param
    )
    if error.request_id is None:
        error.request_id = _header(headers, "mistral-correlation-id")
    return error


def _header(headers: Any, name: str) -> str | None:
    getter = getattr(headers, "get", None)
    value = getter(name) if getter is not None else None
    return str(value) if value else None


# --------------------------------------------------------------------------------------------
# The provider
# --------------------------------------------------------------------------------------------


def _sdk_class() -> Any:
    try:
        from mistralai.client import Mistral  # mistralai >= 2
    except ImportError:  # mistralai 1.x, or not installed at all
        module = require("mistralai", "mistral", purpose="the 'mistral' provider")
        return module.Mistral
    return Mistral


class MistralProvider(BaseProvider):
    name = "mistral"
    env_keys = ("MISTRAL_API_KEY",)
    sdk_module, sdk_extra = "mistralai", "mistral"
    sdk_base_url = "https://api.mistral.ai"
    capabilities = Capabilities(
        params=CHAT_PARAMS - frozenset({"logprobs", "top_logprobs", "user"}),
        embeddings=True,
    )

    def create_client(
        self, api_key: str | None, base_url: str | None, timeout: float | None, is_async: bool
    ) -> Any:
        options: dict[str, Any] = {"api_key": api_key, "retry_config": None}
        if base_url is not None:
            options["server_url"] = base_url
        if timeout is not None:
            options["timeout_ms"] = max(int(timeout * 1000), 1)
        return _sdk_class()(**options)

    # -- chat ----------------------------------------------------------------------------

    def _reply(self, request: ChatRequest, reply: Any) -> ChatCompletion:
        if not _get(reply, "choices"):
            raise self.invalid_response(request, "the body has no choices")
        return completion_from_reply(reply, request.model)

    def _end(self, request: ChatRequest, translator: _Translator) -> list[ChatCompletionChunk]:
        why = translator.unfinished()
        if why is not None:
            raise self.stream_incomplete(request, why)
        return translator.end()

    def complete(self, request: ChatRequest) -> ChatCompletion:
        kwargs = build_chat_kwargs(request)
        method = self.client(request).chat.complete
        reply = method(**_with_extra_body(method, kwargs, request.extra_body, request.model))
        return self._reply(request, reply)

    async def acomplete(self, request: ChatRequest) -> ChatCompletion:
        kwargs = build_chat_kwargs(request)
        method = self.async_client(request).chat.complete_async
        reply = await method(**_with_extra_body(method, kwargs, request.extra_body, request.model))
        return self._reply(request, reply)

    def stream(self, request: ChatRequest) -> Iterator[ChatCompletionChunk]:
        kwargs = build_chat_kwargs(request)
        method = self.client(request).chat.stream
        translator = _Translator(request.model)
        with method(**_with_extra_body(method, kwargs, request.extra_body, request.model)) as events:
            for event in events:
                yield from translator.feed(_get(event, "data"))
        yield from self._end(request, translator)

    async def astream(self, request: ChatRequest) -> AsyncIterator[ChatCompletionChunk]:
        kwargs = build_chat_kwargs(request)
        method = self.async_client(request).chat.stream_async
        translator = _Translator(request.model)
        events = await method(**_with_extra_body(method, kwargs, request.extra_body, request.model))
        async with events:
            async for event in events:
                for chunk in translator.feed(_get(event, "data")):
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
        return _with_extra_body(method, kwargs, request.extra_body, request.model)

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
                _message, kind, code, _ = _error_fields(body)
                if kind is not None or code is not None:  # an error object inside a 200 stream
                    numeric = (
                        int(code) if code is not None and code.isdigit() and 400 <= int(code) < 600 else 500
                    )
                    return error_from_mistral(numeric, body, headers, request.model)
                invalid = self.invalid_response(
                    request, f"a body the SDK could not read: {str(getattr(error, 'message', error))[:200]}"
                )
                invalid.request_id = request_id_from_headers(headers)
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
