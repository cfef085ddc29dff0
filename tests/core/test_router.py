"""The call pipeline, exercised through the public API with an in-process provider."""

from __future__ import annotations

import copy
from collections.abc import Iterator

import pytest
from pydantic import BaseModel

import llmrouter
from llmrouter.calls import strict_json_schema
from llmrouter.errors import (
    AuthenticationError,
    InvalidRequestError,
    OutputValidationError,
    RateLimitError,
    UnsupportedParameterError,
)
from llmrouter.options import normalize_names as normalize_params
from llmrouter.policy import RetryPolicy, retry_delay
from llmrouter.providers.base import Capabilities
from tests.fakes import ScriptedProvider

USER = [{"role": "user", "content": "hi"}]


@pytest.fixture
def scripted() -> Iterator[ScriptedProvider]:
    provider = ScriptedProvider()
    llmrouter.register_provider("scripted", provider)
    yield provider
    llmrouter.unregister_provider("scripted")


def test_reply_carries_provider_and_convenience_fields(scripted: ScriptedProvider) -> None:
    reply = llmrouter.completion("scripted/model-x", USER)
    assert reply.provider == "scripted" and reply.content == "Hello there"
    assert reply.finish_reason == "stop" and reply.tool_calls == []
    assert reply.cost_usd is None  # unknown price: None, never a fake 0
    assert scripted.requests[0].model == "model-x"


def test_cost_comes_from_registered_prices(scripted: ScriptedProvider) -> None:
    llmrouter.register_price("scripted", "priced", llmrouter.Price(input=2.0, output=10.0))
    reply = llmrouter.completion("scripted/priced", USER)
    assert reply.cost_usd == pytest.approx((5 * 2.0 + 2 * 10.0) / 1_000_000)


def test_camel_case_aliases_become_our_names() -> None:
    params = normalize_params({"maxTokens": 5, "toolChoice": "auto", "userId": "u1", "topP": 0.5})
    assert params == {"max_tokens": 5, "tool_choice": "auto", "user": "u1", "top_p": 0.5}
    with pytest.raises(InvalidRequestError, match="given twice"):
        normalize_params({"maxTokens": 5, "max_tokens": 6})


def test_params_reach_the_provider_normalised(scripted: ScriptedProvider) -> None:
    llmrouter.completion("scripted/m", USER, maxTokens=12, stop="END", userId="u-7", seed=3)
    request = scripted.requests[0]
    assert request.params == {"max_tokens": 12, "stop": ["END"], "user": "u-7", "seed": 3}


@pytest.mark.parametrize(
    ("messages", "params", "fragment"),
    [
        ("hello", {}, "non-empty list"),
        ([], {}, "non-empty list"),
        ([{"role": "tool", "content": "x"}], {}, "tool_call_id"),
        ([{"role": "wizard", "content": "x"}], {}, "messages[0].role"),
        ([{"content": "x"}], {}, "messages[0].role"),
        ([{"role": "user", "content": [{"type": "video", "url": "x"}]}], {}, "messages[0]"),
        (USER, {"temperature": 3}, "temperature"),
        (USER, {"max_tokens": 0}, "max_tokens"),
        (USER, {"reasoning_effort": "extreme"}, "reasoning_effort"),
        (USER, {"reasoning_effort": ["high"]}, "reasoning_effort"),  # found by the fuzz test
        (USER, {"reasoning_effort": {"level": "high"}}, "reasoning_effort"),
        (USER, {"stop": [1, 2]}, "stop"),
        (USER, {"tools": [{"type": "function", "function": {"name": "bad name!"}}]}, "tools[0]"),
        (USER, {"tool_choice": "sometimes"}, "tool_choice"),
        (
            USER,
            {
                "tools": [{"type": "function", "function": {"name": "a"}}],
                "tool_choice": {"type": "function", "function": {"name": "b"}},
            },
            "not in tools",
        ),
        (USER, {"response_format": {"type": "json_schema"}}, "json_schema"),
        (USER, {"frobnicate": True}, "unknown parameter"),
    ],
)
def test_bad_input_is_a_typed_error_with_a_clear_message(
    scripted: ScriptedProvider, messages: object, params: dict[str, object], fragment: str
) -> None:
    with pytest.raises(InvalidRequestError) as caught:
        llmrouter.completion("scripted/m", messages, **params)  # type: ignore[arg-type]
    assert fragment in caught.value.message
    assert caught.value.status == 400
    assert scripted.requests == []


def test_caller_messages_are_never_mutated(scripted: ScriptedProvider) -> None:
    messages = [
        {"role": "system", "content": "be brief"},
        {
            "role": "user",
            "content": [
                {"type": "text", "text": "look"},
                {"type": "image_url", "image_url": {"url": "https://x/y.png"}},
            ],
        },
    ]
    before = copy.deepcopy(messages)
    llmrouter.completion("scripted/m", messages)
    assert messages == before


