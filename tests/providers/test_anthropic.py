"""The Anthropic provider, through the public API, replaying cassettes/anthropic through the real SDK."""

from __future__ import annotations

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
from llmrouter.providers.anthropic import (
    JSON_OBJECT_INSTRUCTION,
    EventTranslator,
    events_of_message,
    finish_reason,
    usage_of,
)
from llmrouter.providers.base import ChatRequest
from llmrouter.testing import request_json, use_cassette
from llmrouter.types import Message

# anthropic 2.12 warns that claude-sonnet-4-5 reaches end-of-life in 2026; not what is tested here.
pytestmark = pytest.mark.filterwarnings("ignore:The model .* is deprecated:DeprecationWarning")

MODEL = "anthropic/claude-sonnet-4.5"
KEY = "test-anthropic-key-0123456789"
HI = [{"role": "user", "content": "Hi"}]
WEATHER = {
    "type": "function",
    "function": {
        "name": "get_weather",
        "description": "Current weather for a city",
        "parameters": {"type": "object", "properties": {"city": {"type": "string"}}, "required": ["city"]},
    },
}


@pytest.fixture
def tape(cassettes: Path) -> Any:
    def open_(name: str, **overrides: Any) -> Any:
        return use_cassette(cassettes / "anthropic" / name, **overrides)

    return open_


def body(sent: list[Any], index: int = 0) -> dict[str, Any]:
    value = request_json(sent[index])
    assert isinstance(value, dict)
    return value


class City(BaseModel):
    city: str
    country: str
    population: int


# --------------------------------------------------------------------------------------------
# Plain replies, system prompt, turns
# --------------------------------------------------------------------------------------------


def check_plain(reply: llmrouter.ChatCompletion) -> None:
    assert reply.provider == "anthropic"
    assert reply.id == "msg_01XFDUDYJgAACzvnptvVoYEL"
    assert reply.model == "claude-sonnet-4-5-20250929"
    assert reply.content == "Hello! How can I help you today?"
    assert reply.finish_reason == "stop"
    assert reply.tool_calls == []
    assert reply.usage is not None
    assert (reply.usage.prompt_tokens, reply.usage.completion_tokens, reply.usage.total_tokens) == (9, 12, 21)
    assert reply.usage.cached_tokens == 0
    assert reply.usage.reasoning_tokens is None


def test_plain_reply(tape: Any) -> None:
    with tape("plain.yaml") as sent:
        reply = llmrouter.completion(MODEL, HI, api_key=KEY)
    check_plain(reply)
    wire = body(sent)
    assert wire == {
        "max_tokens": 64000,  # the catalog's max output for claude-sonnet-4-5
        "messages": [{"role": "user", "content": [{"type": "text", "text": "Hi"}]}],
        "model": "claude-sonnet-4-5",
    }
    assert sent[0].method == "POST" and sent[0].uri == "https://api.anthropic.com/v1/messages"


async def test_plain_reply_async(tape: Any) -> None:
    with tape("plain.yaml") as sent:
        reply = await llmrouter.acompletion(MODEL, HI, api_key=KEY)
    check_plain(reply)
    assert body(sent)["model"] == "claude-sonnet-4-5"


