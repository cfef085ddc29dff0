"""The openai provider through the public API, against cassettes in cassettes/openai/.

Every test replays a cassette, checks the request body the SDK really sent, and checks what the
caller gets back. The cassettes are written by cassettes/openai/make_cassettes.py.
"""

from __future__ import annotations

import copy
import json
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest
import yaml
from pydantic import BaseModel

import llmrouter
from llmrouter import errors
from llmrouter.testing import request_json, use_cassette

ROOT = Path(__file__).resolve().parents[2]
CASSETTES = ROOT / "cassettes" / "openai"
KEY = "test-openai-key-0123456789"
MODEL = "openai/gpt-4o-mini"
HELLO = [{"role": "user", "content": "Say hello in one word."}]
CHAT_URL = "https://api.openai.com/v1/chat/completions"

WEATHER_TOOL = {
    "type": "function",
    "function": {
        "name": "get_weather",
        "description": "Current weather for a city.",
        "parameters": {
            "type": "object",
            "properties": {"city": {"type": "string"}},
            "required": ["city"],
            "additionalProperties": False,
        },
    },
}


def cassette(name: str) -> Path:
    return CASSETTES / f"{name}.yaml"


def recorded_bodies(name: str) -> list[Any]:
    """The JSON bodies of the responses stored in a cassette, in order."""
    data = yaml.safe_load(cassette(name).read_text(encoding="utf-8"))
    return [json.loads(i["response"]["body"]["string"]) for i in data["interactions"]]


def recorded_sse_events(name: str) -> list[dict[str, Any]]:
    data = yaml.safe_load(cassette(name).read_text(encoding="utf-8"))
    text = data["interactions"][0]["response"]["body"]["string"]
    return [
        json.loads(line[len("data: ") :])
        for line in text.split("\n")
        if line.startswith("data: ") and line != "data: [DONE]"
    ]


class Recorder:
    """A hook that keeps the context of every finished or failed call."""

    def __init__(self) -> None:
        self.contexts: list[Any] = []
        self.errors: list[Any] = []

    def after_response(self, ctx: Any) -> None:
        self.contexts.append(ctx)

    def on_error(self, ctx: Any, error: Any) -> None:
        self.errors.append((ctx, error))


# --------------------------------------------------------------------------------------------
# Plain replies
# --------------------------------------------------------------------------------------------


def test_plain_reply_sync() -> None:
    with use_cassette(cassette("chat_plain"), filter_credentials=False) as sent:
        reply = llmrouter.completion(MODEL, HELLO, api_key=KEY)
    assert len(sent) == 1
    assert sent[0].method == "POST" and sent[0].uri == CHAT_URL
    assert request_json(sent[0]) == {"model": "gpt-4o-mini", "messages": HELLO}
    assert sent[0].headers["authorization"] == f"Bearer {KEY}"  # the SDK sent the key we gave
    assert isinstance(reply, llmrouter.ChatCompletion)
    assert reply.content == "Hello!"
    assert reply.finish_reason == "stop"
    assert reply.provider == "openai"
    assert reply.model == "gpt-4o-mini-2024-07-18"
    assert reply.usage is not None
    assert (reply.usage.prompt_tokens, reply.usage.completion_tokens, reply.usage.total_tokens) == (13, 2, 15)
    assert reply.usage.cached_tokens == 0 and reply.usage.reasoning_tokens == 0
    # The reply dumps back to exactly what the API sent: code written for the openai SDK keeps working.
    assert reply.model_dump() == recorded_bodies("chat_plain")[0]
    assert json.loads(reply.model_dump_json()) == recorded_bodies("chat_plain")[0]


async def test_plain_reply_async() -> None:
    with use_cassette(cassette("chat_plain")) as sent:
        reply = await llmrouter.acompletion(MODEL, HELLO, api_key=KEY)
    assert request_json(sent[0]) == {"model": "gpt-4o-mini", "messages": HELLO}
    assert reply.content == "Hello!"
    assert reply.provider == "openai"
    assert reply.model_dump() == recorded_bodies("chat_plain")[0]


def test_use_cassette_yields_requests_with_credentials_filtered() -> None:
    with use_cassette(cassette("chat_plain")) as sent:
        llmrouter.completion(MODEL, HELLO, api_key=KEY)
    assert "authorization" not in {name.lower() for name in sent[0].headers}
    assert KEY not in str(sent[0].headers)


def test_reply_keeps_openai_only_fields() -> None:
    with use_cassette(cassette("chat_plain")):
        reply = llmrouter.completion(MODEL, HELLO, api_key=KEY)
    dumped = reply.model_dump()
    assert dumped["service_tier"] == "default"
    assert dumped["system_fingerprint"] == "fp_7fcd609668"
    assert dumped["choices"][0]["message"]["annotations"] == []
    assert dumped["choices"][0]["message"]["refusal"] is None
    assert dumped["usage"]["completion_tokens_details"]["accepted_prediction_tokens"] == 0
    assert dumped["usage"]["prompt_tokens_details"]["audio_tokens"] == 0


def test_system_and_multi_turn_reach_the_wire_in_order() -> None:
    messages = [
        {"role": "system", "content": "Answer like a pirate."},
        {"role": "user", "content": "My name is Ada."},
        {"role": "assistant", "content": "Ahoy, Ada!"},
        {"role": "user", "content": "What is my name, and how do you talk?"},
    ]
    with use_cassette(cassette("chat_multiturn")) as sent:
        reply = llmrouter.completion(MODEL, messages, api_key=KEY, temperature=0.2, seed=7, stop="###")
    body = request_json(sent[0])
    assert body["messages"] == messages
    assert body["temperature"] == 0.2 and body["seed"] == 7
    assert body["stop"] == ["###"]
    assert reply.content is not None and "Ada" in reply.content
    assert reply.model_dump() == recorded_bodies("chat_multiturn")[0]


async def test_system_and_multi_turn_async() -> None:
    messages = [
        {"role": "developer", "content": "Answer like a pirate."},
        {"role": "user", "content": "My name is Ada."},
        {"role": "assistant", "content": "Ahoy, Ada!"},
        {"role": "user", "content": "What is my name?"},
    ]
    with use_cassette(cassette("chat_multiturn")) as sent:
        reply = await llmrouter.acompletion(MODEL, messages, api_key=KEY)
    assert request_json(sent[0])["messages"] == messages
    assert reply.usage is not None and reply.usage.total_tokens == 75