def test_unsupported_parameter_is_refused_or_dropped() -> None:
    provider = ScriptedProvider(capabilities=Capabilities(params=frozenset({"temperature"})))
    llmrouter.register_provider("narrow", provider)
    try:
        with pytest.raises(UnsupportedParameterError) as caught:
            llmrouter.completion("narrow/m", USER, seed=1)
        assert caught.value.param == "seed" and "drop_params=True" in caught.value.message
        llmrouter.completion("narrow/m", USER, seed=1, temperature=0.5, drop_params=True)
        assert provider.requests[0].params == {"temperature": 0.5}
        llmrouter.completion("narrow/m", USER, n=1)  # n=1 is everyone's default
    finally:
        llmrouter.unregister_provider("narrow")


def test_pydantic_class_response_format_is_strict_schema_and_parsed(scripted: ScriptedProvider) -> None:
    class City(BaseModel):
        name: str
        population: int | None = None

    scripted.text = '{"name": "Paris", "population": 2100000}'
    reply = llmrouter.completion("scripted/m", USER, response_format=City)
    assert isinstance(reply.parsed, City) and reply.parsed.population == 2_100_000
    wire = scripted.requests[0].response_format
    assert wire is not None and wire.type == "json_schema" and wire.json_schema is not None
    assert wire.json_schema.strict is True
    assert wire.json_schema.schema_["additionalProperties"] is False
    assert wire.json_schema.schema_["required"] == ["name", "population"]
    assert "parsed" not in reply.model_dump()["choices"][0]["message"]


def test_fenced_json_is_parsed_and_invalid_json_is_a_typed_error(scripted: ScriptedProvider) -> None:
    class Item(BaseModel):
        id: int

    scripted.text = '```json\n{"id": 7}\n```'
    assert llmrouter.completion("scripted/m", USER, response_format=Item).parsed == Item(id=7)
    scripted.text = "not json"
    with pytest.raises(OutputValidationError) as caught:
        llmrouter.completion("scripted/m", USER, response_format=Item)
    assert caught.value.status == 422 and "Item" in caught.value.message


def test_strict_schema_closes_nested_objects() -> None:
    schema = {
        "type": "object",
        "properties": {"a": {"type": "object", "properties": {"b": {"type": "string"}}}},
    }
    strict = strict_json_schema(schema)
    assert strict["properties"]["a"]["additionalProperties"] is False
    assert strict["properties"]["a"]["required"] == ["b"]
    assert "additionalProperties" not in schema  # the input is not modified


def test_retries_honour_retry_after_and_count_attempts(scripted: ScriptedProvider) -> None:
    scripted.errors = [RateLimitError("slow down", retry_after=0.0), RateLimitError("again", retry_after=0.0)]
    attempts: list[int] = []

    class Watch:
        def after_response(self, ctx: llmrouter.CallContext) -> None:
            attempts.append(ctx.attempt)

    reply = llmrouter.completion("scripted/m", USER, num_retries=2, hooks=[Watch()])
    assert reply.content == "Hello there" and attempts == [3]


def test_no_retry_with_num_retries_0_or_for_non_retryable_errors(scripted: ScriptedProvider) -> None:
    scripted.errors = [RateLimitError("slow down", retry_after=0.0)]
    with pytest.raises(RateLimitError):
        llmrouter.completion("scripted/m", USER, num_retries=0)
    scripted.errors = [AuthenticationError("bad key")]
    with pytest.raises(AuthenticationError):
        llmrouter.completion("scripted/m", USER, num_retries=3)
    assert len(scripted.requests) == 2


def test_retry_delay_policy() -> None:
    two, five = RetryPolicy(num_retries=2), RetryPolicy(num_retries=5)
    assert retry_delay(two, RateLimitError("x", retry_after=3.0), 0) == 3.0
    # a Retry-After beyond the cap is not waited out inside the call
    assert retry_delay(two, RateLimitError("x", retry_after=300.0), 0) is None
    assert retry_delay(two, RateLimitError("x"), 2) is None
    assert retry_delay(five, InvalidRequestError("x"), 0) is None
    delay = retry_delay(five, RateLimitError("x"), 1)
    assert delay is not None and 0.5 <= delay <= 1.0


def test_foreign_exceptions_are_translated_and_chained(scripted: ScriptedProvider) -> None:
    scripted.errors = [ValueError("socket exploded")]
    with pytest.raises(llmrouter.ProviderError) as caught:
        llmrouter.completion("scripted/m", USER, num_retries=0)
    assert isinstance(caught.value.__cause__, ValueError)


