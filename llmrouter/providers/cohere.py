"""Cohere, through the official ``cohere`` SDK's v2 client (``ClientV2`` / ``AsyncClientV2``).

What this file decides (everything else is the router's):

* Messages: ``system``/``developer`` turns are joined into one leading ``system`` message (Cohere
  rejects a system turn that is not first); user content parts become ``text``/``image_url``
  parts (data: and http(s) URLs both go through as-is: Cohere's ``image_url.url`` takes either);
  assistant ``reasoning_content`` goes back as a ``thinking`` content item, tool calls as
  ``tool_calls`` (plus ``tool_plan`` when the history message still carries one); tool results as
  ``{"role": "tool", "tool_call_id", "content": <text>}``.
* Parameters: ``top_p`` -> ``p`` (Cohere accepts 0.01-0.99; 1.0 is sent as 0.99), ``stop`` ->
  ``stop_sequences`` (at most 5), penalties 0-1, ``response_format`` json_object/json_schema ->
  ``{"type": "json_object", "json_schema": ...}``, ``tool_choice`` none/required -> NONE/REQUIRED
  (a named tool is emulated: only that tool is sent, with REQUIRED), ``reasoning_effort`` ->
  ``thinking`` (``none`` disables it, the others are token budgets, see ``_THINKING_BUDGETS``).
  Cohere always may call tools in parallel: ``parallel_tool_calls=False`` is refused.
* Replies: ``text`` items -> ``content``, ``thinking`` items -> ``reasoning_content``;
  ``message.tool_plan`` is not assistant text: it is kept as the extra field ``tool_plan`` on the
  message (unstreamed) and on the stream's deltas. Finish reasons: COMPLETE/STOP_SEQUENCE ->
  stop, MAX_TOKENS -> length, TOOL_CALL -> tool_calls, TIMEOUT -> length (the vendor cut the
  reply short; the text so far is kept), ERROR -> a :class:`ProviderError` is raised (the
  generation failed; ``message-end`` carries the reason). Usage: prompt = ``tokens.input_tokens``,
  completion = ``tokens.output_tokens``, cached = ``cached_tokens``; ``billed_units`` is kept as
  an extra field on ``Usage``. Cohere reports no reasoning-token count.

One set of helpers: an unstreamed reply (:func:`_completion`) is built at once as the reply
the stream assembler makes of the same content streamed, and the stream path
(:class:`_StreamTranslator`) uses the same helpers for finish reason, usage and tool calls.
"""

from __future__ import annotations

import hashlib
import json
import time
from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING, Any

from ..errors import (
    AuthenticationError,
    InvalidRequestError,
    LLMRouterError,
    ProviderError,
    error_from_status,
)
from ..request import CHAT_PARAMS, ChatRequest, EmbeddingRequest
from ..streaming import SSEDecoder
from ..types import (
    ChatCompletion,
    ChatCompletionChunk,
    ChatCompletionMessage,
    Choice,
    ChunkChoice,
    Delta,
    Embedding,
    EmbeddingResponse,
    EmbeddingUsage,
    FinishReason,
    FunctionCall,
    ImagePart,
    Message,
    TextPart,
    ToolCall,
    ToolCallDelta,
    ToolCallFunctionDelta,
    Usage,
)
from .base import BaseProvider, Capabilities

if TYPE_CHECKING:
    from cohere.core.request_options import RequestOptions

__all__ = ["CohereProvider", "build_chat_kwargs"]

ENV_KEYS = ("CO_API_KEY", "COHERE_API_KEY")

_FINISH_REASONS: dict[str, FinishReason] = {
    "COMPLETE": "stop",
    "STOP_SEQUENCE": "stop",
    "MAX_TOKENS": "length",
    "TOOL_CALL": "tool_calls",
    "TIMEOUT": "length",
}

#: ``reasoning_effort`` to a Cohere thinking token budget. Cohere advises leaving about 1K tokens
#: for the answer and names 31K as the budget for "reason until the limit".
_THINKING_BUDGETS = {"minimal": 1024, "low": 2048, "medium": 8192, "high": 16384, "xhigh": 31000}

_MAX_STOP_SEQUENCES = 5


