"""Each vendor's wire format, as the cassettes under ``cassettes/`` spell it: a reply, a stream
(whose last event is the vendor's end marker) and an error body. Minimal but faithful: the
official SDKs parse them."""

from __future__ import annotations

import json
from typing import Any

VENDORS = ("openai", "anthropic", "google", "mistral", "cohere")

MODELS = {
    "openai": "openai/gpt-4o-mini",
    "anthropic": "anthropic/claude-sonnet-4-5",
    "google": "google/gemini-2.5-flash",
    "mistral": "mistral/mistral-small-latest",
    "cohere": "cohere/command-a-03-2025",
}


def base_url(vendor: str, server: str) -> str:
    return f"{server}/v1" if vendor == "openai" else server


def is_stream(vendor: str, path: str, body: dict[str, Any]) -> bool:
    if vendor == "google":
        return ":streamGenerateContent" in path
    return bool(body.get("stream"))


def _data(payload: Any, event: str | None = None) -> bytes:
    head = f"event: {event}\n" if event else ""
    return f"{head}data: {json.dumps(payload)}\n\n".encode()


def reply_body(vendor: str) -> dict[str, Any]:
    if vendor in ("openai", "mistral"):
        return {
            "id": "chatcmpl-fault",
            "object": "chat.completion",
            "created": 1754000000,
            "model": "m",
            "choices": [
                {"index": 0, "message": {"role": "assistant", "content": "Hello!"}, "finish_reason": "stop"}
            ],
            "usage": {"prompt_tokens": 3, "completion_tokens": 2, "total_tokens": 5},
        }
    if vendor == "anthropic":
        return {
            "id": "msg_fault",
            "type": "message",
            "role": "assistant",
            "model": "claude-sonnet-4-5",
            "content": [{"type": "text", "text": "Hello!"}],
            "stop_reason": "end_turn",
            "stop_sequence": None,
            "usage": {"input_tokens": 3, "output_tokens": 2},
        }
    if vendor == "google":
        return {
            "candidates": [
                {
                    "content": {"parts": [{"text": "Hello!"}], "role": "model"},
                    "finishReason": "STOP",
                    "index": 0,
                }
            ],
            "usageMetadata": {"promptTokenCount": 3, "candidatesTokenCount": 2, "totalTokenCount": 5},
            "modelVersion": "gemini-2.5-flash",
            "responseId": "fault",
        }
    return {  # cohere v2
        "id": "fault",
        "message": {"role": "assistant", "content": [{"type": "text", "text": "Hello!"}]},
        "finish_reason": "COMPLETE",
        "usage": {"tokens": {"input_tokens": 3, "output_tokens": 2}},
    }


