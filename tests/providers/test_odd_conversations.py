"""Unusual but schema-valid conversations through every vendor's translation and official SDK:
the answer is a reply or an ``LLMRouterError``, never an internal ``KeyError``/``AttributeError``.

Each example is replayed against the provider's plain-reply cassette (matched on method, host
and path, replayed as often as needed), so what is exercised is our request translation, the
SDK's own validation, and our reply translation.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import llmrouter
from llmrouter.errors import LLMRouterError
from llmrouter.testing import use_cassette

CASSETTES = Path(__file__).resolve().parents[2] / "cassettes"
PNG = "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=="

VENDORS = [
    ("openai/gpt-4o", "openai/chat_plain"),
    ("anthropic/claude-sonnet-4-5", "anthropic/plain"),
    ("google/gemini-2.5-flash", "google/plain"),
    ("mistral/mistral-large-latest", "mistral/plain"),
    ("cohere/command-a-03-2025", "cohere/plain"),
    ("groq/llama-3.3-70b-versatile", "groq/chat_plain"),
]

texts = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=12)
arguments = st.one_of(
    st.just("{}"),
    st.just('{"city": "Paris"}'),
    st.just("not json"),
    st.just("[1, 2]"),
    st.just(""),
    st.dictionaries(st.text(max_size=5), st.integers(), max_size=2).map(json.dumps),
)
tool_names = st.sampled_from(["get_weather", "lookup", "x"])
call_ids = st.sampled_from(["call_1", "call_2", "toolu_9"])
parts = st.lists(
    st.one_of(
        st.builds(lambda t: {"type": "text", "text": t}, texts),
        st.just({"type": "image_url", "image_url": {"url": PNG}}),
    ),
    min_size=1,
    max_size=3,
)
message = st.one_of(
    st.builds(
        lambda r, c: {"role": r, "content": c},
        st.sampled_from(["system", "developer", "user"]),
        st.one_of(texts, parts),
    ),
    st.builds(lambda c: {"role": "assistant", "content": c}, st.one_of(texts, st.none())),
    st.builds(
        lambda c, calls: {"role": "assistant", "content": c, "tool_calls": calls},
        st.one_of(texts, st.none()),
        st.lists(
            st.builds(
                lambda i, n, a: {"id": i, "type": "function", "function": {"name": n, "arguments": a}},
                call_ids,
                tool_names,
                arguments,
            ),
            min_size=1,
            max_size=2,
        ),
    ),
    st.builds(
        lambda i, c: {"role": "tool", "tool_call_id": i, "content": c},
        call_ids,
        st.one_of(texts, st.just('{"temp": 21}')),
    ),
)
TOOLS = [
    {
        "type": "function",
        "function": {
            "name": "get_weather",
            "parameters": {"type": "object", "properties": {"city": {"type": "string"}}},
        },
    },
    {"type": "function", "function": {"name": "lookup", "description": "find"}},
]
params = st.fixed_dictionaries(
    {},
    optional={
        "temperature": st.floats(0, 2),
        "top_p": st.floats(0, 1),
        "max_tokens": st.integers(1, 5000),
        "stop": st.one_of(texts, st.lists(texts, max_size=6)),
        "seed": st.integers(0, 2**31),
        "n": st.integers(1, 3),
        "tools": st.just(TOOLS),
        "tool_choice": st.sampled_from(
            ["auto", "none", "required", {"type": "function", "function": {"name": "lookup"}}]
        ),
        "response_format": st.sampled_from([{"type": "json_object"}, {"type": "text"}]),
        "reasoning_effort": st.sampled_from(["none", "low", "medium", "high"]),
        "presence_penalty": st.floats(-2, 2),
        "parallel_tool_calls": st.booleans(),
        "user": texts,
    },
)


@pytest.mark.parametrize(("model", "cassette"), VENDORS, ids=[m.split("/")[0] for m, _ in VENDORS])
@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(conversation=st.lists(message, min_size=1, max_size=5), extra=params)
def test_odd_conversations_get_a_reply_or_a_typed_error(
    model: str, cassette: str, conversation: list[dict[str, Any]], extra: dict[str, Any]
) -> None:
    with use_cassette(
        CASSETTES / f"{cassette}.yaml", match_on=("method", "host", "path"), allow_playback_repeats=True
    ):
        try:
            reply = llmrouter.completion(
                model, conversation, api_key="test-fuzz-key", drop_params=True, **extra
            )
        except LLMRouterError as error:
            assert error.status is not None and error.message
            assert "test-fuzz-key" not in str(error) + repr(error)
        else:
            assert reply.choices and reply.provider == model.split("/")[0]