def test_assistant_reply_can_be_sent_back_as_history() -> None:
    with use_cassette(cassette("chat_plain")):
        first = llmrouter.completion(MODEL, HELLO, api_key=KEY)
    assert first.message is not None
    history = [*HELLO, first.message.to_message(), {"role": "user", "content": "Again?"}]
    with use_cassette(cassette("chat_multiturn")) as sent:
        llmrouter.completion(MODEL, history, api_key=KEY)
    assert request_json(sent[0])["messages"][1] == {"role": "assistant", "content": "Hello!"}


# --------------------------------------------------------------------------------------------
# Streaming
# --------------------------------------------------------------------------------------------


def test_stream_with_include_usage_shows_the_usage_chunk() -> None:
    with use_cassette(cassette("chat_stream")) as sent:
        stream = llmrouter.completion(
            MODEL, HELLO, api_key=KEY, stream=True, stream_options={"include_usage": True}
        )
        chunks = list(stream)
    body = request_json(sent[0])
    assert body["stream"] is True and body["stream_options"] == {"include_usage": True}
    assert all(c.object == "chat.completion.chunk" for c in chunks)
    assert all(isinstance(c, llmrouter.ChatCompletionChunk) for c in chunks)
    assert len(chunks) == 6
    assert "".join(c.content or "" for c in chunks) == "Hello there!"
    last = chunks[-1]
    assert last.choices == [] and last.usage is not None and last.usage.total_tokens == 16
    assert stream.completion is not None and stream.completion.content == "Hello there!"
    assert stream.completion.usage is not None and stream.completion.usage.completion_tokens == 3


def test_stream_without_include_usage_hides_the_usage_chunk_but_keeps_usage() -> None:
    with use_cassette(cassette("chat_stream")) as sent:
        stream = llmrouter.completion(MODEL, HELLO, api_key=KEY, stream=True)
        chunks = list(stream)
    # The provider always asks OpenAI for usage (to price the call) ...
    assert request_json(sent[0])["stream_options"] == {"include_usage": True}
    # ... but does not show the caller a chunk it did not ask for.
    assert len(chunks) == 5
    assert all(c.choices for c in chunks)
    assert all(c.usage is None for c in chunks)
    assert stream.completion is not None
    assert stream.completion.usage is not None
    assert (stream.completion.usage.prompt_tokens, stream.completion.usage.completion_tokens) == (13, 3)
    assert stream.completion.finish_reason == "stop"
    assert stream.completion.provider == "openai"


def test_stream_chunks_carry_the_wire_fields() -> None:
    with use_cassette(cassette("chat_stream")):
        chunks = list(llmrouter.completion(MODEL, HELLO, api_key=KEY, stream=True))
    events = recorded_sse_events("chat_stream")
    for chunk, event in zip(chunks, events, strict=False):
        assert chunk.id == event["id"]
        assert chunk.created == event["created"]
        assert chunk.model == event["model"]
        assert chunk.model_dump()["system_fingerprint"] == "fp_7fcd609668"
    assert chunks[0].choices[0].delta.role == "assistant"
    assert chunks[-1].choices[0].finish_reason == "stop"


def test_stream_get_final_completion_matches_unstreamed_reply() -> None:
    with use_cassette(cassette("chat_stream")):
        stream = llmrouter.completion(MODEL, HELLO, api_key=KEY, stream=True)
        final = stream.get_final_completion()
    assert isinstance(final, llmrouter.ChatCompletion)
    assert final.id == "chatcmpl-C0openai0stream000000001"
    assert final.content == "Hello there!"
    assert final.finish_reason == "stop"
    assert final.provider == "openai"
    assert final.usage is not None and final.usage.total_tokens == 16


def test_stream_is_a_context_manager_and_closes_early() -> None:
    recorder = Recorder()
    with use_cassette(cassette("chat_stream")):
        with llmrouter.completion(MODEL, HELLO, api_key=KEY, stream=True, hooks=[recorder]) as stream:
            first = next(stream)
            stream.close()
            rest = list(stream)
    assert first.choices[0].delta.role == "assistant"
    assert rest == []
    assert stream.completion is not None
    assert stream.completion.content is None  # only the empty first delta was read
    assert len(recorder.contexts) == 1  # the end hooks ran once, not again on __exit__
    assert recorder.contexts[0].timings["complete"] == 0.0


def test_stream_leaving_the_with_block_stops_iteration() -> None:
    with use_cassette(cassette("chat_stream")):
        with llmrouter.completion(MODEL, HELLO, api_key=KEY, stream=True) as stream:
            seen = [next(stream), next(stream)]
        with pytest.raises(StopIteration):
            next(stream)
    assert seen[1].content == "Hello"


async def test_async_stream_with_usage_and_final_completion() -> None:
    with use_cassette(cassette("chat_stream")) as sent:
        stream = await llmrouter.acompletion(
            MODEL, HELLO, api_key=KEY, stream=True, stream_options={"include_usage": True}
        )
        chunks = [chunk async for chunk in stream]
    assert request_json(sent[0])["stream"] is True
    assert all(c.object == "chat.completion.chunk" for c in chunks)
    assert chunks[-1].choices == [] and chunks[-1].usage is not None
    assert stream.completion is not None and stream.completion.content == "Hello there!"


async def test_async_stream_hides_usage_chunk_and_get_final_completion() -> None:
    with use_cassette(cassette("chat_stream")):
        stream = await llmrouter.acompletion(MODEL, HELLO, api_key=KEY, stream=True)
        first = await stream.__anext__()
        final = await stream.get_final_completion()
    assert first.choices[0].delta.role == "assistant"
    assert final.content == "Hello there!"
    assert final.usage is not None and final.usage.total_tokens == 16
    assert stream.completion is final