def stream_events(vendor: str) -> list[bytes]:
    """The whole stream; its first two events carry text, the last is the end marker."""
    if vendor in ("openai", "mistral"):

        def chunk(delta: dict[str, Any], finish: str | None = None) -> bytes:
            return _data(
                {
                    "id": "chatcmpl-fault",
                    "object": "chat.completion.chunk",
                    "created": 1754000000,
                    "model": "m",
                    "choices": [{"index": 0, "delta": delta, "finish_reason": finish}],
                }
            )

        return [
            chunk({"role": "assistant", "content": "Hel"}),
            chunk({"content": "lo"}),
            chunk({"content": "!"}),
            chunk({}, "stop"),
            b"data: [DONE]\n\n",
        ]
    if vendor == "anthropic":
        return [
            _data(
                {
                    "type": "message_start",
                    "message": {
                        "id": "msg_fault",
                        "type": "message",
                        "role": "assistant",
                        "model": "claude-sonnet-4-5",
                        "content": [],
                        "stop_reason": None,
                        "usage": {"input_tokens": 3, "output_tokens": 1},
                    },
                },
                "message_start",
            )
            + _data(
                {"type": "content_block_start", "index": 0, "content_block": {"type": "text", "text": ""}},
                "content_block_start",
            ),
            _data(
                {"type": "content_block_delta", "index": 0, "delta": {"type": "text_delta", "text": "Hel"}},
                "content_block_delta",
            ),
            _data(
                {"type": "content_block_delta", "index": 0, "delta": {"type": "text_delta", "text": "lo!"}},
                "content_block_delta",
            ),
            _data({"type": "content_block_stop", "index": 0}, "content_block_stop"),
            _data(
                {
                    "type": "message_delta",
                    "delta": {"stop_reason": "end_turn"},
                    "usage": {"output_tokens": 2},
                },
                "message_delta",
            ),
            _data({"type": "message_stop"}, "message_stop"),
        ]
    if vendor == "google":

        def event(text: str, finish: str | None = None) -> bytes:
            candidate: dict[str, Any] = {"content": {"parts": [{"text": text}], "role": "model"}, "index": 0}
            if finish:
                candidate["finishReason"] = finish
            return _data({"candidates": [candidate], "modelVersion": "gemini-2.5-flash", "responseId": "f"})

        return [event("Hel"), event("lo"), event("!", "STOP")]
    return [  # cohere v2
        _data(
            {"id": "fault", "type": "message-start", "delta": {"message": {"role": "assistant"}}},
            "message-start",
        )
        + _data(
            {
                "type": "content-start",
                "index": 0,
                "delta": {"message": {"content": {"type": "text", "text": ""}}},
            },
            "content-start",
        ),
        _data(
            {"type": "content-delta", "index": 0, "delta": {"message": {"content": {"text": "Hel"}}}},
            "content-delta",
        ),
        _data(
            {"type": "content-delta", "index": 0, "delta": {"message": {"content": {"text": "lo!"}}}},
            "content-delta",
        ),
        _data({"type": "content-end", "index": 0}, "content-end"),
        _data(
            {
                "type": "message-end",
                "delta": {
                    "finish_reason": "COMPLETE",
                    "usage": {"tokens": {"input_tokens": 3, "output_tokens": 2}},
                },
            },
            "message-end",
        ),
        b"data: [DONE]\n\n",
    ]


def error_body(vendor: str, status: int) -> dict[str, Any]:
    message = {429: "Rate limit exceeded", 500: "Internal error", 502: "Bad gateway", 503: "Unavailable"}.get(
        status, "Overloaded"
    )
    if vendor == "openai":
        code = {429: "rate_limit_exceeded"}.get(status)
        return {
            "error": {
                "message": message,
                "type": "server_error" if status >= 500 else "requests",
                "code": code,
            }
        }
    if vendor == "anthropic":
        kind = {429: "rate_limit_error", 529: "overloaded_error", 503: "overloaded_error"}.get(
            status, "api_error"
        )
        return {"type": "error", "error": {"type": kind, "message": message}}
    if vendor == "google":
        names = {
            429: "RESOURCE_EXHAUSTED",
            500: "INTERNAL",
            502: "UNAVAILABLE",
            503: "UNAVAILABLE",
            529: "UNAVAILABLE",
        }
        return {"error": {"code": status, "message": message, "status": names[status]}}
    if vendor == "mistral":
        codes = {429: "1300", 500: "3000", 502: "3001", 503: "3002", 529: "3003"}
        kind = "rate_limited" if status == 429 else "internal_server_error"
        return {"object": "error", "message": message, "type": kind, "param": None, "code": codes[status]}
    return {"message": message}  # cohere


def corrupt_event(vendor: str) -> bytes:
    """A stream event whose data is cut-off JSON, named as the vendor names its events."""
    name = {"anthropic": "content_block_delta", "cohere": "content-delta"}.get(vendor)
    head = f"event: {name}\n" if name else ""
    return f'{head}data: {{"type": "{name or "chunk"}", "index": 0, "delta": {{"text": "Hel\n\n'.encode()
