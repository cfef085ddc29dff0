"""The cohere provider, through the public API, replaying cassettes/cohere/*.yaml via the real SDK.

Every behaviour test runs sync and async (``mode`` parameter)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml
from pydantic import BaseModel

import llmrouter
from llmrouter import errors
from llmrouter.providers import get_provider
from llmrouter.providers.base import ChatRequest
from llmrouter.testing import request_json, use_cassette
from llmrouter.types import ChatCompletion, ChatCompletionChunk, Message

KEY = "test-cohere-key-0123456789"
MODEL = "cohere/command-a-03-2025"
HELLO = [{"role": "user", "content": "Say hello."}]
WEATHER = {
    "type": "function",
    "function": {
        "name": "get_weather",
        "description": "Get the current weather for a city.",
        "parameters": {"type": "object", "properties": {"city": {"type": "string"}}, "required": ["city"]},
    },
}
TIME = {
    "type": "function",
    "function": {
        "name": "get_time",
        "description": "Get the local time in a city.",
        "parameters": {"type": "object", "properties": {"city": {"type": "string"}}, "required": ["city"]},
    },
}

MODES = pytest.mark.parametrize("mode", ["sync", "async"])


@pytest.fixture
def cdir(cassettes: Path) -> Path:
    return cassettes / "cohere"


async def chat(mode: str, model: str = MODEL, messages: Any = HELLO, **params: Any) -> ChatCompletion:
    params.setdefault("api_key", KEY)
    if mode == "async":
        return await llmrouter.acompletion(model, messages, **params)
    return llmrouter.completion(model, messages, **params)


async def stream(
    mode: str, model: str = MODEL, messages: Any = HELLO, **params: Any
) -> tuple[list[ChatCompletionChunk], ChatCompletion]:
    params.setdefault("api_key", KEY)
    if mode == "async":
        astream = await llmrouter.acompletion(model, messages, stream=True, **params)
        chunks = [chunk async for chunk in astream]
        assert astream.completion is not None
        return chunks, astream.completion
    sstream = llmrouter.completion(model, messages, stream=True, **params)
    chunks = list(sstream)
    assert sstream.completion is not None
    return chunks, sstream.completion


def wire(sent: list[Any], index: int = 0) -> dict[str, Any]:
    body = request_json(sent[index])
    assert isinstance(body, dict)
    return body


# --------------------------------------------------------------------------------------------
# Replies
# --------------------------------------------------------------------------------------------


@MODES
async def test_plain_reply(mode: str, cdir: Path) -> None:
    with use_cassette(cdir / "plain.yaml") as sent:
        reply = await chat(mode, temperature=0.2, seed=7)
    assert reply.provider == "cohere"
    assert reply.id == "c14c80c3-18eb-4519-9460-6c92edd8cfb4"
    assert reply.model == "command-a-03-2025"
    assert reply.content == "Hello! How can I help you today?"
    assert reply.finish_reason == "stop"
    assert reply.tool_calls == []
    assert reply.reasoning_content is None
    assert reply.usage is not None
    assert (reply.usage.prompt_tokens, reply.usage.completion_tokens, reply.usage.total_tokens) == (
        496,
        10,
        506,
    )
    assert reply.usage.cached_tokens is None and reply.usage.reasoning_tokens is None
    assert reply.usage.billed_units == {"input_tokens": 3, "output_tokens": 10}
    body = wire(sent)
    assert sent[0].path == "/v2/chat"
    assert body["model"] == "command-a-03-2025"
    assert body["messages"] == [{"role": "user", "content": "Say hello."}]
    assert body["temperature"] == 0.2 and body["seed"] == 7
    assert body["stream"] is False
    assert "max_retries" not in body and "request_options" not in body


@MODES
async def test_system_and_multi_turn(mode: str, cdir: Path) -> None:
    messages = [
        {"role": "system", "content": "You are terse."},
        {"role": "user", "content": "My name is Ada."},
        {"role": "assistant", "content": "Noted, Ada."},
        {"role": "developer", "content": "Answer in English."},
        {"role": "user", "content": [{"type": "text", "text": "What is my name?"}]},
    ]
    with use_cassette(cdir / "system_multiturn.yaml") as sent:
        reply = await chat(mode, messages=messages)
    assert reply.content == "Your name is Ada."
    assert wire(sent)["messages"] == [
        {"role": "system", "content": "You are terse.\n\nAnswer in English."},
        {"role": "user", "content": "My name is Ada."},
        {"role": "assistant", "content": "Noted, Ada."},
        {"role": "user", "content": [{"type": "text", "text": "What is my name?"}]},
    ]


@MODES
async def test_streaming_with_usage_chunk(mode: str, cdir: Path) -> None:
    with use_cassette(cdir / "stream.yaml") as sent:
        chunks, completion = await stream(mode, stream_options={"include_usage": True})
    assert wire(sent)["stream"] is True
    assert chunks[0].choices[0].delta.role == "assistant"
    assert all(c.id == "2f8e6a1c-7b3d-4e5f-9a0b-1c2d3e4f5a6b" for c in chunks)
    assert "".join(c.content or "" for c in chunks) == "Hello! How can I help?"
    finish = [c for c in chunks if c.choices and c.choices[0].finish_reason]
    assert len(finish) == 1 and finish[0].choices[0].finish_reason == "stop"
    assert chunks[-1].choices == [] and chunks[-1].usage is not None
    assert (chunks[-1].usage.prompt_tokens, chunks[-1].usage.completion_tokens) == (496, 8)
    assert completion.content == "Hello! How can I help?"
    assert completion.usage is not None and completion.usage.total_tokens == 504


@MODES
async def test_streaming_without_usage_hides_the_usage_chunk(mode: str, cdir: Path) -> None:
    with use_cassette(cdir / "stream.yaml"):
        chunks, completion = await stream(mode)
    assert all(c.choices for c in chunks)
    assert chunks[-1].choices[0].finish_reason == "stop"
    assert completion.usage is not None and completion.usage.prompt_tokens == 496
    assert completion.finish_reason == "stop"


def test_closing_a_stream_early_keeps_what_arrived(cdir: Path) -> None:
    with use_cassette(cdir / "stream.yaml"):
        s = llmrouter.completion(MODEL, HELLO, stream=True, api_key=KEY)
        first = next(s)
        second = next(s)
        s.close()
    assert first.choices[0].delta.role == "assistant"
    assert s.completion is not None
    assert s.completion.content == (first.content or "") + (second.content or "")
    assert s.completion.finish_reason is None


@MODES
async def test_max_tokens_maps_to_length(mode: str, cdir: Path) -> None:
    with use_cassette(cdir / "max_tokens.yaml") as sent:
        reply = await chat(mode, max_tokens=3, stop=["\n\n"], top_p=1.0)
    assert reply.finish_reason == "length"
    body = wire(sent)
    assert body["max_tokens"] == 3
    assert body["stop_sequences"] == ["\n\n"]
    assert body["p"] == 0.99  # Cohere's maximum; top_p=1.0 means "no nucleus cut"


@MODES
async def test_stream_finishing_with_error_raises(mode: str, cdir: Path) -> None:
    with use_cassette(cdir / "stream_error_finish.yaml"), pytest.raises(errors.ProviderError) as caught:
        await stream(mode)
    assert "internal error during generation" in str(caught.value)
    assert caught.value.provider == "cohere"


# --------------------------------------------------------------------------------------------
# Tools
# --------------------------------------------------------------------------------------------


@MODES
async def test_tool_call_and_tool_result_round_trip(mode: str, cdir: Path) -> None:
    question = {"role": "user", "content": "Weather in Paris?"}
    with use_cassette(cdir / "tools.yaml") as sent:
        first = await chat(mode, messages=[question], tools=[WEATHER])
        assert first.finish_reason == "tool_calls"
        assert first.content is None
        assert first.message is not None
        assert first.message.tool_plan == "I will use the get_weather tool to find the weather in Paris."
        [call] = first.tool_calls
        assert call.id == "get_weather_9gpb31r7h7mj"
        assert call.function.name == "get_weather"
        assert json.loads(call.function.arguments) == {"city": "Paris"}
        history = [
            question,
            first.message.model_dump(),
            {"role": "tool", "tool_call_id": call.id, "content": "Sunny, 22C"},
        ]
        second = await chat(mode, messages=history, tools=[WEATHER])
    assert wire(sent, 0)["tools"] == [WEATHER]
    body = wire(sent, 1)
    assert body["messages"][1] == {
        "role": "assistant",
        "tool_plan": "I will use the get_weather tool to find the weather in Paris.",
        "tool_calls": [
            {
                "id": "get_weather_9gpb31r7h7mj",
                "type": "function",
                "function": {"name": "get_weather", "arguments": '{"city": "Paris"}'},
            }
        ],
    }
    assert body["messages"][2] == {
        "role": "tool",
        "tool_call_id": "get_weather_9gpb31r7h7mj",
        "content": "Sunny, 22C",
    }
    assert second.content == "It is sunny and 22C in Paris."
    assert second.finish_reason == "stop"
    assert second.message is not None and second.message.citations[0]["text"] == "sunny"


@MODES
async def test_parallel_tool_calls(mode: str, cdir: Path) -> None:
    with use_cassette(cdir / "parallel_tools.yaml") as sent:
        reply = await chat(
            mode,
            messages=[{"role": "user", "content": "Time and weather in Tokyo?"}],
            tools=[WEATHER, TIME],
            parallel_tool_calls=True,
        )
    assert reply.finish_reason == "tool_calls"
    assert [(c.id, c.function.name, json.loads(c.function.arguments)) for c in reply.tool_calls] == [
        ("get_time_dp3men9jrvhf", "get_time", {"city": "Tokyo"}),
        ("get_weather_d7arjgsc96yf", "get_weather", {"city": "Tokyo"}),
    ]
    assert "parallel_tool_calls" not in wire(sent)


@MODES
async def test_streamed_parallel_tool_calls(mode: str, cdir: Path) -> None:
    with use_cassette(cdir / "stream_parallel_tools.yaml"):
        chunks, completion = await stream(
            mode, messages=[{"role": "user", "content": "Time and weather in Tokyo?"}], tools=[WEATHER, TIME]
        )
    plan = "".join(getattr(c.choices[0].delta, "tool_plan", None) or "" for c in chunks if c.choices)
    assert plan == "I will look up the time and weather."
    deltas = [d for c in chunks if c.choices for d in c.choices[0].delta.tool_calls or ()]
    starts = [d for d in deltas if d.id]
    assert [(d.index, d.id, d.type, d.function and d.function.name) for d in starts] == [
        (0, "get_time_dg5wwc00d8v5", "function", "get_time"),
        (1, "get_weather_bc8241gkqss5", "function", "get_weather"),
    ]
    fragments = [d for d in deltas if not d.id]
    assert fragments and all(
        d.function is not None and d.function.name is None and d.type is None for d in fragments
    )
    assert completion.content is None
    assert completion.finish_reason == "tool_calls"
    assert [(c.function.name, json.loads(c.function.arguments)) for c in completion.tool_calls] == [
        ("get_time", {"city": "Tokyo"}),
        ("get_weather", {"city": "Tokyo"}),
    ]


@MODES
async def test_tool_choice_mapping(mode: str, cdir: Path) -> None:
    rome = [{"role": "user", "content": "Weather in Rome?"}]
    with use_cassette(cdir / "tool_choice.yaml") as sent:
        none = await chat(mode, messages=rome, tools=[WEATHER, TIME], tool_choice="none")
        required = await chat(mode, messages=rome, tools=[WEATHER, TIME], tool_choice="required")
        named = await chat(
            mode,
            messages=rome,
            tools=[WEATHER, TIME],
            tool_choice={"type": "function", "function": {"name": "get_time"}},
        )
        auto = await chat(mode, messages=rome, tools=[WEATHER, TIME], tool_choice="auto")
    bodies = [wire(sent, i) for i in range(4)]
    assert bodies[0]["tool_choice"] == "NONE"
    assert bodies[1]["tool_choice"] == "REQUIRED"
    # A named choice is emulated: only that tool is offered, and a call is required.
    assert bodies[2]["tool_choice"] == "REQUIRED"
    assert [t["function"]["name"] for t in bodies[2]["tools"]] == ["get_time"]
    assert "tool_choice" not in bodies[3]
    assert [t["function"]["name"] for t in bodies[3]["tools"]] == ["get_weather", "get_time"]
    assert none.tool_calls == [] and none.finish_reason == "stop"
    assert [c.function.name for c in required.tool_calls] == ["get_weather"]
    assert [c.function.name for c in named.tool_calls] == ["get_time"]
    assert auto.finish_reason == "tool_calls"


def test_required_tool_choice_without_tools_is_refused_before_any_request(cdir: Path) -> None:
    with (
        use_cassette(cdir / "plain.yaml") as sent,
        pytest.raises(errors.InvalidRequestError, match="needs tools"),
    ):
        llmrouter.completion(MODEL, HELLO, tool_choice="required", api_key=KEY)
    assert sent == []


# --------------------------------------------------------------------------------------------
# Structured output, images, reasoning
# --------------------------------------------------------------------------------------------


class Person(BaseModel):
    name: str
    age: int


@MODES
async def test_json_schema_and_pydantic_class(mode: str, cdir: Path) -> None:
    schema = {"type": "object", "properties": {"name": {"type": "string"}}, "required": ["name"]}
    ask = [{"role": "user", "content": "Ada, 36, as JSON."}]
    with use_cassette(cdir / "json_schema.yaml") as sent:
        plain = await chat(
            mode,
            messages=ask,
            response_format={"type": "json_schema", "json_schema": {"name": "p", "schema": schema}},
        )
        typed = await chat(mode, messages=ask, response_format=Person)
    assert wire(sent, 0)["response_format"] == {"type": "json_object", "json_schema": schema}
    sent_schema = wire(sent, 1)["response_format"]
    assert sent_schema["type"] == "json_object"
    assert sent_schema["json_schema"]["required"] == ["name", "age"]
    assert json.loads(plain.content or "") == {"name": "Ada Lovelace", "age": 36}
    assert plain.parsed is None
    assert isinstance(typed.parsed, Person) and typed.parsed == Person(name="Ada Lovelace", age=36)


@MODES
async def test_json_object_format(mode: str, cdir: Path) -> None:
    with use_cassette(cdir / "json_schema.yaml") as sent:
        await chat(
            mode,
            messages=[{"role": "user", "content": "JSON please"}],
            response_format={"type": "json_object"},
        )
    assert wire(sent)["response_format"] == {"type": "json_object"}


@MODES
async def test_image_input_data_and_http_urls(mode: str, cdir: Path) -> None:
    data_url = "data:image/png;base64,iVBORw0KGgo="
    http_url = "https://example.com/red.png"
    model = "cohere/command-a-vision-07-2025"
    with use_cassette(cdir / "image.yaml") as sent:
        for url in (data_url, http_url):
            parts = [
                {"type": "text", "text": "What is in this image?"},
                {"type": "image_url", "image_url": {"url": url, "detail": "low"}},
            ]
            reply = await chat(mode, model=model, messages=[{"role": "user", "content": parts}])
            assert reply.content == "A red square."
    for index, url in enumerate((data_url, http_url)):
        assert wire(sent, index)["messages"][0]["content"] == [
            {"type": "text", "text": "What is in this image?"},
            {"type": "image_url", "image_url": {"url": url, "detail": "low"}},
        ]


@MODES
async def test_reasoning_and_thinking_sent_back(mode: str, cdir: Path) -> None:
    model = "cohere/command-a-reasoning-08-2025"
    question = {"role": "user", "content": "What is 17 * 3?"}
    with use_cassette(cdir / "reasoning.yaml") as sent:
        first = await chat(mode, model=model, messages=[question], reasoning_effort="low")
        assert first.message is not None
        history = [question, first.message.to_message(), {"role": "user", "content": "And times 2?"}]
        second = await chat(mode, model=model, messages=history, reasoning_effort="none")
    assert wire(sent, 0)["thinking"] == {"type": "enabled", "token_budget": 2048}
    assert wire(sent, 1)["thinking"] == {"type": "disabled"}
    assert first.reasoning_content == "The user asks for 17 * 3. 17 * 3 = 51."
    assert first.content == "17 * 3 = 51."
    assert first.usage is not None and first.usage.completion_tokens == 40
    assert first.usage.reasoning_tokens is None  # Cohere does not report a thinking count
    assert wire(sent, 1)["messages"][1] == {
        "role": "assistant",
        "content": [
            {"type": "thinking", "thinking": "The user asks for 17 * 3. 17 * 3 = 51."},
            {"type": "text", "text": "17 * 3 = 51."},
        ],
    }
    assert second.reasoning_content == "51 * 2 = 102." and second.content == "102."


@MODES
async def test_streamed_reasoning(mode: str, cdir: Path) -> None:
    with use_cassette(cdir / "reasoning_stream.yaml"):
        chunks, completion = await stream(mode, model="cohere/command-a-reasoning-08-2025")
    thinking = [
        c.choices[0].delta.reasoning_content
        for c in chunks
        if c.choices and c.choices[0].delta.reasoning_content
    ]
    assert thinking == ["The user asks", " for 17 * 3.", " 17 * 3 = 51."]
    assert all(
        c.choices[0].delta.content is None
        for c in chunks
        if c.choices and c.choices[0].delta.reasoning_content
    )
    assert completion.reasoning_content == "The user asks for 17 * 3. 17 * 3 = 51."
    assert completion.content == "17 * 3 = 51."
    assert completion.finish_reason == "stop"


# --------------------------------------------------------------------------------------------
# One translator: a streamed and an unstreamed reply with the same content agree
# --------------------------------------------------------------------------------------------


@MODES
async def test_streamed_and_unstreamed_replies_agree(mode: str, cdir: Path) -> None:
    with use_cassette(cdir / "parity.yaml"):
        tool_reply = await chat(mode, tools=[WEATHER])
        _, tool_stream = await stream(mode, tools=[WEATHER])
        text_reply = await chat(mode)
        _, text_stream = await stream(mode)
    for unstreamed, streamed in ((tool_reply, tool_stream), (text_reply, text_stream)):
        assert streamed.id == unstreamed.id
        assert streamed.content == unstreamed.content
        assert streamed.finish_reason == unstreamed.finish_reason
        assert streamed.usage == unstreamed.usage
        assert [(c.id, c.function.name, json.loads(c.function.arguments)) for c in streamed.tool_calls] == [
            (c.id, c.function.name, json.loads(c.function.arguments)) for c in unstreamed.tool_calls
        ]
    assert tool_reply.finish_reason == "tool_calls" and tool_reply.usage is not None
    assert tool_reply.usage.cached_tokens == 144
    assert text_reply.content == "Paris is sunny today."


def test_synthesised_tool_call_ids_are_stable() -> None:
    from llmrouter.providers.cohere import _completion

    body = {
        "id": "r-1",
        "finish_reason": "COMPLETE",
        "message": {
            "role": "assistant",
            "tool_calls": [{"type": "function", "function": {"name": "f", "arguments": {"a": 1}}}],
        },
    }
    first, again = _completion(body, "m"), _completion(body, "m")
    [call] = first.tool_calls
    assert call.id.startswith("call_") and call.id == again.tool_calls[0].id
    assert call.function.arguments == '{"a":1}'
    assert first.finish_reason == "tool_calls"  # tool calls win over COMPLETE
    assert first.usage is None  # no usage sent -> None, never zeros


# --------------------------------------------------------------------------------------------
# Embeddings
# --------------------------------------------------------------------------------------------


@MODES
async def test_embeddings(mode: str, cdir: Path) -> None:
    with use_cassette(cdir / "embed.yaml") as sent:
        if mode == "async":
            reply = await llmrouter.aembedding(
                "cohere/embed-v4.0", ["hello", "goodbye"], dimensions=4, api_key=KEY
            )
        else:
            reply = llmrouter.embedding("cohere/embed-v4.0", ["hello", "goodbye"], dimensions=4, api_key=KEY)
    assert sent[0].path == "/v2/embed"
    assert wire(sent) == {
        "model": "embed-v4.0",
        "texts": ["hello", "goodbye"],
        "input_type": "search_document",
        "embedding_types": ["float"],
        "output_dimension": 4,
    }
    assert reply.provider == "cohere"
    assert reply.embeddings == [[0.0123, -0.0456, 0.0789, -0.0012], [-0.0321, 0.0654, -0.0987, 0.0021]]
    assert [d.index for d in reply.data] == [0, 1]
    assert reply.usage is not None and reply.usage.prompt_tokens == 2 and reply.usage.total_tokens == 2


def test_embedding_input_type_is_passed_through(cdir: Path) -> None:
    with use_cassette(cdir / "embed.yaml") as sent:
        llmrouter.embedding("cohere/embed-v4.0", ["hello", "goodbye"], input_type="search_query", api_key=KEY)
    assert wire(sent)["input_type"] == "search_query"
    assert "output_dimension" not in wire(sent)


# --------------------------------------------------------------------------------------------
# Errors
# --------------------------------------------------------------------------------------------

ERRORS = [
    ("error_400", errors.InvalidRequestError, 400),
    ("error_401", errors.AuthenticationError, 401),
    ("error_404", errors.ModelNotFoundError, 404),
    ("error_429", errors.RateLimitError, 429),
    ("error_500", errors.ProviderError, 500),
    ("error_503", errors.ServiceUnavailableError, 503),
    ("error_context", errors.ContextWindowExceededError, 400),
]


@MODES
@pytest.mark.parametrize("streamed", [False, True], ids=["complete", "stream"])
@pytest.mark.parametrize(("name", "cls", "status"), ERRORS, ids=[e[0] for e in ERRORS])
async def test_errors_are_typed(
    mode: str, streamed: bool, name: str, cls: type[errors.LLMRouterError], status: int, cdir: Path
) -> None:
    with use_cassette(cdir / f"{name}.yaml") as sent, pytest.raises(cls) as caught:
        if streamed:
            await stream(mode)
        else:
            await chat(mode)
    assert len(sent) == 1  # the SDK's own retries are off
    error = caught.value
    assert type(error) is cls
    assert error.status == status
    assert error.provider == "cohere"
    assert error.model == "command-a-03-2025"
    assert error.request_id is not None and len(error.request_id) == 32
    assert error.__cause__ is not None
    assert KEY not in str(error) and KEY not in repr(error)
    recorded = yaml.safe_load((cdir / f"{name}.yaml").read_text())
    body = json.loads(recorded["interactions"][0]["response"]["body"]["string"])
    assert error.message == body["message"]
    if name == "error_429":
        assert error.retry_after == 12.0
    if name == "error_404":
        assert error.code == "model_not_found"


def test_missing_key_names_both_variables_and_sends_nothing(cdir: Path) -> None:
    with use_cassette(cdir / "plain.yaml") as sent, pytest.raises(errors.AuthenticationError) as caught:
        llmrouter.completion(MODEL, HELLO)
    assert sent == []
    assert "CO_API_KEY" in str(caught.value) and "COHERE_API_KEY" in str(caught.value)
    assert caught.value.status == 401


def test_key_variables_in_order(monkeypatch: pytest.MonkeyPatch) -> None:
    provider = get_provider("cohere")
    request = ChatRequest(model="m", messages=[Message(role="user", content="x")])
    monkeypatch.setenv("COHERE_API_KEY", "test-from-cohere-api-key")
    assert provider.api_key_for(request) == "test-from-cohere-api-key"  # type: ignore[attr-defined]
    monkeypatch.setenv("CO_API_KEY", "test-from-co-api-key")
    assert provider.api_key_for(request) == "test-from-co-api-key"  # type: ignore[attr-defined]
    request.api_key = "test-explicit-key"
    assert provider.api_key_for(request) == "test-explicit-key"  # type: ignore[attr-defined]


def test_env_key_is_used_for_a_call(monkeypatch: pytest.MonkeyPatch, cdir: Path) -> None:
    monkeypatch.setenv("COHERE_API_KEY", "test-env-cohere-key")
    with use_cassette(cdir / "plain.yaml") as sent:
        reply = llmrouter.completion(MODEL, HELLO)
    assert len(sent) == 1 and reply.content


def test_timeout_and_connection_errors_are_typed() -> None:
    import httpx

    provider = get_provider("cohere")
    request = ChatRequest(model="m", messages=[Message(role="user", content="x")])
    timeout = provider.translate_error(httpx.ReadTimeout("read timed out"), request)
    assert isinstance(timeout, errors.APITimeoutError) and timeout.provider == "cohere"
    connect = provider.translate_error(httpx.ConnectError("refused"), request)
    assert isinstance(connect, errors.APIConnectionError) and connect.provider == "cohere"


@pytest.mark.parametrize(
    ("params", "param"),
    [
        ({"user": "u-1"}, "user"),
        ({"logprobs": True}, "logprobs"),
        ({"metadata": {"a": "b"}}, "metadata"),
        ({"n": 2}, "n"),
    ],
)
def test_unsupported_params_are_refused_or_dropped(params: dict[str, Any], param: str, cdir: Path) -> None:
    with use_cassette(cdir / "plain.yaml") as sent, pytest.raises(errors.UnsupportedParameterError) as caught:
        llmrouter.completion(MODEL, HELLO, api_key=KEY, **params)
    assert sent == [] and caught.value.param == param
    with use_cassette(cdir / "plain.yaml") as sent:
        reply = llmrouter.completion(MODEL, HELLO, api_key=KEY, drop_params=True, **params)
    assert reply.content
    body = wire(sent)
    assert param not in body and "user" not in body and "metadata" not in body


@pytest.mark.parametrize(
    ("params", "param"),
    [
        ({"top_p": 0.0}, "top_p"),
        ({"presence_penalty": -0.5}, "presence_penalty"),
        ({"frequency_penalty": 1.5}, "frequency_penalty"),
        ({"stop": ["a", "b", "c", "d", "e", "f"]}, "stop"),
        ({"parallel_tool_calls": False, "tools": [WEATHER]}, "parallel_tool_calls"),
    ],
)
def test_cohere_specific_validation_happens_before_any_request(
    params: dict[str, Any], param: str, cdir: Path
) -> None:
    with use_cassette(cdir / "plain.yaml") as sent, pytest.raises(errors.InvalidRequestError) as caught:
        llmrouter.completion(MODEL, HELLO, api_key=KEY, **params)
    assert sent == []
    assert caught.value.param == param and caught.value.provider == "cohere"
    assert not isinstance(caught.value, errors.UnsupportedParameterError)


def test_bad_history_is_an_invalid_request_not_a_crash(cdir: Path) -> None:
    with use_cassette(cdir / "plain.yaml") as sent, pytest.raises(errors.InvalidRequestError):
        llmrouter.completion(MODEL, [{"role": "system", "content": "only a system prompt"}], api_key=KEY)
    with use_cassette(cdir / "plain.yaml"), pytest.raises(errors.InvalidRequestError):
        llmrouter.completion(
            MODEL,
            [{"role": "user", "content": "x"}, {"role": "assistant", "content": None}],
            api_key=KEY,
        )
    assert sent == []


def test_clients_are_cached_and_sdk_retries_are_off(cdir: Path) -> None:
    provider = get_provider("cohere")
    request = ChatRequest(model="m", messages=[Message(role="user", content="x")], api_key=KEY)
    client = provider.client(request)  # type: ignore[attr-defined]
    assert provider.client(request) is client  # type: ignore[attr-defined]
    assert client._client_wrapper.get_max_retries() == 0


def test_importing_llmrouter_does_not_import_the_sdk() -> None:
    code = "import sys, llmrouter; print(any(m == 'cohere' or m.startswith('cohere.') for m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_cassettes_hold_no_credentials(cdir: Path) -> None:
    for path in cdir.glob("*.yaml"):
        text = path.read_text().lower()
        assert "authorization" not in text and "bearer" not in text and KEY.lower() not in text, path.name


@pytest.mark.parametrize(
    ("vendor", "has_tools", "expected"),
    [
        ("COMPLETE", False, "stop"),
        ("STOP_SEQUENCE", False, "stop"),
        ("MAX_TOKENS", False, "length"),
        ("TIMEOUT", False, "length"),
        ("TOOL_CALL", True, "tool_calls"),
        ("COMPLETE", True, "tool_calls"),
    ],
)
def test_finish_reason_mapping(vendor: str, has_tools: bool, expected: str) -> None:
    from llmrouter.providers.cohere import _finish_reason

    assert _finish_reason(vendor, has_tools) == expected


def test_error_finish_reason_raises() -> None:
    from llmrouter.providers.cohere import _finish_reason

    with pytest.raises(errors.ProviderError, match="overloaded"):
        _finish_reason("ERROR", False, "overloaded")


# --------------------------------------------------------------------------------------------
# The reply body is parsed once, by us (the SDK sends the request and raises error statuses)
# --------------------------------------------------------------------------------------------


@MODES
async def test_unstreamed_reply_is_read_from_the_body_not_the_sdk_models(
    mode: str, cdir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import cohere.v2.raw_client as raw_client

    def no_models(*, type_: Any, object_: Any) -> Any:
        raise AssertionError(f"the SDK built its {type_!r} models for a reply we parse ourselves")

    monkeypatch.setattr(raw_client, "construct_type", no_models)
    with use_cassette(cdir / "plain.yaml") as sent:
        reply = await chat(mode, extra_body={"stream": True})
    assert reply.content == "Hello! How can I help you today?" and reply.finish_reason == "stop"
    assert reply.usage is not None and reply.usage.billed_units == {"input_tokens": 3, "output_tokens": 10}
    assert len(sent) == 1 and wire(sent)["stream"] is False  # extra_body cannot make it a stream