async def test_async_stream_closes_early() -> None:
    with use_cassette(cassette("chat_stream")):
        async with await llmrouter.acompletion(MODEL, HELLO, api_key=KEY, stream=True) as stream:
            first = await stream.__anext__()
            await stream.aclose()
            rest = [chunk async for chunk in stream]
    assert first.object == "chat.completion.chunk"
    assert rest == []
    assert stream.completion is not None


def test_streamed_tool_call_is_assembled() -> None:
    with use_cassette(cassette("chat_stream_tools")) as sent:
        stream = llmrouter.completion(MODEL, HELLO, api_key=KEY, stream=True, tools=[WEATHER_TOOL])
        chunks = list(stream)
    assert request_json(sent[0])["tools"] == [WEATHER_TOOL]
    assert chunks[0].choices[0].delta.tool_calls is not None
    final = stream.completion
    assert final is not None and final.finish_reason == "tool_calls"
    assert [(c.id, c.function.name, json.loads(c.function.arguments)) for c in final.tool_calls] == [
        ("call_Stream0Weather00000001", "get_weather", {"city": "Paris"})
    ]


# --------------------------------------------------------------------------------------------
# Tools
# --------------------------------------------------------------------------------------------


def test_tool_call_reply() -> None:
    with use_cassette(cassette("chat_tools")) as sent:
        reply = llmrouter.completion(
            MODEL, [{"role": "user", "content": "Weather in Paris?"}], api_key=KEY, tools=[WEATHER_TOOL]
        )
    body = request_json(sent[0])
    assert body["tools"] == [WEATHER_TOOL]
    assert "tool_choice" not in body
    assert reply.finish_reason == "tool_calls"
    assert reply.content is None
    assert len(reply.tool_calls) == 1
    call = reply.tool_calls[0]
    assert call.id == "call_Weather0Paris0000000001" and call.type == "function"
    assert call.function.name == "get_weather"
    assert json.loads(call.function.arguments) == {"city": "Paris"}
    assert reply.model_dump() == recorded_bodies("chat_tools")[0]


async def test_tool_call_reply_async() -> None:
    with use_cassette(cassette("chat_tools")) as sent:
        reply = await llmrouter.acompletion(
            MODEL, [{"role": "user", "content": "Weather in Paris?"}], api_key=KEY, tools=[WEATHER_TOOL]
        )
    assert request_json(sent[0])["tools"][0]["function"]["name"] == "get_weather"
    assert reply.tool_calls[0].function.name == "get_weather"


def _tool_result_history() -> list[dict[str, Any]]:
    return [
        {"role": "user", "content": "Weather in Paris?"},
        {
            "role": "assistant",
            "content": None,
            "tool_calls": [
                {
                    "id": "call_Weather0Paris0000000001",
                    "type": "function",
                    "function": {"name": "get_weather", "arguments": '{"city":"Paris"}'},
                }
            ],
        },
        {
            "role": "tool",
            "tool_call_id": "call_Weather0Paris0000000001",
            "content": '{"temp_c":18,"sky":"sunny"}',
        },
    ]


def test_tool_result_turn_goes_on_the_wire() -> None:
    history = _tool_result_history()
    with use_cassette(cassette("chat_tool_result")) as sent:
        reply = llmrouter.completion(MODEL, history, api_key=KEY, tools=[WEATHER_TOOL])
    body = request_json(sent[0])
    assert body["messages"] == history
    assert body["messages"][1]["content"] is None  # an assistant tool turn keeps content: null
    assert body["messages"][2] == {
        "role": "tool",
        "tool_call_id": "call_Weather0Paris0000000001",
        "content": '{"temp_c":18,"sky":"sunny"}',
    }
    assert reply.content == "It is 18°C and sunny in Paris."
    assert reply.finish_reason == "stop"


async def test_tool_result_turn_async_from_reply_history() -> None:
    with use_cassette(cassette("chat_tools")):
        first = await llmrouter.acompletion(
            MODEL, [{"role": "user", "content": "Weather in Paris?"}], api_key=KEY, tools=[WEATHER_TOOL]
        )
    assert first.message is not None
    history = [
        {"role": "user", "content": "Weather in Paris?"},
        first.message.to_message(),
        {"role": "tool", "tool_call_id": first.tool_calls[0].id, "content": "18C, sunny"},
    ]
    with use_cassette(cassette("chat_tool_result")) as sent:
        reply = await llmrouter.acompletion(MODEL, history, api_key=KEY, tools=[WEATHER_TOOL])
    wire = request_json(sent[0])["messages"]
    assert wire[1]["role"] == "assistant"
    assert wire[1]["tool_calls"][0]["id"] == "call_Weather0Paris0000000001"
    assert wire[1]["tool_calls"][0]["function"] == {"name": "get_weather", "arguments": '{"city":"Paris"}'}
    assert wire[2] == {
        "role": "tool",
        "tool_call_id": "call_Weather0Paris0000000001",
        "content": "18C, sunny",
    }
    assert reply.content is not None and "Paris" in reply.content


def test_parallel_tool_calls() -> None:
    with use_cassette(cassette("chat_parallel_tools")) as sent:
        reply = llmrouter.completion(
            MODEL,
            [{"role": "user", "content": "Weather in Paris and Tokyo?"}],
            api_key=KEY,
            tools=[WEATHER_TOOL],
            parallel_tool_calls=True,
        )
    assert request_json(sent[0])["parallel_tool_calls"] is True
    assert [json.loads(c.function.arguments)["city"] for c in reply.tool_calls] == ["Paris", "Tokyo"]
    assert len({c.id for c in reply.tool_calls}) == 2
    assert reply.model_dump() == recorded_bodies("chat_parallel_tools")[0]


def test_parallel_tool_calls_false_reaches_the_wire() -> None:
    with use_cassette(cassette("chat_tools")) as sent:
        llmrouter.completion(MODEL, HELLO, api_key=KEY, tools=[WEATHER_TOOL], parallelToolCalls=False)
    assert request_json(sent[0])["parallel_tool_calls"] is False


