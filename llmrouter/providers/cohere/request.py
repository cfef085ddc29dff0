"""Cohere v2 requests: our :class:`~llmrouter.request.ChatRequest` as ``ClientV2.chat`` keyword
arguments (pure functions, no SDK import).

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
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ...errors import InvalidRequestError
from ...request import ChatRequest, EmbeddingRequest
from ...types import ImagePart, Message, TextPart

if TYPE_CHECKING:
    from cohere.core.request_options import RequestOptions

__all__ = ["build_chat_kwargs", "build_embed_kwargs"]


#: ``reasoning_effort`` to a Cohere thinking token budget. Cohere advises leaving about 1K tokens
#: for the answer and names 31K as the budget for "reason until the limit".
_THINKING_BUDGETS = {"minimal": 1024, "low": 2048, "medium": 8192, "high": 16384, "xhigh": 31000}

_MAX_STOP_SEQUENCES = 5


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