def test_key_from_environment(tape: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ANTHROPIC_API_KEY", KEY)
    with tape("plain.yaml") as sent:
        reply = llmrouter.completion(MODEL, HI)
    assert reply.content == "Hello! How can I help you today?"
    assert len(sent) == 1


CONVERSATION = [
    {"role": "system", "content": "You are terse."},
    {"role": "user", "content": "My name is Ada.", "name": "ada"},
    {"role": "user", "content": [{"type": "text", "text": "I like tea."}, {"type": "text", "text": ""}]},
    {"role": "assistant", "content": "Noted."},
    {"role": "developer", "content": "Answer in one sentence."},
    {"role": "user", "content": "What do you know about me?"},
]


def check_conversation_wire(wire: dict[str, Any]) -> None:
    assert wire["system"] == [
        {"type": "text", "text": "You are terse."},
        {"type": "text", "text": "Answer in one sentence."},
    ]
    assert wire["messages"] == [
        {
            "role": "user",
            "content": [{"type": "text", "text": "My name is Ada."}, {"type": "text", "text": "I like tea."}],
        },
        {"role": "assistant", "content": [{"type": "text", "text": "Noted."}]},
        {"role": "user", "content": [{"type": "text", "text": "What do you know about me?"}]},
    ]
    assert all("name" not in turn for turn in wire["messages"])  # no slot for names: dropped


def test_system_and_multi_turn(tape: Any) -> None:
    with tape("system_multiturn.yaml") as sent:
        reply = llmrouter.completion(MODEL, CONVERSATION, api_key=KEY)
    assert reply.content == "Your name is Ada, and you like tea."
    check_conversation_wire(body(sent))


async def test_system_and_multi_turn_async(tape: Any) -> None:
    with tape("system_multiturn.yaml") as sent:
        reply = await llmrouter.acompletion(MODEL, CONVERSATION, api_key=KEY)
    assert reply.content == "Your name is Ada, and you like tea."
    check_conversation_wire(body(sent))


def test_generation_params_on_the_wire(tape: Any) -> None:
    with tape("ok.yaml") as sent:
        llmrouter.completion(
            MODEL, HI, api_key=KEY, temperature=0.3, top_p=0.9, stop="END", user="user-42", max_tokens=100
        )
    wire = body(sent)
    assert wire["temperature"] == 0.3
    assert wire["top_p"] == 0.9
    assert wire["stop_sequences"] == ["END"]
    assert wire["metadata"] == {"user_id": "user-42"}
    assert wire["max_tokens"] == 100


def test_metadata_user_id_and_unknown_model_default_max_tokens(tape: Any) -> None:
    with tape("ok.yaml") as sent:
        llmrouter.completion(
            "anthropic/claude-custom-1", HI, api_key=KEY, metadata={"user_id": "u-7", "team": "search"}
        )
    wire = body(sent)
    assert wire["metadata"] == {"user_id": "u-7"}  # Anthropic's metadata has no other field
    assert wire["max_tokens"] == 4096  # the documented fallback when the catalog does not know the model


def test_temperature_above_one_is_refused_before_the_call(tape: Any) -> None:
    with tape("ok.yaml") as sent, pytest.raises(errors.InvalidRequestError) as caught:
        llmrouter.completion(MODEL, HI, api_key=KEY, temperature=1.5)
    assert sent == []
    assert caught.value.param == "temperature"
    assert caught.value.provider == "anthropic"


def test_unsupported_param_is_refused_or_dropped(tape: Any) -> None:
    with tape("ok.yaml") as sent, pytest.raises(errors.UnsupportedParameterError) as caught:
        llmrouter.completion(MODEL, HI, api_key=KEY, seed=7)
    assert sent == []
    assert caught.value.param == "seed"
    with tape("ok.yaml") as sent:
        reply = llmrouter.completion(MODEL, HI, api_key=KEY, seed=7, frequency_penalty=0.5, drop_params=True)
    assert reply.content == "OK."
    wire = body(sent)
    assert "seed" not in wire and "frequency_penalty" not in wire


def test_missing_key_fails_before_any_request(tape: Any) -> None:
    with tape("ok.yaml") as sent, pytest.raises(errors.AuthenticationError) as caught:
        llmrouter.completion(MODEL, HI)
    assert sent == []
    assert "ANTHROPIC_API_KEY" in str(caught.value)
    assert caught.value.provider == "anthropic"


async def test_missing_key_fails_before_any_request_when_streaming(tape: Any) -> None:
    with tape("ok.yaml") as sent, pytest.raises(errors.AuthenticationError) as caught:
        await llmrouter.acompletion(MODEL, HI, stream=True)
    assert sent == []
    assert "ANTHROPIC_API_KEY" in str(caught.value)


def test_embeddings_are_unsupported() -> None:
    with pytest.raises(errors.UnsupportedParameterError):
        llmrouter.embedding("anthropic/claude-sonnet-4-5", "hello", api_key=KEY)


async def test_aembeddings_are_unsupported() -> None:
    with pytest.raises(errors.UnsupportedParameterError):
        await llmrouter.aembedding("anthropic/claude-sonnet-4-5", "hello", api_key=KEY)


# --------------------------------------------------------------------------------------------
# Streaming
# --------------------------------------------------------------------------------------------


STREAM_TEXT = "Hello! How can I help you today?"


def check_stream_usage(usage: llmrouter.Usage | None) -> None:
    assert usage is not None
    # prompt = input 5 + cache read 1200 + cache write 30
    assert (usage.prompt_tokens, usage.completion_tokens, usage.total_tokens) == (1235, 12, 1247)
    assert usage.cached_tokens == 1200
    assert usage.prompt_tokens_details is not None and usage.prompt_tokens_details.cache_write_tokens == 30


def test_stream_with_usage_chunk(tape: Any) -> None:
    with tape("stream_text.yaml") as sent:
        stream = llmrouter.completion(
            MODEL, HI, api_key=KEY, stream=True, stream_options={"include_usage": True}
        )
        chunks = list(stream)
    assert body(sent)["stream"] is True
    assert chunks[0].choices[0].delta.role == "assistant"
    assert {c.id for c in chunks} == {"msg_01Vb7nM9kL2jH4gF6dS8aQ0w"}
    assert "".join(c.content or "" for c in chunks) == STREAM_TEXT
    assert chunks[-2].choices[0].finish_reason == "stop"
    assert chunks[-1].choices == []
    check_stream_usage(chunks[-1].usage)
    assert stream.completion is not None and stream.completion.content == STREAM_TEXT
    check_stream_usage(stream.completion.usage)


def test_stream_hides_usage_chunk_unless_asked(tape: Any) -> None:
    with tape("stream_text.yaml"):
        stream = llmrouter.completion(MODEL, HI, api_key=KEY, stream=True)
        chunks = list(stream)
    assert all(c.choices for c in chunks)
    assert all(c.usage is None for c in chunks)
    assert chunks[-1].choices[0].finish_reason == "stop"
    assert stream.completion is not None
    check_stream_usage(stream.completion.usage)
    assert stream.completion.provider == "anthropic"


async def test_stream_async(tape: Any) -> None:
    with tape("stream_text.yaml") as sent:
        stream = await llmrouter.acompletion(
            MODEL, HI, api_key=KEY, stream=True, stream_options={"include_usage": True}
        )
        chunks = [chunk async for chunk in stream]
    assert body(sent)["stream"] is True
    assert "".join(c.content or "" for c in chunks) == STREAM_TEXT
    check_stream_usage(chunks[-1].usage)
    assert stream.completion is not None and stream.completion.finish_reason == "stop"


def test_stream_closed_early_keeps_partial_reply(tape: Any) -> None:
    with tape("stream_text.yaml"):
        stream = llmrouter.completion(MODEL, HI, api_key=KEY, stream=True)
        first = next(stream)
        second = next(stream)
        stream.close()
    assert first.choices[0].delta.role == "assistant"
    assert second.content == "Hello"
    assert stream.completion is not None and stream.completion.content == "Hello"
    assert stream.completion.finish_reason is None


def test_mid_stream_overloaded_error_is_typed(tape: Any) -> None:
    with tape("stream_error.yaml"):
        stream = llmrouter.completion(MODEL, HI, api_key=KEY, stream=True)
        seen: list[str] = []
        with pytest.raises(errors.ServiceUnavailableError) as caught:
            for chunk in stream:
                seen.append(chunk.content or "")
    assert "".join(seen) == "Hello there"
    # one fault, one class: overloaded is a 503 whatever the vendor; Anthropic's own facts kept
    assert (caught.value.status, caught.value.code) == (503, "service_unavailable")
    assert caught.value.details == {"vendor_status": 529, "anthropic_error_type": "overloaded_error"}
    assert caught.value.provider == "anthropic"
    assert caught.value.message == "Overloaded"
    assert stream.completion is not None and stream.completion.content == "Hello there"


async def test_mid_stream_overloaded_error_is_typed_async(tape: Any) -> None:
    with tape("stream_error.yaml"):
        stream = await llmrouter.acompletion(MODEL, HI, api_key=KEY, stream=True)
        with pytest.raises(errors.ServiceUnavailableError) as caught:
            async for _ in stream:
                pass
    assert caught.value.status == 503 and caught.value.details["vendor_status"] == 529
    assert isinstance(caught.value.__cause__, Exception)


# --------------------------------------------------------------------------------------------
# Tools
# --------------------------------------------------------------------------------------------

TOOL_QUESTION = [{"role": "user", "content": "Weather in Paris?"}]


def check_tool_round_trip_wire(first: dict[str, Any], second: dict[str, Any]) -> None:
    assert first["tools"] == [
        {
            "name": "get_weather",
            "input_schema": {
                "type": "object",
                "properties": {"city": {"type": "string"}},
                "required": ["city"],
            },
            "description": "Current weather for a city",
        }
    ]
    assert "tool_choice" not in first
    assert second["messages"] == [
        {"role": "user", "content": [{"type": "text", "text": "Weather in Paris?"}]},
        {
            "role": "assistant",
            "content": [
                {"type": "text", "text": "Let me check the weather in Paris."},
                {
                    "type": "tool_use",
                    "id": "toolu_01T1x1fJ34qAmk2tNTrN7Up6",
                    "name": "get_weather",
                    "input": {"city": "Paris"},
                },
            ],
        },
        {
            "role": "user",
            "content": [
                {
                    "type": "tool_result",
                    "tool_use_id": "toolu_01T1x1fJ34qAmk2tNTrN7Up6",
                    "content": "18C, sunny",
                }
            ],
        },
    ]


def check_tool_call(reply: llmrouter.ChatCompletion) -> None:
    assert reply.finish_reason == "tool_calls"
    assert reply.content == "Let me check the weather in Paris."
    [call] = reply.tool_calls
    assert call.id == "toolu_01T1x1fJ34qAmk2tNTrN7Up6"
    assert call.function.name == "get_weather"
    assert isinstance(call.function.arguments, str)
    assert json.loads(call.function.arguments) == {"city": "Paris"}


def test_tools_and_tool_result_round_trip(tape: Any) -> None:
    with tape("tools.yaml") as sent:
        reply = llmrouter.completion(MODEL, TOOL_QUESTION, api_key=KEY, tools=[WEATHER])
        check_tool_call(reply)
        assert reply.message is not None
        history = [
            *TOOL_QUESTION,
            reply.message.to_message(),
            {"role": "tool", "tool_call_id": reply.tool_calls[0].id, "content": "18C, sunny"},
        ]
        final = llmrouter.completion(MODEL, history, api_key=KEY, tools=[WEATHER])
    assert final.content == "It is 18°C and sunny in Paris."
    assert final.finish_reason == "stop"
    check_tool_round_trip_wire(body(sent, 0), body(sent, 1))


async def test_tools_and_tool_result_round_trip_async(tape: Any) -> None:
    with tape("tools.yaml") as sent:
        reply = await llmrouter.acompletion(MODEL, TOOL_QUESTION, api_key=KEY, tools=[WEATHER])
        check_tool_call(reply)
        assert reply.message is not None
        history = [
            *TOOL_QUESTION,
            reply.message.to_message(),
            {"role": "tool", "tool_call_id": reply.tool_calls[0].id, "content": "18C, sunny"},
        ]
        final = await llmrouter.acompletion(MODEL, history, api_key=KEY, tools=[WEATHER])
    assert final.content == "It is 18°C and sunny in Paris."
    check_tool_round_trip_wire(body(sent, 0), body(sent, 1))


def check_parallel(reply: llmrouter.ChatCompletion) -> None:
    assert reply.finish_reason == "tool_calls"
    assert [(c.id, c.function.name, json.loads(c.function.arguments)) for c in reply.tool_calls] == [
        ("toolu_01A09q90qw90lq917835lq9", "get_weather", {"city": "Paris"}),
        ("toolu_01B18r81rx81mr826724mr8", "get_weather", {"city": "Tokyo"}),
    ]


def test_parallel_tool_calls(tape: Any) -> None:
    with tape("parallel_tools.yaml"):
        reply = llmrouter.completion(MODEL, TOOL_QUESTION, api_key=KEY, tools=[WEATHER])
    check_parallel(reply)
    assert reply.tool_calls[0].function.arguments == '{"city":"Paris"}'  # compact JSON of the input


async def test_parallel_tool_calls_streamed_async(tape: Any) -> None:
    with tape("parallel_tools_stream.yaml"):
        stream = await llmrouter.acompletion(MODEL, TOOL_QUESTION, api_key=KEY, tools=[WEATHER], stream=True)
        chunks = [chunk async for chunk in stream]
    first_deltas = [d for c in chunks if c.choices for d in (c.choices[0].delta.tool_calls or []) if d.id]
    assert [(d.index, d.type, d.function and d.function.name) for d in first_deltas] == [
        (0, "function", "get_weather"),
        (1, "function", "get_weather"),
    ]
    assert stream.completion is not None
    check_parallel(stream.completion)


def test_parallel_tool_results_go_in_one_user_turn(tape: Any) -> None:
    history = [
        *TOOL_QUESTION,
        {
            "role": "assistant",
            "content": None,
            "tool_calls": [
                {
                    "id": "toolu_a",
                    "type": "function",
                    "function": {"name": "get_weather", "arguments": '{"city":"Paris"}'},
                },
                {"id": "toolu_b", "type": "function", "function": {"name": "get_weather", "arguments": ""}},
            ],
        },
        {"role": "tool", "tool_call_id": "toolu_a", "content": "18C"},
        {"role": "tool", "tool_call_id": "toolu_b", "content": [{"type": "text", "text": "25C"}]},
        {"role": "user", "content": "Which is warmer?"},
    ]
    with tape("ok.yaml") as sent:
        llmrouter.completion(MODEL, history, api_key=KEY, tools=[WEATHER], parallel_tool_calls=False)
    wire = body(sent)
    assert wire["messages"][1] == {
        "role": "assistant",
        "content": [
            {"type": "tool_use", "id": "toolu_a", "name": "get_weather", "input": {"city": "Paris"}},
            {"type": "tool_use", "id": "toolu_b", "name": "get_weather", "input": {}},
        ],
    }
    assert wire["messages"][2] == {
        "role": "user",
        "content": [
            {"type": "tool_result", "tool_use_id": "toolu_a", "content": "18C"},
            {"type": "tool_result", "tool_use_id": "toolu_b", "content": [{"type": "text", "text": "25C"}]},
            {"type": "text", "text": "Which is warmer?"},
        ],
    }
    assert len(wire["messages"]) == 3
    assert wire["tool_choice"] == {"type": "auto", "disable_parallel_tool_use": True}


def test_invalid_tool_call_arguments_in_history_are_refused(tape: Any) -> None:
    history = [
        *TOOL_QUESTION,
        {
            "role": "assistant",
            "tool_calls": [
                {
                    "id": "toolu_a",
                    "type": "function",
                    "function": {"name": "get_weather", "arguments": "{not json"},
                }
            ],
        },
        {"role": "tool", "tool_call_id": "toolu_a", "content": "18C"},
    ]
    with tape("ok.yaml") as sent, pytest.raises(errors.InvalidRequestError):
        llmrouter.completion(MODEL, history, api_key=KEY, tools=[WEATHER])
    assert sent == []


@pytest.mark.parametrize(
    ("choice", "wire"),
    [
        ("auto", {"type": "auto"}),
        ("none", {"type": "none"}),
        ("required", {"type": "any"}),
        ({"type": "function", "function": {"name": "get_weather"}}, {"type": "tool", "name": "get_weather"}),
    ],
)
def test_tool_choice_mapping(tape: Any, choice: Any, wire: dict[str, Any]) -> None:
    with tape("ok.yaml") as sent:
        llmrouter.completion(MODEL, TOOL_QUESTION, api_key=KEY, tools=[WEATHER], tool_choice=choice)
    assert body(sent)["tool_choice"] == wire


def test_streamed_and_unstreamed_replies_agree(tape: Any) -> None:
    with tape("parallel_tools.yaml"):
        plain = llmrouter.completion(MODEL, TOOL_QUESTION, api_key=KEY, tools=[WEATHER])
    with tape("parallel_tools_stream.yaml"):
        streamed = llmrouter.completion(MODEL, TOOL_QUESTION, api_key=KEY, tools=[WEATHER], stream=True)
        assembled = streamed.get_final_completion()
    assert assembled.id == plain.id
    assert assembled.content == plain.content == "I'll check both cities."
    assert assembled.finish_reason == plain.finish_reason == "tool_calls"
    assert assembled.usage == plain.usage
    # Same calls; argument strings differ only in whitespace (the stream carries the vendor's text).
    assert [(c.id, c.function.name, json.loads(c.function.arguments)) for c in assembled.tool_calls] == [
        (c.id, c.function.name, json.loads(c.function.arguments)) for c in plain.tool_calls
    ]


# --------------------------------------------------------------------------------------------
# Structured output
# --------------------------------------------------------------------------------------------

CITY_SCHEMA = {
    "type": "object",
    "properties": {
        "city": {"type": "string"},
        "country": {"type": "string"},
        "population": {"type": "integer"},
    },
    "required": ["city", "country", "population"],
    "additionalProperties": False,
}


def test_json_schema_uses_native_structured_output(tape: Any) -> None:
    response_format = {
        "type": "json_schema",
        "json_schema": {"name": "city", "schema": CITY_SCHEMA, "strict": True},
    }
    with tape("json_schema.yaml") as sent:
        reply = llmrouter.completion(MODEL, HI, api_key=KEY, response_format=response_format)
    assert json.loads(reply.content or "") == {"city": "Paris", "country": "France", "population": 2102650}
    assert reply.parsed is None  # only a pydantic class is parsed
    wire = body(sent)
    assert wire["output_config"] == {"format": {"type": "json_schema", "schema": CITY_SCHEMA}}
    assert "system" not in wire


def check_city(reply: llmrouter.ChatCompletion, sent: list[Any]) -> None:
    assert isinstance(reply.parsed, City)
    assert reply.parsed == City(city="Paris", country="France", population=2102650)
    schema = body(sent)["output_config"]["format"]["schema"]
    assert body(sent)["output_config"]["format"]["type"] == "json_schema"
    assert schema["additionalProperties"] is False
    assert schema["required"] == ["city", "country", "population"]
    assert set(schema["properties"]) == {"city", "country", "population"}


def test_pydantic_class_is_parsed(tape: Any) -> None:
    with tape("json_schema.yaml") as sent:
        reply = llmrouter.completion(MODEL, HI, api_key=KEY, response_format=City)
    check_city(reply, sent)


async def test_pydantic_class_is_parsed_async(tape: Any) -> None:
    with tape("json_schema.yaml") as sent:
        reply = await llmrouter.acompletion(MODEL, HI, api_key=KEY, response_format=City)
    check_city(reply, sent)


def test_json_object_falls_back_to_a_system_instruction(tape: Any) -> None:
    messages = [{"role": "system", "content": "Be brief."}, *HI]
    with tape("ok.yaml") as sent:
        llmrouter.completion(MODEL, messages, api_key=KEY, response_format={"type": "json_object"})
    wire = body(sent)
    assert wire["system"] == [
        {"type": "text", "text": "Be brief."},
        {"type": "text", "text": JSON_OBJECT_INSTRUCTION},
    ]
    assert "output_config" not in wire


# --------------------------------------------------------------------------------------------
# Images
# --------------------------------------------------------------------------------------------

PNG = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=="


def test_image_parts(tape: Any) -> None:
    messages = [
        {
            "role": "user",
            "content": [
                {"type": "text", "text": "Compare these."},
                {"type": "image_url", "image_url": {"url": f"data:image/png;base64,{PNG}"}},
                {"type": "image_url", "image_url": {"url": "https://example.com/cat.jpg", "detail": "high"}},
                {"type": "image_url", "image_url": {"url": "data:application/pdf;base64,JVBERi0xLjQK"}},
            ],
        }
    ]
    with tape("ok.yaml") as sent:
        llmrouter.completion(MODEL, messages, api_key=KEY)
    assert body(sent)["messages"][0]["content"] == [
        {"type": "text", "text": "Compare these."},
        {"type": "image", "source": {"type": "base64", "media_type": "image/png", "data": PNG}},
        {"type": "image", "source": {"type": "url", "url": "https://example.com/cat.jpg"}},
        {
            "type": "document",
            "source": {"type": "base64", "media_type": "application/pdf", "data": "JVBERi0xLjQK"},
        },
    ]


async def test_image_parts_async_and_bad_urls(tape: Any) -> None:
    with tape("ok.yaml") as sent:
        await llmrouter.acompletion(
            MODEL,
            [
                {
                    "role": "user",
                    "content": [{"type": "image_url", "image_url": {"url": f"data:image/webp;base64,{PNG}"}}],
                }
            ],
            api_key=KEY,
        )
    assert body(sent)["messages"][0]["content"][0]["source"]["media_type"] == "image/webp"
    for url in ("data:image/png,notbase64", "ftp://example.com/a.png"):
        bad = [{"role": "user", "content": [{"type": "image_url", "image_url": {"url": url}}]}]
        with tape("ok.yaml") as sent, pytest.raises(errors.InvalidRequestError):
            await llmrouter.acompletion(MODEL, bad, api_key=KEY)
        assert sent == []


def test_cache_control_on_parts_is_passed_through(tape: Any) -> None:
    messages = [
        {
            "role": "system",
            "content": [{"type": "text", "text": "Long rules.", "cache_control": {"type": "ephemeral"}}],
        },
        *HI,
    ]
    with tape("ok.yaml") as sent:
        llmrouter.completion(MODEL, messages, api_key=KEY)
    assert body(sent)["system"] == [
        {"type": "text", "text": "Long rules.", "cache_control": {"type": "ephemeral"}}
    ]


# --------------------------------------------------------------------------------------------
# Reasoning (extended thinking)
# --------------------------------------------------------------------------------------------

THINKING_TEXT = "The user asks for 27 * 453. 27 * 453 = 27 * 400 + 27 * 53 = 10800 + 1431 = 12231."


def test_reasoning_and_thinking_blocks_round_trip(tape: Any) -> None:
    question = [{"role": "user", "content": "27 * 453?"}]
    with tape("thinking.yaml") as sent:
        reply = llmrouter.completion(MODEL, question, api_key=KEY, reasoning_effort="low")
        assert reply.content == "27 × 453 = 12,231."
        assert reply.reasoning_content == THINKING_TEXT
        assert reply.message is not None and reply.message.thinking_blocks is not None
        thinking, redacted = reply.message.thinking_blocks
        assert (thinking.type, thinking.thinking) == ("thinking", THINKING_TEXT)
        assert thinking.signature is not None and thinking.signature.startswith("EqQBCkYIBxgCKkBSmkH0")
        assert (
            redacted.type == "redacted_thinking" and redacted.data is not None and redacted.thinking is None
        )
        assert reply.usage is not None and reply.usage.reasoning_tokens is None  # Anthropic reports none
        assert reply.usage.completion_tokens == 187
        history = [*question, reply.message.to_message(), {"role": "user", "content": "Double it."}]
        again = llmrouter.completion(MODEL, history, api_key=KEY, reasoning_effort="low")
    assert again.content == "Doubled, that is 24,462."
    first = body(sent, 0)
    assert first["thinking"] == {"type": "enabled", "budget_tokens": 2048}
    assert first["max_tokens"] == 64000
    assert body(sent, 1)["messages"][1] == {
        "role": "assistant",
        "content": [
            {"type": "thinking", "thinking": THINKING_TEXT, "signature": thinking.signature},
            {"type": "redacted_thinking", "data": redacted.data},
            {"type": "text", "text": "27 × 453 = 12,231."},
        ],
    }


def check_streamed_thinking(chunks: list[llmrouter.ChatCompletionChunk], completion: Any) -> None:
    reasoning = "".join(c.choices[0].delta.reasoning_content or "" for c in chunks if c.choices)
    assert reasoning == THINKING_TEXT
    blocks = [b for c in chunks if c.choices for b in (c.choices[0].delta.thinking_blocks or [])]
    assert len(blocks) == 1 and blocks[0].thinking == THINKING_TEXT
    assert blocks[0].signature is not None and blocks[0].signature.startswith("EpMCCkYIBxgCKkCz9xW4")
    assert completion.content == "27 × 453 = 12,231."
    assert completion.reasoning_content == THINKING_TEXT
    assert completion.message.thinking_blocks == blocks
    assert completion.usage.completion_tokens == 160 and completion.usage.reasoning_tokens is None


def test_reasoning_streamed(tape: Any) -> None:
    with tape("thinking_stream.yaml") as sent:
        stream = llmrouter.completion(MODEL, HI, api_key=KEY, reasoning_effort="medium", stream=True)
        chunks = list(stream)
    assert body(sent)["thinking"] == {"type": "enabled", "budget_tokens": 8192}
    check_streamed_thinking(chunks, stream.completion)


async def test_reasoning_streamed_async(tape: Any) -> None:
    with tape("thinking_stream.yaml") as sent:
        stream = await llmrouter.acompletion(MODEL, HI, api_key=KEY, reasoning_effort="high", stream=True)
        chunks = [chunk async for chunk in stream]
    assert body(sent)["thinking"] == {"type": "enabled", "budget_tokens": 16384}
    check_streamed_thinking(chunks, stream.completion)


def test_reasoning_budget_and_max_tokens(tape: Any) -> None:
    with tape("ok.yaml") as sent, pytest.raises(errors.InvalidRequestError) as caught:
        llmrouter.completion(MODEL, HI, api_key=KEY, reasoning_effort="medium", max_tokens=1000)
    assert sent == [] and caught.value.param == "max_tokens"
    with tape("ok.yaml") as sent:
        llmrouter.completion("anthropic/claude-custom-1", HI, api_key=KEY, reasoning_effort="high")
    assert body(sent)["max_tokens"] == 16384 + 4096  # budget on top of the fallback default
    with tape("ok.yaml") as sent:
        llmrouter.completion(MODEL, HI, api_key=KEY, reasoning_effort="none")
    assert "thinking" not in body(sent)


# --------------------------------------------------------------------------------------------
# Errors
# --------------------------------------------------------------------------------------------

ERRORS = [
    ("error_400.yaml", errors.InvalidRequestError, 400, "req_011CUjxF0000aaaa1111bbbb"),
    ("error_401.yaml", errors.AuthenticationError, 401, "req_011CUjxG2222cccc3333dddd"),
    ("error_404.yaml", errors.ModelNotFoundError, 404, "req_011CUjxH4444eeee5555ffff"),
    ("error_429.yaml", errors.RateLimitError, 429, "req_011CUjxJ6666gggg7777hhhh"),
    ("error_500.yaml", errors.ProviderError, 500, "req_011CUjxK8888iiii9999jjjj"),
    ("error_529.yaml", errors.ServiceUnavailableError, 503, "req_011CUjxLaaaakkkkbbbbllll"),
    ("error_context.yaml", errors.ContextWindowExceededError, 400, "req_011CUjxMccccmmmmddddnnnn"),
]


def check_error(error: errors.LLMRouterError, cls: type, status: int, request_id: str) -> None:
    import anthropic

    assert type(error) is cls
    assert error.status == status
    assert error.provider == "anthropic"
    assert error.model == "claude-sonnet-4-5"
    assert error.request_id == request_id
    assert KEY not in str(error) and KEY not in repr(error)
    assert isinstance(error.__cause__, anthropic.APIStatusError)
    if status == 429:
        assert error.retry_after == 17.0
    if cls is errors.ServiceUnavailableError:  # Anthropic's 529 overloaded, as a 503
        assert error.details["vendor_status"] == 529 and error.code == "service_unavailable"
    if cls is errors.ModelNotFoundError:
        assert error.code == "model_not_found"


@pytest.mark.parametrize(("name", "cls", "status", "request_id"), ERRORS)
def test_http_errors_are_typed(tape: Any, name: str, cls: type, status: int, request_id: str) -> None:
    with tape(name), pytest.raises(errors.LLMRouterError) as caught:
        llmrouter.completion(MODEL, HI, api_key=KEY)
    check_error(caught.value, cls, status, request_id)


@pytest.mark.parametrize(("name", "cls", "status", "request_id"), ERRORS)
async def test_http_errors_are_typed_async_stream(
    tape: Any, name: str, cls: type, status: int, request_id: str
) -> None:
    with tape(name), pytest.raises(errors.LLMRouterError) as caught:
        await llmrouter.acompletion(MODEL, HI, api_key=KEY, stream=True)
    check_error(caught.value, cls, status, request_id)


def test_context_window_message(tape: Any) -> None:
    with tape("error_context.yaml"), pytest.raises(errors.ContextWindowExceededError) as caught:
        llmrouter.completion(MODEL, HI, api_key=KEY)
    assert caught.value.message == "prompt is too long: 215034 tokens > 200000 maximum"
    assert caught.value.code == "context_length_exceeded"


def test_timeout_and_connection_errors_are_typed() -> None:
    import anthropic
    import httpx2

    provider = get_provider("anthropic")
    request = ChatRequest(
        model="claude-sonnet-4-5", messages=[Message(role="user", content="Hi")], api_key=KEY
    )
    http_request = httpx2.Request("POST", "https://api.anthropic.com/v1/messages")
    timeout = provider.translate_error(anthropic.APITimeoutError(request=http_request), request)
    assert isinstance(timeout, errors.APITimeoutError) and timeout.provider == "anthropic"
    connection = provider.translate_error(anthropic.APIConnectionError(request=http_request), request)
    assert type(connection) is errors.APIConnectionError and connection.retryable


# --------------------------------------------------------------------------------------------
# The translator and the plumbing
# --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("stop_reason", "tools", "expected"),
    [
        ("end_turn", False, "stop"),
        ("stop_sequence", False, "stop"),
        ("pause_turn", False, "stop"),
        ("max_tokens", False, "length"),
        ("tool_use", True, "tool_calls"),
        ("refusal", False, "content_filter"),
        ("end_turn", True, "tool_calls"),
        ("max_tokens", True, "length"),
        (None, False, "stop"),
    ],
)
def test_finish_reason_mapping(stop_reason: str | None, tools: bool, expected: str) -> None:
    assert finish_reason(stop_reason, tools) == expected


