"""The google (Gemini) provider, through the public API, against cassettes/google/*.yaml.

The cassettes are written by cassettes/google/make_cassettes.py (see its README); every test
replays them through the real google-genai SDK and asserts on the request it actually sent.
"""

from __future__ import annotations

import base64
import dataclasses
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from pydantic import BaseModel

import llmrouter
from llmrouter import errors
from llmrouter.providers import get_provider
from llmrouter.providers.base import ChatRequest
from llmrouter.providers.google import (
    GoogleProvider,
    build_config,
    build_contents,
    finish_reason,
    synthetic_tool_call_id,
)
from llmrouter.testing import request_json, use_cassette
from llmrouter.types import Message

KEY = "test-gemini-key-5f1c2a9e77"
MODEL = "google/gemini-2.5-flash"
HELLO = [{"role": "user", "content": "Say hello."}]
WEATHER_TOOL = {
    "type": "function",
    "function": {
        "name": "get_weather",
        "description": "Current weather for a city.",
        "parameters": {"type": "object", "properties": {"city": {"type": "string"}}, "required": ["city"]},
    },
}
PNG_B64 = None  # filled lazily from the generator, the one source of the image bytes


def png_bytes() -> bytes:
    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "cassettes" / "google"))
    try:
        import make_cassettes

        return make_cassettes.tiny_png()
    finally:
        sys.path.pop(0)


def signature_of(seed: str, size: int = 180) -> str:
    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "cassettes" / "google"))
    try:
        import make_cassettes

        return make_cassettes.signature(seed, size)
    finally:
        sys.path.pop(0)


@pytest.fixture(autouse=True)
def public_image_host(monkeypatch: pytest.MonkeyPatch) -> None:
    """The image cassettes were made against upload.wikimedia.org; the fetcher resolves a host
    before fetching, so the name resolves here to Wikimedia's public address, without DNS (IP
    literals resolve to themselves, as getaddrinfo does)."""
    from llmrouter import fetch

    def resolve(host: str, port: int) -> list[str]:
        return ["198.35.26.112"] if host == "upload.wikimedia.org" else [host]

    async def aresolve(host: str, port: int) -> list[str]:
        return resolve(host, port)

    monkeypatch.setattr(fetch, "_resolve", resolve)
    monkeypatch.setattr(fetch, "_aresolve", aresolve)


@pytest.fixture
def gemini(cassettes: Path) -> Any:
    def open_cassette(name: str, **overrides: Any) -> Any:
        return use_cassette(cassettes / "google" / f"{name}.yaml", **overrides)

    return open_cassette


def body(sent: Any, i: int = 0) -> dict[str, Any]:
    data = request_json(sent[i])
    assert isinstance(data, dict)
    return data


def path_of(request: Any) -> str:
    return str(request.uri).split("generativelanguage.googleapis.com", 1)[-1]


def assert_no_key(error: BaseException) -> None:
    assert KEY not in str(error)
    assert KEY not in repr(error)


# --------------------------------------------------------------------------------------------
# Plain reply, system + multi-turn
# --------------------------------------------------------------------------------------------


def check_plain(reply: llmrouter.ChatCompletion) -> None:
    assert reply.provider == "google"
    assert reply.content == "Hello! How can I help you today?"
    assert reply.finish_reason == "stop"
    assert reply.model == "gemini-2.5-flash"
    assert reply.id == "oRbJ7UbWIHc0pDMX0w_Yj1K"  # the vendor's responseId
    assert reply.usage is not None
    assert (reply.usage.prompt_tokens, reply.usage.completion_tokens) == (4, 9 + 21)
    assert reply.usage.total_tokens == 34
    assert reply.usage.reasoning_tokens == 21
    assert reply.usage.cached_tokens is None
    assert reply.tool_calls == []
    assert reply.reasoning_content is None


def check_plain_wire(sent: Any) -> None:
    assert len(sent) == 1
    assert sent[0].method == "POST"
    assert path_of(sent[0]) == "/v1beta/models/gemini-2.5-flash:generateContent"
    assert "key=" not in str(sent[0].uri)  # the key travels in the x-goog-api-key header
    assert sent[0].headers.get("x-goog-api-key") == KEY
    wire = body(sent)
    assert wire["contents"] == [{"parts": [{"text": "Say hello."}], "role": "user"}]
    assert "systemInstruction" not in wire


def test_plain_reply(gemini: Any) -> None:
    with gemini("plain", filter_credentials=False) as sent:
        reply = llmrouter.completion(MODEL, HELLO, api_key=KEY)
    check_plain(reply)
    check_plain_wire(sent)


async def test_plain_reply_async(gemini: Any) -> None:
    with gemini("plain", filter_credentials=False) as sent:
        reply = await llmrouter.acompletion(MODEL, HELLO, api_key=KEY)
    check_plain(reply)
    check_plain_wire(sent)


def test_gemini_prefix_is_a_synonym(gemini: Any) -> None:
    with gemini("plain") as sent:
        reply = llmrouter.completion("gemini/gemini-2.5-flash", HELLO, api_key=KEY)
    assert reply.provider == "google"
    assert path_of(sent[0]) == "/v1beta/models/gemini-2.5-flash:generateContent"


MULTI_TURN = [
    {"role": "system", "content": "You are terse."},
    {"role": "user", "content": "My name is Ada."},
    {"role": "assistant", "content": "Nice to meet you, Ada!"},
    {"role": "developer", "content": "Never use emoji."},
    {"role": "user", "content": "What is my name?"},
    {"role": "user", "content": [{"type": "text", "text": "Answer in one word."}]},
]


def check_multi_turn_wire(sent: Any) -> None:
    wire = body(sent)
    assert wire["systemInstruction"] == {"parts": [{"text": "You are terse."}, {"text": "Never use emoji."}]}
    assert wire["contents"] == [
        {"parts": [{"text": "My name is Ada."}], "role": "user"},
        {"parts": [{"text": "Nice to meet you, Ada!"}], "role": "model"},
        # consecutive user turns merged into one
        {"parts": [{"text": "What is my name?"}, {"text": "Answer in one word."}], "role": "user"},
    ]


def test_system_and_multi_turn(gemini: Any) -> None:
    with gemini("multi_turn") as sent:
        reply = llmrouter.completion(MODEL, MULTI_TURN, api_key=KEY)
    assert reply.content == "Ada."
    check_multi_turn_wire(sent)


async def test_system_and_multi_turn_async(gemini: Any) -> None:
    with gemini("multi_turn") as sent:
        reply = await llmrouter.acompletion(MODEL, MULTI_TURN, api_key=KEY)
    assert reply.content == "Ada."
    check_multi_turn_wire(sent)


