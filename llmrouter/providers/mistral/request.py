"""Mistral requests: our :class:`~llmrouter.request.ChatRequest` as ``mistralai`` keyword
arguments (pure functions, no SDK import).

* ``seed`` is ``random_seed``; ``tool_choice="required"`` is ``"any"``; tool messages carry the
  function ``name`` (looked up from the assistant turn that made the call); ``developer`` turns
  are sent as ``system``; images are ``{"type": "image_url", "image_url": <url>}`` (http or data:).
* An assistant turn's thinking blocks go back as ``thinking`` content chunks (signature kept).
"""

from __future__ import annotations

import inspect
from collections.abc import Callable, Iterable
from typing import Any

from ...errors import InvalidRequestError
from ...request import ChatRequest
from ...types import ImagePart, Message, TextPart

__all__ = ["TEMPERATURE_RANGE", "build_chat_kwargs", "build_messages", "validate", "with_extra_body"]

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


def with_extra_body(
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
