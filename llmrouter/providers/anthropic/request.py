"""The Anthropic request side: an OpenAI-shaped :class:`ChatRequest` to the keyword arguments of
``client.messages.create``. Pure: no I/O, and the SDK is imported only for a pydantic class's
schema (``anthropic.transform_schema``). The mapping decisions are listed in the package docstring.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from typing import Any

from ...errors import InvalidRequestError, require
from ...request import ChatRequest
from ...types import ContentPart, ImagePart, Message, TextPart

__all__ = [
    "DEFAULT_MAX_TOKENS",
    "DEFAULT_TIMEOUT",
    "JSON_OBJECT_INSTRUCTION",
    "THINKING_BUDGETS",
    "build_message_params",
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

_DATA_URL = re.compile(
    r"^data:(?P<type>[\w.+\-]+/[\w.+\-]+)(?P<params>(?:;[^,;]*)*),(?P<data>.*)$", re.DOTALL
)


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