def test_generation_params_on_the_wire(gemini: Any) -> None:
    with gemini("plain") as sent:
        llmrouter.completion(
            MODEL,
            HELLO,
            api_key=KEY,
            temperature=1.5,
            top_p=0.9,
            max_tokens=64,
            stop=["END", "STOP"],
            seed=7,
            presence_penalty=0.5,
            frequency_penalty=-0.25,
        )
    config = body(sent)["generationConfig"]
    assert config["temperature"] == 1.5
    assert config["topP"] == 0.9
    assert config["maxOutputTokens"] == 64
    assert config["stopSequences"] == ["END", "STOP"]
    assert config["seed"] == 7
    assert config["presencePenalty"] == 0.5
    assert config["frequencyPenalty"] == -0.25
    assert "candidateCount" not in config


def test_single_stop_string_becomes_a_list(gemini: Any) -> None:
    with gemini("plain") as sent:
        llmrouter.completion(MODEL, HELLO, api_key=KEY, stop="END")
    assert body(sent)["generationConfig"]["stopSequences"] == ["END"]


def test_too_many_stop_sequences_is_refused_before_the_call(gemini: Any) -> None:
    with gemini("plain") as sent, pytest.raises(errors.InvalidRequestError) as caught:
        llmrouter.completion(MODEL, HELLO, api_key=KEY, stop=["a", "b", "c", "d", "e", "f"])
    assert sent == []
    assert caught.value.param == "stop"
    assert caught.value.provider == "google"


def test_n_maps_to_candidate_count(gemini: Any) -> None:
    with gemini("candidates") as sent:
        reply = llmrouter.completion(MODEL, [{"role": "user", "content": "Name a colour."}], api_key=KEY, n=2)
    assert body(sent)["generationConfig"]["candidateCount"] == 2
    assert [c.message.content for c in reply.choices] == ["Blue.", "Green."]
    assert [c.index for c in reply.choices] == [0, 1]
    assert [c.finish_reason for c in reply.choices] == ["stop", "stop"]


def test_n_above_gemini_limit_is_refused(gemini: Any) -> None:
    with gemini("candidates") as sent, pytest.raises(errors.InvalidRequestError):
        llmrouter.completion(MODEL, HELLO, api_key=KEY, n=9)
    assert sent == []


def test_max_tokens_finish_is_length(gemini: Any) -> None:
    with gemini("max_tokens") as sent:
        reply = llmrouter.completion(
            MODEL, [{"role": "user", "content": "List all 50 US states."}], api_key=KEY, max_tokens=10
        )
    assert body(sent)["generationConfig"]["maxOutputTokens"] == 10
    assert reply.finish_reason == "length"
    assert reply.content == "Here is a list of all 50 U"
    assert reply.usage is not None and reply.usage.completion_tokens == 10 + 38


def test_blocked_prompt_is_content_filter(gemini: Any) -> None:
    with gemini("blocked_prompt"):
        reply = llmrouter.completion(MODEL, HELLO, api_key=KEY)
    assert reply.content is None
    assert reply.finish_reason == "content_filter"
    assert len(reply.choices) == 1
    assert reply.usage is not None
    assert (reply.usage.prompt_tokens, reply.usage.completion_tokens) == (12, 0)


async def test_blocked_prompt_streamed_ends_with_content_filter(gemini: Any) -> None:
    with gemini("blocked_prompt_stream"):
        stream = await llmrouter.acompletion(MODEL, HELLO, api_key=KEY, stream=True)
        chunks = [chunk async for chunk in stream]
    assert chunks[-1].choices[0].finish_reason == "content_filter"
    assert stream.completion is not None and stream.completion.content is None


def test_cached_content_tokens(gemini: Any) -> None:
    with gemini("cached_content"):
        reply = llmrouter.completion(MODEL, HELLO, api_key=KEY)
    assert reply.usage is not None
    # promptTokenCount already includes the cached tokens
    assert reply.usage.prompt_tokens == 3520
    assert reply.usage.cached_tokens == 3512
    assert reply.usage.completion_tokens == 2 + 42
    assert reply.usage.reasoning_tokens == 42


@pytest.mark.parametrize(
    ("vendor", "has_tools", "expected"),
    [
        ("STOP", False, "stop"),
        ("STOP", True, "tool_calls"),
        ("MAX_TOKENS", False, "length"),
        ("SAFETY", False, "content_filter"),
        ("RECITATION", False, "content_filter"),
        ("BLOCKLIST", False, "content_filter"),
        ("PROHIBITED_CONTENT", False, "content_filter"),
        ("SPII", False, "content_filter"),
        ("SAFETY", True, "content_filter"),
        ("OTHER", False, "stop"),
        (None, False, "stop"),
    ],
)
def test_finish_reason_mapping(vendor: str | None, has_tools: bool, expected: str) -> None:
    assert finish_reason(vendor, has_tools) == expected


# --------------------------------------------------------------------------------------------
# Streaming
# --------------------------------------------------------------------------------------------

QUESTION = [{"role": "user", "content": "What is the capital of France?"}]
STREAM_TEXT = "The capital of France is Paris. It sits on the Seine."


def check_stream_chunks(chunks: list[llmrouter.ChatCompletionChunk], with_usage: bool) -> None:
    assert chunks[0].choices[0].delta.role == "assistant"
    assert "".join(c.choices[0].delta.content or "" for c in chunks if c.choices) == STREAM_TEXT
    assert len({c.id for c in chunks}) == 1
    finishing = [c for c in chunks if c.choices and c.choices[0].finish_reason]
    assert len(finishing) == 1 and finishing[0].choices[0].finish_reason == "stop"
    if with_usage:
        assert chunks[-1].choices == [] and chunks[-1].usage is not None
        assert chunks[-1].usage.prompt_tokens == 8
        assert chunks[-1].usage.completion_tokens == 13 + 27
        assert chunks[-2] is finishing[0]
    else:
        assert chunks[-1] is finishing[0]
        assert all(c.usage is None for c in chunks)


def test_stream_with_usage(gemini: Any) -> None:
    with gemini("stream") as sent:
        stream = llmrouter.completion(
            MODEL, QUESTION, api_key=KEY, stream=True, stream_options={"include_usage": True}
        )
        chunks = list(stream)
    assert path_of(sent[0]) == "/v1beta/models/gemini-2.5-flash:streamGenerateContent?alt=sse"
    check_stream_chunks(chunks, with_usage=True)
    assert stream.completion is not None and stream.completion.content == STREAM_TEXT


def test_stream_without_usage_hides_the_usage_chunk(gemini: Any) -> None:
    with gemini("stream"):
        stream = llmrouter.completion(MODEL, QUESTION, api_key=KEY, stream=True)
        chunks = list(stream)
    check_stream_chunks(chunks, with_usage=False)
    assert stream.completion is not None
    assert stream.completion.usage is not None and stream.completion.usage.total_tokens == 8 + 13 + 27
    assert stream.completion.finish_reason == "stop"


