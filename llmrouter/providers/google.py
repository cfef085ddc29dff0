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
  so they are downloaded here (with ``httpx``, sync in sync calls and async in async calls, capped
  at :data:`MAX_IMAGE_BYTES`) and inlined; a failed download is an ``InvalidRequestError``.
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
import mimetypes
import re
import time
import urllib.parse
import uuid
from collections.abc import AsyncIterator, Iterable, Iterator, Mapping
from typing import TYPE_CHECKING, Any

from ..errors import (
    AuthenticationError,
    InvalidRequestError,
    LLMRouterError,
    UnsupportedParameterError,
    error_from_status,
)
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
from .base import COMMON_PARAMS, BaseProvider, Capabilities, ChatRequest, EmbeddingRequest

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

_PARAMS = COMMON_PARAMS - frozenset({"logprobs", "metadata", "parallel_tool_calls", "top_logprobs", "user"})

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


def _url_for_errors(url: str) -> str:
    """The URL without query or fragment, which may hold a token."""
    parts = urllib.parse.urlsplit(url)
    return urllib.parse.urlunsplit((parts.scheme, parts.netloc, parts.path, "", ""))


def _image_from_response(url: str, status: int, content_type: str | None, body: bytes) -> tuple[bytes, str]:
    shown = _url_for_errors(url)
    if status >= 400:
        raise InvalidRequestError(f"could not fetch image {shown}: HTTP {status}", param="messages")
    mime = (content_type or "").split(";", 1)[0].strip().lower()
    if not mime.startswith("image/"):
        guessed = mimetypes.guess_type(urllib.parse.urlsplit(url).path)[0]
        if guessed is None or not guessed.startswith("image/"):
            raise InvalidRequestError(
                f"{shown} is not an image (content-type {mime or 'missing'!r})", param="messages"
            )
        mime = guessed
    if not body:
        raise InvalidRequestError(f"image {shown} is empty", param="messages")
    return body, mime


def _too_large(url: str) -> InvalidRequestError:
    return InvalidRequestError(
        f"image {_url_for_errors(url)} is larger than {MAX_IMAGE_BYTES} bytes, Gemini's inline limit",
        param="messages",
    )


def _fetch_failed(url: str, exc: Exception) -> InvalidRequestError:
    return InvalidRequestError(
        f"could not fetch image {_url_for_errors(url)}: {type(exc).__name__}", param="messages"
    )


def fetch_images(urls: list[str], timeout: float | None) -> dict[str, tuple[bytes, str]]:
    if not urls:
        return {}
    import httpx

    fetched: dict[str, tuple[bytes, str]] = {}
    with httpx.Client(timeout=timeout or 30.0, follow_redirects=True) as client:
        for url in urls:
            try:
                with client.stream("GET", url) as response:
                    body = bytearray()
                    for piece in response.iter_bytes():
                        body.extend(piece)
                        if len(body) > MAX_IMAGE_BYTES:
                            raise _too_large(url)
                    status, content_type = response.status_code, response.headers.get("content-type")
            except httpx.HTTPError as exc:
                raise _fetch_failed(url, exc) from exc
            fetched[url] = _image_from_response(url, status, content_type, bytes(body))
    return fetched


async def afetch_images(urls: list[str], timeout: float | None) -> dict[str, tuple[bytes, str]]:
    if not urls:
        return {}
    import httpx

    fetched: dict[str, tuple[bytes, str]] = {}
    async with httpx.AsyncClient(timeout=timeout or 30.0, follow_redirects=True) as client:
        for url in urls:
            try:
                async with client.stream("GET", url) as response:
                    body = bytearray()
                    async for piece in response.aiter_bytes():
                        body.extend(piece)
                        if len(body) > MAX_IMAGE_BYTES:
                            raise _too_large(url)
                    status, content_type = response.status_code, response.headers.get("content-type")
            except httpx.HTTPError as exc:
                raise _fetch_failed(url, exc) from exc
            fetched[url] = _image_from_response(url, status, content_type, bytes(body))
    return fetched


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
    capabilities = Capabilities(params=_PARAMS, embeddings=True)

    def create_client(
        self, api_key: str | None, base_url: str | None, timeout: float | None, is_async: bool
    ) -> Any:
        from google import genai
        from google.genai import types

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

    def complete(self, request: ChatRequest) -> ChatCompletion:
        client = self.client(request)
        images = fetch_images(image_urls(request.messages), request.timeout)
        response = client.models.generate_content(**self._call_args(request, images))
        return assemble([response], request.model)

    async def acomplete(self, request: ChatRequest) -> ChatCompletion:
        client = self.async_client(request)
        images = await afetch_images(image_urls(request.messages), request.timeout)
        response = await client.aio.models.generate_content(**self._call_args(request, images))
        return assemble([response], request.model)

    def stream(self, request: ChatRequest) -> Iterator[ChatCompletionChunk]:
        client = self.client(request)
        images = fetch_images(image_urls(request.messages), request.timeout)
        translator = _Translator(request.model)
        source = client.models.generate_content_stream(**self._call_args(request, images))
        try:
            for response in source:
                yield from translator.chunks(response)
        finally:
            close = getattr(source, "close", None)
            if close is not None:
                close()  # closes the HTTP response when the caller stops early
        yield from translator.end()

    async def astream(self, request: ChatRequest) -> AsyncIterator[ChatCompletionChunk]:
        client = self.async_client(request)
        images = await afetch_images(image_urls(request.messages), request.timeout)
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
        for chunk in translator.end():
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
        from google.genai import errors as genai_errors
        from pydantic import ValidationError

        if isinstance(error, genai_errors.APIError):
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
