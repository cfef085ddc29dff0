"""The mistral provider through the public API, replaying cassettes/mistral through the real
mistralai SDK (see cassettes/mistral/README.md for how each cassette was made)."""

from __future__ import annotations

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
from llmrouter.providers.mistral import _Translator, completion_from_reply
from llmrouter.request import ChatRequest, EmbeddingRequest
from llmrouter.streaming import StreamAssembler
from llmrouter.testing import request_json, use_cassette
from llmrouter.types import Message

KEY = "test-mistral-key-0123456789"
SMALL = "mistral/mistral-small-latest"
LARGE = "mistral/mistral-large-latest"
USER = [{"role": "user", "content": "What is the capital of France?"}]
WEATHER = {
    "type": "function",
    "function": {
        "name": "get_weather",
        "description": "Current weather for a city.",
        "parameters": {"type": "object", "properties": {"city": {"type": "string"}}, "required": ["city"]},
    },
}
TIME = {
    "type": "function",
    "function": {
        "name": "get_time",
        "description": "Current local time for a city.",
        "parameters": {"type": "object", "properties": {"city": {"type": "string"}}, "required": ["city"]},
    },
}


@pytest.fixture
def cassette(cassettes: Path) -> Any:
    def path(name: str) -> Path:
        return cassettes / "mistral" / f"{name}.yaml"

    return path


def assert_no_key(error: BaseException) -> None:
    assert KEY not in str(error) and KEY not in repr(error)


# -- plain replies ---------------------------------------------------------------------------


def test_plain_reply(cassette: Any) -> None:
    with use_cassette(cassette("plain"), filter_credentials=False) as sent:
        reply = llmrouter.completion(SMALL, USER, api_key=KEY)
    assert reply.provider == "mistral"
    assert reply.content == "The capital of France is Paris."
    assert reply.finish_reason == "stop"
    assert reply.id == "00000000000000000000000000000001" and reply.created == 1767225601
    assert reply.model == "mistral-small-latest"
    assert reply.usage is not None
    assert (reply.usage.prompt_tokens, reply.usage.completion_tokens, reply.usage.total_tokens) == (10, 8, 18)
    assert reply.usage.cached_tokens is None and reply.usage.reasoning_tokens is None
    assert reply.tool_calls == [] and reply.reasoning_content is None
    body = request_json(sent[0])
    assert body["model"] == "mistral-small-latest"
    assert body["messages"] == [{"role": "user", "content": "What is the capital of France?"}]
    assert body["stream"] is False
    assert sent[0].headers["authorization"] == f"Bearer {KEY}"


async def test_plain_reply_async(cassette: Any) -> None:
    with use_cassette(cassette("plain")) as sent:
        reply = await llmrouter.acompletion(SMALL, USER, api_key=KEY)
    assert reply.content == "The capital of France is Paris."
    assert reply.finish_reason == "stop"
    assert reply.usage is not None and reply.usage.total_tokens == 18
    assert len(sent) == 1 and request_json(sent[0])["model"] == "mistral-small-latest"


