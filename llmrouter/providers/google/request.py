"""The request side of the Gemini translation: OpenAI messages and parameters to the ``contents``
and ``GenerateContentConfig`` fields google-genai takes, as plain dicts (pure functions, no I/O,
no SDK import)."""

from __future__ import annotations

import base64
import binascii
import json
import re
import urllib.parse
from collections.abc import Mapping
from typing import Any

from ...errors import InvalidRequestError, UnsupportedParameterError
from ...request import ChatRequest, EmbeddingRequest, Request
from ...types import ImagePart, Message, TextPart

#: Gemini's inline request limit is 20 MB; a fetched image larger than this is refused.
MAX_IMAGE_BYTES = 20 * 1024 * 1024
#: Gemini accepts at most this many stop sequences and candidates.
MAX_STOP_SEQUENCES = 5
MAX_CANDIDATES = 8

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


def _unb64(text: str) -> bytes:
    """Signatures are kept in standard base64; accept the URL-safe alphabet and no padding."""
    cleaned = text.strip().replace("-", "+").replace("_", "/")
    cleaned += "=" * (-len(cleaned) % 4)
    try:
        return base64.b64decode(cleaned, validate=True)
    except (binascii.Error, ValueError) as exc:
        raise InvalidRequestError("a thinking block's signature is not base64", param="messages") from exc


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
    config.update(per_call_http_options(request))
    return config


def per_call_http_options(request: Request) -> dict[str, Any]:
    """``extra_headers``/``extra_body`` and the attempt's timeout (in the SDK's milliseconds; the
    router may have cut it to the time left before the deadline) as the SDK's per-call
    ``http_options``: ``{}`` when none is given, so the common call carries none."""
    http: dict[str, Any] = {}
    if request.extra_headers:
        http["headers"] = dict(request.extra_headers)
    if request.extra_body:
        http["extra_body"] = dict(request.extra_body)
    if request.timeout is not None:
        http["timeout"] = max(int(request.timeout * 1000), 1)
    return {"http_options": http} if http else {}


def embed_args(request: EmbeddingRequest, provider: str) -> dict[str, Any]:
    """The keyword arguments for ``models.embed_content`` (``:batchEmbedContents``)."""
    if request.user is not None:
        raise UnsupportedParameterError(
            "Gemini embeddings take no 'user'", param="user", provider=provider, model=request.model
        )
    config: dict[str, Any] = {}
    if request.dimensions is not None:
        config["output_dimensionality"] = request.dimensions
    if request.input_type:
        config["task_type"] = _TASK_TYPES.get(request.input_type.lower(), request.input_type.upper())
    config.update(per_call_http_options(request))
    return {"model": request.model, "contents": list(request.input), "config": config or None}