@pytest.mark.parametrize(
    ("given", "wire"),
    [
        ("auto", "auto"),
        ("none", "none"),
        ("required", "required"),
        (
            {"type": "function", "function": {"name": "get_weather"}},
            {"type": "function", "function": {"name": "get_weather"}},
        ),
        ({"function": {"name": "get_weather"}}, {"type": "function", "function": {"name": "get_weather"}}),
    ],
)
def test_tool_choice_variants(given: Any, wire: Any) -> None:
    with use_cassette(cassette("chat_tools")) as sent:
        llmrouter.completion(MODEL, HELLO, api_key=KEY, tools=[WEATHER_TOOL], tool_choice=given)
    assert request_json(sent[0])["tool_choice"] == wire


async def test_tool_choice_async() -> None:
    with use_cassette(cassette("chat_tools")) as sent:
        await llmrouter.acompletion(MODEL, HELLO, api_key=KEY, tools=[WEATHER_TOOL], tool_choice="required")
    assert request_json(sent[0])["tool_choice"] == "required"


@pytest.mark.parametrize("bad", ["sometimes", {"type": "function", "function": {"name": "unknown_tool"}}, 3])
def test_bad_tool_choice_is_refused_before_any_request(bad: Any) -> None:
    with use_cassette(cassette("chat_tools")) as sent, pytest.raises(errors.InvalidRequestError) as caught:
        llmrouter.completion(MODEL, HELLO, api_key=KEY, tools=[WEATHER_TOOL], tool_choice=bad)
    assert sent == []
    assert caught.value.param == "tool_choice"


# --------------------------------------------------------------------------------------------
# Structured output
# --------------------------------------------------------------------------------------------

CITY_SCHEMA = {
    "type": "object",
    "properties": {
        "city": {"type": "string"},
        "country": {"type": "string"},
        "population_millions": {"type": "number"},
    },
    "required": ["city", "country", "population_millions"],
    "additionalProperties": False,
}


class City(BaseModel):
    city: str
    country: str
    population_millions: float


def test_json_schema_with_a_dict_response_format() -> None:
    response_format = {
        "type": "json_schema",
        "json_schema": {"name": "city", "schema": CITY_SCHEMA, "strict": True},
    }
    with use_cassette(cassette("chat_json_schema")) as sent:
        reply = llmrouter.completion("openai/gpt-4o", HELLO, api_key=KEY, response_format=response_format)
    body = request_json(sent[0])
    assert body["model"] == "gpt-4o"
    assert body["response_format"] == response_format
    assert json.loads(reply.content or "") == {
        "city": "Paris",
        "country": "France",
        "population_millions": 2.1,
    }
    assert reply.parsed is None  # a dict format gives no class to parse into
    assert reply.model_dump() == recorded_bodies("chat_json_schema")[0]


def test_json_schema_with_a_pydantic_class() -> None:
    with use_cassette(cassette("chat_json_schema")) as sent:
        reply = llmrouter.completion("openai/gpt-4o", HELLO, api_key=KEY, response_format=City)
    wire = request_json(sent[0])["response_format"]
    assert wire["type"] == "json_schema"
    spec = wire["json_schema"]
    assert spec["name"] == "City" and spec["strict"] is True
    schema = spec["schema"]
    assert schema["type"] == "object"
    assert schema["additionalProperties"] is False
    assert sorted(schema["required"]) == ["city", "country", "population_millions"]
    assert set(schema["properties"]) == {"city", "country", "population_millions"}
    assert isinstance(reply.parsed, City)
    assert reply.parsed == City(city="Paris", country="France", population_millions=2.1)
    # parsed is ours, not the wire's: the dump is still the API's JSON
    assert reply.model_dump() == recorded_bodies("chat_json_schema")[0]


async def test_json_schema_with_a_pydantic_class_async() -> None:
    with use_cassette(cassette("chat_json_schema")) as sent:
        reply = await llmrouter.acompletion("openai/gpt-4o", HELLO, api_key=KEY, responseFormat=City)
    assert request_json(sent[0])["response_format"]["json_schema"]["strict"] is True
    assert isinstance(reply.parsed, City) and reply.parsed.city == "Paris"


def test_json_object_response_format() -> None:
    with use_cassette(cassette("chat_json_schema")) as sent:
        llmrouter.completion("openai/gpt-4o", HELLO, api_key=KEY, response_format={"type": "json_object"})
    assert request_json(sent[0])["response_format"] == {"type": "json_object"}


def test_json_schema_without_schema_is_refused() -> None:
    with (
        use_cassette(cassette("chat_json_schema")) as sent,
        pytest.raises(errors.InvalidRequestError) as caught,
    ):
        llmrouter.completion("openai/gpt-4o", HELLO, api_key=KEY, response_format={"type": "json_schema"})
    assert sent == []
    assert "json_schema" in str(caught.value)


def test_reply_that_does_not_fit_the_class_is_an_output_validation_error() -> None:
    class Person(BaseModel):
        name: str
        age: int

    with use_cassette(cassette("chat_json_schema")), pytest.raises(errors.OutputValidationError) as caught:
        llmrouter.completion("openai/gpt-4o", HELLO, api_key=KEY, response_format=Person)
    assert "Person" in str(caught.value)
    assert caught.value.provider == "openai"


# --------------------------------------------------------------------------------------------
# Images
# --------------------------------------------------------------------------------------------

PNG_DATA_URL = "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=="


def test_image_parts_pass_through_as_image_url() -> None:
    messages = [
        {
            "role": "user",
            "content": [
                {"type": "text", "text": "Describe both images."},
                {
                    "type": "image_url",
                    "image_url": {"url": "https://example.com/boardwalk.jpg", "detail": "low"},
                },
                {"type": "image_url", "image_url": {"url": PNG_DATA_URL}},
            ],
        }
    ]
    with use_cassette(cassette("chat_image")) as sent:
        reply = llmrouter.completion("openai/gpt-4o", messages, api_key=KEY)
    assert request_json(sent[0])["messages"] == messages
    assert reply.content is not None and "boardwalk" in reply.content


async def test_image_data_url_async() -> None:
    messages = [
        {
            "role": "user",
            "content": [
                {"type": "image_url", "image_url": {"url": PNG_DATA_URL}},
                {"type": "text", "text": "What is it?"},
            ],
        }
    ]
    with use_cassette(cassette("chat_image")) as sent:
        await llmrouter.acompletion("openai/gpt-4o", messages, api_key=KEY)
    parts = request_json(sent[0])["messages"][0]["content"]
    assert parts[0] == {"type": "image_url", "image_url": {"url": PNG_DATA_URL}}
    assert parts[1] == {"type": "text", "text": "What is it?"}