def test_router_defaults_apply_and_calls_override_them(scripted: ScriptedProvider) -> None:
    router = llmrouter.Router(temperature=0.1, maxTokens=50)
    router.completion("scripted/m", USER)
    router.completion("scripted/m", USER, temperature=0.9)
    assert scripted.requests[0].params == {"temperature": 0.1, "max_tokens": 50}
    assert scripted.requests[1].params == {"temperature": 0.9, "max_tokens": 50}
    assert "api_key" not in repr(llmrouter.Router(api_key="sk-secret-should-not-show-123456"))


async def test_async_twin_gives_the_same_reply(scripted: ScriptedProvider) -> None:
    reply = await llmrouter.acompletion("scripted/m", USER, temperature=0.2)
    assert reply.content == "Hello there" and reply.provider == "scripted"


def test_unknown_provider_prefix_is_model_not_found() -> None:
    with pytest.raises(llmrouter.ModelNotFoundError):
        llmrouter.completion("nosuchvendor/model", USER)


def test_missing_key_fails_before_any_request() -> None:
    with pytest.raises(AuthenticationError) as caught:
        llmrouter.completion("openai/gpt-4o", USER)
    assert "OPENAI_API_KEY" in caught.value.message and caught.value.status == 401


def test_embedding_refuses_providers_without_embeddings(scripted: ScriptedProvider) -> None:
    with pytest.raises(UnsupportedParameterError, match="no embeddings"):
        llmrouter.embedding("scripted/m", "text")


@pytest.mark.parametrize("bad", ["", [], [""], [1], None])
def test_embedding_input_is_validated(bad: object) -> None:
    with pytest.raises(InvalidRequestError):
        llmrouter.embedding("openai/text-embedding-3-small", bad, api_key="sk-test")  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("option", "value"),
    [
        ("timeout", "soon"),
        ("timeout", -1),
        ("api_key", 123),
        ("api_base", ""),
        ("extra_headers", {"x-n": 1}),
        ("extra_body", ["not", "a", "mapping"]),
        ("stream_options", True),
        ("hooks", "Redactor"),
        ("provider", 7),
    ],
)
def test_call_options_of_the_wrong_type_are_refused_before_any_io(
    scripted: ScriptedProvider, option: str, value: object
) -> None:
    with pytest.raises(InvalidRequestError) as caught:
        llmrouter.completion("scripted/m", USER, **{option: value})
    assert caught.value.param == option
    assert scripted.requests == []


@pytest.mark.parametrize(
    ("param", "value"), [("user", ["u"]), ("logprobs", "yes"), ("parallel_tool_calls", 1)]
)
def test_scalar_params_of_the_wrong_type_are_refused(
    scripted: ScriptedProvider, param: str, value: object
) -> None:
    with pytest.raises(InvalidRequestError) as caught:
        llmrouter.completion("scripted/m", USER, **{param: value})
    assert caught.value.param == param and scripted.requests == []


def test_help_and_inspect_show_every_keyword_of_completion() -> None:
    import inspect

    for fn in (llmrouter.completion, llmrouter.acompletion, llmrouter.Router.completion):
        params = inspect.signature(fn).parameters
        assert {"temperature", "max_tokens", "tools", "deadline", "fallbacks", "num_retries"} <= set(params)
        assert params["temperature"].annotation == "float" and params["temperature"].default is None
        assert fn.__doc__ and "completion" in fn.__doc__
    assert "dimensions" in inspect.signature(llmrouter.embedding).parameters


@pytest.mark.parametrize(
    ("params", "param", "fragment"),
    [
        ({"temprature": 0.2}, "temprature", "did you mean 'temperature'?"),
        ({"temperature": True}, "temperature", "valid number"),
        ({"max_tokens": "5"}, "max_tokens", "valid integer"),
        ({"top_p": 1.5}, "top_p", "less than or equal to 1"),
        ({"deadline": 0}, "deadline", "greater than 0"),
        ({"num_retries": -1}, "num_retries", "greater than or equal to 0"),
        ({"reasoning_effort": "max"}, "reasoning_effort", "'low'"),
    ],
)
def test_every_parameter_is_validated_before_any_io(
    scripted: ScriptedProvider, params: dict[str, object], param: str, fragment: str
) -> None:
    with pytest.raises(InvalidRequestError) as caught:
        llmrouter.completion("scripted/m", USER, **params)  # type: ignore[arg-type]
    assert caught.value.param == param and fragment in caught.value.message
    assert scripted.requests == []


def test_stop_as_a_string_or_a_tuple_becomes_a_list(scripted: ScriptedProvider) -> None:
    llmrouter.completion("scripted/m", USER, stop="###")
    llmrouter.completion("scripted/m", USER, stop=("a", "b"))  # type: ignore[arg-type]
    assert [r.params["stop"] for r in scripted.requests] == [["###"], ["a", "b"]]