async def test_stream_async_with_and_without_usage(gemini: Any) -> None:
    with gemini("stream"):
        stream = await llmrouter.acompletion(
            MODEL, QUESTION, api_key=KEY, stream=True, stream_options={"include_usage": True}
        )
        chunks = [chunk async for chunk in stream]
    check_stream_chunks(chunks, with_usage=True)
    with gemini("stream"):
        stream = await llmrouter.acompletion(MODEL, QUESTION, api_key=KEY, stream=True)
        chunks = [chunk async for chunk in stream]
    check_stream_chunks(chunks, with_usage=False)
    assert stream.completion is not None and stream.completion.usage is not None


def test_stream_closed_early_still_assembles(gemini: Any) -> None:
    with gemini("stream"):
        stream = llmrouter.completion(MODEL, QUESTION, api_key=KEY, stream=True)
        first = next(stream)
        stream.close()
    assert first.choices[0].delta.content == "The capital"
    assert stream.completion is not None and stream.completion.content == "The capital"
    assert list(stream) == []


# --------------------------------------------------------------------------------------------
# Tools
# --------------------------------------------------------------------------------------------

WEATHER_Q = [{"role": "user", "content": "What's the weather in Paris?"}]
PARIS_ID = synthetic_tool_call_id("get_weather", '{"city":"Paris"}', 0)


def test_synthetic_ids_are_stable_and_distinct() -> None:
    assert synthetic_tool_call_id("get_weather", '{"city":"Paris"}', 0) == PARIS_ID
    assert PARIS_ID.startswith("call_") and len(PARIS_ID) == 29
    assert synthetic_tool_call_id("get_weather", '{"city":"Paris"}', 1) != PARIS_ID
    assert synthetic_tool_call_id("get_weather", '{"city":"Tokyo"}', 0) != PARIS_ID


def check_tool_call_reply(reply: llmrouter.ChatCompletion) -> None:
    assert reply.finish_reason == "tool_calls"  # Gemini said STOP
    assert reply.content is None
    [call] = reply.tool_calls
    assert call.id == PARIS_ID
    assert call.type == "function"
    assert call.function.name == "get_weather"
    assert call.function.arguments == '{"city":"Paris"}'


def check_tool_wire(sent: Any) -> None:
    first = body(sent, 0)
    assert first["tools"] == [
        {
            "functionDeclarations": [
                {
                    "name": "get_weather",
                    "description": "Current weather for a city.",
                    "parameters_json_schema": WEATHER_TOOL["function"]["parameters"],
                }
            ]
        }
    ]
    second = body(sent, 1)
    assert second["contents"] == [
        {"parts": [{"text": "What's the weather in Paris?"}], "role": "user"},
        # the synthetic id is not sent: Gemini never gave one
        {"parts": [{"functionCall": {"args": {"city": "Paris"}, "name": "get_weather"}}], "role": "model"},
        {
            "parts": [
                {
                    "functionResponse": {
                        "name": "get_weather",
                        "response": {"temperature_c": 22, "sky": "sunny"},
                    }
                }
            ],
            "role": "user",
        },
    ]


def test_tool_call_and_result_round_trip(gemini: Any) -> None:
    with gemini("tools") as sent:
        reply = llmrouter.completion(MODEL, WEATHER_Q, api_key=KEY, tools=[WEATHER_TOOL])
        check_tool_call_reply(reply)
        assert reply.message is not None
        history = [
            *WEATHER_Q,
            reply.message.to_message(),
            {"role": "tool", "tool_call_id": PARIS_ID, "content": '{"temperature_c": 22, "sky": "sunny"}'},
        ]
        final = llmrouter.completion(MODEL, history, api_key=KEY, tools=[WEATHER_TOOL])
    assert final.content == "It is sunny and 22 °C in Paris."
    assert final.finish_reason == "stop"
    assert final.usage is not None and final.usage.reasoning_tokens is None
    check_tool_wire(sent)


async def test_tool_call_and_result_round_trip_async(gemini: Any) -> None:
    with gemini("tools") as sent:
        reply = await llmrouter.acompletion(MODEL, WEATHER_Q, api_key=KEY, tools=[WEATHER_TOOL])
        check_tool_call_reply(reply)
        history = [
            *WEATHER_Q,
            reply.message.model_dump() if reply.message else {},  # a plain dict works too
            {"role": "tool", "tool_call_id": PARIS_ID, "content": '{"temperature_c": 22, "sky": "sunny"}'},
        ]
        final = await llmrouter.acompletion(MODEL, history, api_key=KEY, tools=[WEATHER_TOOL])
    assert final.content == "It is sunny and 22 °C in Paris."
    check_tool_wire(sent)


def test_tool_result_needs_a_known_call(gemini: Any) -> None:
    history = [*WEATHER_Q, {"role": "tool", "tool_call_id": "call_unknown", "content": "22"}]
    with gemini("plain") as sent, pytest.raises(errors.InvalidRequestError) as caught:
        llmrouter.completion(MODEL, history, api_key=KEY)
    assert sent == []
    assert "call_unknown" in str(caught.value)


def test_non_object_tool_results_are_wrapped_and_parallel_results_merge() -> None:
    messages = [
        Message(role="user", content="Weather in Paris and Tokyo?"),
        Message.model_validate(
            {
                "role": "assistant",
                "content": None,
                "tool_calls": [
                    {"id": "call_a", "function": {"name": "get_weather", "arguments": '{"city": "Paris"}'}},
                    {"id": "vendor-id-7", "function": {"name": "get_time", "arguments": "{}"}},
                ],
            }
        ),
        Message(role="tool", tool_call_id="call_a", content="sunny"),
        Message(role="tool", tool_call_id="vendor-id-7", content="[1, 2]"),
        Message(role="user", content="Thanks!"),
    ]
    system, contents = build_contents(messages)
    assert system is None
    assert [c["role"] for c in contents] == ["user", "model", "user"]
    # a vendor-given id goes back on both the call and its response; ours do not
    assert contents[1]["parts"] == [
        {"function_call": {"name": "get_weather", "args": {"city": "Paris"}, "id": "call_a"}},
        {"function_call": {"name": "get_time", "args": {}, "id": "vendor-id-7"}},
    ]
    assert contents[2]["parts"] == [
        {"function_response": {"name": "get_weather", "response": {"result": "sunny"}, "id": "call_a"}},
        {"function_response": {"name": "get_time", "response": {"result": [1, 2]}, "id": "vendor-id-7"}},
        {"text": "Thanks!"},
    ]


def test_bad_tool_call_arguments_are_an_invalid_request(gemini: Any) -> None:
    history = [
        *WEATHER_Q,
        {
            "role": "assistant",
            "content": None,
            "tool_calls": [
                {"id": "x1", "type": "function", "function": {"name": "get_weather", "arguments": "{oops"}}
            ],
        },
        {"role": "tool", "tool_call_id": "x1", "content": "22"},
    ]
    with gemini("plain") as sent, pytest.raises(errors.InvalidRequestError):
        llmrouter.completion(MODEL, history, api_key=KEY)
    assert sent == []