# --------------------------------------------------------------------------------------------
# Reasoning
# --------------------------------------------------------------------------------------------


def test_reasoning_effort_and_reasoning_tokens() -> None:
    messages = [{"role": "user", "content": "What is 17 * 23?"}]
    with use_cassette(cassette("chat_reasoning")) as sent:
        reply = llmrouter.completion(
            "openai/o4-mini", messages, api_key=KEY, reasoning_effort="high", max_tokens=2000
        )
    body = request_json(sent[0])
    assert body["model"] == "o4-mini"
    assert body["reasoning_effort"] == "high"
    assert body["max_completion_tokens"] == 2000 and "max_tokens" not in body
    assert reply.content == "The answer is 391."
    assert reply.usage is not None
    assert reply.usage.reasoning_tokens == 192
    assert reply.usage.completion_tokens == 211
    assert reply.model_dump() == recorded_bodies("chat_reasoning")[0]


async def test_reasoning_effort_async_camel_case() -> None:
    with use_cassette(cassette("chat_reasoning")) as sent:
        reply = await llmrouter.acompletion("o4-mini", HELLO, api_key=KEY, reasoningEffort="low")
    assert request_json(sent[0])["reasoning_effort"] == "low"
    assert reply.provider == "openai"
    assert reply.usage is not None and reply.usage.reasoning_tokens == 192


def test_unknown_reasoning_effort_is_refused() -> None:
    with (
        use_cassette(cassette("chat_reasoning")) as sent,
        pytest.raises(errors.InvalidRequestError) as caught,
    ):
        llmrouter.completion("openai/o4-mini", HELLO, api_key=KEY, reasoning_effort="extreme")
    assert sent == []
    assert caught.value.param == "reasoning_effort"


# --------------------------------------------------------------------------------------------
# Embeddings
# --------------------------------------------------------------------------------------------


def test_embedding_base64_is_decoded_by_default() -> None:
    with use_cassette(cassette("embeddings_base64")) as sent:
        reply = llmrouter.embedding("openai/text-embedding-3-small", ["hello", "world"], api_key=KEY)
    body = request_json(sent[0])
    assert sent[0].uri == "https://api.openai.com/v1/embeddings"
    assert body == {
        "model": "text-embedding-3-small",
        "input": ["hello", "world"],
        "encoding_format": "base64",
    }
    assert isinstance(reply, llmrouter.EmbeddingResponse)
    assert reply.embeddings == [[0.5, -0.25, 0.125, 1.0], [-1.0, 0.75, 0.0, 0.0625]]
    assert [item.index for item in reply.data] == [0, 1]
    assert reply.usage is not None and reply.usage.prompt_tokens == 2
    assert reply.provider == "openai"


async def test_embedding_base64_async() -> None:
    with use_cassette(cassette("embeddings_base64")) as sent:
        reply = await llmrouter.aembedding("openai/text-embedding-3-small", ["hello", "world"], api_key=KEY)
    assert request_json(sent[0])["encoding_format"] == "base64"
    assert reply.embeddings[1] == [-1.0, 0.75, 0.0, 0.0625]


def test_embedding_float_list() -> None:
    with use_cassette(cassette("embeddings_float")) as sent:
        reply = llmrouter.embedding(
            "openai/text-embedding-3-small",
            "hello",
            api_key=KEY,
            dimensions=4,
            extra_body={"encoding_format": "float"},
        )
    body = request_json(sent[0])
    assert body["input"] == ["hello"]
    assert body["dimensions"] == 4
    assert body["encoding_format"] == "float"
    assert reply.embeddings == [[0.5, -0.25, 0.125, 1.0]]
    assert reply.model == "text-embedding-3-small"


@pytest.mark.parametrize("bad", ["", [], ["ok", ""], [1, 2]])
def test_embedding_bad_input(bad: Any) -> None:
    with (
        use_cassette(cassette("embeddings_float")) as sent,
        pytest.raises(errors.InvalidRequestError) as caught,
    ):
        llmrouter.embedding("openai/text-embedding-3-small", bad, api_key=KEY)
    assert sent == []
    assert caught.value.param == "input"


def test_embedding_error_is_typed() -> None:
    with use_cassette(cassette("embeddings_error_401")), pytest.raises(errors.AuthenticationError) as caught:
        llmrouter.embedding("openai/text-embedding-3-small", "hello", api_key=KEY)
    assert caught.value.status == 401
    assert caught.value.provider == "openai"
    assert caught.value.request_id == "req_eb01eb01eb01eb01eb01eb01eb01eb01"
    assert caught.value.__cause__ is not None


# --------------------------------------------------------------------------------------------
# Errors
# --------------------------------------------------------------------------------------------

ERROR_CASES = [
    ("error_400", errors.InvalidRequestError, 400, "invalid_value", "req_e400e400e400e400e400e400e400e400"),
    (
        "error_400_context",
        errors.ContextWindowExceededError,
        400,
        "context_length_exceeded",
        "req_c0c0c0c0c0c0c0c0c0c0c0c0c0c0c0c0",
    ),
    ("error_401", errors.AuthenticationError, 401, "invalid_api_key", "req_e401e401e401e401e401e401e401e401"),
    (
        "error_403",
        errors.PermissionDeniedError,
        403,
        "unsupported_country_region_territory",
        "req_e403e403e403e403e403e403e403e403",
    ),
    ("error_404", errors.ModelNotFoundError, 404, "model_not_found", "req_e404e404e404e404e404e404e404e404"),
    ("error_429", errors.RateLimitError, 429, "rate_limit_exceeded", "req_e429e429e429e429e429e429e429e429"),
    ("error_500", errors.ProviderError, 500, "api_error", "req_e500e500e500e500e500e500e500e500"),
    ("error_502", errors.ProviderError, 502, "bad_gateway", "req_e502e502e502e502e502e502e502e502"),
    (
        "error_503",
        errors.ServiceUnavailableError,
        503,
        "service_unavailable",
        "req_e503e503e503e503e503e503e503e503",
    ),
]


