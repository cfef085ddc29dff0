"""Writes the Mistral cassettes in this folder (deterministic; run from anywhere).

    python cassettes/mistral/make_cassettes.py

Nothing here talks to the network: there is no Mistral access in this environment, so every
reply body is written by hand to Mistral's documented wire format (see README.md for the page each
shape follows) and cross-checked against the real recordings in ../shared/conformance/cassettes/
mistral (field names, nesting, ``data: ...`` SSE framing with ``data: [DONE]``, headers). Request
bodies are what the mistralai SDK sends for the test's call; tests assert on the request the SDK
really sent, not on these.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import yaml

HERE = Path(__file__).resolve().parent
CHAT = "https://api.mistral.ai/v1/chat/completions"
EMBED = "https://api.mistral.ai/v1/embeddings"
CREATED = 1767225600


def dumps(value: Any) -> str:
    return json.dumps(value, separators=(",", ":"), ensure_ascii=False)


def correlation(n: int) -> str:
    return f"019b76a0-{n:04x}-7000-8000-{n:012x}"


def headers(n: int, content_type: str = "application/json", **extra: str) -> dict[str, list[str]]:
    out = {
        "content-type": [content_type],
        "mistral-correlation-id": [correlation(n)],
        "x-kong-request-id": [correlation(n)],
        "access-control-allow-origin": ["*"],
        "strict-transport-security": ["max-age=15552000; includeSubDomains; preload"],
    }
    for name, value in extra.items():
        out[name.replace("_", "-")] = [value]
    return out


def interaction(
    request: dict[str, Any], status: int, body: str, response_headers: dict[str, list[str]], *, url: str = CHAT
) -> dict[str, Any]:
    stream = bool(request.get("stream"))
    return {
        "request": {
            "method": "POST",
            "uri": url,
            "body": dumps(request),
            "headers": {
                "accept": ["text/event-stream" if stream else "application/json"],
                "content-type": ["application/json"],
                "authorization": ["<filtered>"],
            },
        },
        "response": {
            "status": {"code": status, "message": _REASONS[status]},
            "headers": response_headers,
            "body": {"string": body},
        },
    }


_REASONS = {
    200: "OK",
    400: "Bad Request",
    401: "Unauthorized",
    404: "Not Found",
    422: "Unprocessable Entity",
    429: "Too Many Requests",
    500: "Internal Server Error",
    503: "Service Unavailable",
}


def completion(
    n: int,
    model: str,
    content: Any,
    *,
    finish: str = "stop",
    tool_calls: list[dict[str, Any]] | None = None,
    usage: tuple[int, int] = (10, 5),
    cached: int | None = None,
) -> str:
    prompt, completion_tokens = usage
    usage_body: dict[str, Any] = {
        "prompt_tokens": prompt,
        "total_tokens": prompt + completion_tokens,
        "completion_tokens": completion_tokens,
    }
    if cached is not None:
        usage_body["prompt_tokens_details"] = {"cached_tokens": cached}
    return dumps(
        {
            "id": f"{n:032x}",
            "object": "chat.completion",
            "created": CREATED + n,
            "model": model,
            "choices": [
                {
                    "index": 0,
                    "message": {"role": "assistant", "tool_calls": tool_calls, "content": content},
                    "finish_reason": finish,
                }
            ],
            "usage": usage_body,
        }
    )


def sse(n: int, model: str, deltas: list[tuple[dict[str, Any], str | None]], usage: tuple[int, int]) -> str:
    """Mistral's stream: ``data: {chunk}\\n\\n`` per chunk, usage on the finishing chunk, [DONE]."""
    lines = []
    for position, (delta, finish) in enumerate(deltas):
        chunk: dict[str, Any] = {
            "id": f"{n:032x}",
            "object": "chat.completion.chunk",
            "created": CREATED + n,
            "model": model,
            "choices": [{"index": 0, "delta": delta, "finish_reason": finish}],
        }
        if position == len(deltas) - 1:
            prompt, completion_tokens = usage
            chunk["usage"] = {
                "prompt_tokens": prompt,
                "total_tokens": prompt + completion_tokens,
                "completion_tokens": completion_tokens,
            }
        lines.append(f"data: {dumps(chunk)}\n\n")
    lines.append("data: [DONE]\n\n")
    return "".join(lines)


def error_body(message: Any, kind: str, code: str | None = None, param: str | None = None) -> str:
    """The documented error object (docs.mistral.ai/resources/error-glossary)."""
    return dumps({"object": "error", "message": message, "type": kind, "param": param, "code": code})


