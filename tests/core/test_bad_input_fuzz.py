"""Whatever a caller passes, the public API answers with a reply or an ``LLMRouterError``:
never a bare ``KeyError``, ``AttributeError``, ``TypeError`` or pydantic ``ValidationError``."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import llmrouter
from llmrouter.errors import LLMRouterError
from tests.fakes import ScriptedProvider

scalars = st.one_of(
    st.none(), st.booleans(), st.integers(-5, 5), st.floats(allow_nan=True), st.text(max_size=8)
)
json_like = st.recursive(
    scalars,
    lambda inner: st.one_of(
        st.lists(inner, max_size=3), st.dictionaries(st.text(max_size=6), inner, max_size=3)
    ),
    max_leaves=8,
)
roles = st.sampled_from(["system", "developer", "user", "assistant", "tool", "function", "", "USER"])
parts = st.one_of(
    st.fixed_dictionaries({"type": st.just("text"), "text": json_like}),
    st.fixed_dictionaries({"type": st.just("image_url"), "image_url": json_like}),
    json_like,
)
messages = st.lists(
    st.one_of(
        st.fixed_dictionaries(
            {
                "role": roles,
                "content": st.one_of(st.text(max_size=10), st.none(), st.lists(parts, max_size=2), json_like),
            },
            optional={"tool_calls": json_like, "tool_call_id": json_like, "name": json_like},
        ),
        json_like,
    ),
    max_size=3,
)
param_names = st.sampled_from(
    [
        "temperature",
        "max_tokens",
        "maxTokens",
        "top_p",
        "stop",
        "n",
        "seed",
        "user",
        "tools",
        "tool_choice",
        "response_format",
        "reasoning_effort",
        "metadata",
        "logprobs",
        "top_logprobs",
        "parallel_tool_calls",
        "frequency_penalty",
        "presence_penalty",
        "stream_options",
        "num_retries",
        "timeout",
        "extra_headers",
        "extra_body",
        "api_key",
        "api_base",
        "hooks",
        "drop_params",
        "userId",
        "bogus",
    ]
)
params = st.dictionaries(param_names, json_like, max_size=3)


@pytest.fixture(scope="module")
def scripted() -> Iterator[ScriptedProvider]:
    provider = ScriptedProvider()
    llmrouter.register_provider("scripted", provider)
    yield provider
    llmrouter.unregister_provider("scripted")


@settings(max_examples=600, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(messages=st.one_of(messages, json_like), params=params, stream=st.booleans())
def test_junk_input_gives_a_reply_or_a_typed_error(
    scripted: ScriptedProvider, messages: Any, params: dict[str, Any], stream: bool
) -> None:
    try:
        result = llmrouter.completion("scripted/m", messages, stream=stream, **params)
        if stream:
            list(result)
    except LLMRouterError as error:
        assert error.status is not None and error.message


@settings(max_examples=150, deadline=None)
@given(model=st.one_of(st.text(max_size=12), json_like), provider=st.one_of(st.none(), st.text(max_size=6)))
def test_junk_model_strings_give_typed_errors(model: Any, provider: str | None) -> None:
    extra = {"provider": provider} if provider is not None else {}
    with pytest.raises(LLMRouterError):
        llmrouter.completion(model, [{"role": "user", "content": "hi"}], **extra)


@settings(max_examples=150, deadline=None)
@given(
    value=json_like,
    options=st.dictionaries(
        st.sampled_from(["dimensions", "input_type", "user", "bogus"]), json_like, max_size=2
    ),
)
def test_junk_embedding_input_gives_typed_errors(value: Any, options: dict[str, Any]) -> None:
    with pytest.raises(LLMRouterError):
        llmrouter.embedding("openai/text-embedding-3-small", value, **options)
