"""The chat translation for OpenAI and every OpenAI-compatible vendor: the request to the keyword
arguments of ``client.chat.completions.create``, and the reply body (JSON, or SSE lines) straight
into llmrouter's types, which are the OpenAI wire shape already. Pure apart from the stream
reader's error messages, which name the provider's base URL.
"""

from __future__ import annotations

import json
from typing import Any

from pydantic import ValidationError

from ...errors import LLMRouterError, error_from_status
from ...request import ChatRequest
from ...types import ChatCompletion, ChatCompletionChunk, Message
from ..base import BaseProvider

__all__ = ["SSE", "build_chat_kwargs", "completion_of", "parse_sse_line"]

_DROP_FROM_MESSAGES = {"reasoning_content", "thinking_blocks"}
_SCALARS = (
    "temperature",
    "top_p",
    "frequency_penalty",
    "presence_penalty",
    "stop",
    "n",
    "seed",
    "user",
    "parallel_tool_calls",
    "logprobs",
    "top_logprobs",
    "reasoning_effort",
    "metadata",
)


def _message_dict(message: Message) -> dict[str, Any]:
    body = message.model_dump(exclude=_DROP_FROM_MESSAGES, exclude_none=True)
    if message.content is None:
        body["content"] = None
    if message.tool_calls:
        # Only the documented request fields: a reply's extras (OpenRouter's "index", a
        # vendor's signatures) are not valid input for the next call, here or elsewhere.
        body["tool_calls"] = [
            {
                "id": c.id,
                "type": "function",
                "function": {"name": c.function.name, "arguments": c.function.arguments},
            }
            for c in message.tool_calls
        ]
    return body


def build_chat_kwargs(
    request: ChatRequest, *, max_tokens_field: str = "max_completion_tokens", stream_usage: bool = True
) -> dict[str, Any]:
    """The keyword arguments for ``client.chat.completions.create``: a pure translation."""
    kwargs: dict[str, Any] = {
        "model": request.model,
        "messages": [_message_dict(m) for m in request.messages],
    }
    params = request.params
    for name in _SCALARS:
        if name in params:
            kwargs[name] = params[name]
    if "max_tokens" in params:
        kwargs[max_tokens_field] = params["max_tokens"]
    if request.tools:
        kwargs["tools"] = [tool.model_dump(exclude_none=True) for tool in request.tools]
    if request.tool_choice is not None:
        kwargs["tool_choice"] = request.tool_choice
    if request.response_format is not None:
        kwargs["response_format"] = request.response_format.model_dump(exclude_none=True, by_alias=True)
    if request.stream:
        kwargs["stream"] = True
        if stream_usage or request.include_usage:
            kwargs["stream_options"] = {"include_usage": True}
    if request.extra_headers:
        kwargs["extra_headers"] = request.extra_headers
    if request.extra_body:
        kwargs["extra_body"] = request.extra_body
    return kwargs


def parse_sse_line(line: str) -> ChatCompletionChunk | None:
    """One SSE line of a chat stream to a chunk; ``None`` for blank, comment and ``[DONE]`` lines."""
    if not line.startswith("data:"):
        return None
    data = line[5:].strip()
    if not data or data == "[DONE]":
        return None
    if '"error"' in data:  # cheap test first: only a chunk that mentions an error is parsed twice
        error = _stream_error(data)
        if error is not None:
            raise error
    return ChatCompletionChunk.model_validate_json(data)


def _stream_error(data: str) -> LLMRouterError | None:
    """A mid-stream error event (``{"error": {...}}``, alone or beside chunk fields as OpenRouter
    sends it), or ``None`` when "error" was only part of the text."""
    try:
        payload = json.loads(data)
    except ValueError:
        return None
    error = payload.get("error") if isinstance(payload, dict) else None
    if not error:
        return None
    if not isinstance(error, dict):
        return error_from_status(500, str(error))
    code = error.get("code")
    status = code if isinstance(code, int) and 400 <= code < 600 else 500
    return error_from_status(
        status,
        str(error.get("message") or "the stream reported an error"),
        code=code if isinstance(code, str) else None,
    )


def _what(body: bytes | str) -> str:
    """A short description of a body that is not a reply, for the error message."""
    text = body.decode("utf-8", "replace") if isinstance(body, bytes) else body
    text = " ".join(text.split())
    return f"{text[:80]!r}" + ("..." if len(text) > 80 else "")


class SSE:
    """One chat stream's lines: the chunks, and whether the stream ended as OpenAI's do (``data:
    [DONE]``). Anything that is not SSE (an HTML page, a proxy's JSON) is not a stream."""

    _FIELDS = ("data:", "event:", "id:", "retry:", ":")

    def __init__(self, provider: BaseProvider, request: ChatRequest, content_type: str | None) -> None:
        self.provider, self.request = provider, request
        self.done = False
        if content_type and "html" in content_type.lower():
            raise provider.invalid_response(request, f"an HTML page (content-type {content_type!r})")

    def line(self, line: str) -> ChatCompletionChunk | None:
        if not line.startswith(self._FIELDS):
            if line.strip():
                raise self.provider.invalid_response(
                    request=self.request, what=f"not an event stream: {_what(line)}"
                )
            return None
        if line.startswith("data:") and line[5:].strip() == "[DONE]":
            self.done = True
            return None
        try:
            return parse_sse_line(line)
        except ValidationError as exc:
            raise self.provider.invalid_response(
                self.request, f"an event that is not a chunk: {_what(line)}"
            ) from exc

    def end(self) -> None:
        if not self.done:
            raise self.provider.stream_incomplete(self.request, "no 'data: [DONE]'")


def completion_of(provider: BaseProvider, request: ChatRequest, body: bytes) -> ChatCompletion:
    """A non-streamed reply body, parsed once into our model."""
    try:
        return ChatCompletion.model_validate_json(body)
    except ValidationError as exc:
        raise provider.invalid_response(request, f"not a chat completion: {_what(body)}") from exc