# --------------------------------------------------------------------------------------------
# Request translation (pure)
# --------------------------------------------------------------------------------------------


def _invalid(message: str, request: ChatRequest, param: str | None = None) -> InvalidRequestError:
    return InvalidRequestError(message, provider="cohere", model=request.model, param=param)


def _user_content(message: Message, request: ChatRequest) -> str | list[dict[str, Any]]:
    if message.content is None or isinstance(message.content, str):
        return message.content or ""
    parts: list[dict[str, Any]] = []
    for part in message.content:
        if isinstance(part, TextPart):
            parts.append({"type": "text", "text": part.text})
        elif isinstance(part, ImagePart):
            image: dict[str, Any] = {"url": part.image_url.url}
            if part.image_url.detail is not None:
                image["detail"] = part.image_url.detail
            parts.append({"type": "image_url", "image_url": image})
    return parts


def _assistant_message(message: Message, request: ChatRequest) -> dict[str, Any]:
    out: dict[str, Any] = {"role": "assistant"}
    thinking = message.reasoning_content
    if not thinking and message.thinking_blocks:
        thinking = "".join(block.thinking or "" for block in message.thinking_blocks) or None
    text = message.text()
    if thinking:
        items: list[dict[str, Any]] = [{"type": "thinking", "thinking": thinking}]
        if text:
            items.append({"type": "text", "text": text})
        out["content"] = items
    elif text:
        out["content"] = text
    if message.tool_calls:
        tool_plan = getattr(message, "tool_plan", None)
        if isinstance(tool_plan, str) and tool_plan:
            out["tool_plan"] = tool_plan
        out["tool_calls"] = [
            {
                "id": call.id,
                "type": "function",
                "function": {"name": call.function.name, "arguments": call.function.arguments or "{}"},
            }
            for call in message.tool_calls
        ]
    if "content" not in out and "tool_calls" not in out:
        raise _invalid("an assistant message needs content or tool_calls for Cohere", request, "messages")
    return out


def _tool_message(message: Message, request: ChatRequest) -> dict[str, Any]:
    content: str | list[dict[str, Any]]
    if isinstance(message.content, list):
        if any(not isinstance(part, TextPart) for part in message.content):
            raise _invalid("Cohere tool results take text only, not images", request, "messages")
        content = [
            {"type": "text", "text": part.text} for part in message.content if isinstance(part, TextPart)
        ]
    else:
        content = message.content or ""
    return {"role": "tool", "tool_call_id": message.tool_call_id, "content": content}


def _messages(request: ChatRequest) -> list[dict[str, Any]]:
    """Cohere v2 messages; every system/developer turn joined into one leading system message."""
    system = [m.text() for m in request.messages if m.role in ("system", "developer")]
    out: list[dict[str, Any]] = []
    if system:
        out.append({"role": "system", "content": "\n\n".join(system)})
    for message in request.messages:
        if message.role == "user":
            out.append({"role": "user", "content": _user_content(message, request)})
        elif message.role == "assistant":
            out.append(_assistant_message(message, request))
        elif message.role == "tool":
            out.append(_tool_message(message, request))
    if not any(m["role"] != "system" for m in out):
        raise _invalid(
            "Cohere needs at least one user message besides the system prompt", request, "messages"
        )
    return out


def _number(request: ChatRequest, name: str, low: float, high: float) -> float | None:
    value = request.params.get(name)
    if value is None:
        return None
    if not low <= float(value) <= high:
        raise _invalid(f"Cohere accepts {name} from {low} to {high}, got {value!r}", request, name)
    return float(value)


def _tools_and_choice(request: ChatRequest, kwargs: dict[str, Any]) -> None:
    tools = request.tools or []
    choice = request.tool_choice
    forced = request.forced_tool
    if forced is not None:
        # Cohere cannot name a tool: send only that one and require a call.
        tools = [tool for tool in tools if tool.function.name == forced]
        if not tools:
            raise _invalid(f"tool_choice names {forced!r}, which is not in tools", request, "tool_choice")
        choice = "required"
    if tools:
        kwargs["tools"] = [
            {
                "type": "function",
                "function": {
                    "name": tool.function.name,
                    **({"description": tool.function.description} if tool.function.description else {}),
                    "parameters": tool.function.parameters or {"type": "object", "properties": {}},
                },
            }
            for tool in tools
        ]
        if any(tool.function.strict for tool in tools):
            kwargs["strict_tools"] = True
    if choice == "required":
        if not tools:
            raise _invalid("tool_choice 'required' needs tools", request, "tool_choice")
        kwargs["tool_choice"] = "REQUIRED"
    elif choice == "none" and tools:
        kwargs["tool_choice"] = "NONE"


