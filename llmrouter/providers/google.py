"""Google Gemini (the Gemini Developer API) through the official ``google-genai`` SDK.

Translation only: a :class:`ChatRequest` becomes ``client.models.generate_content(...)`` (or
``generate_content_stream``), the SDK's ``GenerateContentResponse`` becomes our chunk sequence,
and SDK exceptions become :mod:`llmrouter.errors`.

Choices made here, and why:

* **API version ``v1beta``.** System instructions, thinking (``thinkingConfig``, thought parts and
  signatures), ``responseJsonSchema`` and ``parametersJsonSchema`` are served on ``v1beta``, while
  google-genai defaults to ``v1`` for the Developer API. The client is built with
  ``HttpOptions(api_version="v1beta")`` so the SDK calls
  ``/v1beta/models/<model>:generateContent``, ``:streamGenerateContent?alt=sse`` and
  ``:batchEmbedContents``. ``HttpOptions.timeout`` is in *milliseconds*; the request's timeout
  (seconds) is converted. The SDK's own retries are off (``HttpRetryOptions(attempts=1)``): the
  router retries. The key goes in the ``x-goog-api-key`` header (the SDK's default), never the URL.
* **One translator.** Every vendor reply, streamed or not, goes through :class:`_Translator`,
  which turns each ``GenerateContentResponse`` into ``chat.completion.chunk`` objects; a
  non-streamed reply is assembled from those chunks by :class:`~llmrouter.streaming.StreamAssembler`
  (the same assembler the router uses for streams), so both paths cannot disagree.
* **Tool-call ids.** Gemini function calls usually carry no id; we synthesise
  ``call_<24 hex of sha256(name, compact JSON args, position)>``, deterministic. Synthetic ids
  are never sent back to Gemini (it does not know them); an id Gemini gave is sent back on the
  ``functionCall`` and the matching ``functionResponse``.
* **Thought signatures.** Gemini attaches an opaque ``thoughtSignature`` to parts of a thinking
  model's reply (function-call parts must get theirs back on the next turn). Each signature is
  kept as a :class:`~llmrouter.types.ThinkingBlock` ``(type="thinking", signature=<base64>)`` in
  ``message.thinking_blocks`` with an extra field ``gemini_part`` naming the part it belongs to:
  ``"function_call"`` (plus ``tool_call_id``), ``"text"``, or ``"thought"`` (plus the thought
  text in ``thinking``). ``ChatCompletionMessage.to_message()`` keeps them, and the next request
  puts every signature back on the part it came from. Thought text (``reasoning_content``) is not
  sent back unless it was signed.
* **Images.** ``data:`` URLs become ``inline_data``. Gemini cannot fetch arbitrary http(s) URLs,
  so they are downloaded by :mod:`llmrouter.fetch` (the one bounded fetcher: shared client, no
  private addresses, redirects re-checked, once per call; sync in sync calls and async in async
  calls, capped at :data:`MAX_IMAGE_BYTES`) and inlined; a failed download is an
  ``InvalidRequestError``.
* **Usage** in OpenAI terms: ``prompt = promptTokenCount (+ toolUsePromptTokenCount)``, which
  already includes ``cachedContentTokenCount``; ``completion = candidatesTokenCount +
  thoughtsTokenCount``; ``cached = cachedContentTokenCount``; ``reasoning = thoughtsTokenCount``.
* **Errors.** Gemini answers a bad key with ``400 INVALID_ARGUMENT "API key not valid"``; that is
  an :class:`AuthenticationError` (status 401, the vendor's status in ``details``). A 429's
  ``RetryInfo.retryDelay`` in the body sets ``retry_after`` when no header does.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import re
import time
import urllib.parse
import uuid
from collections.abc import AsyncIterator, Iterable, Iterator, Mapping
from typing import TYPE_CHECKING, Any

from .. import types as _t
from ..errors import (
    AuthenticationError,
    InvalidRequestError,
    LLMRouterError,
    UnsupportedParameterError,
    error_from_status,
    is_undecodable_body,
)
from ..fetch import afetch_images, fetch_images
from ..request import CHAT_PARAMS, ChatRequest, EmbeddingRequest, ImageRequest
from ..streaming import StreamAssembler
from ..types import (
    ChatCompletion,
    ChatCompletionChunk,
    ChunkChoice,
    Delta,
    Embedding,
    EmbeddingResponse,
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

if TYPE_CHECKING:
    from google.genai import types as genai_types

__all__ = [
    "MAX_IMAGE_BYTES",
    "GoogleProvider",
    "build_config",
    "build_contents",
    "finish_reason",
    "synthetic_tool_call_id",
    "usage_of",
]

#: Gemini's inline request limit is 20 MB; a fetched image larger than this is refused.
MAX_IMAGE_BYTES = 20 * 1024 * 1024
#: Gemini accepts at most this many stop sequences and candidates.
MAX_STOP_SEQUENCES = 5
MAX_CANDIDATES = 8

_ENV_KEYS = ("GEMINI_API_KEY", "GOOGLE_API_KEY")

_PARAMS = CHAT_PARAMS - frozenset({"logprobs", "metadata", "parallel_tool_calls", "top_logprobs", "user"})

#: reasoning_effort -> thinking budget for budget-based models (Gemini 2.x), as Google's OpenAI
#: compatibility layer documents it (low 1K, medium 8K, high 24K, none disables thinking).
THINKING_BUDGETS = {
    "none": 0,
    "minimal": 512,
    "low": 1024,
    "medium": 8192,
    "high": 24576,
    "xhigh": 24576,
}
#: reasoning_effort -> thinking level for level-based models (Gemini 3 and later).
THINKING_LEVELS = {
    "none": "MINIMAL",
    "minimal": "MINIMAL",
    "low": "LOW",
    "medium": "MEDIUM",
    "high": "HIGH",
    "xhigh": "HIGH",
}

_CONTENT_FILTER_REASONS = frozenset(
    {
        "SAFETY",
        "RECITATION",
        "BLOCKLIST",
        "PROHIBITED_CONTENT",
        "SPII",
        "IMAGE_SAFETY",
        "IMAGE_PROHIBITED_CONTENT",
        "IMAGE_RECITATION",
        "MODEL_ARMOR",
    }
)

_SYNTHETIC_ID = re.compile(r"^call_[0-9a-f]{24}$")

#: OpenAI/Cohere-style embedding input types to Gemini task types; others pass upper-cased.
_TASK_TYPES = {
    "query": "RETRIEVAL_QUERY",
    "search_query": "RETRIEVAL_QUERY",
    "document": "RETRIEVAL_DOCUMENT",
    "search_document": "RETRIEVAL_DOCUMENT",
    "classification": "CLASSIFICATION",
    "clustering": "CLUSTERING",
    "similarity": "SEMANTIC_SIMILARITY",
}


# --------------------------------------------------------------------------------------------
# Pure helpers: the meaning of a reply, defined once
# --------------------------------------------------------------------------------------------


def _enum_value(value: Any) -> str | None:
    if value is None:
        return None
    return str(getattr(value, "value", value))


def finish_reason(vendor: str | None, has_tool_calls: bool) -> FinishReason:
    """Gemini's ``finishReason`` in OpenAI terms; a reply with function calls is ``tool_calls``
    (Gemini says ``STOP`` there) unless a safety filter stopped it."""
    if vendor in _CONTENT_FILTER_REASONS:
        return "content_filter"
    if has_tool_calls:
        return "tool_calls"
    if vendor == "MAX_TOKENS":
        return "length"
    return "stop"


_USAGE_COUNTS = ("prompt_token_count", "candidates_token_count", "thoughts_token_count")


def usage_of(meta: Any) -> Usage | None:
    """``usageMetadata`` in OpenAI semantics; ``None`` when Gemini reported nothing."""
    if meta is None:
        return None
    prompt = getattr(meta, "prompt_token_count", None)
    tool_prompt = getattr(meta, "tool_use_prompt_token_count", None)
    candidates = getattr(meta, "candidates_token_count", None)
    thoughts = getattr(meta, "thoughts_token_count", None)
    cached = getattr(meta, "cached_content_token_count", None)
    if prompt is None and candidates is None and thoughts is None:
        return None
    return Usage.of(
        (prompt or 0) + (tool_prompt or 0),
        (candidates or 0) + (thoughts or 0),
        cached_tokens=cached,
        reasoning_tokens=thoughts,
    )


def _compact_json(value: Any) -> str:
    return json.dumps(value, separators=(",", ":"), ensure_ascii=False)


def synthetic_tool_call_id(name: str, arguments: str, position: int) -> str:
    """A stable id for a Gemini function call, which has none: same call, same id."""
    digest = hashlib.sha256(f"{name}\x00{arguments}\x00{position}".encode()).hexdigest()
    return f"call_{digest[:24]}"


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    """Signatures are kept in standard base64; accept the URL-safe alphabet and no padding."""
    cleaned = text.strip().replace("-", "+").replace("_", "/")
    cleaned += "=" * (-len(cleaned) % 4)
    try:
        return base64.b64decode(cleaned, validate=True)
    except (binascii.Error, ValueError) as exc:
        raise InvalidRequestError("a thinking block's signature is not base64", param="messages") from exc


def _signature_block(**fields: str) -> ThinkingBlock:
    """A thought signature kept with the name of the part it belongs to (see module docs)."""
    return ThinkingBlock.model_validate({"type": "thinking", **fields})


class _Translator:
    """Turns each ``GenerateContentResponse`` (a whole reply, or one SSE event of a stream) into
    chunks, and :meth:`end` into the closing finish-reason and usage chunks."""

    def __init__(self, model: str) -> None:
        self.id = ""
        self.created = 0
        self.model = model
        self.seen: set[int] = set()
        self.tool_counts: dict[int, int] = {}
        self.vendor_finish: dict[int, str | None] = {}
        self.usage_metadata: Any = None
        """The last ``usageMetadata`` with counts: Gemini repeats running totals on every event, so
        only the last one is turned into a :class:`Usage`, once, at :meth:`end`."""
        self.blocked = False
        self.recognised = 0
        """Responses that carried candidates, promptFeedback or usageMetadata: Gemini's own."""

    def _stamp(self, response: Any) -> None:
        if not self.id:
            self.id = str(getattr(response, "response_id", None) or f"gemini-{uuid.uuid4().hex}")
            created = getattr(response, "create_time", None)
            self.created = int(created.timestamp()) if created is not None else int(time.time())
            self.model = str(getattr(response, "model_version", None) or self.model)

    def _chunk(self, choices: list[ChunkChoice], usage: Usage | None = None) -> ChatCompletionChunk:
        return ChatCompletionChunk(
            id=self.id, created=self.created, model=self.model, choices=choices, usage=usage
        )

    def chunks(self, response: Any) -> list[ChatCompletionChunk]:
        self._stamp(response)
        if any(getattr(response, name, None) for name in ("candidates", "prompt_feedback", "usage_metadata")):
            self.recognised += 1
        meta = getattr(response, "usage_metadata", None)
        if meta is not None and any(
            getattr(meta, name, None) is not None for name in _USAGE_COUNTS
        ):  # exactly when usage_of(meta) is not None
            self.usage_metadata = meta
        feedback = getattr(response, "prompt_feedback", None)
        if feedback is not None and getattr(feedback, "block_reason", None) is not None:
            self.blocked = True
        out: list[ChatCompletionChunk] = []
        for position, candidate in enumerate(getattr(response, "candidates", None) or ()):
            index = candidate.index if isinstance(candidate.index, int) else position
            choice = self._choice(index, candidate)
            if choice is not None:
                out.append(self._chunk([choice]))
        return out

    def _choice(self, index: int, candidate: Any) -> ChunkChoice | None:
        first = index not in self.seen
        self.seen.add(index)
        reason = _enum_value(getattr(candidate, "finish_reason", None))
        if reason is not None:
            self.vendor_finish[index] = reason
        content = getattr(candidate, "content", None)
        text: list[str] = []
        reasoning: list[str] = []
        calls: list[ToolCallDelta] = []
        blocks: list[ThinkingBlock] = []
        for part in getattr(content, "parts", None) or ():
            signature = getattr(part, "thought_signature", None)
            signed = _b64(signature) if signature else None
            call = getattr(part, "function_call", None)
            if call is not None:
                position = self.tool_counts.get(index, 0)
                self.tool_counts[index] = position + 1
                name = call.name or ""
                arguments = _compact_json(call.args or {})
                call_id = call.id or synthetic_tool_call_id(name, arguments, position)
                calls.append(
                    ToolCallDelta(
                        index=position,
                        id=call_id,
                        type="function",
                        function=ToolCallFunctionDelta(name=name, arguments=arguments),
                    )
                )
                if signed:
                    blocks.append(
                        _signature_block(signature=signed, gemini_part="function_call", tool_call_id=call_id)
                    )
                continue
            part_text = getattr(part, "text", None)
            if getattr(part, "thought", None):
                if part_text:
                    reasoning.append(part_text)
                if signed:
                    blocks.append(
                        _signature_block(thinking=part_text or "", signature=signed, gemini_part="thought")
                    )
                continue
            if part_text:
                text.append(part_text)
            if signed:
                blocks.append(_signature_block(signature=signed, gemini_part="text"))
        if not (first or text or reasoning or calls or blocks):
            return None
        delta = Delta(
            role="assistant" if first else None,
            content="".join(text) if text else None,
            reasoning_content="".join(reasoning) if reasoning else None,
            tool_calls=calls or None,
            thinking_blocks=blocks or None,
        )
        return ChunkChoice(index=index, delta=delta)

    def unfinished(self) -> str | None:
        """Why a stream that ends here is incomplete (Gemini's last event carries every
        candidate's ``finishReason``), or ``None`` when it is complete."""
        if not self.seen:
            return None if self.blocked else "no candidate at all"
        missing = sorted(index for index in self.seen if self.vendor_finish.get(index) is None)
        return f"no finishReason for candidate(s) {missing}" if missing else None

    def end(self) -> list[ChatCompletionChunk]:
        """The closing chunks: one finish reason per choice, then the usage chunk if any."""
        if not self.id:
            self.id, self.created = f"gemini-{uuid.uuid4().hex}", int(time.time())
        out: list[ChatCompletionChunk] = []
        if not self.seen:
            # A blocked prompt (promptFeedback.blockReason) has no candidates at all.
            reason: FinishReason = "content_filter" if self.blocked else "stop"
            out.append(
                self._chunk([ChunkChoice(index=0, delta=Delta(role="assistant"), finish_reason=reason)])
            )
        for index in sorted(self.seen):
            mapped = finish_reason(self.vendor_finish.get(index), self.tool_counts.get(index, 0) > 0)
            out.append(self._chunk([ChunkChoice(index=index, delta=Delta(), finish_reason=mapped)]))
        usage = usage_of(self.usage_metadata)
        if usage is not None:
            out.append(self._chunk([], usage=usage))
        return out


