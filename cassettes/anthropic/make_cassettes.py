"""Writes the Anthropic cassettes in this folder (deterministic: run it again, get the same files).

    python cassettes/anthropic/make_cassettes.py

Bodies follow the Messages API reference (https://docs.anthropic.com/en/api/messages), its
streaming page (https://docs.anthropic.com/en/docs/build-with-claude/streaming: ``event: <type>``
then ``data: <json>`` then a blank line, compact JSON as the API sends it) and the errors page
(https://docs.anthropic.com/en/api/errors: ``{"type": "error", "error": {"type", "message"},
"request_id"}``). No API key is written: requests carry no auth header.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import yaml

HERE = Path(__file__).resolve().parent
URI = "https://api.anthropic.com/v1/messages"
MODEL = "claude-sonnet-4-5-20250929"
DATE = "Mon, 03 Nov 2025 10:15:00 GMT"


def compact(value: Any) -> str:
    return json.dumps(value, separators=(",", ":"), ensure_ascii=False)


def usage(input_tokens: int, output_tokens: int, *, cache_read: int = 0, cache_write: int = 0) -> dict[str, Any]:
    return {
        "input_tokens": input_tokens,
        "cache_creation_input_tokens": cache_write,
        "cache_read_input_tokens": cache_read,
        "cache_creation": {"ephemeral_5m_input_tokens": cache_write, "ephemeral_1h_input_tokens": 0},
        "output_tokens": output_tokens,
        "service_tier": "standard",
    }


def message(msg_id: str, content: list[dict[str, Any]], stop_reason: str, use: dict[str, Any],
            stop_sequence: str | None = None) -> dict[str, Any]:
    return {
        "id": msg_id,
        "type": "message",
        "role": "assistant",
        "model": MODEL,
        "content": content,
        "stop_reason": stop_reason,
        "stop_sequence": stop_sequence,
        "usage": use,
    }


def request(body: dict[str, Any]) -> dict[str, Any]:
    return {
        "method": "POST",
        "uri": URI,
        "body": compact(body),
        "headers": {
            "accept": ["application/json"],
            "anthropic-version": ["2023-06-01"],
            "content-type": ["application/json"],
        },
    }


def response(status: int, reason: str, body: str, request_id: str, *, sse: bool = False,
             extra: dict[str, str] | None = None) -> dict[str, Any]:
    headers = {
        "date": [DATE],
        "content-type": ["text/event-stream; charset=utf-8" if sse else "application/json"],
        "request-id": [request_id],
        "anthropic-ratelimit-requests-limit": ["4000"],
        "anthropic-ratelimit-requests-remaining": ["3999"],
        "via": ["1.1 google"],
        "server": ["cloudflare"],
        "cf-ray": ["998877665544aabb-FRA"],
    }
    if sse:
        headers["cache-control"] = ["no-cache"]
    for name, value in (extra or {}).items():
        headers[name] = [value]
    return {"status": {"code": status, "message": reason}, "headers": headers, "body": {"string": body}}


def sse(events: list[dict[str, Any]]) -> str:
    return "".join(f"event: {event['type']}\ndata: {compact(event)}\n\n" for event in events)


def stream_events(msg_id: str, blocks: list[tuple[dict[str, Any], list[dict[str, Any]]]], stop_reason: str,
                  input_use: dict[str, Any], output_tokens: int, ping_after: int = 0) -> list[dict[str, Any]]:
    start_usage = dict(input_use, output_tokens=1)
    events: list[dict[str, Any]] = [
        {"type": "message_start", "message": {
            "id": msg_id, "type": "message", "role": "assistant", "model": MODEL, "content": [],
            "stop_reason": None, "stop_sequence": None, "usage": start_usage}},
    ]
    for index, (start, deltas) in enumerate(blocks):
        events.append({"type": "content_block_start", "index": index, "content_block": start})
        if index == ping_after:
            events.append({"type": "ping"})
        for delta in deltas:
            events.append({"type": "content_block_delta", "index": index, "delta": delta})
        events.append({"type": "content_block_stop", "index": index})
    final_usage = {k: input_use[k] for k in ("input_tokens", "cache_creation_input_tokens", "cache_read_input_tokens")}
    final_usage["output_tokens"] = output_tokens
    events.append({"type": "message_delta", "delta": {"stop_reason": stop_reason, "stop_sequence": None},
                   "usage": final_usage})
    events.append({"type": "message_stop"})
    return events


def text_deltas(*parts: str) -> list[dict[str, Any]]:
    return [{"type": "text_delta", "text": part} for part in parts]


def json_deltas(*parts: str) -> list[dict[str, Any]]:
    return [{"type": "input_json_delta", "partial_json": part} for part in parts]


def ok(msg_id: str, text: str, use: dict[str, Any], req: dict[str, Any], request_id: str) -> dict[str, Any]:
    body = message(msg_id, [{"type": "text", "text": text}], "end_turn", use)
    return {"request": request(req), "response": response(200, "OK", compact(body), request_id)}


def error(status: int, reason: str, error_type: str, text: str, request_id: str,
          extra: dict[str, str] | None = None) -> dict[str, Any]:
    body = {"type": "error", "error": {"type": error_type, "message": text}, "request_id": request_id}
    req = {"model": "claude-sonnet-4-5", "max_tokens": 64000, "messages": [{"role": "user", "content": [{"type": "text", "text": "Hi"}]}]}
    return {"request": request(req), "response": response(status, reason, compact(body), request_id, extra=extra)}


USER_HI = [{"role": "user", "content": [{"type": "text", "text": "Hi"}]}]
WEATHER_TOOL = {
    "name": "get_weather",
    "description": "Current weather for a city",
    "input_schema": {"type": "object", "properties": {"city": {"type": "string"}}, "required": ["city"]},
}
SIGNATURE = "EqQBCkYIBxgCKkBSmkH0pQ3vF1dTb2n8y8Qz0u2cYk9hXq3c6aJ8y0C4nW1nq7Z9Yx1gQm5cA2o3hL6dJk8rT4uV0wPzEgyJ8sLmN1a2b3c4d5eRoMx7yK9pQ2wE4rT6uI"
SIGNATURE_2 = "EpMCCkYIBxgCKkCz9xW4vR2nQ8mL5kJ3hG1fD0sA9pO7iU6yT5rE4wQ3eR2tY1uI0oP9lK8jH7gF6dS5aZ4xC3vB2nM1qW0eEgz"

PARALLEL_BLOCKS = [
    ({"type": "text", "text": ""}, text_deltas("I'll check both", " cities.")),
    ({"type": "tool_use", "id": "toolu_01A09q90qw90lq917835lq9", "name": "get_weather", "input": {}},
     json_deltas("", "{\"city\": ", "\"Paris\"}")),
    ({"type": "tool_use", "id": "toolu_01B18r81rx81mr826724mr8", "name": "get_weather", "input": {}},
     json_deltas("{\"ci", "ty\": \"Tokyo\"}")),
]
PARALLEL_CONTENT = [
    {"type": "text", "text": "I'll check both cities."},
    {"type": "tool_use", "id": "toolu_01A09q90qw90lq917835lq9", "name": "get_weather", "input": {"city": "Paris"}},
    {"type": "tool_use", "id": "toolu_01B18r81rx81mr826724mr8", "name": "get_weather", "input": {"city": "Tokyo"}},
]
PARALLEL_USAGE = usage(402, 118)

THINKING_TEXT = "The user asks for 27 * 453. 27 * 453 = 27 * 400 + 27 * 53 = 10800 + 1431 = 12231."
CASSETTES: dict[str, list[dict[str, Any]]] = {
    "plain.yaml": [
        ok("msg_01XFDUDYJgAACzvnptvVoYEL", "Hello! How can I help you today?", usage(9, 12),
           {"model": "claude-sonnet-4-5", "max_tokens": 64000, "messages": USER_HI}, "req_011CUjx2nMxwq7HuN5L1aBcd"),
    ],
    "system_multiturn.yaml": [
        ok("msg_01Ln4cS2bT7yQ5dRkz8WfPqA", "Your name is Ada, and you like tea.", usage(58, 13),
           {"model": "claude-sonnet-4-5", "max_tokens": 64000, "system": [{"type": "text", "text": "You are terse."}],
            "messages": USER_HI}, "req_011CUjx3pQr8sTuVwXyZ0aBc"),
    ],
    "ok.yaml": [
        ok("msg_01Qw3eR5tY7uI9oP1aS3dF5g", "OK.", usage(20, 4),
           {"model": "claude-sonnet-4-5", "max_tokens": 64000, "messages": USER_HI}, "req_011CUjx4aB2cD4eF6gH8iJ0k"),
    ],
    "stream_text.yaml": [
        {"request": request({"model": "claude-sonnet-4-5", "max_tokens": 64000, "messages": USER_HI, "stream": True}),
         "response": response(200, "OK", sse(stream_events(
             "msg_01Vb7nM9kL2jH4gF6dS8aQ0w",
             [({"type": "text", "text": ""}, text_deltas("Hello", "! How can I", " help you today?"))],
             "end_turn", usage(5, 0, cache_read=1200, cache_write=30), 12)),
             "req_011CUjx5kL7mN9pQ1rS3tU5v", sse=True)},
    ],
    "tools.yaml": [
        {"request": request({"model": "claude-sonnet-4-5", "max_tokens": 64000, "messages": USER_HI,
                             "tools": [WEATHER_TOOL]}),
         "response": response(200, "OK", compact(message("msg_01Hk3jL5gF7dS9aP1oI3uY5t", [
             {"type": "text", "text": "Let me check the weather in Paris."},
             {"type": "tool_use", "id": "toolu_01T1x1fJ34qAmk2tNTrN7Up6", "name": "get_weather",
              "input": {"city": "Paris"}}], "tool_use", usage(384, 71))), "req_011CUjx6aaaaBBBBccccDDDD")},
        ok("msg_01Zx9cV7bN5mA3sD1fG8hJ6k", "It is 18°C and sunny in Paris.", usage(472, 16),
           {"model": "claude-sonnet-4-5", "max_tokens": 64000, "messages": USER_HI, "tools": [WEATHER_TOOL]},
           "req_011CUjx7eeeeFFFFggggHHHH"),
    ],
    "parallel_tools.yaml": [
        {"request": request({"model": "claude-sonnet-4-5", "max_tokens": 64000, "messages": USER_HI,
                             "tools": [WEATHER_TOOL]}),
         "response": response(200, "OK", compact(message("msg_01Pq2wE4rT6yU8iO0pA2sD4f", PARALLEL_CONTENT,
                                                         "tool_use", PARALLEL_USAGE)), "req_011CUjx8iiiiJJJJkkkkLLLL")},
    ],
    "parallel_tools_stream.yaml": [
        {"request": request({"model": "claude-sonnet-4-5", "max_tokens": 64000, "messages": USER_HI,
                             "tools": [WEATHER_TOOL], "stream": True}),
         "response": response(200, "OK", sse(stream_events("msg_01Pq2wE4rT6yU8iO0pA2sD4f", PARALLEL_BLOCKS,
                                                           "tool_use", PARALLEL_USAGE, 118)),
                              "req_011CUjx9mmmmNNNNooooPPPP", sse=True)},
    ],
    "json_schema.yaml": [
        ok("msg_01Js4oN6sC8hE0mA2pL4eR6s", "{\"city\":\"Paris\",\"country\":\"France\",\"population\":2102650}",
           usage(201, 21), {"model": "claude-sonnet-4-5", "max_tokens": 64000, "messages": USER_HI},
           "req_011CUjxAqqqqRRRRssssTTTT"),
    ],
    "thinking.yaml": [
        {"request": request({"model": "claude-sonnet-4-5", "max_tokens": 64000, "messages": USER_HI,
                             "thinking": {"type": "enabled", "budget_tokens": 2048}}),
         "response": response(200, "OK", compact(message("msg_01Th1nK2nG3bL4oC5kS6aB7c", [
             {"type": "thinking", "thinking": THINKING_TEXT, "signature": SIGNATURE},
             {"type": "redacted_thinking", "data": "EmwKAhgBEgy3va3pzix/LafPsn4aDFIT2Xlxh0L5L8rLVyIwxtE3rAFBa8cr3qpPkNRj2YfWXGmKDxH4mPnZ5sQ7vB"},
             {"type": "text", "text": "27 × 453 = 12,231."}], "end_turn", usage(45, 187))),
             "req_011CUjxBuuuuVVVVwwwwXXXX")},
        ok("msg_01Th1nK2nG3bL4oC5kS6aB8d", "Doubled, that is 24,462.", usage(240, 14),
           {"model": "claude-sonnet-4-5", "max_tokens": 64000, "messages": USER_HI,
            "thinking": {"type": "enabled", "budget_tokens": 2048}}, "req_011CUjxCyyyyZZZZ00001111"),
    ],
    "thinking_stream.yaml": [
        {"request": request({"model": "claude-sonnet-4-5", "max_tokens": 64000, "messages": USER_HI,
                             "thinking": {"type": "enabled", "budget_tokens": 2048}, "stream": True}),
         "response": response(200, "OK", sse(stream_events("msg_01Th1nK2nG3sT4rE5aM6iN7g", [
             ({"type": "thinking", "thinking": "", "signature": ""},
              [{"type": "thinking_delta", "thinking": "The user asks for 27 * 453. "},
               {"type": "thinking_delta", "thinking": "27 * 453 = 27 * 400 + 27 * 53 = 10800 + 1431 = 12231."},
               {"type": "signature_delta", "signature": SIGNATURE_2}]),
             ({"type": "text", "text": ""}, text_deltas("27 × 453", " = 12,231.")),
         ], "end_turn", usage(45, 0), 160)), "req_011CUjxD22223333444455556", sse=True)},
    ],
    "stream_error.yaml": [
        {"request": request({"model": "claude-sonnet-4-5", "max_tokens": 64000, "messages": USER_HI, "stream": True}),
         "response": response(200, "OK", sse(stream_events(
             "msg_01Er7rO8rS9tR0eA1mB2cD3e",
             [({"type": "text", "text": ""}, text_deltas("Hello", " there"))],
             "end_turn", usage(5, 0), 3)[:5]) + "event: error\ndata: "
             + compact({"type": "error", "error": {"type": "overloaded_error", "message": "Overloaded"}}) + "\n\n",
             "req_011CUjxE66667777888899990", sse=True)},
    ],
    "error_400.yaml": [error(400, "Bad Request", "invalid_request_error",
                             "messages.0.content.0.text: text content blocks must be non-empty",
                             "req_011CUjxF0000aaaa1111bbbb")],
    "error_401.yaml": [error(401, "Unauthorized", "authentication_error", "invalid x-api-key",
                             "req_011CUjxG2222cccc3333dddd")],
    "error_404.yaml": [error(404, "Not Found", "not_found_error", "model: claude-nonexistent-9",
                             "req_011CUjxH4444eeee5555ffff")],
    "error_429.yaml": [error(429, "Too Many Requests", "rate_limit_error",
                             "This request would exceed the rate limit for your organization of 50 requests per minute.",
                             "req_011CUjxJ6666gggg7777hhhh",
                             {"retry-after": "17", "anthropic-ratelimit-requests-remaining": "0",
                              "x-should-retry": "true"})],
    "error_500.yaml": [error(500, "Internal Server Error", "api_error", "Internal server error",
                             "req_011CUjxK8888iiii9999jjjj")],
    "error_529.yaml": [error(529, "", "overloaded_error", "Overloaded", "req_011CUjxLaaaakkkkbbbbllll")],
    "error_context.yaml": [error(400, "Bad Request", "invalid_request_error",
                                 "prompt is too long: 215034 tokens > 200000 maximum",
                                 "req_011CUjxMccccmmmmddddnnnn")],
}


def _literal(dumper: yaml.SafeDumper, value: str) -> yaml.Node:
    style = "|" if "\n" in value else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


class _Dumper(yaml.SafeDumper):
    pass


_Dumper.add_representer(str, _literal)


def main() -> None:
    for name, interactions in CASSETTES.items():
        data = {"interactions": interactions, "version": 1}
        text = yaml.dump(data, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=100_000)
        assert yaml.safe_load(text) == data, name  # the YAML must round-trip byte for byte
        (HERE / name).write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
