"""Writes the cassettes for the openai provider and the OpenAI-compatible vendors.

Deterministic: fixed ids, timestamps and token counts, no clock, no randomness, no network, no
API key. Run from the project root:

    python cassettes/openai/make_cassettes.py

Every file is stock vcrpy YAML (``interactions: [{request, response}]``, ``version: 1``). The
response bodies follow the vendors' documented wire formats; see README.md beside this file for
which reference each one follows.
"""

from __future__ import annotations

import base64
import json
import struct
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent  # cassettes/

OPENAI = "https://api.openai.com/v1"
GROQ = "https://api.groq.com/openai/v1"
DEEPSEEK = "https://api.deepseek.com/v1"
OPENROUTER = "https://openrouter.ai/api/v1"
OLLAMA = "http://localhost:11434/v1"
PERPLEXITY = "https://api.perplexity.ai"

CREATED = 1754000000
DATE = "Fri, 01 Aug 2025 00:00:00 GMT"
FINGERPRINT = "fp_7fcd609668"
MINI = "gpt-4o-mini-2024-07-18"


# --------------------------------------------------------------------------------------------
# Plumbing
# --------------------------------------------------------------------------------------------


def dumps(obj: Any) -> str:
    """Compact JSON, the way the vendors send it."""
    return json.dumps(obj, separators=(",", ":"), ensure_ascii=False)


def request(url: str, body: Any, *, method: str = "POST") -> dict[str, Any]:
    return {
        "method": method,
        "uri": url,
        "body": dumps(body) if body is not None else None,
        "headers": {
            "accept": ["application/json"],
            "content-type": ["application/json"],
            "host": [url.split("/")[2]],
        },
    }


def response(status: int, body: str, headers: dict[str, str], message: str = "") -> dict[str, Any]:
    reasons = {
        200: "OK", 400: "Bad Request", 401: "Unauthorized", 402: "Payment Required", 403: "Forbidden",
        404: "Not Found", 429: "Too Many Requests", 500: "Internal Server Error", 502: "Bad Gateway",
        503: "Service Unavailable",
    }
    return {
        "status": {"code": status, "message": message or reasons[status]},
        "headers": {name: [value] for name, value in headers.items()},
        "body": {"string": body},
    }


def write(path: str, interactions: list[dict[str, Any]]) -> None:
    target = ROOT / path
    target.parent.mkdir(parents=True, exist_ok=True)
    text = yaml.safe_dump(
        {"interactions": interactions, "version": 1}, sort_keys=False, allow_unicode=True, width=1_000_000
    )
    target.write_text(text, encoding="utf-8")


def sse(events: list[Any], *, comments_before: int = 0) -> str:
    """``data: {json}\\n\\n`` per event, then ``data: [DONE]\\n\\n``; optional SSE comments first."""
    out = ": OPENROUTER PROCESSING\n\n" * comments_before
    out += "".join(f"data: {dumps(event)}\n\n" for event in events)
    return out + "data: [DONE]\n\n"


# --------------------------------------------------------------------------------------------
# OpenAI shapes (https://platform.openai.com/docs/api-reference/chat/object)
# --------------------------------------------------------------------------------------------


def openai_headers(request_id: str, *, json_body: bool = True, extra: dict[str, str] | None = None) -> dict[str, str]:
    headers = {
        "date": DATE,
        "content-type": "application/json" if json_body else "text/event-stream; charset=utf-8",
        "access-control-expose-headers": "X-Request-ID",
        "openai-processing-ms": "412",
        "openai-version": "2020-10-01",
        "x-ratelimit-limit-requests": "10000",
        "x-ratelimit-limit-tokens": "10000000",
        "x-ratelimit-remaining-requests": "9999",
        "x-ratelimit-remaining-tokens": "9999980",
        "x-ratelimit-reset-requests": "6ms",
        "x-ratelimit-reset-tokens": "0s",
        "x-request-id": request_id,
        "strict-transport-security": "max-age=31536000; includeSubDomains; preload",
        "x-content-type-options": "nosniff",
        "server": "cloudflare",
        "cf-ray": "968f0d1e8a2b1234-CDG",
        "alt-svc": 'h3=":443"; ma=86400',
    }
    headers.update(extra or {})
    return headers


def openai_usage(prompt: int, completion: int, *, cached: int = 0, reasoning: int = 0) -> dict[str, Any]:
    return {
        "prompt_tokens": prompt,
        "completion_tokens": completion,
        "total_tokens": prompt + completion,
        "prompt_tokens_details": {"cached_tokens": cached, "audio_tokens": 0},
        "completion_tokens_details": {
            "reasoning_tokens": reasoning,
            "audio_tokens": 0,
            "accepted_prediction_tokens": 0,
            "rejected_prediction_tokens": 0,
        },
    }