def assemble(responses: Iterable[Any], model: str) -> ChatCompletion:
    """A non-streamed reply through the same chunks and assembler as a stream."""
    translator = _Translator(model)
    assembler = StreamAssembler()
    for response in responses:
        for chunk in translator.chunks(response):
            assembler.add(chunk)
    for chunk in translator.end():
        assembler.add(chunk)
    return assembler.result()


# --------------------------------------------------------------------------------------------
# Pure helpers: the request
# --------------------------------------------------------------------------------------------

_DATA_URL = re.compile(r"^data:(?P<mime>[^;,]*)(?P<params>(?:;[^;,]*)*),(?P<data>.*)$", re.DOTALL)


def _data_url(url: str) -> tuple[bytes, str]:
    match = _DATA_URL.match(url)
    if match is None:
        raise InvalidRequestError("an image data: URL is malformed", param="messages")
    mime = match.group("mime") or "application/octet-stream"
    data = match.group("data")
    try:
        if ";base64" in match.group("params"):
            raw = base64.b64decode(data, validate=False)
        else:
            raw = urllib.parse.unquote_to_bytes(data)
    except (binascii.Error, ValueError) as exc:
        raise InvalidRequestError("an image data: URL has invalid base64 data", param="messages") from exc
    if not raw:
        raise InvalidRequestError("an image data: URL is empty", param="messages")
    return raw, mime