PARALLEL_Q = [{"role": "user", "content": "Weather in Paris and Tokyo?"}]
PARALLEL_THOUGHT = "**Checking two cities**\n\nThe user wants both, so I call the tool twice."


def check_parallel(reply: llmrouter.ChatCompletion) -> None:
    assert reply.finish_reason == "tool_calls"
    assert reply.content == "Let me check both cities."
    assert reply.reasoning_content == PARALLEL_THOUGHT
    assert [(c.function.name, json.loads(c.function.arguments)) for c in reply.tool_calls] == [
        ("get_weather", {"city": "Paris"}),
        ("get_weather", {"city": "Tokyo"}),
    ]
    ids = [c.id for c in reply.tool_calls]
    assert ids == [
        synthetic_tool_call_id("get_weather", '{"city":"Paris"}', 0),
        synthetic_tool_call_id("get_weather", '{"city":"Tokyo"}', 1),
    ]
    assert reply.message is not None and reply.message.thinking_blocks is not None
    [block] = reply.message.thinking_blocks
    assert block.signature == signature_of("parallel")
    assert block.model_extra == {"gemini_part": "function_call", "tool_call_id": ids[0]}
    assert reply.usage is not None
    assert (reply.usage.prompt_tokens, reply.usage.completion_tokens, reply.usage.reasoning_tokens) == (
        52,
        101,
        61,
    )


def test_parallel_tool_calls(gemini: Any) -> None:
    with gemini("parallel_tools"):
        reply = llmrouter.completion(
            MODEL, PARALLEL_Q, api_key=KEY, tools=[WEATHER_TOOL], reasoning_effort="low"
        )
    check_parallel(reply)


def test_parallel_tool_calls_streamed(gemini: Any) -> None:
    with gemini("parallel_tools_stream"):
        stream = llmrouter.completion(
            MODEL, PARALLEL_Q, api_key=KEY, tools=[WEATHER_TOOL], reasoning_effort="low", stream=True
        )
        chunks = list(stream)
    calls = [tc for c in chunks if c.choices for tc in c.choices[0].delta.tool_calls or ()]
    # each Gemini function call arrives whole: one complete delta per call
    assert [(tc.index, tc.function.name if tc.function else None) for tc in calls] == [
        (0, "get_weather"),
        (1, "get_weather"),
    ]
    assert all(tc.id and tc.type == "function" for tc in calls)
    assert any(c.choices and c.choices[0].delta.reasoning_content == PARALLEL_THOUGHT for c in chunks)
    assert stream.completion is not None
    check_parallel(stream.completion)


def test_parallel_tool_results_go_back_in_one_turn(gemini: Any) -> None:
    with gemini("parallel_tools"):
        reply = llmrouter.completion(MODEL, PARALLEL_Q, api_key=KEY, tools=[WEATHER_TOOL])
    paris, tokyo = reply.tool_calls
    assert reply.message is not None
    history = [
        *PARALLEL_Q,
        reply.message.to_message(),
        {"role": "tool", "tool_call_id": paris.id, "content": '{"sky": "sunny"}'},
        {"role": "tool", "tool_call_id": tokyo.id, "content": "rain"},
    ]
    with gemini("plain") as sent:
        llmrouter.completion(MODEL, history, api_key=KEY, tools=[WEATHER_TOOL])
    contents = body(sent)["contents"]
    assert [c["role"] for c in contents] == ["user", "model", "user"]
    model_parts = contents[1]["parts"]
    assert model_parts[0] == {"text": "Let me check both cities."}
    assert model_parts[1]["functionCall"] == {"args": {"city": "Paris"}, "name": "get_weather"}
    # the signature goes back on the part it came with, and only there
    assert base64.urlsafe_b64decode(model_parts[1]["thoughtSignature"]) == base64.b64decode(
        signature_of("parallel")
    )
    assert "thoughtSignature" not in model_parts[2]
    assert contents[2]["parts"] == [
        {"functionResponse": {"name": "get_weather", "response": {"sky": "sunny"}}},
        {"functionResponse": {"name": "get_weather", "response": {"result": "rain"}}},
    ]


def comparable(reply: llmrouter.ChatCompletion) -> dict[str, Any]:
    message = reply.message
    assert message is not None
    return {
        "id": reply.id,
        "model": reply.model,
        "content": message.content,
        "reasoning": message.reasoning_content,
        "tool_calls": [c.model_dump() for c in message.tool_calls or ()],
        "thinking_blocks": [b.model_dump() for b in message.thinking_blocks or ()],
        "finish_reason": reply.finish_reason,
        "usage": reply.usage.model_dump() if reply.usage else None,
    }


def test_streamed_and_whole_replies_are_equal(gemini: Any) -> None:
    with gemini("parallel_tools"):
        whole = llmrouter.completion(MODEL, PARALLEL_Q, api_key=KEY, tools=[WEATHER_TOOL])
    with gemini("parallel_tools_stream"):
        streamed = llmrouter.completion(MODEL, PARALLEL_Q, api_key=KEY, tools=[WEATHER_TOOL], stream=True)
        assembled = streamed.get_final_completion()
    assert comparable(whole) == comparable(assembled)


async def test_streamed_and_whole_replies_are_equal_async(gemini: Any) -> None:
    with gemini("parallel_tools"):
        whole = await llmrouter.acompletion(MODEL, PARALLEL_Q, api_key=KEY, tools=[WEATHER_TOOL])
    with gemini("parallel_tools_stream"):
        streamed = await llmrouter.acompletion(
            MODEL, PARALLEL_Q, api_key=KEY, tools=[WEATHER_TOOL], stream=True
        )
        assembled = await streamed.get_final_completion()
    assert comparable(whole) == comparable(assembled)


@pytest.mark.parametrize(
    ("choice", "expected"),
    [
        ("auto", {"mode": "AUTO"}),
        ("none", {"mode": "NONE"}),
        ("required", {"mode": "ANY"}),
        (
            {"type": "function", "function": {"name": "get_weather"}},
            {"mode": "ANY", "allowedFunctionNames": ["get_weather"]},
        ),
    ],
)
def test_tool_choice_mapping(gemini: Any, choice: Any, expected: dict[str, Any]) -> None:
    with gemini("tool_choice") as sent:
        reply = llmrouter.completion(MODEL, WEATHER_Q, api_key=KEY, tools=[WEATHER_TOOL], tool_choice=choice)
    assert body(sent)["toolConfig"] == {"functionCallingConfig": expected}
    assert reply.finish_reason == "tool_calls"


async def test_tool_choice_named_async(gemini: Any) -> None:
    with gemini("tool_choice") as sent:
        await llmrouter.acompletion(
            MODEL,
            WEATHER_Q,
            api_key=KEY,
            tools=[WEATHER_TOOL],
            tool_choice={"type": "function", "function": {"name": "get_weather"}},
        )
    assert body(sent)["toolConfig"] == {
        "functionCallingConfig": {"mode": "ANY", "allowedFunctionNames": ["get_weather"]}
    }