def openai_message(content: str | None, tool_calls: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    message: dict[str, Any] = {"role": "assistant", "content": content}
    if tool_calls:
        message["tool_calls"] = tool_calls
    message["refusal"] = None
    message["annotations"] = []
    return message


def openai_completion(
    cid: str, message: dict[str, Any], finish: str, usage: dict[str, Any], *, model: str = MINI
) -> dict[str, Any]:
    return {
        "id": cid,
        "object": "chat.completion",
        "created": CREATED,
        "model": model,
        "choices": [{"index": 0, "message": message, "logprobs": None, "finish_reason": finish}],
        "usage": usage,
        "service_tier": "default",
        "system_fingerprint": FINGERPRINT,
    }


def tool_call(call_id: str, name: str, arguments: dict[str, Any]) -> dict[str, Any]:
    return {"id": call_id, "type": "function", "function": {"name": name, "arguments": dumps(arguments)}}


def openai_chunk(cid: str, delta: dict[str, Any] | None, finish: str | None = None, *, usage: Any = None,
                 model: str = MINI) -> dict[str, Any]:
    choices = [] if delta is None else [{"index": 0, "delta": delta, "logprobs": None, "finish_reason": finish}]
    return {
        "id": cid,
        "object": "chat.completion.chunk",
        "created": CREATED,
        "model": model,
        "service_tier": "default",
        "system_fingerprint": FINGERPRINT,
        "choices": choices,
        "usage": usage,
    }


def openai_error(message: str, type_: str, param: str | None, code: Any) -> str:
    return dumps({"error": {"message": message, "type": type_, "param": param, "code": code}})


def ok(url: str, req: Any, body: Any, request_id: str) -> dict[str, Any]:
    return {"request": request(url, req), "response": response(200, dumps(body), openai_headers(request_id))}


USER = [{"role": "user", "content": "Say hello in one word."}]


def make_openai() -> None:
    chat = f"{OPENAI}/chat/completions"

    plain = openai_completion("chatcmpl-C0openai0plain0000000001", openai_message("Hello!"), "stop", openai_usage(13, 2))
    write("openai/chat_plain.yaml", [ok(chat, {"messages": USER, "model": "gpt-4o-mini"}, plain, "req_0a1b2c3d4e5f60718293a4b5c6d7e8f0")])

    multi = openai_completion(
        "chatcmpl-C0openai0multi0000000001",
        openai_message("Your name is Ada, and you asked me to answer like a pirate. Arr!"),
        "stop",
        openai_usage(58, 17, cached=0),
    )
    write("openai/chat_multiturn.yaml", [ok(chat, {"model": "gpt-4o-mini"}, multi, "req_11111111111111111111111111111111")])

    # Streaming: the provider always asks for include_usage, so the last chunk is the usage one.
    cid = "chatcmpl-C0openai0stream000000001"
    events = [
        openai_chunk(cid, {"role": "assistant", "content": "", "refusal": None}),
        openai_chunk(cid, {"content": "Hello"}),
        openai_chunk(cid, {"content": " there"}),
        openai_chunk(cid, {"content": "!"}),
        openai_chunk(cid, {}, "stop"),
        openai_chunk(cid, None, usage=openai_usage(13, 3)),
    ]
    write(
        "openai/chat_stream.yaml",
        [{"request": request(chat, {"model": "gpt-4o-mini", "stream": True, "stream_options": {"include_usage": True}}),
          "response": response(200, sse(events), openai_headers("req_22222222222222222222222222222222", json_body=False))}],
    )

    # Streamed tool call: arguments arrive in pieces, by index.
    cid = "chatcmpl-C0openai0streamtools00001"
    events = [
        openai_chunk(cid, {"role": "assistant", "content": None, "tool_calls": [
            {"index": 0, "id": "call_Stream0Weather00000001", "type": "function",
             "function": {"name": "get_weather", "arguments": ""}}], "refusal": None}),
        openai_chunk(cid, {"tool_calls": [{"index": 0, "function": {"arguments": "{\"ci"}}]}),
        openai_chunk(cid, {"tool_calls": [{"index": 0, "function": {"arguments": "ty\":\"Paris\"}"}}]}),
        openai_chunk(cid, {}, "tool_calls"),
        openai_chunk(cid, None, usage=openai_usage(61, 15)),
    ]
    write(
        "openai/chat_stream_tools.yaml",
        [{"request": request(chat, {"model": "gpt-4o-mini", "stream": True}),
          "response": response(200, sse(events), openai_headers("req_23232323232323232323232323232323", json_body=False))}],
    )

    tools = openai_completion(
        "chatcmpl-C0openai0tools0000000001",
        openai_message(None, [tool_call("call_Weather0Paris0000000001", "get_weather", {"city": "Paris"})]),
        "tool_calls",
        openai_usage(61, 15),
    )
    write("openai/chat_tools.yaml", [ok(chat, {"model": "gpt-4o-mini"}, tools, "req_33333333333333333333333333333333")])

    result = openai_completion(
        "chatcmpl-C0openai0toolresult00001",
        openai_message("It is 18°C and sunny in Paris."),
        "stop",
        openai_usage(96, 12),
    )
    write("openai/chat_tool_result.yaml", [ok(chat, {"model": "gpt-4o-mini"}, result, "req_44444444444444444444444444444444")])

    parallel = openai_completion(
        "chatcmpl-C0openai0parallel00000001",
        openai_message(None, [
            tool_call("call_Weather0Paris0000000001", "get_weather", {"city": "Paris"}),
            tool_call("call_Weather0Tokyo0000000002", "get_weather", {"city": "Tokyo"}),
        ]),
        "tool_calls",
        openai_usage(66, 46),
    )
    write("openai/chat_parallel_tools.yaml", [ok(chat, {"model": "gpt-4o-mini"}, parallel, "req_55555555555555555555555555555555")])

    structured = openai_completion(
        "chatcmpl-C0openai0jsonschema000001",
        openai_message(dumps({"city": "Paris", "country": "France", "population_millions": 2.1})),
        "stop",
        openai_usage(88, 19),
        model="gpt-4o-2024-08-06",
    )
    write("openai/chat_json_schema.yaml", [ok(chat, {"model": "gpt-4o"}, structured, "req_66666666666666666666666666666666")])

    image = openai_completion(
        "chatcmpl-C0openai0image00000000001",
        openai_message("A wooden boardwalk through a green meadow under a blue sky."),
        "stop",
        openai_usage(1121, 14),
        model="gpt-4o-2024-08-06",
    )
    write("openai/chat_image.yaml", [ok(chat, {"model": "gpt-4o"}, image, "req_77777777777777777777777777777777")])

    reasoning = openai_completion(
        "chatcmpl-C0openai0reasoning0000001",
        openai_message("The answer is 391."),
        "stop",
        openai_usage(20, 211, reasoning=192),
        model="o4-mini-2025-04-16",
    )
    reasoning["system_fingerprint"] = None
    write("openai/chat_reasoning.yaml", [ok(chat, {"model": "o4-mini", "reasoning_effort": "high"}, reasoning, "req_88888888888888888888888888888888")])

    # Embeddings (https://platform.openai.com/docs/api-reference/embeddings/object). The SDK asks for
    # base64 unless told otherwise and decodes it; values are exact in float32.
    vectors = [[0.5, -0.25, 0.125, 1.0], [-1.0, 0.75, 0.0, 0.0625]]
    emb = f"{OPENAI}/embeddings"

    def b64(vector: list[float]) -> str:
        return base64.b64encode(struct.pack(f"<{len(vector)}f", *vector)).decode("ascii")

    write("openai/embeddings_base64.yaml", [ok(
        emb,
        {"model": "text-embedding-3-small", "input": ["hello", "world"], "encoding_format": "base64"},
        {"object": "list", "data": [{"object": "embedding", "index": i, "embedding": b64(v)} for i, v in enumerate(vectors)],
         "model": "text-embedding-3-small", "usage": {"prompt_tokens": 2, "total_tokens": 2}},
        "req_99999999999999999999999999999999",
    )])
    write("openai/embeddings_float.yaml", [ok(
        emb,
        {"model": "text-embedding-3-small", "input": ["hello"], "encoding_format": "float"},
        {"object": "list", "data": [{"object": "embedding", "index": 0, "embedding": vectors[0]}],
         "model": "text-embedding-3-small", "usage": {"prompt_tokens": 1, "total_tokens": 1}},
        "req_9a9a9a9a9a9a9a9a9a9a9a9a9a9a9a9a",
    )])

    # Errors (https://platform.openai.com/docs/guides/error-codes); body {"error": {message, type, param, code}}.
    def err(name: str, status: int, body: str, request_id: str, extra: dict[str, str] | None = None,
            url: str = chat) -> None:
        headers = openai_headers(request_id, extra=extra)
        for key in [k for k in headers if k.startswith("openai-processing")]:
            del headers[key]
        write(f"openai/{name}.yaml", [{"request": request(url, {"model": "gpt-4o-mini"}), "response": response(status, body, headers)}])

    err("error_400", 400, openai_error(
        "Invalid value: 'tool'. Supported values are: 'system', 'assistant', 'user', 'function', 'tool', and 'developer'.",
        "invalid_request_error", "messages[0].role", "invalid_value"), "req_e400e400e400e400e400e400e400e400")
    err("error_400_context", 400, openai_error(
        "This model's maximum context length is 128000 tokens. However, your messages resulted in 130532 tokens. "
        "Please reduce the length of the messages.",
        "invalid_request_error", "messages", "context_length_exceeded"), "req_c0c0c0c0c0c0c0c0c0c0c0c0c0c0c0c0")
    err("error_401", 401, openai_error(
        "Incorrect API key provided: test-ope************7890. You can find your API key at "
        "https://platform.openai.com/account/api-keys.",
        "invalid_request_error", None, "invalid_api_key"), "req_e401e401e401e401e401e401e401e401")
    err("error_403", 403, openai_error(
        "Country, region, or territory not supported", "request_forbidden", None,
        "unsupported_country_region_territory"), "req_e403e403e403e403e403e403e403e403")
    err("error_404", 404, openai_error(
        "The model `gpt-9-turbo` does not exist or you do not have access to it.",
        "invalid_request_error", None, "model_not_found"), "req_e404e404e404e404e404e404e404e404")
    limited = {
        "retry-after": "20",
        "x-ratelimit-limit-requests": "500",
        "x-ratelimit-remaining-requests": "0",
        "x-ratelimit-reset-requests": "20s",
    }
    rate_body = openai_error(
        "Rate limit reached for gpt-4o-mini in organization org-TESTORG0000000000000000 on requests per min (RPM): "
        "Limit 500, Used 500, Requested 1. Please try again in 20s. Visit "
        "https://platform.openai.com/account/rate-limits to learn more.",
        "requests", "requests", "rate_limit_exceeded")
    err("error_429", 429, rate_body, "req_e429e429e429e429e429e429e429e429", limited)
    err("error_500", 500, openai_error(
        "The server had an error while processing your request. Sorry about that!", "server_error", None, None),
        "req_e500e500e500e500e500e500e500e500")
    err("error_502", 502, dumps({"error": {"code": 502, "message": "Bad gateway.", "param": None, "type": "cf_bad_gateway"}}),
        "req_e502e502e502e502e502e502e502e502")
    err("error_503", 503, openai_error(
        "The engine is currently overloaded, please try again later", "server_error", None, None),
        "req_e503e503e503e503e503e503e503e503")
    err("embeddings_error_401", 401, openai_error(
        "Incorrect API key provided: test-ope************7890. You can find your API key at "
        "https://platform.openai.com/account/api-keys.",
        "invalid_request_error", None, "invalid_api_key"), "req_eb01eb01eb01eb01eb01eb01eb01eb01", url=emb)

    # 429 with retry-after: 0 (so a retry does not sleep), then the plain reply.
    first = {"request": request(chat, {"model": "gpt-4o-mini"}),
             "response": response(429, rate_body, openai_headers("req_r429r429r429r429r429r429r429r429",
                                                                  extra={**limited, "retry-after": "0"}))}
    second = ok(chat, {"model": "gpt-4o-mini"}, plain, "req_r200r200r200r200r200r200r200r200")
    write("openai/retry_429_then_200.yaml", [first, second])
    cid = "chatcmpl-C0openai0retrystream00001"
    events = [
        openai_chunk(cid, {"role": "assistant", "content": "", "refusal": None}),
        openai_chunk(cid, {"content": "Hello!"}),
        openai_chunk(cid, {}, "stop"),
        openai_chunk(cid, None, usage=openai_usage(13, 2)),
    ]
    streamed = {"request": request(chat, {"model": "gpt-4o-mini", "stream": True}),
                "response": response(200, sse(events), openai_headers("req_r200r200r200r200r200r200r200r2s0",
                                                                       json_body=False))}
    write("openai/retry_429_then_stream.yaml", [first, streamed])

    # An error after the stream started: HTTP 200 is already sent, so it arrives as an SSE event.
    cid = "chatcmpl-C0openai0streamerror00001"
    body = f"data: {dumps(openai_chunk(cid, {'role': 'assistant', 'content': '', 'refusal': None}))}\n\n"
    body += f"data: {dumps(openai_chunk(cid, {'content': 'Hel'}))}\n\n"
    body += "data: " + openai_error("The server had an error while processing your request. Sorry about that!",
                                     "server_error", None, None) + "\n\n"
    write("openai/stream_error_midway.yaml", [{"request": request(chat, {"model": "gpt-4o-mini", "stream": True}),
                                               "response": response(200, body, openai_headers(
                                                   "req_5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e5e", json_body=False))}])


# --------------------------------------------------------------------------------------------
# Groq (https://console.groq.com/docs/api-reference#chat-create)
# --------------------------------------------------------------------------------------------


def groq_headers(request_id: str, *, json_body: bool = True, extra: dict[str, str] | None = None) -> dict[str, str]:
    headers = {
        "date": DATE,
        "content-type": "application/json" if json_body else "text/event-stream",
        "cache-control": "private, max-age=0, no-store, no-cache, must-revalidate",
        "vary": "Origin",
        "x-groq-region": "us-east-1",
        "x-ratelimit-limit-requests": "14400",
        "x-ratelimit-limit-tokens": "6000",
        "x-ratelimit-remaining-requests": "14399",
        "x-ratelimit-remaining-tokens": "5980",
        "x-ratelimit-reset-requests": "6s",
        "x-ratelimit-reset-tokens": "200ms",
        "x-request-id": request_id,
        "server": "cloudflare",
        "cf-ray": "968f0d1e8a2b5678-IAD",
    }
    headers.update(extra or {})
    return headers


def groq_usage(prompt: int, completion: int) -> dict[str, Any]:
    return {
        "queue_time": 0.017993656,
        "prompt_tokens": prompt,
        "prompt_time": 0.002217347,
        "completion_tokens": completion,
        "completion_time": 0.004566667,
        "total_tokens": prompt + completion,
        "total_time": 0.006784014,
    }


def groq_completion(cid: str, message: dict[str, Any], finish: str, usage: dict[str, Any], xid: str, *,
                    model: str = "llama-3.1-8b-instant", fingerprint: str = "fp_8ab2e50475") -> dict[str, Any]:
    return {
        "id": cid,
        "object": "chat.completion",
        "created": CREATED,
        "model": model,
        "choices": [{"index": 0, "message": message, "logprobs": None, "finish_reason": finish}],
        "usage": usage,
        "usage_breakdown": {"models": None},
        "system_fingerprint": fingerprint,
        "x_groq": {"id": xid},
        "service_tier": "on_demand",
    }


def make_groq() -> None:
    chat = f"{GROQ}/chat/completions"
    plain = groq_completion(
        "chatcmpl-0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0",
        {"role": "assistant", "content": "Hello!"},
        "stop",
        groq_usage(41, 3),
        "req_01k1groqplain000000000000",
    )
    write("groq/chat_plain.yaml", [{"request": request(chat, {"model": "llama-3.1-8b-instant"}),
                                    "response": response(200, dumps(plain), groq_headers("req_01k1groqplain000000000000"))}])

    tools = groq_completion(
        "chatcmpl-1a2b3c4d-5e6f-7081-92a3-b4c5d6e7f809",
        {"role": "assistant", "tool_calls": [
            {"id": "call_g7h3k9m2", "type": "function", "function": {"name": "get_weather", "arguments": "{\"city\":\"Paris\"}"}}]},
        "tool_calls",
        groq_usage(230, 18),
        "req_01k1groqtools000000000000",
    )
    write("groq/chat_tools.yaml", [{"request": request(chat, {"model": "llama-3.1-8b-instant"}),
                                    "response": response(200, dumps(tools), groq_headers("req_01k1groqtools000000000000"))}])

    cid = "chatcmpl-9f8e7d6c-5b4a-3928-1706-f5e4d3c2b1a0"
    base = {"id": cid, "object": "chat.completion.chunk", "created": CREATED, "model": "llama-3.1-8b-instant",
            "system_fingerprint": "fp_8ab2e50475"}
    xid = "req_01k1groqstream00000000000"
    events = [
        {**base, "choices": [{"index": 0, "delta": {"role": "assistant", "content": ""}, "logprobs": None, "finish_reason": None}],
         "x_groq": {"id": xid}},
        {**base, "choices": [{"index": 0, "delta": {"content": "Hello"}, "logprobs": None, "finish_reason": None}]},
        {**base, "choices": [{"index": 0, "delta": {"content": "!"}, "logprobs": None, "finish_reason": None}]},
        {**base, "choices": [{"index": 0, "delta": {}, "logprobs": None, "finish_reason": "stop"}],
         "x_groq": {"id": xid, "usage": groq_usage(41, 3)}},
        {**base, "choices": [], "usage": groq_usage(41, 3), "usage_breakdown": {"models": None}},
    ]
    write("groq/chat_stream.yaml", [{"request": request(chat, {"model": "llama-3.1-8b-instant", "stream": True}),
                                     "response": response(200, sse(events), groq_headers(xid, json_body=False))}])

    def err(name: str, status: int, body: str, request_id: str, extra: dict[str, str] | None = None) -> None:
        write(f"groq/{name}.yaml", [{"request": request(chat, {"model": "llama-3.1-8b-instant"}),
                                     "response": response(status, body, groq_headers(request_id, extra=extra))}])

    err("error_401", 401, openai_error("Invalid API Key", "invalid_request_error", None, "invalid_api_key"),
        "req_01k1groqe401000000000000")
    err("error_404", 404, openai_error(
        "The model `llama-9-900b` does not exist or you do not have access to it.", "invalid_request_error", None,
        "model_not_found"), "req_01k1groqe404000000000000")
    err("error_429", 429, openai_error(
        "Rate limit reached for model `llama-3.1-8b-instant` in organization `org_01testorg000000000000` service "
        "tier `on_demand` on tokens per minute (TPM): Limit 6000, Used 5990, Requested 120. Please try again in "
        "1.1s. Need more tokens? Upgrade to Dev Tier today at https://console.groq.com/settings/billing",
        "tokens", "", "rate_limit_exceeded"), "req_01k1groqe429000000000000",
        {"retry-after": "2", "x-ratelimit-remaining-tokens": "10", "x-ratelimit-reset-tokens": "1.1s"})
    err("error_503", 503, openai_error(
        "Service Unavailable", "internal_server_error", None, "service_unavailable"), "req_01k1groqe503000000000000")

    make_groq_matrix()


# The full matrix (tests/providers/test_openai_compatible.py, "Vendor matrix"): llama-3.3-70b-versatile for text
# and tools, llama-4-scout (vision and structured outputs, per Groq's model pages) for images and json_schema.
# Error bodies are Groq's documented {"error": {"message", "type", "code"}} (no "param").
VERSATILE = "llama-3.3-70b-versatile"
SCOUT = "meta-llama/llama-4-scout-17b-16e-instruct"


def make_groq_matrix() -> None:
    chat = f"{GROQ}/chat/completions"

    def ok_groq(name: str, model: str, cid: str, message: dict[str, Any], finish: str, usage: dict[str, Any],
                xid: str, fingerprint: str) -> None:
        body = groq_completion(cid, message, finish, usage, xid, model=model, fingerprint=fingerprint)
        write(f"groq/{name}.yaml", [{"request": request(chat, {"model": model}),
                                     "response": response(200, dumps(body), groq_headers(xid))}])

    fp70 = "fp_3f3b593e33"
    fp_scout = "fp_79da0e0073"
    ok_groq("versatile_plain", VERSATILE, "chatcmpl-2b3c4d5e-6f70-4182-93a4-b5c6d7e8f901",
            {"role": "assistant", "content": "Hello!"}, "stop", groq_usage(42, 3), "req_01k1groqv70plain000000000", fp70)
    ok_groq("versatile_multiturn", VERSATILE, "chatcmpl-3c4d5e6f-7081-4293-a4b5-c6d7e8f90a12",
            {"role": "assistant", "content": "Your name is Ada, matey, and I be talkin' like a pirate. Arr!"}, "stop",
            groq_usage(87, 19), "req_01k1groqv70multi000000000", fp70)
    ok_groq("versatile_tools", VERSATILE, "chatcmpl-4d5e6f70-8192-43a4-b5c6-d7e8f90a1b23",
            {"role": "assistant", "tool_calls": [
                {"id": "call_v70w3ath3r", "type": "function",
                 "function": {"name": "get_weather", "arguments": "{\"city\":\"Paris\"}"}}]},
            "tool_calls", groq_usage(236, 19), "req_01k1groqv70tools000000000", fp70)
    ok_groq("versatile_tool_result", VERSATILE, "chatcmpl-5e6f7081-92a3-44b5-c6d7-e8f90a1b2c34",
            {"role": "assistant", "content": "It is 18°C and sunny in Paris."}, "stop",
            groq_usage(281, 12), "req_01k1groqv70toolres0000000", fp70)
    ok_groq("scout_json_schema", SCOUT, "chatcmpl-6f708192-a3b4-45c6-d7e8-f90a1b2c3d45",
            {"role": "assistant", "content": dumps({"city": "Paris", "country": "France", "population_millions": 2.1})},
            "stop", groq_usage(164, 21), "req_01k1groqscoutjson00000000", fp_scout)
    ok_groq("scout_image", SCOUT, "chatcmpl-708192a3-b4c5-46d7-e8f9-0a1b2c3d4e56",
            {"role": "assistant", "content": "A wooden boardwalk runs through a green meadow under a blue sky."}, "stop",
            groq_usage(1562, 15), "req_01k1groqscoutimage0000000", fp_scout)

    cid = "chatcmpl-8192a3b4-c5d6-47e8-f90a-1b2c3d4e5f67"
    base = {"id": cid, "object": "chat.completion.chunk", "created": CREATED, "model": VERSATILE,
            "system_fingerprint": fp70}
    xid = "req_01k1groqv70stream00000000"

    def delta(d: dict[str, Any], finish: str | None = None) -> dict[str, Any]:
        return {**base, "choices": [{"index": 0, "delta": d, "logprobs": None, "finish_reason": finish}]}

    events = [
        {**delta({"role": "assistant", "content": ""}), "x_groq": {"id": xid}},
        delta({"content": "Hello"}),
        delta({"content": " there"}),
        delta({"content": "!"}),
        {**delta({}, "stop"), "x_groq": {"id": xid, "usage": groq_usage(42, 4)}},
        {**base, "choices": [], "usage": groq_usage(42, 4), "usage_breakdown": {"models": None}},
    ]
    write("groq/versatile_stream.yaml", [{
        "request": request(chat, {"model": VERSATILE, "stream": True, "stream_options": {"include_usage": True}}),
        "response": response(200, sse(events), groq_headers(xid, json_body=False))}])

    def groq_error(message: str, type_: str, code: str) -> str:
        return dumps({"error": {"message": message, "type": type_, "code": code}})

    def err(name: str, status: int, body: str, request_id: str, extra: dict[str, str] | None = None) -> None:
        write(f"groq/{name}.yaml", [{"request": request(chat, {"model": VERSATILE}),
                                     "response": response(status, body, groq_headers(request_id, extra=extra))}])

    err("versatile_error_401", 401, groq_error("Invalid API Key", "invalid_request_error", "invalid_api_key"),
        "req_01k1groqv70e401000000000")
    err("versatile_error_404", 404, groq_error(
        "The model `llama-3.3-70b-versatil` does not exist or you do not have access to it.",
        "invalid_request_error", "model_not_found"), "req_01k1groqv70e404000000000")
    err("versatile_error_429", 429, groq_error(
        "Rate limit reached for model `llama-3.3-70b-versatile` in organization `org_01testorg000000000000` service "
        "tier `on_demand` on tokens per minute (TPM): Limit 12000, Used 11950, Requested 240. Please try again in "
        "2.45s. Need more tokens? Upgrade to Dev Tier today at https://console.groq.com/settings/billing",
        "tokens", "rate_limit_exceeded"), "req_01k1groqv70e429000000000",
        {"retry-after": "3", "x-ratelimit-limit-tokens": "12000", "x-ratelimit-remaining-tokens": "50",
         "x-ratelimit-reset-tokens": "2.45s"})
    err("versatile_error_500", 500, groq_error("Internal Server Error", "internal_server_error", "internal_server_error"),
        "req_01k1groqv70e500000000000")


# --------------------------------------------------------------------------------------------
# DeepSeek (https://api-docs.deepseek.com/api/create-chat-completion)
# --------------------------------------------------------------------------------------------


def deepseek_headers(*, json_body: bool = True) -> dict[str, str]:
    return {
        "date": DATE,
        "content-type": "application/json" if json_body else "text/event-stream; charset=utf-8",
        "vary": "origin, access-control-request-method, access-control-request-headers",
        "access-control-allow-credentials": "true",
        "x-ds-trace-id": "0c8f4e6b2a1d3c5e7f9a0b1c2d3e4f50",
        "strict-transport-security": "max-age=31536000; includeSubDomains; preload",
        "x-content-type-options": "nosniff",
        "server": "CW",
    }


def deepseek_usage(prompt: int, completion: int, hit: int, reasoning: int | None = None) -> dict[str, Any]:
    usage: dict[str, Any] = {"prompt_tokens": prompt, "completion_tokens": completion, "total_tokens": prompt + completion,
                             "prompt_tokens_details": {"cached_tokens": hit}}
    if reasoning is not None:
        usage["completion_tokens_details"] = {"reasoning_tokens": reasoning}
    usage["prompt_cache_hit_tokens"] = hit
    usage["prompt_cache_miss_tokens"] = prompt - hit
    return usage


def deepseek_completion(cid: str, model: str, message: dict[str, Any], usage: dict[str, Any]) -> dict[str, Any]:
    return {
        "id": cid,
        "object": "chat.completion",
        "created": CREATED,
        "model": model,
        "choices": [{"index": 0, "message": message, "logprobs": None, "finish_reason": "stop"}],
        "usage": usage,
        "system_fingerprint": "fp_8802369eaa_prod0623_fp8_kvcache",
    }


def make_deepseek() -> None:
    chat = f"{DEEPSEEK}/chat/completions"
    plain = deepseek_completion("5b6c7d8e-9f0a-4b1c-8d2e-3f4a5b6c7d8e", "deepseek-chat",
                                {"role": "assistant", "content": "Hello! How can I help you today?"},
                                deepseek_usage(11, 9, hit=0))
    write("deepseek/chat_plain.yaml", [{"request": request(chat, {"model": "deepseek-chat"}),
                                        "response": response(200, dumps(plain), deepseek_headers())}])

    reasoner = deepseek_completion(
        "6c7d8e9f-0a1b-4c2d-9e3f-4a5b6c7d8e9f", "deepseek-reasoner",
        {"role": "assistant", "content": "9.11 is smaller than 9.8.",
         "reasoning_content": "Compare 9.11 and 9.8: the tenths digit 1 is less than 8, so 9.11 < 9.8."},
        deepseek_usage(19, 87, hit=0, reasoning=72))
    write("deepseek/reasoner.yaml", [{"request": request(chat, {"model": "deepseek-reasoner"}),
                                      "response": response(200, dumps(reasoner), deepseek_headers())}])

    follow = deepseek_completion(
        "7d8e9f0a-1b2c-4d3e-8f4a-5b6c7d8e9f0a", "deepseek-reasoner",
        {"role": "assistant", "content": "9.8 is larger.", "reasoning_content": "Same comparison as before."},
        deepseek_usage(40, 30, hit=19, reasoning=20))
    write("deepseek/reasoner_followup.yaml", [{"request": request(chat, {"model": "deepseek-reasoner"}),
                                               "response": response(200, dumps(follow), deepseek_headers())}])

    cid = "8e9f0a1b-2c3d-4e4f-9a5b-6c7d8e9f0a1b"
    base = {"id": cid, "object": "chat.completion.chunk", "created": CREATED, "model": "deepseek-reasoner",
            "system_fingerprint": "fp_8802369eaa_prod0623_fp8_kvcache"}

    def choice(delta: dict[str, Any], finish: str | None = None) -> dict[str, Any]:
        return {**base, "choices": [{"index": 0, "delta": delta, "logprobs": None, "finish_reason": finish}]}

    events = [
        choice({"role": "assistant", "content": None, "reasoning_content": ""}),
        choice({"content": None, "reasoning_content": "Compare the"}),
        choice({"content": None, "reasoning_content": " tenths."}),
        choice({"content": "9.11", "reasoning_content": None}),
        choice({"content": " is smaller.", "reasoning_content": None}),
        choice({"content": "", "reasoning_content": None}, "stop"),
        {**base, "choices": [], "usage": deepseek_usage(19, 40, hit=0, reasoning=25)},
    ]
    write("deepseek/reasoner_stream.yaml", [{"request": request(chat, {"model": "deepseek-reasoner", "stream": True}),
                                             "response": response(200, sse(events), deepseek_headers(json_body=False))}])

    write("deepseek/error_402.yaml", [{"request": request(chat, {"model": "deepseek-chat"}), "response": response(
        402, openai_error("Insufficient Balance", "unknown_error", None, "invalid_request_error"), deepseek_headers())}])
    write("deepseek/error_401.yaml", [{"request": request(chat, {"model": "deepseek-chat"}), "response": response(
        401, openai_error("Authentication Fails, Your api key: ****7890 is invalid", "authentication_error", None,
                          "invalid_request_error"), deepseek_headers())}])


# --------------------------------------------------------------------------------------------
# OpenRouter (https://openrouter.ai/docs/api-reference/overview, .../streaming, .../errors)
# --------------------------------------------------------------------------------------------


def openrouter_headers(*, json_body: bool = True) -> dict[str, str]:
    return {
        "date": DATE,
        "content-type": "application/json" if json_body else "text/event-stream",
        "access-control-allow-origin": "*",
        "x-generation-id": "gen-1754000000-Or0uTeRgEnId00000001",
        "vary": "Accept-Encoding",
        "server": "cloudflare",
        "cf-ray": "968f0d1e8a2b9abc-AMS",
    }


def make_openrouter() -> None:
    chat = f"{OPENROUTER}/chat/completions"
    plain = {
        "id": "gen-1754000000-Or0uTeRgEnId00000001",
        "provider": "OpenAI",
        "model": "openai/gpt-4o-mini",
        "object": "chat.completion",
        "created": CREATED,
        "choices": [{"logprobs": None, "finish_reason": "stop", "native_finish_reason": "stop", "index": 0,
                     "message": {"role": "assistant", "content": "Hello!", "refusal": None, "reasoning": None}}],
        "system_fingerprint": FINGERPRINT,
        "usage": {"prompt_tokens": 13, "completion_tokens": 2, "total_tokens": 15,
                  "prompt_tokens_details": {"cached_tokens": 0}, "completion_tokens_details": {"reasoning_tokens": 0}},
    }
    write("openrouter/chat_plain.yaml", [{"request": request(chat, {"model": "openai/gpt-4o-mini"}),
                                          "response": response(200, dumps(plain), openrouter_headers())}])

    gid = "gen-1754000001-Or0uTeRsTrEaM0000001"
    base = {"id": gid, "provider": "OpenAI", "model": "openai/gpt-4o-mini", "object": "chat.completion.chunk",
            "created": CREATED, "system_fingerprint": FINGERPRINT}

    def choice(delta: dict[str, Any], finish: str | None = None) -> dict[str, Any]:
        return {**base, "choices": [{"index": 0, "delta": delta, "finish_reason": finish,
                                     "native_finish_reason": finish, "logprobs": None}]}

    events = [
        choice({"role": "assistant", "content": "Hel"}),
        choice({"role": "assistant", "content": "lo!"}),
        choice({"role": "assistant", "content": ""}, "stop"),
        {**base, "choices": [], "usage": {"prompt_tokens": 13, "completion_tokens": 2, "total_tokens": 15}},
    ]
    write("openrouter/chat_stream.yaml", [{"request": request(chat, {"model": "openai/gpt-4o-mini", "stream": True}),
                                           "response": response(200, sse(events, comments_before=2),
                                                                openrouter_headers(json_body=False))}])

    # A mid-stream failure: HTTP 200 already sent, so the error arrives as a chunk with finish_reason "error".
    broken = [
        choice({"role": "assistant", "content": "Hel"}),
        {**base, "error": {"code": "server_error", "message": "Provider disconnected unexpectedly"},
         "choices": [{"index": 0, "delta": {"content": ""}, "finish_reason": "error"}]},
    ]
    body = ": OPENROUTER PROCESSING\n\n" + "".join(f"data: {dumps(e)}\n\n" for e in broken)
    write("openrouter/stream_midstream_error.yaml", [{"request": request(chat, {"model": "openai/gpt-4o-mini", "stream": True}),
                                                      "response": response(200, body, openrouter_headers(json_body=False))}])

    def err(name: str, status: int, error: dict[str, Any]) -> None:
        write(f"openrouter/{name}.yaml", [{"request": request(chat, {"model": "openai/gpt-4o-mini"}),
                                           "response": response(status, dumps({"error": error, "user_id": "user_2testuser000000000000000"}),
                                                                openrouter_headers())}])

    err("error_429", 429, {"message": "Provider returned error", "code": 429, "metadata": {
        "raw": "openai/gpt-4o-mini is temporarily rate-limited upstream. Please retry shortly.",
        "provider_name": "OpenAI"}})
    err("error_402", 402, {"message": "This request requires more credits, or fewer max_tokens. You requested up to "
                           "16384 tokens, but can only afford 1200.", "code": 402})
    err("error_400", 400, {"message": "openai/gpt-4o-mini is not a valid model ID", "code": 400})

    make_openrouter_matrix()


# The full matrix: openai/gpt-4o-mini (served by OpenAI) and anthropic/claude-sonnet-4.5 (served by Anthropic, so
# native_finish_reason is Anthropic's end_turn / tool_use). Usage carries OpenRouter's accounting fields (cost,
# is_byok, cost_details). Error bodies: {"error": {"code": <int>, "message", "metadata"?}, "user_id"?}; OpenRouter
# sends no x-request-id, so an error's request id is the cf-ray header.
CLAUDE = "anthropic/claude-sonnet-4.5"


def openrouter_usage(prompt: int, completion: int, cost: float) -> dict[str, Any]:
    return {"prompt_tokens": prompt, "completion_tokens": completion, "total_tokens": prompt + completion,
            "cost": cost, "is_byok": False, "prompt_tokens_details": {"cached_tokens": 0},
            "cost_details": {"upstream_inference_cost": None}, "completion_tokens_details": {"reasoning_tokens": 0}}


def openrouter_completion(gid: str, model: str, provider: str, message: dict[str, Any], finish: str, native: str,
                          usage: dict[str, Any]) -> dict[str, Any]:
    body: dict[str, Any] = {
        "id": gid,
        "provider": provider,
        "model": model,
        "object": "chat.completion",
        "created": CREATED,
        "choices": [{"logprobs": None, "finish_reason": finish, "native_finish_reason": native, "index": 0,
                     "message": message}],
    }
    if provider == "OpenAI":
        body["system_fingerprint"] = FINGERPRINT
    body["usage"] = usage
    return body


def make_openrouter_matrix() -> None:
    chat = f"{OPENROUTER}/chat/completions"

    def ok_or(name: str, model: str, body: dict[str, Any]) -> None:
        headers = openrouter_headers()
        headers["x-generation-id"] = body["id"]
        write(f"openrouter/{name}.yaml", [{"request": request(chat, {"model": model}),
                                           "response": response(200, dumps(body), headers)}])

    def message(content: str | None, tool_calls: list[dict[str, Any]] | None = None) -> dict[str, Any]:
        out: dict[str, Any] = {"role": "assistant", "content": content, "refusal": None, "reasoning": None}
        if tool_calls:
            out["tool_calls"] = tool_calls
        return out

    ok_or("claude_multiturn", CLAUDE, openrouter_completion(
        "gen-1754000010-Or0uTeRcLaUdEmUlTi01", CLAUDE, "Anthropic",
        message("Your name is Ada, and I'm talking like a pirate, matey. Arr!"), "stop", "end_turn",
        openrouter_usage(41, 22, 0.000453)))
    ok_or("claude_tools", CLAUDE, openrouter_completion(
        "gen-1754000011-Or0uTeRcLaUdEtOoLs01", CLAUDE, "Anthropic",
        message("I'll check the current weather in Paris for you.", [
            {"index": 0, "id": "toolu_01Or0uTeRwEaThEr00001", "type": "function",
             "function": {"name": "get_weather", "arguments": "{\"city\": \"Paris\"}"}}]),
        "tool_calls", "tool_use", openrouter_usage(412, 63, 0.002181)))
    ok_or("claude_tool_result", CLAUDE, openrouter_completion(
        "gen-1754000012-Or0uTeRcLaUdErEsUlT1", CLAUDE, "Anthropic",
        message("It's currently 18°C and sunny in Paris."), "stop", "end_turn", openrouter_usage(498, 16, 0.001734)))
    ok_or("chat_json_schema", "openai/gpt-4o-mini", openrouter_completion(
        "gen-1754000013-Or0uTeRjSoNsChEmA001", "openai/gpt-4o-mini", "OpenAI",
        message(dumps({"city": "Paris", "country": "France", "population_millions": 2.1})), "stop", "stop",
        openrouter_usage(88, 19, 0.0000246)))
    ok_or("claude_image", CLAUDE, openrouter_completion(
        "gen-1754000014-Or0uTeRcLaUdEiMaGe01", CLAUDE, "Anthropic",
        message("A wooden boardwalk runs through a green meadow under a blue sky."), "stop", "end_turn",
        openrouter_usage(1602, 17, 0.005061)))

    def err(name: str, status: int, error: dict[str, Any], ray: str, *, user: bool = True,
            extra: dict[str, str] | None = None, model: str = "openai/gpt-4o-mini") -> None:
        headers = {"date": DATE, "content-type": "application/json", "access-control-allow-origin": "*",
                   "vary": "Accept-Encoding", "server": "cloudflare", "cf-ray": ray, **(extra or {})}
        body: dict[str, Any] = {"error": error}
        if user:
            body["user_id"] = "user_2testuser000000000000000"
        write(f"openrouter/{name}.yaml", [{"request": request(chat, {"model": model}),
                                           "response": response(status, dumps(body), headers)}])

    err("matrix_error_401", 401, {"message": "User not found.", "code": 401}, "968f0d1e8a2c0401-AMS", user=False)
    err("matrix_error_404", 404, {"message": "No endpoints found that support tool use. To learn more about provider "
                                  "routing, visit: https://openrouter.ai/docs/provider-routing", "code": 404},
        "968f0d1e8a2c0404-AMS", model=CLAUDE)
    err("matrix_error_429", 429, {"message": "Rate limit exceeded: free-models-per-min. ", "code": 429, "metadata": {
        "headers": {"X-RateLimit-Limit": "20", "X-RateLimit-Remaining": "0", "X-RateLimit-Reset": "1754000060000"},
        "provider_name": None}}, "968f0d1e8a2c0429-AMS",
        extra={"retry-after": "60", "x-ratelimit-limit": "20", "x-ratelimit-remaining": "0",
               "x-ratelimit-reset": "1754000060000"})
    err("matrix_error_500", 500, {"message": "Internal Server Error", "code": 500}, "968f0d1e8a2c0500-AMS")


# --------------------------------------------------------------------------------------------
# Ollama (https://github.com/ollama/ollama/blob/main/docs/openai.md) and Perplexity
# (https://docs.perplexity.ai/api-reference/chat-completions-post)
# --------------------------------------------------------------------------------------------


def make_ollama() -> None:
    headers = {"content-type": "application/json", "date": DATE}
    body = {
        "id": "chatcmpl-417",
        "object": "chat.completion",
        "created": CREATED,
        "model": "llama3.2",
        "system_fingerprint": "fp_ollama",
        "choices": [{"index": 0, "message": {"role": "assistant", "content": "Hello!"}, "finish_reason": "stop"}],
        "usage": {"prompt_tokens": 31, "completion_tokens": 3, "total_tokens": 34},
    }
    write("ollama/chat_plain.yaml", [{"request": request(f"{OLLAMA}/chat/completions", {"model": "llama3.2"}),
                                      "response": response(200, dumps(body), headers)}])
    emb = {"object": "list", "data": [{"object": "embedding", "embedding": [0.25, -0.5, 0.75], "index": 0}],
           "model": "all-minilm", "usage": {"prompt_tokens": 1, "total_tokens": 1}}
    write("ollama/embeddings.yaml", [{"request": request(f"{OLLAMA}/embeddings", {"model": "all-minilm", "input": ["hello"]}),
                                      "response": response(200, dumps(emb), headers)}])


def make_perplexity() -> None:
    body = {
        "id": "3c4d5e6f-7a8b-4c9d-8e0f-1a2b3c4d5e6f",
        "model": "sonar",
        "created": CREATED,
        "usage": {"prompt_tokens": 9, "completion_tokens": 22, "total_tokens": 31, "search_context_size": "low",
                  "cost": {"input_tokens_cost": 0.0, "output_tokens_cost": 0.0, "request_cost": 0.005, "total_cost": 0.005}},
        "citations": ["https://www.meteofrance.com/"],
        "search_results": [{"title": "Météo Paris", "url": "https://www.meteofrance.com/", "date": "2025-07-31"}],
        "object": "chat.completion",
        "choices": [{"index": 0, "finish_reason": "stop",
                     "message": {"role": "assistant", "content": "Paris is sunny today, around 24°C [1]."},
                     "delta": {"role": "assistant", "content": ""}}],
    }
    headers = {"content-type": "application/json", "date": DATE, "server": "cloudflare", "cf-ray": "968f0d1e8a2bdef0-CDG"}
    write("perplexity/chat_plain.yaml", [{"request": request(f"{PERPLEXITY}/chat/completions", {"model": "sonar"}),
                                          "response": response(200, dumps(body), headers)}])


if __name__ == "__main__":
    make_openai()
    make_groq()
    make_deepseek()
    make_openrouter()
    make_ollama()
    make_perplexity()