def image_urls(messages: list[Message]) -> list[str]:
    """The http(s) image URLs the request needs downloaded (Gemini cannot fetch them)."""
    urls: list[str] = []
    for message in messages:
        if isinstance(message.content, list):
            for part in message.content:
                if isinstance(part, ImagePart):
                    url = part.image_url.url
                    if url.startswith(("http://", "https://")) and url not in urls:
                        urls.append(url)
    return urls


def _user_parts(message: Message, images: Mapping[str, tuple[bytes, str]]) -> list[dict[str, Any]]:
    if isinstance(message.content, str):
        return [{"text": message.content}]
    parts: list[dict[str, Any]] = []
    for part in message.content or ():
        if isinstance(part, TextPart):
            parts.append({"text": part.text})
        elif isinstance(part, ImagePart):
            url = part.image_url.url
            if url.startswith("data:"):
                data, mime = _data_url(url)
            elif url in images:
                data, mime = images[url]
            else:
                raise InvalidRequestError("image_url must be a data: URL or an http(s) URL", param="messages")
            parts.append({"inline_data": {"data": data, "mime_type": mime}})
    return parts


def _tool_response(content: str) -> dict[str, Any]:
    """Gemini wants an object; JSON objects pass as they are, anything else as ``{"result": ...}``."""
    try:
        value = json.loads(content)
    except ValueError:
        return {"result": content}
    return value if isinstance(value, dict) else {"result": value}


