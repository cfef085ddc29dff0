"""Anthropic (Claude) through the official ``anthropic`` SDK and the Messages API.

One translator: a streamed reply is a sequence of Anthropic stream events, and a non-streamed
reply is turned into the same event sequence (:func:`events_of_message`); :class:`EventTranslator`
is the only code that says what those events mean (text, thinking, tool calls, stop reason,
usage), and :class:`~llmrouter.streaming.StreamAssembler` builds the non-streamed reply from its
chunks. A streamed and a non-streamed call therefore cannot disagree.

Request mapping (decisions documented here, asserted by the tests):

* ``system`` and ``developer`` messages, wherever they occur, become the top-level ``system``
  parameter as text blocks, in order. Anthropic has no ``name`` slot: message names are dropped.
* Consecutive turns of the same Anthropic role are merged (the API wants alternation); ``tool``
  messages become ``tool_result`` blocks of a user turn, so the results of parallel calls travel
  in ONE user turn. Empty text parts are left out (the API refuses empty text blocks).
* Images: ``data:<type>;base64,...`` URLs become base64 source blocks (``application/pdf``
  becomes a ``document`` block), ``http(s)`` URLs become ``{"type": "url"}`` source blocks.
  Extra fields on a part (e.g. ``cache_control``) are passed through.
* ``max_tokens`` is mandatory for Anthropic: the default is the model's catalog max output
  (:mod:`llmrouter.models`), or :data:`DEFAULT_MAX_TOKENS` when the catalog does not know the
  model; with thinking on and no ``max_tokens`` given, the thinking budget is added on top.
  Non-streamed calls pass an explicit timeout (the request's, else :data:`DEFAULT_TIMEOUT`) so the
  SDK does not refuse a large ``max_tokens`` client-side; stream long generations.
* ``temperature`` must be within 0..1 (checked before the call). The installed SDK (2.12) has no
  ``temperature``/``top_p`` keywords any more, so both are sent in the request body through
  ``extra_body`` (the API still takes them). ``stop`` -> ``stop_sequences``;
  ``user`` (or ``metadata["user_id"]``) -> ``metadata.user_id``; other ``metadata`` keys are only
  seen by hooks (Anthropic's metadata has no other field). ``seed``, ``n``, the penalties and
  logprobs are not supported (the router refuses or drops them).
* ``tool_choice``: auto -> auto, none -> none, required -> any, named -> ``{"type": "tool"}``;
  ``parallel_tool_calls=False`` -> ``disable_parallel_tool_use``.
* ``response_format`` json_schema -> native structured outputs ``output_config.format``; a
  pydantic class's schema is first passed through ``anthropic.transform_schema`` (which moves
  constraints the API does not support into descriptions). ``json_object`` has no native
  equivalent: an instruction is appended to the system prompt (:data:`JSON_OBJECT_INSTRUCTION`);
  no prefill, so it also works with thinking.
* ``reasoning_effort`` -> ``thinking={"type": "enabled", "budget_tokens": ...}`` from
  :data:`THINKING_BUDGETS`; ``"none"`` sends no thinking. ``max_tokens`` must exceed the budget.
  Thinking blocks of assistant history turns are sent back first, before text and tool_use.

Reply mapping: text = all text blocks joined; thinking -> ``reasoning_content`` and
``thinking_blocks`` (signatures kept; ``redacted_thinking`` kept as ``data``); stop reasons
end_turn/stop_sequence/pause_turn -> stop, max_tokens/model_context_window_exceeded -> length,
tool_use -> tool_calls, refusal -> content_filter. Usage: prompt = input + cache_read +
cache_creation, ``cached_tokens`` = cache_read, ``cache_write_tokens`` = cache_creation; Anthropic
reports no reasoning-token count, so ``reasoning_tokens`` stays ``None``. Server-tool blocks
(web search etc.) are not mapped.
"""

from __future__ import annotations