def _request_options(request: ChatRequest | EmbeddingRequest) -> RequestOptions:
    """Per-request SDK options: retries are the router's, so the SDK's are off."""
    options: RequestOptions = {"max_retries": 0}
    if request.timeout is not None:
        options["timeout"] = request.timeout
    if request.extra_headers:
        options["additional_headers"] = dict(request.extra_headers)
    if request.extra_body:
        options["additional_body_parameters"] = dict(request.extra_body)
    return options


def build_chat_kwargs(request: ChatRequest) -> dict[str, Any]:
    """The keyword arguments for ``ClientV2.chat``/``chat_stream``: a pure translation."""
    params = request.params
    kwargs: dict[str, Any] = {"model": request.model, "messages": _messages(request)}
    if params.get("temperature") is not None:
        kwargs["temperature"] = params["temperature"]
    if params.get("max_tokens") is not None:
        kwargs["max_tokens"] = params["max_tokens"]
    if params.get("seed") is not None:
        kwargs["seed"] = params["seed"]
    top_p = params.get("top_p")
    if top_p is not None:
        if top_p < 0.01:
            raise _invalid(f"Cohere accepts top_p (p) from 0.01 to 0.99, got {top_p!r}", request, "top_p")
        kwargs["p"] = min(float(top_p), 0.99)
    for name in ("frequency_penalty", "presence_penalty"):
        value = _number(request, name, 0.0, 1.0)
        if value is not None:
            kwargs[name] = value
    stop = params.get("stop")
    if stop:
        if len(stop) > _MAX_STOP_SEQUENCES:
            raise _invalid(f"Cohere takes at most {_MAX_STOP_SEQUENCES} stop sequences", request, "stop")
        kwargs["stop_sequences"] = list(stop)
    if params.get("parallel_tool_calls") is False:
        raise _invalid(
            "Cohere always may call tools in parallel; parallel_tool_calls=False cannot be honoured",
            request,
            "parallel_tool_calls",
        )
    _tools_and_choice(request, kwargs)
    fmt = request.response_format
    if fmt is not None and fmt.type != "text":
        response_format: dict[str, Any] = {"type": "json_object"}
        if fmt.type == "json_schema" and fmt.json_schema is not None:
            response_format["json_schema"] = fmt.json_schema.schema_
        kwargs["response_format"] = response_format
    effort = params.get("reasoning_effort")
    if effort is not None:
        if effort == "none":
            kwargs["thinking"] = {"type": "disabled"}
        else:
            kwargs["thinking"] = {"type": "enabled", "token_budget": _THINKING_BUDGETS[effort]}
    kwargs["request_options"] = _request_options(request)
    return kwargs


# --------------------------------------------------------------------------------------------
# Reply translation (pure): one set of helpers for both paths
# --------------------------------------------------------------------------------------------


def _finish_reason(
    vendor: Any, has_tool_calls: bool, error: Any = None, model: str | None = None
) -> FinishReason:
    """Cohere's finish reason in OpenAI terms; ``ERROR`` raises (the generation failed)."""
    if vendor == "ERROR":
        raise ProviderError(
            f"Cohere reported a failed generation: {error or 'ERROR'}", provider="cohere", model=model
        )
    if has_tool_calls:
        return "tool_calls"
    return _FINISH_REASONS.get(str(vendor), "stop")