def _assistant_parts(message: Message) -> list[dict[str, Any]]:
    blocks = message.thinking_blocks or []
    extra = [b.model_extra or {} for b in blocks]
    parts: list[dict[str, Any]] = []
    for block, fields in zip(blocks, extra, strict=True):
        if fields.get("gemini_part") == "thought" and block.signature:
            parts.append(
                {"text": block.thinking or "", "thought": True, "thought_signature": _unb64(block.signature)}
            )
    text = message.text()
    if text:
        part: dict[str, Any] = {"text": text}
        for block, fields in zip(blocks, extra, strict=True):
            if fields.get("gemini_part") == "text" and block.signature:
                part["thought_signature"] = _unb64(block.signature)
                break
        parts.append(part)
    for call in message.tool_calls or ():
        try:
            args = json.loads(call.function.arguments or "{}")
        except ValueError as exc:
            raise InvalidRequestError(
                f"tool call {call.id!r} has arguments that are not JSON", param="messages"
            ) from exc
        if not isinstance(args, dict):
            raise InvalidRequestError(
                f"tool call {call.id!r} has arguments that are not a JSON object", param="messages"
            )
        function_call: dict[str, Any] = {"name": call.function.name, "args": args}
        if not _SYNTHETIC_ID.match(call.id):
            function_call["id"] = call.id
        part = {"function_call": function_call}
        for block, fields in zip(blocks, extra, strict=True):
            if fields.get("tool_call_id") == call.id and block.signature:
                part["thought_signature"] = _unb64(block.signature)
                break
        parts.append(part)
    return parts