# --------------------------------------------------------------------------------------------
# Structured output
# --------------------------------------------------------------------------------------------

CITY_Q = [{"role": "user", "content": "What is the largest city in Mexico?"}]
CITY_SCHEMA = {
    "type": "object",
    "properties": {"city": {"type": "string"}, "country": {"type": "string"}},
    "required": ["city", "country"],
}


class CityLocation(BaseModel):
    city: str
    country: str


def test_json_schema_response_format(gemini: Any) -> None:
    with gemini("json_schema") as sent:
        reply = llmrouter.completion(
            "google/gemini-2.0-flash",
            CITY_Q,
            api_key=KEY,
            response_format={"type": "json_schema", "json_schema": {"name": "city", "schema": CITY_SCHEMA}},
        )
    config = body(sent)["generationConfig"]
    assert config["responseMimeType"] == "application/json"
    assert config["responseJsonSchema"] == CITY_SCHEMA  # passed unmodified
    assert json.loads(reply.content or "") == {"city": "Mexico City", "country": "Mexico"}
    assert reply.finish_reason == "stop"


def test_pydantic_class_response_format(gemini: Any) -> None:
    with gemini("json_schema") as sent:
        reply = llmrouter.completion(
            "google/gemini-2.0-flash", CITY_Q, api_key=KEY, response_format=CityLocation
        )
    schema = body(sent)["generationConfig"]["responseJsonSchema"]
    assert schema["properties"] == {
        "city": {"title": "City", "type": "string"},
        "country": {"title": "Country", "type": "string"},
    }
    assert schema["required"] == ["city", "country"]
    assert isinstance(reply.parsed, CityLocation)
    assert reply.parsed == CityLocation(city="Mexico City", country="Mexico")


async def test_pydantic_class_response_format_async(gemini: Any) -> None:
    with gemini("json_schema"):
        reply = await llmrouter.acompletion(
            "google/gemini-2.0-flash", CITY_Q, api_key=KEY, response_format=CityLocation
        )
    assert isinstance(reply.parsed, CityLocation) and reply.parsed.city == "Mexico City"


def test_json_object_response_format(gemini: Any) -> None:
    with gemini("json_schema") as sent:
        llmrouter.completion(
            "google/gemini-2.0-flash", CITY_Q, api_key=KEY, response_format={"type": "json_object"}
        )
    config = body(sent)["generationConfig"]
    assert config["responseMimeType"] == "application/json"
    assert "responseJsonSchema" not in config and "responseSchema" not in config


# --------------------------------------------------------------------------------------------
# Images
# --------------------------------------------------------------------------------------------

IMAGE_URL = "https://upload.wikimedia.org/wikipedia/commons/test/red-square.png"


def image_messages(url: str) -> list[dict[str, Any]]:
    return [
        {
            "role": "user",
            "content": [
                {"type": "text", "text": "What is in this image?"},
                {"type": "image_url", "image_url": {"url": url}},
            ],
        }
    ]


def check_image_wire(request: Any) -> None:
    parts = request_json(request)["contents"][0]["parts"]
    assert parts[0] == {"text": "What is in this image?"}
    inline = parts[1]["inlineData"]
    # google-genai passes the blob's field names through as given (proto JSON takes both spellings)
    assert inline.get("mimeType", inline.get("mime_type")) == "image/png"
    assert base64.b64decode(inline["data"]) == png_bytes()


def test_image_data_url(gemini: Any) -> None:
    data_url = "data:image/png;base64," + base64.b64encode(png_bytes()).decode()
    with gemini("image_data_url") as sent:
        reply = llmrouter.completion(MODEL, image_messages(data_url), api_key=KEY)
    assert reply.content == "A small red square."
    assert len(sent) == 1
    check_image_wire(sent[0])


def test_image_http_url_is_fetched_and_inlined(gemini: Any) -> None:
    with gemini("image_http_url") as sent:
        reply = llmrouter.completion(MODEL, image_messages(IMAGE_URL), api_key=KEY)
    assert reply.content == "A small red square."
    assert [r.method for r in sent] == ["GET", "POST"]
    assert sent[0].uri == IMAGE_URL
    assert "x-goog-api-key" not in {k.lower() for k in sent[0].headers}  # the key stays with Gemini
    check_image_wire(sent[1])


async def test_image_http_url_is_fetched_and_inlined_async(gemini: Any) -> None:
    with gemini("image_http_url") as sent:
        reply = await llmrouter.acompletion(MODEL, image_messages(IMAGE_URL), api_key=KEY)
    assert reply.content == "A small red square."
    assert [r.method for r in sent] == ["GET", "POST"]
    check_image_wire(sent[1])


@pytest.mark.parametrize("use_async", [False, True])
async def test_image_fetch_failure_is_an_invalid_request(gemini: Any, use_async: bool) -> None:
    url = IMAGE_URL.replace("red-square", "missing")
    matching = ("method", "scheme", "host", "port", "path")  # the cassette's URL has no query
    with (
        gemini("image_http_404", match_on=matching) as sent,
        pytest.raises(errors.InvalidRequestError) as caught,
    ):
        if use_async:
            await llmrouter.acompletion(MODEL, image_messages(url + "?token=secret"), api_key=KEY)
        else:
            llmrouter.completion(MODEL, image_messages(url + "?token=secret"), api_key=KEY)
    assert [r.method for r in sent] == ["GET"]  # Gemini never called
    assert "HTTP 404" in str(caught.value)
    assert "secret" not in str(caught.value)
    assert caught.value.provider == "google"


@pytest.mark.parametrize("use_async", [False, True])
async def test_oversized_image_is_refused(
    gemini: Any, monkeypatch: pytest.MonkeyPatch, use_async: bool
) -> None:
    monkeypatch.setattr("llmrouter.providers.google.request.MAX_IMAGE_BYTES", 10)
    with gemini("image_http_url") as sent, pytest.raises(errors.InvalidRequestError) as caught:
        if use_async:
            await llmrouter.acompletion(MODEL, image_messages(IMAGE_URL), api_key=KEY)
        else:
            llmrouter.completion(MODEL, image_messages(IMAGE_URL), api_key=KEY)
    assert "larger than 10 bytes" in str(caught.value)
    assert [r.method for r in sent] == ["GET"]


@pytest.mark.parametrize("use_async", [False, True])
async def test_an_image_is_fetched_once_per_call_whatever_the_attempts(gemini: Any, use_async: bool) -> None:
    """Two attempts with the same request (what a retry does) download the image once."""
    provider = GoogleProvider()
    request = ChatRequest(
        model="gemini-2.5-flash",
        messages=[Message.model_validate(m) for m in image_messages(IMAGE_URL)],
        api_key=KEY,
    )
    with gemini("image_http_url", allow_playback_repeats=True) as sent:
        for _attempt in range(2):
            if use_async:
                reply = await provider.acomplete(request)
            else:
                reply = provider.complete(request)
            assert reply.content == "A small red square."
    assert [r.method for r in sent] == ["GET", "POST", "POST"]
    check_image_wire(sent[2])