def _check_error(
    error: errors.LLMRouterError, name: str, cls: type, status: int, code: str, request_id: str
) -> None:
    import openai

    assert type(error) is cls, f"{name}: got {type(error).__name__}"
    assert error.status == status
    assert error.code == code
    assert error.provider == "openai"
    assert error.model == "gpt-4o-mini"
    assert error.request_id == request_id
    assert isinstance(error.__cause__, openai.APIStatusError)
    assert error.__cause__.status_code == status
    recorded = recorded_bodies(name)[0]["error"]["message"]
    assert error.message == recorded
    for text in (str(error), repr(error), str(error.to_dict())):
        assert KEY not in text


@pytest.mark.parametrize(
    ("name", "cls", "status", "code", "request_id"), ERROR_CASES, ids=[c[0] for c in ERROR_CASES]
)
def test_http_errors_are_typed(name: str, cls: type, status: int, code: str, request_id: str) -> None:
    with use_cassette(cassette(name)) as sent, pytest.raises(errors.LLMRouterError) as caught:
        llmrouter.completion(MODEL, HELLO, api_key=KEY)
    assert len(sent) == 1  # num_retries defaults to 0: no retry
    _check_error(caught.value, name, cls, status, code, request_id)


@pytest.mark.parametrize(
    ("name", "cls", "status", "code", "request_id"), ERROR_CASES, ids=[c[0] for c in ERROR_CASES]
)
async def test_http_errors_are_typed_async(
    name: str, cls: type, status: int, code: str, request_id: str
) -> None:
    with use_cassette(cassette(name)), pytest.raises(errors.LLMRouterError) as caught:
        await llmrouter.acompletion(MODEL, HELLO, api_key=KEY)
    _check_error(caught.value, name, cls, status, code, request_id)


@pytest.mark.parametrize(
    ("name", "cls", "status", "code", "request_id"), ERROR_CASES, ids=[c[0] for c in ERROR_CASES]
)
def test_http_errors_are_typed_when_streaming(
    name: str, cls: type, status: int, code: str, request_id: str
) -> None:
    with use_cassette(cassette(name)), pytest.raises(errors.LLMRouterError) as caught:
        llmrouter.completion(MODEL, HELLO, api_key=KEY, stream=True)
    _check_error(caught.value, name, cls, status, code, request_id)


def test_rate_limit_reads_retry_after_and_is_retryable() -> None:
    with use_cassette(cassette("error_429")), pytest.raises(errors.RateLimitError) as caught:
        llmrouter.completion(MODEL, HELLO, api_key=KEY)
    assert caught.value.retry_after == 20.0
    assert caught.value.retryable is True
    assert caught.value.type == "requests"


def test_context_window_error_is_also_an_invalid_request_error() -> None:
    with use_cassette(cassette("error_400_context")), pytest.raises(errors.InvalidRequestError) as caught:
        llmrouter.completion(MODEL, HELLO, api_key=KEY)
    assert isinstance(caught.value, errors.ContextWindowExceededError)
    assert caught.value.param == "messages"


def test_error_hook_sees_the_typed_error() -> None:
    recorder = Recorder()
    with use_cassette(cassette("error_404")), pytest.raises(errors.ModelNotFoundError) as caught:
        llmrouter.completion(MODEL, HELLO, api_key=KEY, hooks=[recorder])
    assert len(recorder.errors) == 1
    ctx, error = recorder.errors[0]
    assert error is caught.value
    assert ctx.error is caught.value


def test_real_looking_key_never_appears_in_errors() -> None:
    key = "sk-proj-" + "A1b2C3d4E5f6G7h8I9j0" * 2
    with use_cassette(cassette("error_401")), pytest.raises(errors.AuthenticationError) as caught:
        llmrouter.completion(MODEL, HELLO, api_key=key)
    for text in (str(caught.value), repr(caught.value), json.dumps(caught.value.to_dict())):
        assert key not in text


def test_retry_after_429_then_succeeds() -> None:
    recorder = Recorder()
    with use_cassette(cassette("retry_429_then_200")) as sent:
        reply = llmrouter.completion(MODEL, HELLO, api_key=KEY, num_retries=2, hooks=[recorder])
    assert len(sent) == 2
    assert request_json(sent[0]) == request_json(sent[1])
    assert reply.content == "Hello!"
    assert len(recorder.contexts) == 1
    assert recorder.contexts[0].attempt == 2
    assert recorder.errors == []


async def test_retry_after_429_then_succeeds_async() -> None:
    recorder = Recorder()
    with use_cassette(cassette("retry_429_then_200")) as sent:
        reply = await llmrouter.acompletion(MODEL, HELLO, api_key=KEY, numRetries=2, hooks=[recorder])
    assert len(sent) == 2
    assert reply.content == "Hello!"
    assert recorder.contexts[0].attempt == 2


def test_retry_on_stream_open() -> None:
    recorder = Recorder()
    with use_cassette(cassette("retry_429_then_stream")) as sent:
        stream = llmrouter.completion(MODEL, HELLO, api_key=KEY, stream=True, num_retries=1, hooks=[recorder])
        text = "".join(chunk.content or "" for chunk in stream)
    assert len(sent) == 2
    assert all(request_json(r)["stream"] is True for r in sent)
    assert text == "Hello!"
    assert recorder.contexts and recorder.contexts[0].attempt == 2


async def test_retry_on_stream_open_async() -> None:
    recorder = Recorder()
    with use_cassette(cassette("retry_429_then_stream")) as sent:
        stream = await llmrouter.acompletion(
            MODEL, HELLO, api_key=KEY, stream=True, num_retries=1, hooks=[recorder]
        )
        final = await stream.get_final_completion()
    assert len(sent) == 2
    assert final.content == "Hello!"
    assert recorder.contexts[0].attempt == 2