def test_key_from_environment(cassette: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MISTRAL_API_KEY", "env-mistral-key-987654321")
    with use_cassette(cassette("plain"), filter_credentials=False) as sent:
        reply = llmrouter.completion(SMALL, USER)
    assert reply.content == "The capital of France is Paris."
    assert sent[0].headers["authorization"] == "Bearer env-mistral-key-987654321"


def test_system_and_multi_turn(cassette: Any) -> None:
    messages = [
        {"role": "system", "content": "Answer in one word."},
        {"role": "user", "content": "Capital of France?"},
        {"role": "assistant", "content": "Paris"},
        {"role": "user", "content": "And of Italy?"},
    ]
    with use_cassette(cassette("system_multiturn")) as sent:
        reply = llmrouter.completion(SMALL, messages, api_key=KEY)
    assert reply.content == "Rome"
    assert reply.usage is not None and reply.usage.cached_tokens == 0  # reported as 0, kept as 0
    wire = request_json(sent[0])["messages"]
    assert [m["role"] for m in wire] == ["system", "user", "assistant", "user"]
    assert wire[0] == {"role": "system", "content": "Answer in one word."}
    assert wire[2]["content"] == "Paris"
    assert wire[3]["content"] == "And of Italy?"


async def test_developer_turns_become_system_turns_async(cassette: Any) -> None:
    messages = [
        {"role": "developer", "content": [{"type": "text", "text": "Answer in one word."}]},
        {"role": "user", "content": "Capital of France?"},
        {"role": "assistant", "content": "Paris"},
        {"role": "system", "content": "Stay brief."},
        {"role": "user", "content": "And of Italy?"},
    ]
    with use_cassette(cassette("system_multiturn")) as sent:
        reply = await llmrouter.acompletion(SMALL, messages, api_key=KEY)
    assert reply.content == "Rome"
    wire = request_json(sent[0])["messages"]
    # Mistral takes system turns in place: nothing is merged or moved.
    assert [m["role"] for m in wire] == ["system", "user", "assistant", "system", "user"]
    assert wire[0]["content"] == "Answer in one word." and wire[3]["content"] == "Stay brief."


# -- streaming -------------------------------------------------------------------------------


def test_stream_with_usage(cassette: Any) -> None:
    with use_cassette(cassette("stream_text")) as sent:
        stream = llmrouter.completion(
            SMALL, USER, api_key=KEY, stream=True, stream_options={"include_usage": True}
        )
        chunks = list(stream)
    assert request_json(sent[0])["stream"] is True
    assert chunks[0].choices[0].delta.role == "assistant"
    assert "".join(c.content or "" for c in chunks) == "The capital of France is Paris."
    assert chunks[-2].choices[0].finish_reason == "stop" and chunks[-2].usage is None
    assert chunks[-1].choices == [] and chunks[-1].usage is not None
    assert chunks[-1].usage.prompt_tokens == 10 and chunks[-1].usage.completion_tokens == 8
    assert all(c.id == "00000000000000000000000000000003" for c in chunks)
    assert stream.completion is not None and stream.completion.content == "The capital of France is Paris."


def test_stream_hides_usage_chunk_unless_asked(cassette: Any) -> None:
    with use_cassette(cassette("stream_text")):
        stream = llmrouter.completion(SMALL, USER, api_key=KEY, stream=True)
        chunks = list(stream)
    assert all(c.choices for c in chunks)
    assert chunks[-1].choices[0].finish_reason == "stop"
    assert stream.completion is not None
    assert stream.completion.usage is not None and stream.completion.usage.total_tokens == 18
    assert stream.completion.finish_reason == "stop"


async def test_stream_with_usage_async(cassette: Any) -> None:
    with use_cassette(cassette("stream_text")):
        stream = await llmrouter.acompletion(
            SMALL, USER, api_key=KEY, stream=True, stream_options={"include_usage": True}
        )
        chunks = [chunk async for chunk in stream]
    assert chunks[0].choices[0].delta.role == "assistant"
    assert chunks[-1].choices == [] and chunks[-1].usage is not None
    assert chunks[-2].choices[0].finish_reason == "stop"
    assert stream.completion is not None and stream.completion.content == "The capital of France is Paris."


async def test_stream_without_usage_async(cassette: Any) -> None:
    with use_cassette(cassette("stream_text")):
        stream = await llmrouter.acompletion(SMALL, USER, api_key=KEY, stream=True)
        reply = await stream.get_final_completion()
    assert stream.usage is not None and stream.usage.completion_tokens == 8
    assert reply.usage is not None and reply.usage.prompt_tokens == 10


def test_stream_closed_early_still_assembles(cassette: Any) -> None:
    with use_cassette(cassette("stream_text")):
        with llmrouter.completion(SMALL, USER, api_key=KEY, stream=True) as stream:
            first = next(stream)
            second = next(stream)
    assert first.choices[0].delta.role == "assistant"
    assert second.content == "The capital"
    assert stream.completion is not None and stream.completion.content == "The capital"
    assert stream.completion.finish_reason is None


# -- tools -----------------------------------------------------------------------------------


def test_tool_call_and_tool_result_round_trip(cassette: Any) -> None:
    messages: list[Any] = [{"role": "user", "content": "Weather in Paris?"}]
    with use_cassette(cassette("tools")) as sent:
        first = llmrouter.completion(LARGE, messages, api_key=KEY, tools=[WEATHER], tool_choice="auto")
        assert first.finish_reason == "tool_calls"
        assert first.content is None  # Mistral sends content "" with tool calls
        [call] = first.tool_calls
        assert call.id == "D681PevKs" and call.type == "function"
        assert call.function.name == "get_weather"
        assert json.loads(call.function.arguments) == {"city": "Paris"}
        assert first.message is not None
        messages += [
            first.message.to_message(),
            {"role": "tool", "tool_call_id": call.id, "content": "Sunny, 22C"},
        ]
        second = llmrouter.completion(LARGE, messages, api_key=KEY, tools=[WEATHER])
    assert second.content == "It is sunny and 22°C in Paris." and second.finish_reason == "stop"
    body = request_json(sent[0])
    assert body["tools"] == [WEATHER]
    assert body["tool_choice"] == "auto"
    wire = request_json(sent[1])["messages"]
    assert [m["role"] for m in wire] == ["user", "assistant", "tool"]
    assert wire[1]["tool_calls"] == [
        {
            "id": "D681PevKs",
            "type": "function",
            "index": 0,
            "function": {"name": "get_weather", "arguments": '{"city": "Paris"}'},
        }
    ]
    assert "content" not in wire[1]
    # the tool turn carries the function name, looked up from the assistant's call
    assert wire[2] == {
        "role": "tool",
        "content": "Sunny, 22C",
        "tool_call_id": "D681PevKs",
        "name": "get_weather",
    }


async def test_tool_call_round_trip_async(cassette: Any) -> None:
    messages: list[Any] = [{"role": "user", "content": "Weather in Paris?"}]
    with use_cassette(cassette("tools")) as sent:
        first = await llmrouter.acompletion(LARGE, messages, api_key=KEY, tools=[WEATHER], tool_choice="auto")
        assert first.message is not None
        messages += [
            first.message.to_message(),
            {"role": "tool", "tool_call_id": first.tool_calls[0].id, "content": "Sunny, 22C"},
        ]
        second = await llmrouter.acompletion(LARGE, messages, api_key=KEY, tools=[WEATHER])
    assert first.tool_calls[0].function.name == "get_weather"
    assert second.content == "It is sunny and 22°C in Paris."
    assert request_json(sent[1])["messages"][2]["name"] == "get_weather"


def test_streamed_tool_call(cassette: Any) -> None:
    with use_cassette(cassette("stream_tools")):
        stream = llmrouter.completion(
            LARGE,
            [{"role": "user", "content": "Weather in Paris?"}],
            api_key=KEY,
            tools=[WEATHER],
            tool_choice="auto",
            stream=True,
        )
        chunks = list(stream)
    deltas = [d for c in chunks for d in (c.choices[0].delta.tool_calls or ())]
    assert deltas[0].index == 0 and deltas[0].id == "D681PevKs" and deltas[0].type == "function"
    assert deltas[0].function is not None and deltas[0].function.name == "get_weather"
    assert deltas[0].function.arguments == ""
    assert deltas[1].id is None and deltas[1].function is not None
    assert deltas[1].function.arguments == '{"city": "Paris"}'
    assert chunks[-1].choices[0].finish_reason == "tool_calls"
    assert stream.completion is not None and stream.completion.content is None


def test_parallel_tool_calls(cassette: Any) -> None:
    with use_cassette(cassette("parallel_tools")) as sent:
        reply = llmrouter.completion(
            LARGE,
            [{"role": "user", "content": "Weather in Paris and time in Tokyo?"}],
            api_key=KEY,
            tools=[WEATHER, TIME],
            parallel_tool_calls=True,
        )
    assert [(c.id, c.function.name, json.loads(c.function.arguments)) for c in reply.tool_calls] == [
        ("Kq1mZ8rT2", "get_weather", {"city": "Paris"}),
        ("Xw4bN7pL9", "get_time", {"city": "Tokyo"}),
    ]
    assert reply.finish_reason == "tool_calls"
    assert request_json(sent[0])["parallel_tool_calls"] is True


async def test_parallel_tool_calls_streamed_whole_without_index_async(cassette: Any) -> None:
    with use_cassette(cassette("stream_parallel_tools")):
        stream = await llmrouter.acompletion(
            LARGE,
            [{"role": "user", "content": "Weather in Paris and time in Tokyo?"}],
            api_key=KEY,
            tools=[WEATHER, TIME],
            parallel_tool_calls=True,
            stream=True,
        )
        reply = await stream.get_final_completion()
    assert [(c.id, c.function.name, json.loads(c.function.arguments)) for c in reply.tool_calls] == [
        ("Kq1mZ8rT2", "get_weather", {"city": "Paris"}),
        ("Xw4bN7pL9", "get_time", {"city": "Tokyo"}),
    ]
    assert reply.finish_reason == "tool_calls"


@pytest.mark.parametrize(
    ("streamed", "unstreamed", "kwargs"),
    [
        ("stream_tools", "tools", {"tools": [WEATHER], "tool_choice": "auto"}),
        ("stream_parallel_tools", "parallel_tools", {"tools": [WEATHER, TIME], "parallel_tool_calls": True}),
    ],
)
def test_streamed_and_unstreamed_replies_agree(
    cassette: Any, streamed: str, unstreamed: str, kwargs: Any
) -> None:
    messages = [{"role": "user", "content": "Weather in Paris?"}]
    with use_cassette(cassette(unstreamed)):
        plain = llmrouter.completion(LARGE, messages, api_key=KEY, **kwargs)
    with use_cassette(cassette(streamed)):
        assembled = llmrouter.completion(
            LARGE, messages, api_key=KEY, stream=True, **kwargs
        ).get_final_completion()
    assert assembled.content == plain.content
    assert assembled.tool_calls == plain.tool_calls
    assert assembled.finish_reason == plain.finish_reason
    assert assembled.usage == plain.usage


@pytest.mark.parametrize(
    ("choice", "wire"),
    [
        ("auto", "auto"),
        ("none", "none"),
        ("required", "any"),
        (
            {"type": "function", "function": {"name": "get_weather"}},
            {"type": "function", "function": {"name": "get_weather"}},
        ),
    ],
)
def test_tool_choice_mapping(cassette: Any, choice: Any, wire: Any) -> None:
    order = ["auto", "none", "required", "named"]
    position = order.index(choice if isinstance(choice, str) else "named")
    with use_cassette(cassette("tool_choice")) as sent:
        replies = [
            llmrouter.completion(
                LARGE,
                [{"role": "user", "content": "Weather in Paris?"}],
                api_key=KEY,
                tools=[WEATHER],
                tool_choice=c,
            )
            for c in ["auto", "none", "required", {"type": "function", "function": {"name": "get_weather"}}]
        ]
    assert request_json(sent[position])["tool_choice"] == wire
    reply = replies[position]
    if choice == "none":
        assert reply.tool_calls == [] and reply.content == "I can check that for you."
    else:
        assert reply.finish_reason == "tool_calls" and reply.tool_calls[0].function.name == "get_weather"


async def test_tool_choice_required_async(cassette: Any) -> None:
    with use_cassette(cassette("tool_choice")) as sent:
        for choice in ("auto", "none", "required"):
            await llmrouter.acompletion(
                LARGE,
                [{"role": "user", "content": "Weather in Paris?"}],
                api_key=KEY,
                tools=[WEATHER],
                tool_choice=choice,
            )
    assert [request_json(r)["tool_choice"] for r in sent] == ["auto", "none", "any"]


# -- structured output -----------------------------------------------------------------------


class Person(BaseModel):
    name: str
    age: int


def test_json_schema_dict_and_pydantic_class(cassette: Any) -> None:
    schema = {"type": "object", "properties": {"name": {"type": "string"}, "age": {"type": "integer"}}}
    messages = [{"role": "user", "content": "Invent a person."}]
    with use_cassette(cassette("json_schema")) as sent:
        as_dict = llmrouter.completion(
            LARGE,
            messages,
            api_key=KEY,
            response_format={
                "type": "json_schema",
                "json_schema": {"name": "Person", "schema": schema, "strict": True},
            },
        )
        as_class = llmrouter.completion(LARGE, messages, api_key=KEY, response_format=Person)
        as_object = llmrouter.completion(
            LARGE, messages, api_key=KEY, response_format={"type": "json_object"}
        )
    assert json.loads(as_dict.content or "") == {"name": "Emma Johnson", "age": 28}
    assert as_dict.parsed is None
    assert isinstance(as_class.parsed, Person) and as_class.parsed == Person(name="Emma Johnson", age=28)
    assert json.loads(as_object.content or "")["age"] == 28
    assert request_json(sent[0])["response_format"] == {
        "type": "json_schema",
        "json_schema": {"name": "Person", "schema": schema, "strict": True},
    }
    wire = request_json(sent[1])["response_format"]
    assert wire["type"] == "json_schema" and wire["json_schema"]["name"] == "Person"
    assert wire["json_schema"]["strict"] is True
    assert wire["json_schema"]["schema"]["required"] == ["name", "age"]
    assert wire["json_schema"]["schema"]["additionalProperties"] is False
    assert request_json(sent[2])["response_format"] == {"type": "json_object"}


async def test_pydantic_class_async(cassette: Any) -> None:
    with use_cassette(cassette("json_schema")):
        reply = await llmrouter.acompletion(
            LARGE, [{"role": "user", "content": "Invent a person."}], api_key=KEY, response_format=Person
        )
    assert isinstance(reply.parsed, Person) and reply.parsed.age == 28


# -- images ----------------------------------------------------------------------------------


def image_message(url: str, detail: str | None = None) -> list[dict[str, Any]]:
    image: dict[str, Any] = {"url": url} | ({"detail": detail} if detail else {})
    return [
        {
            "role": "user",
            "content": [
                {"type": "text", "text": "What is in this image?"},
                {"type": "image_url", "image_url": image},
            ],
        }
    ]


def test_image_input_data_url_and_http_url(cassette: Any) -> None:
    data_url = "data:image/png;base64,iVBORw0KGgo="
    http_url = "https://upload.wikimedia.org/wikipedia/commons/e/e2/Eiffel_tower.jpg"
    with use_cassette(cassette("image")) as sent:
        first = llmrouter.completion("mistral/pixtral-12b-2409", image_message(data_url), api_key=KEY)
        second = llmrouter.completion(
            "mistral/pixtral-12b-2409", image_message(http_url, "high"), api_key=KEY
        )
    assert first.content == "A single red pixel." and second.content == "The Eiffel Tower."
    assert request_json(sent[0])["messages"][0]["content"] == [
        {"type": "text", "text": "What is in this image?"},
        {"type": "image_url", "image_url": data_url},
    ]
    assert request_json(sent[1])["messages"][0]["content"][1] == {
        "type": "image_url",
        "image_url": {"url": http_url, "detail": "high"},
    }


async def test_image_input_async(cassette: Any) -> None:
    with use_cassette(cassette("image")) as sent:
        reply = await llmrouter.acompletion(
            "mistral/pixtral-12b-2409", image_message("data:image/png;base64,iVBORw0KGgo="), api_key=KEY
        )
    assert reply.content == "A single red pixel."
    assert request_json(sent[0])["messages"][0]["content"][1]["image_url"].startswith(
        "data:image/png;base64,"
    )


# -- reasoning -------------------------------------------------------------------------------


def test_reasoning_with_signature_is_kept_and_sent_back(cassette: Any) -> None:
    messages: list[Any] = [{"role": "user", "content": "What is 2+2?"}]
    with use_cassette(cassette("reasoning")) as sent:
        first = llmrouter.completion(SMALL, messages, api_key=KEY, reasoning_effort="high")
        assert first.content == "4"
        assert first.reasoning_content == "The user asks for 2+2. That is 4."
        assert first.message is not None and first.message.thinking_blocks is not None
        [block] = first.message.thinking_blocks
        assert block.thinking == first.reasoning_content and block.signature == "c2lnLW1pc3RyYWwtNDA="
        assert first.usage is not None and first.usage.completion_tokens == 35
        assert first.usage.reasoning_tokens is None  # Mistral does not report a separate count
        messages += [first.message.to_message(), {"role": "user", "content": "And times 3?"}]
        second = llmrouter.completion(SMALL, messages, api_key=KEY, reasoning_effort="high")
    assert second.content == "12" and second.reasoning_content == "4*3=12."
    assert second.usage is not None and second.usage.cached_tokens == 28
    assert request_json(sent[0])["reasoning_effort"] == "high"
    assistant = request_json(sent[1])["messages"][1]
    assert assistant["role"] == "assistant"
    assert assistant["content"] == [
        {
            "type": "thinking",
            "thinking": [{"type": "text", "text": "The user asks for 2+2. That is 4."}],
            "signature": "c2lnLW1pc3RyYWwtNDA=",
        },
        {"type": "text", "text": "4"},
    ]


def test_reasoning_stream(cassette: Any) -> None:
    with use_cassette(cassette("reasoning_stream")):
        stream = llmrouter.completion(
            "mistral/magistral-medium-latest",
            [{"role": "user", "content": "What is 2+2?"}],
            api_key=KEY,
            stream=True,
        )
        chunks = list(stream)
    reasoning = [c.choices[0].delta.reasoning_content for c in chunks if c.choices[0].delta.reasoning_content]
    assert reasoning == ["The user asks", " for 2+2."]
    blocks = [b for c in chunks for b in (c.choices[0].delta.thinking_blocks or ())]
    assert [b.thinking for b in blocks] == ["The user asks for 2+2."]
    reply = stream.completion
    assert reply is not None
    assert reply.content == "The answer is 4." and reply.reasoning_content == "The user asks for 2+2."
    assert reply.finish_reason == "stop"
    assert reply.usage is not None and reply.usage.completion_tokens == 30


async def test_reasoning_stream_async(cassette: Any) -> None:
    with use_cassette(cassette("reasoning_stream")):
        stream = await llmrouter.acompletion(
            "mistral/magistral-medium-latest",
            [{"role": "user", "content": "What is 2+2?"}],
            api_key=KEY,
            stream=True,
        )
        reply = await stream.get_final_completion()
    assert reply.content == "The answer is 4." and reply.reasoning_content == "The user asks for 2+2."
    assert reply.message is not None and reply.message.thinking_blocks is not None


# -- embeddings ------------------------------------------------------------------------------


def test_embeddings(cassette: Any) -> None:
    with use_cassette(cassette("embeddings")) as sent:
        reply = llmrouter.embedding("mistral/mistral-embed", ["hello", "world"], api_key=KEY)
        sized = llmrouter.embedding("mistral/mistral-embed", ["hello", "world"], api_key=KEY, dimensions=8)
    assert reply.provider == "mistral" and reply.model == "mistral-embed"
    assert [d.index for d in reply.data] == [0, 1] and len(reply.embeddings[0]) == 8
    assert reply.usage is not None and (reply.usage.prompt_tokens, reply.usage.total_tokens) == (4, 4)
    assert request_json(sent[0]) == {"model": "mistral-embed", "input": ["hello", "world"]}
    assert request_json(sent[1])["output_dimension"] == 8
    assert sized.embeddings == reply.embeddings


async def test_embeddings_async(cassette: Any) -> None:
    with use_cassette(cassette("embeddings")) as sent:
        reply = await llmrouter.aembedding("mistral/mistral-embed", "hello", api_key=KEY)
    assert len(reply.data) == 2 and reply.usage is not None
    assert request_json(sent[0])["input"] == ["hello"]


# -- errors ----------------------------------------------------------------------------------

ERROR_CASES = [
    ("error_400", errors.InvalidRequestError, 400, "Assistant message must have either content"),
    ("error_401", errors.AuthenticationError, 401, "Unauthorized"),
    ("error_401_gateway", errors.AuthenticationError, 401, "Unauthorized"),
    ("error_404", errors.ModelNotFoundError, 404, "Model not found"),
    ("error_invalid_model", errors.ModelNotFoundError, 400, "Invalid model"),
    ("error_422", errors.InvalidRequestError, 422, "body.foo: Extra inputs are not permitted"),
    ("error_context", errors.ContextWindowExceededError, 400, "Prompt contains 140000 tokens"),
    ("error_429", errors.RateLimitError, 429, "Requests rate limit exceeded"),
    ("error_500", errors.ProviderError, 500, "Internal server error"),
    ("error_503", errors.ServiceUnavailableError, 503, "Service unavailable"),
]


def check_error(error: errors.LLMRouterError, cls: type, status: int, message: str) -> None:
    assert type(error) is cls
    assert error.status == status
    assert error.provider == "mistral" and error.model == "mistral-small-latest"
    assert error.message.startswith(message)
    assert error.request_id is not None
    assert error.__cause__ is not None and type(error.__cause__).__module__.startswith("mistralai")
    assert_no_key(error)


@pytest.mark.parametrize(("name", "cls", "status", "message"), ERROR_CASES)
def test_errors_are_typed(cassette: Any, name: str, cls: type, status: int, message: str) -> None:
    with use_cassette(cassette(name)), pytest.raises(errors.LLMRouterError) as caught:
        llmrouter.completion(SMALL, USER, api_key=KEY)
    check_error(caught.value, cls, status, message)
    if status == 429:
        assert caught.value.retry_after == 7.0 and caught.value.code == "rate_limit_exceeded"
        assert caught.value.details == {"vendor_code": "1300"}  # Mistral's numeric code, kept
    if name == "error_404":
        assert caught.value.code == "model_not_found" and caught.value.param == "model"
    if name == "error_context":
        assert caught.value.code == "context_length_exceeded"


@pytest.mark.parametrize(("name", "cls", "status", "message"), ERROR_CASES)
async def test_errors_are_typed_async(cassette: Any, name: str, cls: type, status: int, message: str) -> None:
    with use_cassette(cassette(name)), pytest.raises(errors.LLMRouterError) as caught:
        await llmrouter.acompletion(SMALL, USER, api_key=KEY)
    check_error(caught.value, cls, status, message)


def test_stream_error_raises_from_completion(cassette: Any) -> None:
    with use_cassette(cassette("error_429_stream")), pytest.raises(errors.RateLimitError) as caught:
        llmrouter.completion(SMALL, USER, api_key=KEY, stream=True)
    assert caught.value.retry_after == 7.0 and caught.value.status == 429
    assert_no_key(caught.value)


async def test_stream_error_raises_from_acompletion(cassette: Any) -> None:
    with use_cassette(cassette("error_429_stream")), pytest.raises(errors.RateLimitError) as caught:
        await llmrouter.acompletion(SMALL, USER, api_key=KEY, stream=True)
    assert caught.value.retry_after == 7.0


async def test_embedding_errors_are_typed(cassette: Any) -> None:
    with use_cassette(cassette("error_401_embeddings")), pytest.raises(errors.AuthenticationError) as caught:
        llmrouter.embedding("mistral/mistral-embed", "hello", api_key=KEY)
    assert caught.value.status == 401 and caught.value.provider == "mistral"
    assert_no_key(caught.value)
    with use_cassette(cassette("error_401_embeddings")), pytest.raises(errors.AuthenticationError):
        await llmrouter.aembedding("mistral/mistral-embed", "hello", api_key=KEY)


def test_missing_key_fails_before_any_request(cassette: Any) -> None:
    with use_cassette(cassette("plain")) as sent, pytest.raises(errors.AuthenticationError) as caught:
        llmrouter.completion(SMALL, USER)
    assert "MISTRAL_API_KEY" in str(caught.value) and caught.value.provider == "mistral"
    assert sent == []
    with use_cassette(cassette("stream_text")) as sent, pytest.raises(errors.AuthenticationError):
        llmrouter.completion(SMALL, USER, stream=True)
    assert sent == []


async def test_missing_key_fails_before_any_request_async(cassette: Any) -> None:
    with use_cassette(cassette("embeddings")) as sent, pytest.raises(errors.AuthenticationError) as caught:
        await llmrouter.aembedding("mistral/mistral-embed", "hello")
    assert "MISTRAL_API_KEY" in str(caught.value)
    assert sent == []


# -- parameters ------------------------------------------------------------------------------


def test_parameters_on_the_wire(cassette: Any) -> None:
    with use_cassette(cassette("plain")) as sent:
        llmrouter.completion(
            SMALL,
            USER,
            api_key=KEY,
            temperature=1.2,
            top_p=0.9,
            max_tokens=64,
            stop="END",
            seed=7,
            presence_penalty=0.5,
            frequency_penalty=0.25,
            metadata={"team": "qa"},
            extra_body={"safe_prompt": True},
            extra_headers={"x-trace": "abc"},
        )
    body = request_json(sent[0])
    assert body["temperature"] == 1.2 and body["top_p"] == 0.9 and body["max_tokens"] == 64
    assert body["stop"] == ["END"]
    assert body["random_seed"] == 7 and "seed" not in body
    assert body["presence_penalty"] == 0.5 and body["frequency_penalty"] == 0.25
    assert body["metadata"] == {"team": "qa"}
    assert body["safe_prompt"] is True
    assert sent[0].headers["x-trace"] == "abc"


@pytest.mark.parametrize("param", [{"user": "u-1"}, {"logprobs": True}])
def test_unsupported_parameter_is_refused_or_dropped(cassette: Any, param: dict[str, Any]) -> None:
    with use_cassette(cassette("plain")) as sent, pytest.raises(errors.UnsupportedParameterError) as caught:
        llmrouter.completion(SMALL, USER, api_key=KEY, **param)
    assert caught.value.param == next(iter(param)) and sent == []
    with use_cassette(cassette("plain")) as sent:
        reply = llmrouter.completion(SMALL, USER, api_key=KEY, drop_params=True, **param)
    assert reply.content == "The capital of France is Paris."
    assert next(iter(param)) not in request_json(sent[0])


async def test_temperature_above_mistral_range_is_refused_before_io(cassette: Any) -> None:
    with use_cassette(cassette("plain")) as sent, pytest.raises(errors.InvalidRequestError) as caught:
        await llmrouter.acompletion(SMALL, USER, api_key=KEY, temperature=1.6)
    assert caught.value.param == "temperature" and caught.value.provider == "mistral"
    assert sent == []


def test_unknown_extra_body_field_is_refused(cassette: Any) -> None:
    with use_cassette(cassette("plain")) as sent, pytest.raises(errors.InvalidRequestError) as caught:
        llmrouter.completion(SMALL, USER, api_key=KEY, extra_body={"no_such_field": 1})
    assert "no_such_field" in str(caught.value)
    assert sent == []


def test_clients_are_cached_with_sdk_retries_off_and_the_timeout_sent_per_call() -> None:
    provider: Any = get_provider("mistral")
    request = ChatRequest(model="mistral-small-latest", messages=[], api_key=KEY, timeout=12.5)
    client = provider.client(request)
    assert provider.client(request) is client
    assert provider.client(dataclasses.replace(request, timeout=0.5)) is client  # one client for all
    assert client.sdk_configuration.retry_config is None
    assert client.sdk_configuration.timeout_ms is None
    method = client.chat.complete
    assert provider._call_kwargs(request, method)["timeout_ms"] == 12500  # the attempt's own timeout
    embedding = EmbeddingRequest(model="mistral-embed", input=["x"], api_key=KEY, timeout=0.25)
    assert provider._embed_kwargs(embedding, client.embeddings.create)["timeout_ms"] == 250
    assert KEY not in repr(provider)


def test_importing_llmrouter_imports_no_vendor_sdk() -> None:
    code = (
        "import sys, llmrouter, llmrouter.providers.mistral as m; "
        "assert 'mistralai' not in sys.modules, 'mistralai imported eagerly'; print('ok')"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"


# -- the translator itself (vendor shapes the recordings do not show) ------------------------


def assemble(chunks: list[Any]) -> Any:
    translator = _Translator("mistral-small-latest")
    assembler = StreamAssembler()
    out = []
    for chunk in chunks:
        out += translator.feed(chunk)
    out += translator.end()
    for chunk in out:
        assembler.add(chunk)
    return out, assembler.result()


def chunk(delta: dict[str, Any], finish: str | None = None, **extra: Any) -> dict[str, Any]:
    return {
        "id": "abc",
        "created": 1,
        "model": "mistral-small-latest",
        "choices": [{"index": 0, "delta": delta, "finish_reason": finish}],
        **extra,
    }


def test_tool_call_without_id_gets_a_stable_id_and_dict_arguments_become_json() -> None:
    calls = [{"function": {"name": "get_weather", "arguments": {"city": "Paris"}}}]
    _, first = assemble([chunk({"role": "assistant", "tool_calls": calls}, "stop")])
    _, again = assemble([chunk({"role": "assistant", "tool_calls": calls}, "stop")])
    [call] = first.tool_calls
    assert call.id.startswith("call_") and len(call.id) == len("call_") + 24
    assert call.id == again.tool_calls[0].id
    assert call.function.arguments == '{"city":"Paris"}'
    assert first.finish_reason == "tool_calls"  # Mistral said "stop", but the reply has a call


def test_fragmented_tool_arguments_by_index_are_joined() -> None:
    _, reply = assemble(
        [
            chunk({"role": "assistant", "content": ""}),
            chunk({"tool_calls": [{"id": "a1", "index": 0, "function": {"name": "f", "arguments": '{"x"'}}]}),
            chunk({"tool_calls": [{"id": "b2", "index": 1, "function": {"name": "g", "arguments": "{}"}}]}),
            chunk({"tool_calls": [{"index": 0, "function": {"name": "", "arguments": ": 1}"}}]}),
            chunk({}, "tool_calls", usage={"prompt_tokens": 3, "completion_tokens": 4, "total_tokens": 7}),
        ]
    )
    assert [(c.id, c.function.name, c.function.arguments) for c in reply.tool_calls] == [
        ("a1", "f", '{"x": 1}'),
        ("b2", "g", "{}"),
    ]
    assert reply.usage.total_tokens == 7


@pytest.mark.parametrize(
    ("vendor", "ours"),
    [("stop", "stop"), ("length", "length"), ("model_length", "length"), ("tool_calls", "tool_calls")],
)
def test_finish_reasons(vendor: str, ours: str) -> None:
    chunks, reply = assemble([chunk({"role": "assistant", "content": "hi"}, vendor)])
    assert reply.finish_reason == ours
    assert chunks[-1].choices[0].finish_reason == ours  # no usage reported -> no usage chunk
    assert reply.usage is None


def test_error_finish_reason_raises_a_retryable_provider_error() -> None:
    with pytest.raises(errors.ProviderError) as caught:
        assemble([chunk({"role": "assistant", "content": "par"}, "error")])
    assert caught.value.retryable


def test_a_stream_that_never_finishes_is_closed_with_a_finish_reason() -> None:
    chunks, reply = assemble([chunk({"role": "assistant", "content": "Hel"}), chunk({"content": "lo"})])
    assert chunks[-1].choices[0].finish_reason == "stop"
    assert reply.content == "Hello"


def test_unstreamed_reply_with_cached_tokens_from_num_cached_tokens() -> None:
    reply = completion_from_reply(
        {
            "id": "x",
            "created": 2,
            "model": "m",
            "choices": [
                {"index": 0, "finish_reason": "stop", "message": {"role": "assistant", "content": "ok"}}
            ],
            "usage": {
                "prompt_tokens": 77,
                "completion_tokens": 12,
                "total_tokens": 89,
                "num_cached_tokens": 76,
            },
        },
        "m",
    )
    assert reply.usage is not None and reply.usage.cached_tokens == 76 and reply.usage.prompt_tokens == 77


def test_history_without_thinking_blocks_sends_plain_text() -> None:
    from llmrouter.providers.mistral import build_messages

    wire = build_messages(
        [
            Message(role="user", content="hi"),
            Message(role="assistant", content="hello", reasoning_content="from another vendor"),
            Message(role="assistant", content=None, tool_calls=None),
        ]
    )
    assert wire[1] == {"role": "assistant", "content": "hello"}
    assert wire[2] == {"role": "assistant", "content": ""}


def test_extra_body_cannot_replace_the_messages(cassette: Any) -> None:
    with use_cassette(cassette("plain")) as sent, pytest.raises(errors.InvalidRequestError) as caught:
        llmrouter.completion(SMALL, USER, api_key=KEY, extra_body={"messages": []})
    assert caught.value.param == "messages" and sent == []


def test_sdk_validation_errors_become_invalid_request_errors(cassette: Any) -> None:
    with use_cassette(cassette("plain")) as sent, pytest.raises(errors.InvalidRequestError) as caught:
        llmrouter.completion(SMALL, USER, api_key=KEY, extra_body={"safe_prompt": {"not": "a bool"}})
    assert "safe_prompt" in str(caught.value) and caught.value.provider == "mistral"
    assert sent == []


# -- the body is parsed once, by us (the SDK sends the request and raises error statuses) ------


def refuse_sdk_reply_models(monkeypatch: pytest.MonkeyPatch) -> None:
    """Makes the SDK's parsing of chat replies and stream events fail the test."""
    from mistralai.client import chat as sdk_chat
    from mistralai.client import models

    parse = sdk_chat.unmarshal_json_response

    def guarded(typ: Any, *args: Any, **kwargs: Any) -> Any:
        if typ in (models.ChatCompletionResponse, models.CompletionEvent):
            raise AssertionError(f"the SDK parsed a {typ.__name__} we read ourselves")
        return parse(typ, *args, **kwargs)

    monkeypatch.setattr(sdk_chat, "unmarshal_json_response", guarded)


async def test_replies_and_streams_are_read_from_the_body_not_the_sdk_models(
    cassette: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    refuse_sdk_reply_models(monkeypatch)
    with use_cassette(cassette("plain")):
        reply = llmrouter.completion(SMALL, USER, api_key=KEY)
    with use_cassette(cassette("plain")):
        areply = await llmrouter.acompletion(SMALL, USER, api_key=KEY)
    assert reply.content == areply.content == "The capital of France is Paris."
    assert reply.usage is not None and reply.usage.total_tokens == 18
    with use_cassette(cassette("stream_text")):
        stream = llmrouter.completion(SMALL, USER, api_key=KEY, stream=True)
        texts = [chunk.content or "" for chunk in stream]
    assert "".join(texts) == "The capital of France is Paris."
    with use_cassette(cassette("error_429")), pytest.raises(errors.RateLimitError) as caught:
        llmrouter.completion(SMALL, USER, api_key=KEY)  # error statuses: still the SDK's exception
    assert type(caught.value.__cause__).__module__.startswith("mistralai")


def test_a_client_without_the_sdk_hooks_registry_translates_the_sdk_models(
    cassette: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from llmrouter.providers.mistral import MistralProvider
    from llmrouter.providers.mistral import provider as module

    monkeypatch.setattr(module, "_install_reply_hook", lambda client: None)
    request = ChatRequest(model="mistral-small-latest", messages=[Message(**USER[0])], api_key=KEY)
    with use_cassette(cassette("plain")):
        reply = MistralProvider().complete(request)
    assert reply.content == "The capital of France is Paris." and reply.finish_reason == "stop"
    assert reply.usage is not None and (reply.usage.prompt_tokens, reply.usage.completion_tokens) == (10, 8)


@pytest.mark.parametrize(
    ("body", "cls", "status"),
    [
        (
            '{"object": "error", "message": "Rate limit", "type": "rate_limit_error", "code": "429"}',
            errors.RateLimitError,
            429,
        ),
        (
            '{"object": "error", "message": "Boom", "type": "server_error", "code": null}',
            errors.ProviderError,
            500,
        ),
        ('{"status": "ok"}', errors.ProviderError, 502),
        ('{"id": "x", "choices": [1]}', errors.ProviderError, 502),
        ("not json", errors.ProviderError, 502),
    ],
)
def test_a_200_body_that_is_not_a_reply_is_its_error_or_an_invalid_response(
    body: str, cls: type, status: int
) -> None:
    from llmrouter.providers.mistral import MistralProvider

    request = ChatRequest(model="mistral-small-latest", messages=[], api_key=KEY)
    with pytest.raises(errors.LLMRouterError) as caught:
        MistralProvider()._payload(request, body, {"mistral-correlation-id": "c-1"}, "not a chat reply")
    assert type(caught.value) is cls and caught.value.status == status
    assert caught.value.request_id == "c-1"
    if status == 502:
        assert caught.value.code == "invalid_response"