async def test_a_private_image_url_is_refused_before_gemini_is_called(gemini: Any) -> None:
    with gemini("image_http_url") as sent, pytest.raises(errors.InvalidRequestError) as caught:
        await llmrouter.acompletion(MODEL, image_messages("http://169.254.169.254/latest/x.png"), api_key=KEY)
    assert "link-local" in str(caught.value) and caught.value.param == "messages"
    assert sent == []


def test_bad_data_url_is_an_invalid_request(gemini: Any) -> None:
    with gemini("image_data_url") as sent, pytest.raises(errors.InvalidRequestError):
        llmrouter.completion(MODEL, image_messages("data:image/png;base64"), api_key=KEY)
    assert sent == []


# --------------------------------------------------------------------------------------------
# Reasoning
# --------------------------------------------------------------------------------------------

UMBRELLA_Q = [{"role": "user", "content": "Should I take an umbrella in Paris?"}]


def test_reasoning_signatures_round_trip(gemini: Any) -> None:
    with gemini("reasoning") as sent:
        first = llmrouter.completion(
            MODEL, UMBRELLA_Q, api_key=KEY, tools=[WEATHER_TOOL], reasoning_effort="medium"
        )
        assert body(sent, 0)["generationConfig"]["thinkingConfig"] == {
            "include_thoughts": True,
            "thinking_budget": 8192,
        }
        assert first.reasoning_content == (
            "**Planning the lookup**\n\nI need the weather before answering, so I call get_weather."
        )
        assert first.content is None
        assert first.usage is not None
        assert first.usage.reasoning_tokens == 112 and first.usage.completion_tokens == 16 + 112
        [call] = first.tool_calls
        assert first.message is not None and first.message.thinking_blocks is not None
        [block] = first.message.thinking_blocks
        assert block.signature == signature_of("reasoning-call")
        assert block.model_extra == {"gemini_part": "function_call", "tool_call_id": call.id}
        # through JSON and back, as an app storing its history would
        stored = json.loads(json.dumps(first.message.to_message().model_dump()))
        history = [
            *UMBRELLA_Q,
            stored,
            {"role": "tool", "tool_call_id": call.id, "content": '{"sky": "rain", "temperature_c": 14}'},
        ]
        second = llmrouter.completion(MODEL, history, api_key=KEY, tools=[WEATHER_TOOL])
    model_turn = body(sent, 1)["contents"][1]
    assert model_turn["role"] == "model"
    [part] = model_turn["parts"]  # unsigned thought text is not sent back
    assert part["functionCall"] == {"args": {"city": "Paris"}, "name": "get_weather"}
    assert base64.urlsafe_b64decode(part["thoughtSignature"]) == base64.b64decode(
        signature_of("reasoning-call")
    )
    assert second.content == "Yes, take an umbrella: rain is expected in Paris."
    assert second.reasoning_content == "**Reading the forecast**\n\nRain is expected."
    assert second.message is not None and second.message.thinking_blocks is not None
    [text_block] = second.message.thinking_blocks
    assert text_block.model_extra == {"gemini_part": "text"}
    assert text_block.signature == signature_of("reasoning-text", 120)


def test_text_signature_goes_back_on_the_text_part(gemini: Any) -> None:
    with gemini("reasoning_stream"):
        reply = llmrouter.completion(
            "google/gemini-3-pro-preview",
            [{"role": "user", "content": "Is 97 prime?"}],
            api_key=KEY,
            stream=True,
        ).get_final_completion()
    assert reply.message is not None
    with gemini("plain") as sent:
        llmrouter.completion(
            MODEL,
            [{"role": "user", "content": "Is 97 prime?"}, reply.message.to_message(), *HELLO],
            api_key=KEY,
        )
    [part] = body(sent)["contents"][1]["parts"]
    assert part["text"] == "Yes, 97 is prime."
    assert base64.urlsafe_b64decode(part["thoughtSignature"]) == base64.b64decode(
        signature_of("reasoning-stream", 96)
    )


async def test_reasoning_stream_async_gemini_3_uses_thinking_level(gemini: Any) -> None:
    with gemini("reasoning_stream") as sent:
        stream = await llmrouter.acompletion(
            "google/gemini-3-pro-preview",
            [{"role": "user", "content": "Is 97 prime?"}],
            api_key=KEY,
            reasoning_effort="high",
            stream=True,
            stream_options={"include_usage": True},
        )
        chunks = [chunk async for chunk in stream]
    assert body(sent)["generationConfig"]["thinkingConfig"] == {
        "include_thoughts": True,
        "thinking_level": "HIGH",
    }
    reasoning = [
        c.choices[0].delta.reasoning_content
        for c in chunks
        if c.choices and c.choices[0].delta.reasoning_content
    ]
    assert reasoning == ["**Testing divisors**\n\n", "97 is not divisible by 2, 3, 5 or 7."]
    assert all(
        not (c.choices and c.choices[0].delta.content and "divisible" in c.choices[0].delta.content)
        for c in chunks
    )
    reply = stream.completion
    assert reply is not None
    assert reply.content == "Yes, 97 is prime."
    assert reply.reasoning_content == "**Testing divisors**\n\n97 is not divisible by 2, 3, 5 or 7."
    assert reply.usage is not None and reply.usage.reasoning_tokens == 88
    assert chunks[-1].usage is not None and chunks[-1].usage.completion_tokens == 6 + 88


def test_reasoning_effort_none_turns_thinking_off(gemini: Any) -> None:
    with gemini("plain") as sent:
        llmrouter.completion(MODEL, HELLO, api_key=KEY, reasoning_effort="none")
    assert body(sent)["generationConfig"]["thinkingConfig"] == {
        "include_thoughts": False,
        "thinking_budget": 0,
    }


# --------------------------------------------------------------------------------------------
# Embeddings
# --------------------------------------------------------------------------------------------


def check_embeddings(reply: llmrouter.EmbeddingResponse, sent: Any) -> None:
    assert reply.provider == "google"
    assert reply.embeddings == [[0.0123, -0.0456, 0.0789, -0.0012], [-0.0321, 0.0654, -0.0987, 0.0021]]
    assert [d.index for d in reply.data] == [0, 1]
    assert reply.usage is not None and reply.usage.estimated  # Gemini reports none: llmrouter counts it
    assert path_of(sent[0]) == "/v1beta/models/gemini-embedding-001:batchEmbedContents"
    requests = body(sent)["requests"]
    assert [r["content"]["parts"][0]["text"] for r in requests] == ["hello", "world"]
    assert all(r["outputDimensionality"] == 4 and r["taskType"] == "RETRIEVAL_QUERY" for r in requests)