def test_error_event_in_the_middle_of_a_stream() -> None:
    recorder = Recorder()
    with use_cassette(cassette("stream_error_midway")):
        stream = llmrouter.completion(MODEL, HELLO, api_key=KEY, stream=True, hooks=[recorder])
        received = []
        with pytest.raises(errors.ProviderError) as caught:
            for chunk in stream:
                received.append(chunk)
    assert [c.content for c in received] == ["", "Hel"]
    assert caught.value.provider == "openai"
    assert "server had an error" in caught.value.message
    assert caught.value.retryable
    assert stream.completion is not None and stream.completion.content == "Hel"
    assert len(recorder.errors) == 1 and recorder.errors[0][1] is caught.value


async def test_error_event_in_the_middle_of_a_stream_async() -> None:
    with use_cassette(cassette("stream_error_midway")):
        stream = await llmrouter.acompletion(MODEL, HELLO, api_key=KEY, stream=True)
        with pytest.raises(errors.ProviderError) as caught:
            await stream.get_final_completion()
    assert caught.value.provider == "openai"
    assert stream.completion is not None and stream.completion.content == "Hel"


def test_no_retry_without_num_retries() -> None:
    with use_cassette(cassette("retry_429_then_200")) as sent, pytest.raises(errors.RateLimitError) as caught:
        llmrouter.completion(MODEL, HELLO, api_key=KEY)
    assert len(sent) == 1
    assert caught.value.retry_after == 0.0


def test_non_retryable_error_is_not_retried() -> None:
    with use_cassette(cassette("error_400")) as sent, pytest.raises(errors.InvalidRequestError):
        llmrouter.completion(MODEL, HELLO, api_key=KEY, num_retries=3)
    assert len(sent) == 1


def test_missing_key_raises_before_any_request() -> None:
    with use_cassette(cassette("chat_plain")) as sent, pytest.raises(errors.AuthenticationError) as caught:
        llmrouter.completion(MODEL, HELLO)
    assert sent == []
    assert "OPENAI_API_KEY" in str(caught.value)
    assert caught.value.provider == "openai" and caught.value.status == 401


async def test_missing_key_raises_before_any_request_async() -> None:
    with use_cassette(cassette("chat_plain")) as sent, pytest.raises(errors.AuthenticationError) as caught:
        await llmrouter.acompletion(MODEL, HELLO, stream=True)
    assert sent == []
    assert "OPENAI_API_KEY" in str(caught.value)


def test_missing_key_for_embeddings() -> None:
    with (
        use_cassette(cassette("embeddings_float")) as sent,
        pytest.raises(errors.AuthenticationError) as caught,
    ):
        llmrouter.embedding("openai/text-embedding-3-small", "hello")
    assert sent == []
    assert "OPENAI_API_KEY" in str(caught.value)


def test_key_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", "test-env-key-0123456789")
    with use_cassette(cassette("chat_plain")) as sent:
        reply = llmrouter.completion(MODEL, HELLO)
    assert len(sent) == 1 and reply.content == "Hello!"


# --------------------------------------------------------------------------------------------
# Parameters: aliases, validation, no mutation
# --------------------------------------------------------------------------------------------


def test_camel_case_aliases_reach_the_wire() -> None:
    with use_cassette(cassette("chat_tools")) as sent:
        llmrouter.completion(
            MODEL,
            HELLO,
            api_key=KEY,
            maxTokens=64,
            tools=[WEATHER_TOOL],
            toolChoice="auto",
            userId="user-42",
            topP=0.5,
            frequencyPenalty=0.1,
        )
    body = request_json(sent[0])
    assert body["max_completion_tokens"] == 64 and "max_tokens" not in body and "maxTokens" not in body
    assert body["tool_choice"] == "auto" and "toolChoice" not in body
    assert body["user"] == "user-42" and "userId" not in body
    assert body["top_p"] == 0.5 and body["frequency_penalty"] == 0.1


async def test_camel_case_aliases_async() -> None:
    with use_cassette(cassette("chat_plain")) as sent:
        await llmrouter.acompletion(MODEL, HELLO, apiKey=KEY, maxCompletionTokens=10, user_id="u1")
    body = request_json(sent[0])
    assert body["max_completion_tokens"] == 10
    assert body["user"] == "u1"


def test_two_spellings_with_different_values_are_refused() -> None:
    with use_cassette(cassette("chat_plain")) as sent, pytest.raises(errors.InvalidRequestError) as caught:
        llmrouter.completion(MODEL, HELLO, api_key=KEY, max_tokens=10, maxTokens=20)
    assert sent == []
    assert caught.value.param == "max_tokens"


def test_extra_headers_and_extra_body_reach_the_wire() -> None:
    with use_cassette(cassette("chat_plain")) as sent:
        llmrouter.completion(
            MODEL,
            HELLO,
            api_key=KEY,
            extra_headers={"X-Trace": "t-1"},
            extra_body={"store": False, "prediction": None},
        )
    body = request_json(sent[0])
    assert body["store"] is False and body["prediction"] is None
    assert sent[0].headers.get("X-Trace") == "t-1" or sent[0].headers.get("x-trace") == "t-1"


def test_metadata_and_n_reach_the_wire() -> None:
    with use_cassette(cassette("chat_plain")) as sent:
        llmrouter.completion(
            MODEL, HELLO, api_key=KEY, metadata={"team": "a"}, n=2, logprobs=True, top_logprobs=3
        )
    body = request_json(sent[0])
    assert body["metadata"] == {"team": "a"}
    assert body["n"] == 2
    assert body["logprobs"] is True and body["top_logprobs"] == 3


def test_callers_messages_and_params_are_not_mutated() -> None:
    messages = [
        *_tool_result_history(),
        {
            "role": "user",
            "content": [
                {"type": "text", "text": "and now?"},
                {"type": "image_url", "image_url": {"url": PNG_DATA_URL}},
            ],
        },
    ]
    tools = [copy.deepcopy(WEATHER_TOOL)]
    stop = ["###", "END"]
    response_format = {
        "type": "json_schema",
        "json_schema": {"name": "city", "schema": copy.deepcopy(CITY_SCHEMA)},
    }
    before = copy.deepcopy((messages, tools, stop, response_format))
    with use_cassette(cassette("chat_tool_result")):
        llmrouter.completion(
            MODEL,
            messages,
            api_key=KEY,
            tools=tools,
            stop=stop,
            tool_choice="auto",
            response_format=response_format,
        )
    assert (messages, tools, stop, response_format) == before


