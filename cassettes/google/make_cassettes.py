"""Writes the Gemini (google) cassettes in this folder; deterministic, run from anywhere:

    python cassettes/google/make_cassettes.py

Response bodies follow the Gemini API reference (``GenerateContentResponse``,
``BatchEmbedContentsResponse``, the ``google.rpc.Status`` error body) and the wire framing the
Developer API uses: non-streamed JSON pretty-printed with two-space indents; ``?alt=sse`` streams
as ``data: {...}`` events separated by ``\\r\\n\\r\\n``, each a whole ``GenerateContentResponse``
chunk with the running ``usageMetadata``. Ids, signatures and image bytes are derived from fixed
seeds, so every run writes the same files. No API key appears anywhere (auth headers left out).
"""

from __future__ import annotations

import base64
import hashlib
import json
import zlib
import struct
from pathlib import Path
from typing import Any

import yaml

HERE = Path(__file__).resolve().parent
HOST = "https://generativelanguage.googleapis.com"
DATE = "Tue, 18 Nov 2025 10:{minute:02d}:{second:02d} GMT"


def _date(seed: str) -> str:
    n = int(hashlib.sha256(seed.encode()).hexdigest(), 16)
    return DATE.format(minute=n % 60, second=(n // 60) % 60)


def response_id(seed: str) -> str:
    """Gemini response ids look like 23 URL-safe base64 characters."""
    return base64.urlsafe_b64encode(hashlib.sha256(seed.encode()).digest()).decode()[:23]


def signature(seed: str, size: int = 180) -> str:
    """An opaque thoughtSignature: standard base64 of deterministic bytes."""
    out = b""
    counter = 0
    while len(out) < size:
        out += hashlib.sha256(f"{seed}:{counter}".encode()).digest()
        counter += 1
    return base64.b64encode(out[:size]).decode()


def tiny_png() -> bytes:
    """A valid 2x2 red PNG."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    raw = b"".join(b"\x00" + b"\xff\x00\x00" * 2 for _ in range(2))
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", struct.pack(">IIBBBBB", 2, 2, 8, 2, 0, 0, 0))
        + chunk(b"IDAT", zlib.compress(raw, 9))
        + chunk(b"IEND", b"")
    )


def _google_headers(seed: str, content_type: str, extra: dict[str, str] | None = None) -> dict[str, list[str]]:
    headers = {
        "Content-Type": [content_type],
        "Vary": ["Origin", "X-Origin", "Referer"],
        "Date": [_date(seed)],
        "Server": ["scaffolding on HTTPServer2"],
        "X-XSS-Protection": ["0"],
        "X-Frame-Options": ["SAMEORIGIN"],
        "X-Content-Type-Options": ["nosniff"],
        "Server-Timing": [f"gfet4t7; dur={200 + int(hashlib.md5(seed.encode()).hexdigest(), 16) % 1500}"],
        "Alt-Svc": ['h3=":443"; ma=2592000,h3-29=":443"; ma=2592000'],
    }
    if content_type == "text/event-stream":
        headers["Content-Disposition"] = ["attachment"]
    for name, value in (extra or {}).items():
        headers[name] = [value]
    return headers


def _request(method: str, path: str, body: Any) -> dict[str, Any]:
    return {
        "method": method,
        "uri": HOST + path,
        "body": json.dumps(body) if body is not None else None,
        "headers": {
            "accept": ["*/*"],
            "accept-encoding": ["gzip, deflate"],
            "connection": ["keep-alive"],
            "content-type": ["application/json"],
            "host": ["generativelanguage.googleapis.com"],
            "x-goog-api-client": ["google-genai-sdk/3.4.0 gl-python/3.11.7"],
        },
    }


def generate(model: str, body: Any, reply: dict[str, Any], seed: str, status: int = 200,
             extra_headers: dict[str, str] | None = None) -> dict[str, Any]:
    """One non-streamed generateContent exchange (the API pretty-prints its JSON)."""
    return {
        "request": _request("POST", f"/v1beta/models/{model}:generateContent", body),
        "response": {
            "status": {"code": status, "message": _REASONS[status]},
            "headers": _google_headers(seed, "application/json; charset=UTF-8", extra_headers),
            "body": {"string": json.dumps(reply, indent=2, ensure_ascii=False) + "\n"},
        },
    }


def stream(model: str, body: Any, events: list[dict[str, Any]], seed: str) -> dict[str, Any]:
    """One streamGenerateContent?alt=sse exchange: ``data: <chunk>\\r\\n\\r\\n`` per event."""
    text = "".join(
        "data: " + json.dumps(event, separators=(",", ": "), ensure_ascii=False) + "\r\n\r\n" for event in events
    )
    return {
        "request": _request("POST", f"/v1beta/models/{model}:streamGenerateContent?alt=sse", body),
        "response": {
            "status": {"code": 200, "message": "OK"},
            "headers": _google_headers(seed, "text/event-stream"),
            "body": {"string": text},
        },
    }


_REASONS = {
    200: "OK",
    400: "Bad Request",
    403: "Forbidden",
    404: "Not Found",
    429: "Too Many Requests",
    500: "Internal Server Error",
    503: "Service Unavailable",
}


def candidate(parts: list[dict[str, Any]], finish: str | None = "STOP", index: int | None = 0) -> dict[str, Any]:
    out: dict[str, Any] = {"content": {"parts": parts, "role": "model"}}
    if finish is not None:
        out["finishReason"] = finish
    if index is not None:
        out["index"] = index
    return out


def usage(prompt: int, candidates: int | None, thoughts: int | None = None, cached: int | None = None) -> dict[str, Any]:
    out: dict[str, Any] = {"promptTokenCount": prompt}
    if candidates is not None:
        out["candidatesTokenCount"] = candidates
    out["totalTokenCount"] = prompt + (candidates or 0) + (thoughts or 0)
    if cached is not None:
        out["cachedContentTokenCount"] = cached
    out["promptTokensDetails"] = [{"modality": "TEXT", "tokenCount": prompt}]
    if cached is not None:
        out["cacheTokensDetails"] = [{"modality": "TEXT", "tokenCount": cached}]
    if thoughts is not None:
        out["thoughtsTokenCount"] = thoughts
    return out


def reply(candidates: list[dict[str, Any]], meta: dict[str, Any] | None, model: str, seed: str) -> dict[str, Any]:
    out: dict[str, Any] = {"candidates": candidates}
    if meta is not None:
        out["usageMetadata"] = meta
    out["modelVersion"] = model
    out["responseId"] = response_id(seed)
    return out


def error_body(code: int, message: str, status: str, details: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    error: dict[str, Any] = {"code": code, "message": message, "status": status}
    if details:
        error["details"] = details
    return {"error": error}


def user(text: str) -> dict[str, Any]:
    return {"contents": [{"parts": [{"text": text}], "role": "user"}]}


WEATHER_TOOL = {
    "functionDeclarations": [
        {
            "name": "get_weather",
            "description": "Current weather for a city.",
            "parameters_json_schema": {
                "type": "object",
                "properties": {"city": {"type": "string"}},
                "required": ["city"],
            },
        }
    ]
}

F = "gemini-2.5-flash"


def cassettes() -> dict[str, list[dict[str, Any]]]:
    out: dict[str, list[dict[str, Any]]] = {}

    out["plain"] = [
        generate(F, user("Say hello."), reply(
            [candidate([{"text": "Hello! How can I help you today?"}])], usage(4, 9, 21), F, "plain"), "plain")
    ]

    out["multi_turn"] = [
        generate(F, {
            "contents": [
                {"parts": [{"text": "My name is Ada."}], "role": "user"},
                {"parts": [{"text": "Nice to meet you, Ada!"}], "role": "model"},
                {"parts": [{"text": "What is my name?"}, {"text": "Answer in one word."}], "role": "user"},
            ],
            "systemInstruction": {"parts": [{"text": "You are terse."}, {"text": "Never use emoji."}]},
        }, reply([candidate([{"text": "Ada."}])], usage(31, 2, 18), F, "multi_turn"), "multi_turn")
    ]

    chunks = ["The capital", " of France is Paris", ". It sits on the Seine."]
    events = []
    for i, piece in enumerate(chunks):
        last = i == len(chunks) - 1
        events.append(reply(
            [candidate([{"text": piece}], finish="STOP" if last else None)],
            usage(8, 3 + 5 * i, 27), F, "stream"))
    out["stream"] = [stream(F, user("What is the capital of France?"), events, "stream")]

    tool_body = {**user("What's the weather in Paris?"), "tools": [WEATHER_TOOL]}
    out["tools"] = [
        generate(F, tool_body, reply(
            [candidate([{"functionCall": {"name": "get_weather", "args": {"city": "Paris"}}}])],
            usage(49, 15, 48), F, "tools-0"), "tools-0"),
        generate(F, {
            "contents": [
                {"parts": [{"text": "What's the weather in Paris?"}], "role": "user"},
                {"parts": [{"functionCall": {"args": {"city": "Paris"}, "name": "get_weather"}}], "role": "model"},
                {"parts": [{"functionResponse": {"name": "get_weather",
                                                 "response": {"temperature_c": 22, "sky": "sunny"}}}],
                 "role": "user"},
            ],
            "tools": [WEATHER_TOOL],
        }, reply([candidate([{"text": "It is sunny and 22 °C in Paris."}])], usage(88, 15), F, "tools-1"),
            "tools-1"),
    ]

    out["tool_choice"] = [
        generate(F, {**tool_body, "toolConfig": {"functionCallingConfig": {"mode": "ANY"}}}, reply(
            [candidate([{"functionCall": {"name": "get_weather", "args": {"city": "Paris"}}}])],
            usage(49, 15), F, "tool_choice"), "tool_choice")
    ]

    # The same parallel-call reply, whole and streamed (thought summary, text, two calls).
    sig = signature("parallel")
    thought = "**Checking two cities**\n\nThe user wants both, so I call the tool twice."
    parallel_parts = [
        {"text": thought, "thought": True},
        {"text": "Let me check both cities."},
        {"functionCall": {"name": "get_weather", "args": {"city": "Paris"}}, "thoughtSignature": sig},
        {"functionCall": {"name": "get_weather", "args": {"city": "Tokyo"}}},
    ]
    parallel_body = {**user("Weather in Paris and Tokyo?"), "tools": [WEATHER_TOOL],
                     "generationConfig": {"thinkingConfig": {"include_thoughts": True, "thinking_budget": 1024}}}
    out["parallel_tools"] = [
        generate(F, parallel_body, reply([candidate(parallel_parts)], usage(52, 40, 61), F, "parallel"), "parallel")
    ]
    out["parallel_tools_stream"] = [
        stream(F, parallel_body, [
            reply([candidate([parallel_parts[0]], finish=None)], usage(52, None, 61), F, "parallel"),
            reply([candidate([parallel_parts[1]], finish=None)], usage(52, 7, 61), F, "parallel"),
            reply([candidate(parallel_parts[2:], finish="STOP")], usage(52, 40, 61), F, "parallel"),
        ], "parallel-stream")
    ]

    out["json_schema"] = [
        generate("gemini-2.0-flash", {
            **user("What is the largest city in Mexico?"),
            "generationConfig": {
                "responseMimeType": "application/json",
                "responseJsonSchema": {
                    "type": "object",
                    "properties": {"city": {"type": "string"}, "country": {"type": "string"}},
                    "required": ["city", "country"],
                },
            },
        }, reply(
            [{"content": {"parts": [{"text": "{\n  \"city\": \"Mexico City\",\n  \"country\": \"Mexico\"\n}"}],
                          "role": "model"}, "finishReason": "STOP", "avgLogprobs": -0.0000473916}],
            usage(8, 20), "gemini-2.0-flash", "json_schema"), "json_schema")
    ]

    png = tiny_png()
    image_reply = reply([candidate([{"text": "A small red square."}])], usage(264, 6), F, "image")
    image_body = {"contents": [{"parts": [{"text": "What is in this image?"},
                                          {"inlineData": {"data": base64.b64encode(png).decode(),
                                                          "mimeType": "image/png"}}], "role": "user"}]}
    out["image_data_url"] = [generate(F, image_body, image_reply, "image")]
    image_uri = "https://upload.wikimedia.org/wikipedia/commons/test/red-square.png"
    image_get = {
        "request": {"method": "GET", "uri": image_uri, "body": None,
                    "headers": {"accept": ["*/*"], "host": ["upload.wikimedia.org"]}},
        "response": {
            "status": {"code": 200, "message": "OK"},
            "headers": {
                "Content-Type": ["image/png"],
                "Content-Length": [str(len(png))],
                "Cache-Control": ["public, max-age=31536000"],
                "Last-Modified": ["Mon, 03 Nov 2025 08:00:00 GMT"],
                "Date": [_date("image-get")],
                "Accept-Ranges": ["bytes"],
            },
            "body": {"string": png},
        },
    }
    out["image_http_url"] = [image_get, generate(F, image_body, image_reply, "image")]
    out["image_http_404"] = [{
        "request": {"method": "GET", "uri": image_uri.replace("red-square", "missing"), "body": None,
                    "headers": {"accept": ["*/*"], "host": ["upload.wikimedia.org"]}},
        "response": {"status": {"code": 404, "message": "Not Found"},
                     "headers": {"Content-Type": ["text/html; charset=utf-8"], "Date": [_date("image-404")]},
                     "body": {"string": "<!DOCTYPE html>\n<html><head><title>Not Found</title></head>"
                                        "<body><h1>Not Found</h1></body></html>\n"}},
    }]

    # Reasoning with a signed function call, then the next turn that must send the signature back.
    rsig, tsig = signature("reasoning-call"), signature("reasoning-text", 120)
    reasoning_thought = "**Planning the lookup**\n\nI need the weather before answering, so I call get_weather."
    out["reasoning"] = [
        generate(F, {**user("Should I take an umbrella in Paris?"), "tools": [WEATHER_TOOL],
                     "generationConfig": {"thinkingConfig": {"include_thoughts": True, "thinking_budget": 8192}}},
                 reply([candidate([
                     {"text": reasoning_thought, "thought": True},
                     {"functionCall": {"name": "get_weather", "args": {"city": "Paris"}}, "thoughtSignature": rsig},
                 ])], usage(61, 16, 112), F, "reasoning-0"), "reasoning-0"),
        generate(F, {"contents": [
            {"parts": [{"text": "Should I take an umbrella in Paris?"}], "role": "user"},
            {"parts": [{"functionCall": {"args": {"city": "Paris"}, "name": "get_weather"},
                        "thoughtSignature": rsig}], "role": "model"},
            {"parts": [{"functionResponse": {"name": "get_weather", "response": {"sky": "rain", "temperature_c": 14}}}],
             "role": "user"},
        ]}, reply([candidate([
            {"text": "**Reading the forecast**\n\nRain is expected.", "thought": True},
            {"text": "Yes, take an umbrella: rain is expected in Paris.", "thoughtSignature": tsig},
        ])], usage(140, 12, 45), F, "reasoning-1"), "reasoning-1"),
    ]
    out["reasoning_stream"] = [
        stream("gemini-3-pro-preview", {**user("Is 97 prime?"),
               "generationConfig": {"thinkingConfig": {"include_thoughts": True, "thinking_level": "HIGH"}}}, [
            reply([candidate([{"text": "**Testing divisors**\n\n", "thought": True}], finish=None)],
                  usage(7, None, 40), "gemini-3-pro-preview", "reasoning-stream"),
            reply([candidate([{"text": "97 is not divisible by 2, 3, 5 or 7.", "thought": True}], finish=None)],
                  usage(7, None, 88), "gemini-3-pro-preview", "reasoning-stream"),
            reply([candidate([{"text": "Yes, 97 is prime.", "thoughtSignature": signature("reasoning-stream", 96)}],
                             finish=None)], usage(7, 6, 88), "gemini-3-pro-preview", "reasoning-stream"),
            reply([candidate([{"text": ""}], finish="STOP")], usage(7, 6, 88), "gemini-3-pro-preview",
                  "reasoning-stream"),
        ], "reasoning-stream")
    ]

    out["max_tokens"] = [
        generate(F, user("List all 50 US states."), reply(
            [candidate([{"text": "Here is a list of all 50 U"}], finish="MAX_TOKENS")], usage(9, 10, 38), F,
            "max_tokens"), "max_tokens")
    ]

    out["candidates"] = [
        generate(F, user("Name a colour."), reply([
            candidate([{"text": "Blue."}], index=0),
            candidate([{"text": "Green."}], index=1),
        ], usage(5, 4), F, "candidates"), "candidates")
    ]

    out["blocked_prompt"] = [
        generate(F, user("(a prompt the safety filters block)"), {
            "promptFeedback": {"blockReason": "PROHIBITED_CONTENT"},
            "usageMetadata": {"promptTokenCount": 12, "totalTokenCount": 12,
                              "promptTokensDetails": [{"modality": "TEXT", "tokenCount": 12}]},
            "modelVersion": F,
            "responseId": response_id("blocked"),
        }, "blocked")
    ]

    out["blocked_prompt_stream"] = [
        stream(F, user("(a prompt the safety filters block)"), [{
            "promptFeedback": {"blockReason": "PROHIBITED_CONTENT"},
            "usageMetadata": {"promptTokenCount": 12, "totalTokenCount": 12,
                              "promptTokensDetails": [{"modality": "TEXT", "tokenCount": 12}]},
            "modelVersion": F,
            "responseId": response_id("blocked-stream"),
        }], "blocked-stream")
    ]

    out["cached_content"] = [
        generate(F, {**user("What is the capital of France?"), "cachedContent": "cachedContents/abc123"}, reply(
            [candidate([{"text": "Paris."}])], usage(3520, 2, 42, cached=3512), F, "cached"), "cached")
    ]

    out["embeddings"] = [{
        "request": _request("POST", "/v1beta/models/gemini-embedding-001:batchEmbedContents", {"requests": [
            {"content": {"parts": [{"text": "hello"}]}, "model": "models/gemini-embedding-001",
             "outputDimensionality": 4, "taskType": "RETRIEVAL_QUERY"},
            {"content": {"parts": [{"text": "world"}]}, "model": "models/gemini-embedding-001",
             "outputDimensionality": 4, "taskType": "RETRIEVAL_QUERY"},
        ]}),
        "response": {
            "status": {"code": 200, "message": "OK"},
            "headers": _google_headers("embeddings", "application/json; charset=UTF-8"),
            "body": {"string": json.dumps({"embeddings": [
                {"values": [0.0123, -0.0456, 0.0789, -0.0012]},
                {"values": [-0.0321, 0.0654, -0.0987, 0.0021]},
            ]}, indent=2) + "\n"},
        },
    }]
    out["embeddings_404"] = [{
        "request": _request("POST", "/v1beta/models/nonexistent-model:batchEmbedContents", {"requests": [
            {"content": {"parts": [{"text": "hello"}]}, "model": "models/nonexistent-model"}]}),
        "response": {
            "status": {"code": 404, "message": "Not Found"},
            "headers": _google_headers("embeddings-404", "application/json; charset=UTF-8"),
            "body": {"string": json.dumps(error_body(
                404, "models/nonexistent-model is not found for API version v1beta, or is not supported for "
                "embedContent. Call ListModels to see the list of available models and their supported methods.",
                "NOT_FOUND"), indent=2) + "\n"},
        },
    }]

    errors = {
        "error_400": (400, error_body(
            400, "Invalid JSON payload received. Unknown name \"frobnicate\" at 'generation_config': "
            "Cannot find field.", "INVALID_ARGUMENT", [{
                "@type": "type.googleapis.com/google.rpc.BadRequest",
                "fieldViolations": [{"field": "generation_config",
                                     "description": "Invalid JSON payload received. Unknown name \"frobnicate\" "
                                                    "at 'generation_config': Cannot find field."}],
            }]), None),
        "error_bad_key": (400, error_body(
            400, "API key not valid. Please pass a valid API key.", "INVALID_ARGUMENT", [
                {"@type": "type.googleapis.com/google.rpc.ErrorInfo", "reason": "API_KEY_INVALID",
                 "domain": "googleapis.com", "metadata": {"service": "generativelanguage.googleapis.com"}},
                {"@type": "type.googleapis.com/google.rpc.LocalizedMessage", "locale": "en-US",
                 "message": "API key not valid. Please pass a valid API key."},
            ]), None),
        "error_403": (403, error_body(
            403, "Method doesn't allow unregistered callers (callers without established identity). Please use "
            "API Key or other form of API consumer identity to call this API.", "PERMISSION_DENIED"), None),
        "error_404": (404, error_body(
            404, "models/gemini-9-ultra is not found for API version v1beta, or is not supported for "
            "generateContent. Call ListModels to see the list of available models and their supported methods.",
            "NOT_FOUND"), None),
        "error_429": (429, error_body(
            429, "You exceeded your current quota, please check your plan and billing details. For more "
            "information on this error, head to: https://ai.google.dev/gemini-api/docs/rate-limits.",
            "RESOURCE_EXHAUSTED", [
                {"@type": "type.googleapis.com/google.rpc.QuotaFailure", "violations": [{
                    "quotaMetric": "generativelanguage.googleapis.com/generate_content_free_tier_requests",
                    "quotaId": "GenerateRequestsPerMinutePerProjectPerModel-FreeTier",
                    "quotaDimensions": {"location": "global", "model": F}, "quotaValue": "10"}]},
                {"@type": "type.googleapis.com/google.rpc.Help", "links": [{
                    "description": "Learn more about Gemini API quotas",
                    "url": "https://ai.google.dev/gemini-api/docs/rate-limits"}]},
                {"@type": "type.googleapis.com/google.rpc.RetryInfo", "retryDelay": "30s"},
            ]), None),
        "error_500": (500, error_body(
            500, "An internal error has occurred. Please retry or report in "
            "https://developers.generativeai.google/guide/troubleshooting", "INTERNAL"), None),
        "error_503": (503, error_body(503, "The model is overloaded. Please try again later.", "UNAVAILABLE"), None),
        "error_context_window": (400, error_body(
            400, "The input token count (1205839) exceeds the maximum number of tokens allowed (1048576).",
            "INVALID_ARGUMENT"), None),
    }
    for name, (status, body, extra) in errors.items():
        model = "gemini-9-ultra" if name == "error_404" else F
        out[name] = [generate(model, user("hello"), body, name, status=status, extra_headers=extra)]
    # The same 429 on the streaming endpoint (the API answers before any event is sent).
    streamed_429 = generate(F, user("hello"), errors["error_429"][1], "error_429_stream", status=429)
    streamed_429["request"]["uri"] = HOST + f"/v1beta/models/{F}:streamGenerateContent?alt=sse"
    out["error_429_stream"] = [streamed_429]
    return out


def write_all(made: dict[str, list[dict[str, Any]]], folder: Path) -> None:
    """Each cassette as ``<name>.yaml`` in ``folder`` (stock vcrpy YAML, version 1)."""
    for name, interactions in made.items():
        path = folder / f"{name}.yaml"
        path.write_text(yaml.safe_dump({"interactions": interactions, "version": 1},
                                       allow_unicode=True, sort_keys=False, width=100))
    print(f"wrote {len(made)} cassettes to {folder}")


def main() -> None:
    write_all(cassettes(), HERE)


if __name__ == "__main__":
    main()