def test_usage_normalisation() -> None:
    assert usage_of({}) is None
    usage = usage_of(
        {
            "input_tokens": 3,
            "output_tokens": 33,
            "cache_read_input_tokens": 1111,
            "cache_creation_input_tokens": 418,
        }
    )
    assert usage is not None
    assert (usage.prompt_tokens, usage.completion_tokens, usage.cached_tokens) == (1532, 33, 1111)
    bare = usage_of({"input_tokens": 3, "output_tokens": 4})
    assert bare is not None and bare.prompt_tokens_details is None


def test_translator_contract_for_a_tool_without_arguments() -> None:
    message = {
        "id": "msg_x",
        "model": "claude-x",
        "stop_reason": "tool_use",
        "content": [{"type": "tool_use", "id": "toolu_x", "name": "now", "input": {}}],
        "usage": {"input_tokens": 1, "output_tokens": 2},
    }
    translator = EventTranslator("claude-x")
    chunks = [c for event in events_of_message(message) for c in translator.feed(event)] + translator.close()
    assert chunks[0].choices[0].delta.role == "assistant"
    deltas = [d for c in chunks if c.choices for d in (c.choices[0].delta.tool_calls or [])]
    assert deltas[0].id == "toolu_x" and deltas[0].function is not None and deltas[0].function.name == "now"
    assert deltas[-1].function is not None and deltas[-1].function.arguments == "{}"
    assert chunks[-2].choices[0].finish_reason == "tool_calls"
    assert chunks[-1].choices == [] and chunks[-1].usage is not None


def test_a_stream_cut_before_its_stop_reason_fails() -> None:
    translator = EventTranslator("claude-x")
    translator.feed({"type": "message_start", "message": {"id": "msg_y", "usage": {"input_tokens": 1}}})
    with pytest.raises(errors.ProviderError):
        translator.close()


def test_clients_are_cached_with_sdk_retries_off() -> None:
    provider = get_provider("anthropic")
    request = ChatRequest(
        model="claude-sonnet-4-5", messages=[Message(role="user", content="Hi")], api_key=KEY
    )
    client = provider.client(request)  # type: ignore[attr-defined]
    assert provider.client(request) is client  # type: ignore[attr-defined]
    assert client.max_retries == 0
    assert provider.capabilities.embeddings is False
    assert KEY not in repr(request) and KEY not in repr(provider)


def test_importing_llmrouter_imports_no_vendor_sdk() -> None:
    code = "import sys, llmrouter, llmrouter.providers.anthropic; print('anthropic' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