def build_contents(
    messages: list[Message], images: Mapping[str, tuple[bytes, str]] | None = None
) -> tuple[dict[str, Any] | None, list[dict[str, Any]]]:
    """OpenAI messages -> (``system_instruction``, ``contents``).

    System and developer messages, wherever they stand, go to the one system instruction in
    order; assistant turns are ``model``, tool results are ``functionResponse`` parts of a
    ``user`` turn; consecutive turns of one role are merged (so the results of a parallel call
    form one turn)."""
    images = images or {}
    system: list[dict[str, Any]] = []
    contents: list[dict[str, Any]] = []
    names: dict[str, str] = {}
    for message in messages:
        if message.role in ("system", "developer"):
            text = message.text()
            if text:
                system.append({"text": text})
            continue
        if message.role == "assistant":
            for call in message.tool_calls or ():
                names[call.id] = call.function.name
            role, parts = "model", _assistant_parts(message)
        elif message.role == "tool":
            call_id = message.tool_call_id or ""
            name = names.get(call_id) or message.name
            if not name:
                raise InvalidRequestError(
                    f"tool message answers tool_call_id {call_id!r}, which no earlier assistant "
                    "message made; Gemini needs the function name",
                    param="messages",
                )
            response: dict[str, Any] = {"name": name, "response": _tool_response(message.text())}
            if not _SYNTHETIC_ID.match(call_id):
                response["id"] = call_id
            role, parts = "user", [{"function_response": response}]
        else:
            role, parts = "user", _user_parts(message, images)
        if not parts:
            continue
        if contents and contents[-1]["role"] == role:
            contents[-1]["parts"].extend(parts)
        else:
            contents.append({"role": role, "parts": parts})
    if not contents:
        raise InvalidRequestError("Gemini needs at least one user or assistant message", param="messages")
    return ({"parts": system} if system else None), contents


def _thinking_config(model: str, effort: str) -> dict[str, Any]:
    if re.match(r"^(?:models/)?gemini-[3-9]", model):
        config: dict[str, Any] = {"thinking_level": THINKING_LEVELS[effort]}
    else:
        config = {"thinking_budget": THINKING_BUDGETS[effort]}
    config["include_thoughts"] = effort != "none"
    return config


def build_config(request: ChatRequest, system: dict[str, Any] | None) -> dict[str, Any]:
    """The ``GenerateContentConfig`` fields for the request (a pure translation)."""
    params = request.params
    config: dict[str, Any] = {"automatic_function_calling": {"disable": True}}
    if system is not None:
        config["system_instruction"] = system
    for ours, theirs in (
        ("temperature", "temperature"),
        ("top_p", "top_p"),
        ("max_tokens", "max_output_tokens"),
        ("seed", "seed"),
        ("n", "candidate_count"),
        ("presence_penalty", "presence_penalty"),
        ("frequency_penalty", "frequency_penalty"),
        ("stop", "stop_sequences"),
    ):
        if params.get(ours) is not None:
            config[theirs] = params[ours]
    stop = params.get("stop")
    if stop is not None and len(stop) > MAX_STOP_SEQUENCES:
        raise InvalidRequestError(
            f"Gemini takes at most {MAX_STOP_SEQUENCES} stop sequences, got {len(stop)}", param="stop"
        )
    n = params.get("n")
    if n is not None and n > MAX_CANDIDATES:
        raise InvalidRequestError(f"Gemini returns at most {MAX_CANDIDATES} choices (n), got {n}", param="n")
    effort = params.get("reasoning_effort")
    if effort is not None:
        config["thinking_config"] = _thinking_config(request.model, str(effort))
    if request.tools:
        declarations = []
        for tool in request.tools:
            declaration: dict[str, Any] = {"name": tool.function.name}
            if tool.function.description:
                declaration["description"] = tool.function.description
            if tool.function.parameters is not None:
                declaration["parameters_json_schema"] = tool.function.parameters
            declarations.append(declaration)
        config["tools"] = [{"function_declarations": declarations}]
    choice = request.tool_choice
    if choice is not None:
        calling: dict[str, Any]
        if choice == "auto":
            calling = {"mode": "AUTO"}
        elif choice == "none":
            calling = {"mode": "NONE"}
        elif choice == "required":
            calling = {"mode": "ANY"}
        else:
            name = request.forced_tool
            if not name:
                raise InvalidRequestError("tool_choice names no function", param="tool_choice")
            calling = {"mode": "ANY", "allowed_function_names": [name]}
        config["tool_config"] = {"function_calling_config": calling}
    response_format = request.response_format
    if response_format is not None and response_format.type != "text":
        config["response_mime_type"] = "application/json"
        if response_format.type == "json_schema" and response_format.json_schema is not None:
            config["response_json_schema"] = response_format.json_schema.schema_
    http: dict[str, Any] = {}
    if request.extra_headers:
        http["headers"] = dict(request.extra_headers)
    if request.extra_body:
        http["extra_body"] = dict(request.extra_body)
    if http:
        config["http_options"] = http
    return config