def write(name: str, interactions: list[dict[str, Any]]) -> None:
    data = {"interactions": interactions, "version": 1}
    (HERE / f"{name}.yaml").write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=120))


SMALL = "mistral-small-latest"
LARGE = "mistral-large-latest"
WEATHER_TOOL = {
    "type": "function",
    "function": {
        "name": "get_weather",
        "description": "Current weather for a city.",
        "parameters": {"type": "object", "properties": {"city": {"type": "string"}}, "required": ["city"]},
    },
}
TIME_TOOL = {
    "type": "function",
    "function": {
        "name": "get_time",
        "description": "Current local time for a city.",
        "parameters": {"type": "object", "properties": {"city": {"type": "string"}}, "required": ["city"]},
    },
}
USER = {"role": "user", "content": "What is the capital of France?"}


def main() -> None:
    # 1. plain reply
    write(
        "plain",
        [
            interaction(
                {"model": SMALL, "messages": [USER], "stream": False},
                200,
                completion(1, SMALL, "The capital of France is Paris.", usage=(10, 8)),
                headers(1),
            )
        ],
    )

    # 2. system + multi-turn
    write(
        "system_multiturn",
        [
            interaction(
                {
                    "model": SMALL,
                    "messages": [
                        {"role": "system", "content": "Answer in one word."},
                        {"role": "user", "content": "Capital of France?"},
                        {"role": "assistant", "content": "Paris", "prefix": False},
                        {"role": "user", "content": "And of Italy?"},
                    ],
                    "stream": False,
                },
                200,
                completion(2, SMALL, "Rome", usage=(25, 2), cached=0),
                headers(2),
            )
        ],
    )

    # 3. streamed text, usage on the finishing chunk
    write(
        "stream_text",
        [
            interaction(
                {"model": SMALL, "messages": [USER], "stream": True},
                200,
                sse(
                    3,
                    SMALL,
                    [
                        ({"role": "assistant", "content": ""}, None),
                        ({"content": "The capital"}, None),
                        ({"content": " of France"}, None),
                        ({"content": " is Paris."}, "stop"),
                    ],
                    (10, 8),
                ),
                headers(3, "text/event-stream; charset=utf-8"),
            )
        ],
    )

    # 4. tools and a tool-result round trip (non-streamed), the same tool call streamed
    call = {"id": "D681PevKs", "function": {"name": "get_weather", "arguments": '{"city": "Paris"}'}, "index": 0}
    write(
        "tools",
        [
            interaction(
                {"model": LARGE, "messages": [{"role": "user", "content": "Weather in Paris?"}], "stream": False,
                 "tools": [WEATHER_TOOL], "tool_choice": "auto"},
                200,
                completion(4, LARGE, "", finish="tool_calls", tool_calls=[call], usage=(77, 12)),
                headers(4),
            ),
            interaction(
                {
                    "model": LARGE,
                    "messages": [
                        {"role": "user", "content": "Weather in Paris?"},
                        {"role": "assistant", "tool_calls": [{"id": "D681PevKs", "type": "function",
                         "function": {"name": "get_weather", "arguments": '{"city": "Paris"}'}}], "prefix": False},
                        {"content": "Sunny, 22C", "role": "tool", "tool_call_id": "D681PevKs", "name": "get_weather"},
                    ],
                    "stream": False,
                    "tools": [WEATHER_TOOL],
                },
                200,
                completion(5, LARGE, "It is sunny and 22°C in Paris.", usage=(100, 12)),
                headers(5),
            ),
        ],
    )
    write(
        "stream_tools",
        [
            interaction(
                {"model": LARGE, "messages": [{"role": "user", "content": "Weather in Paris?"}], "stream": True,
                 "tools": [WEATHER_TOOL], "tool_choice": "auto"},
                200,
                sse(
                    4,
                    LARGE,
                    [
                        ({"role": "assistant", "content": ""}, None),
                        ({"content": "", "tool_calls": [{"id": "D681PevKs", "function": {
                            "name": "get_weather", "arguments": '{"city": "Paris"}'}}]}, "tool_calls"),
                    ],
                    (77, 12),
                ),
                headers(6, "text/event-stream; charset=utf-8"),
            )
        ],
    )

    # 5. parallel tool calls: non-streamed, and streamed as whole calls without "index"
    calls = [
        {"id": "Kq1mZ8rT2", "function": {"name": "get_weather", "arguments": '{"city": "Paris"}'}, "index": 0},
        {"id": "Xw4bN7pL9", "function": {"name": "get_time", "arguments": '{"city": "Tokyo"}'}, "index": 1},
    ]
    request = {"model": LARGE, "messages": [{"role": "user", "content": "Weather in Paris and time in Tokyo?"}],
               "tools": [WEATHER_TOOL, TIME_TOOL], "parallel_tool_calls": True}
    write(
        "parallel_tools",
        [interaction({**request, "stream": False}, 200,
                     completion(7, LARGE, "", finish="tool_calls", tool_calls=calls, usage=(130, 40)), headers(7))],
    )
    write(
        "stream_parallel_tools",
        [
            interaction(
                {**request, "stream": True},
                200,
                sse(
                    7,
                    LARGE,
                    [
                        ({"role": "assistant", "content": ""}, None),
                        ({"content": "", "tool_calls": [
                            {"id": c["id"], "function": c["function"]} for c in calls]}, "tool_calls"),
                    ],
                    (130, 40),
                ),
                headers(8, "text/event-stream; charset=utf-8"),
            )
        ],
    )

    # 6. tool_choice mapping: auto, none, required (-> "any"), named
    choices: list[Any] = ["auto", "none", "any", {"type": "function", "function": {"name": "get_weather"}}]
    write(
        "tool_choice",
        [
            interaction(
                {"model": LARGE, "messages": [{"role": "user", "content": "Weather in Paris?"}], "stream": False,
                 "tools": [WEATHER_TOOL], "tool_choice": choice},
                200,
                completion(10 + i, LARGE, "I can check that for you.", usage=(77, 7))
                if choice == "none"
                else completion(10 + i, LARGE, "", finish="tool_calls", usage=(77, 12), tool_calls=[
                    {"id": f"TcH0ice{i:02d}", "function": {"name": "get_weather", "arguments": '{"city": "Paris"}'},
                     "index": 0}]),
                headers(10 + i),
            )
            for i, choice in enumerate(choices)
        ],
    )

    # 7. JSON schema output
    schema_request = {"model": LARGE, "messages": [{"role": "user", "content": "Invent a person."}], "stream": False}
    write(
        "json_schema",
        [
            interaction(
                {**schema_request, "response_format": {"type": "json_schema", "json_schema": {"name": "Person",
                 "schema": {"type": "object"}, "strict": True}}},
                200,
                completion(20 + i, LARGE, '{"name": "Emma Johnson", "age": 28}', usage=(44, 14)),
                headers(20 + i),
            )
            for i in range(2)
        ]
        + [
            interaction(
                {**schema_request, "response_format": {"type": "json_object"}},
                200,
                completion(22, LARGE, '{"name":"Emma Johnson","age":28}', usage=(40, 12)),
                headers(22),
            )
        ],
    )

    # 8. image input: data: URL, then http URL
    write(
        "image",
        [
            interaction(
                {"model": "pixtral-12b-2409", "messages": [{"role": "user", "content": [
                    {"type": "text", "text": "What is in this image?"},
                    {"type": "image_url", "image_url": url}]}], "stream": False},
                200,
                completion(30 + i, "pixtral-12b-2409", answer, usage=(1200 + i, 9)),
                headers(30 + i),
            )
            for i, (url, answer) in enumerate(
                [
                    ("data:image/png;base64,iVBORw0KGgo=", "A single red pixel."),
                    ("https://upload.wikimedia.org/wikipedia/commons/e/e2/Eiffel_tower.jpg", "The Eiffel Tower."),
                ]
            )
        ],
    )

    # 9. reasoning: thinking chunks (non-streamed with a signature, then the next turn), streamed
    thought = "The user asks for 2+2. That is 4."
    write(
        "reasoning",
        [
            interaction(
                {"model": SMALL, "messages": [{"role": "user", "content": "What is 2+2?"}], "stream": False,
                 "reasoning_effort": "high"},
                200,
                completion(
                    40,
                    SMALL,
                    [
                        {"type": "thinking", "thinking": [{"type": "text", "text": thought}],
                         "signature": "c2lnLW1pc3RyYWwtNDA=", "closed": True},
                        {"type": "text", "text": "4"},
                    ],
                    usage=(28, 35),
                    cached=0,
                ),
                headers(40),
            ),
            interaction(
                {"model": SMALL, "messages": [{"role": "user", "content": "What is 2+2?"}, {"role": "assistant",
                 "content": [{"thinking": [{"text": thought, "type": "text"}], "type": "thinking",
                              "signature": "c2lnLW1pc3RyYWwtNDA="}, {"text": "4", "type": "text"}], "prefix": False},
                 {"role": "user", "content": "And times 3?"}], "stream": False, "reasoning_effort": "high"},
                200,
                completion(41, SMALL, [{"type": "thinking", "thinking": [{"type": "text", "text": "4*3=12."}],
                                        "closed": True}, {"type": "text", "text": "12"}], usage=(70, 20), cached=28),
                headers(41),
            ),
        ],
    )
    write(
        "reasoning_stream",
        [
            interaction(
                {"model": "magistral-medium-latest", "messages": [{"role": "user", "content": "What is 2+2?"}],
                 "stream": True},
                200,
                sse(
                    42,
                    "magistral-medium-latest",
                    [
                        ({"role": "assistant", "content": ""}, None),
                        ({"content": [{"type": "thinking", "thinking": [{"type": "text", "text": "The user asks"}]}]},
                         None),
                        ({"content": [{"type": "thinking", "thinking": [{"type": "text", "text": " for 2+2."}]}]},
                         None),
                        ({"content": "The answer"}, None),
                        ({"content": " is 4."}, None),
                        ({"content": ""}, "stop"),
                    ],
                    (10, 30),
                ),
                headers(42, "text/event-stream; charset=utf-8"),
            )
        ],
    )

    # 10. embeddings
    vectors = [[round(((i * 7 + j * 13) % 100) / 1000 - 0.05, 6) for j in range(8)] for i in range(2)]
    write(
        "embeddings",
        [
            interaction(
                {"model": "mistral-embed", "input": ["hello", "world"], **({"output_dimension": 8} if i else {})},
                200,
                dumps(
                    {
                        "id": f"{50 + i:032x}",
                        "object": "list",
                        "data": [{"object": "embedding", "embedding": v, "index": k} for k, v in enumerate(vectors)],
                        "model": "mistral-embed",
                        "usage": {"prompt_tokens": 4, "total_tokens": 4, "completion_tokens": 0},
                    }
                ),
                headers(50 + i),
                url=EMBED,
            )
            for i in range(2)
        ],
    )

    # 11. errors, in the documented error object
    simple = {"model": SMALL, "messages": [USER], "stream": False}
    errors: dict[str, tuple[int, str, dict[str, str]]] = {
        "error_400": (400, error_body("Assistant message must have either content or tool_calls, but not none.",
                                      "invalid_request_error"), {}),
        "error_401": (401, error_body("Unauthorized", "authentication_error"), {}),
        "error_401_gateway": (401, dumps({"detail": "Unauthorized"}), {}),
        "error_404": (404, error_body("Model not found: mistral-nonexistent", "invalid_request_error",
                                      "unknown_model", "model"), {}),
        "error_invalid_model": (400, error_body("Invalid model: mistral-nonexistent", "invalid_model", "1500"), {}),
        "error_422": (422, error_body({"detail": [{"type": "extra_forbidden", "loc": ["body", "foo"],
                                                   "msg": "Extra inputs are not permitted", "input": 1}]},
                                      "invalid_request_error"), {}),
        "error_context": (400, error_body("Prompt contains 140000 tokens and 0 draft tokens, too large for model "
                                          "with 131072 maximum context length", "invalid_request_error", "3051"), {}),
        "error_429": (429, error_body("Requests rate limit exceeded", "rate_limit_error", "1300"),
                      {"retry_after": "7", "x_ratelimit_remaining_req_minute": "0"}),
        "error_500": (500, error_body("Internal server error", "server_error"), {}),
        "error_503": (503, error_body("Service unavailable, please retry later", "server_error"), {}),
    }
    for position, (name, (status, body, extra)) in enumerate(errors.items()):
        write(name, [interaction(simple, status, body, headers(60 + position, **extra))])
    write(
        "error_429_stream",
        [interaction({**simple, "stream": True}, 429, errors["error_429"][1],
                     headers(80, retry_after="7"))],
    )
    write(
        "error_401_embeddings",
        [interaction({"model": "mistral-embed", "input": ["hello"]}, 401, errors["error_401"][1], headers(81),
                     url=EMBED)],
    )


if __name__ == "__main__":
    main()