def test_embeddings(gemini: Any) -> None:
    with gemini("embeddings") as sent:
        reply = llmrouter.embedding(
            "google/gemini-embedding-001", ["hello", "world"], api_key=KEY, dimensions=4, input_type="query"
        )
    check_embeddings(reply, sent)


async def test_embeddings_async(gemini: Any) -> None:
    with gemini("embeddings") as sent:
        reply = await llmrouter.aembedding(
            "google/gemini-embedding-001",
            ["hello", "world"],
            api_key=KEY,
            dimensions=4,
            input_type="RETRIEVAL_QUERY",
        )
    check_embeddings(reply, sent)


def test_embedding_error_is_typed(gemini: Any) -> None:
    with gemini("embeddings_404"), pytest.raises(errors.ModelNotFoundError) as caught:
        llmrouter.embedding("google/nonexistent-model", "hello", api_key=KEY)
    assert caught.value.status == 404
    assert caught.value.provider == "google"
    assert_no_key(caught.value)


def test_embedding_user_is_unsupported(gemini: Any) -> None:
    with gemini("embeddings") as sent, pytest.raises(errors.UnsupportedParameterError):
        llmrouter.embedding("google/gemini-embedding-001", "hello", api_key=KEY, user="u1")
    assert sent == []


# --------------------------------------------------------------------------------------------
# Errors
# --------------------------------------------------------------------------------------------

ERROR_CASES = [
    ("error_400", errors.InvalidRequestError, 400),
    ("error_bad_key", errors.AuthenticationError, 401),
    ("error_403", errors.PermissionDeniedError, 403),
    ("error_404", errors.ModelNotFoundError, 404),
    ("error_429", errors.RateLimitError, 429),
    ("error_500", errors.ProviderError, 500),
    ("error_503", errors.ServiceUnavailableError, 503),
    ("error_context_window", errors.ContextWindowExceededError, 400),
]


def check_error(
    error: errors.LLMRouterError, name: str, cls: type[errors.LLMRouterError], status: int
) -> None:
    from google.genai import errors as genai_errors

    assert type(error) is cls
    assert error.status == status
    assert error.provider == "google"
    assert isinstance(error.__cause__, genai_errors.APIError)  # the SDK's exception is kept
    assert_no_key(error)
    if name == "error_429":
        assert error.retry_after == 30.0  # from the RetryInfo detail in the body
    if name == "error_bad_key":
        assert error.details["vendor_status"] == 400 and "API_KEY_INVALID" in error.details["reasons"]
    if name == "error_404":
        assert error.code == "model_not_found"
        assert error.model == "gemini-9-ultra"


@pytest.mark.parametrize(("name", "cls", "status"), ERROR_CASES, ids=[c[0] for c in ERROR_CASES])
def test_errors_are_typed(gemini: Any, name: str, cls: type[errors.LLMRouterError], status: int) -> None:
    model = "google/gemini-9-ultra" if name == "error_404" else MODEL
    with gemini(name), pytest.raises(errors.LLMRouterError) as caught:
        llmrouter.completion(model, [{"role": "user", "content": "hello"}], api_key=KEY)
    check_error(caught.value, name, cls, status)


@pytest.mark.parametrize(("name", "cls", "status"), ERROR_CASES, ids=[c[0] for c in ERROR_CASES])
async def test_errors_are_typed_async(
    gemini: Any, name: str, cls: type[errors.LLMRouterError], status: int
) -> None:
    model = "google/gemini-9-ultra" if name == "error_404" else MODEL
    with gemini(name), pytest.raises(errors.LLMRouterError) as caught:
        await llmrouter.acompletion(model, [{"role": "user", "content": "hello"}], api_key=KEY)
    check_error(caught.value, name, cls, status)


def test_stream_error_is_typed(gemini: Any) -> None:
    with gemini("error_429_stream"), pytest.raises(errors.RateLimitError) as caught:
        llmrouter.completion(MODEL, HELLO, api_key=KEY, stream=True)
    check_error(caught.value, "error_429", errors.RateLimitError, 429)


async def test_stream_error_is_typed_async(gemini: Any) -> None:
    with gemini("error_429_stream"), pytest.raises(errors.RateLimitError) as caught:
        await llmrouter.acompletion(MODEL, HELLO, api_key=KEY, stream=True)
    check_error(caught.value, "error_429", errors.RateLimitError, 429)


def test_rate_limit_is_retried_by_the_router_not_the_sdk(gemini: Any) -> None:
    # one 429 in the cassette: the SDK must not retry it itself (that would replay nothing and fail
    # differently); the router's own retry is off by default
    with gemini("error_429") as sent, pytest.raises(errors.RateLimitError):
        llmrouter.completion(MODEL, HELLO, api_key=KEY)
    assert len(sent) == 1


# --------------------------------------------------------------------------------------------
# Keys, parameters, clients
# --------------------------------------------------------------------------------------------


def test_missing_key_names_both_variables_before_any_request(gemini: Any) -> None:
    with gemini("plain") as sent, pytest.raises(errors.AuthenticationError) as caught:
        llmrouter.completion(MODEL, HELLO)
    assert sent == []
    assert "GEMINI_API_KEY" in str(caught.value) and "GOOGLE_API_KEY" in str(caught.value)
    assert caught.value.provider == "google"


async def test_missing_key_async_embeddings(gemini: Any) -> None:
    with gemini("embeddings") as sent, pytest.raises(errors.AuthenticationError):
        await llmrouter.aembedding("google/gemini-embedding-001", "hello")
    assert sent == []


def test_missing_key_with_image_fetches_nothing(gemini: Any) -> None:
    with gemini("image_http_url") as sent, pytest.raises(errors.AuthenticationError):
        llmrouter.completion(MODEL, image_messages(IMAGE_URL))
    assert sent == []


@pytest.mark.parametrize(
    ("env", "expected"),
    [
        ({"GOOGLE_API_KEY": "test-google-env-key-1"}, "test-google-env-key-1"),
        (
            {"GEMINI_API_KEY": "test-gemini-env-key-2", "GOOGLE_API_KEY": "test-google-env-key-3"},
            "test-gemini-env-key-2",
        ),
    ],
)
def test_keys_from_the_environment(
    gemini: Any, monkeypatch: pytest.MonkeyPatch, env: dict[str, str], expected: str
) -> None:
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    with gemini("plain", filter_credentials=False) as sent:
        llmrouter.completion(MODEL, HELLO)
    assert sent[0].headers.get("x-goog-api-key") == expected