def _retry_delay_from_body(details: Any) -> float | None:
    """``RetryInfo.retryDelay`` ("30s", "1.5s") from a Google error body."""
    error = details.get("error", details) if isinstance(details, dict) else None
    items = error.get("details") if isinstance(error, dict) else None
    for item in items if isinstance(items, list) else ():
        if isinstance(item, dict) and str(item.get("@type", "")).endswith("google.rpc.RetryInfo"):
            delay = item.get("retryDelay")
            if isinstance(delay, str) and delay.endswith("s"):
                try:
                    return max(float(delay[:-1]), 0.0)
                except ValueError:
                    return None
    return None


def _error_reasons(details: Any) -> list[str]:
    error = details.get("error", details) if isinstance(details, dict) else None
    items = error.get("details") if isinstance(error, dict) else None
    return [
        str(item["reason"])
        for item in (items if isinstance(items, list) else ())
        if isinstance(item, dict) and item.get("reason")
    ]


# --------------------------------------------------------------------------------------------
# The provider
# --------------------------------------------------------------------------------------------


class GoogleProvider(BaseProvider):
    """The ``google`` provider (``gemini/`` is a synonym prefix): Gemini Developer API."""

    name = "google"
    env_keys = _ENV_KEYS
    sdk_module, sdk_package, sdk_extra = "google.genai", "google-genai", "google"
    sdk_base_url = "https://generativelanguage.googleapis.com"
    capabilities = Capabilities(params=_PARAMS, embeddings=True)

    def create_client(
        self, api_key: str | None, base_url: str | None, timeout: float | None, is_async: bool
    ) -> Any:
        genai = self.import_sdk()
        types = self.import_sdk("google.genai.types")
        options = types.HttpOptions(
            api_version="v1beta",
            retry_options=types.HttpRetryOptions(attempts=1),
            timeout=int(timeout * 1000) if timeout is not None else None,
            base_url=base_url,
        )
        # One client per key and event loop (BaseProvider caches them); async calls use its
        # ``.aio`` side, whose HTTP pool then never outlives its loop.
        return genai.Client(api_key=api_key, vertexai=False, http_options=options)

    # -- request -------------------------------------------------------------------------

    def _call_args(self, request: ChatRequest, images: Mapping[str, tuple[bytes, str]]) -> dict[str, Any]:
        system, contents = build_contents(request.messages, images)
        return {
            "model": request.model,
            "contents": contents,
            "config": build_config(request, system),
        }

    # -- chat ----------------------------------------------------------------------------

    def _reply(self, request: ChatRequest, response: Any) -> ChatCompletion:
        if not getattr(response, "candidates", None) and getattr(response, "prompt_feedback", None) is None:
            raise self.invalid_response(request, "the body has neither candidates nor promptFeedback")
        return assemble([response], request.model)

    def _end(self, request: ChatRequest, translator: _Translator) -> list[ChatCompletionChunk]:
        if not translator.recognised:  # whatever the body was, it was not a Gemini stream
            raise self.invalid_response(request, "no Gemini stream event in the body")
        why = translator.unfinished()
        if why is not None:
            raise self.stream_incomplete(request, why)
        return translator.end()

    def complete(self, request: ChatRequest) -> ChatCompletion:
        client = self.client(request)
        images = fetch_images(request, image_urls(request.messages), max_bytes=MAX_IMAGE_BYTES)
        response = client.models.generate_content(**self._call_args(request, images))
        return self._reply(request, response)

    async def acomplete(self, request: ChatRequest) -> ChatCompletion:
        client = self.async_client(request)
        images = await afetch_images(request, image_urls(request.messages), max_bytes=MAX_IMAGE_BYTES)
        response = await client.aio.models.generate_content(**self._call_args(request, images))
        return self._reply(request, response)

    def stream(self, request: ChatRequest) -> Iterator[ChatCompletionChunk]:
        client = self.client(request)
        images = fetch_images(request, image_urls(request.messages), max_bytes=MAX_IMAGE_BYTES)
        translator = _Translator(request.model)
        source = client.models.generate_content_stream(**self._call_args(request, images))
        try:
            for response in source:
                yield from translator.chunks(response)
        finally:
            close = getattr(source, "close", None)
            if close is not None:
                close()  # closes the HTTP response when the caller stops early
        yield from self._end(request, translator)

    async def astream(self, request: ChatRequest) -> AsyncIterator[ChatCompletionChunk]:
        client = self.async_client(request)
        images = await afetch_images(request, image_urls(request.messages), max_bytes=MAX_IMAGE_BYTES)
        translator = _Translator(request.model)
        source = await client.aio.models.generate_content_stream(**self._call_args(request, images))
        try:
            async for response in source:
                for chunk in translator.chunks(response):
                    yield chunk
        finally:
            close = getattr(source, "aclose", None)
            if close is not None:
                await close()
        for chunk in self._end(request, translator):
            yield chunk

    # -- embeddings ----------------------------------------------------------------------

    def _embed_args(self, request: EmbeddingRequest) -> dict[str, Any]:
        if request.user is not None:
            raise UnsupportedParameterError(
                "Gemini embeddings take no 'user'", param="user", provider=self.name, model=request.model
            )
        config: dict[str, Any] = {}
        if request.dimensions is not None:
            config["output_dimensionality"] = request.dimensions
        if request.input_type:
            config["task_type"] = _TASK_TYPES.get(request.input_type.lower(), request.input_type.upper())
        http: dict[str, Any] = {}
        if request.extra_headers:
            http["headers"] = dict(request.extra_headers)
        if request.extra_body:
            http["extra_body"] = dict(request.extra_body)
        if http:
            config["http_options"] = http
        return {"model": request.model, "contents": list(request.input), "config": config or None}

    def _embedding_response(
        self, reply: genai_types.EmbedContentResponse, request: EmbeddingRequest
    ) -> EmbeddingResponse:
        data = [
            Embedding(index=i, embedding=list(item.values or ()))
            for i, item in enumerate(reply.embeddings or ())
        ]
        # batchEmbedContents reports no token usage: None, never zeros.
        return EmbeddingResponse(data=data, model=request.model, usage=None)

    def embed(self, request: EmbeddingRequest) -> EmbeddingResponse:
        client = self.client(request)
        reply = client.models.embed_content(**self._embed_args(request))
        return self._embedding_response(reply, request)

    async def aembed(self, request: EmbeddingRequest) -> EmbeddingResponse:
        client = self.async_client(request)
        reply = await client.aio.models.embed_content(**self._embed_args(request))
        return self._embedding_response(reply, request)

    # -- errors --------------------------------------------------------------------------

    def translate_error(self, error: Exception, request: ChatRequest | EmbeddingRequest) -> LLMRouterError:
        from pydantic import ValidationError

        genai_errors = self.loaded_sdk("google.genai.errors")
        if is_undecodable_body(error):
            return super().translate_error(error, request)
        if genai_errors is not None and isinstance(error, genai_errors.APIError):
            return self._api_error(error, request)
        if isinstance(error, ValidationError):
            return InvalidRequestError(
                f"the request does not fit Gemini's schema: {error.error_count()} error(s), first: "
                f"{error.errors()[0].get('msg', '') if error.errors() else ''}",
                provider=self.name,
                model=request.model,
            )
        return super().translate_error(error, request)

    def _api_error(self, error: Any, request: ChatRequest | EmbeddingRequest) -> LLMRouterError:
        code = error.code if isinstance(error.code, int) else None
        vendor_status = error.status if isinstance(error.status, str) else None
        message = str(error.message or vendor_status or f"HTTP {code}")
        response = getattr(error, "response", None)
        headers = getattr(response, "headers", None)
        reasons = _error_reasons(error.details)
        details = {"vendor_status": code, "vendor_code": vendor_status, "reasons": reasons or None}
        if code in (400, 401) and ("API_KEY_INVALID" in reasons or "api key not valid" in message.lower()):
            return AuthenticationError(message, provider=self.name, model=request.model, details=details)
        translated = error_from_status(
            code,
            message,
            headers=headers,
            provider=self.name,
            model=request.model,
            details=details,
        )
        if translated.retry_after is None:
            translated.retry_after = _retry_delay_from_body(error.details)
        return translated

    # -- image generation ------------------------------------------------------------------
    #
    # Gemini image models (``gemini-*-image*``) through ``generate_content`` with image output,
    # answered in the OpenAI images shape (base64 only: Gemini serves no image URLs). Imagen is
    # refused: google-genai 3.x serves ``generate_images`` only in Vertex AI mode, and this
    # provider is the Gemini Developer API.

    def _image_client(self, request: ImageRequest, is_async: bool) -> Any:
        return self.async_client(request) if is_async else self.client(request)  # type: ignore[arg-type]

    def image_call(self, request: ImageRequest) -> dict[str, Any]:
        """The keyword arguments for ``models.generate_content``: a pure translation that refuses,
        before any I/O, what the Gemini API cannot honour."""
        if request.model.startswith("imagen-"):
            raise UnsupportedParameterError(
                f"{request.model} is not served on the Gemini Developer API through google-genai "
                "(its generate_images is Vertex AI only); use a Gemini image model such as "
                "'google/gemini-2.5-flash-image'",
                code="unsupported_operation",
                param="model",
                provider=self.name,
                model=request.model,
            )
        for name, value in (
            ("quality", request.quality),
            ("style", request.style),
            ("background", request.background),
            ("user", request.user_id),
        ):
            if value is not None:
                raise UnsupportedParameterError(
                    f"Gemini image models take no {name!r}",
                    param=name,
                    provider=self.name,
                    model=request.model,
                )
        if request.response_format == "url":
            raise UnsupportedParameterError(
                "Gemini returns images as base64 only: use response_format='b64_json'",
                param="response_format",
                provider=self.name,
                model=request.model,
            )
        if request.n not in (None, 1):
            raise UnsupportedParameterError(
                "Gemini image models make one image per call: n must be 1",
                param="n",
                provider=self.name,
                model=request.model,
            )
        if request.output_format not in (None, "png"):
            raise UnsupportedParameterError(
                "Gemini image models answer in PNG only",
                param="output_format",
                provider=self.name,
                model=request.model,
            )
        config: dict[str, Any] = {"response_modalities": ["TEXT", "IMAGE"]}
        ratio = _aspect_ratio(request.size, _GEMINI_IMAGE_RATIOS, request.model)
        if ratio is not None:
            config["image_config"] = {"aspect_ratio": ratio}
        config.update(_http_options(request))
        return {"model": request.model, "contents": request.prompt, "config": config}

    def _images_of(self, reply: Any, request: ImageRequest) -> _t.ImagesResponse:
        data: list[_t.Image] = []
        for candidate in reply.candidates or ():
            for part in (candidate.content.parts if candidate.content else None) or ():
                inline = part.inline_data
                if inline is not None and inline.data:
                    data.append(_t.Image(b64_json=_b64(inline.data)))
        if not data:
            reasons = [str(_enum_value(c.finish_reason)) for c in reply.candidates or () if c.finish_reason]
            feedback = reply.prompt_feedback
            if feedback is not None and feedback.block_reason is not None:
                reasons.append(str(_enum_value(feedback.block_reason)))
            raise InvalidRequestError(
                "Gemini returned no image" + (f" ({', '.join(reasons)})" if reasons else ""),
                code="content_filter",
                provider=self.name,
                model=request.model,
            )
        usage = None
        meta = reply.usage_metadata
        if meta is not None:
            prompt = meta.prompt_token_count or 0
            output = meta.candidates_token_count or 0
            usage = _t.ImagesUsage(
                input_tokens=prompt,
                output_tokens=output,
                total_tokens=meta.total_token_count or prompt + output,
                input_tokens_details=_t.ImageInputTokensDetails(text_tokens=prompt, image_tokens=0),
            )
        return _t.ImagesResponse(created=int(time.time()), data=data, usage=usage)

    def generate_image(self, request: ImageRequest) -> _t.ImagesResponse:
        kwargs = self.image_call(request)
        return self._images_of(self._image_client(request, False).models.generate_content(**kwargs), request)

    async def agenerate_image(self, request: ImageRequest) -> _t.ImagesResponse:
        kwargs = self.image_call(request)
        reply = await self._image_client(request, True).aio.models.generate_content(**kwargs)
        return self._images_of(reply, request)