async def test_callers_messages_are_not_mutated_async_stream() -> None:
    messages = [{"role": "system", "content": "Be brief."}, {"role": "user", "content": "Hi"}]
    before = copy.deepcopy(messages)
    with use_cassette(cassette("chat_stream")):
        stream = await llmrouter.acompletion(MODEL, messages, api_key=KEY, stream=True)
        await stream.get_final_completion()
    assert messages == before


BAD_INPUT = [
    ("not a list", {"role": "user", "content": "hi"}, {}, "messages"),
    ("a string", "hello", {}, "messages"),
    ("empty", [], {}, "messages"),
    ("not a dict", ["hello"], {}, "messages"),
    ("tool without id", [{"role": "tool", "content": "42"}], {}, "tool_call_id"),
    ("unknown role", [{"role": "wizard", "content": "hi"}], {}, "role"),
    ("user without content", [{"role": "user"}], {}, "content"),
    ("temperature 3", HELLO, {"temperature": 3}, "temperature"),
    ("temperature text", HELLO, {"temperature": "hot"}, "temperature"),
    ("max_tokens 0", HELLO, {"max_tokens": 0}, "max_tokens"),
    ("unknown parameter", HELLO, {"temprature": 0.5}, "temprature"),
    ("tools not a list", HELLO, {"tools": "get_weather"}, "tools"),
    (
        "tool name with space",
        HELLO,
        {"tools": [{"type": "function", "function": {"name": "get weather"}}]},
        "tools",
    ),
    ("stop not strings", HELLO, {"stop": [1, 2]}, "stop"),
    ("bad image part", [{"role": "user", "content": [{"type": "image_url"}]}], {}, "image_url"),
]


@pytest.mark.parametrize(
    ("label", "messages", "params", "mentions"), BAD_INPUT, ids=[b[0] for b in BAD_INPUT]
)
def test_bad_input_is_an_invalid_request_error(
    label: str, messages: Any, params: dict[str, Any], mentions: str
) -> None:
    with use_cassette(cassette("chat_plain")) as sent, pytest.raises(Exception) as caught:
        llmrouter.completion(MODEL, messages, api_key=KEY, **params)
    assert type(caught.value) is errors.InvalidRequestError, (
        f"{label}: {type(caught.value).__name__}: {caught.value}"
    )
    assert mentions in str(caught.value)
    assert caught.value.status == 400
    assert sent == []


@pytest.mark.parametrize(
    ("label", "messages", "params", "mentions"), BAD_INPUT[:6], ids=[b[0] for b in BAD_INPUT[:6]]
)
async def test_bad_input_is_an_invalid_request_error_async(
    label: str, messages: Any, params: dict[str, Any], mentions: str
) -> None:
    with use_cassette(cassette("chat_plain")) as sent, pytest.raises(errors.InvalidRequestError) as caught:
        await llmrouter.acompletion(MODEL, messages, api_key=KEY, **params)
    assert mentions in str(caught.value)
    assert sent == []


def test_unknown_model_prefix_is_model_not_found() -> None:
    with use_cassette(cassette("chat_plain")) as sent, pytest.raises(errors.ModelNotFoundError) as caught:
        llmrouter.completion("opneai/gpt-4o-mini", HELLO, api_key=KEY)
    assert sent == []
    assert "openai" in str(caught.value)  # suggests the spelling


def test_bare_model_names_resolve_to_openai() -> None:
    with use_cassette(cassette("chat_plain")) as sent:
        reply = llmrouter.completion("gpt-4o-mini", HELLO, api_key=KEY)
    assert request_json(sent[0])["model"] == "gpt-4o-mini"
    assert reply.provider == "openai"


# --------------------------------------------------------------------------------------------
# Lazy import
# --------------------------------------------------------------------------------------------


def test_import_does_not_load_openai_until_the_first_call() -> None:
    script = textwrap.dedent(
        f"""
        import sys
        import llmrouter
        from llmrouter.testing import block_network, use_cassette
        assert "openai" not in sys.modules, "import llmrouter loaded openai"
        with block_network(), use_cassette({str(cassette("chat_plain"))!r}):
            reply = llmrouter.completion("openai/gpt-4o-mini", [{{"role": "user", "content": "hi"}}], api_key="test-k")
        assert "openai" in sys.modules
        print("OK", reply.content)
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=120, check=False
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "OK Hello!"


# --------------------------------------------------------------------------------------------
# Regressions: bugs found while writing these tests, now fixed
# --------------------------------------------------------------------------------------------


def test_embedding_error_raised_by_llmrouter_is_not_its_own_cause() -> None:
    with (
        use_cassette(cassette("embeddings_float")) as sent,
        pytest.raises(errors.AuthenticationError) as caught,
    ):
        llmrouter.embedding("openai/text-embedding-3-small", "hello")
    assert sent == []
    assert caught.value.__cause__ is not caught.value


def test_chat_error_raised_by_llmrouter_is_not_its_own_cause() -> None:
    with use_cassette(cassette("chat_plain")), pytest.raises(errors.AuthenticationError) as caught:
        llmrouter.completion(MODEL, HELLO)
    assert caught.value.__cause__ is not caught.value


def test_reply_extras_on_tool_calls_are_not_sent_back_as_history() -> None:
    from llmrouter.types import Message

    history = [
        {"role": "user", "content": "weather?"},
        Message.model_validate(
            {
                "role": "assistant",
                "content": None,
                "tool_calls": [
                    {
                        "index": 0,
                        "id": "call_1",
                        "type": "function",
                        "function": {"name": "get_weather", "arguments": "{}"},
                        "vendor_sig": "x",
                    }
                ],
            }
        ),
        {"role": "tool", "tool_call_id": "call_1", "content": "sunny"},
    ]
    with use_cassette(cassette("chat_plain")) as sent:
        llmrouter.completion(MODEL, history, api_key=KEY)
    wire_call = request_json(sent[0])["messages"][1]["tool_calls"][0]
    assert wire_call == {
        "id": "call_1",
        "type": "function",
        "function": {"name": "get_weather", "arguments": "{}"},
    }