@pytest.mark.parametrize(
    ("param", "value"),
    [("user", "u-1"), ("metadata", {"a": "b"}), ("logprobs", True), ("parallel_tool_calls", False)],
)
def test_unsupported_params_are_refused_or_dropped(gemini: Any, param: str, value: Any) -> None:
    with gemini("plain") as sent, pytest.raises(errors.UnsupportedParameterError) as caught:
        llmrouter.completion(MODEL, HELLO, api_key=KEY, **{param: value})
    assert sent == []
    assert caught.value.param == param
    with gemini("plain") as sent:
        reply = llmrouter.completion(MODEL, HELLO, api_key=KEY, drop_params=True, **{param: value})
    assert reply.content == "Hello! How can I help you today?"
    wire = json.dumps(body(sent))
    assert "u-1" not in wire and "labels" not in wire and "responseLogprobs" not in wire


def test_extra_headers_are_sent(gemini: Any) -> None:
    with gemini("plain") as sent:
        llmrouter.completion(MODEL, HELLO, api_key=KEY, extra_headers={"x-trace-id": "t-123"})
    assert sent[0].headers.get("x-trace-id") == "t-123"


def test_client_options_and_cache() -> None:
    provider = get_provider("google")
    assert isinstance(provider, GoogleProvider)
    request = ChatRequest(model="gemini-2.5-flash", messages=[], api_key=KEY, timeout=12.5)
    client = provider.client(request)
    assert provider.client(request) is client  # cached, never one per call
    assert provider.client(dataclasses.replace(request, timeout=0.5)) is client  # one for every timeout
    options = client._api_client._http_options
    assert options.api_version == "v1beta"
    assert options.retry_options is not None and options.retry_options.attempts == 1
    # the timeout travels with each call, in milliseconds: the attempt's own (see tests/faults/test_deadline.py)
    assert build_config(request, None)["http_options"] == {"timeout": 12500}
    assert KEY not in repr(provider) and KEY not in repr(request)


async def test_async_clients_are_per_event_loop() -> None:
    provider = get_provider("google")
    request = ChatRequest(model="gemini-2.5-flash", messages=[], api_key=KEY)
    client = provider.async_client(request)  # type: ignore[attr-defined]
    assert provider.async_client(request) is client  # type: ignore[attr-defined]


def test_import_llmrouter_imports_no_vendor_sdk() -> None:
    code = (
        "import sys, llmrouter, llmrouter.providers.google as g; "
        "assert 'google.genai' not in sys.modules, 'google.genai imported'; "
        "assert 'google' not in sys.modules, 'google imported'"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr


# --------------------------------------------------------------------------------------------
# One translator: a whole reply equals its chunks assembled
# --------------------------------------------------------------------------------------------


def whole_replies() -> list[tuple[str, dict[str, Any]]]:
    """Every 200 ``:generateContent`` body in cassettes/google (the chat ones, not images)."""
    import yaml

    out = []
    for path in sorted((Path(__file__).resolve().parents[2] / "cassettes" / "google").glob("*.yaml")):
        if path.name.startswith("images_"):
            continue
        for interaction in yaml.safe_load(path.read_text())["interactions"]:
            request, response = interaction["request"], interaction["response"]
            if request["uri"].endswith(":generateContent") and response["status"]["code"] == 200:
                out.append((path.stem, json.loads(response["body"]["string"])))
    return out


@pytest.mark.parametrize(("name", "reply"), whole_replies(), ids=[n for n, _ in whole_replies()])
def test_a_whole_reply_is_what_its_chunks_assemble_to(name: str, reply: dict[str, Any]) -> None:
    """The unstreamed path builds the ChatCompletion straight from the translator's reading; the
    reference is the same reply read as stream chunks and put together by the stream assembler."""
    from google.genai import types

    from llmrouter.providers.google import assemble
    from llmrouter.providers.google.reply import Translator

    response = types.GenerateContentResponse.model_validate(reply)
    direct = Translator("gemini-2.5-flash").completion(response)
    reference = assemble([response], "gemini-2.5-flash")
    if not response.response_id:  # the id is made up when Gemini gives none
        direct.id = reference.id
    assert direct.model_dump() == reference.model_dump()


def test_whole_replies_cover_calls_thoughts_candidates_and_blocks() -> None:
    names = {name for name, _ in whole_replies()}
    assert {"plain", "tools", "parallel_tools", "reasoning", "candidates", "blocked_prompt"} <= names


# --------------------------------------------------------------------------------------------
# Embedding usage: only what the reply reports
# --------------------------------------------------------------------------------------------


def test_embedding_usage_from_per_embedding_token_counts() -> None:
    """Vertex-style ``statistics.token_count`` on every embedding: summed into prompt tokens, the
    billable characters kept beside them."""
    from google.genai import types

    from llmrouter.providers.google.reply import embedding_response

    reply = types.EmbedContentResponse(
        embeddings=[
            types.ContentEmbedding(values=[0.1], statistics=types.ContentEmbeddingStatistics(token_count=3)),
            types.ContentEmbedding(
                values=[0.2], statistics=types.ContentEmbeddingStatistics(token_count=4.0)
            ),
        ],
        metadata=types.EmbedContentMetadata(billable_character_count=31),
    )
    usage = embedding_response(reply, "gemini-embedding-001").usage
    assert usage is not None
    assert (usage.prompt_tokens, usage.total_tokens) == (7, 7)
    assert usage.model_extra == {"billable_characters": 31}


def test_embedding_usage_from_usage_metadata() -> None:
    from google.genai import types

    from llmrouter.providers.google.reply import embedding_usage

    reply = types.EmbedContentResponse(
        embeddings=[types.ContentEmbedding(values=[0.1])],
        usage_metadata=types.UsageMetadata(prompt_token_count=5),
    )
    usage = embedding_usage(reply)
    assert usage is not None and (usage.prompt_tokens, usage.total_tokens) == (5, 5)
    assert not usage.model_extra


@pytest.mark.parametrize(
    "statistics",
    [
        [None, None],  # the Gemini API: nothing reported
        [3, None],  # a partial count would undercount: not reported either
    ],
)
def test_embedding_usage_is_never_invented(statistics: list[int | None]) -> None:
    from google.genai import types

    from llmrouter.providers.google.reply import embedding_usage

    reply = types.EmbedContentResponse(
        embeddings=[
            types.ContentEmbedding(
                values=[0.1],
                statistics=types.ContentEmbeddingStatistics(token_count=count) if count is not None else None,
            )
            for count in statistics
        ],
        metadata=types.EmbedContentMetadata(billable_character_count=12),  # characters are not tokens
    )
    assert embedding_usage(reply) is None


def test_embedding_cost_follows_reported_tokens() -> None:
    """Reported tokens price the call like any other usage (gemini-embedding-001 has a price)."""
    from llmrouter.pricing import cost_of
    from llmrouter.types import EmbeddingUsage

    usage = EmbeddingUsage.model_validate(
        {"prompt_tokens": 1000, "total_tokens": 1000, "billable_characters": 4000}
    )
    cost = cost_of("google", "gemini-embedding-001", usage)
    assert cost is not None and cost > 0