import json
import re
import time
from collections.abc import AsyncIterator, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from ..errors import (
    APIConnectionError,
    APITimeoutError,
    InvalidRequestError,
    LLMRouterError,
    error_from_status,
    invalid_response,
    require,
    stream_incomplete,
)
from ..request import CHAT_PARAMS, ChatRequest, EmbeddingRequest
from ..streaming import SSEDecoder, StreamAssembler, sse_events
from ..types import (
    ChatCompletion,
    ChatCompletionChunk,
    ChunkChoice,
    ContentPart,
    Delta,
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

__all__ = [
    "DEFAULT_MAX_TOKENS",
    "THINKING_BUDGETS",
    "AnthropicProvider",
    "EventTranslator",
    "build_message_params",
    "events_of_message",
    "finish_reason",
    "usage_of",
]

#: ``max_tokens`` when neither the caller nor the model catalog gives one.
DEFAULT_MAX_TOKENS = 4096
#: Read timeout (seconds) for non-streamed calls when the caller sets none: the SDK's default.
DEFAULT_TIMEOUT = 600.0
#: ``reasoning_effort`` -> thinking ``budget_tokens`` (Anthropic's minimum budget is 1024).
THINKING_BUDGETS: dict[str, int] = {
    "minimal": 1024,
    "low": 2048,
    "medium": 8192,
    "high": 16384,
    "xhigh": 32768,
}
JSON_OBJECT_INSTRUCTION = "Respond with a single valid JSON object only: no prose, no code fences."

_STOP_REASONS: dict[str, FinishReason] = {
    "end_turn": "stop",
    "stop_sequence": "stop",
    "pause_turn": "stop",
    "max_tokens": "length",
    "model_context_window_exceeded": "length",
    "tool_use": "tool_calls",
    "refusal": "content_filter",
}

#: Anthropic error types -> HTTP status, for errors sent inside a 200 stream (``event: error``).
_ERROR_TYPE_STATUS: dict[str, int] = {
    "invalid_request_error": 400,
    "authentication_error": 401,
    "billing_error": 402,
    "permission_error": 403,
    "not_found_error": 404,
    "request_too_large": 413,
    "rate_limit_error": 429,
    "api_error": 500,
    "timeout_error": 504,
    "overloaded_error": 529,
}

_DATA_URL = re.compile(
    r"^data:(?P<type>[\w.+\-]+/[\w.+\-]+)(?P<params>(?:;[^,;]*)*),(?P<data>.*)$", re.DOTALL
)


# --------------------------------------------------------------------------------------------
# Request side (pure)
# --------------------------------------------------------------------------------------------


def _invalid(message: str, request: ChatRequest, param: str | None = None) -> InvalidRequestError:
    return InvalidRequestError(message, provider="anthropic", model=request.model, param=param)


def _extras(part: ContentPart) -> dict[str, Any]:
    """Fields a caller put on a part beyond the OpenAI shape (e.g. ``cache_control``)."""
    return dict(part.model_extra or {})


def _image_block(part: ImagePart, request: ChatRequest) -> dict[str, Any]:
    url = part.image_url.url
    if url.startswith("data:"):
        match = _DATA_URL.match(url)
        if match is None or ";base64" not in match.group("params"):
            raise _invalid(
                "image data URLs must look like data:<media type>;base64,<data>", request, "messages"
            )
        media_type = match.group("type")
        source = {"type": "base64", "media_type": media_type, "data": match.group("data")}
        kind = "document" if media_type == "application/pdf" else "image"
        return {"type": kind, "source": source, **_extras(part)}
    if url.startswith(("http://", "https://")):
        kind = "document" if url.lower().split("?", 1)[0].endswith(".pdf") else "image"
        return {"type": kind, "source": {"type": "url", "url": url}, **_extras(part)}
    raise _invalid("image_url must be an http(s) URL or a base64 data: URL", request, "messages")


def _content_blocks(content: str | list[ContentPart] | None, request: ChatRequest) -> list[dict[str, Any]]:
    if content is None:
        return []
    if isinstance(content, str):
        return [{"type": "text", "text": content}] if content else []
    blocks: list[dict[str, Any]] = []
    for part in content:
        if isinstance(part, TextPart):
            if part.text:
                blocks.append({"type": "text", "text": part.text, **_extras(part)})
        else:
            blocks.append(_image_block(part, request))
    return blocks


def _thinking_blocks(message: Message) -> list[dict[str, Any]]:
    blocks: list[dict[str, Any]] = []
    for block in message.thinking_blocks or ():
        if block.type == "redacted_thinking":
            if block.data:
                blocks.append({"type": "redacted_thinking", "data": block.data})
        elif block.signature:  # an unsigned thinking block cannot be sent back
            blocks.append(
                {"type": "thinking", "thinking": block.thinking or "", "signature": block.signature}
            )
    return blocks


def _tool_input(arguments: str, request: ChatRequest) -> dict[str, Any]:
    if not arguments.strip():
        return {}
    try:
        value = json.loads(arguments)
    except ValueError:
        raise _invalid(
            "assistant tool_calls arguments must be a JSON object string", request, "messages"
        ) from None
    if not isinstance(value, dict):
        raise _invalid("assistant tool_calls arguments must be a JSON object string", request, "messages")
    return value


def _turn(message: Message, request: ChatRequest) -> tuple[str, list[dict[str, Any]]]:
    if message.role == "assistant":
        blocks = _thinking_blocks(message) + _content_blocks(message.content, request)
        for call in message.tool_calls or ():
            blocks.append(
                {
                    "type": "tool_use",
                    "id": call.id,
                    "name": call.function.name,
                    "input": _tool_input(call.function.arguments, request),
                }
            )
        return "assistant", blocks
    if message.role == "tool":
        content = message.content
        result: dict[str, Any] = {"type": "tool_result", "tool_use_id": message.tool_call_id}
        result["content"] = content if isinstance(content, str) else _content_blocks(content, request)
        return "user", [result]
    blocks = _content_blocks(message.content, request)
    if not blocks:
        raise _invalid("a user message needs non-empty content", request, "messages")
    return "user", blocks


def _system_blocks(messages: Iterable[Message], request: ChatRequest) -> list[dict[str, Any]]:
    blocks: list[dict[str, Any]] = []
    for message in messages:
        for block in _content_blocks(message.content, request):
            if block["type"] != "text":
                raise _invalid("system messages may only hold text", request, "messages")
            blocks.append(block)
    return blocks


def _messages(request: ChatRequest) -> list[dict[str, Any]]:
    turns: list[dict[str, Any]] = []
    for message in request.messages:
        if message.role in ("system", "developer"):
            continue
        role, blocks = _turn(message, request)
        if not blocks:
            continue  # e.g. an assistant turn with empty content and nothing else
        if turns and turns[-1]["role"] == role:
            turns[-1]["content"].extend(blocks)
        else:
            turns.append({"role": role, "content": blocks})
    if not turns:
        raise _invalid("Anthropic needs at least one user or assistant message", request, "messages")
    return turns


def _tool_choice(request: ChatRequest) -> dict[str, Any] | None:
    choice = request.tool_choice
    parallel = request.params.get("parallel_tool_calls")
    if choice is None and parallel is not False:
        return None
    if choice == "none":
        return {"type": "none"}
    if choice == "required":
        out: dict[str, Any] = {"type": "any"}
    elif request.forced_tool:
        out = {"type": "tool", "name": request.forced_tool}
    else:
        out = {"type": "auto"}
    if parallel is False:
        out["disable_parallel_tool_use"] = True
    return out


def _output_format(request: ChatRequest) -> dict[str, Any] | None:
    spec = request.response_format
    if spec is None or spec.type != "json_schema" or spec.json_schema is None:
        return None
    schema = spec.json_schema.schema_
    if request.response_model is not None:
        anthropic = require("anthropic", "anthropic", purpose="the 'anthropic' provider")
        try:
            schema = anthropic.transform_schema(schema)
        except (ValueError, TypeError):
            pass  # keep the schema as the router built it; the API will say what it dislikes
    return {"type": "json_schema", "schema": schema}


def _max_tokens(request: ChatRequest, budget: int | None) -> int:
    given = request.params.get("max_tokens")
    if given is not None:
        if budget is not None and given <= budget:
            raise _invalid(
                f"max_tokens ({given}) must exceed the thinking budget ({budget}) of "
                f"reasoning_effort={request.params.get('reasoning_effort')!r}",
                request,
                "max_tokens",
            )
        return int(given)
    info = request.info
    default = info.max_output_tokens if info is not None and info.max_output_tokens else DEFAULT_MAX_TOKENS
    if budget is not None and default <= budget:
        default = budget + DEFAULT_MAX_TOKENS
    return default


def build_message_params(request: ChatRequest) -> dict[str, Any]:
    """The keyword arguments for ``client.messages.create``: a pure translation."""
    params = request.params
    temperature = params.get("temperature")
    if temperature is not None and not 0.0 <= temperature <= 1.0:
        raise _invalid(
            f"Anthropic temperature must be from 0 to 1, got {temperature!r}", request, "temperature"
        )
    effort = params.get("reasoning_effort")
    budget = THINKING_BUDGETS.get(effort) if isinstance(effort, str) else None

    kwargs: dict[str, Any] = {
        "model": request.model,
        "max_tokens": _max_tokens(request, budget),
        "messages": _messages(request),
    }
    system = _system_blocks((m for m in request.messages if m.role in ("system", "developer")), request)
    if request.response_format is not None and request.response_format.type == "json_object":
        system.append({"type": "text", "text": JSON_OBJECT_INSTRUCTION})
    if system:
        kwargs["system"] = system
    # anthropic 2.12's messages.create has no temperature/top_p keywords; the API still takes
    # them, so they travel in the body (the caller's extra_body, merged last, wins).
    sampling = {name: params[name] for name in ("temperature", "top_p") if params.get(name) is not None}
    if params.get("stop"):
        kwargs["stop_sequences"] = list(params["stop"])
    metadata = params.get("metadata") or {}
    user = params.get("user") or metadata.get("user_id")
    if user:
        kwargs["metadata"] = {"user_id": str(user)}
    if budget is not None:
        kwargs["thinking"] = {"type": "enabled", "budget_tokens": budget}
    if request.tools:
        tools = []
        for tool in request.tools:
            function = tool.function
            spec: dict[str, Any] = {
                "name": function.name,
                "input_schema": function.parameters or {"type": "object", "properties": {}},
            }
            if function.description:
                spec["description"] = function.description
            if function.strict is not None:
                spec["strict"] = function.strict
            tools.append(spec)
        kwargs["tools"] = tools
        choice = _tool_choice(request)
        if choice is not None:
            kwargs["tool_choice"] = choice
    output_format = _output_format(request)
    if output_format is not None:
        kwargs["output_config"] = {"format": output_format}
    if request.extra_headers:
        kwargs["extra_headers"] = request.extra_headers
    if sampling or request.extra_body:
        kwargs["extra_body"] = {**sampling, **(request.extra_body or {})}
    return kwargs


# --------------------------------------------------------------------------------------------
# Reply side: the one translator (pure)
# --------------------------------------------------------------------------------------------


def finish_reason(stop_reason: str | None, has_tool_calls: bool) -> FinishReason:
    """Anthropic's ``stop_reason`` in OpenAI terms; a reply with tool calls finishes with them."""
    mapped = _STOP_REASONS.get(stop_reason or "", "stop")
    if mapped == "stop" and has_tool_calls:
        return "tool_calls"
    return mapped


_USAGE_FIELDS = ("input_tokens", "output_tokens", "cache_read_input_tokens", "cache_creation_input_tokens")


def usage_of(fields: Mapping[str, Any]) -> Usage | None:
    """Anthropic usage in OpenAI semantics: the prompt includes cache reads and writes."""
    if fields.get("input_tokens") is None and fields.get("output_tokens") is None:
        return None
    cache_read = fields.get("cache_read_input_tokens")
    cache_write = fields.get("cache_creation_input_tokens")
    prompt = int(fields.get("input_tokens") or 0) + int(cache_read or 0) + int(cache_write or 0)
    return Usage.of(
        prompt,
        int(fields.get("output_tokens") or 0),
        cached_tokens=cache_read,
        cache_write_tokens=cache_write,
    )


@dataclass
class _Block:
    type: str
    tool_index: int | None = None
    arguments_sent: bool = False
    thinking: list[str] = field(default_factory=list)
    signature: str = ""
    data: str = ""


class EventTranslator:
    """Anthropic stream events (as dicts) in, ``chat.completion.chunk`` objects out."""

    def __init__(self, model: str, base_url: str | None = None) -> None:
        self.id = ""
        self.model = model
        self.base_url = base_url
        self.created = int(time.time())
        self.usage: dict[str, int] = {}
        self.stop_reason: str | None = None
        self.stop_seen = False
        self.finished = False
        self.tool_count = 0
        self._blocks: dict[int, _Block] = {}
        self._role_sent = False

    def _chunk(self, delta: Delta | None = None, reason: FinishReason | None = None) -> ChatCompletionChunk:
        delta = delta or Delta()
        if not self._role_sent:
            delta.role = "assistant"
            self._role_sent = True
        return ChatCompletionChunk(
            id=self.id or f"msg_llmrouter_{self.created}",
            created=self.created,
            model=self.model,
            choices=[ChunkChoice(index=0, delta=delta, finish_reason=reason)],
        )

    def _record_usage(self, usage: Any) -> None:
        if isinstance(usage, Mapping):
            for name in _USAGE_FIELDS:
                value = usage.get(name)
                if isinstance(value, int) and not isinstance(value, bool):
                    self.usage[name] = value

    def feed(self, event: Mapping[str, Any]) -> list[ChatCompletionChunk]:
        kind = event.get("type")
        if kind == "message_start":
            message = event.get("message") or {}
            self.id = str(message.get("id") or self.id)
            self.model = str(message.get("model") or self.model)
            self._record_usage(message.get("usage"))
            return [self._chunk()]
        if kind == "content_block_start":
            return self._start(int(event.get("index") or 0), event.get("content_block") or {})
        if kind == "content_block_delta":
            return self._delta(int(event.get("index") or 0), event.get("delta") or {})
        if kind == "content_block_stop":
            return self._stop(int(event.get("index") or 0))
        if kind == "message_delta":
            delta = event.get("delta") or {}
            if "stop_reason" in delta:
                self.stop_reason = delta.get("stop_reason")
                self.stop_seen = self.stop_seen or self.stop_reason is not None
            self._record_usage(event.get("usage"))
            return []
        if kind == "message_stop":
            return self._finish()
        return []  # ping and event types we do not know

    def close(self) -> list[ChatCompletionChunk]:
        """What is still owed once the events end; a stream cut before any stop reason fails
        (:class:`APIConnectionError`, code ``stream_incomplete``)."""
        if self.finished:
            return []
        if not self.stop_seen:
            raise stream_incomplete(
                "anthropic",
                self.base_url,
                "no message_delta with a stop_reason, no message_stop",
                provider="anthropic",
                model=self.model,
            )
        return self._finish()

    def _finish(self) -> list[ChatCompletionChunk]:
        if self.finished:
            return []
        self.finished = True
        chunks = [self._chunk(reason=finish_reason(self.stop_reason, self.tool_count > 0))]
        usage = usage_of(self.usage)
        if usage is not None:
            chunks.append(
                ChatCompletionChunk(
                    id=chunks[0].id, created=self.created, model=self.model, choices=[], usage=usage
                )
            )
        return chunks

    def _start(self, index: int, block: Mapping[str, Any]) -> list[ChatCompletionChunk]:
        kind = str(block.get("type") or "")
        state = self._blocks[index] = _Block(kind)
        if kind == "text":
            text = block.get("text")
            return [self._chunk(Delta(content=text))] if text else []
        if kind == "thinking":
            state.signature = str(block.get("signature") or "")
            thinking = block.get("thinking")
            if thinking:
                state.thinking.append(thinking)
                return [self._chunk(Delta(reasoning_content=thinking))]
            return []
        if kind == "redacted_thinking":
            state.data = str(block.get("data") or "")
            return []
        if kind == "tool_use":
            state.tool_index = self.tool_count
            self.tool_count += 1
            tool_input = block.get("input")
            arguments = ""
            if isinstance(tool_input, Mapping) and tool_input:
                arguments = json.dumps(tool_input, separators=(",", ":"), ensure_ascii=False)
                state.arguments_sent = True
            call = ToolCallDelta(
                index=state.tool_index,
                id=block.get("id") or None,
                type="function",
                function=ToolCallFunctionDelta(name=str(block.get("name") or ""), arguments=arguments),
            )
            return [self._chunk(Delta(tool_calls=[call]))]
        return []  # server tools, search results...: not mapped

    def _delta(self, index: int, delta: Mapping[str, Any]) -> list[ChatCompletionChunk]:
        state = self._blocks.get(index)
        if state is None:
            return []
        kind = delta.get("type")
        if kind == "text_delta" and state.type == "text":
            text = delta.get("text")
            return [self._chunk(Delta(content=text))] if text else []
        if kind == "thinking_delta" and state.type == "thinking":
            thinking = delta.get("thinking")
            if thinking:
                state.thinking.append(thinking)
                return [self._chunk(Delta(reasoning_content=thinking))]
            return []
        if kind == "signature_delta" and state.type == "thinking":
            state.signature += str(delta.get("signature") or "")
            return []
        if kind == "input_json_delta" and state.tool_index is not None:
            partial = delta.get("partial_json")
            if not partial:
                return []
            state.arguments_sent = True
            call = ToolCallDelta(index=state.tool_index, function=ToolCallFunctionDelta(arguments=partial))
            return [self._chunk(Delta(tool_calls=[call]))]
        return []

    def _stop(self, index: int) -> list[ChatCompletionChunk]:
        state = self._blocks.get(index)
        if state is None:
            return []
        if state.tool_index is not None and not state.arguments_sent:
            state.arguments_sent = True
            call = ToolCallDelta(index=state.tool_index, function=ToolCallFunctionDelta(arguments="{}"))
            return [self._chunk(Delta(tool_calls=[call]))]
        if state.type == "thinking":
            block = ThinkingBlock(
                type="thinking", thinking="".join(state.thinking), signature=state.signature or None
            )
            return [self._chunk(Delta(thinking_blocks=[block]))]
        if state.type == "redacted_thinking":
            block = ThinkingBlock(type="redacted_thinking", data=state.data)
            return [self._chunk(Delta(thinking_blocks=[block]))]
        return []


def events_of_message(message: Mapping[str, Any]) -> Iterator[Mapping[str, Any]]:
    """A non-streamed Messages reply as the stream events that would have carried it."""
    yield {"type": "message_start", "message": {"id": message.get("id"), "model": message.get("model")}}
    for index, block in enumerate(message.get("content") or ()):
        yield {"type": "content_block_start", "index": index, "content_block": block}
        yield {"type": "content_block_stop", "index": index}
    yield {
        "type": "message_delta",
        "delta": {"stop_reason": message.get("stop_reason"), "stop_sequence": message.get("stop_sequence")},
        "usage": message.get("usage"),
    }
    yield {"type": "message_stop"}


def is_message(body: Any) -> bool:
    """A Messages API reply: ``type: message`` (or no type) with a list of content blocks."""
    return (
        isinstance(body, Mapping)
        and body.get("type") in (None, "message")
        and isinstance(body.get("content"), list)
        and (body.get("type") == "message" or body.get("role") == "assistant")
    )


def completion_of(message: Any, model: str, base_url: str | None = None) -> ChatCompletion:
    """A non-streamed reply body, through the same translator and the stream assembler."""
    if not is_message(message):
        raise invalid_response(
            "anthropic", base_url, "the body is not a message", provider="anthropic", model=model
        )
    translator = EventTranslator(model)
    assembler = StreamAssembler()
    for event in events_of_message(message):
        for chunk in translator.feed(event):
            assembler.add(chunk)
    for chunk in translator.close():
        assembler.add(chunk)
    return assembler.result()


def _event_payload(client: Any, event: str | None, data: str, response: Any) -> Any:
    """An event's JSON as the SDK's ``Stream`` reads it: pings and unnamed events skipped, an
    ``error`` event raised as the SDK raises it (an ``APIStatusError`` on the 200 response)."""
    if event is None or event == "ping":
        return None
    if event == "error":
        body: Any = data
        try:
            body = json.loads(data)
            message = f"{body}"
        except ValueError:
            message = data or f"Error code: {response.status_code}"
        raise client._make_status_error(message, body=body, response=response)
    return json.loads(data) if data else None


# --------------------------------------------------------------------------------------------
# The provider
# --------------------------------------------------------------------------------------------


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
        kwargs = build_message_params(request)
        client = self.client(request)
        with client.messages.with_streaming_response.create(**kwargs, stream=True) as response:
            translator = self._check_stream(request, response.http_response)
            for event, data in sse_events(response.iter_lines()):
                payload = _event_payload(client, event, data, response.http_response)
                if payload is not None:
                    yield from translator.feed(payload)
        yield from translator.close()

    async def astream(self, request: ChatRequest) -> AsyncIterator[ChatCompletionChunk]:
        kwargs = build_message_params(request)
        client = self.async_client(request)
        async with client.messages.with_streaming_response.create(**kwargs, stream=True) as response:
            translator = self._check_stream(request, response.http_response)
            lines = SSEDecoder()
            async for line in response.iter_lines():
                for event, data in lines.feed(line):
                    payload = _event_payload(client, event, data, response.http_response)
                    if payload is not None:
                        for chunk in translator.feed(payload):
                            yield chunk
            for event, data in lines.end():
                payload = _event_payload(client, event, data, response.http_response)
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
        if isinstance(error, anthropic.APITimeoutError):
            return APITimeoutError(
                "Anthropic did not answer in time", provider=self.name, model=request.model
            )
        if isinstance(error, anthropic.APIConnectionError):
            return APIConnectionError(
                f"could not reach Anthropic: {error.message}", provider=self.name, model=request.model
            )
        if isinstance(error, anthropic.APIStatusError):
            body = error.body if isinstance(error.body, Mapping) else {}
            inner = body.get("error")
            inner = inner if isinstance(inner, Mapping) else {}
            error_type = inner.get("type") if isinstance(inner.get("type"), str) else None
            message = str(inner.get("message") or error.message)
            status = error.status_code
            if status < 400:  # an `event: error` inside a 200 stream
                status = _ERROR_TYPE_STATUS.get(error_type or "", 500)
            translated = error_from_status(
                status,
                message,
                headers=error.response.headers,
                provider=self.name,
                model=request.model,
                details={"anthropic_error_type": error_type} if error_type else None,
            )
            if translated.request_id is None:
                request_id = body.get("request_id")
                translated.request_id = request_id if isinstance(request_id, str) else None
            return translated
        return super().translate_error(error, request)