def _http_options(request: ImageRequest) -> dict[str, Any]:
    """``extra_headers``/``extra_body`` as the SDK's per-call ``http_options``, when given."""
    http = {"headers": request.extra_headers, "extra_body": request.extra_body}
    given = {name: dict(value) for name, value in http.items() if value}
    return {"http_options": given} if given else {}


_GEMINI_IMAGE_RATIOS = ("1:1", "2:3", "3:2", "3:4", "4:3", "4:5", "5:4", "9:16", "16:9", "21:9")


def _aspect_ratio(size: str | None, allowed: tuple[str, ...], model: str) -> str | None:
    """OpenAI's ``size`` (``"1024x1024"``, ``"1792x1024"``...) or an aspect ratio (``"16:9"``)
    to the aspect ratio Gemini takes; a size of no ratio it offers is refused."""
    if size is None or size == "auto":
        return None
    match = re.fullmatch(r"(\d+)\s*[x:]\s*(\d+)", size)
    ratio = None
    if match and int(match.group(1)) and int(match.group(2)):
        width, height = int(match.group(1)), int(match.group(2))
        for candidate in allowed:
            w, h = (int(p) for p in candidate.split(":"))
            if width * h == height * w:
                ratio = candidate
                break
    if ratio is None:
        raise UnsupportedParameterError(
            f"size {size!r} has no aspect ratio {model} offers ({', '.join(allowed)})",
            param="size",
            provider="google",
            model=model,
        )
    return ratio