def _obj(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _int(value: Any) -> int | None:
    return int(value) if isinstance(value, (int, float)) and not isinstance(value, bool) else None


def _usage(vendor: Any) -> Usage | None:
    """``usage.tokens`` in OpenAI semantics; ``None`` when Cohere sent no token counts."""
    if not isinstance(vendor, dict):
        return None
    tokens = _obj(vendor.get("tokens"))
    prompt, completion = _int(tokens.get("input_tokens")), _int(tokens.get("output_tokens"))
    if prompt is None and completion is None:
        return None
    usage = Usage.of(prompt or 0, completion or 0, cached_tokens=_int(vendor.get("cached_tokens")))
    billed = vendor.get("billed_units")
    if isinstance(billed, dict):
        setattr(usage, "billed_units", {k: _int(v) if _int(v) is not None else v for k, v in billed.items()})
    return usage


def _tool_call_id(vendor_id: Any, message_id: str, position: int, name: str) -> str:
    """Cohere's own id, else a stable one derived from the reply id, position and name."""
    if isinstance(vendor_id, str) and vendor_id:
        return vendor_id
    digest = hashlib.sha256(f"{message_id}:{position}:{name}".encode()).hexdigest()[:24]
    return f"call_{digest}"


def _arguments(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    return json.dumps(value, separators=(",", ":"), ensure_ascii=False)


def _tool_call_start(index: int, call: Any, message_id: str) -> ToolCallDelta:
    call = _obj(call)
    function = _obj(call.get("function"))
    name = str(function.get("name") or "")
    return ToolCallDelta(
        index=index,
        id=_tool_call_id(call.get("id"), message_id, index, name),
        type="function",
        function=ToolCallFunctionDelta(name=name, arguments=_arguments(function.get("arguments"))),
    )


class _ChunkMaker:
    """Stamps id/created/model on chunks; the first delta carries ``role="assistant"``."""

    def __init__(self, model: str, message_id: str = "", created: int | None = None) -> None:
        self.model = model
        self.id = message_id
        self.created = created if created is not None else int(time.time())
        self.role_sent = False

    def delta(self, finish: FinishReason | None = None, **fields: Any) -> ChatCompletionChunk:
        if not self.role_sent:
            fields["role"] = "assistant"
            self.role_sent = True
        return ChatCompletionChunk(
            id=self.id or "cohere-stream",
            created=self.created,
            model=self.model,
            choices=[ChunkChoice(index=0, delta=Delta(**fields), finish_reason=finish)],
        )

    def usage(self, usage: Usage) -> ChatCompletionChunk:
        return ChatCompletionChunk(
            id=self.id or "cohere-stream", created=self.created, model=self.model, choices=[], usage=usage
        )


def _completion(body: Any, model: str) -> ChatCompletion:
    """An unstreamed ``/v2/chat`` reply, built at once: the same reply the stream assembler makes
    of the same content streamed (text and thinking joined, tool calls in order), without making
    the chunks first (a third of the cost of a short call's translation)."""
    if not isinstance(body, dict) or not isinstance(body.get("message"), dict):
        raise ProviderError("Cohere sent a reply that is not a chat response", provider="cohere", model=model)
    message = body["message"]
    reply_id = str(body.get("id") or "") or "cohere-stream"
    text: list[str] = []
    thinking: list[str] = []
    for item in message.get("content") or ():
        if not isinstance(item, dict):
            continue
        if item.get("type") == "thinking" and item.get("thinking"):
            thinking.append(str(item["thinking"]))
        elif item.get("type") == "text" and item.get("text"):
            text.append(str(item["text"]))
    calls = [call for call in message.get("tool_calls") or () if isinstance(call, dict)]
    tool_calls = []
    for index, call in enumerate(calls):
        start = _tool_call_start(index, call, str(body.get("id") or ""))
        function = start.function
        name = function.name if function is not None else ""
        arguments = function.arguments if function is not None else ""
        tool_calls.append(
            ToolCall(
                id=start.id or f"call_{reply_id}_0_{index}",
                function=FunctionCall(name=name or "", arguments=arguments or ""),
            )
        )
    finish = _finish_reason(body.get("finish_reason"), bool(calls), model=model)
    extras: dict[str, Any] = {}
    if isinstance(message.get("tool_plan"), str) and message["tool_plan"]:
        extras["tool_plan"] = message["tool_plan"]
    if message.get("citations"):
        extras["citations"] = message["citations"]
    reply = ChatCompletionMessage(
        content="".join(text) if text else None,
        tool_calls=tool_calls or None,
        reasoning_content="".join(thinking) if thinking else None,
        **extras,
    )
    return ChatCompletion(
        id=reply_id,
        created=int(time.time()),
        model=model,
        choices=[Choice(index=0, message=reply, finish_reason=finish)],
        usage=_usage(body.get("usage")),
    )


class _StreamTranslator:
    """Cohere v2 stream events (as dicts) to our chunks, one event at a time."""

    def __init__(self, model: str) -> None:
        self.maker = _ChunkMaker(model)
        self.tool_calls = 0
        self.finished = False

    def feed(self, event: dict[str, Any]) -> list[ChatCompletionChunk]:
        kind = event.get("type")
        delta = _obj(event.get("delta"))
        message = _obj(delta.get("message"))
        maker = self.maker
        if kind == "message-start":
            maker.id = str(event.get("id") or maker.id)
            return [maker.delta()]
        if kind in ("content-start", "content-delta"):
            content = _obj(message.get("content"))
            if content.get("thinking"):
                return [maker.delta(reasoning_content=str(content["thinking"]))]
            if content.get("text"):
                return [maker.delta(content=str(content["text"]))]
            return []
        if kind == "tool-plan-delta":
            plan = message.get("tool_plan")
            return [maker.delta(tool_plan=plan)] if isinstance(plan, str) and plan else []
        if kind == "tool-call-start":
            index = _int(event.get("index"))
            index = self.tool_calls if index is None else index
            self.tool_calls = max(self.tool_calls, index + 1)
            return [maker.delta(tool_calls=[_tool_call_start(index, message.get("tool_calls"), maker.id)])]
        if kind == "tool-call-delta":
            call = _obj(message.get("tool_calls"))
            function = _obj(call.get("function"))
            fragment = _arguments(function.get("arguments"))
            index = _int(event.get("index"))
            if not fragment:
                return []
            index = max(self.tool_calls - 1, 0) if index is None else index
            return [
                maker.delta(
                    tool_calls=[
                        ToolCallDelta(index=index, function=ToolCallFunctionDelta(arguments=fragment))
                    ]
                )
            ]
        if kind == "message-end":
            self.finished = True
            finish = _finish_reason(
                delta.get("finish_reason"), self.tool_calls > 0, delta.get("error"), maker.model
            )
            chunks = [maker.delta(finish=finish)]
            usage = _usage(delta.get("usage"))
            if usage is not None:
                chunks.append(maker.usage(usage))
            return chunks
        return []  # content-end, tool-call-end, citation-start/end, debug

    def end(self) -> str | None:
        """Why a stream ending here is incomplete (no ``message-end`` event), or ``None``."""
        return None if self.finished else "no message-end event"


def _is_event_stream(response: Any) -> bool:
    content_type = str(response.headers.get("content-type", "")).partition(";")[0]
    return "text/event-stream" in content_type


class _Payloads:
    """A stream body's lines to its events' data, as the SDK's stream reads them: ``[DONE]`` ends
    the stream, events with empty data are skipped."""

    def __init__(self) -> None:
        self.decoder = SSEDecoder()
        self.done = False

    def feed(self, line: str) -> list[str]:
        return self._read(self.decoder.feed(line))

    def end(self) -> list[str]:
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


def _event_dict(event: Any) -> dict[str, Any]:
    if isinstance(event, dict):
        return event
    dump = getattr(event, "dict", None)
    data = dump() if callable(dump) else {}
    return data if isinstance(data, dict) else {}


# --------------------------------------------------------------------------------------------
# Embeddings (pure)
# --------------------------------------------------------------------------------------------


def build_embed_kwargs(request: EmbeddingRequest) -> dict[str, Any]:
    kwargs: dict[str, Any] = {
        "model": request.model,
        "texts": list(request.input),
        # v3+ embedding models require an input type; a stored document is the usual case.
        "input_type": request.input_type or "search_document",
        "embedding_types": ["float"],
    }
    if request.dimensions is not None:
        kwargs["output_dimension"] = request.dimensions
    kwargs["request_options"] = _request_options(request)
    return kwargs


def _embedding_response(body: Any, model: str) -> EmbeddingResponse:
    embeddings = body.get("embeddings") if isinstance(body, dict) else None
    vectors = embeddings.get("float") if isinstance(embeddings, dict) else None
    if not isinstance(vectors, list):
        raise ProviderError("Cohere sent no float embeddings", provider="cohere", model=model)
    meta = _obj(body.get("meta"))
    billed = _obj(meta.get("billed_units"))
    tokens = _int(billed.get("input_tokens"))
    return EmbeddingResponse(
        data=[Embedding(index=i, embedding=[float(x) for x in vector]) for i, vector in enumerate(vectors)],
        model=model,
        usage=EmbeddingUsage(prompt_tokens=tokens, total_tokens=tokens) if tokens is not None else None,
    )


# --------------------------------------------------------------------------------------------
# The provider
# --------------------------------------------------------------------------------------------


class CohereProvider(BaseProvider):
    name = "cohere"
    env_keys = ENV_KEYS
    sdk_module = sdk_extra = "cohere"
    sdk_base_url = "https://api.cohere.com"
    capabilities = Capabilities(
        params=CHAT_PARAMS - frozenset({"logprobs", "metadata", "n", "top_logprobs", "user"}),
        embeddings=True,
    )

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

    def _reply(self, request: ChatRequest, body: Any) -> ChatCompletion:
        if not isinstance(body, dict) or not isinstance(body.get("message"), dict):
            raise self.invalid_response(request, "the body is not a chat response (no 'message')")
        return _completion(body, request.model)

    def complete(self, request: ChatRequest) -> ChatCompletion:
        kwargs = build_chat_kwargs(request)
        raw = self.client(request).with_raw_response.chat(**kwargs)
        return self._reply(request, raw.response.json())

    async def acomplete(self, request: ChatRequest) -> ChatCompletion:
        kwargs = build_chat_kwargs(request)
        raw = await self.async_client(request).with_raw_response.chat(**kwargs)
        return self._reply(request, raw.response.json())

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

    # A stream's SSE body goes straight to the translator as JSON (_Payloads): the SDK would
    # build its event models, which _event_dict then turned back into the same dicts. A body
    # that is not an event stream is left to the SDK, as before.

    def stream(self, request: ChatRequest) -> Iterator[ChatCompletionChunk]:
        kwargs = build_chat_kwargs(request)
        translator = _StreamTranslator(request.model)
        with self.client(request).with_raw_response.chat_stream(**kwargs) as raw:
            if _is_event_stream(raw.response):
                payloads = _Payloads()
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
                payloads = _Payloads()
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
        return _embedding_response(raw.response.json(), request.model)

    async def aembed(self, request: EmbeddingRequest) -> EmbeddingResponse:
        raw = await self.async_client(request).with_raw_response.embed(**build_embed_kwargs(request))
        return _embedding_response(raw.response.json(), request.model)

    # -- errors --------------------------------------------------------------------------

    def translate_error(self, error: Exception, request: ChatRequest | EmbeddingRequest) -> LLMRouterError:
        api_errors = self.loaded_sdk("cohere.core.api_error")
        if api_errors is not None and isinstance(error, api_errors.ApiError):
            return self._api_error(error, request)
        if type(error).__name__ == "SSEError":  # a 200 whose body is not an event stream
            return self.invalid_response(request, str(error)[:200])
        return super().translate_error(error, request)  # timeouts, connections, by the exception chain

    def _api_error(self, error: Any, request: ChatRequest | EmbeddingRequest) -> LLMRouterError:
        status = error.status_code
        if isinstance(status, int) and status < 300:  # the SDK could not read a 2xx body
            return self.invalid_response(request, "a body that is not Cohere's JSON reply")
        headers = {str(k).lower(): str(v) for k, v in (error.headers or {}).items()}
        body = error.body
        if isinstance(body, dict) and body.get("message"):
            message = str(body["message"])
        elif isinstance(body, str) and body.strip():
            message = body.strip()[:500]
        else:
            message = f"Cohere API error (status {status})"
        if status == 498:  # Cohere's "invalid token"
            result: LLMRouterError = AuthenticationError(
                message, status=status, provider=self.name, model=request.model
            )
        else:
            result = error_from_status(
                status, message, headers=headers, provider=self.name, model=request.model
            )
        if result.request_id is None:
            result.request_id = headers.get("x-debug-trace-id")
        return result
